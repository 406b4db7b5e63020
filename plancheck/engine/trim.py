"""How much of a result a stage keeps: each trimming of a plan in one place.

A national batch holds every document's result to the end, so each stage
keeps no more than the stages after it read: :func:`slim` after the local
rules, :func:`forget_unread_items` once the graph is built, and
:func:`header_only` for a run kept in the cache for the reports.
"""

from __future__ import annotations

from dataclasses import replace

from plancheck.engine.result import FileResult
from plancheck.model import Signature

_NO_SIGNATURE = Signature()


def slim(result: FileResult, keep_source: bool = False) -> FileResult:
    """What later stages need of a checked document, and no more.

    The graph phase and the reports need the header fields, the citations,
    content items, reporting duties and the top-level sections; the bullet
    sections, assignments, recipients and signature were for the local rules
    only.  Dropping them (and the Source, re-read when the graph rules need
    it) cuts the memory of a 50,000-document run by an order of magnitude.
    """
    plan = result.plan
    if plan is not None:
        result.plan = replace(
            plan,
            sections=[replace(s, children=[]) for s in plan.sections],
            assignments=[],
            recipients=[],
            references=[],
            signature=_NO_SIGNATURE,
        )
    if not keep_source:
        result.source = None
        result.pack()  # a batch: findings stay packed until the report is written
    elif result.source is not None:
        result.source._memo.clear()  # derived texts: cheaper to remake than to ship between processes
    return result


def forget_unread_items(graph) -> None:
    """Drop the content items of documents that no document of the run cites.

    The graph rules read a plan's items only when it is a parent (its
    children must carry them), and nothing later reads them; most plans of
    a batch are communes that nobody cites, so this is a good part of what a
    national batch holds.
    """
    cited = {e.target for e in graph.edges if e.resolved}
    for node in graph.nodes.values():
        if node.plan is not None and node.plan.content_items and node.id not in cited:
            node.plan.content_items = []


def header_only(result: FileResult) -> FileResult:
    """A result as the text and JSON reports need it: findings, coverage, and
    the plan's header fields only (a warm run unpickles a few KB per document)."""
    plan = result.plan
    if plan is not None:
        plan = replace(
            plan,
            sections=[],
            citations=[],
            references=[],
            reporting=[],
            content_items=[],
            assignments=[],
            recipients=[],
        )
    return result.copy_with(plan)


def without_source(result: FileResult) -> FileResult:
    """The cached copy of a result: without its Source (the file is on disk)."""
    return result.copy_with(result.plan)
