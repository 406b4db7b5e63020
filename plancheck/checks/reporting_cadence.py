"""reporting_cadence — the plan sets a reporting duty covering the periods required.

Reporting statements are found by the parser ("Định kỳ hàng quý, 06 tháng và
năm báo cáo ..."); periods are recognised in every usual wording: hàng/hằng
quý; 6/06/sáu tháng; hàng năm, or "năm" in a list of periods; định kỳ;
đột xuất; theo yêu cầu.  The finding says which period is missing.

Options:
  require: [quarterly, semiannual, annual, monthly, periodic, ad_hoc]

Pass:  "Định kỳ hàng quý, 6 tháng, năm báo cáo kết quả về UBND xã."
Fail:  "Báo cáo kết quả lồng ghép vào báo cáo định kỳ." (no period named)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from plancheck.checks.base import Context, Hit
from plancheck.i18n.reports import PERIOD_WORDS
from plancheck.validation.constraints import STRICT, non_empty

Period = Literal["monthly", "quarterly", "semiannual", "annual", "periodic", "ad_hoc", "on_request"]


@dataclass
class Options:
    __pydantic_config__ = STRICT
    require: list[Period]

    def __post_init__(self) -> None:
        non_empty(self, "require")


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    words = PERIOD_WORDS.get(ctx.lang, PERIOD_WORDS["vi"])
    statements = ctx.plan.reporting
    found = {p for r in statements for p in r.periods}
    missing = [p for p in opts.require if p not in found]
    if not missing:
        return []
    params = {"missing": ", ".join(words[p] for p in missing), "required": ", ".join(words[p] for p in opts.require)}
    suggestion = "Định kỳ " + ", ".join(PERIOD_WORDS["vi"][p] for p in opts.require) + " báo cáo kết quả thực hiện"
    if statements:
        best = max(statements, key=lambda r: len(r.periods))
        return [Hit(best.span.start, best.span.end, params=params, suggestion=suggestion)]
    a, b = ctx.header_anchor()
    return [Hit(a, b, params=params, suggestion=suggestion)]
