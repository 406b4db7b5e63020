"""Files plancheck keeps in the user's cache directory (~/.cache/plancheck).

Built indexes and compiled rule packs are pickled there so that a one-file
run (a pre-commit hook) does not rebuild them.  A file that is missing,
truncated or from another version is simply rebuilt; writes are atomic, so
concurrent runs never read half a file.  Every pickle is sealed with the
user's key (:mod:`plancheck.store.sealed`) and bound to its file name: one that
does not verify is rebuilt, never unpickled.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from plancheck.gcpause import paused_gc


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """A digest of plancheck's own modules (name, size, modification time).

    Cached results and compiled packs are pickles of plancheck's classes:
    keyed on the version alone, a checkout changed without a version bump
    would be served objects of an older shape.  Stat-ing the modules costs
    well under a millisecond.
    """
    root = os.path.dirname(os.path.abspath(__file__))
    h = hashlib.sha256()
    for folder, dirs, names in sorted(os.walk(root)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(n for n in names if n.endswith(".py")):
            st = os.stat(os.path.join(folder, name))
            h.update(f"{os.path.relpath(os.path.join(folder, name), root)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def load_pickle(path: Path):
    """The object pickled at ``path``, or None when it cannot be read or
    its seal does not verify."""
    from plancheck.store.sealed import unseal

    try:
        with open(path, "rb") as fh:
            payload = unseal(fh.read(), path.name.encode())
        with paused_gc():
            return pickle.loads(payload)
    except Exception:  # missing, truncated, forged, or classes that changed shape
        return None


def store_pickle(path: Path, value) -> None:
    """Pickle ``value`` to ``path`` atomically; a read-only cache is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        from plancheck.store.sealed import seal

        with open(tmp, "wb") as fh:
            fh.write(seal(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), path.name.encode()))
        os.replace(tmp, path)
    except OSError:
        pass
