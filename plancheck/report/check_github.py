"""`plancheck check --format github`: GitHub Actions workflow commands.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`` per
finding, so each shows as an annotation on the pull request's diff.  Chosen
automatically when the ``GITHUB_ACTIONS`` environment variable is set.
"""

from __future__ import annotations

from plancheck.i18n.reports import not_checked_note
from plancheck.report.terminal_safe import printable
from plancheck.results import Run, document_status

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    """A workflow command's text: its line breaks encoded as GitHub reads
    them, every other control character escaped (plancheck.report.terminal_safe)."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(run: Run, lang: str = "vi", fail_on: str = "error") -> str:
    out = []
    for r in run.results:
        status, detail = document_status(r, fail_on)
        if status == "not_checked":  # said, so that no annotation is not read as a pass
            out.append(f"::notice file={_prop(r.path)},title=plancheck::{_data(not_checked_note(detail, lang))}")
        for f in r.findings:
            props = [f"file={_prop(f.path)}", f"line={f.line}", f"col={f.column}"]
            if f.end_line:
                props.append(f"endLine={f.end_line}")
                if f.end_column and f.end_line == f.line:
                    props.append(f"endColumn={f.end_column}")
            props.append(f"title={_prop(f'{f.rule} ({f.kind})')}")
            message = f.message + (f" — {f.suggestion}" if f.suggestion else "")
            out.append(f"::{COMMANDS[f.severity]} {','.join(props)}::{_data(message)}")
    return "\n".join(out) + ("\n" if out else "")
