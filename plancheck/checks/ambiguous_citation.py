"""ambiguous_citation — a citation fits two or more corpus documents equally.

Numbers restart every year and every issuer has its own series, so a citation
written without its date or issuer ("Kế hoạch số 05/KH-UBND") may fit several
documents of the run.  plancheck never picks one: it says which ones fit.

Options: none.

Pass:  "Kế hoạch số 05/KH-UBND ngày 17/01/2024 của UBND phường" — one fits.
Fail:  "Kế hoạch số 05/KH-UBND" with two 05/KH-UBND of 2024 in the corpus.
"""

from __future__ import annotations

from plancheck.checks.base import Context, Hit
from plancheck.checks.graph_common import NoOptions, citation_hit, describe, edges_with_status, related

Options = NoOptions


def check(ctx: Context, rule) -> list[Hit]:
    hits = []
    for e in edges_with_status(ctx, "ambiguous"):
        others = [ctx.graph.nodes[i] for i in e.candidates]
        hit = citation_hit(e, candidates="; ".join(describe(o) for o in others), count=len(others))
        hit.related.extend(related(o) for o in others)
        hits.append(hit)
    return hits
