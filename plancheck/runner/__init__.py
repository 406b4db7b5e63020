"""The runner: a :class:`Request` in, a :class:`~plancheck.results.Run` out, the one
entry the CLI, the web server and a cluster client call.  The request is planned
against the cache (:mod:`plan`), checked in two phases (:mod:`batch`) whose jobs
(:mod:`jobs`) an executor runs (:mod:`executors`: this machine's pool, or Dask).

The API is loaded on first use, so that a command which only lists files or
answers ``--help`` does not import the checks.
"""

_API = ("ReportAsk", "Request", "keep_report", "open_cache", "run_request")
__all__ = list(_API)


def __getattr__(name: str):
    if name in _API:
        from plancheck.runner import request

        return getattr(request, name)
    raise AttributeError(f"module 'plancheck.runner' has no attribute {name!r}")
