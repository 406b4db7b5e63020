"""A document told in a narrative lead instead of a formal header.

Portals post a plan under a sentence that says who issued what and when:
«Ngày 28 tháng 12 năm 2021, Sở Tư pháp tỉnh Phú Yên ban hành Kế hoạch số
3120/KH-STP về …», «UBND tỉnh vừa ban hành công văn số 9228/UBND-VP …».
When the text has no header of its own, that sentence is where its number,
date, type and issuer are, and the number it gives is the document's own,
not a citation.  A body that only proposed it («UBND tỉnh trình HĐND tỉnh
ban hành Nghị quyết số …», «Sở tham mưu …»), and the body it was proposed
to, did not issue it: no lead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from plancheck.parse.dates import DATE_RE, date_from_match
from plancheck.parse.doctypes import (
    NUMBER_PATTERN,
    TYPE_WORD_PATTERN,
    DocNumber,
    abbreviation_for_word,
    number_from_match,
)

_ANY_DATE = r"(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4})"
_ISSUER_HEAD = (
    r"(?:(?:Ủy|Uỷ|ủy|uỷ)\s+ban\s+nhân\s+dân|UBND|Sở|Bộ|Văn\s+phòng|Ban|Thủ\s+tướng|Chính\s+phủ|"
    r"Hội\s+đồng\s+nhân\s+dân|HĐND|Chủ\s+tịch|(?i:Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Huyện\s+uỷ|Thành\s+ủy|"
    r"Đảng\s+ủy|Ban\s+Thường\s+vụ))"
)
LEAD_PATTERN = (
    r"(?:(?<![^\W\d_])[Nn]gày\s+(?P<date>" + _ANY_DATE + r")\s*,?\s*)?"
    r"(?<![^\W\d_])(?<!trình )(?<!mưu )(?<!nghị )(?P<issuer>"
    + _ISSUER_HEAD
    + r"(?:(?!\strình\s|\stham\s+mưu\s)[^,.;:\n]){0,70}?)"
    r"\s+(?:đã\s+|vừa\s+)?(?:ban\s+hành|ký(?:\s+ban\s+hành)?|xây\s+dựng|(?<=đã\s)có)\s+"
    r"(?P<tw>(?i:"
    + TYPE_WORD_PATTERN
    + r"))\s+(?:[Ss]ố\s*:?\s*)?"
    + NUMBER_PATTERN
    + r"(?:\s*,?\s*ngày\s+(?P<date2>"
    + _ANY_DATE
    + r"))?"
)


@lru_cache(maxsize=1)
def lead_re() -> re.Pattern:
    """Compiled on first use: most documents have a header, and a one-file
    run should not pay 3 ms to compile what it never asks."""
    return re.compile(LEAD_PATTERN)


LEAD_WINDOW = 2500  # characters of the text's start where a lead is looked for


@dataclass
class Lead:
    doc_type: str | None
    number: DocNumber
    date: dt.date | None
    issuer: str
    span: tuple[int, int]  # the number, in the text
    sentence: tuple[int, int]
    reported: bool = False  # told as news tells it: «vừa ban hành»


def find_lead(text: str, start: int = 0) -> Lead | None:
    """The first narrative lead in the text's opening, or None."""
    m = lead_re().search(text, start, min(len(text), start + LEAD_WINDOW))
    if m is None:
        return None
    number = number_from_match(m)
    doc_type = abbreviation_for_word(m.group("tw")) or number.doc_type
    if doc_type == "CV" and number.doc_type != "CV":
        doc_type = number.doc_type
    return _lead(m, doc_type, _date_of(m, "date", "date2"), m.group("issuer"), "vừa" in m.group(0))


def _date_of(m: re.Match, *groups: str) -> dt.date | None:
    """The first valid date among a match's date groups."""
    for group in groups:
        dm = DATE_RE.search(m.group(group)) if m.group(group) else None
        when = date_from_match(dm)[0] if dm else None
        if when:
            return when
    return None


def _lead(m: re.Match, doc_type: str | None, when: dt.date | None, issuer: str | None, reported: bool) -> Lead:
    """A lead from a match of one of this module's patterns (each names its number as NUMBER_PATTERN does)."""
    return Lead(
        doc_type,
        number_from_match(m),
        when,
        " ".join((issuer or "").split()),
        (m.start("serial"), m.end("symbol")),
        (m.start(), m.end()),
        reported,
    )


# «(Ban hành kèm theo Quyết định số 59/QĐ-UBND ngày 22 tháng 7 năm 2021 của …)» under the
# title of a regulation or plan that a decision issues: the decision's number and date are its own.
_ATTACHED = re.compile(
    r"(?<![^\W\d_])(?:[Bb]an\s+hành\s+)?kèm\s+theo\s+(?P<tw>(?i:quyết\s+định|nghị\s+quyết|chỉ\s+thị))\s+"
    r"(?:số\s*:?\s*)?" + NUMBER_PATTERN + r"(?:\s*,?\s*[Nn]gày\s+(?P<date>" + _ANY_DATE + r"))?"
)
ATTACHED_WINDOW = 1500  # characters from the header's start: the note stands under the title


def find_attached_to(text: str, start: int = 0) -> Lead | None:
    """The decision a headerless regulation or plan was issued with, or None.
    Its type is left to the text's own heading (a «QUY CHẾ» is a QC)."""
    m = _ATTACHED.search(text, start, min(len(text), start + ATTACHED_WINDOW))
    if m is None:
        return None
    return _lead(m, None, _date_of(m, "date"), None, False)


# A news item that opens with the document it is about: «Thông báo số 408/TB-VPCP ngày 8/8/2025 kết luận …»
# (after a crawler's « date 2025-08-11 » prefix, if any).
_TITLE_LEAD = re.compile(
    r"\A\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?P<tw>(?i:"
    + TYPE_WORD_PATTERN
    + r"))\s+(?:số\s*:?\s*)?"
    + NUMBER_PATTERN
    + r"(?:\s*,?\s*ngày\s+(?P<date>"
    + _ANY_DATE
    + r"))?"
    + r"(?:\s+ban\s+hành\s+bởi\s+(?P<issuer>[^,.;:\n]{3,60}?)(?=\s+về\s|\s*[,.;:\n]))?"
)


def find_title_lead(text: str) -> Lead | None:
    """The document a text opens by naming, number first, or None."""
    m = _TITLE_LEAD.match(text)
    if m is None:
        return None
    return _lead(
        m,
        abbreviation_for_word(m.group("tw")) or number_from_match(m).doc_type,
        _date_of(m, "date"),
        m.group("issuer"),
        False,
    )
