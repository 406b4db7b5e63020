"""`plancheck graph`: the citation graph as JSON, DOT, GraphML or Mermaid.

JSON is the same ``graph`` object `check --format json` carries.  DOT and
Mermaid are written here (a few lines each, no pydot needed); GraphML comes
from networkx, whose writer wants scalar attributes, so lists are joined.
"""

from __future__ import annotations

import json

from plancheck.graph.citation_graph import CitationGraph
from plancheck.graph.export import edge_attrs, graph_json, node_attrs
from plancheck.i18n.reports import EDGE_WORDS as _EDGE_WORDS
from plancheck.model import LEVELS

LEVEL_ORDER = (*LEVELS, None)  # from the top down; None: a level not known
EDGE_STYLE = {"resolved": "solid", "external": "dashed", "mismatch": "bold", "ambiguous": "dotted"}


def to_json(graph: CitationGraph, lang: str = "vi") -> str:
    return json.dumps(graph_json(graph), ensure_ascii=False, indent=2) + "\n"


def _label(n) -> str:
    head = n.number or (n.path or n.id).rsplit("/", 1)[-1]
    when = n.date.strftime("%d/%m/%Y") if n.date else ""
    return "\n".join(p for p in (head, when, n.issuer or "") if p)


def _dot_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(graph: CitationGraph, lang: str = "vi") -> str:
    ids = {node_id: f"n{i}" for i, node_id in enumerate(graph.nodes)}
    out = ["digraph plancheck {", "  rankdir=BT;", '  node [shape=box, fontname="Arial"];']
    for level in LEVEL_ORDER:
        members = [n for n in graph.nodes.values() if n.level == level]
        if not members:
            continue
        out.append(f"  subgraph {_dot_str('level_' + (level or 'unknown'))} {{ rank=same;")
        for n in members:
            style = "dashed" if n.external else "solid"
            out.append(
                f"    {ids[n.id]} [label={_dot_str(_label(n))}, style={style}, tooltip={_dot_str(n.path or n.id)}];"
            )
        out.append("  }")
    for e in graph.edges:
        colour = {"mismatch": "red", "ambiguous": "orange"}.get(e.status, "black")
        out.append(
            f"  {ids[e.source]} -> {ids[e.target]} [style={EDGE_STYLE[e.status]}, color={colour}, "
            f"label={_dot_str(_edge_label(e, lang))}];"
        )
    out.append("}")
    return "\n".join(out) + "\n"


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;").replace("\n", "<br/>")


def _edge_label(e, lang: str) -> str:
    """«dòng 13 (không khớp)»: the citing line, and what is wrong with the edge, in the chosen language."""
    w = _EDGE_WORDS.get(lang, _EDGE_WORDS["vi"])
    return f"{w['line']} {e.citation.line}" + (f" ({w[e.status]})" if e.status in ("mismatch", "ambiguous") else "")


def to_mermaid(graph: CitationGraph, lang: str = "vi") -> str:
    ids = {node_id: f"n{i}" for i, node_id in enumerate(graph.nodes)}
    out = ["flowchart BT"]
    for n in graph.nodes.values():
        out.append(f'  {ids[n.id]}["{_mermaid_text(_label(n))}"]')
    arrows = {"resolved": "-->", "external": "-.->", "mismatch": "==>", "ambiguous": "-.->"}
    for e in graph.edges:
        label = _edge_label(e, lang)
        out.append(f'  {ids[e.source]} {arrows[e.status]}|"{_mermaid_text(label)}"| {ids[e.target]}')
    return "\n".join(out) + "\n"


def to_graphml(graph: CitationGraph, lang: str = "vi") -> str:
    import networkx as nx

    g = nx.MultiDiGraph()
    for n in graph.nodes.values():
        g.add_node(n.id, **{k: _scalar(v) for k, v in node_attrs(n).items() if k != "id"})
    for e in graph.edges:
        g.add_edge(
            e.source, e.target, **{k: _scalar(v) for k, v in edge_attrs(e).items() if k not in ("source", "target")}
        )
    return "\n".join(nx.generate_graphml(g)) + "\n"


def _scalar(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return value


RENDERERS = {"json": to_json, "dot": to_dot, "graphml": to_graphml, "mermaid": to_mermaid}
