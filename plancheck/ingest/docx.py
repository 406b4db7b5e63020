"""Word .docx files → Source.

Body paragraphs and tables are read in document order (the header of a
Vietnamese document is usually a two-column table: issuer and "Số:" on the
left, Quốc hiệu and the place-and-date line on the right), automatic list
numbers are rendered into the text, and each clean line remembers its paragraph
index.  The archive is measured before it is opened so a zip bomb is refused
instead of exhausting memory.
"""

from __future__ import annotations

import zipfile

from plancheck import budget
from plancheck.budget import OverBudget
from plancheck.ingest.docx_numbering import MAX_LEVEL, Numbering, W, bounded_int
from plancheck.ingest.errors import IngestError
from plancheck.ingest.nfc import nfc
from plancheck.source import LineOrigin, Source, source_from_lines

MAX_INFLATED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
# The XML parts read into memory as trees: a tree takes about ten times its
# text, so these are bounded on their own (images may fill the rest).
XML_PARTS = ("word/document.xml", "word/numbering.xml", "word/styles.xml")
MAX_XML_BYTES = 48 * 1024 * 1024


def check_archive(path: str) -> None:
    """Refuse archives that are not zips, are truncated, or inflate too far."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > MAX_INFLATED_BYTES or (total > 10 * 1024 * 1024 and total / packed > MAX_RATIO):
                raise IngestError(path, "docx_bomb", size=total, limit=MAX_INFLATED_BYTES)
            names = {i.filename for i in infos}
            for info in infos:
                if info.filename in XML_PARTS and info.file_size > MAX_XML_BYTES:
                    raise IngestError(
                        path, "xml_part_too_large", part=info.filename, size=info.file_size, limit=MAX_XML_BYTES
                    )
            if "word/document.xml" not in names:
                raise IngestError(path, "docx_corrupt", detail="word/document.xml is missing")
            bad = zf.testzip()
            if bad:
                raise IngestError(path, "docx_corrupt", detail=f"damaged part {bad}")
    except zipfile.BadZipFile as exc:
        raise IngestError(path, "docx_corrupt", detail=str(exc)) from None
    except (OSError, EOFError, RuntimeError) as exc:
        raise IngestError(path, "docx_corrupt", detail=str(exc)) from None


def _num_pr(p_el, styles_num: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    ppr = p_el.find(W + "pPr")
    if ppr is not None:
        numpr = ppr.find(W + "numPr")
        if numpr is not None:
            num_id = numpr.find(W + "numId")
            ilvl = numpr.find(W + "ilvl")
            if num_id is not None:
                return num_id.get(W + "val"), bounded_int(
                    ilvl.get(W + "val") if ilvl is not None else None, 0, 0, MAX_LEVEL
                )
        style = ppr.find(W + "pStyle")
        if style is not None:
            return styles_num.get(style.get(W + "val"))
    return None


def _paragraph_text(p_el) -> str:
    parts: list[str] = []
    for node in p_el.iter(W + "t", W + "tab", W + "br", W + "cr"):
        tag = node.tag
        if tag == W + "t":
            parts.append(node.text or "")
        elif tag == W + "tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _style_numbering(document) -> dict[str, tuple[str, int]]:
    """Paragraph styles that carry list numbering (e.g. a numbered Heading 1)."""
    out: dict[str, tuple[str, int]] = {}
    styles_el = document.styles.element
    for st in styles_el.findall(W + "style"):
        ppr = st.find(W + "pPr")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        if numpr is None:
            continue
        num_id = numpr.find(W + "numId")
        ilvl = numpr.find(W + "ilvl")
        if num_id is not None:
            out[st.get(W + "styleId")] = (
                num_id.get(W + "val"),
                bounded_int(ilvl.get(W + "val") if ilvl is not None else None, 0, 0, MAX_LEVEL),
            )
    return out


def read_docx(path: str) -> Source:
    check_archive(path)
    try:
        import docx  # python-docx; imported here so text-only runs start fast
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise IngestError(path, "unreadable", detail=str(exc)) from None
    try:
        document = docx.Document(path)
    except (PackageNotFoundError, KeyError, ValueError, OSError, zipfile.BadZipFile) as exc:
        raise IngestError(path, "docx_corrupt", detail=str(exc) or type(exc).__name__) from None
    except MemoryError:
        raise
    except Exception as exc:  # lxml syntax errors and the like: still the file's fault
        raise IngestError(path, "docx_corrupt", detail=f"{type(exc).__name__}: {exc}") from None
    try:
        numbering_el = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        numbering_el = None
    numbering = Numbering(numbering_el)
    styles_num = _style_numbering(document)

    lines: list[tuple[str, LineOrigin]] = []
    counter = 0
    chars = 0
    limit = budget.current().text_chars

    tables = 0
    where: list[tuple[int, int, int]] = []  # the table cell being read (nested tables: the innermost)

    def add_paragraph(p_el) -> None:
        nonlocal counter, chars
        label = ""
        num = _num_pr(p_el, styles_num)
        if num is not None:
            label = numbering.label(*num)
        text = _paragraph_text(p_el)
        if label and text.strip():
            text = f"{label} {text.lstrip()}"
        chars += len(text) + 1
        if chars > limit:
            raise OverBudget("text_chars", limit)
        cell = where[-1] if where else None
        for piece in text.split("\n"):
            lines.append((piece, LineOrigin(line=len(lines) + 1, paragraph=counter, cell=cell)))
        counter += 1

    def walk(container) -> None:
        nonlocal tables
        for child in container.iterchildren():
            if child.tag == W + "p":
                add_paragraph(child)
            elif child.tag == W + "tbl":
                tables += 1
                table = tables
                for r, row in enumerate(child.iterchildren(W + "tr"), start=1):
                    for c, cell in enumerate(row.iterchildren(W + "tc"), start=1):
                        where.append((table, r, c))
                        walk(cell)
                        where.pop()
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    walk(content)

    walk(document.element.body)
    lines = [(nfc(t), o) for t, o in lines]
    source = source_from_lines(path, "docx", lines, encoding="utf-8")
    if not source.text.strip():
        raise IngestError(path, "empty")
    return source
