"""parent_resolved — the parent plan the document cites is in the corpus.

A citation of the level above (a commune plan's "Kế hoạch số 23/KH-UBND ...
của UBND huyện Mộc Châu") should resolve to a document of the run, so the
chain can be followed and the child judged against it.  When the run holds
no document of the parent's level (one plan checked alone, or a district's
folder without the central texts) the finding is an info: absence proves
nothing there.  A
citation that nearly matches a corpus document is reported by
``citation_mismatch`` / ``ambiguous_citation`` instead, not twice.

Options:
  doc_types: [KH, CTr, QĐ]   cited types that count as the parent plan
  expect / expect_after_2025: level → parent level, as in parent_citation

Pass:  the district plan 23/KH-UBND is in the folder checked with the commune plan.
Fail:  it is not (error in a batch, info when the commune plan is checked alone).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plancheck.checks.base import Context, Hit
from plancheck.checks.graph_common import citation_hit, level_word, my_node
from plancheck.validation.constraints import STRICT

DEFAULT_EXPECT = {"commune": "district", "district": "province", "province": "central"}
DEFAULT_EXPECT_2025 = {"commune": "province", "province": "central"}


@dataclass
class Options:
    __pydantic_config__ = STRICT
    doc_types: list[str] = field(default_factory=lambda: ["KH", "CTr", "QĐ"])
    expect: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_EXPECT))
    expect_after_2025: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_EXPECT_2025))


def parent_level_and_edges(ctx: Context, opts: Options):
    """(this document's node, the level its parent should be at, its citations
    of the counted types), or None when the document has no parent level."""
    node = my_node(ctx)
    if node is None:
        return None
    table = opts.expect_after_2025 if node.era == "2025" else opts.expect
    wanted = table.get(node.level or "")
    if not wanted:
        return None
    return node, wanted, [e for e in ctx.graph.edges_from(node.id) if e.citation.doc_type in opts.doc_types]


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    found = parent_level_and_edges(ctx, opts)
    if found is None:
        return []
    node, wanted, edges = found
    parents = [e for e in edges if e.citation.issuer_level == wanted]
    if not parents or any(e.status != "external" for e in parents):
        return []
    # Without any document of the parent's level in the run, absence proves nothing.
    evidence = ctx.graph.level_counts.get(wanted, 0) - (1 if node.level == wanted else 0) > 0
    hits = []
    for e in parents:
        hit = citation_hit(e, level=level_word(wanted, ctx.lang))
        if not evidence:
            hit.severity = "info"
        hits.append(hit)
    return hits
