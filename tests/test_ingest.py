"""Ingestion: formats, encodings, the map back to the file, and bad input."""

from __future__ import annotations

import os
import zipfile

import pytest
from conftest import fixture, seed_path

from plancheck.ingest import IngestError, read_source
from plancheck.model import dump
from plancheck.parse.sections import walk


def essentials(plan):
    """The fields a reviewer relies on, for comparing two readings of one text."""
    return {
        "doc_type": plan.doc_type,
        "number": plan.number,
        "date": plan.date,
        "issuer": plan.issuer,
        "level": plan.level,
        "year": plan.year,
        "title": plan.title,
        "citations": [(c.doc_type, c.number, c.date, c.issuer) for c in plan.citations],
        "sections": [(s.number, s.heading) for s in walk(plan.sections) if s.style != "bullet"],
        "reporting": [r.periods for r in plan.reporting],
        "recipients": [r.text for r in plan.recipients],
        "signature": {k: v for k, v in dump(plan.signature).items() if k != "line"},
    }


@pytest.mark.parametrize(
    "path, encoding, seed",
    [
        (fixture("encodings", "chieng-son.tcvn3.txt"), "tcvn3", "003"),
        (fixture("encodings", "chieng-son.vni.txt"), "vni", "003"),
        (fixture("encodings", "thac-mo.cp1258.txt"), "cp1258", "000"),
        (fixture("encodings", "thac-mo.utf16.txt"), "utf-16", "000"),
    ],
)
def test_legacy_and_windows_encodings_parse_like_the_utf8_source(parsed, path, encoding, seed):
    plan = parsed(path)
    assert plan.encoding == encoding
    assert essentials(plan) == essentials(parsed(seed_path(seed)))


def test_legacy_text_is_identical_to_the_source_text():
    with open(seed_path("003"), encoding="utf-8") as fh:
        original = fh.read()
    for name in ("chieng-son.tcvn3.txt", "chieng-son.vni.txt"):
        assert read_source(fixture("encodings", name)).text == original


def test_every_tcvn3_and_vni_letter_round_trips():
    from plancheck.ingest.encoding import decode_text
    from plancheck.ingest.legacy import encode_tcvn3, encode_vni
    from plancheck.vietnamese import VIETNAMESE_LETTERS

    letters = "".join(sorted(VIETNAMESE_LETTERS))
    # line 1: every lower-case letter; line 2: every capital (TCVN3 writes the
    # capitals it has no code for with the all-caps font, restored on decoding)
    text = f"{letters} của các được trong hành chính năm tháng kế hoạch\n{letters.upper()} KẾ HOẠCH"
    for encode, name in ((encode_tcvn3, "tcvn3"), (encode_vni, "vni")):
        lines, detected = decode_text(encode(text))
        assert detected == name
        assert "\n".join(line for line, _ in lines) == text


def test_vni_columns_point_into_the_original_bytes():
    src = read_source(fixture("encodings", "chieng-son.vni.txt"))
    offset = src.text.index("Mộc Châu")
    line, col = src.locate(offset)
    with open(fixture("encodings", "chieng-son.vni.txt"), "rb") as fh:
        raw_line = fh.read().split(b"\n")[line - 1]
    # "Mộc" is written M + "oä" + c in VNI: the column is the byte where "M" stands
    assert raw_line[col - 1 : col] == b"M"
    assert raw_line[col - 1 : col + 3] == "Moäc".encode("cp1252")


def test_docx_header_table_and_auto_numbering(parsed):
    path = fixture("formats", "thac-mo.docx")
    src = read_source(path)
    # header cells come first, left column then right column
    assert src.text.splitlines()[:6] == [
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG THÁC MƠ",
        "Số: 16/KH- UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Thác Mơ, ngày 20 tháng 3 năm 2024",
    ]
    # numbering is not in the paragraph text: it is rendered from numbering.xml
    assert "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN:" in src.text.splitlines()
    assert "d. Lồng ghép nội dung tuyên truyền" in src.text
    offset = src.text.index("II. NỘI DUNG")
    assert src.origin_of(offset).paragraph is not None
    docx_plan = parsed(path)
    txt_plan = parsed(seed_path("000"))
    assert essentials(docx_plan) == essentials(txt_plan)


def test_pdf_text_layer(parsed):
    plan = parsed(fixture("formats", "thai-nguyen.pdf"))
    seed = parsed(seed_path("002"))
    assert essentials(plan)["citations"] == essentials(seed)["citations"]
    assert essentials(plan)["sections"] == essentials(seed)["sections"]
    assert (plan.issuer, plan.level, plan.year, plan.title) == (seed.issuer, seed.level, seed.year, seed.title)
    assert plan.signature.name == "Lê Quang Tiến"
    assert plan.sections[0].span.page == 1


@pytest.mark.parametrize(
    "name, key",
    [
        ("empty.txt", "empty"),
        ("junk.txt", "binary"),
        ("truncated.docx", "docx_corrupt"),
        ("not-a-zip.docx", "docx_corrupt"),
        ("scan.pdf", "pdf_no_text"),
        ("plan.xyz", "unknown_type"),
    ],
)
def test_bad_input_is_refused_with_its_reason(name, key):
    with pytest.raises(IngestError) as info:
        read_source(fixture("bad", name))
    assert info.value.key == key
    assert info.value.render("vi").startswith(fixture("bad", name) + ": ")


def test_missing_path():
    with pytest.raises(IngestError) as info:
        read_source("/no/such/plan.txt")
    assert info.value.key == "missing"
    assert "không tìm thấy" in info.value.render("vi")
    assert "not found" in info.value.render("en")


def test_zip_bomb_is_refused_before_inflating(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                fh.write(chunk)
    assert bomb.stat().st_size < 2_000_000
    with pytest.raises(IngestError) as info:
        read_source(str(bomb))
    assert info.value.key == "docx_bomb"


def test_nothing_is_written_next_to_the_input(tmp_path):
    import shutil

    for name in ("truncated.docx", "junk.txt"):
        shutil.copy(fixture("bad", name), tmp_path / name)
    shutil.copy(seed_path("000"), tmp_path / "plan.txt")
    before = sorted(os.listdir(tmp_path))
    for name in before:
        try:
            read_source(str(tmp_path / name))
        except IngestError:
            pass
    assert sorted(os.listdir(tmp_path)) == before
