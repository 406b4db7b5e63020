"""A Dask cluster as the runner's executor (``--executor dask``, plancheck[dask]).

The client sends paths, never the documents' bytes: each worker reads the
files itself from a path it shares with the client (a local disk in a test,
a network file system in production), so the paths must name the same files
on every machine.  What every worker needs of a phase's
:class:`~plancheck.runner.jobs.WorkerState` (the packs, the configuration) is
scattered to every worker once, and each task is a chunk of items run with
it; in phase 2 a chunk also carries its own part of the citation graph, what
its documents' rules read (a national graph is never sent whole to every
worker).  Tasks
are submitted a window at a time and their answers taken in input order, so
the client holds at most a window of answers beside what the report needs.

A worker that dies has its tasks run again by Dask on another; a chunk whose
tasks keep killing workers (``KilledWorker``) is answered item by item by the
runner's ``failed``, as the local pool answers for a killed process.  Dask runs
a task in a worker thread, where the per-document time limit (a signal) cannot
reach: on a cluster a document is bounded by its memory budget and by the
readers' own limits (pages, characters, parts), not by seconds.
"""

from __future__ import annotations

import pickle
import uuid
from collections import deque
from concurrent.futures import CancelledError

from plancheck.gcpause import paused_gc
from plancheck.runner import jobs

# Documents per task: each task costs the client, the scheduler and a worker about 10 ms of messages.  Phase 1
# of 2,000 generated plans took 4.8 s in chunks of 16, 3.7 s in chunks of 128 (the local pool: 3.1 s); four
# tasks in flight per worker thread keep every worker busy and lose little when one dies.
MIN_CHUNK, MAX_CHUNK = 16, 512
WINDOW_PER_WORKER = 4  # tasks in flight per worker thread: enough to keep each one busy
RESUBMIT = 3  # times a chunk whose task the cluster lost is submitted again


class SchedulerUnreachable(Exception):
    """The scheduler named by ``--scheduler`` did not answer."""


_loaded: dict[str, object] = {}  # on a worker: the phase's state, unpickled once (token → WorkerState)


def _run_chunk(func, token: str, blob: bytes, payload: bytes) -> list:
    """On a worker: ``func`` over a chunk, with the phase's shared state
    (``blob``, unpickled once per worker process: ``token`` names it) and the
    chunk's own part of it, pickled in ``payload`` with the items."""
    from distributed import get_worker

    with paused_gc():  # as in the local pool's workers, which inherit the runner's pause
        part, items = pickle.loads(payload)
        state = _loaded.get(token)
        if state is None:
            _loaded.clear()  # the previous phase's state is done with
            state = _loaded[token] = pickle.loads(blob)
        if part is None:
            jobs.install_once(state)
        else:
            jobs.install(state.with_part(part))
        return get_worker().address, [func(item) for item in items]


class DaskExecutor:
    """Phases mapped over a Dask cluster: one at ``scheduler`` (``tcp://HOST:8786``),
    or a LocalCluster of ``workers`` processes on this machine."""

    shares_memory = False

    def __init__(self, scheduler: str | None = None, workers: int = 2, timeout: float = 10.0) -> None:
        from distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=timeout, set_as_default=False)
            except (OSError, TimeoutError, ValueError) as exc:  # ValueError: not an address («tcp://HOST:PORT»)
                raise SchedulerUnreachable(f"{scheduler}: {exc}") from None
        else:
            import dask

            # Dask's statistical profiler samples each task's stack every 10 ms: the
            # checks ran 7% slower under it (3,000 plans on one worker, in turn).
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                self.cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
                )
            self.client = Client(self.cluster, set_as_default=False)
        self._home: dict[str, str] = {}  # path → the worker that checked it (and keeps its folded text)

    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def map(self, func, items, state, progress, failed, serial=False):
        """``func`` over ``items`` on the cluster, answers in order (``serial`` is
        the local pool's concern: here every phase is spread out)."""
        if not items:
            return
        from distributed import KilledWorker

        # A state goes as one pickled blob: Dask sends bytes at once, where
        # scattering the object itself (a graph of 10,000 plans) took 6.9 s against 1 s.
        token = uuid.uuid4().hex
        blob = pickle.dumps(state.shared(), protocol=pickle.HIGHEST_PROTOCOL)
        shared = [self.client.scatter(blob, broadcast=True, hash=False)]  # sent again if the cluster loses it
        threads = self.threads()
        size = max(MIN_CHUNK, min(MAX_CHUNK, len(items) // (threads * WINDOW_PER_WORKER) or 1))
        chunks = self._chunks(items, size)
        window = WINDOW_PER_WORKER * threads
        pending: deque = deque()
        submitted = 0

        def submit(home, chunk, tries):
            placed = {"workers": [home], "allow_other_workers": True} if home else {}
            # Pickled here, the items with the chunk's part of the state: Dask would
            # otherwise walk every item looking for futures.
            part = state.part_for([item[0] for item in chunk])
            payload = pickle.dumps((part, chunk), pickle.HIGHEST_PROTOCOL)
            future = self.client.submit(_run_chunk, func, token, shared[0], payload, pure=False, **placed)
            return chunk, future, tries

        try:
            while submitted < len(chunks) or pending:
                while submitted < len(chunks) and len(pending) < window:
                    pending.append(submit(*chunks[submitted], 1))
                    submitted += 1
                chunk, future, tries = pending[0]
                try:
                    where, answers = future.result()
                except CancelledError:
                    # The cluster lost the task while a worker died (its result, or the
                    # state it needs, was on that worker): run the chunk again.
                    if shared[0].status != "finished":
                        shared[0] = self.client.scatter(blob, broadcast=True, hash=False)
                    if tries < RESUBMIT:
                        pending[0] = submit(None, chunk, tries + 1)
                        continue
                    answers, where = [failed(item, "died", "cancelled") for item in chunk], None
                except KilledWorker as exc:
                    answers, where = [failed(item, "died", str(exc)) for item in chunk], None
                pending.popleft()
                future.release()
                if where is not None:
                    for item in chunk:
                        self._home[item[0]] = where
                yield from answers
                progress(len(chunk))
        finally:
            for _, future, _ in pending:
                future.cancel()
            self.client.cancel(shared[0])

    def _chunks(self, items: list, size: int) -> list[tuple[str | None, list]]:
        """Runs of at most ``size`` items, each run's items checked by one
        worker before (their folded texts are there): sent back to it."""
        chunks: list[tuple[str | None, list]] = []
        for item in items:
            home = self._home.get(item[0])
            if chunks and chunks[-1][0] == home and len(chunks[-1][1]) < size:
                chunks[-1][1].append(item)
            else:
                chunks.append((home, [item]))
        return chunks

    def close(self) -> None:
        try:
            self.client.run(jobs.forget_folded_here)  # a long-lived cluster keeps no run's texts
        except Exception:  # a worker gone, the cluster closing: nothing left to free
            pass
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
