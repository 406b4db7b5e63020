"""The citation graph's nodes and edges, and the keys that join a citation to a document:
its normalised number and symbol («05/KH – UBND» → 5/KH-UBND) and its year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from plancheck.gazetteer.places import places
from plancheck.gazetteer.units import Place, era_for
from plancheck.model import Citation, Plan
from plancheck.parse.numbers import plan_year

PLAN_TYPES = ("KH", "CTr", "ĐA", "PA", "QĐ", "NQ", "CT", "HD")


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
    _graph: object | None = field(default=None, repr=False)
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


def own_places(plan: Plan) -> tuple[Place, ...]:
    """Every unit a document's issuer may name, before the corpus narrows
    them: what the graph first asks of each document.  Found by the workers
    beside the local checks, so that the main process, which builds the
    graph alone, does not query the gazetteer once per document."""
    return tuple(places(plan.issuer, plan.level, era_for(plan.date, plan_year(plan)), hint=plan.title))
