"""duplicate_number — two documents of one issuer carry the same number in a year.

A UBND numbers its plans in one series per year, so two corpus documents with
the same number and symbol, the same year and the same issuer are either a
numbering error or a copy under two names; either way every citation of that
number becomes ambiguous.

Options: none.

Pass:  08/KH-UBND and 09/KH-UBND of UBND xã Đông Sang in 2020.
Fail:  two files both "Số: 08/KH-UBND" of UBND xã Đông Sang in 2020.
"""

from __future__ import annotations

from plancheck.checks.base import Context, Hit
from plancheck.checks.graph_common import NoOptions, my_node, related

Options = NoOptions


def check(ctx: Context, rule) -> list[Hit]:
    node = my_node(ctx)
    if node is None or node.id not in ctx.graph.duplicates:
        return []
    others = [ctx.graph.nodes[i] for i in ctx.graph.duplicates[node.id]]
    span = ctx.plan.header.number_line
    a, b = (span.start, span.end) if span else ctx.header_anchor()
    return [
        Hit(
            a,
            b,
            params={"number": node.number, "others": "; ".join(o.path or o.id for o in others)},
            related=[related(o) for o in others],
        )
    ]
