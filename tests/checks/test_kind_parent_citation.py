"""parent_citation: the plan cites a document of the level directly above it.

Cases (rules/cchc.yaml CC101): a commune plan citing only its own UBND's
decision lacks its district → finding names both levels and what it cites;
citing «UBND huyện Mộc Châu» is right.  The 1 July 2025 switch: a commune
citing only its province is wrong in January 2025 and right in September
2025.  With ``number``/``year`` the named parent itself must be cited.
"""

from kind_helpers import context, header, hit_line, line_of, run

OWN_ONLY = header() + "\nThực hiện Quyết định số 05/QĐ-UBND ngày 02/01/2024 của UBND xã An Bình;\n"
DISTRICT = header() + "\nCăn cứ Kế hoạch số 23/KH-UBND ngày 10 tháng 01 năm 2024 của UBND huyện Mộc Châu;\n"


def test_commune_citing_only_itself():
    ctx = context(OWN_ONLY)
    assert ctx.plan.level == "commune"
    [hit] = run("parent_citation", ctx)
    assert hit.params == {"parent_level": "huyện", "level": "xã", "cited": "05/QĐ-UBND"}
    assert hit_line(ctx, hit) == line_of(OWN_ONLY, "KẾ HOẠCH")


def test_commune_citing_its_district_is_silent():
    assert run("parent_citation", context(DISTRICT)) == []


def test_province_is_the_parent_only_after_july_2025():
    body = "\nCăn cứ Kế hoạch số 245/KH-UBND ngày 18 tháng {d} của UBND tỉnh Sơn La;\n"
    before = header(date="ngày 20 tháng 01 năm 2025", title="Cải cách hành chính năm 2025") + body.format(
        d="12 năm 2024"
    )
    after = header(date="ngày 20 tháng 9 năm 2025", title="Cải cách hành chính năm 2025") + body.format(d="8 năm 2025")
    [hit] = run("parent_citation", context(before))
    assert (hit.params["parent_level"], hit.params["cited"]) == ("huyện", "245/KH-UBND")
    assert run("parent_citation", context(after)) == []


def test_named_parent_number_and_year():
    ctx = context(DISTRICT)
    assert run("parent_citation", ctx, number="23/KH-UBND", year=2024) == []
    [hit] = run("parent_citation", ctx, number="23/KH-UBND", year=2023)  # numbers restart every year
    assert (hit.params["parent"], hit.params["cited"]) == ("23/KH-UBND", "23/KH-UBND")
