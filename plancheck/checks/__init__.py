"""Rule kinds: a static registry from kind name to the module that checks it.

As in yamllint, each kind is one small module whose docstring is its user
documentation (`plancheck explain` prints it); each module has an ``Options``
model (unknown options are errors) and ``check(ctx, rule) -> [Hit]``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

_MODULES = {
    "required_section": "plancheck.checks.required_section",
    "mandatory_theme": "plancheck.checks.mandatory_theme",
    "parent_citation": "plancheck.checks.parent_citation",
    "reporting_cadence": "plancheck.checks.reporting_cadence",
    "consistent_citation": "plancheck.checks.consistent_citation",
    "year_consistency": "plancheck.checks.year_consistency",
    "assignment": "plancheck.checks.assignment",
    "budget": "plancheck.checks.budget",
    "format": "plancheck.checks.format",
    "pattern": "plancheck.checks.pattern",
}


class _Registry(dict):
    """kind → module, imported on first use."""

    def __missing__(self, kind: str) -> ModuleType:
        if kind not in _MODULES:
            raise KeyError(kind)
        module = importlib.import_module(_MODULES[kind])
        self[kind] = module
        return module

    def __contains__(self, kind: object) -> bool:
        return kind in _MODULES

    def __iter__(self):
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


KINDS = _Registry()
