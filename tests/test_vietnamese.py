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
