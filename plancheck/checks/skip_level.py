"""skip_level — the plan cites a level above its parent but not its parent.

Before 1 July 2025 a commune plan implements its district's plan; a commune
plan whose only higher citation is the province plan has skipped a level (and
very likely missed what the district added).  From 1 July 2025 there are no
districts, so the chain is commune → province and nothing is skipped there.
Judged from the cited issuers' levels, resolved or not.

Options:
  doc_types: [KH, CTr, QĐ]   cited types that count
  expect / expect_after_2025: level → parent level, as in parent_citation

Pass:  a 2020 xã plan citing "Kế hoạch số 23/KH-UBND ... của UBND huyện Mộc Châu".
Fail:  a 2020 xã plan citing only "Kế hoạch số 245/KH-UBND ... của UBND tỉnh Sơn La".
"""

from __future__ import annotations

from plancheck.checks.base import Context, Hit
from plancheck.checks.graph_common import citation_hit, level_word
from plancheck.checks.parent_resolved import Options, parent_level_and_edges
from plancheck.model import LEVEL_RANK

__all__ = ["Options", "check"]


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    found = parent_level_and_edges(ctx, opts)
    if found is None:
        return []
    _, wanted, edges = found
    levels = {e.citation.issuer_level for e in edges}
    if wanted in levels:
        return []
    above = [e for e in edges if LEVEL_RANK.get(e.citation.issuer_level or "", -1) > LEVEL_RANK[wanted]]
    if not above:
        return []
    e = above[0]
    return [
        citation_hit(e, level=level_word(wanted, ctx.lang), cited_level=level_word(e.citation.issuer_level, ctx.lang))
    ]
