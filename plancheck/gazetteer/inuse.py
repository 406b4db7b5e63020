"""Files that several plancheck processes share, removed only when none uses them.

The gazetteer's index lives in the user's cache, where two installs (a
user's venv and pre-commit's own environment) each keep one.  An install
may tidy away another's index, but only when no process can be using it:
every process that opens an index holds a shared ``flock`` on the index's
lock file for as long as it lives, and a file is removed only under an
exclusive lock taken without waiting — which succeeds only when no process
holds the shared one.  A process about to open an index takes its shared
lock first, so it either waits for a removal to finish (and builds anew)
or keeps the file from being removed.  The lock files (empty) are never
removed: a process waiting on a removed lock file would guard nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: no locks, and nothing is ever removed
    fcntl = None


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _open_lock(path: Path) -> int | None:
    if fcntl is None:
        return None
    try:
        return os.open(lock_path(path), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None


def hold(path: Path) -> int | None:
    """Take a shared lock on ``path``'s lock file for this process's lifetime
    (the descriptor is returned and kept open; the lock goes with the process)."""
    fd = _open_lock(path)
    if fd is None:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
    except OSError:
        os.close(fd)
        return None
    return fd


def remove_if_unused(path: Path) -> bool:
    """Remove ``path`` when no process holds its lock; True when removed."""
    fd = _open_lock(path)
    if fd is None:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # some process uses it
            return False
        path.unlink(missing_ok=True)
        return True
    finally:
        os.close(fd)  # releases the lock
