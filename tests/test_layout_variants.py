"""Every layout of a plan's header reads like the plan itself.

The district's plans and seed 000 are rewritten in the layouts real copies
give them (tests/layout_variants.py); the header read from each — type,
number, date, place, issuer, level, kind — and the format findings
(ND301 number, ND302 date line) must be those of the original.
"""

from __future__ import annotations

import os

import pytest
from conftest import FIXTURES, seed_path
from layout_variants import TEXT_VARIANTS, docx_with_header_table, font_path, pdf_two_columns

DISTRICT = os.path.join(FIXTURES, "district")
PLANS = sorted(os.path.join(DISTRICT, n) for n in os.listdir(DISTRICT) if n.endswith(".txt"))
FIELDS = ("kind", "doc_type", "number", "date", "place", "issuer", "level")


def _read(path):
    from plancheck.ingest import read_source
    from plancheck.parse import parse

    return parse(read_source(path))


def _header(plan) -> tuple:
    return tuple(getattr(plan, f) for f in FIELDS)


def _format_findings(path) -> list[tuple[str, str]]:
    from plancheck.config import Config
    from plancheck.engine.check import check_file
    from plancheck.packs import load_builtin_packs

    result = check_file(path, load_builtin_packs(), False, Config(), "vi")
    return sorted((f.rule, f.message) for f in result.findings if f.rule in ("ND301", "ND302"))


def _original(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


@pytest.mark.parametrize("variant", sorted(TEXT_VARIANTS))
@pytest.mark.parametrize("plan_path", PLANS, ids=os.path.basename)
def test_text_layouts_read_like_the_original(tmp_path, plan_path, variant):
    target = tmp_path / os.path.basename(plan_path)
    target.write_text(TEXT_VARIANTS[variant](_original(plan_path)), encoding="utf-8")
    original, changed = _read(plan_path), _read(str(target))
    assert original.number and original.date and original.issuer  # the original has a full header
    assert _header(changed) == _header(original)
    assert _format_findings(str(target)) == _format_findings(plan_path)


_NO_FONT = pytest.mark.skipif(font_path() is None, reason="DejaVuSans.ttf is not installed (Debian: fonts-dejavu-core)")


@pytest.mark.parametrize(
    "suffix, make",
    [(".docx", docx_with_header_table), pytest.param(".pdf", pdf_two_columns, marks=_NO_FONT)],
    ids=["docx-header-table", "pdf-two-columns"],
)
@pytest.mark.parametrize("plan_path", PLANS[:3] + [os.path.join(DISTRICT, "xa-chieng-hac.txt")], ids=os.path.basename)
def test_a_word_or_pdf_layout_reads_like_the_original(tmp_path, plan_path, suffix, make):
    target = str(tmp_path / f"plan{suffix}")
    make(_original(plan_path), target)
    assert _header(_read(target)) == _header(_read(plan_path))
    assert [r for r, _ in _format_findings(target)] == [r for r, _ in _format_findings(plan_path)]


def test_the_motto_never_joins_the_issuer():
    """«CỘNG HÒA XÃ HỘI» beside «ỦY BAN NHÂN DÂN»: the XÃ of XÃ HỘI is no commune."""
    from plancheck.ingest import source_from_text
    from plancheck.parse import parse

    for motto in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM",
    ):
        plan = parse(
            source_from_text(
                f"BỘ NỘI VỤ {motto}\nĐộc lập - Tự do - Hạnh phúc\n"
                "Số: 971/QĐ-BNV Hà Nội, ngày 30 tháng 12 năm 2024\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch\n"
            )
        )
        assert (plan.issuer, plan.level, plan.number, plan.place) == ("Bộ Nội vụ", "central", "971/QĐ-BNV", "Hà Nội")


def test_seed_000_without_its_issuer_block_reads_alike_when_merged(tmp_path):
    text = _original(seed_path("000"))
    merged = text.replace("Số: 16/KH- UBND\n\nThác Mơ, ngày", "Số: 16/KH- UBND Thác Mơ, ngày", 1)
    assert merged != text
    target = tmp_path / "thac-mo.txt"
    target.write_text(merged, encoding="utf-8")
    assert _header(_read(str(target))) == _header(_read(seed_path("000")))
    assert _format_findings(str(target)) == _format_findings(seed_path("000"))


def test_the_date_told_before_the_number_is_the_citations():
    """«Ngày 09 tháng 8 năm 2025 Uỷ ban nhân dân xã … ban hành Quyết định số 57/QĐ-UBND», no comma:
    the date and issuer before the number are that citation's; below the plan's own «KẾ HOẠCH»
    it is a citation, not the plan's own number."""
    from plancheck.ingest import source_from_text
    from plancheck.parse import parse

    plan = parse(
        source_from_text(
            "KẾ HOẠCH\nCải cách hành chính năm 2025\n\nNgày 09 tháng 8 năm 2025 Uỷ ban nhân dân xã"
            " Long Phụng ban hành Quyết định số 57/QĐ-UBND về việc kiện toàn Ban Chỉ đạo.\n"
        )
    )
    assert plan.number is None
    [c] = plan.citations
    assert (c.number, str(c.date), c.issuer) == ("57/QĐ-UBND", "2025-08-09", "Uỷ ban nhân dân xã Long Phụng")
