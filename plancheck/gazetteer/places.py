"""Which unit an issuer names: «UBND huyện Mộc Châu» → the district of Mộc Châu, Sơn La.

Names are matched without their unit word ("huyện Mộc Châu" finds "Thị xã Mộc
Châu": the dataset holds each unit's latest type, documents hold the type of
their day) and first with diacritics, then folded, so "Chiềng Hắc" and
"Chiềng Hặc" stay apart while "Hoà Bình" still finds "Hòa Bình".
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from plancheck.gazetteer.index import EraIndex, load
from plancheck.gazetteer.units import REFORM_DAY, UNIT_WORDS, Place, mentions, prefer_written_type, strip_type, unit_key
from plancheck.vietnamese import fold_plain


def respelled(issuer: str, level: str | None, era: str = "legacy") -> str:
    """``issuer`` with its unit's name as the gazetteer writes it, when every
    unit its name could be agrees on that name and only the tone marks differ
    («UBND xã Chiếng Chung» read by OCR → «UBND xã Chiềng Chung»)."""
    if level not in ("commune", "district", "province"):
        return issuer
    found = places(issuer, level, era)
    names = {strip_type(getattr(p, level) or "") for p in found}
    if len(names) != 1:
        return issuer
    name = names.pop()
    tail = issuer[-len(name) :] if name else ""
    if not name or tail == name or fold_plain(tail) != fold_plain(name):
        return issuer
    return issuer[: -len(name)] + name


def level_of_place(place: str | None, when: dt.date | None = None) -> str | None:
    """The level a place-and-date line's place names when the issuer block
    does not say it: a province's name is the province (its UBND writes
    «Lạng Sơn, ngày …»), else a district's, else a commune's; None when the
    gazetteer does not know it."""
    if not place:
        return None
    gz = load()
    if not gz.available:
        return None
    eras = ("2025", "legacy") if when is not None and when >= REFORM_DAY else ("legacy", "2025")
    for table, level in (("provinces", "province"), ("districts", "district"), ("communes", "commune")):
        if any(gz.index(era).lookup(table, place) for era in eras):
            return level
    return None


def locate(
    issuer: str | None, level: str | None, era: str = "legacy", context: Place | None = None, hint: str | None = None
) -> Place | None:
    """The one Place an issuer names, or None when the text does not tell which."""
    found = places(issuer, level, era, context, hint)
    if len(found) > 1 and context is not None:
        found = prefer_written_type(found, issuer)
    return found[0] if len(found) == 1 else None


def places(
    issuer: str | None, level: str | None, era: str = "legacy", context: Place | None = None, hint: str | None = None
) -> list[Place]:
    """Every unit an issuer ("UBND huyện Mộc Châu", "UBND thị xã") may name.

    ``context`` is the place of the document the issuer appears in: a bare
    "UBND thị xã" in a ward's plan is that ward's own district, and a name
    found in several provinces is taken in the context's province.  ``hint``
    is more text naming places (a title "trên địa bàn xã Chiềng Sơn").
    """
    if not issuer or level not in ("province", "district", "commune"):
        return []
    if context is not None and level != "commune":  # only the context's province and district count then:
        context = _unit_of(context)  # every commune plan citing its district asks one question
    return list(_places(issuer, level, era, context, hint))


@lru_cache(maxsize=65536)
def _unit_of(context: Place) -> Place:
    """What of a document's place a district or province issuer is read in."""
    return Place("district", context.province, context.district, era=context.era)


@lru_cache(maxsize=65536)
def _places(issuer: str, level: str, era: str, context: Place | None, hint: str | None) -> tuple[Place, ...]:
    """:func:`places`, remembered: a batch asks the same question for every
    commune plan citing its district's plan ("UBND huyện Mộc Châu")."""
    return tuple(_find_places(issuer, level, era, context, hint))


def _find_places(issuer: str, level: str, era: str, context: Place | None, hint: str | None) -> list[Place]:
    gaz = load()
    if not gaz.available:
        return []
    idx = gaz.index(era)
    by_level: dict[str, str] = {}
    for m in mentions(issuer) + (mentions(hint) if hint else []):
        lvl = UNIT_WORDS.get(m.word) or ("province" if level == "province" else "district")
        if m.name and lvl not in by_level:
            by_level[lvl] = m.name
    province = _pick_province(idx, by_level.get("province"))
    in_province = province or (context.province if context else None)
    if level == "province":
        province = province or (context.province if context and not by_level.get("province") else None)
        return [Place("province", province, era=era)] if province else []
    if level == "district" and era != "2025":
        name = by_level.get("district")
        if not name:  # "UBND thị xã" written without its name: the context's own district
            return (
                [Place("district", context.province, context.district, era=era)] if context and context.district else []
            )
        rows = _in_province(idx.lookup("districts", name), in_province)
        return sorted((Place("district", p, d, era=era) for p, d in rows), key=Place.label)
    if level == "commune":
        name = by_level.get("commune")
        if not name:
            return [context] if context and context.level == "commune" else []
        rows = idx.lookup("communes", name)
        district = by_level.get("district")
        if district and era != "2025":
            rows = {r for r in rows if r[1] and unit_key(r[1]) == unit_key(district)} or rows
        rows = _in_province(rows, in_province)
        return sorted((Place("commune", p, d, c, era=era) for p, d, c in rows), key=Place.label)
    return []


def _pick_province(idx: EraIndex, name: str | None) -> str | None:
    if name:
        rows = idx.lookup("provinces", name)
        if len(rows) == 1:
            return next(iter(rows))
    return None


def _in_province(rows: set, province: str | None) -> set:
    if province is None or len(rows) <= 1:
        return rows
    narrowed = {r for r in rows if r[0] == province}
    return narrowed or rows
