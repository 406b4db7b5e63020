"""A chunk's part of the citation graph (what a cluster worker receives in
phase 2) gives each document the graph findings the whole graph gives it."""

from __future__ import annotations

from pathlib import Path

from plancheck.config import Config
from plancheck.engine.check import graph_findings
from plancheck.packs import load_builtin_packs
from tests.runs import check_paths

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_chunks_view_gives_the_whole_graphs_findings():
    files = sorted(str(p) for p in (FIXTURES / "district").glob("*.txt")) + sorted(
        str(p) for p in (FIXTURES / "seeds").glob("*") if p.suffix in (".txt", ".md", ".docx")
    )
    packs = load_builtin_packs()
    run = check_paths(files, packs=packs)
    graph = run.graph
    checked = [r for r in run.results if r.plan is not None and r.path in graph.nodes]
    assert len(checked) >= 10
    chunks = [[r.path] for r in checked] + [[r.path for r in checked[::2]], [r.path for r in checked[1::2]]]
    seen: set[str] = set()
    for chunk in chunks:
        part = graph.view(chunk)
        assert {n.id for n in part.documents} == set(chunk)
        for r in checked:
            if r.path not in chunk:
                continue
            whole = graph_findings(r.plan, None, r.packs, graph, packs, Config(), "vi")
            narrow = graph_findings(r.plan, None, r.packs, part, packs, Config(), "vi")
            assert narrow == whole, r.path
            seen |= {f.kind for f in whole[0]}
    # the defects planted in the district (fixtures/district/README.md), each a graph kind
    planted = {"citation_mismatch", "inherited_theme", "skip_level", "wrong_parent", "parent_resolved", "date_order"}
    assert planted <= seen, planted - seen
