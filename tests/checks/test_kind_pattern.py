"""pattern: Vale-style text patterns (forbidden / substitution / existence).

Cases: the doubled-word pattern of rules/cchc.yaml (CC301) fires on «xã xã»
and not on the place's own name written after its unit word; the misspelling
swap of CC303 turns «xây dụng» into «xây dựng»; an existence pattern fires
(at the «KẾ HOẠCH» line) only when no line says it.
"""

from kind_helpers import context, header, hit_line, hit_text, line_of, run

DOUBLED = r"(?<![^\W\d_])(phường|xã|huyện|tỉnh|quận|thị trấn|thị xã|của|và|các|về)\s+\1(?![^\W\d_])"


def test_forbidden_doubled_word_found_on_its_line():
    text = header() + "\nI. MỤC ĐÍCH, YÊU CẦU\nTuyên truyền trên địa bàn xã xã An Bình.\n"
    ctx = context(text)
    hits = run("pattern", ctx, mode="forbidden", patterns=[DOUBLED], allow_own_place=True)
    assert len(hits) == 1
    assert hits[0].params["found"] == "xã xã"
    assert hit_text(ctx, hits[0]) == "xã xã"
    assert hit_line(ctx, hits[0]) == line_of(text, "xã xã An Bình")


def test_forbidden_silent_on_single_word_and_own_place_name():
    # The ward «Phường Đúc» is written «phường Phường Đúc»: its own name, not a slip.
    text = (
        header("PHƯỜNG PHƯỜNG ĐÚC", place="Phường Đúc")
        + "\nTuyên truyền trên địa bàn phường Phường Đúc và xã An Bình.\n"
    )
    ctx = context(text)
    assert ctx.plan.place == "Phường Đúc"
    assert run("pattern", ctx, mode="forbidden", patterns=[DOUBLED], allow_own_place=True) == []


def test_substitution_suggests_the_right_spelling():
    text = header() + "\nII. NỘI DUNG\nChủ động xây dụng kế hoạch năm 2024.\n"
    ctx = context(text)
    hits = run("pattern", ctx, mode="substitution", swap={"xây dụng": "xây dựng", "cò động": "cổ động"})
    assert [(h.params["found"], h.params["right"], h.suggestion) for h in hits] == [
        ("xây dụng", "xây dựng", "xây dựng")
    ]
    assert hit_line(ctx, hits[0]) == line_of(text, "xây dụng")


def test_substitution_silent_on_correct_spelling():
    ctx = context(header() + "\nII. NỘI DUNG\nChủ động xây dựng kế hoạch năm 2024.\n")
    assert run("pattern", ctx, mode="substitution", swap={"xây dụng": "xây dựng"}) == []


def test_existence_fires_at_the_type_line_when_absent_and_is_silent_when_present():
    text = header() + "\nII. NỘI DUNG\nTổ chức hội nghị.\n"
    ctx = context(text)
    hits = run("pattern", ctx, mode="existence", patterns=["nơi nhận"])
    assert len(hits) == 1 and hits[0].params["pattern"] == "nơi nhận"
    assert hit_line(ctx, hits[0]) == line_of(text, "KẾ HOẠCH")
    assert run("pattern", context(text + "\nNơi nhận:\n- Lưu: VT.\n"), mode="existence", patterns=["nơi nhận"]) == []
