"""inherited_theme — the content items the parent plan enumerates are carried.

The parent is the nearest higher-level plan the document cites that resolves
in the corpus (a commune plan's district plan).  Its content items — the
numbered items of its "Nội dung" section, or an inline list "trên các lĩnh
vực: A; B; C" — must each be found in the child, folded and fuzzily (rapidfuzz
partial ratio ≥ threshold).  An item with acronyms (PAR INDEX, SIPAS ...) also
counts as carried when the child names all of them.  Each finding points at
the item's line in the parent.

Options:
  threshold: 0-100   default 88

Pass:  the commune plan has "Cải cách tài chính công" as its district's plan does.
Fail:  it never speaks of tài chính công.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from plancheck.checks.base import Context, Coverage, Hit, best_match, excerpt, phrase_in
from plancheck.checks.graph_common import describe, my_node, related
from plancheck.parse.sections import walk
from plancheck.validation.constraints import STRICT, in_range
from plancheck.vietnamese import fold_plain


@dataclass
class Options:
    __pydantic_config__ = STRICT
    threshold: int = 88

    def __post_init__(self) -> None:
        in_range(self, "threshold", 50, 100)


@lru_cache(maxsize=4096)
def phrases_for(label: str) -> tuple[str, ...]:
    """The label, and its parts around "và" that are long enough to mean
    something.  Cached: every child of a parent asks for the same items."""
    parts = [p.strip(" ,") for p in re.split(r"\s+và\s+|,", label)]
    return (label, *(p for p in parts if len(p.split()) >= 3 and p != label))


def _named(folded_text: str, key: str) -> bool:
    """An acronym is named with or without its inner space ("PAR INDEX", "PARINDEX")."""
    return phrase_in(folded_text, key) >= 0 or phrase_in(folded_text, key.replace(" ", "")) >= 0


def _anchor(ctx: Context) -> tuple[int, int]:
    for s in walk(ctx.plan.sections):
        if re.search(r"\b(noi dung|nhiem vu)\b", fold_plain(s.heading)):
            return s.span.start, s.span.end
    return ctx.header_anchor()


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    node = my_node(ctx)
    if node is None:
        return []
    parent = next((p for p in ctx.graph.parents(node.id) if p.plan and p.plan.content_items), None)
    if parent is None:
        return []
    text = ctx.folded.text
    hits = []
    a, b = _anchor(ctx)
    for item in parent.plan.content_items:
        score, start, end = best_match(text, phrases_for(item.text), opts.threshold)
        covered = score >= opts.threshold
        if not covered and item.keys and all(_named(text, k) for k in item.keys):
            covered, score = True, 100.0
        clean = ctx.folded.span(start, end) if start >= 0 else None
        ctx.coverage.append(
            Coverage(
                theme=f"{parent.number or 'parent'}: {item.text}",
                label=f"{parent.number or '↑'}: {item.text}",
                covered=covered,
                score=score,
                excerpt=excerpt(ctx.source, *clean) if clean else None,
                line=ctx.source.locate(clean[0])[0] if clean else None,
            )
        )
        if not covered:
            hits.append(
                Hit(
                    a,
                    b,
                    params={"item": item.text, "parent": describe(parent)},
                    score=round(score, 1) if score else None,
                    related=[related(parent, item.line, item.text)],
                )
            )
    return hits
