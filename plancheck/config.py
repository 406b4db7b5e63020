"""Configuration: plancheck.toml or [tool.plancheck] in pyproject.toml.

Found by walking up from the first checked path, as ruff does.  CLI flags
override what the file says.  A configuration that plancheck would
misunderstand is worse than none (a reviewer signs because nothing was
reported), so the file is validated as a model (pydantic, imported only
when a file exists): an unknown key, a wrong type or a bad value stops the
run with exit 2, naming the file, the line and the key.  Once the packs are
loaded, every rule id, prefix, kind or pack the configuration or the
command line names must match a rule (:func:`check_selectors`).
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field, replace

from plancheck.budget import Budget
from plancheck.i18n import Said
from plancheck.model import SPECIAL_FINDINGS
from plancheck.packs import PackError


@dataclass
class Config:
    packs: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    per_path_ignores: dict[str, list[str]] = field(default_factory=dict)
    fail_on: str = "error"
    fail_on_unchecked: bool = False
    lang: str = "vi"
    ocr: str = "auto"  # auto | always | never (plancheck.ingest.ocr)
    path: str | None = None
    root: str = "."
    budget: Budget = field(default_factory=Budget)
    source_text: str = field(default="", repr=False)  # the file's text, to name a key's line


# Configuration keys of each document's budget → (Budget field, type).
BUDGET_KEYS = {
    "timeout": ("seconds", float),
    "max-memory": ("memory_mb", int),
    "max-text": ("text_chars", int),
    "max-pages": ("pdf_pages", int),
    "page-timeout": ("page_seconds", float),
    "ocr-timeout": ("ocr_seconds", float),
}


def _model():
    """The file's schema, built on first use (pydantic costs a one-file run
    without a configuration nothing)."""
    from typing import Literal

    from pydantic import AliasChoices, BaseModel, ConfigDict, Field, PositiveFloat, PositiveInt, StrictBool

    def key(name: str):
        return Field(default=None, validation_alias=AliasChoices(name, name.replace("-", "_")))

    class ConfigFile(BaseModel):
        model_config = ConfigDict(extra="forbid", strict=True)
        packs: list[str] | None = None
        select: list[str] | None = None
        ignore: list[str] | None = None
        severity: dict[str, Literal["error", "warning", "info"]] | None = None
        per_path_ignores: dict[str, list[str]] | None = key("per-path-ignores")
        fail_on: Literal["error", "warning", "info", "never"] | None = key("fail-on")
        fail_on_unchecked: StrictBool | None = key("fail-on-unchecked")
        lang: Literal["vi", "en"] | None = None
        timeout: PositiveFloat | None = None
        max_memory: PositiveInt | None = key("max-memory")
        max_text: PositiveInt | None = key("max-text")
        max_pages: PositiveInt | None = key("max-pages")
        page_timeout: PositiveFloat | None = key("page-timeout")
        ocr: Literal["auto", "always", "never"] | None = None
        ocr_timeout: PositiveFloat | None = key("ocr-timeout")

    return ConfigFile


def line_of(text: str, key: str) -> int | None:
    """The line of the configuration where ``key`` is set (or its table opens)."""
    base = re.escape(str(key)).replace(r"\-", "[-_]")
    for rx in (rf"^\s*[\"']?{base}[\"']?\s*=", rf"^\s*\[(?:tool\.plancheck\.)?[\"']?{base}[\"']?\]"):
        m = re.search(rx, text, re.MULTILINE)
        if m:
            return text.count("\n", 0, m.start()) + 1
    return None


def _explain(path: str, text: str, error) -> PackError:
    """A validation error of the configuration, at its key's line."""
    from plancheck.validation.problems import UNKNOWN_KEY, expected, type_of

    loc = [str(p) for p in error["loc"]]
    key = loc[0] if loc else "(top level)"
    kind = error["type"]
    why = expected(error)
    if kind == "list_type" and key in ("select", "ignore", "packs"):
        why = Said("expected_packs" if key == "packs" else "expected_selectors")
    if kind not in UNKNOWN_KEY:
        why = Said("joined", first=why, second=Said("got", type=type_of(error["input"]), value=repr(error["input"])))
    line = line_of(text, loc[-1] if kind not in UNKNOWN_KEY else key) or line_of(text, key)
    return PackError(path, line, None, Said("key_bad", key=".".join(loc), why=why))


def _toml_error(path: str, text: str, exc: Exception) -> PackError:
    """A TOML syntax error at its line (tomllib tells it only in its English text)."""
    m = re.search(r"at line (\d+), column (\d+)", str(exc))
    if not m:
        line = text.rstrip("\n").count("\n") + 1
        if "end of document" in str(exc):
            return PackError(path, line, None, Said("config_toml_end", line=line))
        return PackError(path, None, None, Said("config_unreadable", detail=Said("quoted", problem=exc)))
    line, column = int(m.group(1)), int(m.group(2))
    return PackError(path, line, column, Said("config_toml", line=line, column=column))


def find_config(start: str) -> tuple[str, dict, str] | None:
    here = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        for name in ("plancheck.toml", "pyproject.toml"):
            path = os.path.join(here, name)
            if os.path.isfile(path):
                try:
                    with open(path, "rb") as fh:
                        raw = fh.read()
                    text = raw.decode("utf-8")
                    data = tomllib.loads(text)
                except UnicodeDecodeError as exc:
                    raise PackError(path, None, None, Said("config_not_utf8", pos=exc.start)) from None
                except tomllib.TOMLDecodeError as exc:
                    raise _toml_error(path, raw.decode("utf-8", "replace"), exc) from None
                except OSError as exc:
                    raise PackError(path, None, None, Said("config_unreadable", detail=exc.strerror)) from None
                if name == "pyproject.toml":
                    data = data.get("tool", {}).get("plancheck")
                    if data is None:
                        continue
                    if not isinstance(data, dict):
                        raise PackError(path, line_of(text, "plancheck"), None, Said("config_tool_table"))
                return path, data, text
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def load_config(start: str) -> Config:
    found = find_config(start)
    if not found:
        return Config()
    path, data, text = found
    from pydantic import ValidationError

    try:
        model = _model().model_validate(data)
    except ValidationError as exc:
        raise _explain(path, text, exc.errors()[0]) from None
    cfg = Config(path=path, root=os.path.dirname(path), source_text=text)
    cfg.packs = list(model.packs or [])
    cfg.select = list(model.select or [])
    cfg.ignore = list(model.ignore or [])
    cfg.severity = {k.upper(): v for k, v in (model.severity or {}).items()}
    cfg.per_path_ignores = dict(model.per_path_ignores or {})
    cfg.fail_on = model.fail_on or "error"
    cfg.fail_on_unchecked = bool(model.fail_on_unchecked)
    cfg.lang = model.lang or "vi"
    cfg.ocr = model.ocr or "auto"
    budget = {
        attr: kind(getattr(model, name.replace("-", "_")))
        for name, (attr, kind) in BUDGET_KEYS.items()
        if getattr(model, name.replace("-", "_")) is not None
    }
    cfg.budget = replace(Budget(), **budget)
    return cfg


SPECIAL_CODES = tuple(code for code, _ in SPECIAL_FINDINGS.values())


def _known(packs) -> tuple[set[str], set[str], list[str]]:
    ids, names = set(SPECIAL_CODES), set()
    for pack in packs:
        for p in pack.chain():
            names.add(p.name.lower())
            for r in p.rules:
                ids.add(r.id.upper())
                names.add(r.kind.lower())
    return ids, names, sorted(ids | names)


def selector_matches(code: str, ids: set[str], names: set[str]) -> bool:
    up = code.upper()
    return code.lower() in names or any(i.startswith(up) for i in ids)


def check_selectors(cfg: Config, packs, cli_select: list[str], cli_ignore: list[str]) -> None:
    """Every rule id, prefix, kind or pack named anywhere must match a rule;
    PackError (exit 2) with a "did you mean" otherwise."""
    ids, names, known = _known(packs)
    where = cfg.path or "plancheck"

    def fail(source: str, key: str, code: str, line: int | None, exact: bool = False) -> None:
        close = difflib.get_close_matches(code.upper(), [k.upper() for k in known], n=3, cutoff=0.6)
        hint = Said("did_you_mean", names=", ".join(close)) if close else ""
        what = Said("selector_what_id" if exact else "selector_what_any")
        raise PackError(
            source, line, None, Said("selector_unknown", key=key + ": " if key else "", what=what, code=code, hint=hint)
        )

    for option, codes in (("--select", cli_select), ("--ignore", cli_ignore)):
        for code in codes:
            if not selector_matches(code, ids, names):
                fail(option, "", code, None)
    text = cfg.source_text
    for key, codes in (("select", cfg.select if not cli_select else []), ("ignore", cfg.ignore)):
        for code in codes:
            if code in cli_ignore:
                continue
            if not selector_matches(code, ids, names):
                fail(where, key, code, line_of(text, key))
    for code in cfg.severity:
        if code.upper() not in ids:
            fail(where, f"severity.{code}", code, line_of(text, code) or line_of(text, "severity"), exact=True)
    for glob, codes in cfg.per_path_ignores.items():
        for code in codes:
            if not selector_matches(code, ids, names):
                fail(where, f"per-path-ignores.{glob}", code, line_of(text, glob) or line_of(text, "per-path-ignores"))
