"""mandatory_theme: a theme of the pack's vocabulary is covered by the text.

Cases: theme «tthc» of rules/cchc.yaml (CC202).  A plan that speaks of «thủ tục
hành chính» in section I is covered (and the coverage records that line); a
plan that never does is a finding naming the theme; with ``within_any:
[nội dung]`` the same mention outside «II. NỘI DUNG» no longer counts.
"""

from kind_helpers import context, header, hit_line, line_of, run

from plancheck.packs.model import Text, Theme

THEMES = {
    "tthc": Theme(
        label=Text(vi="Cải cách thủ tục hành chính", en="Administrative procedure reform"),
        any=["cải cách thủ tục hành chính", "thủ tục hành chính", "TTHC", "một cửa liên thông"],
    )
}
COVERED = header() + (
    "\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng giải quyết thủ tục hành chính.\nII. NỘI DUNG\n1. Cải cách thể chế.\n"
)


def test_theme_mentioned_is_silent_and_recorded_with_its_line():
    ctx = context(COVERED, themes=THEMES)
    assert run("mandatory_theme", ctx, theme="tthc") == []
    [cov] = ctx.coverage
    assert (cov.theme, cov.covered, cov.excerpt) == ("tthc", True, "thủ tục hành chính")
    assert cov.line == line_of(COVERED, "giải quyết thủ tục")


def test_theme_never_mentioned_fires():
    text = header() + "\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng.\nII. NỘI DUNG\n1. Cải cách thể chế.\n"
    ctx = context(text, themes=THEMES)
    [hit] = run("mandatory_theme", ctx, theme="tthc")
    assert hit.params["theme"] == "Cải cách thủ tục hành chính"
    assert hit.params["phrases"].startswith("cải cách thủ tục hành chính, thủ tục hành chính")
    assert hit_line(ctx, hit) == line_of(text, "KẾ HOẠCH")
    assert ctx.coverage[0].covered is False


def test_within_any_ignores_mentions_outside_the_section():
    ctx = context(COVERED, themes=THEMES)
    [hit] = run("mandatory_theme", ctx, theme="tthc", within_any=["nội dung"])
    assert hit.params["theme"] == "Cải cách thủ tục hành chính"
