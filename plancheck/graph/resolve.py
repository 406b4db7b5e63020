"""Resolving a citation to a document of the run (eyecite's split: finding citations is
the parser's job, resolving them is this module's).

A citation joins a document only when nothing known disagrees; when a corpus
document has the number but another date or issuer (or the date and issuer
but another number) the edge stays unresolved and records the near miss, and
when two documents fit equally it records the ambiguity.  Two documents are
never merged.
"""

from __future__ import annotations

import datetime as dt

from plancheck.gazetteer.places import locate
from plancheck.gazetteer.units import Place, era_for, has_unit_word, mentions, written_unit_word
from plancheck.graph.nodes import Edge, Node
from plancheck.model import Citation
from plancheck.parse.numbers import citation_year, number_key
from plancheck.vietnamese import fold_plain


def resolve(graph, node: Node, c: Citation, index: NumberIndex, by_date: dict) -> Edge:
    """The edge of one citation: resolved, ambiguous, a near miss, or external."""
    cited_era = era_for(c.date, citation_year(c))
    cited_place = locate(c.issuer, c.issuer_level, cited_era, context=node.place) if c.issuer else None
    key = number_key(c.number)
    year = citation_year(c)
    fits: list[Node] = []
    near: list[tuple[Node, list[str]]] = []
    for t in index.candidates(key, year, c.date, cited_place):
        if t.id == node.id:
            continue
        reasons = []
        if c.date and t.date and c.date != t.date:
            reasons.append("date")
        if not _same_issuer(c, cited_place, t):
            reasons.append("issuer")
        if not reasons:
            fits.append(t)
        elif _confirmed_otherwise(reasons, c, cited_place, t):
            near.append((t, reasons))  # agrees on the number and one more field: a near miss
    if len(fits) == 1:
        return Edge(node.id, fits[0].id, c, "resolved", cited_place=cited_place)
    if len(fits) > 1:
        return Edge(
            node.id,
            graph.external(c, cited_place),
            c,
            "ambiguous",
            candidates=[t.id for t in fits],
            cited_place=cited_place,
        )
    if near:
        t, reasons = near[0]
        return Edge(
            node.id,
            graph.external(c, cited_place),
            c,
            "mismatch",
            candidates=[t.id],
            reasons=reasons,
            cited_place=cited_place,
        )
    if c.date and cited_place is not None:
        same_day = [
            t
            for t in by_date.get(c.date, [])
            if t.id != node.id
            and t.doc_type == c.doc_type
            and t.place is not None
            and t.place.key() == cited_place.key()
        ]
        if len(same_day) > 1:  # namesakes of one province, told apart by their unit word (huyện / thị xã Kỳ Anh)
            word = written_unit_word(c.issuer)
            same_day = [t for t in same_day if word and has_unit_word(t.place, word)]
        if len(same_day) == 1:
            return Edge(
                node.id,
                graph.external(c, cited_place),
                c,
                "mismatch",
                candidates=[same_day[0].id],
                reasons=["number"],
                cited_place=cited_place,
            )
    return Edge(node.id, graph.external(c, cited_place), c, "external", cited_place=cited_place)


class NumberIndex:
    """Documents by number and symbol, then by year, day and issuer's place.

    A citation only needs the documents that could fit it or be a near miss:
    those that agree on the day or on the issuer (a document differing in
    both is simply another document).  With the day and the issuer's place
    known, that is two small buckets instead of every same-numbered plan of
    the year — in a national corpus "01/KH-UBND" of 2024 is hundreds of plans.
    """

    def __init__(self, documents: list[Node]):
        self.order = {n.id: i for i, n in enumerate(documents)}
        self.by_key: dict[tuple, list[Node]] = {}
        self.by_year: dict[tuple, list[Node]] = {}
        self.by_day: dict[tuple, list[Node]] = {}
        self.by_place: dict[tuple, list[Node]] = {}
        self.unplaced: dict[tuple, list[Node]] = {}  # no place: judged by level and unit names
        for n in documents:
            key = number_key(n.number)
            if not key:
                continue
            self.by_key.setdefault(key, []).append(n)
            self.by_year.setdefault((key, n.year), []).append(n)
            self.by_day.setdefault((key, n.date), []).append(n)
            if _placed(n.place):
                self.by_place.setdefault((key, n.year, n.place.key()), []).append(n)
            else:
                self.unplaced.setdefault((key, n.year), []).append(n)

    def candidates(self, key, year: int | None, day: dt.date | None, cited_place: Place | None) -> list[Node]:
        if not key:
            return []
        if year is None:
            return self.by_key.get(key, [])
        if day is None or not _placed(cited_place):
            # numbers restart every year: same year, or a document whose year is unknown
            return self.by_year.get((key, year), []) + self.by_year.get((key, None), [])
        pool = {n.id: n for n in self.by_day.get((key, day), [])}
        for bucket in (
            self.by_place.get((key, year, cited_place.key()), []),
            self.unplaced.get((key, year), []),
            self.by_year.get((key, None), []),
        ):
            pool.update((n.id, n) for n in bucket)
        return sorted(pool.values(), key=lambda n: self.order[n.id])


def _placed(place: Place | None) -> bool:
    return place is not None and bool(place.province)


def _confirmed_otherwise(reasons: list[str], c: Citation, cited_place: Place | None, t: Node) -> bool:
    """A near miss needs positive agreement beyond the number: a wrong date
    with the issuer known to match, or a wrong issuer on the very same day.
    Unknown is not agreement (another unit's 05/KH-UBND of unknown date is
    just another document)."""
    if len(reasons) != 1:
        return False
    if reasons == ["issuer"]:  # and only when the cited issuer is placed: wording alone is no evidence
        return cited_place is not None and c.date is not None and t.date is not None and c.date == t.date
    if cited_place is not None and t.place is not None and cited_place.province and t.place.province:
        return cited_place.key() == t.place.key()
    mine, theirs = _unit_names(c.issuer), _unit_names(t.issuer)
    return bool(mine and theirs and mine & theirs)


def _same_issuer(c: Citation, cited_place: Place | None, t: Node) -> bool:
    """Could the citation's issuer be the candidate's?  Places when both are
    known; else the unit names both texts give ("huyện Vĩnh Thạnh" is not
    "huyện Bến Cầu" even when neither can be placed); else the levels."""
    if cited_place is not None and cited_place.province and t.place is not None and t.place.province:
        return cited_place.key() == t.place.key()
    if c.issuer_level and t.level and c.issuer_level != t.level:
        return False
    mine, theirs = _unit_names(c.issuer), _unit_names(t.issuer)
    if mine and theirs:
        return bool(mine & theirs)
    return True


def _unit_names(issuer: str | None) -> set[str]:
    return {fold_plain(m.name) for m in mentions(issuer or "") if m.name}
