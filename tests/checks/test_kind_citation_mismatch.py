"""citation_mismatch (graph): a citation nearly matches a corpus document.

Cases (rules/chuoi.yaml CG102, fixtures xa-chieng-hac / xa-chieng-khua): the
district plan is 23/KH-UBND of 03/01/2020.  Cited as «23/KH-UBND ngày 05 tháng
01» the date differs; cited as «32/KH-UBND ngày 03 tháng 01» the number
differs.  Each finding names the citation, the real document and what
differs, and points at the document's «Số:» line.  The exact citation is silent.
"""

from kind_helpers import commune_plan, district_plan, graph_context, hit_line, line_of, run

DISTRICT = "23/KH-UBND – 03/01/2020 (UBND huyện Mộc Châu)"


def test_wrong_date():
    text = commune_plan(cite="Căn cứ Kế hoạch số 23/KH-UBND ngày 05 tháng 01 năm 2020 của UBND huyện Mộc Châu;")
    ctx = graph_context(text, district_plan())
    [hit] = run("citation_mismatch", ctx)
    assert hit.params == {"cited": "23/KH-UBND – 05/01/2020", "other": DISTRICT, "differs": "ngày ban hành"}
    assert hit_line(ctx, hit) == line_of(text, "Căn cứ")
    assert hit.related == [{"path": "corpus-1.txt", "line": line_of(district_plan(), "Số:"), "message": None}]


def test_wrong_number():
    text = commune_plan(cite="Căn cứ Kế hoạch số 32/KH-UBND ngày 03 tháng 01 năm 2020 của UBND huyện Mộc Châu;")
    [hit] = run("citation_mismatch", graph_context(text, district_plan()))
    assert (hit.params["cited"], hit.params["differs"]) == ("32/KH-UBND – 03/01/2020", "số ký hiệu")
    assert hit.params["other"] == DISTRICT


def test_exact_citation_is_silent():
    assert run("citation_mismatch", graph_context(commune_plan(), district_plan())) == []
