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
from typing import Any, Callable

import yaml
from pydantic import TypeAdapter, ValidationError

from plancheck.i18n import Said
from plancheck.packs.model import (
    RULE_KEYS,
    PackError,
    PackFile,
    Rule,
    RulePack,
    builtin_dir,
    resolve_pack_path,
)
from plancheck.validation.constraints import FieldProblem

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it
from plancheck.validation.problems import MISSING_KEY, UNKNOWN_KEY, expected


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
        raise PackError(path, None, None, Said("pack_unreadable", detail=exc.strerror or exc)) from None
    except UnicodeDecodeError:
        raise PackError(path, None, None, Said("pack_not_utf8")) from None
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise PackError(
            path,
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
            Said("pack_yaml", problem=_yaml_problem(exc.problem or "")),
        ) from None
    return data, _LazyNode(text)


_YAML_PROBLEMS = (
    (re.compile(r"did not find expected ',' or '(?P<close>[\]}])'"), "yaml_unclosed"),
    (re.compile(r"mapping values are not allowed"), "yaml_mapping_here"),
    (re.compile(r"could not find expected ':'"), "yaml_no_colon"),
    (re.compile(r"found character '\\t'"), "yaml_tab"),
    (re.compile(r"did not find expected (?:key|-)|expected <block end>"), "yaml_indent"),
)


def _yaml_problem(problem: str) -> Said:
    """PyYAML's English problem, said by the catalogue when it is a common one."""
    for rx, key in _YAML_PROBLEMS:
        m = rx.search(problem)
        if m:
            return Said(key, **m.groupdict())
    return Said("quoted", problem=problem)


def _problem(exc: ValidationError) -> tuple[tuple, str, Said]:
    """(location, error type, what was expected) of a validation error's
    first problem, with a :class:`FieldProblem`'s key added to the location.
    An unknown key comes first: "titel" is better reported as itself than as
    "title" missing."""
    errors = exc.errors()
    err = next((e for e in errors if e["type"] in UNKNOWN_KEY), errors[0])
    loc = tuple("pass" if part == "pass_" else part for part in err["loc"])
    cause = (err.get("ctx") or {}).get("error")
    if isinstance(cause, FieldProblem):
        return (*loc, cause.key), "field", cause.said
    return loc, err["type"], expected(err)


def _validate(cls: type, data: Any, path: str, node, at: tuple, describe) -> Any:
    try:
        return _adapter(cls).validate_python(data)
    except ValidationError as exc:
        loc, kind, why = _problem(exc)
        line, col = _mark_of(node, (*at, *loc))
        raise PackError(path, line, col, describe(".".join(str(p) for p in loc) or "(top level)", kind, why)) from None


def _describe_key(prefix: str = ""):
    """How a problem with a pack's own keys reads: "unknown key 'titel'"."""

    def describe(key: str, kind: str, why: Said) -> Said:
        key = prefix + key
        if kind in UNKNOWN_KEY:
            return Said("key_unknown", key=key)
        if kind in MISSING_KEY:
            return Said("key_missing", key=key)
        return Said("key_bad", key=key, why=why)

    return describe


def _describe_option(rule: str, rule_kind: str):
    """How a problem with a rule's options reads: "rule X101: unknown option
    'severty' for kind 'budget'"."""

    def describe(key: str, kind: str, why: Said) -> Said:
        if kind in UNKNOWN_KEY:
            return Said("option_unknown", rule=rule, key=key, kind=rule_kind)
        if kind in MISSING_KEY:
            return Said("option_missing", rule=rule, key=key, kind=rule_kind)
        return Said("option_bad", rule=rule, key=key, why=why)

    return describe


_describe_pack = _describe_key()


_PLACEHOLDER = re.compile(r"[a-z_][a-z0-9_]*\Z")


def _placeholder_problem(template: str) -> Said | None:
    """What is wrong with a message's placeholders, or None: each must be a
    plain name ("{found}"), without position, index, conversion or format
    ("{0}", "{found!r}", "{found:>1000000000}")."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError:
        return Said("message_braces")
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not _PLACEHOLDER.match(name) or spec or conversion:
            ph = f"{{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}"
            return Said("placeholder_not_plain", ph=ph)
    return None


def _check_messages(path: str, node, i: int, rule: Rule) -> None:
    from plancheck.checks import HIT_PARAMS

    known = HIT_PARAMS.get(rule.kind, frozenset())
    for key, text in (("message", rule.message), ("title", rule.title)):
        if text is None:
            continue
        for lang in ("vi", "en"):
            problem = _placeholder_problem(getattr(text, lang) or "")
            why = problem and Said("placeholder_field", rule=rule.id, field=key, lang=lang, why=problem)
            if why is None:
                unknown = sorted(
                    {n for _, n, _, _ in string.Formatter().parse(getattr(text, lang) or "") if n and n not in known}
                )
                if unknown:
                    fills = ", ".join("{" + k + "}" for k in sorted(known)) or Said("nothing")
                    why = Said(
                        "placeholder_unfilled",
                        rule=rule.id,
                        field=key,
                        lang=lang,
                        ph="{" + unknown[0] + "}",
                        kind=rule.kind,
                        known=fills,
                    )
            if why:
                line, col = _mark_of(node, ("rules", i, key, lang))
                raise PackError(path, line, col, why)


def _rule(path: str, node, i: int, raw: Any, pack_name: str, themes: dict, trusted: bool) -> Rule:
    from plancheck.checks import KINDS

    if not isinstance(raw, dict):
        line, col = _mark_of(node, ("rules", i))
        raise PackError(path, line, col, Said("rule_not_mapping", i=i))
    common = {k: v for k, v in raw.items() if k in RULE_KEYS}
    if isinstance(common.get("examples"), dict) and "pass" in common["examples"]:
        common["examples"] = {("pass_" if k == "pass" else k): v for k, v in common["examples"].items()}
    rule = _validate(Rule, common, path, node, ("rules", i), _describe_key(prefix=f"rules.{i}."))
    rule.trusted = trusted
    _check_messages(path, node, i, rule)
    options = {k: v for k, v in raw.items() if k not in RULE_KEYS}
    describe_option = _describe_option(rule.id, rule.kind)
    module = KINDS[rule.kind]
    rule.options = _validate(module.Options, options, path, node, ("rules", i), describe_option)
    rule.pack = pack_name
    problem = getattr(module, "validate_rule", None)
    why = problem(rule, themes) if problem else None
    if why:
        line, col = _mark_of(node, ("rules", i, "id"))
        raise PackError(path, line, col, Said("rule_problem", rule=rule.id, why=why))
    return rule


def compile_pack(path: str, stack: tuple[str, ...], load_parent: Callable[[str, str, bool], RulePack]) -> RulePack:
    """The pack at ``path`` (with the packs it extends), validated."""
    data, node = _load_yaml(path)
    if not isinstance(data, dict):
        raise PackError(path, 1, 1, Said("pack_not_mapping"))
    pack = _validate(PackFile, data, path, node, (), _describe_pack)
    here = os.path.dirname(path)
    is_builtin = os.path.realpath(here) == os.path.realpath(builtin_dir())
    rules = [_rule(path, node, i, raw, pack.pack, pack.themes, is_builtin) for i, raw in enumerate(pack.rules)]
    ids = [r.id for r in rules]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup:
        raise PackError(path, None, None, Said("rule_id_twice", rule=dup))
    parents = []
    for i, name in enumerate(pack.extends):
        try:
            parents.append(load_parent(name, here, is_builtin))
        except PackError as exc:
            if exc.path != resolve_pack_path(name, here):
                raise  # a problem inside the pack it extends: that pack's own file and line
            line, col = _mark_of(node, ("extends", i))
            raise PackError(path, line, col, Said("extends_problem", why=exc.said)) from None
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
            raise PackError(path, line, col, Said("rule_id_inherited", rule=rule.id, path=inherited[rule.id]))
        theme = getattr(rule.options, "theme", None)
        if rule.kind == "mandatory_theme" and theme not in themes:
            line, col = _mark_of(node, ("rules", i, "theme"))
            close = ", ".join(sorted(t for t in themes if t[:2] == str(theme)[:2])[:3])
            hint = Said("did_you_mean", names=close) if close else ""
            raise PackError(path, line, col, Said("theme_unknown", rule=rule.id, theme=theme, hint=hint))
