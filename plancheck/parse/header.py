"""The header of a document: issuer, số/ký hiệu, place and date, type, title.

Decree 30 fixes the layout (issuer and "Số:" on the left, Quốc hiệu and
"<place>, ngày .. tháng .. năm ...." on the right, then the type in capitals
and the trích yếu).  Real files lose or reshape parts of it; the parts are
found wherever the layout left them (plancheck.parse.head_layout), and what
the header lacks is sought in a narrative lead (plancheck.parse.lead) or
the preamble ("Ủy ban nhân dân phường Thác Mơ xây dựng Kế hoạch ...").

Longer than most modules because the Decree-30 header is one structure whose
parts (issuer, number, place and date, type and title) are read together: each
part's reader needs what the others found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from plancheck.gazetteer.units import UNIT_WORD_PATTERN
from plancheck.parse.dates import to_date
from plancheck.parse.doctypes import OWN_NUMBER_RE, TYPE_HEADINGS, TYPE_WORDS, DocNumber, number_from_match
from plancheck.parse.head_layout import (
    BARE_DATE_RE,
    CHROME_LINE_RE,
    DATE_ALONE_RE,
    DATE_LINE_RE,
    ISSUER_HEAD_RE,
    MOTTO_RE,
    NUMBER_HEAD_RE,
    is_upper_text,
    masked_head,
)
from plancheck.parse.levels import short_issuer
from plancheck.parse.lines import Line

HEAD_LINES = 60  # the header is read in the first lines of a text (site chrome may come first)
HEAD_CHARS = 5000
LONG_LINE = 160  # characters: a line of running text, past the header
_BODY_START = re.compile(r"^(Căn\s+cứ|Thực\s+hiện|Theo|Để|Nhằm|Ngày\s+\d|I\.\s|1\.\s)", re.IGNORECASE)
_UNIT_WORDS = UNIT_WORD_PATTERN
_NAME = r"(?P<name>(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:()]*){1,4})"
_PREAMBLE_ISSUER = re.compile(
    r"(?:Chủ tịch\s+)?(?P<body>Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?P<unit>" + _UNIT_WORDS + r")"
    r"(?:" + _NAME + r")?\s*,?\s+(?:xây dựng|ban hành|triển khai|đề ra|thông báo)",
)
_PREAMBLE_BODY = re.compile(
    r"(?<![^\W\d_])(?P<body>(?:Sở|Bộ|Văn phòng|Ban Chỉ đạo|Ban(?! nhân dân))\s+[^,.;:()\n]{2,60}?)"
    r"(?:\s*\([^()\n]{0,60}\))?\s*,?\s+(?<!về )(?i:xây dựng|ban hành|triển khai)\s+(?i:kế hoạch|chương trình)",
)
_UNIT_NAME = re.compile(r"(?<![^\W\d_])(?P<unit>" + _UNIT_WORDS + r")" + _NAME)
_BLOCK_UNIT = re.compile(r"(?<![^\W\d_])(?P<unit>" + _UNIT_WORDS + r")\s+(?P<name>\S.*)$")
_CITES = re.compile(r"(?<![^\W\d_])số\s*:?\s*\d|\d{1,5}\s*/\s*[A-ZĐ]", re.IGNORECASE)
_YEAR_IN_TITLE = re.compile(r"năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)", re.IGNORECASE)
_UBND_BODY = re.compile(r"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\b", re.IGNORECASE)
# A type heading that runs on into its subject: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025".
_TYPE_LEAD = re.compile(
    r"^(?P<tw>" + "|".join(re.escape(w.upper()) for w, a in TYPE_WORDS if a != "CV") + r")\s+(?P<rest>\S.*)$"
)
_LOWER_WORDS = {
    "và",
    "của",
    "về",
    "các",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "thị",
    "trấn",
    "quận",
    "thành",
    "phố",
    "đặc",
    "khu",
}


@dataclass
class HeaderInfo:
    doc_type: str | None = None
    number: DocNumber | None = None
    number_line: Line | None = None
    number_span: tuple[int, int] | None = None  # "Số: 16/KH-UBND" as written, in the text
    number_text: str | None = None  # that text, the layout's line breaks taken out
    number_match_span: tuple[int, int] | None = None
    date: date | None = None
    date_text: str | None = None
    date_line: Line | None = None
    date_span: tuple[int, int] | None = None  # "<place>, ngày … năm …"
    place: str | None = None
    doc_type_line: Line | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    issuer: str | None = None
    issuer_text: str | None = None  # the block as written, joined
    issuer_line: Line | None = None
    header_start: int = 0  # where the header begins: what stands above it is a site's chrome
    type_heading_alone: bool = False  # «KẾ HOẠCH» on a line of its own, not run on into its subject
    motto: bool = False  # the national motto stands in the head
    body_start_index: int = 0
    notes: list[str] = field(default_factory=list)


def type_of_heading(plain: str) -> str | None:
    key = " ".join(plain.strip().strip("|").strip().rstrip(":").split()).upper()
    return TYPE_HEADINGS.get(key)


def _line_at(lines: list[Line], offset: int) -> Line:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lines[lo]


_ACRONYMS = {"UBND", "HĐND", "MTTQ", "CCHC", "TTHC", "BCĐ", "TP", "TP."}


def _title_word(word: str, first: bool) -> str:
    if word in _ACRONYMS:
        return word
    low = word.lower()
    if not first and low in _LOWER_WORDS:
        return low
    return low[:1].upper() + low[1:] if word.isupper() else word


_HEAD_CASES = {
    h.lower(): h
    for h in (
        "Ủy ban nhân dân",
        "Uỷ ban nhân dân",
        "Hội đồng nhân dân",
        "Văn phòng",
        "Ban Chỉ đạo",
        "Thủ tướng Chính phủ",
        "Bộ Chỉ huy",
        "Tổng cục",
        "Trung tâm",
    )
}


def org_name(text: str) -> str:
    """An issuing body as prose writes it: "BỘ NỘI VỤ" → "Bộ Nội vụ",
    "SỞ TƯ PHÁP TỈNH PHÚ YÊN" → "Sở Tư pháp tỉnh Phú Yên"."""
    words = text.split()
    if not words or not is_upper_text(text):
        return " ".join(words)
    unit = _BLOCK_UNIT.search(text.lower())
    cut = len(text[: unit.start()].split()) if unit else len(words)
    low = " ".join(words[:cut]).lower()
    known = next((h for h in sorted(_HEAD_CASES, key=len, reverse=True) if low == h or low.startswith(h + " ")), None)
    if known:
        n = len(known.split())
        rest = words[n:cut]
        head = [
            _HEAD_CASES[known],
            *([_title_word(rest[0], True)] if rest else []),
            *(w if w in _ACRONYMS else w.lower() for w in rest[1:]),
        ]
    else:
        head = [_title_word(w, i == 0) if i < 2 else w.lower() for i, w in enumerate(words[:cut])]
    if unit:
        head.append(unit.group("unit"))
        name_words = text[unit.start("name") :].split()
        head.extend(w.title() if w.isupper() else w for w in name_words)
    return " ".join(head)


def _issuer_from_block(lines: list[Line], masked: str, start: int, stop: int) -> tuple[str | None, str | None, int]:
    """The issuer block above the number (or the date, or the type): the
    last run of upper-case or issuer-like lines before ``stop``, the motto
    and borders already blanked; (issuer, block text, where it starts)."""
    region = masked[start:stop]
    pieces: list[tuple[int, str]] = []
    offset = start
    for raw in region.split("\n"):
        text = " ".join(raw.split())
        if text:
            pieces.append((offset + len(raw) - len(raw.lstrip()), text))
        offset += len(raw) + 1
    block: list[tuple[int, str]] = []
    for at, text in reversed(pieces):
        if CHROME_LINE_RE.match(text) or type_of_heading(text):
            break
        issuer_like = is_upper_text(text) or ISSUER_HEAD_RE.match(text)
        if not issuer_like or len(text) > 120:
            if block:
                break
            continue
        block.insert(0, (at, text))
        if len(block) == 4:
            break
    if not block:
        return None, None, stop
    joined = " ".join(t for _, t in block)
    head = ISSUER_HEAD_RE.search(joined)
    if head is None:
        return None, None, stop
    joined = joined[head.start() :]
    under = _PARTY_UNDER.search(joined)
    if under:  # «HUYỆN ỦY THIỆU HÓA / ĐẢNG ỦY XÃ THIỆU PHÚC»: the superior committee above the issuer
        joined = joined[under.start("own") :]
    unit = _BLOCK_UNIT.search(joined.lower())
    if _UBND_BODY.match(joined) and unit and not ISSUER_HEAD_RE.search(joined, unit.end("unit")):
        name = joined[unit.start("name") :]
        return short_issuer("UBND", unit.group("unit"), _proper(name)), joined, block[0][0]
    return org_name(joined), joined, block[0][0]


_PARTY_UNDER = re.compile(r"^(?:HUYỆN|TỈNH|THÀNH|QUẬN|THỊ)\s+(?:ỦY|UỶ)\b.*?\s(?P<own>ĐẢNG\s+(?:ỦY|UỶ)\s|CHI\s+BỘ\s)")


def _proper(name: str) -> str:
    return " ".join(w.title() if w.isupper() else w for w in name.split())


def _find_number(masked: str, text: str, info: HeaderInfo, lines: list[Line]) -> None:
    for head in NUMBER_HEAD_RE.finditer(masked):
        nm = OWN_NUMBER_RE.match(masked, head.end())
        if nm is None or not ("/" in nm.group(0) or "-" in nm.group(0)):
            continue
        info.number = number_from_match(nm)
        info.number_match_span = (nm.start(), nm.end())
        info.number_span = (head.start(), nm.end())
        written = re.sub(r"[ \t]*\n[\s|]*", "", text[nm.start() : nm.end()])
        info.number_text = "Số: " + written
        info.number_line = _line_at(lines, head.start())
        return


def _find_date(masked: str, info: HeaderInfo, lines: list[Line], after: int) -> None:
    m = DATE_LINE_RE.search(masked, after) or DATE_LINE_RE.search(masked) or DATE_ALONE_RE.search(masked)
    if m is None:
        return
    info.date_span = (m.start(), m.end())
    info.date_line = _line_at(lines, m.start())
    info.place = " ".join(m.group("place").split()).strip(" *")
    ngay = masked.lower().find("ngày", m.start("place"))
    info.date_text = " ".join(masked[ngay : m.end()].split())
    d, mo = m.group("d") or "", m.group("m") or ""
    info.date = to_date(d, mo, m.group("y")) if d.isdigit() and mo.isdigit() else None


def _find_type(lines: list[Line], info: HeaderInfo, first: int, last: int) -> None:
    for ln in lines[first:last]:
        abbr = type_of_heading(ln.plain)
        if abbr:
            info.doc_type, info.doc_type_line = abbr, ln
            info.type_heading_alone = is_upper_text(ln.plain)
            return
    for ln in lines[first:last]:
        m = _TYPE_LEAD.match(" ".join(ln.plain.strip(" |").split()))
        if m and is_upper_text(ln.plain) and len(ln.plain) < 200:
            info.doc_type, info.doc_type_line = TYPE_HEADINGS[m.group("tw")], ln
            return


def parse_header(lines: list[Line], text: str) -> HeaderInfo:
    info = HeaderInfo()
    if not lines:
        return info
    limit = min(len(lines), HEAD_LINES)
    # the head ends with the first paragraph of running text (a header's lines are short) —
    # not one above the motto: a law site's title of the document, or its list of related
    # documents, over its copy (f-quang-ninh, f-quang-ngai)
    motto = MOTTO_RE.search(text, 0, min(len(text), HEAD_CHARS))
    from_line = max(2, _line_at(lines, motto.start()).index) if motto else 2
    limit = next((ln.index + 1 for ln in lines[:limit] if len(ln.plain) > LONG_LINE and ln.index >= from_line), limit)
    end = min(lines[limit - 1].start + len(lines[limit - 1].raw), HEAD_CHARS, len(text))
    masked, info.motto = masked_head(text, end)
    _find_number(masked, text, info, lines)
    _find_date(masked, info, lines, info.number_span[1] if info.number_span else 0)
    anchors = [s[0] for s in (info.number_span, info.date_span) if s]
    first_part = min(anchors) if anchors else None
    type_from = _line_at(lines, first_part).index if first_part is not None else 0
    _find_type(lines, info, type_from, limit)
    if info.doc_type is None and info.number is not None and info.number.serial:
        info.doc_type = info.number.doc_type
    stop = first_part if first_part is not None else (info.doc_type_line.start if info.doc_type_line else None)
    if stop is not None:
        info.issuer, info.issuer_text, info.header_start = _issuer_from_block(lines, masked, 0, stop)
        if info.issuer:
            info.issuer_line = _line_at(lines, info.header_start)
        else:
            info.header_start = stop
    if info.issuer is None and info.date is None and info.number is None:
        m = BARE_DATE_RE.search(masked, 0, min(end, 600))
        if m and info.doc_type_line is not None and m.start() < info.doc_type_line.start:
            info.date = to_date(m.group("d"), m.group("m"), m.group("y"))
    _find_title(lines, info)
    return info


def _find_title(lines: list[Line], info: HeaderInfo) -> None:
    """Trích yếu: the lines right after the type heading, up to a blank line
    (or the type heading's own rest, when it runs on)."""
    if info.doc_type_line is None:
        return
    own = _TYPE_LEAD.match(" ".join(info.doc_type_line.plain.strip(" |").split()))
    i = info.doc_type_line.index + 1
    if own:
        info.title = own.group("rest").rstrip(".").strip()
        ln = info.doc_type_line
        info.title_span = (ln.plain_start, ln.plain_start + len(ln.plain))
        info.body_start_index = i
        return
    while i < len(lines) and not lines[i].plain:
        i += 1
    parts: list[Line] = []
    while i < len(lines) and lines[i].plain and len(parts) < 4:
        p = lines[i].plain
        # a title may open like a preamble («Thực hiện cải thiện Chỉ số …»); a preamble cites a number
        opens_body = _BODY_START.match(p) and (parts or _CITES.search(p) or len(p) > 200)
        if opens_body or len(p) > 250 or p.startswith("-") or (parts and p.isupper() and not parts[-1].plain.isupper()):
            break
        parts.append(lines[i])
        i += 1
    if parts:
        title = " ".join(ln.plain for ln in parts).strip().rstrip(".").strip()
        info.title = " ".join(title.split())
        info.title_span = (parts[0].plain_start, parts[-1].plain_start + len(parts[-1].plain))
    info.body_start_index = i


def issuer_from_preamble(text: str, title: str | None) -> tuple[str | None, int | None]:
    """Issuer named where the document presents itself, with its offset."""
    m = _PREAMBLE_ISSUER.search(text[:6000])
    if m:
        unit = m.group("unit")
        name = (m.group("name") or "").strip()
        if not name and title:
            tm = _UNIT_NAME.search(title)
            if tm and tm.group("unit") == unit:
                name = tm.group("name").strip()
        return short_issuer("UBND", unit, _proper(name)), m.start()
    m = _PREAMBLE_BODY.search(text[:6000])
    if m:
        return " ".join(m.group("body").split()), m.start()
    return None, None


def year_of(title: str | None, when: date | None) -> int | None:
    if title:
        m = _YEAR_IN_TITLE.search(title)
        if m:
            return int(m.group(1))
    return when.year if when else None
