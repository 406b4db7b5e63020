"""Scanned pages read by OCR ahead of the check, in the batch's workers.

OCR takes seconds a page — more than a document's check budget (30 s)
allows a scan of ten pages.  So before the check, the pages of the run that
need OCR (those of a PDF without a text layer, or all of them with ``--ocr
always``; every page of an image file) are found, each file within the
document budget, then read one page a job, each page within its own budget
(``ocr-timeout``, 120 s by default), in the same guarded worker pool, and
kept in the OCR cache.  The check then reads those pages from the cache like
any other text.  A page the prepass could not read is read (and timed) by
the check itself, which says what went wrong.
"""

from __future__ import annotations

import os

from plancheck import budget
from plancheck.ingest import ocr
from plancheck.ingest.formats import SCAN_FORMATS, format_of


def _candidates(paths: list[str]) -> list[str]:
    return [p for p in paths if format_of(p) in SCAN_FORMATS and os.path.isfile(p)]


def _pages(path: str) -> list[tuple[str, int, str]]:
    """(path, page, "pdf" | "image") of each page of ``path`` not yet read by OCR
    that needs it; none for a file over the budget's pages (the check says so)."""
    try:
        with budget.time_limit(budget.current().seconds):
            if path.lower().endswith(".pdf"):
                count, empty = ocr.pdf_pages_without_text(path, budget.current().pdf_pages)
                pages, kind = (list(range(1, count + 1)) if ocr.mode() == "always" else empty), "pdf"
            else:
                pages, kind = list(range(1, len(ocr.image_frames(path)) + 1)), "image"
            digest = ocr.content_digest(path)
    except BaseException:  # noqa: BLE001 - the check reads the file again and says what is wrong
        return []
    return [(path, n, kind) for n in pages if ocr.cached_page(digest, n) is None]


def _read_page(item: tuple[str, int, str]) -> bool:
    path, page_no, kind = item
    try:
        with budget.time_limit(budget.current().ocr_seconds, "ocr_seconds"):
            ocr.read_pages(path, [page_no], kind)
        return True
    except BaseException:  # noqa: BLE001 - as above
        return False


def _init(cfg) -> None:
    budget.use(cfg.budget)
    ocr.use(cfg.ocr)


def prepare_scans(paths: list[str], cfg, jobs: int) -> int:
    """Read by OCR, into the cache, the scanned pages of ``paths``; the number of pages read."""
    if cfg.ocr == "never":
        return 0
    todo = _candidates(paths)
    if not todo or ocr.missing() is not None:
        return 0
    if jobs <= 1:
        _init(cfg)
        pages = [p for path in todo for p in _pages(path)]
        return sum(_read_page(p) for p in pages)
    from plancheck.runner.pool import guarded_map

    def failed(item, reason, detail):
        return [] if isinstance(item, str) else False

    found = guarded_map(_pages, todo, jobs, _init, (cfg,), cfg.budget.seconds, failed, lambda n: None, 1)
    pages = [p for listed in found for p in listed]
    if not pages:
        return 0
    return sum(guarded_map(_read_page, pages, jobs, _init, (cfg,), cfg.budget.ocr_seconds, failed, lambda n: None, 1))
