"""Lay the citation graph out in tiers for the inline SVG of the HTML page.

Levels are rows — central at the top, then province, district, commune — and
each row's nodes are spread evenly; an edge runs from the citing document up
to what it cites.  A layered layout is all a province → district → commune
chain needs, so no layout engine is pulled in.  Large batches keep the
documents and only the external nodes that something inconsistent points to.
"""

from __future__ import annotations

from dataclasses import dataclass

from plancheck.graph.citation_graph import CitationGraph
from plancheck.model import LEVELS

TIERS = (*LEVELS, None)  # from the top down; None: a level not known
BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN = 150, 46, 18, 70, 20
MAX_EXTERNAL = 40


@dataclass
class SvgNode:
    id: str
    x: int
    y: int
    label: str
    sub: str
    external: bool
    anchor: str | None  # "#doc-3" when the document is shown on the page
    title: str


@dataclass
class SvgEdge:
    x1: int
    y1: int
    x2: int
    y2: int
    status: str
    title: str


@dataclass
class SvgGraph:
    width: int
    height: int
    nodes: list[SvgNode]
    edges: list[SvgEdge]
    tiers: list[tuple[str, int]]


def layout(graph: CitationGraph, anchors: dict[str, str], level_names: dict) -> SvgGraph:
    docs = [n for n in graph.nodes.values() if not n.external]
    flagged = {e.target for e in graph.edges if e.status in ("mismatch", "ambiguous")}
    externals = [n for n in graph.nodes.values() if n.external]
    externals.sort(key=lambda n: (n.id not in flagged, n.level is None, n.id))
    shown = docs + externals[:MAX_EXTERNAL]
    rows = [[n for n in shown if n.level == t] for t in TIERS]
    rows = [(t, r) for t, r in zip(TIERS, rows) if r]
    width = MARGIN * 2 + max((len(r) for _, r in rows), default=1) * (BOX_W + GAP_X)
    pos: dict[str, tuple[int, int]] = {}
    nodes: list[SvgNode] = []
    tiers: list[tuple[str, int]] = []
    for row_i, (tier, row) in enumerate(rows):
        y = MARGIN + 18 + row_i * (BOX_H + GAP_Y)
        tiers.append((level_names.get(tier or "", "?"), y - 6))
        offset = (width - len(row) * (BOX_W + GAP_X)) // 2
        for i, n in enumerate(row):
            x = offset + i * (BOX_W + GAP_X)
            pos[n.id] = (x, y)
            label = n.number or (n.path or n.id).rsplit("/", 1)[-1]
            nodes.append(
                SvgNode(
                    n.id,
                    x,
                    y,
                    label[:24],
                    (n.issuer or "")[:26],
                    n.external,
                    anchors.get(n.id),
                    f"{n.id}\n{n.issuer or ''}",
                )
            )
    edges = []
    for e in graph.edges:
        if e.source not in pos or e.target not in pos:
            continue
        (sx, sy), (tx, ty) = pos[e.source], pos[e.target]
        edges.append(
            SvgEdge(
                sx + BOX_W // 2,
                sy,
                tx + BOX_W // 2,
                ty + BOX_H,
                e.status,
                f"{e.citation.text} (dòng {e.citation.line}) — {e.status}",
            )
        )
    height = MARGIN * 2 + len(rows) * (BOX_H + GAP_Y)
    return SvgGraph(width, height, nodes, edges, tiers)
