"""citation_mismatch — a citation nearly matches a corpus document, but not quite.

The corpus holds a document with the cited number but another date or issuer
("23/KH-UBND ngày 05/01/2020" when the district plan 23/KH-UBND is dated
03/01/2020), or with the cited date and issuer but another number ("32/KH-UBND
ngày 03/01/2020 của UBND huyện Mộc Châu" when that day's plan is 23/KH-UBND).
The finding names both, and points at the other document's header.

Options: none.

Pass:  the citation's number, date and issuer agree with the corpus document.
Fail:  one of them differs.
"""

from __future__ import annotations

from plancheck.checks.base import Context, Hit
from plancheck.checks.graph_common import NoOptions, citation_hit, describe, edges_with_status, related

REASONS = {
    "vi": {"number": "số ký hiệu", "date": "ngày ban hành", "issuer": "cơ quan ban hành"},
    "en": {"number": "number", "date": "date", "issuer": "issuer"},
}


Options = NoOptions


def check(ctx: Context, rule) -> list[Hit]:
    words = REASONS.get(ctx.lang, REASONS["vi"])
    hits = []
    for e in edges_with_status(ctx, "mismatch"):
        other = ctx.graph.nodes[e.candidates[0]]
        c = e.citation
        cited = c.number + (f" – {c.date.strftime('%d/%m/%Y')}" if c.date else "")
        hit = citation_hit(e, cited=cited, other=describe(other), differs=", ".join(words[r] for r in e.reasons))
        hit.related.append(related(other))
        hits.append(hit)
    return hits
