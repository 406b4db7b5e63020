"""Loading a rule pack by name or path, with the packs it extends, from the
user's cache when the same files were compiled before."""

from __future__ import annotations

import functools
import hashlib
import os

from plancheck.i18n import Said
from plancheck.packs.model import PackError, RulePack, builtin_names, resolve_pack_path

MAX_EXTENDS_DEPTH = 32  # packs extending packs: deeper is a mistake (or an attack), not a design


def load_pack(name_or_path: str, base_dir: str | None = None, _stack: tuple[str, ...] = ()) -> RulePack:
    """Load a pack by built-in name or file path, with the packs it extends.

    A pack compiled before (same plancheck, same bytes in every file of its
    chain) comes from the user's cache: validating YAML costs about a tenth
    of a second, which a pre-commit hook would otherwise pay on every commit.
    """
    path = resolve_pack_path(name_or_path, base_dir)
    if not os.path.exists(path):
        known = ", ".join(builtin_names())
        raise PackError(path, None, None, Said("pack_none", name=name_or_path, known=known))
    real = os.path.realpath(path)
    if real in _stack:
        raise PackError(path, None, None, Said("pack_cycle"))
    if len(_stack) >= MAX_EXTENDS_DEPTH:
        raise PackError(path, None, None, Said("pack_too_deep", depth=MAX_EXTENDS_DEPTH))
    digest = _file_digest(path)
    cached_at = None
    if digest is not None and not _stack:
        from plancheck.store.usercache import load_pickle
        from plancheck.userdirs import user_cache_dir

        prefix = hashlib.sha256(real.encode()).hexdigest()[:16]  # one file per pack path: older ones are pruned
        cached_at = user_cache_dir() / "packs" / f"{prefix}-{_key(real, digest)[:16]}.pickle"
        pack = load_pickle(cached_at)
        if isinstance(pack, RulePack) and pack.path == path and _still_valid(pack):
            return pack
    from plancheck.packs.compile import compile_pack

    stack = _stack + (real,)

    def load_parent(name: str, here: str, from_builtin: bool) -> RulePack:
        """A pack this one extends: a built-in one once per process, any other by path."""
        if from_builtin and name in builtin_names():
            return load_builtin(name)
        return load_pack(name, here, stack)

    pack = compile_pack(path, stack, load_parent)
    pack.sources = {**{k: v for parent in pack.parents for k, v in parent.sources.items()}, real: digest or ""}
    if cached_at is not None:
        from plancheck.store.usercache import store_pickle

        store_pickle(cached_at, pack)
        for stale in cached_at.parent.glob(cached_at.name.split("-")[0] + "-*.pickle"):  # earlier versions of this file
            if stale != cached_at:
                stale.unlink(missing_ok=True)
    return pack


_COMPILED_SCHEMA = 1  # bump when the pack classes change shape


def _key(real: str, digest: str) -> str:
    from plancheck import __version__
    from plancheck.store.usercache import code_stamp

    return hashlib.sha256(f"{__version__} {code_stamp()} {_COMPILED_SCHEMA} {real} {digest}".encode()).hexdigest()[:32]


def _file_digest(path: str) -> str | None:
    """The file's content hash, read once per process while the file is
    unchanged (the built-in chain shares nd30.yaml among three packs)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _digest_at(path, st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=256)
def _digest_at(path: str, size: int, mtime_ns: int) -> str | None:
    from plancheck.store.cache import content_hash

    return content_hash(path)


def _still_valid(pack: RulePack) -> bool:
    """Every file the cached pack was compiled from still has the same bytes."""
    return all(_file_digest(p) == d for p, d in pack.sources.items())


def load_builtin_packs() -> list[RulePack]:
    return [load_builtin(name) for name in builtin_names()]


@functools.lru_cache(maxsize=None)
def load_builtin(name: str) -> RulePack:
    """Built-in packs are loaded once per process (cchc-tuyen-truyen extends cchc extends nd30)."""
    return load_pack(name)
