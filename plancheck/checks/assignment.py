"""assignment — every activity names the unit that leads it (chủ trì).

The activities are the items (1., 2.1., a), ...) of the sections whose heading
matches ``section_any`` ("Một số hoạt động tuyên truyền trọng tâm", "Nội dung,
thời gian, hình thức tuyên truyền").  An item whose text never says "chủ trì"
(nor "thực hiện:" / "giao ...") is an activity nobody leads.

Options:
  section_any: [phrases]   headings of activity sections (required)
  lead_words: [phrases]    what names a lead unit (default: chủ trì)

Pass:  "a. Tổ chức hội nghị ... - Cơ quan chủ trì: Bộ phận Tư pháp."
Fail:  "2.4. Tham gia các lớp tập huấn ..." with no chủ trì anywhere in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plancheck.checks.base import Context, Hit, heading_matches
from plancheck.parse.sections import walk
from plancheck.validation.constraints import STRICT, non_empty
from plancheck.vietnamese import fold_plain


@dataclass
class Options:
    __pydantic_config__ = STRICT
    section_any: list[str]
    lead_words: list[str] = field(default_factory=lambda: ["chủ trì", "đơn vị thực hiện", "giao"])

    def __post_init__(self) -> None:
        non_empty(self, "section_any")


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    words = [fold_plain(w) for w in opts.lead_words]
    hits: list[Hit] = []
    for section in walk(ctx.plan.sections):
        if section.style == "bullet" or not heading_matches(section, opts.section_any, 90):
            continue
        items = [c for c in section.children if c.style != "bullet"]
        for item in items:
            body = fold_plain(ctx.source.text[item.span.start : item.body_end])
            if not any(w in body for w in words):
                hits.append(Hit(item.span.start, item.span.end, params={"activity": item.heading}))
    return hits
