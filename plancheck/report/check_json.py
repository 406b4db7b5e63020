"""`plancheck check --format json`: the versioned findings contract.

{"version": 1, "files": [...], "graph": {"nodes", "edges"}, "summary": {...}}.
The graph is the run's citation graph (plancheck.graph): documents and the
documents they cite, each edge with its status and the citing line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from plancheck import __version__
from plancheck.batch import Run
from plancheck.graph import edge_lines, node_lines
from plancheck.model import dump
from plancheck.report.check_text import summary_counts

CHECK_SCHEMA_VERSION = 1


def file_record(r) -> dict:
    """One checked document: what it was understood to be, its themes and findings."""
    p = r.plan
    findings, coverage = r.contents()
    return {
        "path": r.path,
        "kind": p.kind if p else None,
        "doc_type": p.doc_type if p else None,
        "number": p.number if p else None,
        "level": p.level if p else None,
        "year": p.year if p else None,
        "packs": r.packs,
        "themes": [
            {"theme": c.theme, "label": c.label, "covered": c.covered, "score": c.score,
             "excerpt": c.excerpt, "line": c.line}
            for c in coverage
        ],
        "findings": dump(findings),
    }


def render_json(run: Run) -> Iterator[str]:
    """The report as pieces of text, one document, node or edge per line.

    Streamed so that a national batch never holds its whole report (hundreds
    of megabytes) as Python objects, and written with the C encoder (an
    indented ``json.dumps`` falls back to the pure-Python one, which took
    longer than checking did).  One record per line also diffs and greps well.
    """
    enc = json.JSONEncoder(ensure_ascii=False).encode
    yield f'{{"version": {CHECK_SCHEMA_VERSION}, "plancheck": {enc(__version__)},\n"files": [\n'
    yield from _lines(enc(file_record(r)) for r in run.results)
    if run.graph_lines is not None:
        nodes, edges = run.graph_lines
    else:
        nodes, edges = node_lines(run.graph), edge_lines(run.graph)
    yield '\n],\n"graph": {"nodes": [\n'
    yield from _lines(nodes)
    yield '\n], "edges": [\n'
    yield from _lines(edges)
    yield f'\n]}},\n"summary": {enc(summary_counts(run.results))}}}\n'


def _lines(records: Iterator[str]) -> Iterator[str]:
    for i, record in enumerate(records):
        yield (",\n" if i else "") + record
