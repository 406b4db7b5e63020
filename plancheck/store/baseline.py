"""Baselines: accept today's findings, report only new ones.

``--write-baseline FILE`` records every finding of the run with a ``reason``
field for the reviewer to fill in ("đã được lãnh đạo chấp thuận ...").
``--baseline FILE`` then drops the findings it lists.  A finding is matched by
rule, document and its excerpt (whitespace folded) — or its message when it
has no excerpt — never by line number, so editing text above a finding does
not bring it back; two identical findings need two baseline entries.  Paths
are kept relative to the baseline's own folder, so ``plans/a.txt``,
``./plans/a.txt`` and the absolute path are one document, from wherever
plancheck is run.
"""

from __future__ import annotations

import json
import os
from collections import Counter

from plancheck import __version__
from plancheck.i18n import Said, said_text
from plancheck.model import Finding

BASELINE_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be used: its path and why, rendered in
    the user's language by :meth:`render`."""

    def __init__(self, path: str, reason: Said | str):
        self.path, self.reason = path, reason
        super().__init__(self.render("en"))

    def render(self, lang: str) -> str:
        return f"{self.path}: {said_text(self.reason, lang)}"


def identity(path: str, rule: str, excerpt: str | None, message: str) -> tuple[str, str, str]:
    text = excerpt if excerpt else message
    return path.replace("\\", "/"), rule, " ".join(text.split())


def relative_to(base_dir: str, path: str) -> str:
    """``path`` as the baseline in ``base_dir`` names it."""
    return os.path.relpath(os.path.abspath(path), base_dir).replace(os.sep, "/")


def _of(f: Finding, base_dir: str) -> tuple[str, str, str]:
    return identity(relative_to(base_dir, f.path), f.rule, f.excerpt, f.message)


def base_of(baseline_path: str) -> str:
    return os.path.dirname(os.path.abspath(baseline_path))


def write_baseline(path: str, findings: list[Finding]) -> int:
    base = base_of(path)
    entries = [
        {
            "rule": f.rule,
            "path": relative_to(base, f.path),
            "excerpt": f.excerpt,
            "message": f.message,
            "line": f.line,
            "reason": "",
        }
        for f in findings
    ]
    data = {
        "version": BASELINE_VERSION,
        "plancheck": __version__,
        "note": "reason: why this finding is accepted (fill in); line is informative only",
        "findings": entries,
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return len(entries)


def load_baseline(path: str) -> Counter:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise BaselineError(path, exc.strerror or str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise BaselineError(path, Said("baseline_not_json", line=exc.lineno, column=exc.colno)) from exc
    except UnicodeDecodeError as exc:
        raise BaselineError(path, Said("baseline_not_utf8")) from exc
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise BaselineError(path, Said("baseline_shape"))
    out: Counter = Counter()
    base = base_of(path)
    for i, e in enumerate(data["findings"]):
        if not isinstance(e, dict) or not {"rule", "path"} <= e.keys():
            raise BaselineError(path, Said("baseline_entry_keys", i=i, n=i + 1))
        for k in ("rule", "path"):
            if not isinstance(e[k], str) or not e[k]:
                raise BaselineError(path, Said("baseline_entry_text", i=i, n=i + 1, key=k))
        for k in ("excerpt", "message", "reason"):
            if e.get(k) is not None and not isinstance(e[k], str):
                raise BaselineError(path, Said("baseline_entry_text_or_null", i=i, n=i + 1, key=k))
        out[
            identity(
                relative_to(base, os.path.join(base, e["path"])), e["rule"], e.get("excerpt"), e.get("message") or ""
            )
        ] += 1
    return out


def filter_new(findings: list[Finding], baseline: Counter, base_dir: str) -> list[Finding]:
    """Findings not covered by the baseline in ``base_dir`` (each entry absorbs one finding)."""
    left = Counter(baseline)
    out = []
    for f in findings:
        ident = _of(f, base_dir)
        if left[ident] > 0:
            left[ident] -= 1
        else:
            out.append(f)
    return out
