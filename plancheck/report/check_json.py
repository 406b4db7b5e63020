"""`plancheck check --format json`: the versioned findings contract.

{"version": 1, "files": [...], "graph": {"nodes", "edges"}, "summary": {...}}.
The graph is the run's citation graph (plancheck.graph): documents and the
documents they cite, each edge with its status and the citing line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from plancheck import __version__
from plancheck.graph.export import edge_lines, node_lines
from plancheck.model import dump
from plancheck.report.check_text import rule_statistics, summary_counts
from plancheck.results import Run, document_status, status_counts

CHECK_SCHEMA_VERSION = 3  # 2: each file's status (checked / not_checked / unreadable), the summary's counts of them
# 3: a finding in a PDF or a scan gives its page and the line on it, and says when it stands on OCR text


def file_record(r, fail_on: str = "error") -> dict:
    """One checked document: what it was understood to be, its status, its themes and findings."""
    p = r.plan
    findings, coverage = r.contents()
    status, detail = document_status(r, fail_on)
    return {
        "path": r.path,
        "status": status,
        "passed": (detail == "pass") if status == "checked" else None,
        "not_checked_because": detail if status == "not_checked" else None,
        "kind": p.kind if p else None,
        "doc_type": p.doc_type if p else None,
        "number": p.number if p else None,
        "level": p.level if p else None,
        "year": p.year if p else None,
        "packs": r.packs,
        "themes": [
            {
                "theme": c.theme,
                "label": c.label,
                "covered": c.covered,
                "score": c.score,
                "excerpt": c.excerpt,
                "line": c.line,
            }
            for c in coverage
        ],
        "findings": dump(findings),
    }


def render_json(run: Run, fail_on: str = "error", statistics: bool = False) -> Iterator[str]:
    """The report as pieces of text, one document, node or edge per line.

    Streamed so that a national batch never holds its whole report (hundreds
    of megabytes) as Python objects, and written with the C encoder (an
    indented ``json.dumps`` falls back to the pure-Python one, which took
    longer than checking did).  One record per line also diffs and greps well.
    """
    enc = json.JSONEncoder(ensure_ascii=False).encode
    yield f'{{"version": {CHECK_SCHEMA_VERSION}, "plancheck": {enc(__version__)},\n"files": [\n'
    yield from _lines(enc(file_record(r, fail_on)) for r in run.results)
    if run.graph_lines is not None:
        nodes, edges = run.graph_lines
    else:
        nodes, edges = node_lines(run.graph), edge_lines(run.graph)
    yield '\n],\n"graph": {"nodes": [\n'
    yield from _lines(nodes)
    yield '\n], "edges": [\n'
    yield from _lines(edges)
    if statistics:
        yield f'\n]}},\n"statistics": {enc(rule_statistics(run.results))},'
    else:
        yield "\n]},"
    yield f'\n"summary": {enc({**summary_counts(run.results), **status_counts(run.results, fail_on)})}}}\n'


def _lines(records: Iterator[str]) -> Iterator[str]:
    for i, record in enumerate(records):
        yield (",\n" if i else "") + record
