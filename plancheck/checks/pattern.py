"""pattern — Vale-style text patterns: existence, forbidden, substitution.

mode: forbidden     each match of ``patterns`` is a finding ("Phường phường",
                    "của," — a preposition left without its object)
mode: existence     a finding when none of ``patterns`` occurs
mode: substitution  each key of ``swap`` found is a finding suggesting its
                    value ("xây dụng" → "xây dựng")

Patterns are regular expressions matched on the exact text (``match_on: exact``,
case-insensitive by default) or on folded text (``match_on: folded``: no tones, đ→d,
lower case), and findings point at the original characters either way.

Options:
  mode: forbidden | existence | substitution   (required)
  patterns: [regex]            for forbidden / existence
  swap: {wrong: right}         for substitution (keys are regex)
  match_on: exact | folded     default exact
  ignore_case: bool            default true
  allow_own_place: bool        default false; forbidden: a match that runs
                               into the document's own place name is none
                               (the ward "Phường Đúc" is written "phường
                               Phường Đúc", which is not a doubled word)

Pass:  "trên địa bàn phường Thác Mơ" for the doubled-word pattern.
Fail:  "trên địa bàn Phường phường Thác Mơ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from plancheck import wordstart
from plancheck.checks.base import Context, Hit
from plancheck.constraints import STRICT
from plancheck.parse.anchors import positions


@dataclass
class Options:
    __pydantic_config__ = STRICT
    mode: Literal["forbidden", "existence", "substitution"]
    patterns: list[str] = field(default_factory=list)
    swap: dict[str, str] = field(default_factory=dict)
    match_on: Literal["exact", "folded"] = "exact"
    ignore_case: bool = True
    allow_own_place: bool = False

    def __post_init__(self) -> None:
        if self.mode == "substitution" and not self.swap:
            raise ValueError("mode 'substitution' needs 'swap'")
        if self.mode != "substitution" and not self.patterns:
            raise ValueError(f"mode {self.mode!r} needs 'patterns'")
        for p in [*self.patterns, *self.swap]:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"bad regular expression {p!r}: {exc}") from None


@lru_cache(maxsize=512)
def _compile(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


_ESCAPE = re.compile(r"\\.")


@lru_cache(maxsize=512)
def _lower_case_only(pattern: str) -> bool:
    """True when the pattern names no capital letter (escapes such as \\W aside):
    then matching it case-sensitively on lower-cased text finds exactly what
    IGNORECASE finds on the text, about twice as fast (Python's regular
    expressions fold case character by character)."""
    return _ESCAPE.sub("", pattern) == _ESCAPE.sub("", pattern).lower()


def _word_start_matches(pattern: str, text: str):
    """``re.finditer(pattern, text)`` for a case-sensitive pattern; one that
    opens with the word-start look-behind is searched from its words."""
    bare = wordstart.strip(pattern)
    if bare is None:
        return _compile(pattern, False).finditer(text)
    return wordstart.finditer(_compile(bare, False), text)


def _matches(ctx: Context, opts: Options, pattern: str):
    if opts.match_on == "folded":
        rx = _compile(pattern, opts.ignore_case)
        for m in rx.finditer(ctx.folded.text):
            yield (*ctx.folded.span(m.start(), m.end()), m)
        return
    text = ctx.source.text
    if opts.ignore_case and _lower_case_only(pattern):
        exact = _compile(pattern, True)
        for m in _word_start_matches(pattern, ctx.lowered):
            yield m.start(), m.end(), exact.match(text, m.start()) or m  # groups as the text writes them
        return
    for m in _compile(pattern, opts.ignore_case).finditer(text):
        yield m.start(), m.end(), m


def _own_place_starts(ctx: Context) -> list[int]:
    """Where the document's own place name ("Phường Đúc") begins in its text,
    in any case: a forbidden match that one of these cuts is part of the name."""
    place = ctx.plan.place
    return positions(ctx.lowered, place.lower()) if place else []


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    text = ctx.source.text
    hits: list[Hit] = []
    if opts.mode == "existence":
        if any(True for p in opts.patterns for _ in _matches(ctx, opts, p)):
            return []
        a, b = ctx.header_anchor()
        return [Hit(a, b, params={"pattern": " | ".join(opts.patterns)})]
    if opts.mode == "forbidden":
        own = _own_place_starts(ctx) if opts.allow_own_place else ()
        for p in opts.patterns:
            for s, e, _m in _matches(ctx, opts, p):
                if any(s < i < e for i in own):
                    continue
                hits.append(Hit(s, e, params={"found": text[s:e]}))
    else:
        for wrong, right in opts.swap.items():
            for s, e, m in _matches(ctx, opts, wrong):
                replacement = m.expand(right) if opts.match_on == "exact" else right
                hits.append(Hit(s, e, params={"found": text[s:e], "right": replacement}, suggestion=replacement))
    hits.sort(key=lambda h: h.start or 0)
    return hits
