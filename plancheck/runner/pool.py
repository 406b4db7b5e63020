"""One job per document in worker processes, each held to its budget.

A batch of files from thirty communes may hold one that never finishes or
that the kernel kills for its memory; with a plain process pool that costs
the report of every file (``BrokenProcessPool``).  pebble's ProcessPool
gives each task a hard time limit and replaces a worker that dies, so here:

* documents travel in chunks (one task per document costs the main process
  more than the work of a small plan), each chunk with a hard limit of one
  document's budget plus a margin — within it, every document has its own
  soft limit (:func:`plancheck.budget.guarded`, set by the job itself);
* a chunk that times out, or whose worker dies, is run again one document a
  task, so the culprit is found and every other document still answered;
  the culprit's answer is ``failed(item, reason, detail)``;
* results come back in input order, with a bounded number of chunks in
  flight; the workers are forked (they share the batch's packs, gazetteer
  and graph) and die with the main process (Linux's parent-death signal).
"""

from __future__ import annotations

import os
import signal
from collections import deque

HARD_MARGIN = 10.0  # seconds past one document's budget before a chunk's worker is killed
AHEAD = 4  # chunks in flight per worker


def _die_with_parent() -> None:
    """Ask the kernel to kill this worker when the main process ends (Linux)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _start_worker(parent: int, initializer, initargs) -> None:
    _die_with_parent()
    if os.getppid() != parent:  # the main process ended before the signal was asked for
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    from plancheck.runner import profiling

    profiling.start()
    initializer(*initargs)


def _run_chunk(func, items: list) -> list:
    from plancheck.runner import profiling

    answers = [func(item) for item in items]
    profiling.save(worker=True)  # a stopped worker writes nothing at exit: each chunk adds its part
    return answers


def guarded_map(
    func, items: list, jobs: int, initializer, initargs: tuple, seconds: float, failed, progress, chunk: int
):
    """``func(item)`` for every item, in worker processes, yielded in order.

    ``seconds`` is one document's budget (0: none); ``failed(item, reason,
    detail)`` answers for an item whose worker was killed (reason
    ``"seconds"``) or died (``"died"``); ``progress(n)`` is told of every
    n items done."""
    import multiprocessing

    from pebble import ProcessPool

    chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
    limit = seconds + HARD_MARGIN if seconds > 0 else None
    pool = ProcessPool(
        max_workers=jobs,
        initializer=_start_worker,
        initargs=(os.getpid(), initializer, initargs),
        context=multiprocessing.get_context("fork"),
    )
    try:
        pending: deque = deque()
        todo = iter(chunks)

        def schedule_next() -> None:
            part = next(todo, None)
            if part is not None:
                pending.append((part, pool.schedule(_run_chunk, args=(func, part), timeout=limit)))

        for _ in range(jobs * AHEAD):
            schedule_next()
        while pending:
            part, future = pending.popleft()
            schedule_next()
            try:
                answers = future.result()
            except BaseException:  # a killed, dead or failing worker: each document on its own
                answers = _one_by_one(pool, func, part, limit, failed)
            yield from answers
            progress(len(part))
    finally:
        # The workers are stopped, not waited for: joining them costs a tenth
        # of a second of pebble's polling, and they die with this process.
        pool.stop()


def _one_by_one(pool, func, part: list, limit: float | None, failed) -> list:
    from concurrent.futures import TimeoutError as FutureTimeout

    from pebble import ProcessExpired

    futures = [pool.schedule(_run_chunk, args=(func, [item]), timeout=limit) for item in part]
    answers = []
    for item, future in zip(part, futures):
        try:
            answers.append(future.result()[0])
        except FutureTimeout:
            answers.append(failed(item, "seconds", ""))
        except ProcessExpired as exc:
            answers.append(failed(item, "died", _death(exc)))
        except BaseException as exc:  # the job raised what it should have answered: say what
            answers.append(failed(item, "died", f"{type(exc).__name__}: {exc}"))
    return answers


def _death(exc) -> str:
    code = getattr(exc, "exitcode", None)
    if isinstance(code, int) and code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"
