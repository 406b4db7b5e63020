"""Checks on rule-pack values that plain type hints cannot express.

Pack classes are stdlib dataclasses (unpickled from the compiled-pack cache
without importing pydantic); pydantic validates them from YAML and calls
their ``__post_init__``, where these helpers run.  A failure raises
:class:`FieldProblem`, which carries the offending key so the pack error can
point at that key's line.
"""

from __future__ import annotations

import re

STRICT = {"extra": "forbid"}  # pydantic config: an unknown key in a pack is an error


class FieldProblem(ValueError):
    """A bad value, with the key it belongs to."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def in_range(obj, key: str, low: int, high: int | None = None) -> None:
    value = getattr(obj, key)
    if value is None:
        return
    if value < low or (high is not None and value > high):
        span = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise FieldProblem(key, f"must be {span}, not {value}")


def non_empty(obj, key: str) -> None:
    value = getattr(obj, key)
    if value is not None and len(value) == 0:
        raise FieldProblem(key, "must list at least one item")


def matches(obj, key: str, pattern: str, example: str) -> None:
    value = getattr(obj, key)
    if not re.fullmatch(pattern, value):
        raise FieldProblem(key, f"{value!r} does not have the expected form (e.g. {example!r})")
