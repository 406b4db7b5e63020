"""year_consistency — a plan for year N speaking of another year's targets as its own.

Copying last year's plan leaves "năm 2023" in a 2024 plan (seed 000: "lộ trình
thực hiện các mục tiêu, nhiệm vụ cải cách hành chính nhà nước năm 2023 của thị
xã").  A year is flagged when it stands in a sentence about the plan's own
tasks (mục tiêu, nhiệm vụ, lộ trình, triển khai, thực hiện ...) and not in a
citation, a date, a period ("giai đoạn 2021-2030", "2021-2025") or a look back
("kết quả năm 2023", "so với năm 2023").

Options:
  cues: [words]      words that make a sentence about the plan's own work
  max_distance: N    only years within N of the plan year (default 1)

Pass:  a 2024 plan: "thực hiện nhiệm vụ cải cách hành chính năm 2024".
Fail:  a 2024 plan: "thực hiện nhiệm vụ cải cách hành chính năm 2023".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plancheck import fastsearch
from plancheck.checks.base import Context, Hit
from plancheck.parse.duties import sentence_at
from plancheck.parse.spans import Intervals
from plancheck.validation.constraints import STRICT, in_range

# Matched at word starts ("năm", not "hằngnăm") on the lower-cased text, with
# plancheck.fastsearch: the expression begins with a literal, quick to skip to.
_YEAR = re.compile(r"năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)(?!\d)")
_LOOK_BACK = re.compile(
    r"kết quả|so với|đã đạt|đạt được|năm trước|tổng kết|đánh giá|giai đoạn|từ năm|đến năm|ngày\s+\d|tháng\s+\d",
    re.IGNORECASE,
)


@dataclass
class Options:
    __pydantic_config__ = STRICT
    cues: list[str] = field(
        default_factory=lambda: ["mục tiêu", "nhiệm vụ", "lộ trình", "triển khai", "thực hiện", "tổ chức", "trong năm"]
    )
    max_distance: int = 1

    def __post_init__(self) -> None:
        in_range(self, "max_distance", 1, 10)


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    plan = ctx.plan
    if not plan.year:
        return []
    source = ctx.source
    text, lowered = source.text, source.lowered
    taken = Intervals((c.span.start, c.span.end) for c in plan.citations)
    hits: list[Hit] = []
    body_start = plan.header.title_span.end if plan.header.title_span else 0
    for m in fastsearch.finditer(_YEAR, lowered, body_start):
        year = int(m.group(1))
        if year == plan.year or abs(year - plan.year) > opts.max_distance:
            continue
        start, end = m.span()
        a, b = sentence_at(source, start, body_start, len(text))
        if end > b or taken.covers(start):
            continue
        if _LOOK_BACK.search(lowered, max(a, start - 60), start):
            continue
        if not any(cue in lowered[a:b] for cue in opts.cues):
            continue
        hits.append(
            Hit(
                start,
                end,
                params={"found": text[m.start(1) : m.end(1)], "year": plan.year},
                suggestion=f"năm {plan.year}",
            )
        )
    return hits
