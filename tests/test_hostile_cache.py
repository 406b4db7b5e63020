"""Stores a repository or an upload can write never run code.

A cloned repository may commit a crafted ``.plancheck_cache/`` (``git add -f``);
the user's cache directory may hold compiled packs left by anything.  The
pickles there are forged here the way an attacker would — a payload that
creates a marker file when unpickled — and plancheck must run nothing and
report exactly what it reports without a cache.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
import zlib

from conftest import FIXTURES

DISTRICT = os.path.join(FIXTURES, "district")


class _Payload:
    """Unpickling this creates the marker file: the proof code ran."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def _plancheck(cwd, xdg, *args):
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    env["XDG_CACHE_HOME"] = str(xdg)
    return subprocess.run([sys.executable, "-m", "plancheck", *args], capture_output=True, text=True, cwd=cwd, env=env)


def _forgeries(marker: str) -> list[bytes]:
    """Every shape of entry a forger might try: the old CRC-32 format, an
    unsealed pickle, a tag made with another key, a compressed one."""
    body = pickle.dumps(_Payload(marker))
    crc = b"p" + body
    return [
        crc + zlib.crc32(crc).to_bytes(4, "big"),
        b"p" + body,
        os.urandom(32) + b"p" + body,
        os.urandom(32) + b"z" + zlib.compress(body),
        body,
    ]


def test_a_committed_cache_runs_no_code_and_changes_no_finding(tmp_path):
    folder = tmp_path / "repo" / "huyen"
    shutil.copytree(DISTRICT, folder)
    repo = tmp_path / "repo"
    attacker, victim = tmp_path / "attacker-home", tmp_path / "victim-home"
    expected = _plancheck(repo, victim, "check", "huyen", "--no-cache", "--format", "json")
    # The attacker runs plancheck with a key of their own, then replaces every
    # entry of the cache they will commit with a payload.
    _plancheck(repo, attacker, "check", "huyen", "--format", "json")
    _plancheck(repo, attacker, "check", "huyen")
    store = repo / ".plancheck_cache" / "cache.sqlite3"
    marker = tmp_path / "code-ran"
    con = sqlite3.connect(store)
    tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name != 'meta'")]
    forged = 0
    for table in tables:
        keys = [k for (k,) in con.execute(f"SELECT k FROM {table}")]
        for i, k in enumerate(keys):
            con.execute(f"UPDATE {table} SET v=? WHERE k=?", (_forgeries(str(marker))[i % 5], k))
            forged += 1
    con.commit()
    con.close()
    assert forged > 20
    for fmt in ("json", "text"):
        got = _plancheck(repo, victim, "check", "huyen", "--format", fmt)
        assert not marker.exists(), "a forged cache entry was unpickled"
        assert "Traceback" not in got.stderr
        if fmt == "json":
            assert (got.stdout, got.returncode) == (expected.stdout, expected.returncode)
            assert got.returncode == 1 and "CG102" in got.stdout  # the planted defects are still reported
    # the victim's own cache still works: an unchanged run is answered the same
    again = _plancheck(repo, victim, "check", "huyen", "--format", "json")
    assert (again.stdout, again.returncode) == (expected.stdout, expected.returncode)


def test_an_authentic_entry_moved_to_another_row_is_not_trusted(tmp_path, monkeypatch):
    """The seal binds an entry to its table and key: a sound plan's result
    copied over a defective plan's is a miss, not a pass."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home"))
    from plancheck.store import sealed
    from plancheck.store.cache import Cache

    sealed.secret.cache_clear()
    try:
        cache = Cache(str(tmp_path))
        cache.put_many("files", [("sound", {"findings": []}), ("defective", {"findings": ["CG102"]})])
        con = sqlite3.connect(tmp_path / ".plancheck_cache" / "cache.sqlite3")
        sound = con.execute("SELECT v FROM files WHERE k='sound'").fetchone()[0]
        con.execute("UPDATE files SET v=? WHERE k='defective'", (sound,))
        con.commit()
        con.close()
        assert cache.get("files", "sound") == {"findings": []}
        assert cache.get("files", "defective") is None
        cache.close()
    finally:
        sealed.secret.cache_clear()


def test_the_key_is_private_and_a_shared_one_is_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    from plancheck.store import sealed

    sealed.secret.cache_clear()
    try:
        first = sealed.secret()
        path = tmp_path / "plancheck" / sealed.KEY_NAME
        assert path.stat().st_mode & 0o777 == 0o600
        sealed.secret.cache_clear()
        assert sealed.secret() == first  # kept across runs
        os.chmod(path, 0o644)  # readable by others: no longer a secret
        sealed.secret.cache_clear()
        assert sealed.secret() != first
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        sealed.secret.cache_clear()


def test_forged_compiled_packs_in_the_user_cache_run_no_code(tmp_path):
    home = tmp_path / "home"
    plan = os.path.join(DISTRICT, "xa-chieng-hac.txt")
    expected = _plancheck(tmp_path, home, "check", plan, "--no-cache")
    packs = home / "plancheck" / "packs"
    names = sorted(os.listdir(packs))
    assert names, "the compiled packs were not cached"
    marker = tmp_path / "code-ran"
    for i, name in enumerate(names):
        (packs / name).write_bytes(_forgeries(str(marker))[i % 5])
    got = _plancheck(tmp_path, home, "check", plan, "--no-cache")
    assert not marker.exists(), "a forged compiled pack was unpickled"
    assert (got.stdout, got.returncode) == (expected.stdout, expected.returncode)
