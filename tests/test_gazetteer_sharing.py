"""Two installs share the user cache: one removes another's gazetteer index
only when no process holds it, however old the file looks."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import plancheck.gazetteer.index  # noqa: F401  (the index module, its pruning and load)
from plancheck import gazetteer
from plancheck.gazetteer import inuse

HOLDER = """
import sys, time
from pathlib import Path
from plancheck.gazetteer import inuse
fd = inuse.hold(Path(sys.argv[1]))
print("held" if fd is not None else "no lock", flush=True)
time.sleep(60)
"""


def _old_file(path, days):
    path.write_bytes(b"index")
    past = time.time() - days * 86400
    os.utime(path, (past, past))


def test_an_old_index_held_by_a_running_process_is_kept_then_removed_when_released(tmp_path):
    keep = tmp_path / "gazetteer-3-100-200.sqlite"
    keep.write_bytes(b"ours")
    other = tmp_path / "gazetteer-3-999-111.sqlite"
    _old_file(other, gazetteer.index.STALE_INDEX_DAYS + 5)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(other)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        gazetteer.index._prune(tmp_path, keep)
        assert other.exists(), "removed while another process used it"
    finally:
        holder.kill()
        holder.wait()
    gazetteer.index._prune(tmp_path, keep)
    assert not other.exists() and keep.exists()
    assert inuse.lock_path(other).exists()  # lock files stay: a waiter must never lock a removed file


def test_a_recent_index_and_a_recent_build_stay_an_old_build_goes(tmp_path):
    keep = tmp_path / "gazetteer-3-100-200.sqlite"
    keep.write_bytes(b"ours")
    recent = tmp_path / "gazetteer-3-5-6.sqlite"
    recent.write_bytes(b"theirs")
    building = tmp_path / "gazetteer-3-100-200.sqlite.123.tmp"
    building.write_bytes(b"half")
    cut_short = tmp_path / "gazetteer-3-100-200.sqlite.456.tmp"
    _old_file(cut_short, 1)
    gazetteer.index._prune(tmp_path, keep)
    assert recent.exists() and building.exists() and not cut_short.exists()


def test_this_process_holds_the_index_it_opened():
    g = gazetteer.index.load()
    assert g.path is not None  # vietnamadminunits is a dependency: the index exists
    assert not inuse.remove_if_unused(g.path)
    assert g.path.exists()
