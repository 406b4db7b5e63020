"""The quick searches give exactly what the plain regular expressions give.

plancheck finds document numbers from their separators and word-start
patterns from their words, instead of letting Python's engine try every
offset.  These tests hold them to the plain expressions on every fixture
and on random strings built from the characters that matter.
"""

from __future__ import annotations

import glob
import os
import random
import re

import pytest
from conftest import FIXTURES

from plancheck import fastsearch
from plancheck.ingest import IngestError, read_source
from plancheck.parse.citations import number_matches
from plancheck.parse.doctypes import NUMBER_RE


def _fixture_texts() -> list[str]:
    texts = []
    for path in sorted(glob.glob(os.path.join(FIXTURES, "**", "*"), recursive=True)):
        if os.path.isfile(path):
            try:
                texts.append(read_source(path).text)
            except IngestError:
                pass
    return texts


def _random_texts(alphabet: str, count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


def _found(matches) -> list[tuple]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


NUMBER_ALPHABET = "0123456789 /-–—\u2010\u2015ab z\nKH-UBND/QĐ-TTgđĐ số 2024 2020/"


@pytest.mark.parametrize(
    "texts", [_fixture_texts(), _random_texts(NUMBER_ALPHABET, 20000, 7)], ids=["fixtures", "random"]
)
def test_numbers_from_separators_are_finditers_numbers(texts):
    assert len(texts) > 10
    for text in texts:
        assert _found(number_matches(text)) == _found(NUMBER_RE.finditer(text)), text


def test_the_separators_find_numbers_written_every_way():
    text = "Kế hoạch số 05/KH-UBND, số 12a/2024/QĐ-UBND; 7 – KH‐UBND và 123456/KH-UBND ngày 1/2"
    numbers = [m.group(0) for m in number_matches(text)]
    assert numbers == ["05/KH-UBND", "12a/2024/QĐ-UBND", "7 – KH‐UBND", "23456/KH-UBND"]


WORD_START_PATTERNS = [
    r"(?<![^\W\d_])(phường|xã|huyện|của|và|các|về)\s+\1(?![^\W\d_])",
    r"(?<![^\W\d_])(của|cho|với|về|đối với)\s*,",
    r"(?<![^\W\d_])năm\s+(20\d\d)",
]
WORD_ALPHABET = "xã phường của và các về cho với, năm 2024 Xã1_ đối\n"


@pytest.mark.parametrize("pattern", WORD_START_PATTERNS)
def test_word_start_search_finds_what_the_look_behind_finds(pattern):
    full = re.compile(pattern)
    bare = re.compile(fastsearch.strip(pattern))
    for text in _fixture_texts() + _random_texts(WORD_ALPHABET, 5000, 11):
        low = text.lower()
        assert _found(fastsearch.finditer(bare, low)) == _found(full.finditer(low)), text


SENTENCE_ALPHABET = ".;!? \n\tAĐa1-•\u00a0\u2028"


def test_sentence_ends_are_those_of_the_plain_expression():
    from plancheck.parse.duties import _sentence_ends

    plain = re.compile(r"[.;!?](?=\s|$)|\n(?=[ \t]*(?:\n|[-+•*#]|[A-ZĐÀ-Ỹ0-9]))")
    for text in _fixture_texts() + _random_texts(SENTENCE_ALPHABET, 20000, 5):
        assert _sentence_ends(text) == [m.end() for m in plain.finditer(text)], text


INLINE_ALPHABET = ["các ", "những ", "lĩnh vực", "nội dung", "nhiệm vụ", " chính", " sau", ":", " ", "\n", "x; y", "  "]


def test_inline_lists_from_their_keywords_are_finditers_lists():
    from plancheck.parse.content_items import _INLINE, inline_lists

    rnd = random.Random(13)
    texts = [t.lower() for t in _fixture_texts()]
    texts += ["".join(rnd.choice(INLINE_ALPHABET) for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    for text in texts:
        assert _found(inline_lists(text)) == _found(_INLINE.finditer(text)), text


def test_a_kept_folded_text_comes_back_as_it_was_folded():
    from plancheck.runner.folded_store import FoldedStore
    from plancheck.vietnamese import fold

    store = FoldedStore()
    texts = {
        "a": "Kế hoạch  số 05/KH-UBND\n\n  Cải cách hành chính",
        "b": "Không có khoảng trắng thừa",
        "c": "Chữ Hán 漢 không gấp được về ASCII",
    }
    for name, text in texts.items():
        store.add(name, fold(text))
    for name in ("a", "b"):
        kept, fresh = store.get(name), fold(texts[name])
        assert (kept.text, kept.starts, kept.origins, kept.original_length) == (
            fresh.text,
            fresh.starts,
            fresh.origins,
            fresh.original_length,
        )
        assert kept.span(3, 9) == fresh.span(3, 9)
    assert store.get("c") is None  # not ASCII once folded: folded again when needed
    store.clear()
    assert store.get("a") is None
