"""Files plancheck keeps in the user's cache directory (~/.cache/plancheck).

Built indexes and compiled rule packs are pickled there so that a one-file
run (a pre-commit hook) does not rebuild them.  A file that is missing,
truncated or from another version is simply rebuilt; writes are atomic, so
concurrent runs never read half a file.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from plancheck.gcpause import paused_gc


def user_cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "plancheck"


def load_pickle(path: Path):
    """The object pickled at ``path``, or None when it cannot be read."""
    try:
        with open(path, "rb") as fh, paused_gc():
            return pickle.load(fh)
    except Exception:  # missing, truncated, or classes that changed shape
        return None


def store_pickle(path: Path, value) -> None:
    """Pickle ``value`` to ``path`` atomically; a read-only cache is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
