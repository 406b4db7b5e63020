"""`plancheck check --format html`: one self-contained review page.

Everything the page needs — styles, the filter script, the graph drawn as SVG
— is inline, so the file works offline, from a USB stick, and prints.  The
template is rendered with jinja2 autoescaping on: document text, messages
and paths are data, escaped on output, and never pasted in as markup.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from plancheck import __version__
from plancheck.i18n.reports import HTML_WORDS as UI
from plancheck.i18n.reports import STATUS_WORDS, status_label
from plancheck.report.check_text import describe, rule_statistics, summary_counts
from plancheck.report.html_text import highlighted_lines
from plancheck.report.places import reader_place
from plancheck.report.svg_graph import layout
from plancheck.results import SEVERITIES, SEVERITY_RANK, FileResult, Run, any_fails, document_status, status_counts

OPEN_TEXT_LIMIT = 1  # more documents than this (a batch): texts start folded, opened by a click or a finding's link
_FIRST = {"fail": 0, "unchecked": 1, "pass": 2}  # the findings section opens with the documents that fail


@dataclass
class DocView:
    index: int
    anchor: str
    path: str
    description: str
    failed: bool
    counts: dict
    findings: list[dict]
    lines: list = field(default_factory=list)
    context: bool = False
    status_class: str = "pass"  # pass | fail | unchecked: a document nothing checked is never painted as passing
    status_text: str = ""


def _doc_view(i: int, r: FileResult, lang: str, fail_on: str, anchors: dict[str, str], context: bool) -> DocView:
    anchor = f"d{i}"
    found = r.findings  # unpacked once
    findings = []
    for j, f in enumerate(found):
        related = []
        for rel in f.related:
            target = anchors.get(rel.path)
            href = f"#{target}-L{rel.line}" if target and rel.line else (f"#{target}" if target else None)
            related.append({"path": rel.path, "line": rel.line, "message": rel.message, "href": href})
        findings.append(
            {
                "id": f"{anchor}-f{j}",
                "mark": f"{anchor}-m{j}" if f.start is not None and f.end and f.end > f.start else None,
                "rule": f.rule,
                "kind": f.kind,
                "severity": f.severity,
                "message": f.message,
                "suggestion": f.suggestion,
                "reference": f.reference,
                "line": f.line,
                "column": f.column,
                "place": reader_place(f, lang),
                "excerpt": f.excerpt,
                "related": related,
            }
        )
    counts = dict(zip(SEVERITIES, r.severity_counts()))
    status, detail = document_status(r, fail_on)
    view = DocView(
        i,
        anchor,
        r.path,
        describe(r, lang),
        any_fails([r], fail_on),
        counts,
        findings,
        context=context,
        status_class=detail if status == "checked" else ("fail" if status == "unreadable" else "unchecked"),
        status_text=status_label(status, detail, lang),
    )
    if r.source is not None:
        view.lines = highlighted_lines(r.source, found)
        seen: set[int] = set()
        for line in view.lines:
            for seg in line.segments:
                first = [k for k in seg.findings if k not in seen]
                seen.update(first)
                seg.anchor_ids = [findings[k]["mark"] for k in first if findings[k]["mark"]]
                seg.classes = " ".join(findings[k]["id"] for k in seg.findings)
    return view


def _coverage(results: list[FileResult], views: list[DocView]) -> tuple[list[str], list[dict]]:
    columns: list[str] = []
    rows = []
    for r, v in zip(results, views):
        if not r.coverage:
            continue
        cells = {}
        for c in r.coverage:
            if c.theme not in columns:
                columns.append(c.theme)
            cells[c.theme] = c
        rows.append({"view": v, "cells": cells})
    return columns, rows


def render_html(run: Run, lang: str, fail_on: str = "error", statistics: bool = False) -> str:
    import jinja2

    ui = UI.get(lang, UI["vi"])
    fail_on = "error" if fail_on == "never" else fail_on  # the page still says which documents fail
    everything = run.results + run.context
    anchors = {r.path: f"d{i}" for i, r in enumerate(everything)}
    views = [_doc_view(i, r, lang, fail_on, anchors, False) for i, r in enumerate(run.results)]
    context_views = [
        _doc_view(len(run.results) + i, r, lang, fail_on, anchors, True) for i, r in enumerate(run.context)
    ]
    labels = {}
    for r in everything:
        for c in r.coverage:
            labels.setdefault(c.theme, c.label)
    columns, rows = _coverage(run.results, views)
    rules = sorted({(f.rule, f.kind) for r in run.results for f in r.findings})
    packs = sorted({p for r in run.results for p in r.packs})
    graph = layout(run.graph, anchors, {k: v for k, v in ui["level"].items()}) if run.graph is not None else None
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(os.path.join(os.path.dirname(__file__), "templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    template = env.get_template("report.html.j2")
    return template.render(
        ui=ui,
        lang=lang,
        version=__version__,
        generated=dt.datetime.now().strftime("%d/%m/%Y %H:%M"),
        totals=summary_counts(run.results),
        failed=sum(v.failed for v in views),
        views=views,
        views_to_read=sorted(views, key=lambda v: _FIRST.get(v.status_class, 2)),
        statuses=status_counts(run.results, fail_on),
        statistics=rule_statistics(run.results) if statistics else [],
        status_words=STATUS_WORDS.get(lang, STATUS_WORDS["vi"]),
        context_views=context_views,
        rules=rules,
        packs=packs,
        columns=columns,
        labels=labels,
        rows=rows,
        graph=graph,
        fold_texts=len(views) > OPEN_TEXT_LIMIT,
        fail_on=fail_on,
        severity_order=sorted(SEVERITY_RANK, key=SEVERITY_RANK.get, reverse=True),
    )
