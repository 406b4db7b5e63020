"""Slips found in the held-out real texts (fixtures/real/e-*), each read as
the document plainly means it; every snippet is quoted from its text."""

from __future__ import annotations

import datetime as dt

from plancheck.ingest import source_from_text
from plancheck.parse import parse


def _plan(text: str):
    return parse(source_from_text(text, "<snippet>"))


def test_a_symbol_whose_dash_was_lost_before_the_issuing_body():  # e-xa-hoang-thang
    plan = _plan(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ HOẰNG THẮNG Độc lập Tự do Hạnh phúc\n"
        "Số: 07 /KH UBND Hoằng Thắng, ngày 14 tháng 01 năm 2022\nKẾ HOẠCH\n"
        "Tổ chức các hoạt động tuyên truyền\n"
        "Thực hiện kế hoạch số: 05 / KH - UBND ngày 11/01/2022 của chủ tịch UBND huyện Hoằng Hóa, "
        "kế hoạch số 03/KH UBND ngày 11/01/2022 của UBND xã.\n"
    )
    assert (plan.number, plan.date, plan.level) == ("07/KH-UBND", dt.date(2022, 1, 14), "commune")
    assert {(c.number, c.date) for c in plan.citations} == {
        ("05/KH-UBND", dt.date(2022, 1, 11)),
        ("03/KH-UBND", dt.date(2022, 1, 11)),
    }


def test_dates_with_a_second_thang_or_without_nam():  # e-so-gtvt-phu-yen, e-papi
    plan = _plan(
        "KẾ HOẠCH\nCăn cứ Quyết định số 411/QĐ-TTg ngày 31 tháng 3 tháng 2022 của Thủ tướng Chính phủ;\n"
        "Căn cứ Kế hoạch hành động số 147/CTr-UBND ngày 22 tháng 4 2015;\n"
    )
    assert {(c.number, c.date) for c in plan.citations} == {
        ("411/QĐ-TTg", dt.date(2022, 3, 31)),
        ("147/CTr-UBND", dt.date(2015, 4, 22)),
    }


def test_the_body_a_resolution_was_proposed_to_did_not_lead_the_text():  # e-tin-skhcn-tien-giang
    from real_corpus import REAL

    with open(f"{REAL}/e-tin-skhcn-tien-giang-cchc-kh-361-2023.txt", encoding="utf-8") as fh:
        plan = _plan(
            fh.read()
        )  # «… tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành Nghị quyết số 05/2023/NQ-HĐND …»
    assert plan.number is None and plan.kind == "news"
    assert {c.number for c in plan.citations} == {
        "286/KH-SKH&CN",
        "361/KH-SKH&CN",
        "05/2023/NQ-HĐND",
        "23/2023/QĐ-UBND",
    }


def test_a_regulation_issued_with_a_decision_takes_the_decisions_number_and_date():  # e-xa-xuan-phu
    plan = _plan(
        "ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\n"
        "QUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\n"
        "kèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\n"
        "Chương I\nNHỮNG QUY ĐỊNH\nCHUNG\n"
    )
    assert (plan.number, plan.date, plan.level) == ("59/QĐ-UBND", dt.date(2021, 7, 22), "commune")
    assert plan.citations == [] and plan.header.issued_with


def test_a_plan_presented_by_its_issuer_without_a_header():  # e-huyen-thach-ha
    plan = _plan(
        "Thực hiện Kế hoạch số 520/KH-UBND ngày 24/12/2021 của UBND tỉnh về cải cách hành chính năm 2022; "
        "căn cứ tình hình thực tế của địa phương,\nUBND huyện ban hành Kế hoạch Cải cách hành chính (CCHC) "
        "năm 2022 với các nội dung sau:\n\n    Xây dựng nền hành chính hiện đại, chuyên nghiệp.\n"
    )
    assert (plan.kind, plan.doc_type, plan.level) == ("document", "KH", "district")
    assert [(c.number, c.date) for c in plan.citations] == [("520/KH-UBND", dt.date(2021, 12, 24))]


def test_a_line_that_opens_with_a_decision_number_cites_it():  # e-papi: a table of provinces' documents
    plan = _plan(
        "STT Tỉnh/Thành phố Phúc đáp\n  1 An Giang – Kế hoạch hành động\n\n"
        "  Quyết định số 933/QĐ-UBND ngày 27 tháng 3 2017 tuyên truyền và phổ biến những kết quả cải thiện "
        "Chỉ số PAPI giai đoạn 2017-2020\n"
    )
    assert plan.number is None


def test_one_long_paragraph_of_sentences_is_an_article():  # e-xa-tran-phu: a post joined into one paragraph
    sentence = (
        "Ngày 22/4/2025, Ban Chỉ đạo Thành uỷ về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
        "đổi số đã ban hành kế hoạch số 05 để triển khai Phong trào trên địa bàn Thành phố Hà Nội. "
    )
    plan = _plan("Thủ tướng và các đại biểu thực hiện nghi thức phát động phong trào (Ảnh Internet)\n" + sentence * 4)
    assert plan.kind == "news"


def test_a_text_layer_that_dropped_every_hyphen():  # g-kien-giang
    plan = _plan(
        "QUYẾT ĐỊNH\nCăn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh;\n"
        "Căn cứ Thông tư số 01/2018/TTVPCP ngày 23/11/2018 của Văn phòng Chính phủ;\n"
    )
    assert {(c.number, c.date) for c in plan.citations} == {
        ("2468/QĐ-UBND", dt.date(2018, 11, 2)),
        ("01/2018/TT-VPCP", dt.date(2018, 11, 23)),
    }


def test_a_date_after_the_issuer_and_a_month_glued_to_nam():  # g-dong-nai, g-tcttthc
    plan = _plan(
        "KẾ HOẠCH\nCăn cứ Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022 phê duyệt Chiến lược;\n"
        "(Công văn: số 3335/VPCP-TCCV ngày 22 tháng 5năm 2008, số 6279/VPCP-TCCV ngày 23 tháng 9 năm 2008)\n"
    )
    assert {(c.number, c.date) for c in plan.citations} == {
        ("411/QĐ-TTg", dt.date(2022, 3, 31)),
        ("3335/VPCP-TCCV", dt.date(2008, 5, 22)),
        ("6279/VPCP-TCCV", dt.date(2008, 9, 23)),
    }


def test_a_news_item_that_opens_with_the_document_it_is_about():  # g-tin-cafef
    plan = _plan(
        " date 2025-08-11 Thông báo số 408/TB-VPCP ngày 8/8/2025 kết luận Phiên họp lần thứ ba của Ban Chỉ"
        " đạo của Chính phủ về phát triển khoa học, công nghệ. Ban Chỉ đạo nêu rõ các kết quả. Các bộ, ngành"
        " thực hiện khá đồng bộ. Kết quả đo đếm được rõ hơn.\n"
    )
    assert (plan.kind, plan.number, plan.date) == ("news", "408/TB-VPCP", dt.date(2025, 8, 8))
    assert plan.citations == []


def test_a_hard_wrapped_article_is_prose():  # g-tin-sct-dong-nai: lines of about 80 characters
    sentence = "Ban Chỉ đạo đã ban hành kế hoạch nhằm thúc đẩy chuyển đổi số liên thông, đồng bộ và hiệu quả. "
    wrapped = "\n".join((sentence * 8)[i : i + 80] for i in range(0, len(sentence) * 8, 80))
    assert _plan(wrapped).kind == "news"


def test_a_letter_posted_from_its_salutation_is_a_document():  # h-btttt-cv-2390: «Kính\ngửi:» split
    plan = _plan(
        "Kính\ngửi:\n|\n- Các bộ, cơ quan ngang bộ;\n|\nNgày 03/6/2020, Thủ tướng Chính phủ\n"
        "đã ban hành Quyết định số 749/QĐ-TTg phê duyệt Chương trình Chuyển đổi số quốc gia.\n"
    )
    assert (plan.kind, plan.doc_type, plan.number) == ("document", "CV", None)
    assert [(c.number, c.date) for c in plan.citations] == [("749/QĐ-TTg", dt.date(2020, 6, 3))]


def test_a_party_document_under_its_own_motto():  # h-btctw-hd-16: «ĐẢNG CỘNG SẢN VIỆT NAM» beside the issuer
    plan = _plan(
        "BAN CHẤP HÀNH\nTRUNG ƯƠNG\nBAN TỔ CHỨC\n--------\n|\nĐẢNG CỘNG SẢN\nVIỆT NAM\n---------------\n|\n"
        "Số: 16 -\nHD/BTCTW\n|\nHà Nội, ngày\n24 tháng 9 năm 2018\n|\nHƯỚNG DẪN\nKIỂM ĐIỂM, ĐÁNH GIÁ\n"
    )
    assert (plan.number, plan.date, plan.level) == ("16-HD/BTCTW", dt.date(2018, 9, 24), "central")


def test_a_letter_named_in_its_first_line_then_its_salutation():  # h-snv-son-la-cv-972
    plan = _plan(
        "Công văn số 972/SNV-CCHC ngày 18/7/2018 V/v tham gia dự thảo hướng dẫn.\n\nĐăng ngày: 20/07/2018\n\n"
        "Kính gửi:\n\n– Các sở, ban, ngành;\n"
    )
    assert (plan.kind, plan.number, plan.date, plan.level) == (
        "document",
        "972/SNV-CCHC",
        dt.date(2018, 7, 18),
        "province",
    )


def test_a_commune_party_committee_under_its_district_committee():  # i-dang-uy-xa-thieu-phuc
    plan = _plan(
        "HUYỆN ỦY THIỆU HÓA\nĐẢNG ỦY XÃ THIỆU PHÚC\n*\nSố 03-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Thiệu Phúc, ngày 16 tháng 3 năm 2021\n\nKẾ HOẠCH\nTổng dọn vệ sinh môi trường\n"
    )
    assert (plan.number, plan.date, plan.level) == ("03-KH/ĐU", dt.date(2021, 3, 16), "commune")
    assert plan.issuer.lower() == "đảng ủy xã thiệu phúc"


def test_a_symbol_part_that_opens_with_u_horn():  # j-ha-giang-qd-1653-2013-lo-trinh-dvctt
    plan = _plan(
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 1653/QĐ-UBND\nHà Giang, ngày 12 tháng 8 năm 2013\nQUYẾT ĐỊNH\n"
        "Căn cứ Công văn số 3601/BTTTT-ƯDCNTT ngày 25 tháng 12 năm 2012 của Bộ Thông tin và Truyền thông"
        " về việc xây dựng lộ trình cung cấp dịch vụ công trực tuyến;\n"
    )
    assert {(c.number, c.date) for c in plan.citations} == {("3601/BTTTT-ƯDCNTT", dt.date(2012, 12, 25))}
