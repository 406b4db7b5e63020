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
from bisect import bisect_right
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
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)


_FOLD_MAP = {chr(cp): rep for cp, rep in _FOLD_TABLE.items()}


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text plus the way back to the original offsets.

    Folding keeps characters in place except where a run of whitespace
    becomes one space or stray combining marks are dropped, so the map back
    is kept as identity segments: ``starts[k]`` is where segment k begins in
    the folded text and ``origins[k]`` where it begins in the original.
    Both are None when nothing moved (then offsets are the same).
    """

    text: str
    starts: list[int] | None
    origins: list[int] | None
    original_length: int

    def start(self, i: int) -> int:
        """Original offset of the folded character at ``i``."""
        if self.starts is None:
            return i
        if i >= len(self.text):
            return self.original_length
        k = bisect_right(self.starts, i) - 1
        return self.origins[k] + (i - self.starts[k])

    def end(self, j: int) -> int:
        """Original (exclusive) end offset for a folded slice ending at ``j``."""
        if j <= 0:
            return 0
        if self.starts is None:
            return j
        if j >= len(self.text):
            return self.original_length
        return self.start(j - 1) + 1

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.start(i), self.end(j)

    def to_folded(self, offset: int) -> int:
        """The first folded position whose original offset is at or after ``offset``."""
        if self.starts is None:
            return min(offset, len(self.text))
        k = bisect_right(self.origins, offset) - 1
        if k < 0:
            return 0
        seg_end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
        if offset - self.origins[k] < seg_end - self.starts[k]:
            return self.starts[k] + (offset - self.origins[k])
        return seg_end


# A text longer than this is folded a piece at a time: each replacement below
# copies the whole string, and on a text of tens of megabytes those copies
# took more than linear time (5 MB 0.12 s, 25 MB 2.9 s in str.replace).
PIECE = 1 << 20


def _translate(text: str) -> str:
    """``text.translate(_FOLD_TABLE)``, lower-casing everything, about five
    times faster on Vietnamese: ``str.translate`` looks every non-ASCII
    character up one by one, while here each letter of the language is
    replaced in one C-speed pass and only what is left (bullets, symbols)
    is looked up."""
    if len(text) > PIECE:
        return "".join(_translate_piece(piece) for piece in _pieces(text))
    return _translate_piece(text)


def _pieces(text: str):
    """The text in pieces of about PIECE characters, each ending at a line end
    (lower-casing looks at neighbouring letters, never across a line end)."""
    start = 0
    while start < len(text):
        cut = text.find("\n", start + PIECE)
        end = len(text) if cut < 0 else cut + 1
        yield text[start:end]
        start = end


def _translate_piece(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): the slow, exact way
        return text.translate(_FOLD_TABLE)
    for ch, rep in _COMMON:
        if ch in lowered:
            lowered = lowered.replace(ch, rep)
    if not lowered.isascii():
        for ch in set(_NON_ASCII.findall(lowered)):
            rep = _FOLD_MAP.get(ch)
            if rep is not None:
                lowered = lowered.replace(ch, rep)
    return lowered


_COMMON = tuple(
    (ch, _FOLD_MAP[ch])
    for ch in sorted(VIETNAMESE_LETTERS) + list("\t\n\r\f\v\u00a0\u2013\u2014\u201c\u201d\u2018\u2019")
    if ch in _FOLD_MAP
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SPACES = re.compile(" {2,}")
_MARKS = re.compile("[\u0300-\u036f\u200b]")


def _runs(translated: str):
    """Spans of what folding squeezes: runs of spaces (and, rarely, zero-width
    spaces and stray combining marks).  ``str.find`` is much faster than a
    regular expression at finding the double spaces of an ordinary text."""
    if not translated.isascii() and _MARKS.search(translated):
        yield from (m.span() for m in _SQUEEZE.finditer(translated))
        return
    i = translated.find("  ")
    while i >= 0:
        e = _SPACES.match(translated, i).end()
        yield i, e
        i = translated.find("  ", e)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching and keep the offset map.

    NFC input is assumed (ingest guarantees it); any combining marks left over
    are dropped, and runs of whitespace become one space.
    """
    translated = _translate(text)
    pieces: list[str] = []
    starts, origins = [0], [0]
    pos = folded = 0
    for s, e in _runs(translated):
        pieces.append(translated[pos:s])
        folded += s - pos
        if translated[s] == " ":  # the run's first space stays, in place
            pieces.append(" ")
            folded += 1
        starts.append(folded)
        origins.append(e)
        pos = e
    if not pieces:
        return Folded(translated, None, None, len(text))
    pieces.append(translated[pos:])
    return Folded("".join(pieces), starts, origins, len(text))


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
_OLD_STYLE = re.compile("([oO])([" + _TONES + "])([aAeE])(?![\\w])|([uU])([" + _TONES + "])([yY])(?![\\w])")


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
