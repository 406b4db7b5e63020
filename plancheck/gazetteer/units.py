"""Vietnam's administrative unit words and places: the one home of what «xã», «huyện», «tỉnh»
name, the day the districts ended, and a resolved :class:`Place`.

The parser, the gazetteer's index and the citation graph all read unit words from here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from plancheck.vietnamese import canonical_tones, fold_plain

# Each unit word and the level it names (None: a «thành phố» is a province or a district).
UNIT_WORDS = {
    "tỉnh": "province",
    "thành phố": None,
    "tp": None,
    "tp.": None,
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",
}
# The unit words as the parser's patterns try them ("thị xã" before "xã").
WRITTEN_UNIT_WORDS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")
UNIT_WORD_PATTERN = "|".join(WRITTEN_UNIT_WORDS)


_UNIT_RE = re.compile(
    r"(?<![^\W\d_])(thành phố|tp\.?|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|xã|phường)(?![^\W\d_])"
    r"[ \t]*(?P<name>[^\W_][^,;()\n]*?)?(?=\s*(?:,|;|\(|\)|\n|$|(?<![^\W\d_])(?:thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường|về|ban hành|năm|giai đoạn)(?![^\W\d_])))",
    re.IGNORECASE,
)


REFORM_DAY = dt.date(2025, 7, 1)  # Luật Tổ chức chính quyền địa phương 2025: districts end


def era_for(date: dt.date | None, year: int | None) -> str:
    """ "2025" for the two-tier units (from 1 July 2025), else "legacy"."""
    if date is not None:
        return "2025" if date >= REFORM_DAY else "legacy"
    return "2025" if year is not None and year >= 2026 else "legacy"


@dataclass(frozen=True)
class Place:
    """A resolved administrative place (names as the gazetteer writes them)."""

    level: str | None
    province: str | None = None
    district: str | None = None
    commune: str | None = None
    era: str = "legacy"  # legacy: before 1 July 2025; "2025": the two-tier units

    def label(self) -> str:
        return ", ".join(p for p in (self.commune, self.district, self.province) if p)

    def key(self) -> tuple:
        """Identity of the unit itself (its level and names down to that level)."""
        cached = self.__dict__.get("_key")
        if cached is None:
            cached = self.__dict__["_key"] = self._compute_key()  # frozen: memo kept beside the fields
        return cached

    def _compute_key(self) -> tuple:
        if self.level == "province":
            return ("province", unit_key(self.province))
        if self.level == "district":
            return ("district", unit_key(self.province), unit_key(self.district))
        if self.level == "commune":
            return ("commune", unit_key(self.province), unit_key(self.district), unit_key(self.commune))
        return (self.level,)


@lru_cache(maxsize=65536)
def unit_key(name: str | None) -> str | None:
    """A unit's name folded and without its unit word: "Thị xã Mộc Châu" → "moc chau"."""
    return fold_plain(strip_type(name)) if name else None


_TYPE_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(UNIT_WORDS, key=len, reverse=True)) + r")\s+", re.IGNORECASE
)


def strip_type(name: str) -> str:
    return _TYPE_PREFIX.sub("", name.strip(), count=1).strip()


def exact_key(name: str) -> str:
    return canonical_tones(" ".join(name.lower().split()))


@dataclass
class UnitMention:
    word: str  # the unit word as normalised: "huyện", "thị xã" ...
    name: str  # may be empty: "UBND thị xã"


def mentions(text: str) -> list[UnitMention]:
    """Unit words with their names, in order: "xã Chiềng Sơn, huyện Mộc Châu".

    A unit word that is part of a name ("xã Tứ Xã", "thị trấn Phố Lu") is
    read as such: a unit word directly after a name, with no name of its own,
    joins that name.
    """
    out: list[UnitMention] = []
    last_end = -1
    for m in _UNIT_RE.finditer(text):
        word = m.group(1).lower()
        word = "thành phố" if word.startswith("tp") else word
        name = (m.group("name") or "").strip(" .")
        if not name and out and out[-1].name and text[last_end : m.start()].strip() == "":
            out[-1] = UnitMention(out[-1].word, f"{out[-1].name} {m.group(1)}")
            last_end = m.end()
            continue
        out.append(UnitMention(word, name))
        last_end = m.end()
    return out


def prefer_written_type(found: list[Place], issuer: str | None) -> list[Place]:
    """Break a tie between namesakes of one province ("Huyện Cai Lậy", "Thị xã
    Cai Lậy") by the unit word the text wrote.  A weak clue — the data holds
    each unit's latest type, the text the type of its day — so it is used only
    after the document's own context has failed to decide."""
    if len(found) <= 1 or len({p.province for p in found}) > 1:
        return found
    word = written_unit_word(issuer)
    same = [p for p in found if word and has_unit_word(p, word)]
    return same if len(same) == 1 else found


def written_unit_word(issuer: str | None) -> str | None:
    """The unit word the text writes before its own name ("phường", "xã" ...)."""
    words = [m.word for m in mentions(issuer or "")]
    return words[0] if words else None


def has_unit_word(place: Place, word: str) -> bool:
    """Does the data name ``place`` with ``word`` ("Phường Quang Trung", "phường")?"""
    return (place.commune or place.district or "").lower().startswith(word + " ")
