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

Patterns of a pack you wrote (not a built-in one) run on the ``regex``
engine with a time limit: one that backtracks without end on some text is
refused when the pack loads (it is tried on short texts that expose the
usual mistakes, such as ``(a|aa)+$``), and one that still runs past
PATTERN_SECONDS on a document is that document's PC003 finding naming the
rule, never a hung run.

Pass:  "trên địa bàn phường Thác Mơ" for the doubled-word pattern.
Fail:  "trên địa bàn Phường phường Thác Mơ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from plancheck import fastsearch
from plancheck.checks.base import Context, Hit
from plancheck.fastsearch import positions
from plancheck.i18n import Said
from plancheck.parse.spans import Intervals
from plancheck.validation.constraints import STRICT, FieldProblem


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
            raise FieldProblem("swap", Said("pattern_needs_swap"))
        if self.mode != "substitution" and not self.patterns:
            raise FieldProblem("patterns", Said("pattern_needs_patterns", mode=self.mode))
        for p in [*self.patterns, *self.swap]:
            try:
                re.compile(p)
            except re.error as exc:
                raise FieldProblem("patterns", Said("pattern_bad_regex", pattern=p, detail=exc)) from None


PATTERN_SECONDS = 2.0  # one pattern of a user's pack on one document
PROBE_SECONDS = 0.25  # one pattern on one short probe text, when its pack loads
_PROBES = tuple(
    s + tail for s in ("a" * 40, "ab" * 20, "x " * 30, " " * 3000, "đ" * 40, "0" * 40, "a," * 30) for tail in ("!", "")
)


class PatternTimeout(Exception):
    """A user's pattern that ran past its time on one document."""

    def __init__(self, rule, pattern: str) -> None:
        super().__init__(f"{rule.id}: {pattern}")
        self.rule, self.pattern = rule, pattern


@lru_cache(maxsize=512)
def _compile(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


@lru_cache(maxsize=512)
def _compile_untrusted(pattern: str, ignore_case: bool):
    import regex

    return regex.compile(pattern, regex.V0 | (regex.IGNORECASE if ignore_case else 0))


def validate_rule(rule, themes) -> Said | None:
    """A user's pattern that backtracks without end on a short text, or None."""
    if rule.trusted:
        return None
    opts: Options = rule.options
    for pattern in [*opts.patterns, *opts.swap]:
        try:
            rx = _compile_untrusted(pattern, opts.ignore_case)
        except Exception as exc:  # the regex engine refuses what re accepted
            return Said("pattern_bad_regex", pattern=pattern, detail=exc)
        for probe in _PROBES:
            try:
                for _ in rx.finditer(probe, timeout=PROBE_SECONDS):
                    pass
            except TimeoutError:
                return Said(
                    "pattern_backtracks", pattern=pattern, seconds=PROBE_SECONDS, length=len(probe), probe=probe[:12]
                )
    return None


def _untrusted_matches(ctx: Context, rule, opts: Options, pattern: str):
    rx = _compile_untrusted(pattern, opts.ignore_case)
    folded = opts.match_on == "folded"
    try:
        for m in rx.finditer(ctx.folded.text if folded else ctx.source.text, timeout=PATTERN_SECONDS):
            yield (*ctx.folded.span(m.start(), m.end()), m) if folded else (m.start(), m.end(), m)
    except TimeoutError:
        raise PatternTimeout(rule, pattern) from None


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
    bare = fastsearch.strip(pattern)
    if bare is None:
        return _compile(pattern, False).finditer(text)
    return fastsearch.finditer(_compile(bare, False), text)


def _matches(ctx: Context, rule, opts: Options, pattern: str):
    if not rule.trusted:
        yield from _untrusted_matches(ctx, rule, opts, pattern)
        return
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


def _own_place_starts(ctx: Context) -> Intervals:
    """Where the document's own place name ("Phường Đúc") begins in its text,
    in any case: a forbidden match that one of these cuts is part of the name."""
    place = ctx.plan.place
    return Intervals((i, i) for i in positions(ctx.lowered, place.lower())) if place else Intervals([])


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    text = ctx.source.text
    hits: list[Hit] = []
    if opts.mode == "existence":
        if any(True for p in opts.patterns for _ in _matches(ctx, rule, opts, p)):
            return []
        a, b = ctx.header_anchor()
        return [Hit(a, b, params={"pattern": " | ".join(opts.patterns)})]
    if opts.mode == "forbidden":
        own = _own_place_starts(ctx) if opts.allow_own_place else ()
        for p in opts.patterns:
            for s, e, _m in _matches(ctx, rule, opts, p):
                if own and own.next_start(s, e) is not None:
                    continue
                hits.append(Hit(s, e, params={"found": text[s:e]}))
    else:
        for wrong, right in opts.swap.items():
            for s, e, m in _matches(ctx, rule, opts, wrong):
                replacement = m.expand(right) if opts.match_on == "exact" else right
                hits.append(Hit(s, e, params={"found": text[s:e], "right": replacement}, suggestion=replacement))
    hits.sort(key=lambda h: h.start or 0)
    return hits
