"""Terminal text for `plancheck check`: `path:line:col: SEVERITY RULE message`.

One line per finding (what editors and pre-commit understand), then per file
what the document was taken to be and which packs applied, then a summary.
"""

from __future__ import annotations

from collections import Counter

from plancheck.i18n.reports import STATUS_WORDS, status_label
from plancheck.i18n.reports import TEXT_REPORT_WORDS as WORDS
from plancheck.report.places import reader_place
from plancheck.report.terminal_safe import printable
from plancheck.results import FileResult, document_status, status_counts

COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def describe(result: FileResult, lang: str) -> str:
    w = WORDS.get(lang, WORDS["vi"])
    plan = result.plan
    if plan is None:
        return w["unreadable"]
    if plan.kind != "document":
        kind = w[plan.kind]
    else:
        bits = [plan.doc_type or "?", plan.number or "", plan.issuer or "", w["level"].get(plan.level or "", "")]
        kind = printable(" ".join(b for b in bits if b))
    packs = f"{w['packs']}: {', '.join(result.packs)}" if result.packs else w["none"]
    return f"{kind} — {packs}"


def rule_statistics(results: list[FileResult]) -> list[dict]:
    """Findings per rule, most frequent first (--statistics, in every format)."""
    by_rule = Counter((f.rule, f.kind) for r in results for f in r.findings)
    return [
        {"rule": rule, "kind": kind, "count": n}
        for (rule, kind), n in sorted(by_rule.items(), key=lambda x: (-x[1], x[0]))
    ]


def summary_counts(results: list[FileResult]) -> dict[str, int]:
    errors = warnings = infos = 0
    for r in results:
        e, w, i = r.severity_counts()
        errors, warnings, infos = errors + e, warnings + w, infos + i
    return {"files": len(results), "errors": errors, "warnings": warnings, "infos": infos}


def render_text(
    results: list[FileResult], lang: str, colour: bool = False, statistics: bool = False, fail_on: str = "error"
) -> str:
    import click

    w = WORDS.get(lang, WORDS["vi"])
    out: list[str] = []
    for r in results:
        for f in r.findings:
            sev = w[f.severity]
            if colour:
                sev = click.style(sev, fg=COLOURS[f.severity], bold=True)
            line = f"{printable(f.path)}:{f.line}:{f.column}: {sev} {f.rule} {printable(f.message)}"
            place = reader_place(f, lang)
            if place:
                line += f" [{place}]"
            if f.suggestion:
                line += f" [{w['suggest']}: {printable(f.suggestion)}]"
            out.append(line)
    out.append("")
    for r in results:
        out.append(
            f"# {printable(r.path)}: {w['taken']} {describe(r, lang)}"
            f" — {status_label(*document_status(r, fail_on), lang)}"
        )
    if statistics:
        out.append("")
        for row in rule_statistics(results):
            out.append(f"{row['count']:5d}  {row['rule']:<6} {row['kind']}")
    counts = summary_counts(results)
    summary = w["summary"].format(**counts)
    if lang == "en":  # one file, one error: English counts in the singular
        for word in ("files", "errors", "warnings", "infos"):
            summary = summary.replace(f" 1 {word}", f" 1 {word[:-1]}")
    out.append(summary)
    out.append(STATUS_WORDS.get(lang, STATUS_WORDS["vi"])["summary"].format(**status_counts(results, fail_on)))
    return "\n".join(out) + "\n"
