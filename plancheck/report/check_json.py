"""`plancheck check --format json`: the versioned findings contract.

{"version": 1, "files": [...], "graph": {"nodes", "edges"}, "summary": {...}}.
The graph is the run's citation graph (plancheck.graph): documents and the
documents they cite, each edge with its status and the citing line.
"""

from __future__ import annotations

import json

from plancheck import __version__
from plancheck.batch import Run
from plancheck.graph import graph_json
from plancheck.model import dump
from plancheck.report.check_text import summary_counts

CHECK_SCHEMA_VERSION = 1


def results_to_dict(run: Run) -> dict:
    results = run.results
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
            "findings": dump(r.findings),
        })
    return {"version": CHECK_SCHEMA_VERSION, "plancheck": __version__, "files": files,
            "graph": run.graph_json or graph_json(run.graph), "summary": summary_counts(results)}


def render_json(run: Run) -> str:
    return json.dumps(results_to_dict(run), ensure_ascii=False, indent=2) + "\n"
