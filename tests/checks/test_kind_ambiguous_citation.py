"""ambiguous_citation (graph): a citation fits two corpus documents equally.

Cases (rules/chuoi.yaml CG103): «Kế hoạch số 23/KH-UBND» written without date
or issuer, in a run holding Mộc Châu's 23/KH-UBND and xã Lóng Sập's
23/KH-UBND of the same year: both are named, count 2, on the citation's line.
The full citation («ngày 03 tháng 01 năm 2020 của UBND huyện Mộc Châu») picks
one and is silent.
"""

from kind_helpers import commune_plan, district_plan, graph_context, header, hit_line, hit_text, line_of, run

LONG_SAP = header(
    "XÃ LÓNG SẬP", "23/KH-UBND", "Lóng Sập", "ngày 20 tháng 3 năm 2020", "Kiểm tra cải cách hành chính năm 2020"
)


def test_bare_number_fits_two_documents():
    text = commune_plan(cite="Thực hiện Kế hoạch số 23/KH-UBND về cải cách hành chính;")
    ctx = graph_context(text, district_plan(), LONG_SAP)
    [hit] = run("ambiguous_citation", ctx)
    assert hit.params == {
        "cited": "23/KH-UBND",
        "count": 2,
        "candidates": "23/KH-UBND – 03/01/2020 (UBND huyện Mộc Châu); 23/KH-UBND – 20/03/2020 (UBND xã Lóng Sập)",
    }
    assert hit_text(ctx, hit) == "Kế hoạch số 23/KH-UBND"
    assert hit_line(ctx, hit) == line_of(text, "Thực hiện")
    assert [r["path"] for r in hit.related] == ["corpus-1.txt", "corpus-2.txt"]


def test_dated_citation_with_issuer_is_silent():
    assert run("ambiguous_citation", graph_context(commune_plan(), district_plan(), LONG_SAP)) == []
