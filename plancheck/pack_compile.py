"""Compile a rule pack's YAML into validated pack objects, or say exactly what is wrong.

pydantic checks the shapes (``TypeAdapter`` over the dataclasses of
:mod:`plancheck.packs`); every error is turned into the pack file's line and
column and the key the author mistyped, because the person fixing a pack is
not a programmer.  Only used when a pack is not in the compiled-pack cache.
"""

from __future__ import annotations

import os
import re
import string
from functools import lru_cache
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from plancheck.constraints import FieldProblem
from plancheck.packs import (
    RULE_KEYS,
    PackError,
    PackFile,
    Rule,
    RulePack,
    builtin_dir,
    builtin_names,
    load_builtin,
    load_pack,
    resolve_pack_path,
)

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it
_UNKNOWN = {"extra_forbidden", "unexpected_keyword_argument"}
_MISSING = {"missing", "missing_argument", "missing_keyword_argument"}


@lru_cache(maxsize=None)
def _adapter(cls: type) -> TypeAdapter:
    return TypeAdapter(cls)


class _LazyNode:
    """The YAML node tree, composed only when an error needs a line number."""

    def __init__(self, text: str):
        self.text = text
        self._node: yaml.Node | None = None

    def get(self) -> yaml.Node | None:
        if self._node is None:
            self._node = yaml.compose(self.text, Loader=_LOADER)
        return self._node


def _mark_of(node, loc: tuple) -> tuple[int | None, int | None]:
    """Line/column of the YAML node at pydantic error location ``loc``.

    For a mapping key the key itself is pointed at (that is what the author
    mistyped); the deepest node found is used when the path runs out.
    """
    current = node.get() if isinstance(node, _LazyNode) else node
    for key in loc:
        if isinstance(current, yaml.MappingNode):
            pair = next(((k, v) for k, v in current.value if k.value == key), None)
            if pair is None:
                break
            current = pair[0] if key == loc[-1] else pair[1]
        elif isinstance(current, yaml.SequenceNode) and isinstance(key, int) and key < len(current.value):
            current = current.value[key]
        else:
            break
    if current is None:
        return None, None
    return current.start_mark.line + 1, current.start_mark.column + 1


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
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise PackError(
            path, mark.line + 1 if mark else None, mark.column + 1 if mark else None, f"YAML syntax error: {exc.problem}"
        ) from None
    return data, _LazyNode(text)


def _problem(exc: ValidationError) -> tuple[tuple, str, str]:
    """(location, error type, message) of a validation error's first problem,
    with a :class:`FieldProblem`'s key added to the location.  An unknown key
    comes first: "titel" is better reported as itself than as "title" missing."""
    errors = exc.errors()
    err = next((e for e in errors if e["type"] in _UNKNOWN), errors[0])
    loc = tuple("pass" if part == "pass_" else part for part in err["loc"])
    cause = (err.get("ctx") or {}).get("error")
    if isinstance(cause, FieldProblem):
        return (*loc, cause.key), "field", str(cause)
    return loc, err["type"], err["msg"]


def _validate(cls: type, data: Any, path: str, node, at: tuple, describe) -> Any:
    try:
        return _adapter(cls).validate_python(data)
    except ValidationError as exc:
        loc, kind, msg = _problem(exc)
        line, col = _mark_of(node, (*at, *loc))
        raise PackError(path, line, col, describe(".".join(str(p) for p in loc) or "(top level)", kind, msg)) from None


def _describer(lead: str = "", noun: str = "key", scope: str = "", other: str = "{key}: {msg}", prefix: str = ""):
    """How a validation problem reads: "unknown key 'titel'", or for a rule's
    options "rule X101: unknown option 'severty' for kind 'budget'"."""

    def describe(key: str, kind: str, msg: str) -> str:
        key = prefix + key
        if kind in _UNKNOWN:
            return f"{lead}unknown {noun} {key!r}{scope}"
        if kind in _MISSING:
            return f"{lead}missing {noun} {key!r}{scope}"
        return lead + other.format(key=key, qkey=repr(key), msg=msg)

    return describe


_describe_pack = _describer()


_PLACEHOLDER = re.compile(r"[a-z_][a-z0-9_]*\Z")


def _placeholder_problem(template: str) -> str | None:
    """What is wrong with a message's placeholders, or None: each must be a
    plain name ("{found}"), without position, index, conversion or format
    ("{0}", "{found!r}", "{found:>1000000000}")."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"the message cannot be formatted: {exc}"
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not _PLACEHOLDER.match(name) or spec or conversion:
            return f"placeholder {{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}" \
                   " must be a plain name such as {found}"
    return None


def _check_messages(path: str, node, i: int, rule: Rule) -> None:
    from plancheck.checks import HIT_PARAMS

    known = HIT_PARAMS.get(rule.kind, frozenset())
    for key, text in (("message", rule.message), ("title", rule.title)):
        if text is None:
            continue
        for lang in ("vi", "en"):
            why = _placeholder_problem(getattr(text, lang) or "")
            if why is None:
                unknown = sorted({n for _, n, _, _ in string.Formatter().parse(getattr(text, lang) or "")
                                  if n and n not in known})
                if unknown:
                    why = (f"placeholder {{{unknown[0]}}} is not filled by kind {rule.kind!r}"
                           f" (it fills: {', '.join('{' + k + '}' for k in sorted(known)) or 'nothing'})")
            if why:
                line, col = _mark_of(node, ("rules", i, key, lang))
                raise PackError(path, line, col, f"rule {rule.id}: {key}.{lang}: {why}")


def _rule(path: str, node, i: int, raw: Any, pack_name: str, themes: dict, trusted: bool) -> Rule:
    from plancheck.checks import KINDS

    if not isinstance(raw, dict):
        line, col = _mark_of(node, ("rules", i))
        raise PackError(path, line, col, f"rules.{i}: a rule must be a mapping with id, kind, message and reference")
    common = {k: v for k, v in raw.items() if k in RULE_KEYS}
    if isinstance(common.get("examples"), dict) and "pass" in common["examples"]:
        common["examples"] = {("pass_" if k == "pass" else k): v for k, v in common["examples"].items()}
    rule = _validate(Rule, common, path, node, ("rules", i), _describer(prefix=f"rules.{i}."))
    rule.trusted = trusted
    _check_messages(path, node, i, rule)
    options = {k: v for k, v in raw.items() if k not in RULE_KEYS}
    describe_option = _describer(f"rule {rule.id}: ", "option", f" for kind {rule.kind!r}", "option {qkey}: {msg}")
    module = KINDS[rule.kind]
    rule.options = _validate(module.Options, options, path, node, ("rules", i), describe_option)
    rule.pack = pack_name
    problem = getattr(module, "validate_rule", None)
    why = problem(rule, themes) if problem else None
    if why:
        line, col = _mark_of(node, ("rules", i, "id"))
        raise PackError(path, line, col, f"rule {rule.id}: {why}")
    return rule


def compile_pack(path: str, stack: tuple[str, ...]) -> RulePack:
    """The pack at ``path`` (with the packs it extends), validated."""
    data, node = _load_yaml(path)
    if not isinstance(data, dict):
        raise PackError(path, 1, 1, "a rule pack must be a mapping with 'pack', 'title' and 'rules'")
    pack = _validate(PackFile, data, path, node, (), _describe_pack)
    here = os.path.dirname(path)
    is_builtin = os.path.realpath(here) == os.path.realpath(builtin_dir())
    rules = [_rule(path, node, i, raw, pack.pack, pack.themes, is_builtin) for i, raw in enumerate(pack.rules)]
    ids = [r.id for r in rules]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup:
        raise PackError(path, None, None, f"rule id {dup} is used twice")
    parents = []
    for i, name in enumerate(pack.extends):
        try:
            parents.append(load_builtin(name) if is_builtin and name in builtin_names() else load_pack(name, here, stack))
        except PackError as exc:
            if exc.path != resolve_pack_path(name, here):
                raise  # a problem inside the pack it extends: that pack's own file and line
            line, col = _mark_of(node, ("extends", i))
            raise PackError(path, line, col, f"extends: {exc.message}") from None
    compiled = RulePack(pack.pack, pack.title, path, pack.applies_to, pack.themes, rules, parents)
    _check_whole(compiled, path, node, rules)
    return compiled


def _check_whole(pack: RulePack, path: str, node, rules: list) -> None:
    """What only the pack with everything it extends can tell: a rule id used
    again (its own or a parent's), a theme no pack of the chain defines."""
    inherited = {r.id: p.path for p in pack.chain()[:-1] for r in p.rules}
    themes = pack.all_themes()
    for i, rule in enumerate(rules):
        if rule.id in inherited:
            line, col = _mark_of(node, ("rules", i, "id"))
            raise PackError(path, line, col, f"rule id {rule.id} is already used by {inherited[rule.id]}")
        theme = getattr(rule.options, "theme", None)
        if rule.kind == "mandatory_theme" and theme not in themes:
            line, col = _mark_of(node, ("rules", i, "theme"))
            close = ", ".join(sorted(t for t in themes if t[:2] == str(theme)[:2])[:3])
            raise PackError(path, line, col, f"rule {rule.id}: no theme {theme!r} in the pack or what it extends"
                            + (f" (did you mean {close}?)" if close else ""))
