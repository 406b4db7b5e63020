"""Where a document of the run stands: its issuer's unit, narrowed by what the run shows.

A name found in several units ("UBND xã Tân Lập" is in a dozen provinces) is
narrowed by the district and province plans beside it, by the units its
citations name, then by the batch's other upper plans.  Asked lazily, by
:attr:`plancheck.graph.nodes.Node.place`, because many documents never need it.
"""

from __future__ import annotations

import os
from functools import cached_property

from plancheck.gazetteer.places import prefer_written_type
from plancheck.gazetteer.units import UNIT_WORDS, Place, mentions, unit_key
from plancheck.graph.nodes import Node, own_places
from plancheck.model import Citation
from plancheck.vietnamese import fold_plain


def _named_units(citations: list[Citation]) -> set[tuple[str, str]]:
    """(level, folded name) of the provinces and districts a document's
    citations name as issuers: "UBND tỉnh Hòa Bình" names the province, not
    the city of Hòa Bình nor huyện Hòa Bình of Bạc Liêu."""
    named = set()
    for c in citations:
        for m in mentions(c.issuer or ""):
            if m.name:
                level = UNIT_WORDS.get(m.word)  # None: a thành phố, of either level
                named.update((lv, fold_plain(m.name)) for lv in ((level,) if level else ("province", "district")))
    return named


class DocumentPlacer:
    """Places the documents of one graph (it caches what the whole run shows)."""

    def __init__(self, graph) -> None:
        self.graph = graph

    def place(self, node: Node) -> Place | None:
        """A document's own place; a name found in several units is narrowed by
        the units of the district and province plans in its folder and the one
        above it (a batch is a district's folder), then by the units its
        citations name, then by those of the batch's other district and
        province plans."""
        pool = self._own_candidates(node)
        if len(pool) <= 1:
            return pool[0] if pool else None
        here = self._units_near(node)
        named = _named_units(node.plan.citations if node.plan else [])
        units = self._upper_units
        # Each clue, strongest first, narrows what the one before it left;
        # a clue that fits none of the candidates is passed over.  The folder
        # comes before the citations: a commune citing a neighbouring district
        # by mistake is not moved to that district's namesake commune
        # (phường 8 of quận Phú Nhuận citing quận Tân Bình, which has a
        # phường 8 of its own), where the slip would go unseen.
        for fits in (
            lambda p: (p.province, p.district) in here,
            lambda p: ("district", unit_key(p.district)) in named or ("province", unit_key(p.province)) in named,
            # a district's own folder holds itself: the province plan above it tells
            lambda p: node.level == "district" and (p.province, None) in here,
            lambda p: (p.province, p.district) in units,
            lambda p: (p.province, None) in units,
        ):
            narrowed = [p for p in pool if fits(p)]
            if len(narrowed) == 1:
                return narrowed[0]
            pool = narrowed or pool
        narrowed = prefer_written_type(pool, node.issuer)  # last: the data holds each unit's latest type
        return narrowed[0] if len(narrowed) == 1 else None

    def _units_near(self, node: Node) -> set[tuple[str | None, str | None]]:
        """(province, district) of the district and province documents beside
        this one: a batch is a district's folder, its plan beside the commune plans."""
        return {(n.place.province, n.place.district) for n in self._upper_docs_near(node) if n.place}

    @staticmethod
    def _own_candidates(node: Node) -> list[Place]:
        """:func:`own_places` of the node's plan, as the workers found them or now."""
        return list(node._candidates if node._candidates is not None else own_places(node.plan))

    def _upper_docs_near(self, node: Node) -> list[Node]:
        """District/province documents in the node's folder or the folder above it."""
        if not node.path:
            return []
        folder = os.path.dirname(os.path.abspath(node.path))
        return self._upper_by_folder.get(folder, []) + self._upper_by_folder.get(os.path.dirname(folder), [])

    @cached_property
    def _upper_by_folder(self) -> dict[str, list[Node]]:
        out: dict[str, list[Node]] = {}
        for n in self.graph.documents:
            if n.level in ("district", "province") and n.path:
                out.setdefault(os.path.dirname(os.path.abspath(n.path)), []).append(n)
        return out

    @cached_property
    def _upper_units(self) -> set[tuple[str | None, str | None]]:
        out = set()
        for n in self.graph.documents:
            if n.level in ("district", "province"):
                found = self._own_candidates(n)
                if len(found) == 1:
                    out.add((found[0].province, found[0].district))
        return out
