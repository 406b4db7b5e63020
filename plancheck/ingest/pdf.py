"""PDF files → Source, from the text layer (pypdf).

A scanned PDF has no text layer: its pages are read by OCR
(plancheck.ingest.scan) where this machine can, and where it cannot that is
told plainly rather than producing an empty plan full of "missing section"
findings.  A PDF is read within the
document's budget (plancheck.budget): so many pages, so long a page, so much
text — a few kilobytes of PDF can name a hundred thousand pages or one
content stream shared by every page.
"""

from __future__ import annotations

import logging
import re
import warnings
from contextlib import contextmanager

from plancheck import budget
from plancheck.budget import OverBudget
from plancheck.ingest.errors import IngestError
from plancheck.ingest.nfc import nfc
from plancheck.source import LineOrigin, Source, source_from_lines

_SPACES = re.compile(r"[ \t]{2,}")


def _page_texts(reader) -> list[str]:
    """Every page's text, within the budget's pages, time per page and characters."""
    limits = budget.current()
    count = len(reader.pages)
    if count > limits.pdf_pages:
        raise OverBudget("pdf_pages", limits.pdf_pages)
    texts, chars = [], 0
    for page in reader.pages:
        with budget.time_limit(limits.page_seconds, "page_seconds"):
            text = page.extract_text() or ""
        chars += len(text)
        if chars > limits.text_chars:
            raise OverBudget("text_chars", limits.text_chars)
        texts.append(text)
    return texts


def read_pdf(path: str) -> Source:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise IngestError(path, "unreadable", detail=str(exc)) from None
    with _captured_warnings() as warned:
        pages = _read_pages(path, PdfReader, PdfReadError)
    notes = [f"pdf-warnings:{len(warned)}:{warned[0][:200]}"] if warned else []
    texts = [
        "\n".join(
            nfc(_SPACES.sub(" ", piece.strip()))  # justified text pads words; columns mean nothing
            for piece in text.replace("\r\n", "\n").split("\n")
        )
        for text in pages
    ]
    scanned = _pages_to_read_by_ocr(texts)
    if scanned:
        from plancheck.ingest import ocr
        from plancheck.ingest.scan import assemble, ocr_pages, require_ocr

        if ocr.missing() is not None and len(scanned) < len(texts):  # read what has text; say what was not
            notes.append(f"ocr-missing:{ocr.missing()}:{','.join(map(str, scanned))}")
            scanned = []
        else:
            require_ocr(path)
        read = dict(ocr_pages(path, scanned, "pdf")) if scanned else {}
        source = assemble(path, "pdf", [(n, read.get(n, t)) for n, t in enumerate(texts, start=1)], notes)
    else:
        lines = [(piece, LineOrigin(line=0, page=n)) for n, t in enumerate(texts, start=1) for piece in t.split("\n")]
        lines = [(t, LineOrigin(line=i + 1, page=o.page)) for i, (t, o) in enumerate(lines)]
        source = source_from_lines(path, "pdf", lines, encoding=None, notes=notes)
    if not source.text.strip():
        raise IngestError(path, "pdf_no_text")
    return source


def _pages_to_read_by_ocr(texts: list[str]) -> list[int]:
    """1-based pages OCR reads: none (--ocr never), every one (always), or
    those whose text layer is empty or nearly so (auto: a scan)."""
    from plancheck.ingest import ocr

    if ocr.mode() == "never":
        return []
    if ocr.mode() == "always":
        return list(range(1, len(texts) + 1))
    return [n for n, t in enumerate(texts, start=1) if len(t.strip()) < ocr.MIN_PAGE_CHARS]


@contextmanager
def _captured_warnings():
    """pypdf's complaints about a damaged file (logged, or issued as
    warnings), kept for the file's own finding instead of reaching stderr
    in English without the file's name."""
    messages: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    logger = logging.getLogger("pypdf")
    handler, propagate = Keep(logging.WARNING), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield messages
        messages.extend(str(w.message) for w in caught)
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _read_pages(path: str, PdfReader, PdfReadError) -> list[str]:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:
                opened = 0
            if not opened:  # PasswordType.NOT_DECRYPTED: a password is needed
                raise IngestError(path, "pdf_encrypted") from None
        return _page_texts(reader)
    except (IngestError, OverBudget, MemoryError):
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        raise IngestError(path, "pdf_corrupt", detail=str(exc) or type(exc).__name__) from None
    except Exception as exc:  # pypdf raises assorted errors on damaged files
        raise IngestError(path, "pdf_corrupt", detail=f"{type(exc).__name__}: {exc}") from None
