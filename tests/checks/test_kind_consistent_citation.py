"""consistent_citation: one document cited with two numbers or two dates.

Cases (seed 003's slip, as in rules/cchc.yaml CC103): the same decision «ban
hành Kế hoạch cải cách hành chính xã năm 2020» of 02/01/2020 cited first as
05/QĐ-UBND, later as 03/QĐ-UBND → «số» differs, on the second citation's line;
the same number with two dates → «ngày ban hành» differs; cited alike twice
→ silent.
"""

from kind_helpers import context, header, hit_line, line_of, run

TEXT = header(date="ngày 10 tháng 01 năm 2020", title="Tuyên truyền cải cách hành chính năm 2020") + (
    "\nThực hiện Quyết định số 05/QĐ-UBND ngày 02/01/2020 của UBND xã An Bình"
    " về ban hành Kế hoạch cải cách hành chính xã năm 2020;\n"
    "\nI. MỤC ĐÍCH, YÊU CẦU\n"
    "Bám sát Quyết định số 03/QĐ-UBND ngày 02/01/2020 của UBND xã An Bình"
    " ban hành Kế hoạch cải cách hành chính xã năm 2020.\n"
)


def test_two_numbers_for_one_decision():
    ctx = context(TEXT)
    [hit] = run("consistent_citation", ctx)
    first, second = line_of(TEXT, "Thực hiện Quyết định"), line_of(TEXT, "Bám sát")
    assert hit.params == {
        "first": "05/QĐ-UBND ngày 02/01/2020",
        "second": "03/QĐ-UBND ngày 02/01/2020",
        "first_line": first,
        "second_line": second,
        "what": "số",
    }
    assert hit_line(ctx, hit) == second
    assert hit.related[0]["line"] == first


def test_two_dates_for_one_number():
    text = TEXT.replace("03/QĐ-UBND ngày 02/01/2020", "05/QĐ-UBND ngày 12/01/2020")
    [hit] = run("consistent_citation", context(text))
    assert (hit.params["first"], hit.params["second"]) == ("05/QĐ-UBND ngày 02/01/2020", "05/QĐ-UBND ngày 12/01/2020")
    assert hit.params["what"] == "ngày ban hành"


def test_cited_alike_twice_is_silent():
    assert run("consistent_citation", context(TEXT.replace("03/QĐ-UBND", "05/QĐ-UBND"))) == []
