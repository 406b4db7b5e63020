"""skip_level (graph): a plan cites the level above its parent but not its parent.

Cases (rules/chuoi.yaml CG106, fixture xa-doan-ket): a 2020 commune plan whose
only higher citation is the province's 245/KH-UBND skipped its district: the
finding names the district level it lacks and the province level it cites.
Citing the district (with or without the province) is silent, and so is the
province-only citation from September 2025, when districts no longer exist.
"""

from kind_helpers import CITE_MOC_CHAU, CITE_SON_LA, commune_plan, graph_context, hit_line, line_of, run


def test_commune_citing_only_its_province_in_2020():
    text = commune_plan(cite=CITE_SON_LA)
    ctx = graph_context(text)
    [hit] = run("skip_level", ctx)
    assert hit.params == {"level": "huyện", "cited_level": "tỉnh", "cited": "245/KH-UBND"}
    assert hit_line(ctx, hit) == line_of(text, "Căn cứ")


def test_citing_the_district_is_silent():
    assert run("skip_level", graph_context(commune_plan())) == []
    assert run("skip_level", graph_context(commune_plan(cite=CITE_MOC_CHAU + "\n" + CITE_SON_LA))) == []


def test_province_only_is_right_after_july_2025():
    text = commune_plan(
        cite="Căn cứ Kế hoạch số 245/KH-UBND ngày 18 tháng 8 năm 2025 của UBND tỉnh Sơn La;",
        date="ngày 20 tháng 9 năm 2025",
    )
    assert run("skip_level", graph_context(text)) == []
