"""Regular expressions anchored at the start of a word, searched quickly.

The packs and the parser write "at the start of a word" as the look-behind
``(?<![^\\W\\d_])`` (no letter just before).  Put first in an expression, it
makes Python's engine try the look-behind at every offset of a document;
without it the expression opens with its words, which the engine skips to
several times faster.  These helpers search the expression without the
look-behind and test the character before each match by hand; a rejected
match is searched again one character on, so they find exactly the matches
the full expression finds.
"""

from __future__ import annotations

import re

WORD_START = r"(?<![^\W\d_])"


def _at_word_start(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalpha()


def search(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The first match of ``rx`` at or after ``pos`` that starts a word."""
    end = len(text) if endpos is None else endpos
    while True:
        m = rx.search(text, pos, end)
        if m is None or _at_word_start(text, m.start()):
            return m
        pos = m.start() + 1


def finditer(rx: re.Pattern[str], text: str, pos: int = 0):
    """Every non-overlapping match of ``rx`` at or after ``pos`` that starts a word, in order."""
    while True:
        m = search(rx, text, pos)
        if m is None:
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


def strip(pattern: str) -> str | None:
    """The pattern without its leading word-start look-behind, or None if it has none."""
    return pattern[len(WORD_START):] if pattern.startswith(WORD_START) else None
