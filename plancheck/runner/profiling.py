"""``PLANCHECK_PROFILE=FILE``: a cProfile of the main process in FILE, and of
each worker that ran documents in FILE.worker-PID.

The command leaves with ``os._exit`` (freeing a batch's objects one by one
costs a second at 10,000 plans), which would throw away what ``python -m
cProfile`` gathered; and pool workers are stopped, not joined.  So the
profiles are written by plancheck itself: the main one before it leaves, a
worker's after each chunk of documents it finishes.
"""

from __future__ import annotations

import os

ENV = "PLANCHECK_PROFILE"
_profiler = None


def start() -> None:
    """Profile this process from now on, when PLANCHECK_PROFILE asks for it."""
    global _profiler
    if os.environ.get(ENV) and _profiler is None:
        import cProfile

        _profiler = cProfile.Profile()
        _profiler.enable()


def save(worker: bool = False) -> None:
    """Write what this process's profile holds so far (nothing when not asked)."""
    target = os.environ.get(ENV)
    if _profiler is None or not target:
        return
    _profiler.disable()
    try:
        _profiler.dump_stats(f"{target}.worker-{os.getpid()}" if worker else target)
    except OSError:
        pass
    finally:
        _profiler.enable()
