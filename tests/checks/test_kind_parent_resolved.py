"""parent_resolved (graph): the parent plan a document cites is in the corpus.

Cases (rules/chuoi.yaml CG101): Chiềng Sơn's plan cites Mộc Châu's 23/KH-UBND.
With that plan in the run: silent.  With only another Mộc Châu plan
(24/KH-UBND) in the run: a finding on the «Căn cứ» line naming 23/KH-UBND and
the district level.  Checked alone (no district document at all): the same
finding, demoted to info, since absence then proves nothing.
"""

from kind_helpers import commune_plan, district_plan, graph_context, hit_line, line_of, run


def test_parent_in_the_corpus_is_silent():
    assert run("parent_resolved", graph_context(commune_plan(), district_plan())) == []


def test_parent_missing_from_a_corpus_of_its_level():
    text = commune_plan()
    ctx = graph_context(text, district_plan(number="24/KH-UBND", date="ngày 05 tháng 02 năm 2020"))
    [hit] = run("parent_resolved", ctx)
    assert hit.params == {"level": "huyện", "cited": "23/KH-UBND"}
    assert hit.severity is None  # the rule's own severity
    assert hit_line(ctx, hit) == line_of(text, "Căn cứ Kế hoạch số 23/KH-UBND")


def test_plan_checked_alone_is_only_info():
    [hit] = run("parent_resolved", graph_context(commune_plan()))
    assert hit.params["cited"] == "23/KH-UBND"
    assert hit.severity == "info"
