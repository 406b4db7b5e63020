"""Checking documents in-process through the runner API, as the CLI does."""

from __future__ import annotations

from plancheck.config import Config
from plancheck.packs import load_builtin_packs
from plancheck.runner import ReportAsk, Request, run_request


def check_paths(
    files,
    corpus=(),
    packs=None,
    explicit=False,
    cfg=None,
    lang="vi",
    jobs=1,
    cache=None,
    report: ReportAsk | None = None,
):
    """The Run of ``files`` (with ``corpus`` as context), by default with the built-in packs."""
    packs = load_builtin_packs() if packs is None else packs
    return run_request(
        Request(list(files), list(corpus), packs, explicit, cfg or Config(), lang, jobs, cache=cache, report=report)
    )
