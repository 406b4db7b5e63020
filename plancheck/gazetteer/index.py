"""The gazetteer's name index: built once from the ``vietnamadminunits`` dataset into an
SQLite file in the user's cache, shared by every plancheck process, queried name by name.

The data comes from the ``vietnamadminunits`` package (PyPI, MIT): its SQLite
dataset holds the three-tier units in force before 1 July 2025 (63 provinces,
districts, communes) and the two-tier units after it (34 provinces, communes),
and its converter file maps each new province to the old ones it merged.  We
read those files directly with ``sqlite3``/``json`` instead of importing the
package, whose address parser pulls in shapely and geopy that plancheck does
not need.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

from plancheck.gazetteer import inuse
from plancheck.gazetteer.units import exact_key, strip_type
from plancheck.userdirs import user_cache_dir
from plancheck.vietnamese import fold_plain


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
        self.legacy = EraIndex(self, "legacy")
        self.current = EraIndex(self, "2025")

    @property
    def available(self) -> bool:
        return self.path is not None

    def index(self, era: str) -> EraIndex:
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
        key = fold_plain(strip_type(old_province)).replace(" ", "")
        for prefix in ("tinh", "thanhpho"):
            rows = self.query("SELECT new FROM merged WHERE old = ?", (prefix + key,))
            if rows:
                return re.sub(r"^(tinh|thanhpho)", "", rows[0][0])
        return None


class EraIndex:
    """One era's name keys → units ("districts": (province, district) pairs ...)."""

    _COLUMNS = {"provinces": "province", "districts": "province, district", "communes": "province, district, commune"}

    def __init__(self, gazetteer: Gazetteer, era: str):
        self.gazetteer = gazetteer
        self.era = era

    @lru_cache(maxsize=16384)
    def _rows(self, table: str, key: str) -> frozenset:
        cols = self._COLUMNS[table]
        rows = self.gazetteer.query(f"SELECT {cols} FROM {table} WHERE era = ? AND key = ?", (self.era, key))
        return frozenset(r[0] if table == "provinces" else r for r in rows)

    def lookup(self, table: str, name: str) -> frozenset:
        short = strip_type(name)
        exact = self._rows(table, "=" + exact_key(short))
        return exact if exact else self._rows(table, "~" + fold_plain(short))


@lru_cache(maxsize=None)
def _keys(full_name: str) -> tuple[str, str]:
    """Index keys of a unit name: with diacritics, and folded (cached: a
    province's name recurs in each of its thousand rows)."""
    short = strip_type(full_name)
    return "=" + exact_key(short), "~" + fold_plain(short)


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
    process holds it (:mod:`plancheck.gazetteer.inuse`), and temporary files of
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
            out.executemany(
                f"INSERT INTO {table} VALUES ({marks})", sorted(rows, key=lambda r: tuple(x or "" for x in r))
            )
            out.execute(f"CREATE INDEX {table}_key ON {table} (era, key)")
        out.executemany(
            "INSERT OR REPLACE INTO merged VALUES (?, ?)", [(old, new) for new, olds in merged.items() for old in olds]
        )
        out.execute("INSERT INTO meta VALUES ('complete', 'yes')")
        out.commit()
    finally:
        out.close()
    os.replace(tmp, path)  # atomic: concurrent runs never open half a file
