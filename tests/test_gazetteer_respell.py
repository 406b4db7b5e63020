"""A unit's name misread in its tone marks (OCR) is written as the gazetteer writes it."""

from __future__ import annotations

from plancheck.gazetteer.places import respelled


def test_a_misread_tone_mark_is_mended_only_when_every_candidate_agrees():
    assert respelled("UBND xã Chiếng Chung", "commune") == "UBND xã Chiềng Chung"  # two xã Chiềng Chung: one name
    assert respelled("UBND tỉnh Sơn Lá", "province") == "UBND tỉnh Sơn La"
    assert respelled("UBND xã Chiềng Sơn", "commune") == "UBND xã Chiềng Sơn"  # already right
    assert respelled("UBND xã Không Có Thật", "commune") == "UBND xã Không Có Thật"  # unknown: as read
    assert respelled("UBND xã Chiếng Chung", None) == "UBND xã Chiếng Chung"  # no level: nothing to look up
