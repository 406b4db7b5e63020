"""wrong_parent — the plan cites the plan of a unit that is not its own parent.

A commune of huyện Mộc Châu implements Mộc Châu's plan, not Vân Hồ's.  The
document's own place comes from the gazetteer (a commune's district is known
even when its text omits it); the cited unit from the citation's issuer or,
when resolved, from the cited document.  From 1 July 2025 the parent of a
commune is its province, and a province merged into it in 2025 counts as its
own.

Options:
  levels: [district, province]   which cited levels are compared

Pass:  xã Đông Sang (huyện Mộc Châu) citing UBND huyện Mộc Châu.
Fail:  xã Chiềng Chung (huyện Mộc Châu) citing "Kế hoạch ... của UBND huyện Vân Hồ".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plancheck.checks.base import Context, Hit
from plancheck.checks.graph_common import citation_hit, my_node, related
from plancheck.gazetteer.index import load
from plancheck.gazetteer.units import unit_key
from plancheck.model import LEVEL_RANK
from plancheck.validation.constraints import STRICT


@dataclass
class Options:
    __pydantic_config__ = STRICT
    levels: list[str] = field(default_factory=lambda: ["district", "province"])


def _same(level: str, mine, cited, era: str) -> bool | None:
    """True/False when both places name the unit at ``level``, else None."""
    if level == "district":
        if not (mine.district and cited.district):
            return None
        return unit_key(mine.district) == unit_key(cited.district) and unit_key(mine.province) == unit_key(
            cited.province
        )
    if not (mine.province and cited.province):
        return None
    if unit_key(mine.province) == unit_key(cited.province):
        return True
    if era == "2025":  # a province merged into mine in 2025 is mine
        return load().new_province_of(cited.province or "") == (unit_key(mine.province) or "").replace(" ", "")
    return False


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    node = my_node(ctx)
    if node is None or node.level is None:
        return []
    mine = node.place
    if mine is None:
        return []
    hits = []
    for e in ctx.graph.edges_from(node.id):
        level = e.citation.issuer_level
        if level not in opts.levels or LEVEL_RANK.get(level, -1) <= LEVEL_RANK.get(node.level, -1):
            continue
        target = ctx.graph.nodes[e.target]
        cited = target.place if e.resolved else e.cited_place
        if cited is None or _same(level, mine, cited, node.era) is not False:
            continue
        hit = citation_hit(e, mine=mine.label(), cited_unit=cited.label())
        if e.resolved:
            hit.related.append(related(target))
        hits.append(hit)
    return hits
