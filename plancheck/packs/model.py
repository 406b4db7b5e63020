"""Rule packs as data: the validated RulePack and its parts, and where the built-in packs live.

A pack is data a reviewing office can read and change: themes (labels and
phrases), and rules with an id, a kind, a severity, a message in Vietnamese and
English, the directive clause it enforces, a `when` filter and pass/fail
examples.  Errors name the pack file, line and column and the offending key,
because the person fixing a pack is not a programmer.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from plancheck.i18n import Said
from plancheck.model import Level, Severity
from plancheck.validation.constraints import STRICT, FieldProblem, in_range, matches, non_empty

LevelName = Level  # the model's levels


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
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    candidates = [
        os.path.join(os.path.dirname(package), "rules"),
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
