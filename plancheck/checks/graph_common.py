"""Helpers the graph kinds share: this document's node, spans, related lines.

Graph kinds read ``ctx.graph`` (a :class:`plancheck.graph.CitationGraph`,
built once per run from every document) and return nothing when it is absent,
so a pack using them still works in ``plancheck test-rules``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from plancheck.checks.base import Context, Hit
from plancheck.i18n.reports import LEVEL_WORDS
from plancheck.validation.constraints import STRICT

if TYPE_CHECKING:  # the graph's data, read here; the graph module is not imported
    from plancheck.graph.nodes import Edge, Node


@dataclass
class NoOptions:
    """Options of a graph kind that takes none (unknown keys are errors)."""

    __pydantic_config__ = STRICT


def my_node(ctx: Context) -> Node | None:
    graph = ctx.graph
    if graph is None:
        return None
    return graph.nodes.get(ctx.plan.path)


def edges_with_status(ctx: Context, status: str) -> list[Edge]:
    """This document's citation edges of one status (mismatch, ambiguous ...)."""
    node = my_node(ctx)
    if node is None:
        return []
    return [e for e in ctx.graph.edges_from(node.id) if e.status == status]


def header_line(node: Node) -> int:
    """The line a reference to another document points at: its number or date line."""
    h = node.plan.header if node.plan else None
    for span in (h.number_line, h.date_line, h.doc_type_line) if h else ():
        if span is not None:
            return span.line
    return 1


def describe(node: Node) -> str:
    """ "23/KH-UBND ngày 03/01/2020 (UBND huyện Mộc Châu)" """
    parts = [node.number or (node.path or node.id)]
    if node.date:
        parts.append(node.date.strftime("%d/%m/%Y"))
    text = " – ".join(parts)
    return f"{text} ({node.issuer})" if node.issuer else text


def related(node: Node, line: int | None = None, message: str | None = None) -> dict:
    return {"path": node.path or node.id, "line": line if line is not None else header_line(node), "message": message}


def citation_hit(edge: Edge, **params) -> Hit:
    c = edge.citation
    params.setdefault("cited", c.number)
    return Hit(c.span.start, c.span.end, params=params)


def level_word(level: str | None, lang: str) -> str:
    return LEVEL_WORDS.get(lang, LEVEL_WORDS["vi"]).get(level or "", level or "?")
