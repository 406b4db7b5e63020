"""One call from a request to a run: what the CLI, the web server and a cluster
client ask of plancheck.

A :class:`Request` names the documents to check, the corpus around them, the
packs, the configuration, the language, the executor, the cache and the
report that will be made of the run (:class:`ReportAsk`).  That report decides,
here and only here, whether the documents' texts are kept (the HTML page and
the reviewed .docx show them) and whether the report itself may be kept in
the cache and given back for an unchanged run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable

from plancheck.config import Config
from plancheck.ingest import ocr_settings
from plancheck.ingest.formats import SCAN_FORMATS, format_of
from plancheck.packs import RulePack
from plancheck.results import Run
from plancheck.runner.executors import Executor, LocalExecutor
from plancheck.runner.timing import Stopwatch
from plancheck.store.cache import Cache

SHOWS_TEXT = ("html", "docx")  # reports that show the document's text beside its findings


@dataclass(frozen=True)
class ReportAsk:
    """The report a caller will make of the run."""

    fmt: str = "json"
    fail_on: str = "error"
    statistics: bool = False
    colour: bool = False
    fail_on_unchecked: bool = False
    baseline: bool = False  # a baseline filters (or is written from) the findings: the report is not kept

    @property
    def shows_text(self) -> bool:
        return self.fmt in SHOWS_TEXT

    def cache_key(self, run_key: str, lang: str) -> str:
        """Where this report of the run is kept in the cache ("" when it is not:
        a report with the text or filtered by a baseline is made afresh)."""
        if not run_key or self.shows_text or self.baseline:
            return ""
        from plancheck.store.cache import key

        return key(
            run_key, self.fmt, lang, self.fail_on, str(self.statistics), str(self.colour), str(self.fail_on_unchecked)
        )


@dataclass(frozen=True)
class Request:
    files: list[str]
    corpus: list[str]
    packs: list[RulePack]
    explicit: bool  # the packs were named (--rules): every document gets them
    cfg: Config
    lang: str = "vi"
    jobs: int = 1
    cache: Cache | None = None
    report: ReportAsk | None = None
    isolate: bool = False  # every document in the guarded pool, however few (a server's uploads)
    executor: Executor | None = None  # default: this machine, ``jobs`` processes

    @property
    def keep_sources(self) -> bool:
        return self.report is not None and self.report.shows_text


def open_cache(cfg: Config) -> Cache:
    """The cache beside the configuration file, or in the working directory."""
    return Cache(os.path.dirname(os.path.abspath(cfg.path)) if cfg.path else os.getcwd())


def run_request(req: Request, progress=None) -> Run:
    """Check what ``req`` asks: scans read first, then every document.  When the
    cache holds the asked report of this very set of documents, the run carries
    only that (``Run.stored_report``)."""
    from plancheck.runner.batch import check_batch
    from plancheck.runner.jobs import WorkerState
    from plancheck.runner.plan import plan_run

    lap = Stopwatch()
    rp = plan_run(req.files, req.corpus, req.packs, req.cfg, req.lang, req.cache)
    lap("look up files")
    stored = _stored_report(req, rp.key)
    if stored is not None:
        lap("stored report")
        return Run([], [], key=rp.key, stored_report=stored, timings=lap.laps)
    known_before = bool(rp.key)
    ocr_settings.use(req.cfg.ocr, req.jobs)
    if any(format_of(p) in SCAN_FORMATS for p in (*req.files, *req.corpus)):
        from plancheck.runner.scan_prepass import prepare_scans

        prepare_scans(req.files + req.corpus, req.cfg, req.jobs)
    state = WorkerState(req.packs, req.explicit, req.cfg, req.lang, req.keep_sources, isolate=req.isolate)
    executor = req.executor or LocalExecutor(req.jobs)
    run = check_batch(state, rp, req.cache, executor, progress, lap)
    if not known_before:  # some file was hashed during the run (touched, not changed?): the key is known now
        run.stored_report = _stored_report(req, run.key)
    return run


def _report_key(req: Request, run_key: str) -> str:
    """Where the asked report of this run is kept ("" when it is not)."""
    return req.report.cache_key(run_key, req.lang) if req.cache is not None and req.report else ""


def _stored_report(req: Request, run_key: str) -> tuple[int, list[str]] | None:
    out_key = _report_key(req, run_key)
    stored = req.cache.get_chunked("outputs", out_key) if out_key else None
    return (stored[0]["status"], stored[1]) if stored is not None else None


def keep_report(req: Request, run: Run, blocks: Iterable[str], status: int) -> None:
    """Consume the report's ``blocks`` (a caller's writer yields each block it
    has written), keeping them in the cache, row by row, when this report of
    this run may be given back next time."""
    out_key = _report_key(req, run.key)
    if out_key:
        req.cache.put_chunked("outputs", out_key, blocks, {"status": status}, size=1)
    else:
        for _ in blocks:
            pass
