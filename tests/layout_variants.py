"""The same plan in the header layouts real copies give it.

From a plan written one part per line (issuer, "Số:", motto, place-and-date,
type), each maker writes the layout another route produces: the two header
columns merged on each line (a PDF or a Word copy), a law site's table with
pipes, parts split over lines, the usual spellings of the motto, a .docx
whose header is a two-row table, and a PDF with two real columns.  The body
is left as it is, so every variant must read exactly like the original.
"""

from __future__ import annotations

import os
import re

HEAD_END = re.compile(r"^(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH)\s*$", re.M)
MOTTO = re.compile(r"CỘNG HÒA|Độc lập")
DATE = re.compile(r", ngày \d")
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts")


def split_header(text: str) -> tuple[list[str], list[str], str]:
    """(left column, right column, the rest from the type heading on)."""
    m = HEAD_END.search(text)
    head, rest = text[: m.start()], text[m.start() :]
    left, right = [], []
    for line in head.split("\n"):
        line = line.strip()
        if not line:
            continue
        (right if MOTTO.search(line) or DATE.search(line) else left).append(line)
    return left, right, rest


def _rows(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    """Rows as Word lays the two columns: the number beside the date."""
    n = max(len(left), len(right))
    left = left[:-1] + [""] * (n - len(left)) + left[-1:] if len(left) < n else left
    right = right[:-1] + [""] * (n - len(right)) + right[-1:] if len(right) < n else right
    return list(zip(left, right))


def side_by_side(text: str) -> str:
    left, right, rest = split_header(text)
    return "\n".join(f"{a} {b}".strip() for a, b in _rows(left, right)) + "\n\n" + rest


def with_pipes(text: str) -> str:
    left, right, rest = split_header(text)
    return "\n".join(f"| {a} | {b} |" for a, b in _rows(left, right)) + "\n\n" + rest


def split_lines(text: str) -> str:
    """«Số:» / «245/KH-UBND» and «Sơn La, ngày» / «18 tháng 12 năm 2019»."""
    left, right, rest = split_header(text)
    left = [re.sub(r"^Số:\s*", "Số:\n", s) for s in left]
    right = [re.sub(r", ngày ", ", ngày\n", s) for s in right]
    return "\n".join(left) + "\n\n" + "\n".join(right) + "\n\n" + rest


def motto_spellings(text: str) -> str:
    return text.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM").replace(
        "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc\n---------------"
    )


TEXT_VARIANTS = {
    "side-by-side": side_by_side,
    "pipes": with_pipes,
    "split-lines": split_lines,
    "motto-spellings": motto_spellings,
}


def docx_with_header_table(text: str, path: str) -> None:
    """A .docx whose header is a table of two columns and two rows
    (issuer | motto, Số | date), then the body as paragraphs."""
    import docx

    left, right, rest = split_header(text)
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "\n".join(left[:-1])
    table.cell(0, 1).text = "\n".join(right[:-1])
    table.cell(1, 0).text = left[-1]
    table.cell(1, 1).text = right[-1]
    for line in rest.split("\n"):
        document.add_paragraph(line)
    document.save(path)


def font_path() -> str | None:
    return next(
        (os.path.join(d, "DejaVuSans.ttf") for d in FONT_DIRS if os.path.exists(os.path.join(d, "DejaVuSans.ttf"))),
        None,
    )


def pdf_two_columns(text: str, path: str) -> None:
    """A PDF whose header has two real columns at the same heights."""
    from fpdf import FPDF

    left, right, rest = split_header(text)
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.add_font("DejaVu", "", font_path())
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for i, (a, b) in enumerate(_rows(left, right)):
        y = 15 + i * 6
        pdf.set_xy(15, y)
        pdf.cell(80, 6, a)
        pdf.set_xy(100, y)
        pdf.cell(95, 6, b)
    pdf.set_xy(15, 15 + (len(_rows(left, right)) + 1) * 6)
    for line in rest.split("\n"):
        if not line.strip():
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5, line.strip(), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
