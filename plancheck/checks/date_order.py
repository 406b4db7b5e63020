"""date_order — a plan is dated before a document it cites.

A plan cannot implement a directive that did not exist yet: a commune plan
dated 02/01/2020 citing the district plan of 03/01/2020 has a wrong date (its
own or the citation's).  Checked on resolved citations, with the dates of the
two documents' headers.

Options: none.

Pass:  the commune plan of 10/01/2020 cites the district plan of 03/01/2020.
Fail:  the commune plan of 02/01/2020 cites it.
"""

from __future__ import annotations

from plancheck.checks.base import Context, Hit
from plancheck.checks.graph_common import NoOptions, citation_hit, describe, my_node, related

Options = NoOptions


def check(ctx: Context, rule) -> list[Hit]:
    node = my_node(ctx)
    if node is None or node.date is None:
        return []
    hits = []
    for e in ctx.graph.edges_from(node.id):
        target = ctx.graph.nodes[e.target]
        if not e.resolved or target.date is None or target.date <= node.date:
            continue
        hit = citation_hit(e, date=node.date.strftime("%d/%m/%Y"), other=describe(target))
        hit.related.append(related(target))
        hits.append(hit)
    return hits
