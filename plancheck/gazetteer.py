"""Where an issuing body sits: Vietnam's administrative units, both eras.

The data comes from the ``vietnamadminunits`` package (PyPI, MIT): its SQLite
dataset holds the three-tier units in force before 1 July 2025 (63 provinces,
districts, communes) and the two-tier units after it (34 provinces, communes),
and its converter file maps each new province to the old ones it merged.  We
read those files directly with ``sqlite3``/``json`` instead of importing the
package, whose address parser pulls in shapely and geopy that plancheck does
not need.  Their name index is built once into an SQLite file in the user's
cache directory and queried name by name.

Names are matched without their unit word ("huyện Mộc Châu" finds "Thị xã Mộc
Châu": the dataset holds each unit's latest type, documents hold the type of
their day) and first with diacritics, then folded, so "Chiềng Hắc" and
"Chiềng Hặc" stay apart while "Hoà Bình" still finds "Hòa Bình".
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from plancheck import inuse
from plancheck.userdirs import user_cache_dir
from plancheck.vietnamese import canonical_tones, fold_plain

UNIT_WORDS = {
    "tỉnh": "province", "thành phố": None, "tp": None, "tp.": None,
    "huyện": "district", "quận": "district", "thị xã": "district",
    "xã": "commune", "phường": "commune", "thị trấn": "commune",
    "đặc khu": "commune",
}
_UNIT_RE = re.compile(
    r"(?<![^\W\d_])(thành phố|tp\.?|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|xã|phường)(?![^\W\d_])"
    r"[ \t]*(?P<name>[^\W_][^,;()\n]*?)?(?=\s*(?:,|;|\(|\)|\n|$|(?<![^\W\d_])(?:thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường|về|ban hành|năm|giai đoạn)(?![^\W\d_])))",
    re.IGNORECASE,
)


REFORM_DAY = dt.date(2025, 7, 1)  # Luật Tổ chức chính quyền địa phương 2025: districts end


def era_for(date: dt.date | None, year: int | None) -> str:
    """"2025" for the two-tier units (from 1 July 2025), else "legacy"."""
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
    return fold_plain(_strip_type(name)) if name else None


_TYPE_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(UNIT_WORDS, key=len, reverse=True)) + r")\s+", re.IGNORECASE
)


def _strip_type(name: str) -> str:
    return _TYPE_PREFIX.sub("", name.strip(), count=1).strip()


def _exact(name: str) -> str:
    return canonical_tones(" ".join(name.lower().split()))


def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data"


class Gazetteer:
    """Unit-name indexes of both eras, kept in an SQLite file.

    The index (about 60,000 name keys) is built once from the dataset into
    the user's cache directory; a run then opens it in a millisecond and asks
    only for the names its documents mention, instead of loading every unit
    into memory (which cost 50–80 ms of every one-file run).
    """

    def __init__(self, path: Path | None, lock: int | None = None):
        self.path = path
        self._lock = lock  # the shared lock that keeps another install from removing the index
        self._con: sqlite3.Connection | None = None
        self._pid = 0
        self.legacy = _Index(self, "legacy")
        self.current = _Index(self, "2025")

    @property
    def available(self) -> bool:
        return self.path is not None

    def index(self, era: str) -> _Index:
        return self.current if era == "2025" else self.legacy

    def query(self, sql: str, args: tuple) -> list[tuple]:
        """Rows of one query; an index found damaged is built again, once,
        and a second failure answers nothing rather than ending the run."""
        for attempt in (1, 2):
            try:
                if self._con is None or self._pid != os.getpid():  # a connection never crosses a fork
                    self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
                    self._pid = os.getpid()
                return self._con.execute(sql, args).fetchall()
            except sqlite3.DatabaseError:
                self._con = None
                if attempt == 2 or not self._rebuild():
                    return []
        return []

    def _rebuild(self) -> bool:
        base = _data_dir()
        if base is None or self.path is None:
            return False
        try:
            self.path.unlink(missing_ok=True)
            _build(base, self.path)
        except (OSError, sqlite3.Error):
            return False
        return True

    @lru_cache(maxsize=4096)
    def new_province_of(self, old_province: str) -> str | None:
        """The post-2025 province an old province was merged into, as a folded
        key without spaces ("Bình Phước" → "dongnai")."""
        if not self.available:
            return None
        key = fold_plain(_strip_type(old_province)).replace(" ", "")
        for prefix in ("tinh", "thanhpho"):
            rows = self.query("SELECT new FROM merged WHERE old = ?", (prefix + key,))
            if rows:
                return re.sub(r"^(tinh|thanhpho)", "", rows[0][0])
        return None


class _Index:
    """One era's name keys → units ("districts": (province, district) pairs ...)."""

    _COLUMNS = {"provinces": "province", "districts": "province, district",
                "communes": "province, district, commune"}

    def __init__(self, gazetteer: Gazetteer, era: str):
        self.gazetteer = gazetteer
        self.era = era

    @lru_cache(maxsize=16384)
    def _rows(self, table: str, key: str) -> frozenset:
        cols = self._COLUMNS[table]
        rows = self.gazetteer.query(f"SELECT {cols} FROM {table} WHERE era = ? AND key = ?", (self.era, key))
        return frozenset(r[0] if table == "provinces" else r for r in rows)

    def lookup(self, table: str, name: str) -> frozenset:
        short = _strip_type(name)
        exact = self._rows(table, "=" + _exact(short))
        return exact if exact else self._rows(table, "~" + fold_plain(short))


@lru_cache(maxsize=None)
def _keys(full_name: str) -> tuple[str, str]:
    """Index keys of a unit name: with diacritics, and folded (cached: a
    province's name recurs in each of its thousand rows)."""
    short = _strip_type(full_name)
    return "=" + _exact(short), "~" + fold_plain(short)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, or an empty one when the data package is missing.

    The index file is keyed on the dataset's size and time and on this
    module's index schema; a stale one is removed when a new one is built.
    Any problem with the file means building afresh, never failing; where
    the user cache cannot be written (a read-only home), the index is built
    in the temporary directory instead.
    """
    base = _data_dir()
    if base is None or not (base / "dataset.db").is_file():
        return Gazetteer(None)
    st = (base / "dataset.db").stat()
    name = f"gazetteer-{_INDEX_SCHEMA}-{st.st_size}-{int(st.st_mtime)}.sqlite"
    for folder in (user_cache_dir(), Path(tempfile.gettempdir()) / f"plancheck-{getattr(os, 'getuid', lambda: 0)()}"):
        path = folder / name
        if not folder.is_dir():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                continue
        lock = inuse.hold(path)  # before the file is looked at: no install removes it from under us
        if _usable(path):
            return Gazetteer(path, lock)
        try:
            _build(base, path)
        except (OSError, sqlite3.Error):
            continue
        _prune(folder, path)
        return Gazetteer(path, lock)
    return Gazetteer(None)


_INDEX_SCHEMA = 3
STALE_INDEX_DAYS = 30  # another install's index untouched this long is removed (when no process holds it)
STALE_TMP_SECONDS = 3600  # a build left half done this long ago was cut short


def _prune(folder: Path, keep: Path) -> None:
    """Remove another install's index (two installs — pre-commit's
    environment beside a user's — each keep their own, named by their
    dataset) when it has not been touched for STALE_INDEX_DAYS and no
    process holds it (:mod:`plancheck.inuse`), and temporary files of
    builds cut short.  A published index is never rewritten, so a running
    check never sees it change."""
    import time

    now = time.time()
    for old in folder.glob("gazetteer-*"):
        if old == keep or old.name.endswith(".lock"):
            continue
        try:
            st = old.stat()
        except OSError:
            continue
        age = now - max(st.st_mtime, st.st_atime)
        if old.name.endswith(".tmp"):
            if age > STALE_TMP_SECONDS:
                old.unlink(missing_ok=True)
        elif age > STALE_INDEX_DAYS * 86400:
            inuse.remove_if_unused(old)


def respelled(issuer: str, level: str | None, era: str = "legacy") -> str:
    """``issuer`` with its unit's name as the gazetteer writes it, when every
    unit its name could be agrees on that name and only the tone marks differ
    («UBND xã Chiếng Chung» read by OCR → «UBND xã Chiềng Chung»)."""
    if level not in ("commune", "district", "province"):
        return issuer
    found = places(issuer, level, era)
    names = {_strip_type(getattr(p, level) or "") for p in found}
    if len(names) != 1:
        return issuer
    name = names.pop()
    tail = issuer[-len(name):] if name else ""
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


def data_version() -> str:
    """What the gazetteer's answers depend on (the dataset file and the index
    schema): part of the results cache's key, so a new dataset re-checks."""
    base = _data_dir()
    try:
        st = (base / "dataset.db").stat() if base is not None else None
    except OSError:
        st = None
    return f"{_INDEX_SCHEMA}-{st.st_size}-{int(st.st_mtime)}" if st else "none"


def _usable(path: Path) -> bool:
    """A complete index file.  Its pages are not all checked here (a quick
    check costs 20 ms of every run): a damaged page raises DatabaseError
    when a query reaches it, and :meth:`Gazetteer.query` builds the index again."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("SELECT value FROM meta WHERE name = 'complete'").fetchone() == ("yes",)
        finally:
            con.close()
    except sqlite3.Error:
        return False


_LEGACY_UNITS = "SELECT province, district, ward FROM admin_units_legacy"


def legacy_units() -> list[tuple[str, str | None, str | None]]:
    """Every (province, district, commune) before 1 July 2025, in the dataset's
    order (the benchmark's corpus generator walks them); empty without the data."""
    base = _data_dir()
    return _dataset_rows(base, _LEGACY_UNITS) if base else []


def _dataset_rows(base: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"file:{base / 'dataset.db'}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _build(base: Path, path: Path) -> None:
    """Write the name index of both eras to ``path`` (atomically)."""
    legacy = _dataset_rows(base, _LEGACY_UNITS)
    current = _dataset_rows(base, "SELECT province, NULL, ward FROM admin_units")
    merged: dict[str, list[str]] = {}
    conv = base / "converter_2025.json"
    if conv.is_file():
        merged = json.loads(conv.read_text(encoding="utf-8")).get("DICT_PROVINCE", {})
    tables: dict[str, set] = {"provinces": set(), "districts": set(), "communes": set()}
    for era, rows in (("legacy", legacy), ("2025", current)):
        for province, district, commune in rows:
            for key in _keys(province):
                tables["provinces"].add((era, key, province))
            if district:
                for key in _keys(district):
                    tables["districts"].add((era, key, province, district))
            if commune:
                for key in _keys(commune):
                    tables["communes"].add((era, key, province, district, commune))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    out = sqlite3.connect(tmp)
    try:
        out.executescript(
            "CREATE TABLE provinces (era, key, province);"
            "CREATE TABLE districts (era, key, province, district);"
            "CREATE TABLE communes (era, key, province, district, commune);"
            "CREATE TABLE merged (old PRIMARY KEY, new);"
            "CREATE TABLE meta (name PRIMARY KEY, value);"
        )
        for table, rows in tables.items():
            marks = ", ".join("?" * len(next(iter(rows))))
            out.executemany(f"INSERT INTO {table} VALUES ({marks})", sorted(rows, key=lambda r: tuple(x or "" for x in r)))
            out.execute(f"CREATE INDEX {table}_key ON {table} (era, key)")
        out.executemany("INSERT OR REPLACE INTO merged VALUES (?, ?)",
                        [(old, new) for new, olds in merged.items() for old in olds])
        out.execute("INSERT INTO meta VALUES ('complete', 'yes')")
        out.commit()
    finally:
        out.close()
    os.replace(tmp, path)  # atomic: concurrent runs never open half a file


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
        if not name and out and out[-1].name and text[last_end:m.start()].strip() == "":
            out[-1] = UnitMention(out[-1].word, f"{out[-1].name} {m.group(1)}")
            last_end = m.end()
            continue
        out.append(UnitMention(word, name))
        last_end = m.end()
    return out


def locate(issuer: str | None, level: str | None, era: str = "legacy",
           context: Place | None = None, hint: str | None = None) -> Place | None:
    """The one Place an issuer names, or None when the text does not tell which."""
    found = places(issuer, level, era, context, hint)
    if len(found) > 1 and context is not None:
        found = prefer_written_type(found, issuer)
    return found[0] if len(found) == 1 else None


def places(issuer: str | None, level: str | None, era: str = "legacy",
           context: Place | None = None, hint: str | None = None) -> list[Place]:
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
            return [Place("district", context.province, context.district, era=era)] if context and context.district else []
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


def _pick_province(idx: _Index, name: str | None) -> str | None:
    if name:
        rows = idx.lookup("provinces", name)
        if len(rows) == 1:
            return next(iter(rows))
    return None


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


def _in_province(rows: set, province: str | None) -> set:
    if province is None or len(rows) <= 1:
        return rows
    narrowed = {r for r in rows if r[0] == province}
    return narrowed or rows
