"""required_section — the plan has a section whose heading matches.

Headings are compared folded (no tones, đ→d, lower case) and typo-tolerant
(rapidfuzz partial ratio ≥ ``threshold``), so "MỤC ĐÍCH, YÊU CẦU" satisfies
``heading_any: ["mục đích"]`` and "Muc dich" does too.

Options:
  heading_any: [phrases]   any of them in a heading is enough (required)
  threshold: 0-100         fuzzy score needed (default 88)
  depth: N                 only sections at this depth (1 = I./II.)
  parent_any: [phrases]    only sections under a section matching these

Pass:  "I. MỤC ĐÍCH, YÊU CẦU" for heading_any ["mục đích", "mục tiêu"].
Fail:  a plan whose sections are only "I. NỘI DUNG" and "II. TỔ CHỨC THỰC HIỆN".
"""

from __future__ import annotations

from dataclasses import dataclass

from plancheck.checks.base import Context, Hit, heading_matches
from plancheck.model import Section
from plancheck.validation.constraints import STRICT, in_range, non_empty


@dataclass
class Options:
    __pydantic_config__ = STRICT
    heading_any: list[str]
    threshold: int = 88
    depth: int | None = None
    parent_any: list[str] | None = None

    def __post_init__(self) -> None:
        non_empty(self, "heading_any")
        in_range(self, "threshold", 50, 100)
        in_range(self, "depth", 1)


def _candidates(sections: list[Section], opts: Options, inside: bool):
    for s in sections:
        if s.style == "bullet":
            continue
        if inside and (opts.depth is None or s.depth == opts.depth):
            yield s
        below = inside or (opts.parent_any is not None and heading_matches(s, opts.parent_any, opts.threshold) > 0)
        yield from _candidates(s.children, opts, below)


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    top_level = opts.parent_any is None
    for section in _candidates(ctx.plan.sections, opts, top_level):
        if heading_matches(section, opts.heading_any, opts.threshold):
            return []
    start, end = ctx.header_anchor()
    wanted = " / ".join(opts.heading_any)
    return [Hit(start, end, params={"heading": wanted}, suggestion=opts.heading_any[0].upper())]
