"""What identifies a cited document across texts: its number's key, and its year.

The graph joins a citation to a document by these, and the parent-citation
rule compares a plan's citation with its parent's number by them; both take
them from here.
"""

from __future__ import annotations

import re

from plancheck.model import Citation, Plan
from plancheck.vietnamese import fold_plain


def number_key(number: str | None) -> tuple[str, str] | None:
    """(serial without leading zeros, folded symbol): "05/KH – UBND" → ("5", "kh-ubnd")."""
    if not number:
        return None
    serial, _, symbol = number.partition("/")
    serial = serial.strip().lstrip("0") or "0"
    symbol = re.sub(r"\s+", "", symbol)
    symbol = re.sub(r"[\u2010-\u2015]", "-", symbol)
    symbol = re.sub(r"^\d{4}/", "", symbol)  # "93/2021/NQ-HĐND": the year is compared apart
    return serial, fold_plain(symbol).replace(" ", "")


def plan_year(plan: Plan) -> int | None:
    if plan.date:
        return plan.date.year
    return plan.year


def citation_year(c: Citation) -> int | None:
    return c.date.year if c.date else c.year_in_number
