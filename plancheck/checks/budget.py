"""budget — the plan provides for funding ("Kinh phí").

Options:
  phrases_any: [phrases]   default ["kinh phí", "dự toán", "ngân sách"]
  as_section: bool         require a section heading, not just a mention

Pass:  "III. KINH PHÍ THỰC HIỆN — Kinh phí ... bảo đảm bằng ngân sách nhà nước."
Fail:  a plan that never says where the money comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plancheck.checks.base import Context, Hit, heading_matches, phrase_in
from plancheck.parse.sections import walk
from plancheck.validation.constraints import STRICT


@dataclass
class Options:
    __pydantic_config__ = STRICT
    phrases_any: list[str] = field(default_factory=lambda: ["kinh phí", "dự toán", "ngân sách"])
    as_section: bool = False


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    if opts.as_section:
        if any(s.style != "bullet" and heading_matches(s, opts.phrases_any, 90) for s in walk(ctx.plan.sections)):
            return []
    elif any(phrase_in(ctx.folded.text, p) >= 0 for p in opts.phrases_any):
        return []
    a, b = ctx.header_anchor()
    return [Hit(a, b, params={"phrases": ", ".join(opts.phrases_any)}, suggestion="KINH PHÍ THỰC HIỆN")]
