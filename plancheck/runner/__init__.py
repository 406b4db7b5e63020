"""The runner: a :class:`Request` in, a :class:`~plancheck.results.Run` out, the one
entry the CLI, the web server and a cluster client call.  The request is planned
against the cache (:mod:`plan`), checked in two phases (:mod:`batch`) whose jobs
(:mod:`jobs`) an executor runs (:mod:`executors`: this machine's pool, or Dask).
"""

from plancheck.runner.request import ReportAsk, Request, keep_report, open_cache, run_request

__all__ = ["ReportAsk", "Request", "keep_report", "open_cache", "run_request"]
