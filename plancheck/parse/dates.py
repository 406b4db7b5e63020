"""Dates as Vietnamese documents write them, validated.

"ngày 03 tháng 01 năm 2020", "ngày 3/1/2020", "24/01/2024", "03-01-2020",
"20.3.2024"; and the slips "ngày 31 tháng 3 tháng 2022" (copied from one
plan into others), "ngày 22 tháng 4 2015" and "ngày 22 tháng 5năm 2008", read as
the dates they plainly mean.  An impossible date (31/02) is kept as text and marked invalid
rather than dropped, so a check can say the citation's date is wrong.
"""

from __future__ import annotations

import re
from datetime import date

DATE_PATTERN = (
    r"(?:(?P<d1>\d{1,2})\s+tháng\s+(?P<m1>\d{1,2})(?:\s*năm\s+|\s+tháng\s+|\s+)(?P<y1>(?:19|20)\d{2})(?!\d)"
    r"|(?P<d2>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<y2>\d{4}))"
)
DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)


def to_date(day: str | int, month: str | int, year: str | int) -> date | None:
    """A real calendar date, or None (31/02, month 13 ...)."""
    try:
        return date(int(year), int(month), int(day))
    except (ValueError, TypeError):
        return None


def date_from_match(m: re.Match[str]) -> tuple[date | None, str]:
    """(date or None when invalid, the matched text) from a DATE_RE match."""
    if m.group("d1"):
        return to_date(m.group("d1"), m.group("m1"), m.group("y1")), m.group(0)
    return to_date(m.group("d2"), m.group("m2"), m.group("y2")), m.group(0)
