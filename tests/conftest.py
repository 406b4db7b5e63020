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
