"""Scanned pages → text lines, with Tesseract's Vietnamese model.

The signed, stamped copy of a plan that offices post and send each other is
often a PDF of page images.  A page without a text layer (or every page,
with ``--ocr always``) is rendered by pypdfium2 and read by Tesseract
(``vie``) through pytesseract; ``.png``/``.jpg``/``.tif`` scans are read
the same way.  All three are the optional extra ``plancheck[ocr]`` plus
Debian's ``tesseract-ocr`` and ``tesseract-ocr-vie``, imported only here.

What a page gives is its lines, each with the character ranges of the words
Tesseract was not sure of: checks that judge exact characters use them
(:mod:`plancheck.engine`).  Before the page is read, strongly coloured ink
(a red stamp, a blue signature) is whitened; after, a line broken inside a
sentence is joined to the next, so a paragraph reads as the text version's
one line, while the header's blocks (issuer, motto) stay apart.

Results are kept in the user's cache by the file's content hash and page:
OCR costs seconds a page, and a re-run (or the graph phase's re-read)
costs none.  The cache holds JSON, never code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from plancheck import budget
from plancheck.ingest.ocr_settings import MODES, installed, mode, page_threads, use  # noqa: F401 - its settings
from plancheck.userdirs import user_cache_dir

DPI = 300
LOW_CONFIDENCE = 60  # Tesseract's word confidence (0-100) below which a word is not trusted
MIN_PAGE_CHARS = 20  # a PDF page whose text layer holds fewer characters is read as a scan
PAGE_SECONDS = 120  # one page's OCR, at most (Tesseract is killed past it); the budget's ocr_seconds too
_CLEANUP = 4  # bump when the page clean-up changes: cached pages are read again

_render_lock = threading.Lock()  # pdfium is not thread-safe


@dataclass
class OcrLine:
    text: str
    words: list[tuple[int, int, float]] = field(default_factory=list)  # each word's columns and confidence
    conf: float = 100.0  # mean word confidence of the line

    @property
    def low(self) -> list[tuple[int, int]]:
        """The columns of the words read with low confidence."""
        return [(a, b) for a, b, c in self.words if c < LOW_CONFIDENCE]


@lru_cache(maxsize=1)
def missing() -> str | None:
    """What this machine lacks to read scans ("python", "tesseract", "vie"), or None."""
    tesseract, modules = installed()
    if not modules:
        return "python"
    if not tesseract:
        return "tesseract"
    try:
        import pytesseract
    except ImportError:  # found, but broken
        return "python"
    try:
        if "vie" not in pytesseract.get_languages(config=""):
            return "vie"
    except Exception:  # a broken install: as good as none
        return "tesseract"
    return None


@lru_cache(maxsize=1)
def engine_version() -> str:
    try:
        import pytesseract

        return str(pytesseract.get_tesseract_version())
    except Exception:
        return "unknown"


def _whiten_colour(image):
    """Grey levels with strongly coloured ink (stamps, signatures) made white:
    Vietnamese official documents are printed black; the red seal and the
    blue signature across the signer's name are not text to read."""
    from PIL import Image, ImageChops

    rgb = image.convert("RGB")
    r, g, b = rgb.split()
    top = ImageChops.lighter(ImageChops.lighter(r, g), b)
    bottom = ImageChops.darker(ImageChops.darker(r, g), b)
    colourful = ImageChops.subtract(top, bottom).point(lambda v: 255 if v > 70 else 0)
    grey = rgb.convert("L")
    return Image.composite(Image.new("L", grey.size, 255), grey, colourful)


_SENTENCE_END = re.compile(r"[.:;!?…)\]”\"]\s*$")
_STARTS_LOWER = re.compile(r"^[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")


def read_image(image, seconds: float = PAGE_SECONDS) -> list[OcrLine]:
    """The lines of one page image, in reading order, paragraphs joined.

    Tesseract runs one thread (OMP_THREAD_LIMIT=1): its OpenMP threads
    fight each other and the batch's workers — one A4 page at 300 dpi took
    14.1 s with the default and 2.7 s with one thread on this 2-core machine;
    pages are read side by side instead (:func:`read_pages`)."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    page = _whiten_colour(image)
    data = pytesseract.image_to_data(
        page, lang="vie", config="--psm 3", timeout=seconds, output_type=pytesseract.Output.DICT
    )
    rows: dict[tuple[int, int, int], list[tuple[str, float]]] = {}
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        rows.setdefault(key, []).append((word, float(data["conf"][i])))
    lines: list[tuple[tuple[int, int], OcrLine]] = []
    for (block, par, _), words in rows.items():
        text, placed, start = [], [], 0
        words = [(_mend(word), conf) for word, conf in words]
        for word, conf in words:
            placed.append((start, start + len(word), conf))
            text.append(word)
            start += len(word) + 1
        mean = sum(c for _, c in words) / len(words)
        lines.append(((block, par), OcrLine(" ".join(text), placed, round(mean, 1))))
    return _join_paragraph_lines(lines)


_DOUBLED_D = re.compile(r"(\d\s*/\s*[A-ZĐ]*?Đ)Đ+")


def _mend(word: str) -> str:
    """Tesseract's usual slips on Vietnamese print: the Icelandic Ð/ð for Đ/đ
    (alike on the page, never Vietnamese), and a doubled Đ in a symbol
    («04/QĐÐ-UBND»)."""
    word = word.replace("Ð", "Đ").replace("ð", "đ")
    return _DOUBLED_D.sub(r"\1", word) if "ĐĐ" in word else word


def _join_paragraph_lines(lines: list[tuple[tuple[int, int], OcrLine]]) -> list[OcrLine]:
    """A line broken inside a sentence is joined to the next of its paragraph
    (a word cut by a hyphen is mended); headings and the header's blocks,
    which end a paragraph or a block, stay lines of their own."""
    out: list[OcrLine] = []
    last_par = None
    for par, line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and par == last_par
            and not _SENTENCE_END.search(prev.text)
            and _STARTS_LOWER.match(line.text)
        ):
            glue = "" if re.search(r"[^\W\d_]-$", prev.text) else " "
            base = len(prev.text) - (1 if glue == "" else 0) + len(glue)
            prev.text = (prev.text[:-1] if glue == "" else prev.text) + glue + line.text
            prev.words.extend((a + base, b + base, c) for a, b, c in line.words)
            prev.conf = min(prev.conf, line.conf)
        else:
            out.append(OcrLine(line.text, list(line.words), line.conf))
        last_par = par
    return out


def pdf_pages_without_text(path: str, most: int) -> tuple[int, list[int]]:
    """(page count, 1-based pages whose text layer is empty), by pdfium;
    no pages for a PDF of more than ``most`` pages (over its budget)."""
    import pypdfium2 as pdfium

    with _render_lock:
        pdf = pdfium.PdfDocument(path)
        try:
            if len(pdf) > most:
                return len(pdf), []
            empty = []
            for i in range(len(pdf)):
                with budget.time_limit(budget.current().page_seconds, "page_seconds"):
                    textpage = pdf[i].get_textpage()
                    if len(textpage.get_text_range().strip()) < MIN_PAGE_CHARS:
                        empty.append(i + 1)
            return len(pdf), empty
        finally:
            pdf.close()


def render_pdf_page(path: str, page_no: int, dpi: int = DPI):
    """One PDF page as a PIL image at ``dpi``."""
    import pypdfium2 as pdfium

    with _render_lock:
        pdf = pdfium.PdfDocument(path)
        try:
            return pdf[page_no - 1].render(scale=dpi / 72).to_pil()
        finally:
            pdf.close()


def image_frames(path: str) -> list:
    """The pages of an image file (a multi-page TIFF has several)."""
    from PIL import Image, ImageSequence

    with Image.open(path) as img:
        return [frame.copy() for frame in ImageSequence.Iterator(img)]


def content_digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _cache_path(digest: str, page_no: int):
    return user_cache_dir() / "ocr" / f"{digest}-p{page_no}-{DPI}-{_CLEANUP}-{engine_version()}.json"


def cached_page(digest: str, page_no: int) -> list[OcrLine] | None:
    try:
        with open(_cache_path(digest, page_no), encoding="utf-8") as fh:
            rows = json.load(fh)
        return [OcrLine(r["text"], [tuple(x) for x in r["words"]], r["conf"]) for r in rows]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store_page(digest: str, page_no: int, lines: list[OcrLine]) -> None:
    path = _cache_path(digest, page_no)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump([{"text": ln.text, "words": ln.words, "conf": ln.conf} for ln in lines], fh, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass  # no cache: the page is read again next time


def read_pages(path: str, page_numbers: list[int], image_source: str, threads: int = 1) -> dict[int, list[OcrLine]]:
    """Pages of ``path`` read by OCR (each from the cache when read before),
    ``threads`` pages at a time (each page is a Tesseract process)."""
    digest = content_digest(path)
    if threads <= 1 or len(page_numbers) <= 1:
        return {n: page_lines(path, digest, n, image_source) for n in page_numbers}
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=threads) as pool:
        done = pool.map(lambda n: (n, page_lines(path, digest, n, image_source)), page_numbers)
        return dict(done)


def page_lines(path: str, digest: str, page_no: int, image_source: str) -> list[OcrLine]:
    """Page ``page_no`` of ``path`` read by OCR, from the cache when it was read before.
    ``image_source``: "pdf" (rendered) or "image" (a frame of an image file)."""
    lines = cached_page(digest, page_no)
    if lines is not None:
        return lines
    image = render_pdf_page(path, page_no) if image_source == "pdf" else image_frames(path)[page_no - 1]
    lines = read_image(image)
    store_page(digest, page_no, lines)
    return lines
