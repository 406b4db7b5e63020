"""duplicate_number (graph): two documents of one issuer share a number in a year.

Cases (rules/chuoi.yaml CG104): a second file «Số: 08/KH-UBND» of xã Chiềng
Sơn in 2020 → finding on the plan's «Số:» line naming the other file.  A
09/KH-UBND of the same commune, or an 08/KH-UBND of another commune (xã Lóng
Sập has its own series), is no duplicate.
"""

from kind_helpers import commune_plan, district_plan, graph_context, header, hit_line, run

TITLE = "Phòng chống dịch bệnh năm 2020"


def test_same_number_same_issuer_same_year():
    text = commune_plan()
    ctx = graph_context(
        text, header("XÃ CHIỀNG SƠN", "08/KH-UBND", "Chiềng Sơn", "ngày 15 tháng 02 năm 2020", TITLE), district_plan()
    )
    [hit] = run("duplicate_number", ctx)
    assert hit.params == {"number": "08/KH-UBND", "others": "corpus-1.txt"}
    assert hit_line(ctx, hit) == 3
    assert hit.related[0]["path"] == "corpus-1.txt"


def test_other_number_or_other_issuer_is_silent():
    for other in (
        header("XÃ CHIỀNG SƠN", "09/KH-UBND", "Chiềng Sơn", "ngày 15 tháng 02 năm 2020", TITLE),
        header("XÃ LÓNG SẬP", "08/KH-UBND", "Lóng Sập", "ngày 15 tháng 02 năm 2020", TITLE),
    ):
        assert run("duplicate_number", graph_context(commune_plan(), other, district_plan())) == [], other
