"""What a pydantic validation problem means, as a catalogue message.

The configuration and the rule packs are both validated by pydantic, whose
own messages are English and written for programmers; the reader here is a
reviewer fixing a file.  Each error type is said once, in both languages.
"""

from __future__ import annotations

from plancheck.i18n import Said

UNKNOWN_KEY = frozenset({"extra_forbidden", "unexpected_keyword_argument"})
MISSING_KEY = frozenset({"missing", "missing_argument", "missing_keyword_argument"})

_EXPECTED = {
    "list_type": "expected_list",
    "dict_type": "expected_table",
    "dataclass_type": "expected_table",
    "model_type": "expected_table",
    "string_type": "expected_text",
    "bool_type": "expected_bool",
    "float_type": "expected_number",
    "int_type": "expected_whole",
    "greater_than": "expected_positive",
    "extra_forbidden": "expected_unknown",
}


def expected(error: dict) -> Said:
    """What the value at ``error['loc']`` should have been."""
    kind = error["type"]
    if kind == "literal_error":
        options = str((error.get("ctx") or {}).get("expected", "")).replace("'", "").replace(" or ", ", ")
        return Said("expected_one_of", expected="|".join(o.strip() for o in options.split(",") if o.strip()))
    cause = (error.get("ctx") or {}).get("error")
    if cause is not None and isinstance(getattr(cause, "said", None), Said):
        return cause.said
    return Said(_EXPECTED.get(kind, "expected_valid"))


def type_of(value: object) -> Said:
    """The kind of value a user wrote, as a reader names it."""
    key = {
        str: "type_text",
        int: "type_number",
        float: "type_number",
        bool: "type_bool",
        list: "type_list",
        dict: "type_table",
    }.get(type(value), "type_other")
    return Said(key)
