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
    # graph kinds: they read ctx.graph, built from every document of the run
    "parent_resolved": "plancheck.checks.parent_resolved",
    "citation_mismatch": "plancheck.checks.citation_mismatch",
    "ambiguous_citation": "plancheck.checks.ambiguous_citation",
    "duplicate_number": "plancheck.checks.duplicate_number",
    "date_order": "plancheck.checks.date_order",
    "skip_level": "plancheck.checks.skip_level",
    "wrong_parent": "plancheck.checks.wrong_parent",
    "citation_cycle": "plancheck.checks.citation_cycle",
    "inherited_theme": "plancheck.checks.inherited_theme",
    "inherited_reporting": "plancheck.checks.inherited_reporting",
}
GRAPH_KINDS = frozenset(
    {
        "parent_resolved",
        "citation_mismatch",
        "ambiguous_citation",
        "duplicate_number",
        "date_order",
        "skip_level",
        "wrong_parent",
        "citation_cycle",
        "inherited_theme",
        "inherited_reporting",
    }
)

# What each kind's findings can fill in a rule's message ("{found}", "{cited}"):
# a pack's placeholder outside its kind's set is a typo, refused when the pack
# loads (tests/test_one_language.py holds the kinds to this list).
HIT_PARAMS = {
    "ambiguous_citation": frozenset({"candidates", "cited", "count"}),
    "assignment": frozenset({"activity"}),
    "budget": frozenset({"phrases"}),
    "citation_cycle": frozenset({"cited", "cycle"}),
    "citation_mismatch": frozenset({"cited", "differs", "other"}),
    "consistent_citation": frozenset({"first", "first_line", "second", "second_line", "what"}),
    "date_order": frozenset({"cited", "date", "other"}),
    "duplicate_number": frozenset({"number", "others"}),
    "format": frozenset({"expected", "found", "problem"}),
    "inherited_reporting": frozenset({"missing", "parent"}),
    "inherited_theme": frozenset({"item", "parent"}),
    "mandatory_theme": frozenset({"closest", "phrases", "theme"}),
    "parent_citation": frozenset({"cited", "level", "parent", "parent_level"}),
    "parent_resolved": frozenset({"cited", "level"}),
    "pattern": frozenset({"found", "pattern", "right"}),
    "reporting_cadence": frozenset({"missing", "required"}),
    "required_section": frozenset({"heading"}),
    "skip_level": frozenset({"cited", "cited_level", "level"}),
    "wrong_parent": frozenset({"cited", "cited_unit", "mine"}),
    "year_consistency": frozenset({"found", "year"}),
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
