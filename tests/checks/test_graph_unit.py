"""The citation graph (plancheck.graph.citation_graph) on two or three small plans.

Cases: a citation agreeing on number, date and issuer joins the corpus
document; the same number with another date is kept apart as a «mismatch»
whose reason is the date (two documents are never merged); a cited document
that is not in the run becomes an external node keyed by number, date and
place; ``parents()`` lists the district before the province whatever order the
plan cites them in; two plans citing each other are one cycle.
"""

from kind_helpers import CITE_MOC_CHAU, CITE_SON_LA, commune_plan, district_plan, graph_context, header

PROVINCE = (
    header("TỈNH SƠN LA", "245/KH-UBND", "Sơn La", "ngày 18 tháng 12 năm 2019", "Cải cách hành chính năm 2020")
    + "\nII. NỘI DUNG\n1. Cải cách thể chế.\n"
)


def _edge(graph, source, number):
    return next(e for e in graph.edges_from(source) if e.citation.number == number)


def test_citation_resolves_to_the_document_with_its_number_date_and_issuer():
    g = graph_context(commune_plan(), district_plan()).graph
    e = _edge(g, "plan.txt", "23/KH-UBND")
    assert (e.status, e.target) == ("resolved", "corpus-1.txt")
    target = g.nodes["corpus-1.txt"]
    assert (target.number, target.date.isoformat(), target.level, target.external) == (
        "23/KH-UBND",
        "2020-01-03",
        "district",
        False,
    )
    assert e.citation.line == 11


def test_same_number_other_date_is_a_mismatch_not_a_join():
    text = commune_plan(cite="Căn cứ Kế hoạch số 23/KH-UBND ngày 05 tháng 01 năm 2020 của UBND huyện Mộc Châu;")
    g = graph_context(text, district_plan()).graph
    e = _edge(g, "plan.txt", "23/KH-UBND")
    assert (e.status, e.reasons, e.candidates) == ("mismatch", ["date"], ["corpus-1.txt"])
    assert e.target != "corpus-1.txt" and g.nodes[e.target].external
    assert g.nodes[e.target].date.isoformat() == "2020-01-05"


def test_document_not_in_the_run_is_an_external_node():
    g = graph_context(commune_plan(), district_plan()).graph
    e = _edge(g, "corpus-1.txt", "245/KH-UBND")  # the district cites its province, absent from the run
    assert e.status == "external"
    node = g.nodes[e.target]
    assert node.id == "245/KH-UBND (2019-12-18, Tỉnh Sơn La)"
    assert (node.external, node.path, node.level) == (True, None, "province")
    assert node not in g.documents and len(g.documents) == 2


def test_parents_nearest_level_first():
    text = commune_plan(cite=CITE_SON_LA + "\n" + CITE_MOC_CHAU)  # the province is cited first
    g = graph_context(text, PROVINCE, district_plan()).graph
    assert [e.status for e in g.edges_from("plan.txt")] == ["resolved", "resolved"]
    assert [(p.id, p.level) for p in g.parents("plan.txt")] == [
        ("corpus-2.txt", "district"),
        ("corpus-1.txt", "province"),
    ]
    assert [p.id for p in g.parents("corpus-1.txt")] == []  # nothing above the province in the run


def test_two_documents_citing_each_other_are_a_cycle():
    back = "Căn cứ Kế hoạch số 08/KH-UBND ngày 10/01/2020 của UBND xã Chiềng Sơn;"
    assert graph_context(commune_plan(), district_plan()).graph.cycles == {}
    g = graph_context(commune_plan(), district_plan(cite=back)).graph
    assert g.cycles == {"plan.txt": ["corpus-1.txt"], "corpus-1.txt": ["plan.txt"]}
