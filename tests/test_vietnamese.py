"""Folding keeps offsets; tone placement variants compare equal."""

from __future__ import annotations

from plancheck.vietnamese import canonical_tones, fold, fold_plain


def test_fold_strips_tones_and_d():
    assert fold_plain("Xây dựng ĐẢNG") == "xay dung dang"
    assert fold_plain("xây dụng") == fold_plain("Xây dựng")


def test_old_and_new_tone_placement():
    assert fold_plain("hoà") == fold_plain("hòa")
    assert canonical_tones("hòa bình") == canonical_tones("hoà bình") == "hoà bình"
    assert canonical_tones("thủy lợi") == "thuỷ lợi"
    assert canonical_tones("toàn") == "toàn"  # closed syllable: no change


def test_offsets_survive_whitespace_collapse():
    text = "Kế  hoạch\n\n  số 16/KH"
    folded = fold(text)
    assert folded.text == "ke hoach so 16/kh"
    i = folded.text.index("so 16")
    start, end = folded.span(i, i + len("so 16"))
    assert text[start:end] == "số 16"


def test_dashes_fold_to_hyphen():
    assert fold_plain("05/KH – UBND") == "05/kh - ubnd"


def test_a_text_longer_than_a_piece_folds_as_one_string():
    """Past PIECE characters the text is folded a piece at a time, cut at line
    ends: the result, offsets and all, is that of folding it whole — here a
    real plan repeated past several cuts, with runs of spaces, tabs and
    capitals either side of each line end."""
    from pathlib import Path

    from plancheck import vietnamese
    from plancheck.vietnamese import _FOLD_TABLE, PIECE

    plan = (Path(__file__).parent.parent / "fixtures" / "district" / "01-huyen-moc-chau.txt").read_text("utf-8")
    text = (plan + "  \t\n   ĐỒNG THỜI  \n") * (3 * PIECE // len(plan) + 1)
    assert len(text) > 3 * PIECE
    folded = fold(text)
    assert folded.text.startswith("uy ban nhan dan")
    pieces = list(vietnamese._pieces(text))
    assert len(pieces) >= 3 and "".join(pieces) == text and all(p.endswith("\n") for p in pieces[:-1])
    whole = text.translate(_FOLD_TABLE)  # what the piecewise fold must equal, character for character
    assert vietnamese._translate(text) == whole
    i = folded.text.index("dong thoi", 2 * PIECE)  # a phrase past the second cut, mapped back to the text
    a, b = folded.span(i, i + len("dong thoi"))
    assert text[a:b] == "ĐỒNG THỜI"
