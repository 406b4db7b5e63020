"""`plancheck check --format json`: the versioned findings contract.

{"version": 1, "files": [...], "graph": {"nodes", "edges"}, "summary": {...}}.
The graph here links each document to what it cites (resolved by normalised
number within the run); the citation-graph issue deepens resolution.
"""

from __future__ import annotations

import json

from plancheck import __version__
from plancheck.engine import FileResult
from plancheck.report.check_text import summary_counts

CHECK_SCHEMA_VERSION = 1


def _graph(results: list[FileResult], context: list[FileResult] = ()) -> dict:
    nodes: list[dict] = []
    edges: list[dict] = []
    by_number: dict[str, str] = {}
    for r in [*results, *context]:
        p = r.plan
        nodes.append({
            "id": r.path, "path": r.path, "number": p.number if p else None,
            "date": p.date.isoformat() if p and p.date else None, "issuer": p.issuer if p else None,
            "level": p.level if p else None, "external": False, "corpus": r in context,
        })
        if p and p.number:
            by_number[p.number] = r.path
    external: set[str] = set()
    for r in results:
        if not r.plan:
            continue
        for c in r.plan.citations:
            target = by_number.get(c.number)
            if target is None:
                target = f"{c.number}@{c.issuer or '?'}"
                if target not in external:
                    external.add(target)
                    nodes.append({"id": target, "path": None, "number": c.number,
                                  "date": c.date.isoformat() if c.date else None, "issuer": c.issuer,
                                  "level": c.issuer_level, "external": True})
            edges.append({"source": r.path, "target": target, "resolved": target in by_number.values(),
                          "line": c.line, "text": c.text})
    return {"nodes": nodes, "edges": edges}


def results_to_dict(results: list[FileResult], context: list[FileResult] = ()) -> dict:
    files = []
    for r in results:
        p = r.plan
        files.append({
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
                for c in r.coverage
            ],
            "findings": [f.model_dump(mode="json") for f in r.findings],
        })
    return {"version": CHECK_SCHEMA_VERSION, "plancheck": __version__, "files": files,
            "graph": _graph(results, list(context)), "summary": summary_counts(results)}


def render_json(results: list[FileResult], context: list[FileResult] = ()) -> str:
    return json.dumps(results_to_dict(results, context), ensure_ascii=False, indent=2) + "\n"
