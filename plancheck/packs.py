"""Rule packs: YAML files → validated RulePack objects.

A pack is data a reviewing office can read and change: themes (labels and
phrases), and rules with an id, a kind, a severity, a message in Vietnamese and
English, the directive clause it enforces, a `when` filter and pass/fail
examples.  Errors name the pack file, line and column and the offending key,
because the person fixing a pack is not a programmer.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

Severity = Literal["error", "warning", "info"]
LevelName = Literal["central", "province", "district", "commune"]


class PackError(Exception):
    """A rule pack that cannot be used; says where and why."""

    def __init__(self, path: str, line: int | None, column: int | None, message: str) -> None:
        self.path, self.line, self.column, self.message = path, line, column, message
        where = f"{path}:{line}:{column}" if line else path
        super().__init__(f"{where}: {message}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Text(_Strict):
    vi: str
    en: str


class When(_Strict):
    level: list[LevelName] | None = None
    doc_type: list[str] | None = None
    year_from: int | None = None
    year_to: int | None = None


class AppliesTo(_Strict):
    kind: list[Literal["document", "news", "unknown"]] = Field(default_factory=lambda: ["document"])
    doc_type: list[str] | None = None
    title_any: list[str] | None = None
    title_all: list[str] | None = None
    level: list[LevelName] | None = None


class Theme(_Strict):
    label: Text
    any: list[str] = Field(min_length=1)
    threshold: int | None = Field(default=None, ge=50, le=100)


class CorpusExample(BaseModel):
    """An example for a graph kind: the document and the corpus it is checked in."""

    model_config = ConfigDict(extra="forbid")
    text: str
    corpus: list[str] = Field(default_factory=list)


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    pass_: list[str | CorpusExample] = Field(default_factory=list, alias="pass")
    fail: list[str | CorpusExample] = Field(default_factory=list)


class Rule(BaseModel):
    """Common fields of every rule; the kind's own options are checked by its module."""

    model_config = ConfigDict(extra="allow")
    id: str = Field(pattern=r"^[A-Z]{1,4}\d{2,4}$")
    kind: str
    severity: Severity = "warning"
    title: Text | None = None
    message: Text
    reference: str
    when: When | None = None
    examples: Examples | None = None
    options: Any = Field(default=None, exclude=True)
    pack: str = ""

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, kind: str) -> str:
        from plancheck.checks import KINDS

        if kind not in KINDS:
            raise ValueError(f"unknown rule kind {kind!r}; known kinds: {', '.join(sorted(KINDS))}")
        return kind


class PackFile(_Strict):
    pack: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: Text
    extends: list[str] = Field(default_factory=list)
    applies_to: AppliesTo = Field(default_factory=AppliesTo)
    themes: dict[str, Theme] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)


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


class _LazyNode:
    """The YAML node tree, composed only when an error needs a line number."""

    def __init__(self, text: str):
        self.text = text
        self._node: yaml.Node | None = None

    def get(self) -> yaml.Node | None:
        if self._node is None:
            self._node = yaml.compose(self.text, Loader=_LOADER)
        return self._node


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it


def _mark_of(node, loc: tuple) -> tuple[int | None, int | None, str]:
    """Line/column of the YAML node at pydantic error location ``loc``.

    For a mapping key the key itself is pointed at (that is what the author
    mistyped); the deepest node found is used when the path runs out.
    """
    names: list[str] = []
    current = node.get() if isinstance(node, _LazyNode) else node
    for key in loc:
        if isinstance(current, yaml.MappingNode):
            pair = next(((k, v) for k, v in current.value if k.value == key), None)
            if pair is None:
                break
            names.append(str(key))
            current = pair[0] if key == loc[-1] else pair[1]
        elif isinstance(current, yaml.SequenceNode) and isinstance(key, int) and key < len(current.value):
            names.append(f"[{key}]")
            current = current.value[key]
        else:
            break
    if current is None:
        return None, None, ".".join(names)
    return current.start_mark.line + 1, current.start_mark.column + 1, ".".join(names)


def _load_yaml(path: str) -> tuple[Any, _LazyNode]:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise PackError(path, None, None, f"cannot read the rule pack: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PackError(path, None, None, "the rule pack is not UTF-8 text") from None
    try:
        data = yaml.load(text, Loader=_LOADER)
        node = _LazyNode(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise PackError(
            path, mark.line + 1 if mark else None, mark.column + 1 if mark else None, f"YAML syntax error: {exc.problem}"
        ) from None
    return data, node


def _validation_error(path: str, node: yaml.Node | None, exc: ValidationError) -> PackError:
    err = exc.errors()[0]
    loc = tuple(err["loc"])
    line, col, dotted = _mark_of(node, loc)
    key = ".".join(str(p) for p in loc) or "(top level)"
    kind = err["type"]
    if kind == "extra_forbidden":
        msg = f"unknown key {key!r}"
    elif kind == "missing":
        msg = f"missing key {key!r}"
    else:
        msg = f"{key}: {err['msg']}"
    return PackError(path, line, col, msg)


def _validate_options(path: str, node: yaml.Node | None, pack: PackFile, raw: dict) -> None:
    from plancheck.checks import KINDS

    common = set(Rule.model_fields)
    for i, rule in enumerate(pack.rules):
        module = KINDS[rule.kind]
        options = {k: v for k, v in raw["rules"][i].items() if k not in common}
        try:
            rule.options = module.Options.model_validate(options)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ("rules", i, *err["loc"])
            line, col, _ = _mark_of(node, loc)
            key = ".".join(str(p) for p in err["loc"])
            if err["type"] == "extra_forbidden":
                msg = f"rule {rule.id}: unknown option {key!r} for kind {rule.kind!r}"
            elif err["type"] == "missing":
                msg = f"rule {rule.id}: missing option {key!r} for kind {rule.kind!r}"
            else:
                msg = f"rule {rule.id}: option {key!r}: {err['msg']}"
            raise PackError(path, line, col, msg) from None
        rule.pack = pack.pack
        problem = getattr(module, "validate_rule", None)
        if problem:
            why = problem(rule, pack.themes)
            if why:
                line, col, _ = _mark_of(node, ("rules", i, "id"))
                raise PackError(path, line, col, f"rule {rule.id}: {why}")


def resolve_pack_path(name_or_path: str, base_dir: str | None = None) -> str:
    if name_or_path.endswith((".yaml", ".yml")) or os.sep in name_or_path:
        path = name_or_path if os.path.isabs(name_or_path) or base_dir is None else os.path.join(base_dir, name_or_path)
        return path
    return os.path.join(builtin_dir(), f"{name_or_path}.yaml")


def load_pack(name_or_path: str, base_dir: str | None = None, _stack: tuple[str, ...] = ()) -> RulePack:
    """Load a pack by built-in name or file path, with the packs it extends."""
    path = resolve_pack_path(name_or_path, base_dir)
    if not os.path.exists(path):
        known = ", ".join(builtin_names())
        raise PackError(path, None, None, f"no rule pack {name_or_path!r} (built-in packs: {known})")
    real = os.path.realpath(path)
    if real in _stack:
        raise PackError(path, None, None, "the packs extend each other in a cycle")
    data, node = _load_yaml(path)
    if not isinstance(data, dict):
        raise PackError(path, 1, 1, "a rule pack must be a mapping with 'pack', 'title' and 'rules'")
    try:
        pack = PackFile.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(path, node, exc) from None
    _validate_options(path, node, pack, data)
    ids = [r.id for r in pack.rules]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup:
        raise PackError(path, None, None, f"rule id {dup} is used twice")
    here = os.path.dirname(path)
    is_builtin = os.path.realpath(here) == os.path.realpath(builtin_dir())
    parents = [
        _load_builtin(p) if is_builtin and p in builtin_names() else load_pack(p, here, _stack + (real,))
        for p in pack.extends
    ]
    return RulePack(pack.pack, pack.title, path, pack.applies_to, pack.themes, pack.rules, parents)


def load_builtin_packs() -> list[RulePack]:
    return [_load_builtin(name) for name in builtin_names()]


@functools.lru_cache(maxsize=None)
def _load_builtin(name: str) -> RulePack:
    """Built-in packs are loaded once per process (cchc-tuyen-truyen extends cchc extends nd30)."""
    return load_pack(name)
