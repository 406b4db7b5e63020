"""Vietnamese text helpers: folding for matching, tone placement, date words.

Every comparison plancheck makes between a rule phrase and a document happens
on *folded* text (tones stripped, đ→d, lower case, whitespace collapsed) so that
"Xây dựng", "xây dụng" and "XAY DUNG" can be compared.  Findings must still point
at the original characters, so folding keeps a map from every folded offset back
to the offset in the original string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "Folded",
    "fold",
    "fold_plain",
    "canonical_tones",
    "strip_marks",
    "VIETNAMESE_LETTERS",
]


def _build_fold_table() -> dict[int, str]:
    """One-to-one translation table: every Latin letter with marks → its base.

    Keeping the mapping one character to one character is what makes folding
    cheap: the folded string has the same length as its input, and only the
    rarer whitespace runs / stray combining marks need an explicit offset map.
    """
    table: dict[int, str] = {}
    for cp in range(0x41, 0x5B):
        table[cp] = chr(cp + 32)
    ranges = [(0xC0, 0x250), (0x1E00, 0x1F00)]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            base = unicodedata.normalize("NFD", ch)[0]
            if base.isascii() and base.isalpha():
                table[cp] = base.lower()
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    table[ord("Ð")] = "d"  # Latin capital ETH, a common look-alike of Đ in old files
    for ch in "\t\n\r\f\v\u00a0\u2007\u202f\u3000":
        table[ord(ch)] = " "
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        table[ord(ch)] = "-"
    for ch in "\u201c\u201d\u201e\u00ab\u00bb":
        table[ord(ch)] = '"'
    for ch in "\u2018\u2019\u201a":
        table[ord(ch)] = "'"
    return table


_FOLD_TABLE = _build_fold_table()
_SQUEEZE = re.compile(r"[ \u200b]{2,}|[\u0300-\u036f\u200b]+")

VIETNAMESE_LETTERS = frozenset(
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
    "pqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text plus the way back to the original offsets.

    ``offsets`` is None when folding kept every character in place (the common
    case); otherwise ``offsets[i]`` is the original offset of folded char ``i``
    and one extra sentinel entry holds the original length.
    """

    text: str
    offsets: list[int] | None
    original_length: int

    def start(self, i: int) -> int:
        """Original offset of the folded character at ``i``."""
        if self.offsets is None:
            return i
        return self.offsets[min(i, len(self.offsets) - 1)]

    def end(self, j: int) -> int:
        """Original (exclusive) end offset for a folded slice ending at ``j``."""
        if j <= 0:
            return 0
        if self.offsets is None:
            return j
        if j >= len(self.text):
            return self.original_length
        return self.offsets[j - 1] + 1

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.start(i), self.end(j)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching and keep the offset map.

    NFC input is assumed (ingest guarantees it); any combining marks left over
    are dropped, and runs of whitespace become one space.
    """
    translated = text.translate(_FOLD_TABLE)
    if not _SQUEEZE.search(translated):
        return Folded(translated, None, len(text))
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _SQUEEZE.finditer(translated):
        s, e = m.span()
        pieces.append(translated[pos:s])
        offsets.extend(range(pos, s))
        if translated[s] == " ":
            pieces.append(" ")
            offsets.append(s)
        pos = e
    pieces.append(translated[pos:])
    offsets.extend(range(pos, len(translated)))
    offsets.append(len(text))
    return Folded("".join(pieces), offsets, len(text))


@lru_cache(maxsize=8192)
def fold_plain(text: str) -> str:
    """Folded form of a short phrase (rule phrases, headings): no offsets."""
    return fold(unicodedata.normalize("NFC", text)).text.strip()


def strip_marks(text: str) -> str:
    """Remove tone and vowel marks but keep case (for display-neutral keys)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            continue
        out.append({"đ": "d", "Đ": "D"}.get(ch, ch))
    return "".join(out)


# Old ("hòa", "thủy") and new ("hoà", "thuỷ") tone placement.  plancheck's
# canonical form is the new one, as used by Decree 30 era templates.
_TONES = "\u0300\u0301\u0309\u0303\u0323"
_OLD_STYLE = re.compile(
    "([oO])([" + _TONES + "])([aAeE])(?![\\w])|([uU])([" + _TONES + "])([yY])(?![\\w])"
)


def canonical_tones(text: str) -> str:
    """Move tone marks of "oa", "oe", "uy" finals to the second vowel.

    "hòa" → "hoà", "khỏe" → "khoẻ", "thủy" → "thuỷ" so that the two spellings
    compare equal when diacritics matter (folding makes them equal anyway).
    """
    decomposed = unicodedata.normalize("NFD", text)

    def move(m: re.Match[str]) -> str:
        if m.group(1):
            return m.group(1) + m.group(3) + m.group(2)
        return m.group(4) + m.group(6) + m.group(5)

    return unicodedata.normalize("NFC", _OLD_STYLE.sub(move, decomposed))
