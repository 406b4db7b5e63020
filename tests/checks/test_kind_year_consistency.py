"""year_consistency: a plan for year N speaking of another year's tasks as its own.

Cases (rules/cchc.yaml CC104): a 2024 plan saying «mục tiêu, nhiệm vụ cải
cách hành chính năm 2023 của xã» — last year's plan copied — is reported with
the year found and the plan's year, on that line; «kết quả đạt được năm 2023»
on the next line is a look back and is not; with the task sentence set to
2024 the plan is silent.
"""

from kind_helpers import context, header, hit_line, hit_text, line_of, run

TEXT = header() + (
    "\nI. MỤC ĐÍCH, YÊU CẦU\n"
    "Gắn với lộ trình thực hiện các mục tiêu, nhiệm vụ cải cách hành chính năm 2023 của xã.\n"
    "Phát huy kết quả đạt được năm 2023.\n"
)


def test_last_years_tasks_reported_once():
    ctx = context(TEXT)
    assert ctx.plan.year == 2024
    [hit] = run("year_consistency", ctx)
    assert hit.params == {"found": "2023", "year": 2024}
    assert hit.suggestion == "năm 2024"
    assert hit_text(ctx, hit) == "năm 2023"
    assert hit_line(ctx, hit) == line_of(TEXT, "lộ trình")


def test_own_year_and_look_back_are_silent():
    text = TEXT.replace("hành chính năm 2023 của xã", "hành chính năm 2024 của xã")
    assert run("year_consistency", context(text)) == []


def test_max_distance_bounds_the_years_compared():
    text = TEXT.replace("năm 2023 của xã", "năm 2021 của xã")
    assert run("year_consistency", context(text), max_distance=1) == []
    [hit] = run("year_consistency", context(text), max_distance=3)
    assert hit.params["found"] == "2021"
