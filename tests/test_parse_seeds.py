"""Expected parse of each seed, written from reading the document itself."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import seed_path

from plancheck.parse.sections import walk


def cites(plan):
    return [(c.doc_type, c.number, c.date) for c in plan.citations]


D = dt.date

# Every numbered document each seed cites, in reading order: (type, number, date).
EXPECTED_CITATIONS = {
    "000": [
        ("QĐ", "59/QĐ-UBND", D(2024, 1, 24)),
        ("KH", "05/KH-UBND", D(2024, 1, 17)),  # written "05/KH – UBND"
    ],
    "001": [
        ("KH", "145/KH-UBND", D(2021, 6, 14)),
        ("NQ", "76/NQ-CP", D(2021, 7, 15)),
        ("CT", "23/CT-TTg", D(2021, 9, 2)),
        ("CTr", "01-CTr/TU", D(2021, 3, 17)),
        ("KH", "136/KH-UBND", D(2021, 6, 1)),
        ("CT", "24-CT/TU", D(2023, 8, 7)),
        ("ĐA", "06", None),  # "Đề án số 06"
    ],
    "002": [
        ("NQ", "76/NQ-CP", D(2021, 7, 15)),
        ("QĐ", "4020/QĐ-UBND", D(2021, 12, 16)),
        ("CT", "23/CT-TTg", D(2021, 9, 2)),
        ("CV", "5919/UBND-TTPVHCC", D(2021, 11, 26)),
    ],
    "003": [
        ("KH", "23/KH-UBND", D(2020, 1, 3)),
        ("QĐ", "05/QĐ-UBND", D(2020, 1, 2)),
        ("QĐ", "225/QĐ-TTg", D(2016, 2, 4)),
        ("QĐ", "3490/QĐ-BNV", D(2016, 10, 10)),
        ("QĐ", "262/QĐ-UBND", D(2013, 2, 5)),
        ("QĐ", "3019/QĐ-UBND", D(2019, 12, 12)),
        ("QĐ", "3149/QĐ-UBND", D(2019, 12, 31)),
        ("QĐ", "03/QĐ-UBND", D(2020, 1, 2)),
    ],
    "004": [
        ("KH", "204/KH-UBND", D(2021, 12, 24)),
        ("CTr", "34/CTr-UBND", D(2021, 12, 15)),  # written "34/Ctr-UBND"
        ("NQ", "01-NQ/TU", D(2021, 11, 4)),
        ("QĐ", "187/QĐ-UBND", D(2022, 1, 21)),  # written "Quyết định số: 187/QĐ-UBND"
    ],
}


@pytest.mark.parametrize("seed", sorted(EXPECTED_CITATIONS))
def test_every_numbered_citation_found_and_none_invented(parsed, seed):
    assert cites(parsed(seed_path(seed))) == EXPECTED_CITATIONS[seed]


def test_thac_mo_header(parsed):
    plan = parsed(seed_path("000"))
    assert plan.kind == "document"
    assert (plan.doc_type, plan.number, plan.date) == ("KH", "16/KH-UBND", D(2024, 3, 20))
    assert plan.issuer == "UBND phường Thác Mơ"
    assert plan.level == "commune"
    assert plan.place == "Thác Mơ"
    assert plan.year == 2024
    assert plan.title == "Về tuyên truyền cải cách hành chính năm 2024 trên địa bàn phường Thác Mơ"
    # the own number is not a citation
    assert "16/KH-UBND" not in [c.number for c in plan.citations]


def test_thac_mo_citations_detail(parsed):
    plan = parsed(seed_path("000"))
    qd, kh = plan.citations
    assert qd.issuer == "UBND thị xã" and qd.issuer_level == "district"
    assert kh.text == "Kế hoạch số 05/KH – UBND ngày 17/01/2024"
    assert kh.line == 11
    # unnumbered references are kept apart
    texts = [r.text for r in plan.references]
    assert "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 của Chính phủ" in texts


def test_thac_mo_sections_reporting_closing(parsed):
    plan = parsed(seed_path("000"))
    top = [(s.number, s.heading) for s in plan.sections]
    assert top == [
        ("I", "MỤC TIÊU, YÊU CẦU VÀ ĐỐI TƯỢNG"),
        ("II", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"),
        ("III", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert [c.heading for c in plan.sections[0].children] == ["Mục tiêu", "Yêu cầu", "Đối tượng"]
    letters = [s.number for s in walk(plan.sections) if s.style == "letter"]
    assert letters == ["a", "b", "c", "d"]
    [report] = plan.reporting
    assert report.text.startswith("Định kỳ hàng quý, 06 tháng và năm báo cáo")
    assert set(report.periods) >= {"quarterly", "semiannual", "annual"}
    assert report.line == 93
    assert [r.text for r in plan.recipients][-1] == "Lưu: VT"
    assert len(plan.recipients) == 6
    sig = plan.signature
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "TM.",
        "ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Lại Tất Thắng",
    )
    leads = [a.unit for a in plan.assignments if a.role == "lead"]
    assert leads.count("Bộ phận Tư pháp – hộ tịch") == 3


def test_thai_nguyen_header_and_reporting(parsed):
    plan = parsed(seed_path("002"))
    assert (plan.doc_type, plan.number, plan.date) == ("KH", None, None)  # no number or date in the text
    assert plan.issuer == "UBND tỉnh Thái Nguyên"
    assert plan.level == "province"
    assert plan.year == 2022
    assert plan.title == "Tuyên truyền cải cách hành chính tỉnh Thái Nguyên năm 2022"
    assert [s.number for s in plan.sections] == ["I", "II", "III", "IV"]
    assert plan.sections[2].heading == "KINH PHÍ THỰC HIỆN"
    # reporting is only "lồng ghép vào báo cáo định kỳ": no quarterly/semiannual/annual period
    periods = {p for r in plan.reporting for p in r.periods}
    assert "periodic" in periods
    assert not periods & {"quarterly", "semiannual", "annual"}
    sig = plan.signature
    assert (sig.authority, sig.on_behalf_of, sig.title, sig.name) == (
        "KT.",
        "CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Quang Tiến",
    )
    assert plan.recipients[-2].text == "Lưu: VT, TTPVHCC"


def test_chieng_son(parsed):
    plan = parsed(seed_path("003"))
    assert plan.issuer == "UBND xã Chiềng Sơn"
    assert plan.level == "commune"
    assert plan.year == 2020
    by_number = {c.number: c for c in plan.citations}
    district = by_number["23/KH-UBND"]
    assert district.issuer == "UBND huyện Mộc Châu" and district.issuer_level == "district"
    # the same decision cited as 05/QĐ-UBND and as 03/QĐ-UBND, both dated 02/01/2020
    assert by_number["05/QĐ-UBND"].date == by_number["03/QĐ-UBND"].date == D(2020, 1, 2)
    assert by_number["03/QĐ-UBND"].issuer == "UBND xã Chiềng Sơn"
    # Markdown bold headings, "## **II.**" and "### **III.**" included
    assert [(s.number, s.heading) for s in plan.sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU, ĐỐI TƯỢNG"),
        ("II", "NỘI DUNG TUYÊN TRUYỀN"),
        ("III", "KINH PHÍ THỰC HIỆN"),
        ("IV", "TỔ CHỨC THỰC HIỆN"),
    ]
    sub = [s.number for s in plan.sections[1].children[1].children if s.style == "arabic"]
    assert sub == ["2.1", "2.2", "2.3", "2.4"]
    [report] = plan.reporting
    assert set(report.periods) >= {"quarterly", "semiannual", "annual"}
    assert plan.recipients[-1].text == "Lưu: VT, (45b)"
    assert plan.signature.name == "Phan Thanh Hoàng"


@pytest.mark.parametrize(
    "seed, subject",
    [
        # "Ngày 08/2/2024, UBND Thành phố ban hành Kế hoạch số 54/KH-UBND về thông tin, tuyên truyền ..."
        ("001", ("KH", "54/KH-UBND", D(2024, 2, 8), "UBND Thành phố")),
        # "Ngày 14/02/2022, UBND thị trấn Khe Sanh ban hành Kế hoạch số 17/KH-UBND về việc tuyên truyền ..."
        ("004", ("KH", "17/KH-UBND", D(2022, 2, 14), "UBND thị trấn Khe Sanh")),
    ],
)
def test_news_items_are_not_taken_for_plans(parsed, seed, subject):
    """A news item about a plan is news, not the plan; the plan it reports
    (its lead's number, date and issuer) is what it is about, not a citation."""
    plan = parsed(seed_path(seed))
    assert plan.kind == "news"
    assert (plan.doc_type, plan.number, plan.date, plan.issuer) == subject
    assert subject[1] not in [c.number for c in plan.citations]


def test_khe_sanh_issuer_levels(parsed):
    plan = parsed(seed_path("004"))
    levels = {c.number: c.issuer_level for c in plan.citations}
    assert levels["204/KH-UBND"] == "province"
    assert levels["187/QĐ-UBND"] == "district"
    assert levels["01-NQ/TU"] == "province"


def test_hanoi_news_item_lists_the_six_reform_areas(parsed):
    """Seed 001, line 16: "... trên các lĩnh vực: Cải cách thể chế; Cải cách thủ tục hành chính; ..." —
    the six areas every lower plan must carry (inherited_theme, plancheck derive)."""
    items = parsed(seed_path("001")).content_items
    assert [i.text for i in items] == [
        "Cải cách thể chế",
        "Cải cách thủ tục hành chính",
        "Cải cách tổ chức bộ máy hành chính nhà nước",
        "Cải cách chế độ công vụ",
        "Cải cách tài chính công",
        "Xây dựng và phát triển chính quyền điện tử và chính quyền số",
    ]
    assert {i.line for i in items} == {16}


def test_thac_mo_reporting_duty_periods(parsed):
    """Seed 000: "Định kỳ hàng quý, 06 tháng và năm báo cáo kết quả ..." (quarterly, 6-monthly, yearly)."""
    periods = {p for r in parsed(seed_path("000")).reporting for p in r.periods}
    assert {"quarterly", "semiannual", "annual"} <= periods


@pytest.mark.parametrize("place", ["Phường 4", "Cổ Nhuế 1", "Quận 3"])
def test_a_place_that_carries_a_number_is_read_from_the_date_line(place):
    """Real wards are named with a number: their date line is as valid as any."""
    from plancheck.ingest import source_from_text
    from plancheck.parse import parse

    text = (
        f"ỦY BAN NHÂN DÂN\nPHƯỜNG CỔ NHUẾ 1\nSố: 11/KH-UBND\n\n{place}, ngày 21 tháng 01 năm 2020\n\n"
        "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2020\n\nCăn cứ Kế hoạch số 23/KH-UBND ngày 03 tháng 01 "
        "năm 2020 của UBND quận Bắc Từ Liêm;\n"
    )
    plan = parse(source_from_text(text))
    assert (plan.place, plan.date) == (place, D(2020, 1, 21))


def test_a_citation_line_is_not_taken_for_the_missing_date_line():
    from plancheck.ingest import source_from_text
    from plancheck.parse import parse

    text = (
        "ỦY BAN NHÂN DÂN\nXÃ CHIỀNG SƠN\nSố: 11/KH-UBND\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n\n"
        "Căn cứ Kế hoạch số 23/KH-UBND, ngày 03 tháng 01 năm 2020 của UBND huyện Mộc Châu;\n"
    )
    plan = parse(source_from_text(text))
    assert plan.date is None and plan.header.date_line is None


def test_a_commune_named_like_a_document_type_does_not_cite_its_own_number():
    """ "LUẬT" ends the name of xã Yên Luật, just above its own number: it is
    no "Luật số 30/KH-UBND" (a phantom citation the graph then found ambiguous)."""
    from plancheck.ingest import source_from_text
    from plancheck.parse import parse

    text = (
        "ỦY BAN NHÂN DÂN\nXÃ YÊN LUẬT\nSố: 30/KH-UBND\n\nYên Luật, ngày 23 tháng 01 năm 2020\n\nKẾ HOẠCH\n"
        "Tuyên truyền cải cách hành chính năm 2020\n\nCăn cứ Kế hoạch số 34/KH-UBND ngày 08 tháng 01 năm 2020 "
        "của UBND huyện Hạ Hòa về tuyên truyền cải cách hành chính;\n"
    )
    plan = parse(source_from_text(text))
    assert plan.number == "30/KH-UBND"
    assert cites(plan) == [("KH", "34/KH-UBND", D(2020, 1, 8))]
