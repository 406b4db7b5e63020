"""Find citations of numbered documents, and references without a number.

Finding is kept apart from resolving (as eyecite does): here a citation is only
what the text says — type, number, date, issuer — with its span.  Which corpus
document it points to is the graph's business.

Longer than most modules because a citation's number, type, date and issuer
are read from one span of text by cooperating patterns, each tuned on real
texts (see tests/test_real_slips.py).
"""

from __future__ import annotations

import re

from plancheck import fastsearch
from plancheck.fastsearch import positions
from plancheck.model import Citation, Reference
from plancheck.parse.dates import DATE_PATTERN, date_from_match
from plancheck.parse.doctypes import (
    NUMBER_RE,
    TYPE_WORD_PATTERN,
    abbreviation_for_word,
    number_from_match,
)
from plancheck.parse.levels import BODY_CODES, level_of
from plancheck.parse.spans import Intervals, make_span
from plancheck.source import Source
from plancheck.vietnamese import fold_plain

# The words that may stand before a number: "Kế hoạch số", "Quyết định", "số".
# Searched backwards from each number NUMBER_RE finds, because trying the long
# alternation of type words at every offset of the text was most of the parse time.
_PREFIX_RE = re.compile(
    r"(?:(?P<tw>(?i:" + TYPE_WORD_PATTERN + r"))\s+(?:(?i:số|số hiệu)\s*(?::\s*)?)?|(?<![^\W\d_])(?i:số)\s*(?::\s*)?)\Z"
)
_PREFIX_WINDOW = 60


# What may stand between a number's first character and its first "/" or
# dash: NUMBER_RE opens with \d{1,5}[a-z]?, then \s*, then the year's "/"
# or the symbol's separator.
_SEPARATORS = "/-\u2010\u2011\u2012\u2013\u2014\u2015"


def number_matches(text: str):
    """``NUMBER_RE.finditer(text)``, the same matches, found from the "/" and
    dashes that every document number holds.

    Opening with a digit, NUMBER_RE has the engine test every character of
    a plan (about a quarter of the parse); the separators are found with
    ``str.find``, and the expression is tried only on the digits just before
    one.  A match's first separator has only digits, one lower-case letter
    and spaces before it, so no match is missed; trying those starts in
    order, after the previous match's end, gives finditer's own matches.
    """
    pos = 0
    for j in positions(text, *_SEPARATORS):
        if j < pos:
            continue
        i = j
        while i > pos and text[i - 1].isspace():
            i -= 1
        if i > pos + 1 and "a" <= text[i - 1] <= "z" and text[i - 2].isdecimal():
            i -= 1
        first = i
        while first > pos and text[first - 1].isdecimal():
            first -= 1
        for start in range(first, i):
            m = NUMBER_RE.match(text, start)
            if m:
                yield m
                pos = m.end()
                break


def _numbers_with_prefix(text: str):
    """(start, type word or None, number match) for every document number in the text."""
    for m in number_matches(text):
        lo = max(0, m.start() - _PREFIX_WINDOW)
        p = _PREFIX_RE.search(text, lo, m.start())
        if p:
            yield p.start(), p.group("tw"), m
        else:
            yield m.start(), None, m


# "Đề án số 06": a numbered document without a symbol.  Found from "số 06"
# backwards to the type word, for the same reason as _PREFIX_RE.
# Matched at word starts on the lower-cased text (plancheck.wordstart), from
# the literal "số", quick to skip to.
_SO_SERIAL_RE = re.compile(r"số\s+(?P<serial>\d{1,5})(?![\d/\-–])")
_TYPE_WORD_BEFORE_RE = re.compile(r"(?P<tw>" + TYPE_WORD_PATTERN + r")\s+\Z", re.IGNORECASE)


def _bare_numbers(text: str, lowered: str):
    """(start, end, type word, serial) of every "<type word> số <n>" without a symbol."""
    for m in fastsearch.finditer(_SO_SERIAL_RE, lowered):
        t = _TYPE_WORD_BEFORE_RE.search(text, max(0, m.start() - _PREFIX_WINDOW), m.start())
        if t:
            yield t.start(), m.end(), t.group("tw"), m.group("serial")


# "\s*(?:,\s*)?", never "\s*,?\s*": the two runs of spaces of the latter can
# split a long run in every way, and a citation followed by 20,000 spaces
# took 45 s to fail.
_DATE_AFTER_RE = re.compile(r"\s*(?:,\s*)?(?:(?:ban hành|ký)\s+)?(?:ngày\s+)?" + DATE_PATTERN, re.IGNORECASE)
_DATE_LATE_RE = re.compile(r"[ \t]*,?[ \t]*ngày\s+" + DATE_PATTERN, re.IGNORECASE)
_ISSUER_AFTER_RE = re.compile(r"\s*(?:,\s*)?(?:của|do)\s+(?P<issuer>[^\n,;.:()“”\"]{2,90})")
_ISSUER_STOP_RE = re.compile(
    r"\s+(?:về|ban hành|phê duyệt|thực hiện|triển khai|khóa|khoá|quy định|hướng dẫn|tại|"
    r"đối với|giai đoạn|năm \d|ngày \d|để|đã|phê|việc|trên)(?![^\W\d_])",
    re.IGNORECASE,
)


def _issuer_after(text: str, pos: int) -> tuple[str | None, int]:
    m = _ISSUER_AFTER_RE.match(text, pos)
    if not m:
        return None, pos
    raw = m.group("issuer")
    stop = _ISSUER_STOP_RE.search(raw)
    if stop:
        raw = raw[: stop.start()]
    raw = raw.strip()
    if not raw or raw[0].islower() and not raw.lower().startswith(("ubnd", "ủy ban", "uỷ ban")):
        # "của cơ quan ..." and the like are descriptions, not issuers.
        if not raw.lower().startswith(("ủy", "uỷ", "ubnd", "hđnd", "chủ tịch", "thủ tướng", "bộ", "ban", "sở")):
            return None, pos
    return raw, m.start("issuer") + len(raw)


_DATE_BEFORE_RE = re.compile(
    r"(?:^|[.\n]\s*)Ngày\s+"
    + DATE_PATTERN
    + r"\s*(?:,\s*)?(?P<lead>[^,.;\n]{2,80}?)\s+(?:đã\s+)?(?:ban hành|ký ban hành|phê duyệt)\s*$"
)


def _date_before(text: str, start: int):
    """ "Ngày 08/2/2024, UBND Thành phố ban hành Kế hoạch số 54/KH-UBND": date and
    issuer told before the number, as news items and reports write it."""
    window = text[max(0, start - 160) : start]
    tw = re.search(r"(?i:" + TYPE_WORD_PATTERN + r")\s*$", window)
    if tw:
        window = window[: tw.start()]
    m = _DATE_BEFORE_RE.search(window)
    if not m:
        return None, None, None
    value, date_text = date_from_match(m)
    return value, date_text, m.group("lead").strip()


# "(sau đây viết tắt là Quyết định số 765)": a short name for a document
# cited just before, not a citation of its own.
_ALIAS_BEFORE = re.compile(r"(?:sau\s+đây\s+)?(?:viết|gọi)\s+tắt(?:\s+là)?\s*[^()\n]{0,30}$", re.IGNORECASE)


def _is_alias(text: str, start: int) -> bool:
    window = text[max(0, start - 60) : start]
    paren = window.rfind("(")
    return paren >= 0 and ")" not in window[paren:] and bool(_ALIAS_BEFORE.search(window[paren + 1 :]))


def _text_end(text: str) -> int:
    """Where the text's last non-space character ends (found from the end, without copying it)."""
    i = len(text)
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _cut_off(last: int, end: int) -> bool:
    """A number the end of the text cuts ("Quyết định số 2629/QĐ-T" as the
    last characters of a web excerpt): not a document anyone can find."""
    return end >= last


def find_citations(
    source: Source,
    exclude: list[tuple[int, int]],
    city_context: str | None,
    own_number: str | None = None,
    own_date=None,
) -> list[Citation]:
    """Every numbered document the text cites.  The document naming itself
    ("ban hành kèm theo Quyết định số 971/QĐ-BNV") is none: its own number
    with its own date, or with no date and no issuer — a commune's
    10/KH-UBND citing the district's 10/KH-UBND of another day is a citation."""
    text = source.text
    out: list[Citation] = []
    excluded = Intervals(exclude)
    last = _text_end(text)
    for start, type_word, m in _numbers_with_prefix(text):
        # the own number is no citation, even when a word above it reads as a
        # type ("XÃ YÊN LUẬT" over "Số: 30/KH-UBND": luật is a law)
        if excluded.covers(start) or excluded.covers(m.start()):
            continue
        if _is_alias(text, start) or _cut_off(last, m.end()):
            continue
        number = number_from_match(m)
        if number.separator == "-" and "/" not in number.symbol and number.doc_type == "CV" and not type_word:
            continue  # «kỳ họp thứ 3 - HĐND xã»: a count before a body's name, not a Party-style number
        doc_type = abbreviation_for_word(type_word) if type_word else None
        symbol_type = number.doc_type
        if doc_type is None or (doc_type == "CV" and symbol_type != "CV"):
            doc_type = symbol_type
        end = m.end()
        date_value, date_text, valid = None, None, True
        dm = _DATE_AFTER_RE.match(text, end)
        if dm and dm.start() - end <= 2:
            date_value, date_text = date_from_match(dm)
            valid = date_value is not None
            end = dm.end()
        if date_value is None and date_text is None:
            date_value, date_text, lead_issuer = _date_before(text, start)
            valid = date_text is None or date_value is not None
        else:
            lead_issuer = None
        issuer, issuer_end = _issuer_after(text, end)
        if issuer and date_value is None and date_text is None:
            late = _DATE_LATE_RE.match(text, issuer_end)  # «411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022»
            if late:
                date_value, date_text = date_from_match(late)
                valid = date_value is not None
        if not issuer and lead_issuer:
            issuer, issuer_end = lead_issuer, end
        if (
            own_number
            and number.normalised == own_number
            and ((own_date is not None and date_value == own_date) or (date_value is None and not issuer))
        ):
            continue  # the document naming itself
        if issuer:
            end = issuer_end
        else:
            code = (number.issuer_code or "").upper()
            issuer = BODY_CODES.get(code)
        out.append(
            Citation(
                doc_type=doc_type,
                number=number.normalised,
                serial=number.serial or "",
                symbol=number.symbol,
                year_in_number=number.year,
                date=date_value,
                date_text=date_text,
                date_valid=valid,
                issuer=issuer,
                issuer_level=level_of(issuer, city_context),
                text=text[start:end],
                line=source.locate(start)[0],
                span=make_span(source, start, end),
            )
        )
    taken = Intervals([(c.span.start, c.span.end) for c in out] + exclude)
    for start, end, type_word, serial in _bare_numbers(text, source.lowered):
        if taken.covers(start) or _is_alias(text, start) or _cut_off(last, end):
            continue
        out.append(
            Citation(
                doc_type=abbreviation_for_word(type_word),
                number=serial,
                serial=serial,
                symbol=None,
                issuer=None,
                text=text[start:end],
                line=source.locate(start)[0],
                span=make_span(source, start, end),
            )
        )
    full = {(c.doc_type, c.serial) for c in out if c.symbol}
    # "Nghị quyết số 57" beside "Nghị quyết số 57-NQ/TW": a short mention of that one
    out = [c for c in out if c.symbol or (c.doc_type, c.serial) not in full]
    out.sort(key=lambda c: c.span.start)
    return out


_REFERENCE_RE = re.compile(  # at a word start: searched with plancheck.wordstart
    r"(?P<tw>Kế hoạch|Chương trình(?: tổng thể)?|Quyết định|Nghị quyết|Chỉ thị|Đề án)"
    r"(?P<rest>[ \t]+(?!số\b|\d|này\b|của cơ quan\b)[^\n;.()]{10,200})"
)
_REFERENCE_CUE = re.compile(
    r"năm \d{4}|giai đoạn|của (?:Chính phủ|UBND|Ủy ban|tỉnh|huyện|thị xã|xã|phường|thành phố|Thủ tướng)", re.I
)
_REFERENCE_SPLIT = re.compile(r",| và (?=(?:Kế hoạch|Chương trình|Quyết định|Nghị quyết|Chỉ thị|Đề án|kế hoạch)\b)")


def find_references(
    source: Source, citations: list[Citation], own_title: str | None, exclude: list[tuple[int, int]]
) -> list[Reference]:
    """References to documents by name only, without a number."""
    text = source.text
    taken = Intervals([(c.span.start, c.span.end) for c in citations] + exclude)
    own = re.sub(r"^(ve|ve viec)\s+", "", fold_plain(own_title or ""))
    out: list[Reference] = []
    pos = 0
    while True:
        m = fastsearch.search(_REFERENCE_RE, text, pos)
        if m is None:
            break
        start = m.start()
        pos = start + len(m.group("tw"))
        if taken.covers(start):
            continue
        body = _REFERENCE_SPLIT.split(m.group(0), maxsplit=1)[0]
        cut = taken.next_start(start, start + len(body))
        if cut is not None:
            body = body[: cut - start]
        body = re.sub(r"\s+(?:tại|theo|của)?\s*(?:(?i:" + TYPE_WORD_PATTERN + r"))?\s*(?:số)?\s*$", "", body).rstrip(
            " :"
        )
        if not _REFERENCE_CUE.search(body):
            continue
        folded = fold_plain(body)
        if own and own[:25] in folded and " cua " not in folded:
            continue  # the plan naming itself
        before = text[max(0, start - 25) : start].lower()
        if re.search(r"(xây dựng|ban hành|trên đây là|là)\s*$", before):
            continue
        out.append(
            Reference(
                doc_type=abbreviation_for_word(m.group("tw").replace(" tổng thể", "")),
                text=body,
                line=source.locate(start)[0],
                span=make_span(source, start, start + len(body)),
            )
        )
    return out
