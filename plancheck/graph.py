"""The citation graph of a run: which document cites which, resolved.

Every document of the run (checked paths and ``--corpus`` context) is a node;
every cited document that is not in the corpus is an external node; every
citation is an edge carrying where it stands in the citing document.

Resolution (eyecite's split: finding citations is the parser's job, resolving
them is this module's) keys documents on their normalised number and symbol
("05/KH – UBND" → 5/KH-UBND), then checks the year, the date and the issuer's
place.  A citation joins a document only when nothing known disagrees; when a
corpus document has the number but another date or issuer (or the date and
issuer but another number) the edge stays unresolved and records the near
miss, and when two documents fit equally it records the ambiguity.  Two
documents are never merged.

Adjacency is kept in plain dicts so a one-file run never imports networkx;
:attr:`CitationGraph.cycles` builds a ``DiGraph`` only when it is asked.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from functools import cached_property

from plancheck.gazetteer import (
    UNIT_WORDS,
    Place,
    era_for,
    has_unit_word,
    locate,
    mentions,
    places,
    prefer_written_type,
    unit_key,
    written_unit_word,
)
from plancheck.gcpause import paused_gc
from plancheck.model import Citation, Plan
from plancheck.vietnamese import fold_plain

LEVEL_RANK = {"commune": 0, "district": 1, "province": 2, "central": 3}
PLAN_TYPES = ("KH", "CTr", "ĐA", "PA", "QĐ", "NQ", "CT", "HD")


def number_key(number: str | None) -> tuple[str, str] | None:
    """(serial without leading zeros, folded symbol): "05/KH – UBND" → ("5", "kh-ubnd")."""
    if not number:
        return None
    serial, _, symbol = number.partition("/")
    serial = serial.strip().lstrip("0") or "0"
    symbol = re.sub(r"\s+", "", symbol)
    symbol = re.sub(r"[\u2010-\u2015]", "-", symbol)
    symbol = re.sub(r"^\d{4}/", "", symbol)  # "93/2021/NQ-HĐND": the year is compared apart
    return serial, fold_plain(symbol).replace(" ", "")


@dataclass(slots=True)
class Node:
    id: str
    path: str | None
    doc_type: str | None
    number: str | None
    date: dt.date | None
    year: int | None
    issuer: str | None
    level: str | None
    external: bool
    corpus_only: bool = False
    title: str | None = None
    plan: Plan | None = field(default=None, repr=False)
    _place: Place | None = field(default=None, repr=False)
    _placed: bool = field(default=False, repr=False)
    _graph: CitationGraph | None = field(default=None, repr=False)
    _candidates: tuple[Place, ...] | None = field(default=None, repr=False)  # own_places, when known

    @property
    def era(self) -> str:
        return era_for(self.date, self.year)

    @property
    def place(self) -> Place | None:
        """The issuer's place, looked up in the gazetteer on first use."""
        if not self._placed:
            self._placed = True
            self._place = self._graph.place_document(self) if self._graph else None
        return self._place


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    citation: Citation
    status: str  # resolved | external | mismatch | ambiguous
    candidates: list[str] = field(default_factory=list)  # other documents involved
    reasons: list[str] = field(default_factory=list)  # mismatch: number | date | issuer
    cited_place: Place | None = None

    @property
    def resolved(self) -> bool:
        return self.status == "resolved"


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


def plan_year(plan: Plan) -> int | None:
    if plan.date:
        return plan.date.year
    return plan.year


def own_places(plan: Plan) -> tuple[Place, ...]:
    """Every unit a document's issuer may name, before the corpus narrows
    them: what the graph first asks of each document.  Found by the workers
    beside the local checks, so that the main process, which builds the
    graph alone, does not query the gazetteer once per document."""
    return tuple(places(plan.issuer, plan.level, era_for(plan.date, plan_year(plan)), hint=plan.title))


def citation_year(c: Citation) -> int | None:
    return c.date.year if c.date else c.year_in_number


class CitationGraph:
    """Nodes, edges and the lookups the graph checks need."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: list[Edge] = []
        self.out: dict[str, list[Edge]] = {}
        self.duplicates: dict[str, list[str]] = {}

    # building ---------------------------------------------------------------
    @classmethod
    def build(cls, plans: list[tuple[Plan, bool]], known_places: dict | None = None) -> CitationGraph:
        """``plans``: (plan, corpus_only) for every readable document of the run;
        ``known_places``: path → :func:`own_places`, where the workers found them."""
        with paused_gc():
            return cls._build(plans, known_places or {})

    @classmethod
    def _build(cls, plans: list[tuple[Plan, bool]], known_places: dict) -> CitationGraph:
        g = cls()
        for plan, corpus_only in plans:
            node = Node(plan.path, plan.path, plan.doc_type, plan.number, plan.date, plan_year(plan),
                        plan.issuer, plan.level, False, corpus_only, plan.title, plan, _graph=g,
                        _candidates=known_places.get(plan.path))
            g.nodes[node.id] = node
            g.out[node.id] = []
        index = _NumberIndex(g.documents)  # after every node exists: places look at the whole run
        by_date: dict[dt.date, list[Node]] = {}
        for node in g.documents:
            if node.date:
                by_date.setdefault(node.date, []).append(node)
        g._find_duplicates(index.by_key)
        for node in g.documents:
            for c in node.plan.citations if node.plan else []:
                g._add_edge(g._resolve(node, c, index, by_date))
        return g

    def _find_duplicates(self, by_key: dict) -> None:
        for nodes in by_key.values():
            if len(nodes) < 2:
                continue
            groups: dict[tuple, list[Node]] = {}
            for n in nodes:
                groups.setdefault((n.year, self._issuer_identity(n)), []).append(n)
            for (year, who), same in groups.items():
                if len(same) > 1 and year is not None and who is not None:
                    for n in same:
                        self.duplicates[n.id] = [o.id for o in same if o is not n]

    def place_document(self, node: Node) -> Place | None:
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
        for n in self.documents:
            if n.level in ("district", "province") and n.path:
                out.setdefault(os.path.dirname(os.path.abspath(n.path)), []).append(n)
        return out

    @cached_property
    def _upper_units(self) -> set[tuple[str | None, str | None]]:
        out = set()
        for n in self.documents:
            if n.level in ("district", "province"):
                found = self._own_candidates(n)
                if len(found) == 1:
                    out.add((found[0].province, found[0].district))
        return out

    @staticmethod
    def _issuer_identity(n: Node) -> tuple | None:
        if n.place is not None and n.place.province:
            # its full names, unit types and all: a district may hold a thị trấn and
            # a xã of one name (Thị trấn Thạnh An and Xã Thạnh An, huyện Vĩnh Thạnh)
            return n.place.level, n.place.label()
        return ("text", " ".join(n.issuer.lower().split())) if n.issuer else None  # keep diacritics: Đông ≠ Đồng

    def _resolve(self, node: Node, c: Citation, index: _NumberIndex, by_date: dict) -> Edge:
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
            return Edge(node.id, self._external(c, cited_place), c, "ambiguous",
                        candidates=[t.id for t in fits], cited_place=cited_place)
        if near:
            t, reasons = near[0]
            return Edge(node.id, self._external(c, cited_place), c, "mismatch",
                        candidates=[t.id], reasons=reasons, cited_place=cited_place)
        if c.date and cited_place is not None:
            same_day = [t for t in by_date.get(c.date, []) if t.id != node.id and t.doc_type == c.doc_type
                        and t.place is not None and t.place.key() == cited_place.key()]
            if len(same_day) > 1:  # namesakes of one province, told apart by their unit word (huyện / thị xã Kỳ Anh)
                word = written_unit_word(c.issuer)
                same_day = [t for t in same_day if word and has_unit_word(t.place, word)]
            if len(same_day) == 1:
                return Edge(node.id, self._external(c, cited_place), c, "mismatch",
                            candidates=[same_day[0].id], reasons=["number"], cited_place=cited_place)
        return Edge(node.id, self._external(c, cited_place), c, "external", cited_place=cited_place)

    def _external(self, c: Citation, place: Place | None) -> str:
        who = place.label() if place else (c.issuer or "?")
        node_id = f"{c.number} ({c.date.isoformat() if c.date else citation_year(c) or '?'}, {who})"
        if node_id not in self.nodes:
            self.nodes[node_id] = Node(node_id, None, c.doc_type, c.number, c.date, citation_year(c),
                                       c.issuer, c.issuer_level, True, _place=place, _placed=True)
            self.out[node_id] = []
        return node_id

    def _add_edge(self, edge: Edge) -> None:
        self.edges.append(edge)
        self.out[edge.source].append(edge)

    # queries ------------------------------------------------------------------
    @property
    def documents(self) -> list[Node]:
        return [n for n in self.nodes.values() if not n.external]

    @cached_property
    def level_counts(self) -> dict[str | None, int]:
        """How many documents of the run stand at each level (asked once per
        document by the graph rules, counted once: the list is the batch's size)."""
        counts: dict[str | None, int] = {}
        for n in self.documents:
            counts[n.level] = counts.get(n.level, 0) + 1
        return counts

    def edges_from(self, node_id: str) -> list[Edge]:
        return self.out.get(node_id, [])

    def parents(self, node_id: str) -> list[Node]:
        """Resolved documents of a higher level that this one cites, nearest level first."""
        me = self.nodes[node_id]
        rank = LEVEL_RANK.get(me.level or "", -1)
        ups = [self.nodes[e.target] for e in self.edges_from(node_id) if e.resolved]
        ups = [u for u in ups if LEVEL_RANK.get(u.level or "", -1) > rank and u.doc_type in PLAN_TYPES]
        ups.sort(key=lambda u: (LEVEL_RANK[u.level], 0 if u.doc_type == "KH" else 1))
        seen: list[Node] = []
        for u in ups:
            if u not in seen:
                seen.append(u)
        return seen

    @cached_property
    def cycles(self) -> dict[str, list[str]]:
        """node → the other documents of its citation cycle (strongly connected component)."""
        found: dict[str, list[str]] = {}
        resolved = [e for e in self.edges if e.resolved]
        for e in resolved:
            if e.source == e.target:
                found[e.source] = [e.source]
        if len(self.documents) < 2 or not resolved:
            return found
        with paused_gc():  # importing networkx beside a batch's plans is slow with the collector on
            import networkx as nx

            g = nx.DiGraph()  # bare edges: cycles need no attributes
            g.add_edges_from((e.source, e.target) for e in resolved)
            components = list(nx.strongly_connected_components(g))
        for comp in components:
            if len(comp) > 1:
                for n in comp:
                    found[n] = sorted(comp - {n})
        return found


class _NumberIndex:
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
        for bucket in (self.by_place.get((key, year, cited_place.key()), []), self.unplaced.get((key, year), []),
                       self.by_year.get((key, None), [])):
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


def node_attrs(n: Node) -> dict:
    """A node as plain JSON-ready values (the `graph` of check/graph output)."""
    place = n.place
    return {
        "id": n.id, "path": n.path, "doc_type": n.doc_type, "number": n.number,
        "date": n.date.isoformat() if n.date else None, "issuer": n.issuer, "level": n.level,
        "place": place.label() if place else None, "external": n.external, "corpus": n.corpus_only,
    }


def edge_attrs(e: Edge) -> dict:
    return {
        "source": e.source, "target": e.target, "resolved": e.resolved, "status": e.status,
        "line": e.citation.line, "column": e.citation.span.column, "text": e.citation.text,
        "candidates": e.candidates, "reasons": e.reasons,
    }


def node_lines(graph: CitationGraph):
    """Each node as one compact JSON text, made as it is taken: what the check
    report prints and the cache keeps, never all held at once."""
    enc = _encoder()
    return (enc(node_attrs(n)) for n in graph.nodes.values())


def edge_lines(graph: CitationGraph):
    """Each edge as one compact JSON text (see :func:`node_lines`)."""
    enc = _encoder()
    return (enc(edge_attrs(e)) for e in graph.edges)


def _encoder():
    import json

    return json.JSONEncoder(ensure_ascii=False).encode


def graph_json(graph: CitationGraph) -> dict:
    """Nodes and edges as plain JSON values (the `graph` of the check JSON)."""
    return {"nodes": [node_attrs(n) for n in graph.nodes.values()], "edges": [edge_attrs(e) for e in graph.edges]}
