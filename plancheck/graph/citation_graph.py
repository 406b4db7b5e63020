"""The citation graph of a run: which document cites which, resolved.

Every document of the run (checked paths and ``--corpus`` context) is a node;
every cited document that is not in the corpus is an external node; every
citation is an edge carrying where it stands in the citing document.
Adjacency is kept in plain dicts so a one-file run never imports networkx;
:attr:`CitationGraph.cycles` builds a ``DiGraph`` only when it is asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cached_property

from plancheck.gazetteer.units import Place
from plancheck.graph.nodes import PLAN_TYPES, Edge, Node
from plancheck.graph.placing import DocumentPlacer
from plancheck.graph.resolve import NumberIndex, resolve
from plancheck.model import LEVEL_RANK, Citation, Plan
from plancheck.parse.numbers import citation_year, plan_year


class CitationGraph:
    """Nodes, edges and the lookups the graph checks need."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: list[Edge] = []
        self.out: dict[str, list[Edge]] = {}
        self.duplicates: dict[str, list[str]] = {}
        self._placer = DocumentPlacer(self)
        self._documents: list[Node] | None = None

    # building ---------------------------------------------------------------
    @classmethod
    def build(cls, plans: list[tuple[Plan, bool]], known_places: dict | None = None) -> CitationGraph:
        """``plans``: (plan, corpus_only) for every readable document of the run;
        ``known_places``: path → :func:`own_places`, where the workers found them.
        A caller building the graph of a large batch pauses the cycle collector
        around it (:func:`plancheck.gcpause.paused_gc`), as the runner does."""
        known_places = known_places or {}
        g = cls()
        for plan, corpus_only in plans:
            node = Node(
                plan.path,
                plan.path,
                plan.doc_type,
                plan.number,
                plan.date,
                plan_year(plan),
                plan.issuer,
                plan.level,
                False,
                corpus_only,
                plan.title,
                plan,
                _graph=g,
                _candidates=known_places.get(plan.path),
            )
            g.nodes[node.id] = node
            g.out[node.id] = []
        index = NumberIndex(g.documents)  # after every node exists: places look at the whole run
        by_date: dict[dt.date, list[Node]] = {}
        for node in g.documents:
            if node.date:
                by_date.setdefault(node.date, []).append(node)
        g._find_duplicates(index.by_key)
        for node in g.documents:
            for c in node.plan.citations if node.plan else []:
                g._add_edge(resolve(g, node, c, index, by_date))
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
        """A document's own place (see :mod:`plancheck.graph.placing`), asked by :attr:`Node.place`."""
        return self._placer.place(node)

    @staticmethod
    def _issuer_identity(n: Node) -> tuple | None:
        if n.place is not None and n.place.province:
            # its full names, unit types and all: a district may hold a thị trấn and
            # a xã of one name (Thị trấn Thạnh An and Xã Thạnh An, huyện Vĩnh Thạnh)
            return n.place.level, n.place.label()
        return ("text", " ".join(n.issuer.lower().split())) if n.issuer else None  # keep diacritics: Đông ≠ Đồng

    def external(self, c: Citation, place: Place | None) -> str:
        who = place.label() if place else (c.issuer or "?")
        node_id = f"{c.number} ({c.date.isoformat() if c.date else citation_year(c) or '?'}, {who})"
        if node_id not in self.nodes:
            self.nodes[node_id] = Node(
                node_id,
                None,
                c.doc_type,
                c.number,
                c.date,
                citation_year(c),
                c.issuer,
                c.issuer_level,
                True,
                _place=place,
                _placed=True,
            )
            self.out[node_id] = []
        return node_id

    def _add_edge(self, edge: Edge) -> None:
        self.edges.append(edge)
        self.out[edge.source].append(edge)

    def view(self, paths: list[str]) -> CitationGraph:
        """The part of the graph that the graph rules of ``paths`` read: these
        documents with their citations, every node those citations, duplicate
        numbers and cycles name, each node's place already found, and the
        run's level counts and cycles as computed on the whole graph.  A
        cluster worker receives this for a chunk of documents instead of the
        whole run's graph, which a national batch could not send to every worker."""
        part = CitationGraph()
        mine = [p for p in paths if p in self.nodes]
        wanted: dict[str, None] = dict.fromkeys(mine)
        cycles = self.cycles
        for p in mine:
            for e in self.out[p]:
                wanted[e.target] = None
                wanted.update(dict.fromkeys(e.candidates))
            wanted.update(dict.fromkeys(self.duplicates.get(p, ())))
            wanted.update(dict.fromkeys(cycles.get(p, ())))
        for node_id in wanted:
            node = self.nodes[node_id]
            # placed against the whole run, here; the part keeps no way back to this graph
            part.nodes[node_id] = replace(node, _place=node.place, _placed=True, _graph=None, _candidates=None)
        for p in mine:
            part.out[p] = list(self.out[p])
            part.edges.extend(self.out[p])
            if p in self.duplicates:
                part.duplicates[p] = self.duplicates[p]
        part.__dict__["cycles"] = {p: cycles[p] for p in mine if p in cycles}
        part.__dict__["level_counts"] = self.level_counts
        part._documents = [part.nodes[p] for p in mine]
        return part

    # queries ------------------------------------------------------------------
    @property
    def documents(self) -> list[Node]:
        """The run's own documents (not the external nodes), listed once: the
        graph rules ask for them once per document."""
        if self._documents is None:
            self._documents = [n for n in self.nodes.values() if not n.external]
        return self._documents

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
        import networkx as nx

        g = nx.DiGraph()  # bare edges: cycles need no attributes
        g.add_edges_from((e.source, e.target) for e in resolved)
        components = list(nx.strongly_connected_components(g))
        for comp in components:
            if len(comp) > 1:
                for n in comp:
                    found[n] = sorted(comp - {n})
        return found
