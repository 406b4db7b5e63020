"""Run rule packs over plans: choose packs, filter rules, make Findings.

One document's failure never stops the run: an unreadable file or a crash
inside a check becomes a finding of kind ``unreadable`` / ``internal`` on that
document, and the other documents are checked as usual.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field

from plancheck.checks import GRAPH_KINDS, KINDS
from plancheck.checks.base import Context, Coverage, Hit, excerpt, fill
from plancheck.config import Config
from plancheck.i18n import message, pick
from plancheck.ingest import IngestError, read_source
from plancheck.ingest.encoding import legacy_name
from plancheck.model import Finding, Plan, Related
from plancheck.packs import Rule, RulePack
from plancheck.parse import parse
from plancheck.source import Source
from plancheck.vietnamese import fold_plain

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass
class FileResult:
    path: str
    plan: Plan | None
    source: Source | None
    packs: list[str]
    findings: list[Finding]
    coverage: list[Coverage] = field(default_factory=list)


def pack_applies(pack: RulePack, plan: Plan) -> bool:
    at = pack.applies_to
    if plan.kind not in at.kind:
        return False
    if at.doc_type and plan.doc_type not in at.doc_type:
        return False
    if at.level and plan.level not in at.level:
        return False
    title = fold_plain(plan.title or "")
    if at.title_any and not any(fold_plain(w) in title for w in at.title_any):
        return False
    if at.title_all and not all(fold_plain(w) in title for w in at.title_all):
        return False
    return True


def select_packs(packs: list[RulePack], plan: Plan, explicit: bool) -> list[RulePack]:
    """The packs (with their parents) that apply to a plan, without repeats."""
    chosen = packs if explicit else [p for p in packs if pack_applies(p, plan)]
    out: list[RulePack] = []
    for pack in chosen:
        for p in pack.chain():
            if p.name not in [o.name for o in out]:
                out.append(p)
    return out


def rule_applies(rule: Rule, plan: Plan) -> bool:
    w = rule.when
    if w is None:
        return True
    if w.level is not None and plan.level not in w.level:
        return False
    if w.doc_type is not None and plan.doc_type not in w.doc_type:
        return False
    if w.year_from is not None and (plan.year is None or plan.year < w.year_from):
        return False
    if w.year_to is not None and (plan.year is None or plan.year > w.year_to):
        return False
    return True


def _matches(code: str, rule: Rule) -> bool:
    return rule.id.startswith(code) or code == rule.kind or code == rule.pack


def rule_enabled(rule: Rule, cfg: Config, path: str) -> bool:
    if cfg.select and not any(_matches(c, rule) for c in cfg.select):
        return False
    if any(_matches(c, rule) for c in cfg.ignore):
        return False
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(cfg.root))
    for glob, codes in cfg.per_path_ignores.items():
        if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(path, glob):
            if any(_matches(c, rule) for c in codes):
                return False
    return True


def finding_from_hit(rule: Rule, hit: Hit, ctx: Context, cfg: Config) -> Finding:
    source = ctx.source
    start, end = (hit.start, hit.end) if hit.start is not None else ctx.header_anchor()
    end = end if end is not None else start
    line, col = source.locate(start)
    end_line, end_col = source.locate(max(start, end - 1))
    return Finding(
        rule=rule.id,
        kind=rule.kind,
        severity=hit.severity or cfg.severity.get(rule.id, rule.severity),
        message=fill(pick(rule.message.model_dump(), ctx.lang), hit.params),
        path=ctx.plan.path,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col + (1 if end > start else 0),
        excerpt=excerpt(source, start, end) if end > start else None,
        suggestion=hit.suggestion,
        reference=rule.reference,
        score=hit.score,
        related=[Related(**r) for r in hit.related],
        start=start,
        end=end,
    )


def _special(path: str, kind: str, text: str, severity: str = "error", line: int = 1) -> Finding:
    codes = {"unreadable": "PC001", "encoding": "PC002", "internal": "PC003"}
    return Finding(rule=codes[kind], kind=kind, severity=severity, message=text, path=path, line=line, column=1)


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
            except Exception as exc:  # a check bug must not hide the other findings
                findings.append(_special(plan.path, "internal", f"{rule.id}: {type(exc).__name__}: {exc}"))
                continue
            findings.extend(finding_from_hit(rule, h, ctx, cfg) for h in hits)
    return findings


def _themes(packs: list[RulePack]) -> dict:
    themes: dict = {}
    for pack in packs:
        themes.update(pack.all_themes())
    return themes


def check_plan(plan: Plan, source: Source, packs: list[RulePack], cfg: Config, lang: str) -> FileResult:
    """The rules that need only this document (the graph kinds come later)."""
    ctx = Context(plan=plan, source=source, themes=_themes(packs), lang=lang)
    findings: list[Finding] = []
    if source.encoding and legacy_name(source.encoding):
        findings.append(
            _special(plan.path, "encoding", message("legacy_encoding", lang, encoding=legacy_name(source.encoding)), "warning")
        )
    findings.extend(_run_rules(ctx, packs, cfg, graph_phase=False))
    findings.sort(key=_order)
    return FileResult(plan.path, plan, source, [p.name for p in packs], findings, ctx.coverage)


def check_graph(result: FileResult, graph, packs: list[RulePack], cfg: Config, lang: str) -> None:
    """Add the graph kinds' findings (and inherited coverage) to a result."""
    if result.plan is None or result.source is None:
        return
    chosen = [p for p in packs if p.name in result.packs]
    ctx = Context(plan=result.plan, source=result.source, themes=_themes(chosen), lang=lang, graph=graph)
    result.findings.extend(_run_rules(ctx, chosen, cfg, graph_phase=True))
    result.findings.sort(key=_order)
    result.coverage.extend(ctx.coverage)


def _order(f: Finding) -> tuple:
    return (f.line, f.column, f.rule)


def load_file(path: str, lang: str) -> tuple[Plan | None, Source | None, Finding | None]:
    """Read and parse one file; a failure becomes an ``unreadable`` finding."""
    try:
        source = read_source(path)
    except IngestError as exc:
        return None, None, _special(path, "unreadable", exc.render(lang).split(": ", 1)[1])
    try:
        return parse(source), source, None
    except Exception as exc:
        return None, source, _special(path, "unreadable", f"{type(exc).__name__}: {exc}")


def check_file(path: str, packs: list[RulePack], explicit: bool, cfg: Config, lang: str) -> FileResult:
    """One document's local checks (no graph): used by tests and by check_paths."""
    plan, source, error = load_file(path, lang)
    if plan is None:
        return FileResult(path, None, source, [], [error])
    return check_plan(plan, source, select_packs(packs, plan, explicit), cfg, lang)


@dataclass
class Run:
    """What one ``plancheck check`` produced: reported results, context, graph."""

    results: list[FileResult]
    context: list[FileResult]
    graph: object


_WORKER: dict = {}


def _init_worker(packs: list[RulePack], explicit: bool, cfg: Config, lang: str) -> None:
    _WORKER.update(packs=packs, explicit=explicit, cfg=cfg, lang=lang)


def _check_in_worker(path: str) -> FileResult:
    w = _WORKER
    try:
        return check_file(path, w["packs"], w["explicit"], w["cfg"], w["lang"])
    except Exception as exc:  # never lose the run to one document
        return FileResult(path, None, None, [], [_special(path, "internal", f"{type(exc).__name__}: {exc}")])


def _load_in_worker(path: str) -> FileResult:
    plan, source, _ = load_file(path, _WORKER["lang"])
    return FileResult(path, plan, source, [], [])


def _map(func, paths: list[str], jobs: int, init_args: tuple, progress) -> list[FileResult]:
    """Run ``func`` over paths, in order, in ``jobs`` processes (1: in this one)."""
    if jobs <= 1 or len(paths) < 8:
        _init_worker(*init_args)
        out = []
        for p in paths:
            out.append(func(p))
            progress(1)
        return out
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(32, len(paths) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=init_args) as pool:
        out = []
        for r in pool.map(func, paths, chunksize=chunk):
            out.append(r)
            progress(1)
        return out


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_paths(files: list[str], corpus: list[str], packs: list[RulePack], explicit: bool,
                cfg: Config, lang: str, jobs: int = 1, progress=None) -> Run:
    """Check ``files`` with ``corpus`` documents as context (read, never reported on).

    Documents are read, parsed and checked in ``jobs`` processes; results come
    back in the order of ``files`` whatever the parallelism, so the output is
    stable.  ``progress(n)`` is called as documents are done (for a bar).
    """
    from plancheck.graph import CitationGraph

    tick = progress or (lambda n: None)
    init = (packs, explicit, cfg, lang)
    results = _map(_check_in_worker, files, jobs, init, tick)
    checked = {os.path.abspath(f) for f in files}
    extra = [f for f in corpus if os.path.abspath(f) not in checked]
    context = _map(_load_in_worker, extra, jobs, init, tick)
    graph = CitationGraph.build(
        [(r.plan, False) for r in results if r.plan] + [(r.plan, True) for r in context if r.plan]
    )
    for r in results:
        check_graph(r, graph, packs, cfg, lang)
    return Run(results, context, graph)


def fails(findings: list[Finding], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    threshold = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[f.severity] >= threshold for f in findings)
