"""date_order (graph): a plan dated before a document it cites.

Cases (rules/chuoi.yaml CG105, fixture xa-muong-sang): the district plan is
of 03/01/2020.  A commune plan of 02/01/2020 resting on it has a wrong date:
the finding gives its date and the cited document, on the «Căn cứ» line.
The same plan dated 10/01/2020 — or on the very day, 03/01/2020 — is silent.
"""

from kind_helpers import commune_plan, district_plan, graph_context, hit_line, line_of, run


def test_plan_older_than_what_it_implements():
    text = commune_plan(date="ngày 02 tháng 01 năm 2020")
    ctx = graph_context(text, district_plan())
    [hit] = run("date_order", ctx)
    assert hit.params == {
        "date": "02/01/2020",
        "cited": "23/KH-UBND",
        "other": "23/KH-UBND – 03/01/2020 (UBND huyện Mộc Châu)",
    }
    assert hit_line(ctx, hit) == line_of(text, "Căn cứ")


def test_plan_issued_after_or_on_the_day_is_silent():
    for date in ("ngày 10 tháng 01 năm 2020", "ngày 03 tháng 01 năm 2020"):
        assert run("date_order", graph_context(commune_plan(date=date), district_plan())) == [], date
