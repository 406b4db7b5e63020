"""Rule packs: YAML files → validated RulePack objects.

A pack is data a reviewing office can read and change: themes (labels and
phrases), and rules with an id, a kind, a severity, a message in Vietnamese and
English, the directive clause it enforces, a `when` filter and pass/fail
examples.  Errors name the pack file, line and column and the offending key,
because the person fixing a pack is not a programmer.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from plancheck.constraints import STRICT, FieldProblem, in_range, matches, non_empty
from plancheck.i18n import Said
from plancheck.model import Severity

LevelName = Literal["central", "province", "district", "commune"]


class PackError(Exception):
    """A rule pack (or configuration) that cannot be used; says where and why.

    ``said`` is the reason as a catalogue message, rendered in the language
    the user chose by :meth:`render`; ``str()`` is the English text."""

    def __init__(self, path: str, line: int | None, column: int | None, said: Said) -> None:
        self.path, self.line, self.column, self.said = path, line, column, said
        super().__init__(self.render("en"))

    @property
    def where(self) -> str:
        line, column = self.line, self.column
        return (f"{self.path}:{line}:{column}" if column else f"{self.path}:{line}") if line else self.path

    def render(self, lang: str) -> str:
        return f"{self.where}: {self.said.text(lang)}"


# The pack's classes are stdlib dataclasses: pydantic validates them from the
# YAML (``__pydantic_config__`` forbids unknown keys; ``__post_init__`` checks
# what type hints cannot say), and the compiled-pack cache unpickles them
# without importing pydantic at all.


@dataclass
class Text:
    __pydantic_config__ = STRICT
    vi: str
    en: str

    def in_lang(self, lang: str) -> str:
        return (self.en if lang == "en" else self.vi) or self.vi or self.en


@dataclass
class When:
    __pydantic_config__ = STRICT
    level: list[LevelName] | None = None
    doc_type: list[str] | None = None
    year_from: int | None = None
    year_to: int | None = None


@dataclass
class AppliesTo:
    __pydantic_config__ = STRICT
    kind: list[Literal["document", "news", "unknown"]] = field(default_factory=lambda: ["document"])
    doc_type: list[str] | None = None
    title_any: list[str] | None = None
    title_all: list[str] | None = None
    level: list[LevelName] | None = None


@dataclass
class Theme:
    __pydantic_config__ = STRICT
    label: Text
    any: list[str]
    threshold: int | None = None

    def __post_init__(self) -> None:
        non_empty(self, "any")
        in_range(self, "threshold", 50, 100)


@dataclass
class CorpusExample:
    """A named example: its text (for a graph kind, with the corpus it is
    checked in) and, for a fail example, what its finding must say — the
    excerpt it points at, words its message holds — so an example tests more
    than "fires or not"."""

    __pydantic_config__ = STRICT
    text: str
    corpus: list[str] = field(default_factory=list)
    name: str | None = None
    excerpt: str | None = None
    message: str | None = None


@dataclass
class Examples:
    """Pass and fail examples ("pass" is a Python keyword: the YAML key is
    renamed to ``pass_`` before validation and back in error messages)."""

    __pydantic_config__ = STRICT
    pass_: list[str | CorpusExample] = field(default_factory=list)
    fail: list[str | CorpusExample] = field(default_factory=list)


@dataclass
class Rule:
    """Common fields of every rule; the kind's own options are checked by its module."""

    id: str
    kind: str
    message: Text
    reference: str
    severity: Severity = "warning"
    title: Text | None = None
    when: When | None = None
    examples: Examples | None = None
    options: Any = None  # the kind's Options, validated separately
    pack: str = ""
    trusted: bool = False  # from a built-in pack: its patterns run without a time limit

    def __post_init__(self) -> None:
        matches(self, "id", r"[A-Z]{1,4}\d{2,4}", "CC101")
        from plancheck.checks import KINDS

        if self.kind not in KINDS:
            raise FieldProblem("kind", Said("kind_unknown", kind=self.kind, known=", ".join(sorted(KINDS))))


RULE_KEYS = frozenset(f.name for f in fields(Rule)) - {"options", "pack", "trusted"}


@dataclass
class PackFile:
    __pydantic_config__ = STRICT
    pack: str
    title: Text
    extends: list[str] = field(default_factory=list)
    applies_to: AppliesTo = field(default_factory=AppliesTo)
    themes: dict[str, Theme] = field(default_factory=dict)
    rules: list[dict[str, Any]] = field(default_factory=list)  # validated one by one (common keys, then options)

    def __post_init__(self) -> None:
        matches(self, "pack", r"[a-z0-9][a-z0-9-]*", "cchc-xa")


@dataclass
class RulePack:
    """A loaded pack with the packs it extends already resolved."""

    name: str
    title: Text
    path: str
    applies_to: AppliesTo
    themes: dict[str, Theme]
    rules: list[Rule]
    parents: list[RulePack] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # every file read: path → SHA-256 (cache validity)

    def all_themes(self) -> dict[str, Theme]:
        out: dict[str, Theme] = {}
        for parent in self.parents:
            out.update(parent.all_themes())
        out.update(self.themes)
        return out

    def chain(self) -> list[RulePack]:
        """This pack and every pack it extends, parents first, no repeats."""
        seen: list[RulePack] = []
        for parent in self.parents:
            for p in parent.chain():
                if p.name not in [s.name for s in seen]:
                    seen.append(p)
        seen.append(self)
        return seen


def builtin_dir() -> str:
    """Where the packs shipped with plancheck live (source tree or installed)."""
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [
        os.path.join(os.path.dirname(here), "rules"),
        os.path.join(sys.prefix, "share", "plancheck", "rules"),
    ]
    for c in candidates:
        if os.path.isdir(c):
            return c
    return candidates[0]


def builtin_names() -> list[str]:
    d = builtin_dir()
    return sorted(f[:-5] for f in os.listdir(d) if f.endswith(".yaml")) if os.path.isdir(d) else []


def resolve_pack_path(name_or_path: str, base_dir: str | None = None) -> str:
    if name_or_path.endswith((".yaml", ".yml")) or os.sep in name_or_path:
        path = name_or_path if os.path.isabs(name_or_path) or base_dir is None else os.path.join(base_dir, name_or_path)
        return path
    return os.path.join(builtin_dir(), f"{name_or_path}.yaml")


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
        from plancheck.usercache import load_pickle
        from plancheck.userdirs import user_cache_dir

        prefix = hashlib.sha256(real.encode()).hexdigest()[:16]  # one file per pack path: older ones are pruned
        cached_at = user_cache_dir() / "packs" / f"{prefix}-{_key(real, digest)[:16]}.pickle"
        pack = load_pickle(cached_at)
        if isinstance(pack, RulePack) and pack.path == path and _still_valid(pack):
            return pack
    from plancheck.pack_compile import compile_pack

    pack = compile_pack(path, _stack + (real,))
    pack.sources = {**{k: v for parent in pack.parents for k, v in parent.sources.items()}, real: digest or ""}
    if cached_at is not None:
        from plancheck.usercache import store_pickle

        store_pickle(cached_at, pack)
        for stale in cached_at.parent.glob(cached_at.name.split("-")[0] + "-*.pickle"):  # earlier versions of this file
            if stale != cached_at:
                stale.unlink(missing_ok=True)
    return pack


_COMPILED_SCHEMA = 1  # bump when the pack classes change shape


def _key(real: str, digest: str) -> str:
    from plancheck import __version__
    from plancheck.usercache import code_stamp

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
    from plancheck.cache import content_hash

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
