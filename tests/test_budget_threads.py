"""A document's time limit holds in a thread that is not the main one (a
Dask worker runs its tasks so, and the web server may): the Python work
inside ends in OverBudget, and nothing of the limit outlives its block."""

from __future__ import annotations

import threading
import time

from plancheck.budget import Budget, OverBudget, guarded, time_limit


def _in_thread(fn):
    out: dict = {}

    def run():
        try:
            out["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - what the thread ended with is the answer
            out["error"] = exc

    t = threading.Thread(target=run)
    t.start()
    t.join(30)
    assert not t.is_alive()
    return out


def _spin(seconds: float) -> int:
    """Python work (not a sleep in C) for about ``seconds``."""
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        n += 1
    return n


def test_a_runaway_document_in_a_thread_is_stopped_at_its_limit():
    def work():
        started = time.monotonic()
        try:
            with guarded(Budget(seconds=0.3, memory_mb=0)):
                _spin(10)
        except OverBudget as exc:
            return exc.limit, exc.value, time.monotonic() - started
        return None

    out = _in_thread(work)
    limit, value, took = out["value"]
    assert (limit, value) == ("seconds", 0.3)
    assert took < 3


def test_a_limit_the_work_ended_within_leaves_nothing_behind():
    def work():
        for _ in range(20):
            with time_limit(0.05, "page_seconds"):
                _spin(0.01)
        return _spin(0.3)  # past every limit above: none of them may fire here

    out = _in_thread(work)
    assert "error" not in out and out["value"] > 0


def test_the_limit_that_runs_out_is_named():
    def work():
        try:
            with time_limit(0.2, "page_seconds"):
                _spin(10)
        except OverBudget as exc:
            return exc.limit

    assert _in_thread(work)["value"] == "page_seconds"


def test_a_forked_child_has_a_watchdog_of_its_own():
    """The pool forks workers from a process whose watchdog thread is running
    (a server's): the child's thread limits must still fire."""
    import os

    with_watchdog = _in_thread(_stopped_after)  # the parent's watchdog now runs
    assert with_watchdog["value"] == "seconds"
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: a limit in a thread, its answer on the pipe
        answer = _in_thread(_stopped_after).get("value") or "not stopped"
        os.write(write, answer.encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    assert os.read(read, 100) == b"seconds"


def _stopped_after():
    try:
        with time_limit(0.2):
            _spin(10)
    except OverBudget as exc:
        return exc.limit
