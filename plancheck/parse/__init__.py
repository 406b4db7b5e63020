"""Source → Plan: the whole parse, stage by stage.

Header first (it tells where the body starts and which number is the plan's
own, so that number is not taken for a citation), then the section tree,
citations, reporting duties, assignments, recipients and signature.
"""

from __future__ import annotations

import re

from plancheck.model import Header, Plan
from plancheck.parse.citations import find_citations, find_references
from plancheck.parse.closing import find_recipients, find_recipients_start, find_signature
from plancheck.parse.content_items import find_content_items
from plancheck.parse.duties import find_assignments, find_reporting
from plancheck.parse.header import issuer_from_preamble, parse_header, year_of
from plancheck.parse.levels import level_of
from plancheck.parse.lines import split_lines
from plancheck.parse.sections import build_sections
from plancheck.parse.spans import line_span, make_span
from plancheck.source import Source

_NEWS_MARKERS = re.compile(
    r"Ngày đăng|Chi tiết tin|TIN TỨC|Tin tức|View count|Lượt xem|Số lượng truy cập|"
    r"Các tin khác|\b\d{1,2}:\d{2}\s*(?:AM|PM)?,?\s*Thứ",
)
_SELF_WORDS = re.compile(r"(Kế hoạch|Quyết định|Báo cáo|Chương trình) này", re.IGNORECASE)


def parse(source: Source) -> Plan:
    """Parse a clean Source into a Plan; never raises on odd text."""
    lines = split_lines(source.text)
    source.know_line_starts([ln.start for ln in lines])
    info = parse_header(lines)
    text = source.text

    recipients_at = find_recipients_start(lines)
    body_from = info.body_start_index
    body_to = recipients_at if recipients_at is not None else len(lines)
    sections = build_sections(source, lines, body_from, body_to)

    is_document = bool(info.number_line or info.date_line or info.doc_type_line)
    kind = "document" if is_document else ("news" if _NEWS_MARKERS.search(text) else "unknown")

    issuer = info.issuer
    if is_document and issuer is None:
        issuer, _ = issuer_from_preamble(text, info.title)
    place = info.place
    level = level_of(issuer, place)

    own_line = info.number_line
    exclude = [(own_line.start, own_line.start + len(own_line.raw))] if own_line else []
    citations = find_citations(source, exclude, place or issuer)
    references = find_references(source, citations, info.title, exclude)

    body_start_offset = lines[body_from].start if body_from < len(lines) else len(text)
    body_end_offset = lines[body_to].start if body_to < len(lines) else len(text)
    reporting = find_reporting(source, body_start_offset, body_end_offset)
    assignments = find_assignments(source, lines[body_from:body_to], sections)
    recipients = find_recipients(lines, recipients_at)
    signature = find_signature(lines, recipients_at if recipients_at is not None else max(0, len(lines) - 25))

    number = info.number.normalised if info.number and info.number.serial else None

    def span_of(ln):
        return line_span(source, ln) if ln else None

    header = Header(
        number_line=span_of(info.number_line),
        date_line=span_of(info.date_line),
        issuer_line=span_of(info.issuer_line),
        doc_type_line=span_of(info.doc_type_line),
        title_span=make_span(source, *info.title_span) if info.title_span else None,
        date_text=info.date_text,
        number_text=info.number_line.plain if info.number_line else None,
    )
    return Plan(
        path=source.path,
        format=source.format,
        encoding=source.encoding,
        kind=kind,
        doc_type=info.doc_type if is_document else None,
        number=number if is_document else None,
        symbol=info.number.symbol if info.number else None,
        date=info.date if is_document else None,
        issuer=issuer if is_document else None,
        level=level if is_document else None,
        place=place if is_document else None,
        year=year_of(info.title, info.date) if is_document else None,
        title=info.title if is_document else None,
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
