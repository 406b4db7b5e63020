"""One call from a request to a run: what the CLI, the web server and any
other caller ask of plancheck.

A :class:`Request` names the documents to check, the corpus around them,
the packs, the configuration, the language and how many processes; the
scanned pages among them are read by OCR first (plancheck.runner.scan_prepass),
then :func:`plancheck.runner.batch.check_paths` checks them.  ``isolate`` keeps
every document in the guarded worker pool even when there are few — a
server checking an upload from a stranger needs the pool's hard time limit,
which a check in its own (threaded) process cannot have.
"""

from __future__ import annotations

from dataclasses import dataclass

from plancheck.runner.batch import Run, check_paths
from plancheck.config import Config
from plancheck.ingest import ocr_settings
from plancheck.ingest.formats import SCAN_FORMATS, format_of
from plancheck.packs import RulePack


@dataclass(frozen=True)
class Request:
    files: list[str]
    corpus: list[str]
    packs: list[RulePack]
    explicit: bool  # the packs were named (--rules): every document gets them
    cfg: Config
    lang: str = "vi"
    jobs: int = 1
    keep_sources: bool = False  # the HTML report and the reviewed .docx show the text
    isolate: bool = False


def run_request(req: Request, progress=None, cache=None, planned=None) -> Run:
    """Check what ``req`` asks: scans read first, then every document."""
    ocr_settings.use(req.cfg.ocr, req.jobs)
    if any(format_of(p) in SCAN_FORMATS for p in (*req.files, *req.corpus)):
        from plancheck.runner.scan_prepass import prepare_scans

        prepare_scans(req.files + req.corpus, req.cfg, req.jobs)
    return check_paths(req.files, req.corpus, req.packs, req.explicit, req.cfg, req.lang, req.jobs, progress,
                       cache=cache, keep_sources=req.keep_sources, planned=planned, isolate=req.isolate)
