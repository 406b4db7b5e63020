"""reporting_cadence: the plan sets reporting at every period required.

Cases: ``require: [quarterly, semiannual, annual]`` as in rules/cchc.yaml
(CC102).  «định kỳ hàng quý, 6 tháng, năm báo cáo» names all three; «hằng năm
báo cáo» only one, and the finding sits on that statement naming the two
missing; a plan with no reporting statement at all is reported at its
«KẾ HOẠCH» line.
"""

from kind_helpers import context, header, hit_line, line_of, run

REQUIRE = ["quarterly", "semiannual", "annual"]


def test_all_periods_named_is_silent():
    ctx = context(
        header() + "\nIII. TỔ CHỨC THỰC HIỆN\n"
        "Văn phòng UBND xã định kỳ hàng quý, 6 tháng, năm báo cáo kết quả về UBND huyện.\n"
    )
    assert run("reporting_cadence", ctx, require=REQUIRE) == []


def test_yearly_only_names_the_missing_periods_on_the_statement():
    text = header() + "\nIII. TỔ CHỨC THỰC HIỆN\nVăn phòng UBND xã hằng năm báo cáo kết quả về UBND huyện.\n"
    ctx = context(text)
    [hit] = run("reporting_cadence", ctx, require=REQUIRE)
    assert hit.params == {"missing": "hằng quý, 6 tháng", "required": "hằng quý, 6 tháng, hằng năm"}
    assert hit_line(ctx, hit) == line_of(text, "hằng năm báo cáo")


def test_no_reporting_at_all_fires_at_the_type_line():
    text = header() + "\nIII. TỔ CHỨC THỰC HIỆN\nCác bộ phận triển khai thực hiện kế hoạch.\n"
    ctx = context(text)
    [hit] = run("reporting_cadence", ctx, require=["quarterly"])
    assert hit.params["missing"] == "hằng quý"
    assert hit_line(ctx, hit) == line_of(text, "KẾ HOẠCH")
