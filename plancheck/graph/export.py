"""The graph as plain JSON values: what the check report prints and the cache keeps."""

from __future__ import annotations

from plancheck.graph.citation_graph import CitationGraph
from plancheck.graph.nodes import Edge, Node


def node_attrs(n: Node) -> dict:
    """A node as plain JSON-ready values (the `graph` of check/graph output)."""
    place = n.place
    return {
        "id": n.id,
        "path": n.path,
        "doc_type": n.doc_type,
        "number": n.number,
        "date": n.date.isoformat() if n.date else None,
        "issuer": n.issuer,
        "level": n.level,
        "place": place.label() if place else None,
        "external": n.external,
        "corpus": n.corpus_only,
    }


def edge_attrs(e: Edge) -> dict:
    return {
        "source": e.source,
        "target": e.target,
        "resolved": e.resolved,
        "status": e.status,
        "line": e.citation.line,
        "column": e.citation.span.column,
        "text": e.citation.text,
        "candidates": e.candidates,
        "reasons": e.reasons,
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
