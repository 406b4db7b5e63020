"""PDF files → Source, from the text layer (pypdf).

A scanned PDF has no text layer; that is told plainly rather than producing an
empty plan full of "missing section" findings.
"""

from __future__ import annotations

import re
import unicodedata

from plancheck.ingest.errors import IngestError
from plancheck.source import LineOrigin, Source, source_from_lines

_SPACES = re.compile(r"[ \t]{2,}")


def read_pdf(path: str) -> Source:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise IngestError(path, "unreadable", detail=str(exc)) from None
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise IngestError(path, "pdf_encrypted") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        raise IngestError(path, "pdf_corrupt", detail=str(exc) or type(exc).__name__) from None
    except Exception as exc:  # pypdf raises assorted errors on damaged files
        raise IngestError(path, "pdf_corrupt", detail=f"{type(exc).__name__}: {exc}") from None
    lines: list[tuple[str, LineOrigin]] = []
    for page_no, text in enumerate(pages, start=1):
        for piece in text.replace("\r\n", "\n").split("\n"):
            # Justified PDF text pads words with spaces; PDF columns mean nothing.
            piece = unicodedata.normalize("NFC", _SPACES.sub(" ", piece.strip()))
            lines.append((piece, LineOrigin(line=len(lines) + 1, page=page_no)))
    source = source_from_lines(path, "pdf", lines, encoding=None)
    if not source.text.strip():
        raise IngestError(path, "pdf_no_text")
    return source
