"""Expected findings of the built-in packs on each seed, from reading the documents."""

from __future__ import annotations

import pytest
from conftest import seed_path

from plancheck.config import Config
from plancheck.engine.check import check_file
from plancheck.packs import load_builtin_packs


@pytest.fixture(scope="module")
def results():
    packs = load_builtin_packs()
    cache = {}

    def get(seed, lang="vi"):
        key = (seed, lang)
        if key not in cache:
            cache[key] = check_file(seed_path(seed), packs, False, Config(), lang)
        return cache[key]

    return get


def by_rule(result):
    out = {}
    for f in result.findings:
        out.setdefault(f.rule, []).append(f)
    return out


def test_thac_mo(results):
    found = by_rule(results("000"))
    # "năm 2023 của thị xã" in the 2024 plan (line 23)
    [year] = found["CC104"]
    assert (year.kind, year.line, year.excerpt) == ("year_consistency", 23, "năm 2023")
    # "Phường phường Thác Mơ" (line 11)
    [doubled] = found["CC301"]
    assert doubled.line == 11 and doubled.excerpt == "Phường phường"
    # "Chỉ số của, gồm" left unfinished (line 43)
    assert found["CC302"][0].line == 43
    # "Số: 16/KH- UBND": space inside the symbol
    assert found["ND301"][0].suggestion == "16/KH-UBND"
    # no budget section ("Kinh phí" only mentioned in III.4)
    assert "TT107" in found and "TT108" not in found
    # parent cited (QĐ 59/QĐ-UBND of UBND thị xã), cadence complete, six areas present
    for rid in ("CC101", "CC102", "CC103", "CC202", "CC211", "CC212"):
        assert rid not in found, rid
    assert results("000").packs == ["nd30", "cchc", "cchc-tuyen-truyen", "chuoi"]


def test_thai_nguyen(results):
    found = by_rule(results("002"))
    assert found["ND301"][0].kind == "format"  # no document number in the text
    [cadence] = found["CC102"]  # only "lồng ghép vào báo cáo định kỳ"
    assert cadence.kind == "reporting_cadence"
    assert "hằng quý" in cadence.message and "6 tháng" in cadence.message
    assert found["CC303"][0].excerpt == "báo cáo chí"
    assert "CC101" not in found  # cites Nghị quyết 76/NQ-CP of the Government
    for rid in ("CC201", "CC202", "CC203", "CC204", "CC205", "CC206"):
        assert rid not in found, rid  # all six reform areas are in the text


def test_chieng_son(results):
    found = by_rule(results("003"))
    [twice] = found["CC103"]
    assert twice.kind == "consistent_citation"
    assert "05/QĐ-UBND" in twice.message and "03/QĐ-UBND" in twice.message
    assert twice.line == 28 and twice.related[0].line == 10
    # it cites its district plan 23/KH-UBND of UBND huyện Mộc Châu: no parent_citation finding
    assert "CC101" not in found
    assert not [f for f in results("003").findings if f.kind == "parent_citation"]
    assert "CC102" not in found  # "định kỳ hàng quý, 6 tháng, năm báo cáo"
    # "2.4. Tham gia các lớp tập huấn ..." names no lead unit
    [activity] = found["TT109"]
    assert activity.line == 89


@pytest.mark.parametrize("seed", ["001", "004"])
def test_news_items_are_not_flooded(results, seed):
    result = results(seed)
    assert result.plan.kind == "news"
    assert result.packs == [] and result.findings == []


def test_english_messages(results):
    found = by_rule(results("000", "en"))
    assert found["CC104"][0].message.startswith("A 2024 plan speaks of «năm 2023»")


def test_a_ward_whose_name_opens_with_its_unit_word_is_no_doubled_word(tmp_path):
    """Huế has a ward named "Phường Đúc": its plan writes "PHƯỜNG PHƯỜNG ĐÚC"
    and "phường Phường Đúc", which CC301 must not take for a slip; a real
    doubled word in the same plan still is one."""
    plan = tmp_path / "phuong-duc.txt"
    plan.write_text(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG PHƯỜNG ĐÚC\nSố: 12/KH-UBND\n\nPhường Đúc, ngày 10 tháng 3 năm 2023\n\n"
        "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2023\n\n"
        "Căn cứ Kế hoạch số 5/KH-UBND ngày 02 tháng 02 năm 2023 của UBND quận Thuận Hóa;\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức của cán bộ, công chức phường Phường Đúc.\n"
        "- Phối hợp với các các tổ dân phố.\n",
        encoding="utf-8",
    )
    found = by_rule(check_file(str(plan), load_builtin_packs(), False, Config(), "vi"))
    assert [(f.line, f.message) for f in found["CC301"]] == [(14, "Lặp từ: «các các»")]
