"""budget: the plan provides for funding («Kinh phí»).

Cases: the default phrases (rules/cchc-tuyen-truyen.yaml TT108): a plan that
never names kinh phí / dự toán / ngân sách is reported at its «KẾ HOẠCH»
line; one sentence on «ngân sách nhà nước» is enough.  With ``as_section``
that sentence is not enough: a «IV. KINH PHÍ THỰC HIỆN» heading is needed.
"""

from kind_helpers import context, header, hit_line, line_of, run

MENTION = header() + "\nIII. TỔ CHỨC THỰC HIỆN\nCác hoạt động được bảo đảm từ ngân sách nhà nước.\n"


def test_no_funding_words_fires():
    text = header() + "\nII. NỘI DUNG\n1. Tổ chức hội nghị tuyên truyền.\n"
    ctx = context(text)
    [hit] = run("budget", ctx)
    assert hit.params == {"phrases": "kinh phí, dự toán, ngân sách"}
    assert hit_line(ctx, hit) == line_of(text, "KẾ HOẠCH")


def test_a_mention_is_enough_by_default():
    assert run("budget", context(MENTION)) == []


def test_as_section_wants_a_heading():
    [hit] = run("budget", context(MENTION), as_section=True, phrases_any=["kinh phí"])
    assert hit.params["phrases"] == "kinh phí"
    with_section = MENTION + "IV. KINH PHÍ THỰC HIỆN\nTừ ngân sách xã năm 2024.\n"
    assert run("budget", context(with_section), as_section=True, phrases_any=["kinh phí"]) == []
