"""Where a phase's jobs run: the pluggable part of the runner.

An executor maps a job of :mod:`plancheck.runner.jobs` over a phase's items
(each a tuple that starts with its document's path) and yields the answers in input order, as they come.  It installs the phase's
:class:`~plancheck.runner.jobs.WorkerState` in every process it uses, counts
finished items with ``progress(n)``, and answers for an item whose worker was
killed or died with ``failed(item, reason, detail)``.  The checks never see
which executor ran them.  :class:`LocalExecutor` is this machine's process
pool, or this very process when a pool cannot pay for itself;
:class:`plancheck.runner.dask_executor.DaskExecutor` is a Dask cluster.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable, Iterator, Protocol

from plancheck.ingest.formats import TEXT_FORMATS, format_of

if TYPE_CHECKING:
    from plancheck.runner.jobs import WorkerState

MIN_PARALLEL = 8  # fewer documents than this: a pool costs more than it saves
# Plain-text batches smaller than this run in one process, where the pool's start costs more than it
# saves: on 2 cores, 10 plans took 1.20× and 192 short real texts 1.05× the wall time of --jobs 1 with the
# pool, 276 generated plans (4 MB) 0.87× and 2,000 plans 0.65× (farm-bench, medians).  Documents read by
# C code (.docx, .pdf, scans) always go to the pool when there are several: only its hard time limit
# stops a reader that never returns to Python.
SERIAL_TEXT_DOCS = 400
SERIAL_TEXT_BYTES = 2 * 1024 * 1024


class Executor(Protocol):
    """What the runner asks of an executor."""

    def map(
        self,
        func: Callable,
        items: list,
        state: WorkerState,
        progress: Callable[[int], None],
        failed: Callable,
        serial: bool = False,
    ) -> Iterator:
        """``func`` over ``items`` in order; ``serial``: this phase is better
        run in one process (its state is too large to copy to workers)."""
        ...

    def close(self) -> None:
        """Let go of what the executor started (a cluster's client)."""
        ...

    @property
    def shares_memory(self) -> bool:
        """Whether the workers see this process's memory (a fork) or receive copies."""
        ...


def pool_pays(paths: list[str]) -> bool:
    """Whether a process pool beats one process for these documents."""
    if len(paths) >= SERIAL_TEXT_DOCS or any(format_of(p) not in TEXT_FORMATS for p in paths):
        return True
    total = 0
    for p in paths:
        try:
            total += os.stat(p).st_size
        except OSError:
            continue
        if total >= SERIAL_TEXT_BYTES:
            return True
    return False


def default_jobs() -> int:
    """The processes this machine gives plancheck (``--jobs 0``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class LocalExecutor:
    """This machine: ``jobs`` forked processes under the guarded pool
    (:mod:`plancheck.runner.pool`), or this process alone when the batch is
    too small for a pool to pay (see :func:`pool_pays`) — unless the state
    asks that every document be isolated."""

    shares_memory = True

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, jobs)

    def close(self) -> None:
        """Nothing to let go of: each map's pool ends with it."""

    def map(self, func, items, state, progress, failed, serial=False):
        from plancheck.runner import jobs

        if not state.isolate and (serial or self.jobs <= 1 or len(items) < MIN_PARALLEL or not state.pool_pays):
            jobs.install(state)
            for item in items:
                yield func(item)
                progress(1)
            jobs.close_reader()
            return
        from plancheck.runner.pool import guarded_map

        jobs_ = 1 if serial else self.jobs
        chunk = max(1, min(32, len(items) // (jobs_ * 8)))
        yield from guarded_map(
            func, items, jobs_, jobs.install, (state,), state.cfg.budget.seconds, failed, progress, chunk
        )


class ExecutorUnavailable(Exception):
    """The executor asked for cannot run here; ``key`` names the catalogue message."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(detail or key)
        self.key, self.detail = key, detail


def make_executor(kind: str, jobs: int, scheduler: str | None = None) -> Executor:
    """The executor a command asked for: this machine's (``local``) or a Dask
    cluster (``dask``: at ``scheduler``, or ``jobs`` workers on this machine)."""
    if kind == "local" and not scheduler:
        return LocalExecutor(jobs)
    try:
        from plancheck.runner.dask_executor import DaskExecutor, SchedulerUnreachable
    except ImportError:
        raise ExecutorUnavailable("dask_missing") from None
    try:
        return DaskExecutor(scheduler, workers=jobs)
    except ImportError:
        raise ExecutorUnavailable("dask_missing") from None
    except SchedulerUnreachable as exc:
        raise ExecutorUnavailable("dask_unreachable", str(exc)) from None
