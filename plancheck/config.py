"""Configuration: plancheck.toml or [tool.plancheck] in pyproject.toml.

Found by walking up from the first checked path, as ruff does.  CLI flags
override what the file says.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace

from plancheck.budget import Budget
from plancheck.packs import PackError


@dataclass
class Config:
    packs: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    per_path_ignores: dict[str, list[str]] = field(default_factory=dict)
    fail_on: str = "error"
    lang: str = "vi"
    path: str | None = None
    root: str = "."
    budget: Budget = field(default_factory=Budget)


# Configuration keys of each document's budget → (Budget field, type).
BUDGET_KEYS = {
    "timeout": ("seconds", float),
    "max-memory": ("memory_mb", int),
    "max-text": ("text_chars", int),
    "max-pages": ("pdf_pages", int),
    "page-timeout": ("page_seconds", float),
}
_KEYS = {"packs", "select", "ignore", "severity", "per-path-ignores", "per_path_ignores", "fail-on", "fail_on", "lang",
         *BUDGET_KEYS}


def budget_from(data: dict, path: str) -> Budget:
    """The budget the configuration sets (positive numbers; the defaults elsewhere)."""
    values = {}
    for name, (attr, kind) in BUDGET_KEYS.items():
        if name not in data:
            continue
        value = data[name]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0 or (
                kind is int and not float(value).is_integer()):
            raise PackError(path, None, None, f"{name} must be a positive {'whole ' if kind is int else ''}number,"
                                              f" not {value!r}")
        values[attr] = kind(value)
    return replace(Budget(), **values)


def find_config(start: str) -> tuple[str, dict] | None:
    here = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        for name in ("plancheck.toml", "pyproject.toml"):
            path = os.path.join(here, name)
            if os.path.isfile(path):
                try:
                    with open(path, "rb") as fh:
                        data = tomllib.load(fh)
                except (tomllib.TOMLDecodeError, OSError) as exc:
                    raise PackError(path, None, None, f"cannot read the configuration: {exc}") from None
                if name == "pyproject.toml":
                    data = data.get("tool", {}).get("plancheck")
                    if data is None:
                        continue
                return path, data
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def load_config(start: str) -> Config:
    found = find_config(start)
    if not found:
        return Config()
    path, data = found
    unknown = set(data) - _KEYS
    if unknown:
        raise PackError(path, None, None, f"unknown configuration key(s): {', '.join(sorted(unknown))}")
    cfg = Config(path=path, root=os.path.dirname(path))
    cfg.packs = list(data.get("packs", []))
    cfg.select = list(data.get("select", []))
    cfg.ignore = list(data.get("ignore", []))
    cfg.severity = dict(data.get("severity", {}))
    cfg.per_path_ignores = dict(data.get("per-path-ignores", data.get("per_path_ignores", {})))
    cfg.fail_on = data.get("fail-on", data.get("fail_on", "error"))
    cfg.lang = data.get("lang", "vi")
    cfg.budget = budget_from(data, path)
    bad = [v for v in cfg.severity.values() if v not in ("error", "warning", "info")]
    if bad or cfg.fail_on not in ("error", "warning", "info", "never") or cfg.lang not in ("vi", "en"):
        raise PackError(path, None, None, "severity must be error|warning|info, fail-on error|warning|info|never, lang vi|en")
    return cfg
