"""The runner's size limits change how a batch is run, never what it finds.

Past KEEP_FOLDED_LIMIT documents the graph rules fold each text again instead
of keeping phase 1's folded texts; past POOL_PHASE2_LIMIT they run in the main
process and the report's graph is not kept in memory.  A national batch
crosses both (10,000 and 15,000 documents); here the limits are lowered so
that a district's folder crosses them, in one process and in the pool.
"""

from __future__ import annotations

import os

import pytest
from conftest import FIXTURES

from plancheck.checks import GRAPH_KINDS
from plancheck.config import Config
from plancheck.packs import load_builtin_packs
from plancheck.runner import Request, batch, run_request

DISTRICT = os.path.join(FIXTURES, "district")


def _findings(run):
    return [(r.path, [(f.rule, f.line, f.column, f.message) for f in r.findings]) for r in run.results]


def _run(isolate: bool):
    files = sorted(os.path.join(DISTRICT, n) for n in os.listdir(DISTRICT) if n.endswith(".txt"))
    return run_request(Request(files, [], load_builtin_packs(), False, Config(), "vi", jobs=2, isolate=isolate))


@pytest.mark.parametrize("isolate", [False, True], ids=["one process", "pool"])
def test_past_the_limits_a_batch_finds_the_same(monkeypatch, isolate):
    first = _run(isolate)
    assert any(f.kind in GRAPH_KINDS for r in first.results for f in r.findings)  # the graph rules had their say
    within = _findings(first)
    monkeypatch.setattr(batch, "KEEP_FOLDED_LIMIT", 2)
    monkeypatch.setattr(batch, "POOL_PHASE2_LIMIT", 2)
    assert _findings(_run(isolate)) == within
