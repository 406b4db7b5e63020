"""What every rule kind receives and returns.

A check gets a :class:`Context` (the Plan, its Source, folded text, the pack's
themes, the language) and yields :class:`Hit` objects: where, the values that
fill the rule's message, an optional suggestion and fuzzy score.  The engine
turns hits into Findings, so message formatting and config live in one place.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from plancheck.model import Plan, Section
from plancheck.source import Source
from plancheck.vietnamese import Folded, fold, fold_plain


@dataclass
class Hit:
    start: int | None = None  # clean-text offsets; None → the document's first line
    end: int | None = None
    params: dict[str, object] = field(default_factory=dict)
    suggestion: str | None = None
    score: float | None = None
    related: list[dict] = field(default_factory=list)
    severity: str | None = None  # overrides the rule's (e.g. info when there is no corpus)


@dataclass
class Coverage:
    """A theme's verdict for one document, kept for reports (coverage matrix)."""

    theme: str
    label: str
    covered: bool
    score: float
    excerpt: str | None
    line: int | None


@dataclass
class Context:
    plan: Plan
    source: Source
    themes: dict
    lang: str = "vi"
    coverage: list[Coverage] = field(default_factory=list)
    graph: object | None = None  # plancheck.graph.CitationGraph, for the graph kinds

    @property
    def folded(self) -> Folded:
        return self.source.cached("folded", lambda: fold(self.source.text))

    @property
    def lowered(self) -> str:
        return self.source.lowered

    def header_anchor(self) -> tuple[int, int]:
        """Where a finding about the whole document is shown: its type line or line 1."""
        h = self.plan.header
        for span in (h.doc_type_line, h.number_line, h.title_span):
            if span is not None:
                return span.start, span.end
        first = self.source.text.split("\n", 1)[0]
        return 0, len(first)


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: dict[str, object]) -> str:
    """str.format that leaves unknown placeholders visible instead of failing
    (packs are checked for anything else when they load: see pack_compile)."""
    try:
        return string.Formatter().vformat(template, (), _SafeDict(params))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError):
        return template


def phrase_in(folded_text: str, phrase: str) -> int:
    """Offset of a folded phrase as a whole-word match in folded text, or -1."""
    needle = fold_plain(phrase)
    start = 0
    while True:
        i = folded_text.find(needle, start)
        if i < 0:
            return -1
        before = folded_text[i - 1] if i > 0 else " "
        after = folded_text[i + len(needle)] if i + len(needle) < len(folded_text) else " "
        if not before.isalnum() and not after.isalnum():
            return i
        start = i + 1


def best_match(folded_text: str, phrases: list[str], threshold: float) -> tuple[float, int, int]:
    """(score, start, end) of the best occurrence of any phrase in folded text.

    An exact folded match scores 100; otherwise rapidfuzz's partial-ratio
    alignment finds the closest stretch ("xây dụng" ~ "xây dựng").
    """
    best = (0.0, -1, -1)
    for phrase in phrases:
        i = phrase_in(folded_text, phrase)
        if i >= 0:
            return 100.0, i, i + len(fold_plain(phrase))
    for phrase in phrases:
        needle = fold_plain(phrase)
        if len(needle) < 6:
            continue  # short tokens (PCI, DTI) must match exactly
        al = fuzz.partial_ratio_alignment(needle, folded_text, score_cutoff=threshold)
        if al is not None and al.score > best[0]:
            best = (al.score, al.dest_start, al.dest_end)
    return best


def heading_matches(section: Section, phrases: list[str], threshold: float) -> float:
    """Score of a section heading against phrases (0 below ``threshold``)."""
    return _heading_score(section.heading, tuple(phrases), threshold)


@lru_cache(maxsize=65536)
def _heading_score(raw_heading: str, phrases: tuple[str, ...], threshold: float) -> float:
    """Cached: plans share their headings ("Mục đích, yêu cầu"), and every
    theme rule scans every heading of a plan."""
    heading = fold_plain(raw_heading)
    score = 0.0
    for phrase in phrases:
        needle = fold_plain(phrase)
        if phrase_in(heading, phrase) >= 0:
            return 100.0
        if len(needle) >= 5:
            score = max(score, fuzz.partial_ratio(needle, heading))
    return score if score >= threshold else 0.0


def excerpt(source: Source, start: int, end: int, limit: int = 160) -> str:
    text = " ".join(source.text[start:end].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
