"""Scanned plans, read by Tesseract's Vietnamese model: image-only PDFs and
page images made in the test from the district's plans (tests/scanmaker.py)
read like their text — number, date, issuer and level exactly, the
citations nearly all — and OCR noise never becomes an error."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from click.testing import CliRunner
from conftest import fixture

from plancheck.cli import main
from plancheck.ingest import ocr, read_source
from plancheck.parse import parse

pytestmark = [pytest.mark.slow]  # see pyproject.toml's markers
if os.environ.get("PLANCHECK_REQUIRE_OCR") != "1":  # CI installs Tesseract and asks for these tests to run
    pytestmark.append(
        pytest.mark.skipif(ocr.missing() is not None, reason="Tesseract with its Vietnamese model is absent")
    )

scanmaker = pytest.importorskip("scanmaker")


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "ocr-cache"))
    ocr.use("auto", 2)


def _text_of(name: str) -> str:
    with open(fixture("district", name), encoding="utf-8") as fh:
        return fh.read()


VARIANTS = {
    "seed-000-300dpi": ("../seeds/000_f0d7ab2768dea30f.txt", dict(dpi=300, rotate=-0.4, grey=True, stamp=True)),
    "province-300dpi-stamp": ("00-tinh-son-la.txt", dict(dpi=300, rotate=0.6, grey=True, noise=True, stamp=True)),
    "district-200dpi": ("01-huyen-moc-chau.txt", dict(dpi=200, rotate=-0.8, grey=True, stamp=True)),
    "commune-300dpi-noise": ("xa-chieng-khua.txt", dict(dpi=300, rotate=1.0, noise=True, stamp=True)),
    # a real public plan (fixtures/real), laid out as its header says
    "real-xa-tung-chau-300dpi": (
        "../real/e-xa-tung-chau-kh-25-2022-tuyen-truyen-ky-niem.txt",
        dict(dpi=300, rotate=0.5, grey=True, noise=True, stamp=True),
    ),
}


def _check_json(*args: str):
    """``plancheck check ARGS`` in this process, a JSON report, one process, no cache."""
    return CliRunner().invoke(
        main, ["check", *args, "--format", "json", "--no-cache", "--jobs", "1", "--fail-on", "never"]
    )


def _pairs(plan) -> set:
    return {(c.number, c.date) for c in plan.citations}


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scans")
    made = {}
    for variant, (name, opts) in VARIANTS.items():
        path = folder / f"{variant}.pdf"
        scanmaker.save_pdf(scanmaker.render_pages(_text_of(name), **opts), path, opts["dpi"])
        made[variant] = (name, str(path))
    return made


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_scan_reads_like_its_text(scans, variant):
    name, path = scans[variant]
    text_plan = parse(read_source(fixture("district", name)))
    source = read_source(path)
    assert source.ocr_pages == list(range(1, len(source.ocr_pages) + 1)) and source.ocr_pages
    assert source.ocr_words and all(0 <= c <= 100 for _, _, c in source.ocr_words)  # each word's confidence
    assert all(source.text[a:b].strip() for a, b, _ in source.ocr_words[:50])
    plan = parse(source)
    for field in ("doc_type", "number", "date", "issuer", "level"):
        assert getattr(plan, field) == getattr(text_plan, field), (field, getattr(plan, field))
    want, got = _pairs(text_plan), _pairs(plan)
    assert len(want & got) / len(want) >= 0.9, (want - got, got - want)
    assert len(want & got) / len(got) >= 0.95, (want - got, got - want)


def test_ocr_noise_never_becomes_an_error(scans, tmp_path):
    """No error on a scan that its text does not have; findings on OCR text
    say so, with the page; exact-character kinds give hints at most, the
    others warnings at most."""
    for variant, (name, path) in scans.items():
        scan = _check_json(path)
        text = _check_json(fixture("district", name))
        scan_findings = json.loads(scan.output)["files"][0]["findings"]
        text_errors = {f["rule"] for f in json.loads(text.output)["files"][0]["findings"] if f["severity"] == "error"}
        errors = {f["rule"] for f in scan_findings if f["severity"] == "error"}
        assert errors <= text_errors, (variant, errors - text_errors)
        on_ocr = [f for f in scan_findings if f.get("ocr")]
        assert on_ocr and all(f["page"] >= 1 and "[văn bản OCR, trang" in f["message"] for f in on_ocr)
        assert any(f["rule"] == "PC005" for f in scan_findings)  # the document says it was read by OCR
        exact = [f for f in on_ocr if f["kind"] in ("format", "pattern", "consistent_citation", "year_consistency")]
        assert all(f["severity"] == "info" for f in exact), exact
        assert not [f for f in on_ocr if f["severity"] == "error"]  # a warning at most: compare with the paper


def test_a_photographed_page_as_png(tmp_path):
    page = scanmaker.render_pages(_text_of("xa-chieng-khua.txt"), dpi=300, rotate=-0.5, grey=True)[0]
    path = tmp_path / "trang-1.png"
    page.save(path)
    plan = parse(read_source(str(path)))
    text_plan = parse(read_source(fixture("district", "xa-chieng-khua.txt")))
    assert (plan.number, plan.date, plan.level) == (text_plan.number, text_plan.date, "commune")


def test_a_pdf_mixing_text_and_scanned_pages_is_read_page_by_page(tmp_path):
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    typed = FPDF()
    typed.add_font("dejavu", fname=scanmaker.FONT)
    typed.set_font("dejavu", size=12)
    typed.add_page()
    typed.multi_cell(
        0,
        8,
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 245/KH-UBND\nSơn La, ngày 18 tháng 12 năm 2019\n"
        "KẾ HOẠCH\nTuyên truyền cải cách hành chính nhà nước tỉnh Sơn La năm 2020",
    )
    typed.output(str(tmp_path / "typed.pdf"))
    scanned = scanmaker.render_pages(
        "Căn cứ Quyết định số 225/QĐ-TTg ngày 04 tháng 02 năm 2016 của Thủ tướng "
        "Chính phủ phê duyệt Kế hoạch cải cách hành chính.",
        dpi=300,
    )
    scanmaker.save_pdf(scanned, tmp_path / "scanned.pdf", 300)
    writer = PdfWriter()
    for part in ("typed.pdf", "scanned.pdf"):
        for page in PdfReader(tmp_path / part).pages:
            writer.add_page(page)
    writer.write(tmp_path / "mixed.pdf")
    source = read_source(str(tmp_path / "mixed.pdf"))
    assert source.ocr_pages == [2]
    plan = parse(source)
    assert plan.number == "245/KH-UBND" and ("225/QĐ-TTg", dt.date(2016, 2, 4)) in _pairs(plan)


def test_without_tesseract_a_scan_says_what_to_install_and_the_run_goes_on(scans, tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "missing", lambda: "tesseract")
    plain = tmp_path / "ke-hoach.txt"
    plain.write_text(_text_of("xa-chieng-khua.txt"), encoding="utf-8")
    result = _check_json(scans["district-200dpi"][1], str(plain))
    assert result.exit_code == 0, result.output
    files = {os.path.basename(f["path"]): f for f in json.loads(result.output)["files"]}
    scan = files["district-200dpi.pdf"]
    assert scan["status"] == "unreadable"
    assert "tesseract-ocr tesseract-ocr-vie" in scan["findings"][0]["message"]
    assert files["ke-hoach.txt"]["status"] == "checked"


def test_ocr_never_reads_no_scan(scans):
    result = _check_json(scans["district-200dpi"][1], "--ocr", "never")
    scan = json.loads(result.output)["files"][0]
    assert scan["status"] == "unreadable" and "--ocr never" in scan["findings"][0]["message"]


def test_a_real_plan_whose_motto_is_printed_on_two_rows(tmp_path):
    """h-hai-phong-kh-74-2022-cds: «CỘNG HÒA XÃ HỘI / CHỦ NGHĨA VIỆT NAM» on two rows; Tesseract reads each row
    across both columns («ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI»), and the issuer must still be the city's UBND."""
    name = "../real/h-hai-phong-kh-74-2022-cds.txt"
    path = tmp_path / "hai-phong.pdf"
    scanmaker.save_pdf(scanmaker.render_pages(_text_of(name), dpi=300, rotate=0.5, grey=True, stamp=True), path, 300)
    plan, text_plan = parse(read_source(str(path))), parse(read_source(fixture("district", name)))
    for field in ("doc_type", "number", "date", "issuer", "level"):
        assert getattr(plan, field) == getattr(text_plan, field), (field, getattr(plan, field))
    assert (plan.number, plan.level) == ("74/KH-UBND", "province")


def test_a_broken_image_is_its_own_finding_and_the_run_goes_on(tmp_path):
    (tmp_path / "trang-hong.png").write_bytes(b"\x89PNG\r\n\x1a\n not an image")
    (tmp_path / "ke-hoach.txt").write_text(_text_of("xa-chieng-khua.txt"), encoding="utf-8")
    result = _check_json(str(tmp_path))
    assert result.exit_code == 0, result.output
    files = {os.path.basename(f["path"]): f for f in json.loads(result.output)["files"]}
    assert files["trang-hong.png"]["status"] == "unreadable"
    assert "tệp ảnh bị hỏng" in files["trang-hong.png"]["findings"][0]["message"]
    assert files["ke-hoach.txt"]["status"] == "checked"
