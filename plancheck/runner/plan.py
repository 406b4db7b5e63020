"""The documents of a run, and what identifies their results in the cache.

A document's result is keyed on the SHA-256 of its bytes.  Reading every
file of a folder only to learn that nothing changed cost a warm run most of
its time (10 s for 50,000 plans not in the page cache), and a cold run read
every file twice.  So, as git does with its index, the cache keeps each
file's hash beside its stat (size, modification and change times, inode): a
file whose stat is unchanged is not read to be hashed.  A file the cache
does not know is hashed by the worker that checks it, just before it reads
the file to check it (the second read comes from the page cache, about
0.03 ms), and its stat is recorded after the run.

A file changed within ``RECENT_NS`` of being looked at could change again
without its stat showing it (file systems with coarse clocks), so its stat
is not recorded: it is hashed again next time, as git re-reads a "racily
clean" file.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

from plancheck.store.cache import Cache, fingerprint, key

RECENT_NS = 2_000_000_000
UNREADABLE = "unreadable"  # the hash of a file that could not be read: checked again every time


def signature(path: str) -> tuple | None:
    """What tells that a file changed without reading it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev


@dataclass
class RunPlan:
    files: list[str]
    extra: list[str]  # corpus documents that are not also checked
    fingerprint: str = ""
    hashes: dict = field(default_factory=dict)  # path → content hash, when known
    signatures: dict = field(default_factory=dict)  # path → signature(), as looked at before the run
    looked_at: int = 0  # time.time_ns() just before the signatures were taken
    learned: list[str] = field(default_factory=list)  # files hashed during the run
    unstable: set = field(default_factory=set)  # files whose worker was killed or died: this run is not stored
    _key: str | None = field(default=None, repr=False)  # made once, until a hash is learned

    @property
    def key(self) -> str:
        """The run's key: every document's path and hash (checked ones in
        order, corpus ones sorted); "" while some hash is not known."""
        if self._key is None:
            hashes = self.hashes
            if any(f not in hashes for f in self.files) or any(f not in hashes for f in self.extra):
                self._key = ""
            else:
                self._key = key(
                    self.fingerprint,
                    "run",
                    *(f"{f}\x01{hashes[f]}" for f in self.files),
                    "corpus",
                    *sorted(f"{f}\x01{hashes[f]}" for f in self.extra),
                )
        return self._key

    def learn(self, path: str, digest: str) -> None:
        self.hashes[path] = digest
        self.learned.append(path)
        self._key = None

    def remember_learned(self, cache: Cache) -> None:
        """Record the stats of the files hashed during this run, but not of
        those changed just before it (see RECENT_NS)."""
        entries = []
        for path in self.learned:
            sig = self.signatures.get(path)
            if sig is not None and self.hashes[path] != UNREADABLE and sig[1] < self.looked_at - RECENT_NS:
                entries.append((os.path.abspath(path), (sig, self.hashes[path])))
        if entries:
            cache.put_many("stats", entries)
        self.learned = []


def plan_run(files: list[str], corpus: list[str], packs, cfg, lang: str, cache: Cache | None) -> RunPlan:
    """The run's documents, each named once, and (with a cache) the hash of
    every file whose stat the cache knows."""
    files = list({os.path.abspath(f): f for f in files}.values())  # "./a.txt" and "a.txt" are one document
    checked = {os.path.abspath(f) for f in files}
    extra = list({os.path.abspath(f): f for f in corpus if os.path.abspath(f) not in checked}.values())
    if cache is None:
        return RunPlan(files, extra)
    rp = RunPlan(files, extra, fingerprint(packs, cfg, lang), looked_at=time.time_ns())
    names = {f: os.path.abspath(f) for f in [*files, *extra]}
    known = cache.get_many("stats", list(names.values()))
    for f, name in names.items():
        sig = rp.signatures[f] = signature(f)
        entry = known.get(name)
        if sig is not None and entry is not None and entry[0] == sig:
            rp.hashes[f] = entry[1]
    return rp
