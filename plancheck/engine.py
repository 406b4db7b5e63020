"""Run rule packs over plans: choose packs, filter rules, make Findings.

One document's failure never stops the run: an unreadable file or a crash
inside a check becomes a finding of kind ``unreadable`` / ``internal`` on that
document, and the other documents are checked as usual.
"""

from __future__ import annotations

import fnmatch
import os
import pickle
from dataclasses import replace

from plancheck import budget
from plancheck.budget import OverBudget
from plancheck.checks import GRAPH_KINDS, KINDS
from plancheck.checks.base import Context, Coverage, Hit, excerpt, fill
from plancheck.checks.pattern import PATTERN_SECONDS, PatternTimeout
from plancheck.config import Config
from plancheck.i18n import message
from plancheck.ingest import IngestError, read_source
from plancheck.ingest.encoding import legacy_name
from plancheck.model import SEVERITIES, SPECIAL_FINDINGS, Finding, Plan, Related, Signature
from plancheck.packs import Rule, RulePack
from plancheck.parse import parse
from plancheck.source import Source
from plancheck.vietnamese import Folded, fold_plain



class FileResult:
    """One document's result: its plan, findings and theme coverage.

    A batch keeps tens of thousands of these until the report is written, so
    ``pack()`` can fold the findings and coverage into one pickled string
    (a few hundred bytes instead of a few kilobytes of objects); reading
    ``findings`` or ``coverage`` unpacks a fresh copy, and assigning them
    replaces the packed form.  Nothing is ever changed in place through them.
    """

    __slots__ = ("path", "plan", "source", "packs", "_findings", "_coverage", "_packed", "_counts")

    def __init__(self, path: str, plan: Plan | None, source: Source | None, packs: list[str],
                 findings: list[Finding], coverage: list[Coverage] | None = None) -> None:
        self.path, self.plan, self.source, self.packs = path, plan, source, packs
        self._findings, self._coverage = findings, list(coverage or [])
        self._packed: bytes | None = None
        self._counts: tuple[int, int, int] | None = None

    def contents(self) -> tuple[list[Finding], list[Coverage]]:
        """(findings, coverage), unpacked once for both."""
        if self._packed is None:
            return self._findings, self._coverage
        return pickle.loads(self._packed)

    def replace_contents(self, findings: list[Finding], coverage: list[Coverage]) -> None:
        """New findings and coverage, kept packed if they were."""
        packed = self._packed is not None
        self._findings, self._coverage, self._packed, self._counts = findings, coverage, None, None
        if packed:
            self.pack()

    def severity_counts(self) -> tuple[int, int, int]:
        """(errors, warnings, infos): kept beside the packed findings, so the
        exit status and the summary of a batch unpack nothing."""
        if self._counts is None:
            self._counts = _severity_counts(self.contents()[0])
        return self._counts

    @property
    def findings(self) -> list[Finding]:
        return self.contents()[0]

    @findings.setter
    def findings(self, value: list[Finding]) -> None:
        self.replace_contents(value, self.contents()[1])

    @property
    def coverage(self) -> list[Coverage]:
        return self.contents()[1]

    @coverage.setter
    def coverage(self, value: list[Coverage]) -> None:
        self.replace_contents(self.contents()[0], value)

    def copy_with(self, plan: Plan | None) -> FileResult:
        """This result with another plan and no Source, sharing the packed
        findings (nothing to unpack and pack again for the cache)."""
        other = FileResult(self.path, plan, None, list(self.packs), self._findings, self._coverage)
        other._packed, other._counts = self._packed, self._counts
        return other.pack()

    def packed_state(self) -> tuple[bytes, tuple[int, int, int]]:
        """(packed findings and coverage, severity counts): what another
        process needs to give its copy of this result the same contents."""
        self.pack()
        return self._packed, self._counts

    def set_packed(self, packed: bytes, counts: tuple[int, int, int]) -> None:
        self._findings = self._coverage = None
        self._packed, self._counts = packed, counts

    def pack(self) -> FileResult:
        if self._packed is None:
            self._counts = _severity_counts(self._findings)
            self._packed = pickle.dumps((self._findings, self._coverage), protocol=pickle.HIGHEST_PROTOCOL)
            self._findings = self._coverage = None
        return self

    def __getstate__(self):
        return (self.path, self.plan, self.source, self.packs, self._findings, self._coverage, self._packed,
                self._counts)

    def __setstate__(self, state) -> None:
        (self.path, self.plan, self.source, self.packs, self._findings, self._coverage, self._packed,
         self._counts) = state




def _severity_counts(findings: list[Finding]) -> tuple[int, int, int]:
    severities = [f.severity for f in findings]
    errors, warnings, infos = (severities.count(s) for s in SEVERITIES)
    return errors, warnings, infos


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
    """A selector names a rule by id or id prefix (any case), kind or pack."""
    low = code.lower()
    return rule.id.startswith(code.upper()) or low == rule.kind or low == rule.pack


def rule_enabled(rule: Rule, cfg: Config, path: str) -> bool:
    if cfg.select and not any(_matches(c, rule) for c in cfg.select):
        return False
    if any(_matches(c, rule) for c in cfg.ignore):
        return False
    if not cfg.per_path_ignores:
        return True
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(cfg.root))
    for glob, codes in cfg.per_path_ignores.items():
        if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(path, glob):
            if any(_matches(c, rule) for c in codes):
                return False
    return True


# Kinds that judge a document's exact characters (a digit of a number, a
# date's leading zero, a misspelt or doubled word): on OCR text they give a
# hint at most, and nothing where a word was read with low confidence — a
# misread character must not become an error the author never made.  Every
# other finding on OCR text is a warning at most: a misread heading or
# citation can look like a missing one.
EXACT_TEXT_KINDS = frozenset({"format", "pattern", "consistent_citation", "year_consistency", "citation_mismatch",
                              "duplicate_number", "date_order"})


def finding_from_hit(rule: Rule, hit: Hit, ctx: Context, cfg: Config) -> Finding | None:
    """The finding of one hit, located in the file; None for a hit that
    stands only on a word OCR was unsure of (see EXACT_TEXT_KINDS)."""
    source = ctx.source
    start, end = (hit.start, hit.end) if hit.start is not None else ctx.header_anchor()
    end = end if end is not None else start
    line, col = source.locate(start)
    end_line, end_col = source.locate(max(start, end - 1))
    severity = hit.severity or cfg.severity.get(rule.id, rule.severity)  # config keys are upper-cased
    text = fill(rule.message.in_lang(ctx.lang), hit.params)
    page = page_line = ocr = paragraph = cell = None
    if source.format == "docx":
        origin = source.origin_of(start)
        if origin is not None and origin.paragraph is not None:
            paragraph, cell = origin.paragraph + 1, origin.cell
    elif source.format in ("pdf", "image"):
        page, page_line = source.page_line(start)
        if source.on_ocr_page(start):
            ocr = True
            if rule.kind in EXACT_TEXT_KINDS:
                if source.unsure(start, end):
                    return None
                severity = "info"
            elif severity == "error":  # a misread heading or number can look like a missing one
                severity = "warning"
            text += message("ocr_note", ctx.lang, page=page)
    return Finding(
        rule=rule.id,
        kind=rule.kind,
        severity=severity,
        message=text,
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
        page=page,
        page_line=page_line,
        ocr=ocr,
        paragraph=paragraph,
        table=cell[0] if cell else None,
        row=cell[1] if cell else None,
        cell=cell[2] if cell else None,
        start=start,
        end=end,
    )


def special_finding(path: str, kind: str, text: str, severity: str = "error", line: int = 1) -> Finding:
    return Finding(rule=SPECIAL_FINDINGS[kind][0], kind=kind, severity=severity, message=text, path=path, line=line, column=1)


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
                findings.append(special_finding(plan.path, "internal", message(
                    "pattern_timeout", ctx.lang, rule=rule.id, pattern=exc.pattern, seconds=PATTERN_SECONDS,
                    pack=rule.pack)))
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


def encoding_findings(path: str, source: Source, lang: str) -> list[Finding]:
    """What reading the file had to guess or repair (PC002): a legacy
    encoding, invalid UTF-8 bytes replaced, UTF-8 mixed with a legacy encoding."""
    out = []
    mixed = False
    for note in source.notes:
        kind, _, rest = note.partition(":")
        if kind == "invalid-utf8":
            count, _, offsets = rest.partition(":")
            out.append(special_finding(path, "encoding", message("invalid_utf8", lang, count=count, offsets=offsets),
                                       "warning"))
        elif kind == "pdf-warnings":
            count, _, first = rest.partition(":")
            out.append(special_finding(path, "damaged", message("pdf_warnings", lang, count=count, first=first), "info"))
        elif kind == "ocr-missing":
            _, _, pages = rest.partition(":")
            out.append(special_finding(path, "unreadable", message("ocr_pages_missing", lang, pages=pages), "warning"))
        elif kind == "ocr":
            pages, _, conf = rest.partition(":")
            out.append(special_finding(path, "ocr", message("ocr_read", lang, pages=pages, conf=conf), "info"))
        elif kind == "mixed-encoding":
            mixed = True
            out.append(special_finding(path, "encoding", message("mixed_encoding", lang, encoding=legacy_name(rest)),
                                       "warning"))
    if source.encoding and legacy_name(source.encoding) and not mixed:
        out.append(special_finding(path, "encoding", message("legacy_encoding", lang,
                                                             encoding=legacy_name(source.encoding)), "warning"))
    return out


def check_plan(plan: Plan, source: Source, packs: list[RulePack], cfg: Config, lang: str) -> FileResult:
    """The rules that need only this document (the graph kinds come later)."""
    ctx = Context(plan=plan, source=source, themes=_themes(packs), lang=lang)
    findings = encoding_findings(plan.path, source, lang)
    findings.extend(_run_rules(ctx, packs, cfg, graph_phase=False))
    findings.sort(key=_order)
    return FileResult(plan.path, plan, source, [p.name for p in packs], findings, ctx.coverage)


def graph_findings(plan: Plan, source: Source | None, pack_names: list[str], graph, packs: list[RulePack],
                   cfg: Config, lang: str, folded: Folded | None = None) -> tuple[list[Finding], list[Coverage]]:
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


def budget_finding(path: str, exc: BaseException, lang: str) -> Finding:
    """The finding of a document over its budget: which limit, and how to raise it."""
    if isinstance(exc, budget.OverBudget):
        text = message(f"over_budget_{exc.limit}", lang, value=exc.value)
    else:  # MemoryError: the address-space limit of plancheck.budget.memory_limit
        text = message("over_budget_memory_mb", lang, value=budget.current().memory_mb)
    return special_finding(path, "unreadable", text)


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


_NO_SIGNATURE = Signature()


def slim(result: FileResult, keep_source: bool = False) -> FileResult:
    """What later stages need of a checked document, and no more.

    The graph phase and the reports need the header fields, the citations,
    content items, reporting duties and the top-level sections; the bullet
    sections, assignments, recipients and signature were for the local rules
    only.  Dropping them (and the Source, re-read when the graph rules need
    it) cuts the memory of a 50,000-document run by an order of magnitude.
    """
    plan = result.plan
    if plan is not None:
        result.plan = replace(plan, sections=[replace(s, children=[]) for s in plan.sections],
                              assignments=[], recipients=[], references=[], signature=_NO_SIGNATURE)
    if not keep_source:
        result.source = None
        result.pack()  # a batch: findings stay packed until the report is written
    elif result.source is not None:
        result.source._memo.clear()  # derived texts: cheaper to remake than to ship between processes
    return result
