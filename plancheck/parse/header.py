"""The header of a document: issuer, số/ký hiệu, place and date, type, title.

Decree 30 fixes the layout (issuer and "Số:" on the left, Quốc hiệu and
"<place>, ngày .. tháng .. năm ...." on the right, then the type in capitals
and the trích yếu), but real files lose parts of it: seeds 002 and 003 have no
number or date, seed 000 no issuer block.  What the header lacks is sought in
the preamble ("Ủy ban nhân dân phường Thác Mơ xây dựng Kế hoạch ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from plancheck.parse.dates import to_date
from plancheck.parse.doctypes import OWN_NUMBER_RE, TYPE_HEADINGS, DocNumber, number_from_match
from plancheck.parse.levels import short_issuer
from plancheck.parse.lines import Line

_NUMBER_LINE = re.compile(r"^(?:Số|SỐ)\s*(?:và ký hiệu)?\s*:\s*(?P<rest>.*)$")
# The place has no digits, but for the number some wards and districts carry
# ("Phường 4", "Cổ Nhuế 1", "Quận 3").
_DATE_LINE = re.compile(
    r"^(?P<place>[^\d,:;]{2,50}?(?:\s\d{1,2})?)\s*,\s*ngày\s+(?P<d>[\d.…\s]{1,6}?)\s*tháng\s+(?P<m>[\d.…\s]{1,6}?)\s*năm\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
_NATIONAL = re.compile(r"CỘNG\s+HO[ÀA]\s+XÃ\s+HỘI|Độc\s+lập\s*-\s*Tự\s+do|ĐỘC LẬP", re.IGNORECASE)
_BODY_START = re.compile(r"^(Căn\s+cứ|Thực\s+hiện|Theo|Để|Nhằm|Ngày\s+\d)", re.IGNORECASE)
_UNIT_WORDS = r"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn"
_NAME = r"(?P<name>(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:()]*){1,4})"
_PREAMBLE_ISSUER = re.compile(
    r"(?:Chủ tịch\s+)?(?P<body>Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?P<unit>" + _UNIT_WORDS + r")"
    r"(?:" + _NAME + r")?\s*,?\s+(?:xây dựng|ban hành|triển khai|đề ra|thông báo)",
)
_UNIT_NAME = re.compile(r"(?<![^\W\d_])(?P<unit>" + _UNIT_WORDS + r")" + _NAME)
_ISSUER_BLOCK_BODY = re.compile(r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|SỞ|BỘ|BAN|PHÒNG|VĂN PHÒNG)\b")
_BLOCK_UNIT = re.compile(r"(?<![^\W\d_])(?P<unit>" + _UNIT_WORDS + r")\s+(?P<name>\S.*)$")
_YEAR_IN_TITLE = re.compile(r"năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)", re.IGNORECASE)


@dataclass
class HeaderInfo:
    doc_type: str | None = None
    number: DocNumber | None = None
    number_line: Line | None = None
    number_match_span: tuple[int, int] | None = None
    date: date | None = None
    date_text: str | None = None
    date_line: Line | None = None
    place: str | None = None
    doc_type_line: Line | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    issuer: str | None = None
    issuer_line: Line | None = None
    body_start_index: int = 0
    notes: list[str] = field(default_factory=list)


def type_of_heading(plain: str) -> str | None:
    key = " ".join(plain.strip().rstrip(":").split()).upper()
    return TYPE_HEADINGS.get(key)


def _title_case_name(name: str) -> str:
    return " ".join(w.title() if w.isupper() else w for w in name.split())


def _issuer_from_block(lines: list[Line]) -> tuple[str | None, Line | None]:
    """Upper-case issuer lines above "Số:" (e.g. "ỦY BAN NHÂN DÂN" / "PHƯỜNG THÁC MƠ")."""
    block: list[Line] = []
    for ln in lines:
        p = ln.plain
        if not p or _NATIONAL.search(p) or not p.isupper():
            continue
        if type_of_heading(p):
            break
        block.append(ln)
    if not block:
        return None, None
    text = " ".join(ln.plain for ln in block)
    body = _ISSUER_BLOCK_BODY.match(text)
    unit = _BLOCK_UNIT.search(text.lower())
    if body and body.group(1).startswith(("ỦY", "UỶ", "UBND")) and unit:
        name = text[unit.start("name") :]
        return short_issuer("UBND", unit.group("unit"), _title_case_name(name)), block[0]
    return _title_case_name(text), block[0]


def parse_header(lines: list[Line]) -> HeaderInfo:
    info = HeaderInfo()
    limit = min(len(lines), 40)
    for ln in lines[:limit]:
        p = ln.plain
        if info.number_line is None:
            m = _NUMBER_LINE.match(p)
            if m and ("/" in m.group("rest") or "-" in m.group("rest")):
                info.number_line = ln
                rest = m.group("rest")
                nm = OWN_NUMBER_RE.search(rest)
                if nm:
                    info.number = number_from_match(nm)
                    offset = ln.plain_start + m.start("rest") + nm.start()
                    info.number_match_span = (offset, offset + len(nm.group(0)))
                continue
        if info.date_line is None:
            m = _DATE_LINE.match(p)
            if m:
                info.date_line = ln
                info.place = m.group("place").strip(" *")
                info.date_text = p[p.lower().find("ngày") : m.end()].strip()
                d, mo = m.group("d").strip(), m.group("m").strip()
                info.date = to_date(d, mo, m.group("y")) if d.isdigit() and mo.isdigit() else None
                continue
        if info.doc_type_line is None:
            abbr = type_of_heading(p)
            if abbr:
                info.doc_type = abbr
                info.doc_type_line = ln
    if info.doc_type is None and info.number is not None:
        info.doc_type = info.number.doc_type
    _find_title(lines, info)
    stop = info.number_line.index if info.number_line else (info.doc_type_line.index if info.doc_type_line else 0)
    info.issuer, info.issuer_line = _issuer_from_block(lines[:stop])
    return info


def _find_title(lines: list[Line], info: HeaderInfo) -> None:
    """Trích yếu: the lines right after the type heading, up to a blank line."""
    if info.doc_type_line is None:
        return
    i = info.doc_type_line.index + 1
    while i < len(lines) and not lines[i].plain:
        i += 1
    parts: list[Line] = []
    while i < len(lines) and lines[i].plain and len(parts) < 4:
        p = lines[i].plain
        if _BODY_START.match(p) or len(p) > 250 or p.startswith("-"):
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
    if not m:
        return None, None
    unit = m.group("unit")
    name = (m.group("name") or "").strip()
    if not name and title:
        tm = _UNIT_NAME.search(title)
        if tm and tm.group("unit") == unit:
            name = tm.group("name").strip()
    return short_issuer("UBND", unit, _title_case_name(name)), m.start()


def year_of(title: str | None, when: date | None) -> int | None:
    if title:
        m = _YEAR_IN_TITLE.search(title)
        if m:
            return int(m.group(1))
    return when.year if when else None
