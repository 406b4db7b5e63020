"""What a text is: a document, a news item about one, or neither.

A document shows itself by its header (two of: số/ký hiệu, the place-and-date
line, the issuer block, the type heading, the motto — or its number alone,
or a type heading on a line of its own: «KẾ HOẠCH»),
or, posted without one, by a plan's own body: numbered parts such as
«I. MỤC ĐÍCH, YÊU CẦU».  A news item tells what someone did («vừa ban
hành», «Sáng ngày …, UBND xã tổ chức Hội nghị») and carries a portal's
marks (view counts, post times); so is running prose with neither a
header nor a plan's parts.  Anything else (a list of documents, a tag page)
is unknown, and no plan rule is applied to it.
"""

from __future__ import annotations

import re

_PLAN_PART = re.compile(
    r"^(?:[IVX]{1,4}|[1-9])\s*[.)/-]\s*(?:MỤC\s+ĐÍCH|MỤC\s+TIÊU|YÊU\s+CẦU|NỘI\s+DUNG|NHIỆM\s+VỤ|TỔ\s+CHỨC\s+THỰC\s+HIỆN|"
    r"GIẢI\s+PHÁP|KINH\s+PHÍ|CĂN\s+CỨ|ĐỐI\s+TƯỢNG|PHẠM\s+VI|HÌNH\s+THỨC|KẾ\s+HOẠCH|CHỈ\s+TIÊU|THỜI\s+GIAN)",
    re.IGNORECASE,
)
# The same parts as headings of their own, unnumbered: «NỘI DUNG THỰC HIỆN».
_PLAN_PART_ALONE = re.compile(
    r"^(?:MỤC ĐÍCH(?:, YÊU CẦU)?|MỤC TIÊU|NỘI DUNG(?: THỰC HIỆN)?|NHIỆM VỤ(?:,? GIẢI PHÁP)?|TỔ CHỨC THỰC HIỆN|"
    r"GIẢI PHÁP(?: THỰC HIỆN)?|KINH PHÍ(?: THỰC HIỆN)?)\s*:?$"
)
# «… ban hành Kế hoạch số 1038/KH-UBND về …:» at a line's end, or «… như sau»: the plan follows.
_INTRODUCES = re.compile(r"[^.\n]{0,300}?(?::[ \t]*$|(?:cụ thể\s+)?như\s+sau)", re.MULTILINE)
# A preamble that presents the plan: «Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:»,
# «UBND huyện ban hành Kế hoạch Cải cách hành chính (CCHC) năm 2022 với các nội dung sau:».
_PRESENTS = re.compile(
    r"(?<![^\W\d_])(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Sở|Bộ|Văn phòng|Ban)[^.;:\n]{0,80}?\s(?:xây dựng|ban hành)\s+"
    r"(?:Kế hoạch|Chương trình|Đề án|Phương án)[^.;]{0,200}?(?:như\s+sau|sau\s+đây|nội\s+dung\s+(?:chủ\s+yếu\s+)?sau)\s*:",
    re.IGNORECASE,
)
_NEWS_CUES = re.compile(
    r"Ngày đăng|Chi tiết tin|TIN TỨC|Tin tức|View count|Lượt xem|Đã xem|Số lượng truy cập|Cập nhật\s*:|"
    r"Các tin khác|Tin liên quan|Tin cùng chuyên mục|Bài viết liên quan|Tệp đính kèm|\(Website|\bA- A A\+|"
    r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM)?,?\s*(?:Thứ|\d{1,2}/)|"
    r"vừa (?:ban hành|ký|công bố|tổ chức|triển khai)|(?:Sáng|Chiều|Tối) ngày|[Hh]ội nghị|[Đđ]ồng chí|[Pp]hóng viên|"
    r"Theo (?:Kế hoạch|báo cáo|Quyết định)|Theo đó,|cho biết|phát biểu|nhấn mạnh|^date \d{4}|Theo www\.|"
    r"Tăng tương phản",
    re.MULTILINE,
)


def has_plan_body(lines) -> bool:
    """A part of the kind a plan's body opens with, numbered or a heading of its own."""
    return any(_PLAN_PART.match(ln.plain) or _PLAN_PART_ALONE.match(ln.plain) for ln in lines)


def looks_like_news(text: str) -> bool:
    return _NEWS_CUES.search(text[:4000]) is not None


def header_strength(info, motto: bool) -> int:
    """How many parts of a Decree-30 header the text has."""
    return sum(
        (
            info.number is not None,
            info.date_span is not None,
            info.issuer is not None,
            info.doc_type_line is not None,
            motto,
        )
    )


PROSE_LINE = 150  # characters: a paragraph of running text
PROSE_PARAGRAPHS = 2
LONG_ITEM = 300  # characters: a "- …" item this long is a paragraph, not a document's title in a list
LONG_PARAGRAPH = 600  # characters: one paragraph this long, of several sentences, is an article's body
_SENTENCE_END = re.compile(r"[.!?…][”\"]?\s+[A-ZĐÀ-Ỹ]")


def is_prose(lines) -> bool:
    """Paragraphs of running text, not a list: what an article is made of
    (a site's list of documents is short "- …" lines).  A copy that joined
    an article into one paragraph is prose too."""
    paragraphs = [
        ln
        for ln in lines[:80]
        if len(ln.plain) >= LONG_ITEM or (len(ln.plain) >= PROSE_LINE and not ln.plain[:1] in "-+•*0123456789")
    ]
    if len(paragraphs) >= PROSE_PARAGRAPHS:
        return True
    if any(len(ln.plain) >= LONG_PARAGRAPH and len(_SENTENCE_END.findall(ln.plain)) >= 3 for ln in paragraphs):
        return True
    wrapped = _wrapped_paragraphs(lines[:120])
    return len(wrapped) >= PROSE_PARAGRAPHS or any(len(_SENTENCE_END.findall(p)) >= 3 for p in wrapped)


def _wrapped_paragraphs(lines) -> list[str]:
    """Paragraphs of a hard-wrapped copy (lines of about 80 characters, a
    blank line or a short line between paragraphs), joined: the ones that
    read as sentences, not as a list."""
    out, current = [], []
    for ln in [*lines, None]:
        text = ln.plain.strip() if ln is not None else ""
        if text and not text[:1] in "-+•*|":
            current.append(text)
            continue
        joined = " ".join(current)
        if len(current) >= 3 and len(joined) >= LONG_PARAGRAPH and _SENTENCE_END.search(joined):
            out.append(joined)
        current = []
    return out


# A body headed by its type in capitals and its subject, «BÁO CÁO Về việc kiểm điểm …», then parts I., II.
_TYPED_TITLE = re.compile(r"^(?:BÁO CÁO|KẾ HOẠCH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|THÔNG BÁO|CHỈ THỊ|HƯỚNG DẪN)\s+\S")
_FIRST_PART = re.compile(r"^I\s*[.\-–]\s*\S")  # «I. MỤC ĐÍCH», «I- Tình hình»


def has_typed_body(lines) -> bool:
    """The document's own type heading and subject on one of its first lines,
    and its body in Roman-numbered parts: the document, posted without its header."""
    first = [ln for ln in lines[:8] if ln.plain.strip()][:5]
    return any(_TYPED_TITLE.match(ln.plain.strip()) for ln in first) and any(
        _FIRST_PART.match(ln.plain.strip()) for ln in lines[:200]
    )


_SALUTATION = re.compile(r"Kính\s+gửi\s*:", re.IGNORECASE)


def opens_with_salutation(text: str) -> bool:
    """A letter's «Kính gửi:» (split over lines, as copies split it) in the text's first lines."""
    return _SALUTATION.search(text, 0, 400) is not None


def opens_a_letter_or_parts(lines) -> bool:
    """A letter's «Kính gửi:», or a first Roman part, among the text's first
    lines: the document itself, posted without its header."""
    first = [ln.plain.strip() for ln in lines[:15] if ln.plain.strip()][:8]
    return any(_FIRST_PART.match(t) for t in first) or _SALUTATION.search("\n".join(first)) is not None


def kind_of(info, motto: bool, lead, lines, text: str) -> str:
    strength = header_strength(info, motto)
    if info.number is not None or strength >= 2 or info.type_heading_alone:
        return "document"
    if has_plan_body(lines[:400]) or has_typed_body(lines):
        return "document"
    if lead is not None and not lead.reported and _INTRODUCES.match(text, lead.span[1]):
        return "document"  # «… ban hành Kế hoạch số 1038/KH-UBND về …:» — the plan itself follows
    if (lead is not None or info.number is None) and opens_a_letter_or_parts(lines):
        return "document"  # «Công văn số 972/SNV-CCHC …» then «Kính gửi:», or a title then «I- Tình hình …»
    if lead is None and _PRESENTS.search(text, 0, 2500):
        return "document"
    if lead is not None or looks_like_news(text) or is_prose(lines):
        return "news"  # told about, with no header and no plan of its own
    return "unknown"
