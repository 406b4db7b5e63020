"""Incremental cache: results keyed on content, packs, config and version.

An embedded SQLite store in ``.plancheck_cache/`` beside the config file (or
the working directory), with a ``.gitignore`` of its own.  Its tables:

* ``files``: one document's local result (Plan, findings, coverage), keyed on
  the SHA-256 of its bytes plus the run fingerprint (plancheck version, the
  packs' files, the config, the language).  An unchanged file is never
  parsed again.
* ``runs``: the graph findings of a whole run, keyed on every document's
  path and hash plus the fingerprint, so they are recomputed as soon as any
  document of the corpus changes, and reused when nothing did.
* ``final``: under the same key, the run's finished results (header fields,
  findings, coverage) and its graph as JSON: re-checking an unchanged folder
  reads only this one entry.
* ``outputs``: the rendered report of such a run for one format and
  language, with its exit status, so an unchanged folder is answered without
  rendering again.
* ``stats``: each file's hash beside its size, times and inode, so that an
  unchanged file is not read to learn that it is unchanged (see run_plan).

SQLite in WAL mode with a busy timeout makes concurrent runs safe (pre-commit
in two terminals, parallel CI jobs).  A cache that cannot be opened, fails
its integrity check, or holds an entry that does not unpickle is deleted and
rebuilt: its contents are never trusted over a fresh check.

The store sits where a repository or an upload can write, so every row is
sealed (see :mod:`plancheck.store.sealed`): an HMAC made with the user's own key,
bound to the table and the row's key, is checked before anything is
unpickled.  A committed or forged cache is a cache miss, never code run.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import zlib
from pathlib import Path

from plancheck import __version__
from plancheck.ingest import ocr_settings
from plancheck.store.sealed import seal, unseal

SCHEMA = 15  # bump when the pickled result classes change shape
DIR_NAME = ".plancheck_cache"


def fingerprint(packs, cfg, lang: str) -> str:
    """What, besides a document's bytes, decides its result."""
    from plancheck.gazetteer.index import data_version
    from plancheck.store.usercache import code_stamp

    h = hashlib.sha256(
        f"plancheck {__version__} {code_stamp()} schema {SCHEMA} lang {lang} gazetteer {data_version()}\n".encode()
    )
    seen: set[str] = set()
    for pack in packs:
        for p in pack.chain():
            if p.path in seen:
                continue
            seen.add(p.path)
            h.update(p.path.encode())
            try:
                with open(p.path, "rb") as fh:
                    h.update(fh.read())
            except OSError:
                h.update(b"?")
    fields = (
        cfg.packs,
        cfg.select,
        cfg.ignore,
        sorted(cfg.severity.items()),
        sorted((k, tuple(v)) for k, v in cfg.per_path_ignores.items()),
        os.path.abspath(cfg.root),
        cfg.budget,
        cfg.ocr,
        ocr_settings.installed(),
    )  # a scan checked where it could not be read is another result
    h.update(repr(fields).encode())
    return h.hexdigest()


COMPRESS_FROM = 64 * 1024  # bytes: entries this large are chunks of a batch (report, final results)


def encode(value) -> bytes:
    """A value as the cache stores it, before it is sealed: pickled.  Large
    entries (chunks of a batch's results, blocks of its report) are
    compressed, at about 15 to one for 0.4 s per 10,000 plans; one
    document's result (a few KB) is not: zlib's start-up per call cost more
    than everything else the cache did.  Workers make these bytes; the main
    process seals them as it stores them."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    if len(data) >= COMPRESS_FROM:
        return b"z" + zlib.compress(data, 1)
    return b"p" + data


def decode(data: bytes):
    """The value of bytes made by :func:`encode` in this run (a worker's
    answer): never call it on bytes read from the store, see :meth:`Cache.get`."""
    body = data[1:]
    return pickle.loads(zlib.decompress(body) if data[:1] == b"z" else body)


def _context(table: str, key: str) -> bytes:
    return f"{SCHEMA}\x00{table}\x00{key}".encode()


def _opened(table: str, key: str, blob: bytes):
    """A stored row's value, its seal checked first; ValueError when it
    does not verify (forged, damaged, or moved from another row)."""
    return decode(unseal(blob, _context(table, key)))


def content_hash(path: str) -> str | None:
    """The SHA-256 of a regular file within the size limit, else None (the
    reader then says what is wrong with it): looked at before it is read."""
    from plancheck.ingest import IngestError, read_bytes

    try:
        return hashlib.sha256(read_bytes(path)).hexdigest()
    except IngestError:
        return None


class Cache:
    """The SQLite store; every method degrades to 'miss' rather than fail."""

    def __init__(self, directory: str):
        self.directory = os.path.join(directory, DIR_NAME)
        self.path = os.path.join(self.directory, "cache.sqlite3")
        self.con: sqlite3.Connection | None = None
        self._open()

    def _open(self, retry: bool = True) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            ignore = os.path.join(self.directory, ".gitignore")
            if not os.path.exists(ignore):
                with open(ignore, "w", encoding="utf-8") as fh:
                    fh.write("# plancheck's cache: safe to delete\n*\n")
            con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
            con.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
            con.execute("CREATE TABLE IF NOT EXISTS files (k TEXT PRIMARY KEY, v BLOB)")
            con.execute("CREATE TABLE IF NOT EXISTS runs (k TEXT PRIMARY KEY, v BLOB)")
            con.execute("CREATE TABLE IF NOT EXISTS final (k TEXT PRIMARY KEY, v BLOB)")
            con.execute("CREATE TABLE IF NOT EXISTS outputs (k TEXT PRIMARY KEY, v BLOB)")
            con.execute("CREATE TABLE IF NOT EXISTS stats (k TEXT PRIMARY KEY, v BLOB)")
            row = con.execute("SELECT v FROM meta WHERE k='schema'").fetchone()
            if row is None:
                con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            elif row[0] != str(SCHEMA):
                raise sqlite3.DatabaseError("old cache schema")
            self.con = con
        except (sqlite3.Error, OSError):
            self.con = None
            if retry:
                self._reset()
                self._open(retry=False)

    @classmethod
    def reader(cls, path: str) -> Cache:
        """A read-only connection to the store at ``path``, for a worker
        process beside the main one (which checked the store when it opened
        it): no integrity check, no writes, every failure a miss."""
        self = cls.__new__(cls)
        self.directory, self.path = os.path.dirname(path), path
        try:
            uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
            self.con = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
        except (sqlite3.Error, ValueError):
            self.con = None
        return self

    def _reset(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            try:
                os.remove(self.path + suffix)
            except OSError:
                pass

    def get(self, table: str, key: str):
        if self.con is None:
            return None
        try:
            row = self.con.execute(f"SELECT v FROM {table} WHERE k=?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        try:
            return _opened(table, key, row[0])
        except Exception:  # a damaged or forged entry: drop it, check afresh
            self.delete(table, key)
            return None

    def _rows(self, table: str, columns: str, keys):
        """The rows of ``table`` whose key is among ``keys``, 500 keys a
        query; no more once SQLite fails."""
        keys = list(keys)
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            if self.con is None:
                return
            try:
                rows = self.con.execute(
                    f"SELECT {columns} FROM {table} WHERE k IN ({','.join('?' * len(chunk))})", chunk
                ).fetchall()
            except sqlite3.Error:
                return
            yield from rows

    def present(self, table: str, keys) -> set[str]:
        """The keys under which an entry is stored, without reading the
        entries (one may yet prove damaged when it is read: see get_many)."""
        return {k for (k,) in self._rows(table, "k", keys)}

    def get_many(self, table: str, keys: list[str]) -> dict:
        out = {}
        for k, v in self._rows(table, "k, v", keys):
            try:
                out[k] = _opened(table, k, v)
            except Exception:
                self.delete(table, k)
        return out

    def put_many(self, table: str, items) -> None:
        """Store (key, value) pairs in one transaction.  ``items`` may be a
        generator: each value is pickled only as SQLite takes it, so a batch's
        results never exist twice in memory."""
        self.put_encoded(table, ((k, encode(v)) for k, v in items))

    def put_encoded(self, table: str, blobs) -> None:
        """Store (key, blob) pairs already made by :func:`encode` (by a worker
        process, say), sealed for this table and key, in one transaction."""
        if self.con is None:
            return
        try:
            self.con.execute("BEGIN IMMEDIATE")
            self.con.executemany(
                f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", ((k, seal(b, _context(table, k))) for k, b in blobs)
            )
            self.con.execute("COMMIT")
        except sqlite3.Error:
            try:
                self.con.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def put_chunked(self, table: str, key: str, items, head: dict | None = None, size: int = 500) -> None:
        """A long list stored as rows of ``size`` items ("KEY:0", "KEY:1" ...),
        each written (in its own short transaction) as soon as it is full,
        then its head row under ``key``: read last, so a run cut short leaves
        no half entry, and ``items`` may be made while they are stored."""
        count = 0
        chunk: list = []
        for item in items:
            chunk.append(item)
            if len(chunk) == size:
                self.put_many(table, [(f"{key}:{count}", chunk)])
                count, chunk = count + 1, []
        if chunk:
            self.put_many(table, [(f"{key}:{count}", chunk)])
            count += 1
        self.put_many(table, [(key, {**(head or {}), "chunks": count})])

    def get_chunked(self, table: str, key: str) -> tuple[dict, list] | None:
        """(head, items) of a list stored by :meth:`put_chunked`, or None."""
        head = self.get(table, key)
        if not isinstance(head, dict) or "chunks" not in head:
            return None
        keys = [f"{key}:{i}" for i in range(head["chunks"])]
        rows = self.get_many(table, keys)
        if len(rows) != len(keys):
            return None
        return head, [item for k in keys for item in rows[k]]

    def delete(self, table: str, key: str) -> None:
        if self.con is None:
            return
        try:
            self.con.execute(f"DELETE FROM {table} WHERE k=?", (key,))
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None


def key(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()
