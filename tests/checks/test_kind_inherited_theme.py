"""inherited_theme (graph): the content items of the parent plan are carried.

Cases (rules/chuoi.yaml CG109, fixture xa-long-sap): Mộc Châu's «II. NỘI DUNG»
lists «Cải cách thể chế» and «Cải cách tài chính công».  A commune plan that
keeps only the first is reported for the second, at its own «II. NỘI DUNG»
line, with the item's line in the parent as related.  Carrying both is
silent; so is a plan whose cited parent is not in the run (nothing to compare).
"""

from kind_helpers import commune_plan, district_plan, graph_context, hit_line, line_of, run


def test_missing_parent_item():
    text = commune_plan(content="1. Cải cách thể chế: rà soát văn bản.")
    ctx = graph_context(text, district_plan())
    [hit] = run("inherited_theme", ctx)
    assert hit.params == {"item": "Cải cách tài chính công", "parent": "23/KH-UBND – 03/01/2020 (UBND huyện Mộc Châu)"}
    assert hit_line(ctx, hit) == line_of(text, "II. NỘI DUNG")
    assert hit.related == [
        {
            "path": "corpus-1.txt",
            "line": line_of(district_plan(), "2. Cải cách tài chính công"),
            "message": "Cải cách tài chính công",
        }
    ]
    assert [(c.label, c.covered) for c in ctx.coverage] == [
        ("23/KH-UBND: Cải cách thể chế", True),
        ("23/KH-UBND: Cải cách tài chính công", False),
    ]


def test_all_items_carried_is_silent():
    assert run("inherited_theme", graph_context(commune_plan(), district_plan())) == []


def test_parent_not_in_the_run_is_silent():
    assert run("inherited_theme", graph_context(commune_plan(content="1. Cải cách thể chế."))) == []
