"""citation_cycle — documents that cite each other in a circle.

Plans implement the plans above them, so following "căn cứ" upward must end.
A cycle (A cites B, B cites A, possibly through others) means a number or a
date is wrong somewhere.  Found with strongly connected components over the
resolved citations, in time linear in the graph.

Options: none.

Pass:  commune → district → province.
Fail:  the district plan cites the commune plan that cites it.
"""

from __future__ import annotations

from plancheck.checks.base import Context, Hit
from plancheck.checks.graph_common import NoOptions, citation_hit, my_node, related

Options = NoOptions


def check(ctx: Context, rule) -> list[Hit]:
    node = my_node(ctx)
    if node is None:
        return []
    others = ctx.graph.cycles.get(node.id)
    if not others:
        return []
    members = set(others) | {node.id}
    for e in ctx.graph.edges_from(node.id):
        if e.resolved and e.target in members:
            hit = citation_hit(e, cycle=" → ".join([node.id, *others]))
            hit.related.extend(related(ctx.graph.nodes[o]) for o in others if o != node.id)
            return [hit]
    return []
