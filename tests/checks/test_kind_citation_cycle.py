"""citation_cycle (graph): documents that cite each other in a circle.

Cases (rules/chuoi.yaml CG108): the commune plan rests on the district's
23/KH-UBND; when that district plan in turn cites the commune's 08/KH-UBND the
two form a cycle, reported on the commune's «Căn cứ» line with the cycle
spelled out.  The upward chain commune → district → (province, external) is
silent.
"""

from kind_helpers import commune_plan, district_plan, graph_context, hit_line, line_of, run

BACK = "Căn cứ Kế hoạch số 08/KH-UBND ngày 10/01/2020 của UBND xã Chiềng Sơn;"


def test_district_citing_the_commune_back():
    text = commune_plan()
    ctx = graph_context(text, district_plan(cite=BACK))
    [hit] = run("citation_cycle", ctx)
    assert hit.params == {"cited": "23/KH-UBND", "cycle": "plan.txt → corpus-1.txt"}
    assert hit_line(ctx, hit) == line_of(text, "Căn cứ")
    assert hit.related[0]["path"] == "corpus-1.txt"


def test_upward_chain_is_silent():
    assert run("citation_cycle", graph_context(commune_plan(), district_plan())) == []
