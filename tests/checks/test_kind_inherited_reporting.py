"""inherited_reporting (graph): the reporting duty the parent lays on this level is set.

Cases (rules/chuoi.yaml CG110): Mộc Châu's plan says «UBND các xã, thị trấn
định kỳ hàng quý, 6 tháng, năm báo cáo».  A commune plan reporting only
«hằng năm» is missing the quarterly and 6-monthly reports: the finding sits on
its own reporting line, with the parent's duty line as related.  Reporting at
all three periods is silent.
"""

from kind_helpers import commune_plan, district_plan, graph_context, hit_line, line_of, run


def test_yearly_only_misses_quarterly_and_semiannual():
    text = commune_plan(report="Văn phòng UBND xã hằng năm báo cáo kết quả về UBND huyện.")
    ctx = graph_context(text, district_plan())
    [hit] = run("inherited_reporting", ctx)
    assert hit.params == {"missing": "hằng quý, 6 tháng", "parent": "23/KH-UBND – 03/01/2020 (UBND huyện Mộc Châu)"}
    assert hit_line(ctx, hit) == line_of(text, "hằng năm báo cáo")
    assert hit.related[0]["line"] == line_of(district_plan(), "UBND các xã, thị trấn")


def test_all_periods_carried_is_silent():
    assert run("inherited_reporting", graph_context(commune_plan(), district_plan())) == []
