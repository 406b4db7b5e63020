"""The budgeted process pool: a worker that hangs or dies costs only its item."""

from __future__ import annotations

import os
import signal
import time

from plancheck.runner.pool import guarded_map


def _job(item):
    if item == "dies":
        os.kill(os.getpid(), signal.SIGKILL)
    if item == "hangs":
        while True:  # no soft limit here: only the pool's hard one can end it
            time.sleep(0.05)
    if item == "raises":
        raise KeyError(item)
    return f"ok {item}"


def _failed(item, reason, detail):
    return f"failed {item} {reason} {detail}".strip()


def _no_state():
    pass


def test_a_dying_or_hanging_worker_costs_only_its_item(monkeypatch):
    monkeypatch.setattr("plancheck.runner.pool.HARD_MARGIN", 1.0)
    items = [str(i) for i in range(10)] + ["dies"] + [str(i) for i in range(10, 20)] + ["hangs", "raises", "last"]
    done = []
    started = time.monotonic()
    out = list(guarded_map(_job, items, 2, _no_state, (), 0.5, _failed, done.append, chunk=4))
    assert time.monotonic() - started < 30
    assert len(out) == len(items) and sum(done) == len(items)
    for item, answer in zip(items, out):
        if item == "dies":
            assert answer == "failed dies died SIGKILL"
        elif item == "hangs":
            assert answer == "failed hangs seconds"
        elif item == "raises":
            assert answer.startswith("failed raises died KeyError")
        else:
            assert answer == f"ok {item}"


def test_workers_do_not_outlive_the_main_process(tmp_path):
    """A main process killed mid-run takes its workers with it."""
    import subprocess
    import sys

    script = tmp_path / "main.py"
    pids = tmp_path / "pids"
    script.write_text(
        "import os, sys, time\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "from plancheck.runner.pool import guarded_map\n"
        "def job(i):\n"
        "    open(sys.argv[1], 'a').write(f'{os.getpid()}\\n')\n"
        "    time.sleep(60)\n"
        "list(guarded_map(job, [1, 2], 2, lambda: None, (), 0, lambda *a: None, lambda n: None, chunk=1))\n",
        encoding="utf-8",
    )
    proc = subprocess.Popen([sys.executable, str(script), str(pids), os.path.dirname(os.path.dirname(__file__))])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (not pids.exists() or len(pids.read_text().split()) < 2):
        time.sleep(0.1)
    workers = [int(p) for p in pids.read_text().split()]
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [p for p in workers if _alive(p)]
    assert not alive


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False
