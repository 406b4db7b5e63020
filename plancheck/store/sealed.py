"""Authenticated bytes for everything plancheck stores and reads back.

The result cache lives beside the checked documents (``.plancheck_cache/``),
in a place that a cloned repository, a batch of files from elsewhere or an
upload can fill with anything.  Its entries are pickles, and unpickling
runs whatever code the bytes name.  So every stored entry carries an
HMAC-SHA256 tag made with a key that never leaves the user's own cache
directory (``~/.cache/plancheck/secret.key``, created once with mode 0600);
an entry whose tag does not verify — forged, copied from another machine, or
moved to another row — is never unpickled, it is a cache miss.

The tag covers a context (the table and the row's key) as well as the
bytes, so an authentic entry cannot be replayed as the result of another
file.  When no key can be kept (a read-only home), one is made for this
process only: nothing stored is trusted in a later run, which costs time,
never safety.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
from functools import lru_cache

from plancheck.userdirs import user_cache_dir

KEY_NAME = "secret.key"
KEY_BYTES = 32
TAG_BYTES = 32


class Unauthentic(ValueError):
    """Bytes whose tag does not verify: never to be deserialised."""


def _key_path():
    return user_cache_dir() / KEY_NAME


def _read_key(path) -> bytes | None:
    """The key at ``path`` if it is ours alone: a regular file of this user,
    readable by no one else, of the right length."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size != KEY_BYTES or st.st_mode & 0o077:
            return None
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return None
        data = os.read(fd, KEY_BYTES + 1)
    finally:
        os.close(fd)
    return data if len(data) == KEY_BYTES else None


def _new_key(path) -> bytes | None:
    """A fresh key written atomically at ``path`` (mode 0600), or None."""
    key = os.urandom(KEY_BYTES)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(tmp), mode=0o700, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            os.write(fd, key)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)  # never replaces a key another run has just made
        except FileExistsError:
            existing = _read_key(path)
            if existing is not None:
                return existing
            os.replace(tmp, path)  # the file there is not a key we can trust: ours replaces it
        except OSError:
            os.replace(tmp, path)  # no hard links on this file system
        return key
    except OSError:
        return None
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass


@lru_cache(maxsize=1)
def secret() -> bytes:
    """This user's key, made on first use; a process-only key when none can be kept."""
    path = _key_path()
    return _read_key(path) or _new_key(path) or os.urandom(KEY_BYTES)


def _tag(context: bytes, payload: bytes) -> bytes:
    return hmac.digest(secret(), len(context).to_bytes(4, "big") + context + payload, hashlib.sha256)


def seal(payload: bytes, context: bytes = b"") -> bytes:
    """``payload`` with its tag in front, bound to ``context``."""
    return _tag(context, payload) + payload


def unseal(blob: bytes, context: bytes = b"") -> bytes:
    """The payload :func:`seal` wrapped; :class:`Unauthentic` when the tag
    does not verify (so the caller never deserialises it)."""
    if not isinstance(blob, (bytes, bytearray, memoryview)) or len(blob) < TAG_BYTES:
        raise Unauthentic("too short to carry a tag")
    blob = bytes(blob)
    tag, payload = blob[:TAG_BYTES], blob[TAG_BYTES:]
    if not hmac.compare_digest(tag, _tag(context, payload)):
        raise Unauthentic("tag does not verify")
    return payload
