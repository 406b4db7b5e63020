"""Turn a file into a :class:`~plancheck.source.Source`, whatever its format.

Only the reader a file needs is imported, so checking one Markdown file in a
pre-commit hook never loads the .docx or PDF libraries.
"""

from __future__ import annotations

import os
import stat

from plancheck.ingest.errors import IngestError
from plancheck.source import Source

SUPPORTED_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf"}
MAX_FILE_BYTES = 64 * 1024 * 1024

__all__ = ["IngestError", "read_source", "SUPPORTED_SUFFIXES", "is_supported"]


def is_supported(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in SUPPORTED_SUFFIXES


def read_source(path: str) -> Source:
    """Read ``path`` into clean text; raise IngestError with a clear reason."""
    try:
        st = os.stat(path)  # once, for what exists, isfile and getsize would each ask
    except OSError:  # what os.path.exists calls missing
        raise IngestError(path, "missing") from None
    if not stat.S_ISREG(st.st_mode):
        raise IngestError(path, "not_a_file")
    ext = os.path.splitext(path)[1].lower()
    if ext == ".doc":
        raise IngestError(path, "legacy_doc")
    fmt = SUPPORTED_SUFFIXES.get(ext)
    if fmt is None:
        raise IngestError(path, "unknown_type", ext=ext or "(none)")
    try:
        size = st.st_size
        if size > MAX_FILE_BYTES:
            raise IngestError(path, "too_large", size=size, limit=MAX_FILE_BYTES)
        if size == 0:
            raise IngestError(path, "empty")
        if fmt == "docx":
            from plancheck.ingest.docx import read_docx

            return read_docx(path)
        if fmt == "pdf":
            from plancheck.ingest.pdf import read_pdf

            return read_pdf(path)
        with open(path, "rb") as fh:
            data = fh.read()
    except IngestError:
        raise
    except OSError as exc:
        raise IngestError(path, "unreadable", detail=exc.strerror or str(exc)) from None
    from plancheck.ingest.text import read_text

    return read_text(path, data, fmt)


def source_from_text(text: str, path: str = "<text>") -> Source:
    """A Source from a string (rule examples, tests): one clean line per line."""
    import unicodedata

    from plancheck.source import LineOrigin, source_from_lines

    lines = unicodedata.normalize("NFC", text).split("\n")
    return source_from_lines(path, "txt", [(t, LineOrigin(line=i + 1)) for i, t in enumerate(lines)], "utf-8")
