"""inherited_reporting — the reporting duty the parent lays on this level appears here.

When the parent plan says "UBND các xã, thị trấn ... định kỳ hàng quý, 6
tháng, năm báo cáo kết quả về UBND huyện", each commune plan under it must set
up reporting at those periods.  The parent's statements are those whose
paragraph names the child's level ("các xã", "cấp huyện" ...); the periods
compared are the named ones (monthly, quarterly, 6-monthly, yearly).

Options: none.

Pass:  the commune plan: "định kỳ hàng quý, 6 tháng, năm báo cáo ... về UBND huyện".
Fail:  the commune plan reports only "hằng năm".
"""

from __future__ import annotations

from plancheck.checks.base import Context, Hit
from plancheck.checks.graph_common import NoOptions, describe, my_node, related
from plancheck.checks.reporting_cadence import PERIOD_WORDS

NAMED = ("monthly", "quarterly", "semiannual", "annual")


Options = NoOptions


def check(ctx: Context, rule) -> list[Hit]:
    node = my_node(ctx)
    if node is None:
        return []
    for parent in ctx.graph.parents(node.id):
        duties = [r for r in parent.plan.reporting if r.audience == node.level] if parent.plan else []
        if duties:
            break
    else:
        return []
    required = [p for p in NAMED if any(p in r.periods for r in duties)]
    found = {p for r in ctx.plan.reporting for p in r.periods}
    missing = [p for p in required if p not in found]
    if not missing:
        return []
    words = PERIOD_WORDS.get(ctx.lang, PERIOD_WORDS["vi"])
    own = ctx.plan.reporting[0].span if ctx.plan.reporting else None
    a, b = (own.start, own.end) if own else ctx.header_anchor()
    return [
        Hit(
            a,
            b,
            params={"missing": ", ".join(words[p] for p in missing), "parent": describe(parent)},
            related=[related(parent, duties[0].line, duties[0].text)],
        )
    ]
