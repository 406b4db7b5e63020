"""Click's usage errors, said again in the user's language.

click writes its own usage errors in English («Error: No such option:
--formt»); plancheck's user chose Vietnamese (or English) and is told in
that language, from the catalogue.  click keeps what matters on the
exception (the option's name, the parameter, the close matches); what only
its English sentence carries (the value a type refused) is read back from it.
"""

from __future__ import annotations

import re

import click

from plancheck.i18n import Said, message

# click's type errors: its English sentence → what it says, by the catalogue.
_TYPE_ERRORS = (
    (re.compile(r"^'(?P<value>.*)' is not one of (?P<choices>.*)\.$", re.S), "usage_not_one_of"),
    (re.compile(r"^(?:File|Directory|Path) '(?P<value>.*)' does not exist\.$", re.S), "usage_no_path"),
    (re.compile(r"^(?:File|Path) '(?P<value>.*)' is a directory\.$", re.S), "usage_is_folder"),
    (re.compile(r"^'(?P<value>.*)' is not a valid (?:integer|float)(?: range)?\.$", re.S), "usage_not_number"),
    (re.compile(r"^(?P<value>\S+) is not in the range (?P<range>.*)\.$", re.S), "usage_out_of_range"),
)


def _type_problem(text: str) -> Said:
    for rx, key in _TYPE_ERRORS:
        m = rx.match(text)
        if m:
            params = m.groupdict()
            if "choices" in params:
                choices = [c.strip(" '") for c in params["choices"].split(",")]
                params["choices"] = ", ".join(f"«{c}»" for c in choices)
            return Said(key, **params)
    return Said("usage_other", detail=text)


def _param_name(exc: click.UsageError) -> str:
    param = getattr(exc, "param", None)
    if param is None:
        return getattr(exc, "param_hint", None) or "?"
    if isinstance(param, click.Option):
        return max(param.opts, key=len)
    return (param.human_readable_name or param.name or "?").upper()


def usage_problem(exc: click.UsageError) -> Said:
    """What is wrong with the command line, as the catalogue says it."""
    if isinstance(exc, click.NoSuchOption):
        close = exc.possibilities or []
        hint = Said("did_you_mean", names=", ".join(close)) if close else ""
        return Said("usage_no_option", name=exc.option_name, hint=hint)
    if isinstance(exc, click.MissingParameter):
        what = Said("usage_option" if isinstance(exc.param, click.Option) else "usage_argument")
        return Said("usage_missing", what=what, name=_param_name(exc))
    if isinstance(exc, click.BadParameter):
        return Said("usage_bad_value", name=_param_name(exc), why=_type_problem(exc.message))
    m = re.match(r"^Option '(?P<name>.*)' requires an? (?:argument|value)", exc.message)
    if m:
        return Said("usage_needs_value", name=m.group("name"))
    m = re.match(r"^No such command '(?P<name>.*)'\.$", exc.message)
    if m:
        return Said("usage_no_command", name=m.group("name"))
    m = re.match(r"^Got unexpected extra arguments? \((?P<args>.*)\)$", exc.message, re.S)
    if m:
        return Said("usage_extra_args", args=m.group("args"))
    return Said("usage_other", detail=exc.message)


def usage_message(exc: click.UsageError, lang: str) -> str:
    """The whole answer to a bad command line: what is wrong and where to look."""
    command = exc.ctx.command_path if exc.ctx is not None else "plancheck"
    return "plancheck: " + message("usage", lang, what=usage_problem(exc), command=command)
