"""`plancheck check --format sarif`: SARIF 2.1.0 for code-scanning tools.

One run, the driver listing every rule of the packs that were used (id, title,
message template, reference, default level, kind and pack as properties),
one result per finding with its region, and the other document a graph
finding is about as a related location.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from plancheck import __version__
from plancheck.i18n import message
from plancheck.i18n.reports import not_checked_note
from plancheck.model import SPECIAL_FINDINGS
from plancheck.packs import RulePack
from plancheck.report.places import reader_place
from plancheck.results import Run, document_status

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """A file's SARIF ``uri``: relative to the working directory when it is
    beneath it, else a ``file:`` URI; percent-encoded as RFC 3986 asks, so
    a name such as ``javascript:alert(1).txt``, or one holding ``#``, ``?``
    or spaces, is a path and nothing else."""
    from urllib.parse import quote

    rel = os.path.relpath(path) if os.path.isabs(path) else path
    if rel.startswith(".."):
        return Path(os.path.abspath(path)).as_uri()
    return quote(rel.replace(os.sep, "/"), safe="/")


def _rule_descriptors(packs: list[RulePack], lang: str) -> list[dict]:
    out: list[dict] = []
    seen: set[str] = set()
    for pack in packs:
        for p in pack.chain():
            for r in p.rules:
                if r.id in seen:
                    continue
                seen.add(r.id)
                title = (r.title or r.message).in_lang(lang)
                out.append(
                    {
                        "id": r.id,
                        "name": r.kind,
                        "shortDescription": {"text": title},
                        "fullDescription": {"text": r.message.in_lang(lang)},
                        "help": {"text": f"{title}. {r.reference or ''}".strip()},
                        "defaultConfiguration": {"level": LEVELS[r.severity]},
                        "properties": {"kind": r.kind, "pack": p.name, "reference": r.reference or ""},
                    }
                )
    for kind, (rid, sev) in SPECIAL_FINDINGS.items():
        out.append(
            {
                "id": rid,
                "name": kind,
                "shortDescription": {"text": message(f"special_{kind}", lang)},
                "defaultConfiguration": {"level": LEVELS[sev]},
                "properties": {"kind": kind, "pack": "plancheck"},
            }
        )
    return out


def _reader_place(f, lang: str) -> dict:
    """The Word paragraph (and table cell) or the PDF page and line, for a reader of the file."""
    fields = {
        k: getattr(f, k)
        for k in ("paragraph", "table", "row", "cell", "page", "page_line", "ocr")
        if getattr(f, k) is not None
    }
    if fields:
        fields["place"] = reader_place(f, lang)
    return fields


def _region(f) -> dict:
    region = {"startLine": max(1, f.line), "startColumn": max(1, f.column)}
    if f.end_line:
        region["endLine"] = max(f.end_line, region["startLine"])
        if f.end_column and (f.end_line > f.line or f.end_column > f.column):
            region["endColumn"] = f.end_column
    if f.excerpt:
        region["snippet"] = {"text": f.excerpt}
    return region


def _not_checked(run: Run, lang: str, fail_on: str) -> list[dict]:
    """Tool notifications for the documents nothing checked: no result in
    SARIF must not read as a pass."""
    out = []
    for r in run.results:
        status, detail = document_status(r, fail_on)
        if status == "not_checked":
            out.append(
                {
                    "level": "note",
                    "message": {"text": not_checked_note(detail, lang)},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}],
                    "properties": {"status": status, "because": detail},
                }
            )
    return out


def results_to_sarif(run: Run, packs: list[RulePack], lang: str, fail_on: str = "error") -> dict:
    rules = _rule_descriptors(packs, lang)
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    for r in run.results:
        for f in r.findings:
            text = f.message + (f" — {f.suggestion}" if f.suggestion else "")
            res = {
                "ruleId": f.rule,
                "level": LEVELS[f.severity],
                "message": {"text": text},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": _region(f)}}],
                "properties": {"kind": f.kind, **_reader_place(f, lang)},
            }
            if f.rule in index:
                res["ruleIndex"] = index[f.rule]
            if f.related:
                res["relatedLocations"] = [
                    {
                        "id": i,
                        "message": {"text": rel.message or rel.path},
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(rel.path)},
                            "region": {"startLine": max(1, rel.line or 1)},
                        },
                    }
                    for i, rel in enumerate(f.related)
                    if os.path.exists(rel.path)
                ] or None
                if res["relatedLocations"] is None:
                    del res["relatedLocations"]
            results.append(res)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "plancheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": "https://pypi.org/project/plancheck/",
                        "rules": rules,
                    }
                },
                "results": results,
                "invocations": [
                    {"executionSuccessful": True, "toolExecutionNotifications": _not_checked(run, lang, fail_on)}
                ],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def render_sarif(run: Run, packs: list[RulePack], lang: str, fail_on: str = "error") -> str:
    return json.dumps(results_to_sarif(run, packs, lang, fail_on), ensure_ascii=False, indent=2) + "\n"
