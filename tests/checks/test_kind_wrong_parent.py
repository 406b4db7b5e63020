"""wrong_parent (graph): the plan cites the plan of a unit that is not its parent.

Cases (rules/chuoi.yaml CG107, fixture xa-chieng-chung): xã Chiềng Sơn lies in
Mộc Châu (the gazetteer knows it though the text never says so).  Citing
«UBND huyện Vân Hồ» is reported with both units; citing «UBND huyện Mộc Châu»,
resolved or not, is silent; with ``levels: [province]`` the district citation
is not compared at all.
"""

from kind_helpers import commune_plan, district_plan, graph_context, hit_line, line_of, run

VAN_HO = "Căn cứ Kế hoạch số 15/KH-UBND ngày 06 tháng 01 năm 2020 của UBND huyện Vân Hồ;"


def test_neighbouring_district_is_not_the_parent():
    text = commune_plan(cite=VAN_HO)
    ctx = graph_context(text)
    [hit] = run("wrong_parent", ctx)
    assert hit.params["cited"] == "15/KH-UBND"
    assert "Vân Hồ" in hit.params["cited_unit"] and "Sơn La" in hit.params["cited_unit"]
    assert hit.params["mine"].startswith("Xã Chiềng Sơn") and "Mộc Châu" in hit.params["mine"]
    assert hit_line(ctx, hit) == line_of(text, "Vân Hồ")


def test_own_district_is_silent():
    assert run("wrong_parent", graph_context(commune_plan(), district_plan())) == []
    assert run("wrong_parent", graph_context(commune_plan())) == []  # unresolved: judged from the issuer


def test_levels_option_limits_what_is_compared():
    assert run("wrong_parent", graph_context(commune_plan(cite=VAN_HO)), levels=["province"]) == []
