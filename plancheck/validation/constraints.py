"""Checks on rule-pack values that plain type hints cannot express.

Pack classes are stdlib dataclasses (unpickled from the compiled-pack cache
without importing pydantic); pydantic validates them from YAML and calls
their ``__post_init__``, where these helpers run.  A failure raises
:class:`FieldProblem`, which carries the offending key so the pack error can
point at that key's line.
"""

from __future__ import annotations

import re

from plancheck.i18n import Said

STRICT = {"extra": "forbid"}  # pydantic config: an unknown key in a pack is an error


class FieldProblem(ValueError):
    """A bad value, with the key it belongs to and the reason as a catalogue
    message (rendered in the user's language when the pack error is shown)."""

    def __init__(self, key: str, said: Said) -> None:
        super().__init__(str(said))
        self.key, self.said = key, said


def in_range(obj, key: str, low: int, high: int | None = None) -> None:
    value = getattr(obj, key)
    if value is None:
        return
    if value < low or (high is not None and value > high):
        raise FieldProblem(
            key,
            Said("value_range", low=low, high=high, value=value)
            if high is not None
            else Said("value_at_least", low=low, value=value),
        )


def non_empty(obj, key: str) -> None:
    value = getattr(obj, key)
    if value is not None and len(value) == 0:
        raise FieldProblem(key, Said("value_non_empty"))


def matches(obj, key: str, pattern: str, example: str) -> None:
    value = getattr(obj, key)
    if not re.fullmatch(pattern, value):
        raise FieldProblem(key, Said("value_form", value=value, example=example))
