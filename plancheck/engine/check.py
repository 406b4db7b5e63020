"""Run rule packs over plans: read and parse a file, run the local rules of every pack
that applies, and later the graph rules with the citation graph.

One document's failure never stops the run: an unreadable file or a crash
inside a check becomes a finding of kind ``unreadable`` / ``internal`` on that
document, and the other documents are checked as usual.
"""

from __future__ import annotations

from plancheck.budget import OverBudget
from plancheck.checks import GRAPH_KINDS, KINDS
from plancheck.checks.base import Context, Coverage
from plancheck.checks.pattern import PATTERN_SECONDS, PatternTimeout
from plancheck.config import Config
from plancheck.engine.findings import budget_finding, encoding_findings, finding_from_hit, special_finding
from plancheck.engine.result import FileResult
from plancheck.engine.select import rule_applies, rule_enabled, select_packs
from plancheck.i18n import message
from plancheck.ingest import IngestError, read_source
from plancheck.model import Finding, Plan
from plancheck.packs import RulePack
from plancheck.parse import parse
from plancheck.source import Source
from plancheck.vietnamese import Folded


def _run_rules(ctx: Context, packs: list[RulePack], cfg: Config, graph_phase: bool) -> list[Finding]:
    """Findings of the local kinds (graph_phase False) or of the graph kinds."""
    findings: list[Finding] = []
    plan = ctx.plan
    for pack in packs:
        for rule in pack.rules:
            if (rule.kind in GRAPH_KINDS) != graph_phase:
                continue
            if not rule_applies(rule, plan) or not rule_enabled(rule, cfg, plan.path):
                continue
            try:
                hits = KINDS[rule.kind].check(ctx, rule)
            except MemoryError:
                raise  # the document's budget, not the rule's bug
            except PatternTimeout as exc:  # the pack's mistake, shown on the document it hung on
                findings.append(
                    special_finding(
                        plan.path,
                        "internal",
                        message(
                            "pattern_timeout",
                            ctx.lang,
                            rule=rule.id,
                            pattern=exc.pattern,
                            seconds=PATTERN_SECONDS,
                            pack=rule.pack,
                        ),
                    )
                )
                continue
            except Exception as exc:  # a check bug must not hide the other findings
                findings.append(special_finding(plan.path, "internal", f"{rule.id}: {type(exc).__name__}: {exc}"))
                continue
            findings.extend(f for f in (finding_from_hit(rule, h, ctx, cfg) for h in hits) if f is not None)
    return findings


def _themes(packs: list[RulePack]) -> dict:
    themes: dict = {}
    for pack in packs:
        themes.update(pack.all_themes())
    return themes


def check_plan(plan: Plan, source: Source, packs: list[RulePack], cfg: Config, lang: str) -> FileResult:
    """The rules that need only this document (the graph kinds come later)."""
    ctx = Context(plan=plan, source=source, themes=_themes(packs), lang=lang)
    findings = encoding_findings(plan.path, source, lang)
    findings.extend(_run_rules(ctx, packs, cfg, graph_phase=False))
    findings.sort(key=_order)
    return FileResult(plan.path, plan, source, [p.name for p in packs], findings, ctx.coverage)


def graph_findings(
    plan: Plan,
    source: Source | None,
    pack_names: list[str],
    graph,
    packs: list[RulePack],
    cfg: Config,
    lang: str,
    folded: Folded | None = None,
) -> tuple[list[Finding], list[Coverage]]:
    """The graph kinds' findings (and inherited coverage) for one document.
    ``folded``: its folded text, when the local checks' fold was kept."""
    chosen = [p for p in packs if p.name in pack_names]
    if not any(r.kind in GRAPH_KINDS for p in chosen for r in p.rules):
        return [], []
    if source is None:
        try:
            source = read_source(plan.path)
        except IngestError as exc:
            return [special_finding(plan.path, "unreadable", exc.render(lang).split(": ", 1)[1])], []
    if folded is not None and folded.original_length == len(source.text):  # the same text as then
        source.remember("folded", folded)
    ctx = Context(plan=plan, source=source, themes=_themes(chosen), lang=lang, graph=graph)
    return _run_rules(ctx, chosen, cfg, graph_phase=True), ctx.coverage


def merge(result: FileResult, findings: list[Finding], coverage: list[Coverage]) -> None:
    if not findings and not coverage:
        return
    old_findings, old_coverage = result.contents()
    result.replace_contents(sorted([*old_findings, *findings], key=_order), [*old_coverage, *coverage])


def _order(f: Finding) -> tuple:
    return (f.line, f.column, f.rule)


def load_file(path: str, lang: str) -> tuple[Plan | None, Source | None, Finding | None]:
    """Read and parse one file; a failure becomes an ``unreadable`` finding."""
    try:
        source = read_source(path)
    except IngestError as exc:
        return None, None, special_finding(path, "unreadable", exc.render(lang).split(": ", 1)[1])
    except (OverBudget, MemoryError) as exc:
        return None, None, budget_finding(path, exc, lang)
    try:
        return parse(source), source, None
    except (OverBudget, MemoryError) as exc:
        return None, source, budget_finding(path, exc, lang)
    except Exception as exc:
        return None, source, special_finding(path, "unreadable", f"{type(exc).__name__}: {exc}")


def check_file(path: str, packs: list[RulePack], explicit: bool, cfg: Config, lang: str) -> FileResult:
    """One document's local checks (no graph): used by tests and by check_paths."""
    plan, source, error = load_file(path, lang)
    if plan is None:
        return FileResult(path, None, source, [], [error])
    return check_plan(plan, source, select_packs(packs, plan, explicit), cfg, lang)
