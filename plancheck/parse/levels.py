"""Administrative level and place of an issuer ("UBND huyện Mộc Châu" → district).

The level follows from the unit word: tỉnh → province, huyện / quận / thị xã /
thành phố → district, xã / phường / thị trấn → commune, a ministry or the
Government → central.  "Thành phố" is a province only for the centrally-run
cities.  Unit words are matched with their diacritics ("quận" is a district,
"quân sự" is not).
"""

from __future__ import annotations

import re

from plancheck.gazetteer.units import UNIT_WORD_PATTERN, UNIT_WORDS
from plancheck.vietnamese import fold_plain

CENTRAL_CITIES = ("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế")

_CENTRAL_RE = re.compile(
    r"chính phủ|thủ tướng|quốc hội|trung ương|bộ chính trị|ban bí thư|"
    r"^bộ\s|^bộ trưởng|văn phòng chính phủ|ủy ban thường vụ quốc hội",
)
_UNIT_RE = re.compile(
    r"(?<![^\W\d_])(" + UNIT_WORD_PATTERN + r"|tp\.?)(?![^\W\d_])"
    r"\s*(?P<name>[^,;()\n]*)"
)
_PARTY_RE = re.compile(r"(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy)")
_UNIT_LEVEL = {word: level for word, level in UNIT_WORDS.items() if level}


def _lower(text: str) -> str:
    return " ".join(text.lower().replace("uỷ", "ủy").replace("hoà", "hòa").split())


def is_central_city(name: str) -> bool:
    folded = fold_plain(name)
    return any(folded.endswith(fold_plain(c)) or folded == fold_plain(c) for c in CENTRAL_CITIES)


def level_of(issuer: str | None, city_context: str | None = None) -> str | None:
    """Level of an issuing body, or None when the text does not tell.

    ``city_context`` is the place of the citing document, used for a bare
    "UBND Thành phố" (the city the document is about).
    """
    if not issuer:
        return None
    low = _lower(issuer)
    if _CENTRAL_RE.search(low) and not _UNIT_RE.search(low):
        return "central"
    party = _PARTY_RE.search(low)
    if party:
        word = party.group(1)
        if word == "tỉnh ủy":
            return "province"
        if word == "thành ủy":
            rest = low[party.end() :].strip()
            if not rest or is_central_city(rest) or (city_context and is_central_city(city_context)):
                return "province"
            return "district"
        if word == "đảng ủy":
            m = _UNIT_RE.search(low)
            return _UNIT_LEVEL.get(m.group(1), "commune") if m else "commune"
        return "district"
    if low.startswith("sở "):
        return "province"
    m = _UNIT_RE.search(low)
    if not m:
        if low.startswith("phòng "):
            return "district"
        return None
    unit = m.group(1)
    name = m.group("name").strip()
    if unit in ("thành phố", "tp", "tp."):
        if name and is_central_city(name):
            return "province"
        if not name and city_context and is_central_city(city_context):
            return "province"
        return "district" if name else None
    return _UNIT_LEVEL.get(unit)


_WHERE = re.compile(
    r"(?:trên địa bàn|của|cấp)\s+(?P<unit>" + UNIT_WORD_PATTERN + r")"
    r"(?P<name>(?:[ \t]+-?[ \t]*(?!(?:giai|đoạn|trên|năm|về|của|và|cấp|đến)(?![^\W\d_]))[^\W\d_]+){0,5})",
    re.IGNORECASE,
)


_PORTAL = re.compile(
    r"(?:Trang|Cổng)\s+thông\s+tin\s+điện\s+tử\s+(?P<owner>(?:" + UNIT_WORD_PATTERN + r")"
    r"\s+[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})",
    re.IGNORECASE,
)


def portal_owner(text: str) -> str | None:
    """The unit whose portal a document was copied from («Trang thông tin
    điện tử xã Thạch Kim»), named in a page's first lines."""
    m = _PORTAL.search(text, 0, 600)
    return m.group("owner") if m else None


_GROUNDS = re.compile(r"[ \t\-–•*]*(?:Căn cứ|Thực hiện)\s", re.IGNORECASE)


def level_in_text(title: str | None, text: str) -> str | None:
    """The level a document without an issuer is about, from where it says it
    acts: its title's «trên địa bàn thành phố Phan Rang - Tháp Chàm», else the
    unit its opening names most («của xã», «trên địa bàn xã»)."""
    if title:  # where it acts («trên địa bàn …») before what it is about («cấp xã»), else any unit it names
        found_in_title = sorted(_WHERE.finditer(title), key=lambda m: not m.group(0).lower().startswith("trên"))
        for m in found_in_title:
            found = level_of(f"{m.group('unit').lower()}{m.group('name') or ''}")
            if found:
                return found
        named = level_of(title)
        if named:
            return named
    counts: dict[str, int] = {}
    for m in _WHERE.finditer(text[:3000]):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _GROUNDS.match(text, line_start):
            continue  # «Căn cứ Kế hoạch … trên địa bàn huyện»: where a cited document acts, not this one
        found = level_of(f"{m.group('unit').lower()}{m.group('name') or ''}")
        if found:
            counts[found] = counts.get(found, 0) + 1
    return max(counts, key=counts.get) if counts else None


def short_issuer(unit_body: str, unit_word: str, name: str) -> str:
    """Compose "UBND phường Thác Mơ" from its parts (names title-cased)."""
    name = " ".join(w if not w.isupper() else w.title() for w in name.split())
    return " ".join(p for p in (unit_body, unit_word.lower(), name) if p)


# The bodies a symbol's code names («23/QĐ-TTg», «24-CT/TU»): what a citation's issuer is when it is not written.
BODY_CODES = {
    "CP": "Chính phủ",
    "TTG": "Thủ tướng Chính phủ",
    "BNV": "Bộ Nội vụ",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BTP": "Bộ Tư pháp",
    "BTC": "Bộ Tài chính",
    "VPCP": "Văn phòng Chính phủ",
    "TW": "Ban Chấp hành Trung ương",
    "TU": "Tỉnh ủy",
    "HU": "Huyện ủy",
    "QU": "Quận ủy",
    "TXU": "Thị ủy",
    "ĐU": "Đảng ủy",
    "QH": "Quốc hội",
}
# Codes of bodies whose level a document's own symbol tells, beyond those (ministries, Party organs, a Sở).
_MORE_CODE_LEVELS = {
    **dict.fromkeys(
        (
            "BCA",
            "BQP",
            "BYT",
            "BGDĐT",
            "BCT",
            "BXD",
            "BTNMT",
            "BNNPTNT",
            "BLĐTBXH",
            "BVHTTDL",
            "BGTVT",
            "BKHĐT",
            "BCĐCCHC",
            "BTCTW",
            "BTGTW",
            "UBKTTW",
            "UBTVQH",
        ),
        "central",
    ),
    **dict.fromkeys(
        (
            "SNV",
            "STP",
            "STTTT",
            "SKHĐT",
            "STC",
            "SYT",
            "SGDĐT",
            "SXD",
            "SNN",
            "SNNPTNT",
            "SCT",
            "SVHTTDL",
            "STNMT",
            "SLĐTBXH",
            "SGTVT",
            "SKHCN",
            "TƯ",
            "BTGTU",
            "VPUBND",
        ),
        "province",
    ),
}


def level_of_symbol_code(code: str | None) -> str | None:
    """The level of the body a symbol's code names, when the code is one of a known body."""
    code = (code or "").upper()
    return level_of(BODY_CODES[code]) if code in BODY_CODES else _MORE_CODE_LEVELS.get(code)
