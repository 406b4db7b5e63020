"""format: Decree 30/2020/NĐ-CP presentation, one aspect per rule (as rules/nd30.yaml runs it).

Cases: a number with a space in its symbol («12/KH- UBND») and a decision's
symbol on a Kế hoạch («12/QĐ-UBND») against «12/KH-UBND»; a day without its
leading zero and a zero before month 3 against «ngày 05 tháng 3»; a recipients
list that does not end with «Lưu: VT» and a signature without the signer's
name.  Each finding must sit on the line that is wrong.
"""

from kind_helpers import context, header, hit_line, hit_text, line_of, run

SIGNED = "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"


def _ctx(text):
    ctx = context(text)
    ctx.lang = "en"  # problem words in English: stable to assert
    return ctx


def test_number_with_space_in_symbol():
    ctx = _ctx(header(number="12/KH- UBND"))
    [hit] = run("format", ctx, aspect="number")
    assert hit.params == {"problem": "malformed", "found": "12/KH- UBND"}
    assert hit.suggestion == "12/KH-UBND"
    assert hit_line(ctx, hit) == 3


def test_number_whose_type_is_not_the_documents():
    ctx = _ctx(header(number="12/QĐ-UBND"))
    [hit] = run("format", ctx, aspect="number")
    assert (hit.params["found"], hit.params["expected"]) == ("QĐ", "KH")
    assert hit_line(ctx, hit) == 3


def test_date_without_and_with_needless_zeros():
    text = header(date="ngày 5 tháng 03 năm 2024")
    ctx = _ctx(text)
    [hit] = run("format", ctx, aspect="date")
    assert hit_text(ctx, hit) == "ngày 5 tháng 03 năm"
    assert hit.suggestion == "ngày 05 tháng 3 năm"
    assert hit_line(ctx, hit) == line_of(text, "An Bình, ngày")


def test_well_formed_header_is_silent():
    ctx = _ctx(header(number="12/KH-UBND", date="ngày 05 tháng 3 năm 2024") + SIGNED)
    for aspect in ("number", "date", "signature", "recipients"):
        assert run("format", ctx, aspect=aspect) == [], aspect


def test_recipients_not_ending_with_luu_and_signature_without_name():
    text = header() + "\nNơi nhận:\n- Lưu: VT;\n- UBND huyện.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
    ctx = _ctx(text)
    [last] = run("format", ctx, aspect="recipients")
    assert last.params["found"] == "UBND huyện"
    assert hit_line(ctx, last) == line_of(text, "- UBND huyện.")
    [sig] = run("format", ctx, aspect="signature")
    assert sig.params["found"] == "signer's name"  # authority and title are there
    assert hit_line(ctx, sig) == line_of(text, "TM. ỦY BAN")
