"""required_section: the plan has a section whose heading matches.

Cases: the TT101 option of rules/cchc-tuyen-truyen.yaml (heading_any «mục đích»
/ «mục tiêu»): a plan going straight to «I. NỘI DUNG» lacks it and the finding
names the headings sought at the «KẾ HOẠCH» line; «I. MỤC ĐÍCH, YÊU CẦU»
satisfies it.  ``parent_any`` limits the search to one section's children: a
«Kinh phí» item under «III. TỔ CHỨC THỰC HIỆN» does not count under «II. NỘI DUNG».
"""

from kind_helpers import context, header, hit_line, line_of, run

BODY_WITHOUT_PURPOSE = "\nI. NỘI DUNG\n1. Cải cách thể chế.\nII. TỔ CHỨC THỰC HIỆN\nVăn phòng theo dõi.\n"


def test_missing_section_fires_at_the_type_line():
    text = header() + BODY_WITHOUT_PURPOSE
    ctx = context(text)
    [hit] = run("required_section", ctx, heading_any=["mục đích", "mục tiêu"])
    assert hit.params == {"heading": "mục đích / mục tiêu"}
    assert hit.suggestion == "MỤC ĐÍCH"
    assert hit_line(ctx, hit) == line_of(text, "KẾ HOẠCH")


def test_present_section_is_silent():
    ctx = context(header() + "\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng.\nII. NỘI DUNG\n1. Cải cách thể chế.\n")
    assert run("required_section", ctx, heading_any=["mục đích", "mục tiêu"]) == []


def test_parent_any_looks_only_under_the_named_section():
    text = header() + ("\nI. NỘI DUNG\n1. Cải cách thể chế.\nII. TỔ CHỨC THỰC HIỆN\n1. Kinh phí thực hiện.\n")
    ctx = context(text)
    assert run("required_section", ctx, heading_any=["kinh phí"], parent_any=["tổ chức thực hiện"]) == []
    [hit] = run("required_section", ctx, heading_any=["kinh phí"], parent_any=["nội dung"])
    assert hit.params["heading"] == "kinh phí"
