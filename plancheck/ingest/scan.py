"""Scanned pages into a Source: image files, and the pages of a PDF that
have no text layer (plancheck.ingest.ocr reads them).

The Source records which pages were read by OCR and where the words it was
unsure of lie, so that reports say a finding stands on OCR text and checks
of exact characters do not raise an error from a misread word.
"""

from __future__ import annotations

from plancheck.ingest import ocr
from plancheck.ingest.errors import IngestError
from plancheck.ingest.nfc import nfc
from plancheck.source import LineOrigin, Source, source_from_lines


def require_ocr(path: str) -> None:
    """IngestError naming what to install, when this machine cannot read scans."""
    why = ocr.missing()
    if why is not None:
        raise IngestError(path, f"ocr_missing_{why}")


def assemble(path: str, fmt: str, pages: list[tuple[int, str | list[ocr.OcrLine]]], notes: list[str]) -> Source:
    """A Source from pages given as a text layer (str) or as OCR lines."""
    lines: list[tuple[str, LineOrigin]] = []
    ocr_pages, words, offset = [], [], 0
    for page_no, content in pages:
        if isinstance(content, str):
            for piece in content.split("\n"):
                lines.append((piece, LineOrigin(line=len(lines) + 1, page=page_no)))
                offset += len(piece) + 1
            continue
        ocr_pages.append(page_no)
        for ln in content:
            text = nfc(ln.text)
            if len(text) == len(ln.text):  # NFC moved nothing: the columns still hold
                words.extend((offset + a, offset + b, c) for a, b, c in ln.words)
            elif ln.words:  # cannot say which word is where: the line as one, as sure as its least sure word
                words.append((offset, offset + len(text), min(c for _, _, c in ln.words)))
            lines.append((text, LineOrigin(line=len(lines) + 1, page=page_no)))
            offset += len(text) + 1
    if ocr_pages:
        confs = [ln.conf for _, content in pages if not isinstance(content, str) for ln in content]
        mean = round(sum(confs) / len(confs)) if confs else 0
        notes = [*notes, f"ocr:{_page_list(ocr_pages)}:{mean}"]
    source = source_from_lines(path, fmt, lines, encoding=None, notes=notes)
    source.ocr_pages, source.ocr_words = ocr_pages, words
    source.low_confidence = [(a, b) for a, b, c in words if c < ocr.LOW_CONFIDENCE]
    return source


def _page_list(pages: list[int]) -> str:
    """ "1-3, 5": consecutive pages as a range."""
    runs: list[list[int]] = []
    for n in pages:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def ocr_pages(path: str, page_numbers: list[int], image_source: str) -> list[tuple[int, list[ocr.OcrLine]]]:
    read = ocr.read_pages(path, page_numbers, image_source, ocr.page_threads())
    return [(n, read[n]) for n in page_numbers]


def read_image_file(path: str) -> Source:
    """A scan saved as an image (.png, .jpg, .tif — one page a frame)."""
    require_ocr(path)
    try:
        count = len(ocr.image_frames(path))
    except (OSError, ValueError, SyntaxError) as exc:
        raise IngestError(path, "image_corrupt", detail=str(exc) or type(exc).__name__) from None
    source = assemble(path, "image", ocr_pages(path, list(range(1, count + 1)), "image"), [])
    if not source.text.strip():
        raise IngestError(path, "ocr_nothing")
    return source
