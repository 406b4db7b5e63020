"""The content areas a plan enumerates, which the plans below it must carry.

Two shapes are read:

* the numbered items of a "Nội dung" / "Nhiệm vụ" section ("II. NỘI DUNG
  TUYÊN TRUYỀN" → "1. Cải cách thể chế", "2. Cải cách thủ tục hành chính" ...);
* an inline list after "các lĩnh vực:" / "các nội dung:" ("trên các lĩnh vực:
  Cải cách thể chế; Cải cách thủ tục hành chính; ..."), as seed 001 has.

Each item keeps a short label (the heading before its first colon or comma,
at most fourteen syllables, without a leading "Tuyên truyền về") and the acronyms named with it,
so a child plan that writes "PAR INDEX" for "Chỉ số cải cách hành chính (PAR
INDEX)" still counts as carrying it.
"""

from __future__ import annotations

import re

from plancheck.fastsearch import positions
from plancheck.model import ContentItem, Section
from plancheck.source import Source
from plancheck.vietnamese import fold_plain

_CONTENT_HEADING = re.compile(r"\b(noi dung|nhiem vu)\b")
_NOT_CONTENT = re.compile(r"\b(to chuc thuc hien|kinh phi|hinh thuc)\b")
_INLINE = re.compile(  # matched on the lower-cased text (twice as fast as IGNORECASE)
    r"(?:các|những)\s+(?:lĩnh vực|nội dung|nhiệm vụ)(?:\s+(?:chính|trọng tâm|sau))*\s*:\s*(?P<list>[^\n]+)"
)
_LEAD_WORDS = re.compile(
    r"^(?:(?:tiếp tục|đẩy mạnh|tăng cường)\s+)?(?:tuyên truyền(?:,\s*phổ biến)?|thông tin)\s+(?:về\s+)?",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"\b(PAR\s*INDEX|SIPAS|PAPI|PCI|DTI|ICT\s*INDEX|DDCI|IPA)\b")
_MAX_WORDS = 25  # syllables: a Vietnamese word is one to three of them
_LABEL_WORDS = 14


def find_content_items(source: Source, sections: list[Section]) -> list[ContentItem]:
    items: list[ContentItem] = []
    for section in _content_sections(sections):
        for child in section.children:
            if child.style == "bullet":
                continue
            item = _item(child.heading, child.line)
            if item:
                items.append(item)
    for m in inline_lists(source.lowered):
        listed = source.text[m.start("list") : m.end("list")]
        parts = [p.strip(" .") for p in re.split(r";", listed)]
        parts = [p for p in parts if 1 <= len(p.split()) <= _MAX_WORDS]
        if len(parts) >= 3:
            line = source.locate(m.start("list"))[0]
            items.extend(i for p in parts if (i := _item(p, line)))
    out: list[ContentItem] = []
    seen: set[str] = set()
    for item in items:
        key = fold_plain(item.text)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def inline_lists(lowered: str):
    """``_INLINE.finditer(lowered)``, the same matches, found from the words
    "lĩnh vực", "nội dung", "nhiệm vụ" (see plancheck.fastsearch): a match
    is "các" or "những", spaces, then one of them, so each keyword tells
    where the only match that can hold it would begin."""
    pos = 0
    for k in positions(lowered, "lĩnh vực", "nội dung", "nhiệm vụ"):
        if k < pos:
            continue
        j = k
        while j > pos and lowered[j - 1].isspace():
            j -= 1
        if j == k:  # \s+: at least one space before the keyword
            continue
        for lead in ("các", "những"):
            if j - len(lead) >= pos and lowered.startswith(lead, j - len(lead)):
                m = _INLINE.match(lowered, j - len(lead))
                if m:
                    yield m
                    pos = m.end()
                break  # the two leads end in different letters: only one can end here


def _content_sections(sections: list[Section]):
    for s in sections:
        if not s.children:  # a leaf (most bullets) can neither be nor hold a content section
            continue
        heading = fold_plain(s.heading)
        if _CONTENT_HEADING.search(heading) and not _NOT_CONTENT.search(heading) and s.children:
            yield s
        else:
            yield from _content_sections(s.children)


def _item(heading: str, line: int) -> ContentItem | None:
    label = heading.split(":", 1)[0].strip(" .;,")
    label = _LEAD_WORDS.sub("", label).strip()
    words = label.split()
    if len(words) < 2:
        return None
    keys = [re.sub(r"\s+", " ", k.upper()) for k in _ACRONYM.findall(heading)]
    cut = re.split(r"[,(]", label, maxsplit=1)[0].strip()
    if len(cut.split()) >= 3:
        label = cut
    if len(label.split()) > _LABEL_WORDS:
        label = " ".join(label.split()[:_LABEL_WORDS])
    label = label[0].upper() + label[1:]
    return ContentItem(text=label, keys=keys, line=line)
