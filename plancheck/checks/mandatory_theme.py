"""mandatory_theme — a theme of the pack's vocabulary is covered by the text.

Each theme lists phrases (``themes:`` in the pack).  The text, or the named
section, is searched folded: an exact folded match first, then rapidfuzz's
partial-ratio alignment with the theme's (or the rule's) threshold.  The best
excerpt and its score are recorded whether the theme passes or not, so the
report can show why it matched.

Options:
  theme: ID                the theme id in the pack's ``themes`` (required)
  within_any: [phrases]    only the text of sections whose heading matches
  threshold: 0-100         default 90

Pass:  a plan that says "cải cách thủ tục hành chính" for theme tthc.
Fail:  a plan that never speaks of thủ tục hành chính.
"""

from __future__ import annotations

from dataclasses import dataclass

from plancheck.checks.base import Context, Coverage, Hit, best_match, excerpt, heading_matches
from plancheck.parse.sections import walk
from plancheck.validation.constraints import STRICT, in_range


@dataclass
class Options:
    __pydantic_config__ = STRICT
    theme: str
    within_any: list[str] | None = None
    threshold: int = 90

    def __post_init__(self) -> None:
        in_range(self, "threshold", 50, 100)


def _ranges(ctx: Context, opts: Options) -> list[tuple[int, int]]:
    if not opts.within_any:
        return [(0, len(ctx.folded.text))]
    # section offsets are in the clean text; convert them to folded offsets
    return [
        _to_folded(ctx, s.span.start, s.body_end)
        for s in walk(ctx.plan.sections)
        if s.style != "bullet" and heading_matches(s, opts.within_any, 85)
    ]


def _to_folded(ctx: Context, a: int, b: int) -> tuple[int, int]:
    return ctx.folded.to_folded(a), ctx.folded.to_folded(b)


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    theme = ctx.themes.get(opts.theme)
    if theme is None:
        return []
    threshold = theme.threshold or opts.threshold
    label = theme.label.in_lang(ctx.lang)
    best = (0.0, -1, -1)
    for a, b in _ranges(ctx, opts):
        score, s, e = best_match(ctx.folded.text[a:b], theme.any, threshold)
        if score > best[0]:
            best = (score, s + a, e + a)
    score, fs, fe = best
    if fs >= 0:
        start, end = ctx.folded.span(fs, fe)
        shown = excerpt(ctx.source, start, end)
        line = ctx.source.locate(start)[0]
    else:
        start = end = None
        shown, line = None, None
    covered = score >= threshold
    ctx.coverage.append(Coverage(opts.theme, label, covered, round(score, 1), shown, line))
    if covered:
        return []
    a, b = ctx.header_anchor()
    params = {"theme": label, "phrases": ", ".join(theme.any[:4])}
    if shown:
        params["closest"] = shown
    return [Hit(a, b, params=params, score=round(score, 1) if score else None, suggestion=theme.any[0])]
