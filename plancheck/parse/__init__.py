"""Source → Plan: the whole parse, stage by stage.

Header first (it tells where the body starts and which number is the plan's
own, so that number is not taken for a citation), then the section tree,
citations, reporting duties, assignments, recipients and signature.  What a
site put around the document (its metadata above the header, a list of
related documents below) is set aside and never cited.
"""

from __future__ import annotations

import re

from plancheck.model import Header, Plan
from plancheck.parse.citations import find_citations, find_references
from plancheck.parse.closing import find_recipients, find_recipients_start, find_signature
from plancheck.parse.content_items import find_content_items
from plancheck.parse.doctypes import TYPE_WORD_PATTERN, abbreviation_for_word
from plancheck.parse.duties import find_assignments, find_reporting
from plancheck.parse.header import issuer_from_preamble, parse_header, year_of
from plancheck.parse.kind import kind_of, opens_with_salutation
from plancheck.parse.lead import find_attached_to, find_lead, find_title_lead
from plancheck.parse.levels import level_in_text, level_of, level_of_symbol_code, portal_owner
from plancheck.parse.lines import split_lines
from plancheck.parse.sections import build_sections
from plancheck.parse.spans import make_span
from plancheck.source import Source

_SELF_WORDS = re.compile(r"(Kế hoạch|Quyết định|Báo cáo|Chương trình) này", re.IGNORECASE)
# Where a site's list of other documents begins, below the document.
_TAIL_WORDS = (
    "Văn bản liên quan",
    "Các văn bản khác",
    "Các văn bản liên quan",
    "Tin liên quan",
    "Tin cùng chuyên mục",
    "Bài viết liên quan",
    "Các tin khác",
    "Văn bản cùng lĩnh vực",
    "Tin khác",
    "Tệp đính kèm",
)
_CHROME_TAIL = re.compile(r"^(?:" + "|".join(map(re.escape, _TAIL_WORDS)) + r")\b", re.IGNORECASE)
_TAIL_STARTS = tuple({w[:6] for w in _TAIL_WORDS} | {w[:6].upper() for w in _TAIL_WORDS})
_TYPE_FIRST = re.compile(r"^(?P<tw>(?i:" + TYPE_WORD_PATTERN + r"))\s+(?P<rest>\S.{5,200})$")
_DRAWS_UP = re.compile(
    r"(?<![^\W\d_])(?:UBND|Ủy ban|Uỷ ban|Sở|Bộ|Văn phòng|Ban|Phòng)[^.;:\n]{0,70}?\s(?<!về )(?<!việc )(?:xây dựng|ban hành)\s+"
    r"(?P<tw>Kế hoạch|Chương trình|Quyết định|Đề án)(?![^\W\d_])",
    re.IGNORECASE,
)
_PLANNING_HEADING = re.compile(r"^(?:[IVX]{1,4}|\d)\.\s*CĂN\s+CỨ\s+(?:LẬP|XÂY\s+DỰNG|BAN\s+HÀNH)\s+KẾ\s+HOẠCH")
_ABOUT = re.compile(r"\s*(?P<about>(?:về|v/v)\s[^.;\n]{5,200})")


def _chrome_tail(lines, start: int, text: str) -> int | None:
    """The first line of a site's list below the document, if any (each
    line's start compared with str.startswith: most plans have none)."""
    for ln in lines[start:]:
        if ln.plain.startswith(_TAIL_STARTS) and _CHROME_TAIL.match(ln.plain):
            return ln.index
    return None


def _type_and_title(lines, info, lead, text: str) -> tuple[str | None, str | None]:
    """A document without a type heading: the type and subject its lead, its
    first line («Kế hoạch Cải cách hành chính năm 2022») or its preamble give."""
    if lead is not None:
        about = _ABOUT.match(text, lead.span[1])
        return lead.doc_type, about.group("about").strip() if about else None
    opening = [ln for ln in lines[:8] if ln.plain][:5]
    for k, ln in enumerate(opening):  # the first line, or a line that opens with its type in capitals
        m = _TYPE_FIRST.match(ln.plain)
        if m and abbreviation_for_word(m.group("tw")) not in (None, "CV") and (k == 0 or m.group("tw").isupper()):
            return abbreviation_for_word(m.group("tw")), m.group("rest").strip().rstrip(".")
    m = _DRAWS_UP.search(text, 0, 3000)
    if m:
        return abbreviation_for_word(m.group("tw")), None
    if any(_PLANNING_HEADING.search(ln.plain) for ln in lines[:12]):
        return "KH", None
    if opens_with_salutation(text):
        return "CV", None  # a letter without its header: «Kính gửi: …»
    return None, None


def parse(source: Source) -> Plan:
    """Parse a clean Source into a Plan; never raises on odd text."""
    lines = split_lines(source.text)
    source.know_line_starts([ln.start for ln in lines])
    text = source.text
    info = parse_header(lines, text)
    motto = info.motto
    lead = find_lead(text, info.header_start) if info.number is None and not opens_with_salutation(text) else None
    if info.number is not None and not info.number.serial and info.number_span:
        # «Số:     /KH-UBND» left blank in a copy posted under a lead that gives it (e-xa-ninh-quang)
        above = find_lead(text, 0)
        if above is not None and above.span[1] <= info.number_span[0] and above.number.symbol == info.number.symbol:
            lead = above
    issued_with = None
    if lead is None and info.number is None:
        lead = issued_with = find_attached_to(text, info.header_start)
    if lead is None and info.number is None and info.doc_type_line is None:
        lead = find_title_lead(text)  # «Thông báo số 408/TB-VPCP ngày 8/8/2025 kết luận …» (g-tin-cafef)
    if lead is not None and info.type_heading_alone and lead.span[0] > info.doc_type_line.start:
        lead = None  # below a document's own «KẾ HOẠCH», «Ngày …, UBND … ban hành Quyết định số …» cites another
    kind = kind_of(info, motto, lead, lines, text)
    is_document = kind == "document"

    number_obj = info.number
    doc_type, title, when, issuer = info.doc_type, info.title, info.date, info.issuer
    own_span = info.number_match_span
    if (number_obj is None or not number_obj.serial) and lead is not None:
        number_obj, own_span = lead.number, lead.span
        when = when or lead.date
        issuer = issuer or lead.issuer or None
    if doc_type is None or title is None:
        found_type, found_title = _type_and_title(lines, info, lead, text)
        doc_type, title = doc_type or found_type, title or found_title
    if issuer is None and kind != "unknown":
        issuer, _ = issuer_from_preamble(text, title)
    place = info.place
    level = level_of(issuer, place)
    if level is None and place:
        from plancheck.gazetteer.places import level_of_place

        level = level_of_place(place, when)
    if level is None and number_obj is not None and number_obj.serial:
        first_part = re.split(r"[-/]", number_obj.symbol)[0]  # a letter's symbol opens with its body: «972/SNV-CCHC»
        level = level_of_symbol_code(number_obj.issuer_code) or level_of_symbol_code(first_part)
    if level is None and kind == "document":
        level = level_of(portal_owner(text)) or level_in_text(title, text)
    if source.ocr_pages and issuer and level:  # OCR misreads tone marks; the gazetteer knows the name
        from plancheck.gazetteer.places import respelled

        issuer = respelled(issuer, level)

    recipients_at = find_recipients_start(lines)
    body_from = info.body_start_index
    if lead is not None and info.doc_type_line is None:
        body_from = next((ln.index for ln in lines if ln.start > lead.sentence[1]), len(lines))
    tail = _chrome_tail(lines, body_from, text)
    body_to = recipients_at if recipients_at is not None else (tail if tail is not None else len(lines))
    sections = build_sections(source, lines, body_from, body_to)

    exclude = [own_span] if own_span else []
    if info.number_span:
        exclude.append(info.number_span)
    if info.header_start and kind == "document":
        exclude.append((0, info.header_start))  # a site's metadata above the header
    if tail is not None:
        exclude.append((lines[tail].start, len(text)))
    own = number_obj.normalised if number_obj and number_obj.serial else None
    citations = [] if kind == "unknown" else find_citations(source, exclude, place or issuer, own, when)
    references = find_references(source, citations, title, exclude) if kind != "unknown" else []

    body_start_offset = lines[body_from].start if body_from < len(lines) else len(text)
    body_end_offset = lines[body_to].start if body_to < len(lines) else len(text)
    reporting = find_reporting(source, body_start_offset, body_end_offset)
    assignments = find_assignments(source, lines[body_from:body_to], sections)
    recipients = find_recipients(lines, recipients_at)
    signature = find_signature(lines, recipients_at if recipients_at is not None else max(0, len(lines) - 25))

    number = number_obj.normalised if number_obj and number_obj.serial else None

    header = Header(
        number_line=make_span(source, *info.number_span) if info.number_span else None,
        date_line=make_span(source, *info.date_span) if info.date_span else None,
        issuer_line=make_span(
            source, info.issuer_line.plain_start, info.issuer_line.plain_start + len(info.issuer_line.plain)
        )
        if info.issuer_line
        else None,
        doc_type_line=make_span(
            source, info.doc_type_line.plain_start, info.doc_type_line.plain_start + len(info.doc_type_line.plain)
        )
        if info.doc_type_line
        else None,
        title_span=make_span(source, *info.title_span) if info.title_span else None,
        date_text=info.date_text,
        number_text=info.number_text,
        formal=bool(info.number or info.date_span or info.issuer or motto or info.type_heading_alone),
        issued_with=issued_with is not None,
    )
    shown = kind != "unknown"
    return Plan(
        path=source.path,
        format=source.format,
        encoding=source.encoding,
        kind=kind,
        doc_type=doc_type if shown else None,
        number=number if shown else None,
        symbol=number_obj.symbol if number_obj and shown else None,
        date=when if shown else None,
        issuer=issuer if shown else None,
        level=level if shown else None,
        place=place if is_document else None,
        year=year_of(title, when) if is_document else None,
        title=title if shown else None,
        sections=sections,
        citations=citations,
        references=references,
        reporting=reporting,
        content_items=find_content_items(source, sections),
        assignments=assignments,
        recipients=recipients,
        signature=signature,
        header=header,
        notes=list(source.notes),
    )
