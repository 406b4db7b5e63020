"""Shared test helpers: fixture paths and a parse-a-file shortcut."""

from __future__ import annotations

import os
import tempfile

import pytest

# Every test runs with a user cache of its own (the gazetteer's index, compiled
# packs, the OCR cache, the sealing key): never the user's ~/.cache.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="plancheck-test-cache-")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "fixtures")
SEEDS = os.path.join(FIXTURES, "seeds")


def seed_path(prefix: str) -> str:
    for name in os.listdir(SEEDS):
        if name.startswith(prefix):
            return os.path.join(SEEDS, name)
    raise FileNotFoundError(prefix)


def fixture(*parts: str) -> str:
    return os.path.join(FIXTURES, *parts)


@pytest.fixture(scope="session")
def parsed():
    """Parse a fixture once per session: parsed(path) -> Plan."""
    from plancheck.ingest import read_source
    from plancheck.parse import parse

    cache: dict[str, object] = {}

    def get(path: str):
        if path not in cache:
            cache[path] = parse(read_source(path))
        return cache[path]

    return get


def _working_folder(base) -> str:
    work = base / "cwd"
    work.mkdir()
    (work / "fixtures").symlink_to(FIXTURES, target_is_directory=True)
    return str(work)


@pytest.fixture(scope="session", autouse=True)
def _session_working_folder(tmp_path_factory):
    """Module- and session-wide fixtures run here, not in the checkout (see below)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(_working_folder(tmp_path_factory.mktemp("session")))
        yield


@pytest.fixture(autouse=True)
def _own_working_folder(tmp_path, monkeypatch):
    """Every test runs in a folder of its own: a check that keeps a result cache
    (``.plancheck_cache/`` in the working folder) never writes into the checkout.
    The fixtures are linked there, so that a test names them as a user does
    (``fixtures/seeds``) and reports show those relative paths."""
    monkeypatch.chdir(_working_folder(tmp_path))
