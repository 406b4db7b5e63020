"""A corpus of hostile documents, made small in the test itself.

Each maker writes one file an outsider could hand to plancheck: a few
kilobytes that ask for gigabytes or minutes, or that would make a plan pass
unchecked.  ``make_corpus(folder)`` writes them all beside a sound plan and
returns {file name: what the file is}.
"""

from __future__ import annotations

import io
import os
import shutil
import zipfile

from conftest import FIXTURES

SOUND = os.path.join(FIXTURES, "district", "xa-dong-sang.txt")
DEFECTIVE = os.path.join(FIXTURES, "district", "xa-chieng-khua.txt")  # CG102 with its district plan
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _plan_text(serial: int) -> str:
    """The sound plan under another number, so that the variants are
    documents of their own (not the sound plan's number used twice)."""
    with open(SOUND, encoding="utf-8") as fh:
        return fh.read().replace("08/KH-UBND", f"{serial}/KH-UBND")


def _docx(paragraphs_xml: str, numbering_xml: str | None = None) -> bytes:
    """A minimal .docx: python-docx's own template with our body and numbering."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = (
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    f'<w:document xmlns:w="{W_NS}"><w:body>{paragraphs_xml}</w:body></w:document>'
                ).encode()
            elif info.filename == "word/numbering.xml" and numbering_xml is not None:
                data = (
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    f'<w:numbering xmlns:w="{W_NS}">{numbering_xml}</w:numbering>'
                ).encode()
            dst.writestr(info, data)
    return out.getvalue()


def _numbered(n: int, ilvl: str = "0") -> str:
    return "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        f"<w:r><w:t>Mục {i}</w:t></w:r></w:p>"
        for i in range(n)
    )


def _numbering(fmt: str, start: str, text: str = "%1.") -> str:
    return (
        f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
        f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )


def _pdf_shared_stream(pages: int = 20, stream_mb: int = 5) -> bytes:
    """``pages`` pages that all draw one content stream of ``stream_mb`` MB."""
    ops = b"BT /F1 12 Tf 72 720 Td (Ke hoach cai cach hanh chinh) Tj ET\n"
    content = ops * (stream_mb * 1024 * 1024 // len(ops))
    import zlib

    packed = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)) + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents 4 0 R >>"
        )
    return _pdf(objects)


def _pdf_many_pages(pages: int = 100_000) -> bytes:
    """A page tree that names ``pages`` pages, all one small page object."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b"3 0 R " * pages + b"] /Count %d >>" % pages,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ]
    return _pdf(objects)


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt(user_password="mat-khau", owner_password="chu")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_corpus(folder) -> dict[str, str]:
    """Write the hostile files into ``folder``; {name: what it is}."""
    folder = str(folder)
    os.makedirs(folder, exist_ok=True)
    made: dict[str, str] = {}

    def write(name: str, data: bytes | str, what: str) -> None:
        path = os.path.join(folder, name)
        with open(path, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        made[name] = what

    shutil.copy(SOUND, os.path.join(folder, "00-sound-plan.txt"))
    made["00-sound-plan.txt"] = "a sound commune plan"
    write(
        "letters.docx",
        _docx(_numbered(3), _numbering("lowerLetter", "100000000000")),
        "numbering that starts at 10^11 in letters",
    )
    write(
        "roman.docx",
        _docx(_numbered(3), _numbering("upperRoman", "1000000000000000")),
        "numbering that starts at 10^15 in Roman numerals",
    )
    write(
        "level-text.docx",
        _docx(_numbered(20_000), _numbering("decimal", "1", "%1" * 2000)),
        "a level text of 2,000 placeholders on 20,000 paragraphs",
    )
    write(
        "bad-ints.docx",
        _docx(_numbered(2, "x"), _numbering("decimal", "abc")),
        "numbering with a start of «abc» and a level of «x»",
    )
    big = "<w:p><w:r><w:t>" + "Kế hoạch cải cách hành chính. " * 4000 + "</w:t></w:r></w:p>"
    write("huge-xml.docx", _docx(big * 1200), "150 MB of XML in a few hundred KB of zip")
    plan = _plan_text(81)
    write(
        "combining.txt",
        plan[:400] + "a" + "\u0301\u0323" * 30_000 + plan[400:],
        "60 KB of combining marks on one letter",
    )
    cited = "Thực hiện Kế hoạch số 23/KH-UBND" + " " * 20_000 + "của UBND huyện Mộc Châu.\n"
    plan = _plan_text(82)
    write(
        "spaces.txt",
        plan.replace("Thực hiện Quyết định", cited + "\nThực hiện Quyết định", 1),
        "a citation followed by 20,000 spaces",
    )
    line = "Báo cáo kết quả thực hiện định kỳ hằng quý về UBND các xã. " * 18_000
    plan = _plan_text(83)
    write(
        "long-line.txt", plan.replace("Nơi nhận", line + "\nNơi nhận", 1), "a line of 1 MB of plan text full of «báo»"
    )
    same_day = "".join(f"Quyết định số {i}/QĐ-UBND ngày 02/01/2020 của UBND huyện Mộc Châu; " for i in range(1, 301))
    plan = _plan_text(84)
    write(
        "same-day.txt",
        plan.replace("Thực hiện Quyết định", "Căn cứ " + same_day + "\n\nThực hiện Quyết định", 1),
        "300 citations of one day (every pair would be a finding)",
    )
    plan = _plan_text(85)
    write(
        "stray-byte.txt",
        plan.encode("utf-8").replace("KẾ HOẠCH".encode(), "KẾ HOẠCH".encode() + b"\xff", 1),
        "a UTF-8 plan with one stray byte",
    )
    write("shared-stream.pdf", _pdf_shared_stream(), "20 PDF pages that share one 5 MB content stream")
    write("many-pages.pdf", _pdf_many_pages(), "a PDF that names 100,000 pages")
    write("encrypted.pdf", _encrypted_pdf(), "a PDF encrypted with a password")
    os.mkfifo(os.path.join(folder, "fifo.txt"))
    made["fifo.txt"] = "a FIFO named .txt"
    os.symlink("/dev/zero", os.path.join(folder, "zero.txt"))
    made["zero.txt"] = "a link to /dev/zero"
    with open(os.path.join(folder, "sparse.txt"), "wb") as fh:
        fh.truncate(30 * 1024**3)
    made["sparse.txt"] = "a 30 GB sparse file"
    return made
