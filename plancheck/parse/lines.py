"""Lines of the clean text with their offsets, stripped of Markdown dressing."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MD_DRESSING = re.compile(r"^\s*(?:#{1,6}\s*)?|\s+$")


@dataclass(slots=True)  # not frozen: a frozen dataclass is built field by field through object.__setattr__
class Line:
    index: int  # 0-based clean line
    start: int  # offset of the first character of ``raw``
    raw: str
    plain: str  # without "#", "**", "*" emphasis, trailing spaces
    plain_start: int  # offset of plain[0] in the text (best effort)
    markdown_heading: bool
    bold: bool


def _bare(raw: str) -> tuple[str, int]:
    """(the line without surrounding spaces, where that begins in it)."""
    return raw.strip(), len(raw) - len(raw.lstrip())


def strip_markdown(raw: str) -> tuple[str, int, bool, bool]:
    """(plain text, offset of it in raw, was a # heading, was wholly bold)."""
    body, lead = _bare(raw)
    if "*" not in body and "#" not in body and "_" not in body:  # plain text: nothing to strip
        return body, lead, False, False
    md_heading = False
    m = re.match(r"#{1,6}\s*", body)
    if m:
        md_heading = True
        lead += m.end()
        body = body[m.end() :]
    bold = body.startswith("**") and body.rstrip().endswith("**") and len(body) > 4
    if body.startswith("**"):
        lead += 2
    plain = body.replace("**", "").replace("__", "")
    plain = re.sub(r"(?<!\w)\*(\S[^*]*?)\*(?!\w)", r"\1", plain)
    return plain.strip(), lead, md_heading, bold


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    append = out.append
    pos = 0
    dressed = "*" in text or "#" in text or "_" in text  # most plans have no Markdown at all
    for i, raw in enumerate(text.split("\n")):
        if dressed:
            plain, lead, md_heading, bold = strip_markdown(raw)
        else:
            (plain, lead), md_heading, bold = _bare(raw), False, False
        append(Line(i, pos, raw, plain, pos + lead, md_heading, bold))
        pos += len(raw) + 1
    return out
