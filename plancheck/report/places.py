"""Where a reader finds a finding in the file they hold: a Word paragraph
(and its table cell), a PDF page and its line — not a line of the text
plancheck extracted, which Word and a PDF viewer cannot go to."""

from __future__ import annotations

from plancheck.i18n import message
from plancheck.model import Finding


def reader_place(f: Finding, lang: str) -> str:
    """«đoạn 12», «bảng 1, hàng 2, ô 3, đoạn 5», «trang 2, dòng 14», or "" for a text file."""
    if f.paragraph is not None:
        if f.table is not None:
            return message("place_cell", lang, table=f.table, row=f.row, cell=f.cell, paragraph=f.paragraph)
        return message("place_paragraph", lang, paragraph=f.paragraph)
    if f.page is not None:
        return message("place_page", lang, page=f.page, line=f.page_line)
    return ""
