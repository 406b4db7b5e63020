"""consistent_citation — one document cited with two numbers or two dates.

Two citations are taken for the same document when they have the same type,
the same date, compatible issuers ("UBND xã" and "UBND xã Chiềng Sơn") and the
same subject ("ban hành Kế hoạch cải cách hành chính xã Chiềng Sơn năm 2020"),
yet different numbers — or the same number and symbol with different dates.
Seed 003 cites its CCHC decision as 05/QĐ-UBND and later as 03/QĐ-UBND.

Options:
  subject_threshold: 0-100   how alike the subjects must be (default 80)

Each document is reported once, however often it is cited: its first
citation against the first that disagrees with it.  Citations are grouped
by number, and by type, symbol and date, so a plan citing three hundred
decisions of one day costs a few hundred comparisons, not every pair.

Pass:  "Quyết định số 05/QĐ-UBND ngày 02/01/2020 ..." cited twice alike.
Fail:  the same decision cited as 05/QĐ-UBND and as 03/QĐ-UBND, same date.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from plancheck.checks.base import Context, Hit
from plancheck.model import Citation
from plancheck.validation.constraints import STRICT, in_range
from plancheck.vietnamese import fold_plain


@dataclass
class Options:
    __pydantic_config__ = STRICT
    subject_threshold: int = 80

    def __post_init__(self) -> None:
        in_range(self, "subject_threshold", 50, 100)


_SUBJECT_END = re.compile(r"[;\n]|\.\s|,\s*(?:Quyết định|Kế hoạch|Nghị quyết|Chỉ thị)")


def _subject(ctx: Context, c: Citation) -> str:
    rest = ctx.source.text[c.span.end : c.span.end + 160]
    m = _SUBJECT_END.search(rest)
    rest = rest[: m.start()] if m else rest
    return re.sub(r"^(ve viec|ve|ban hanh|phe duyet)\s+", "", fold_plain(rest).strip(" ,"))


def _issuers_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    fa, fb = fold_plain(a).replace("uy ban nhan dan", "ubnd"), fold_plain(b).replace("uy ban nhan dan", "ubnd")
    return fa == fb or fa.startswith(fb) or fb.startswith(fa)


MAX_COMPARED = 200  # documents of one day and symbol compared by their subjects; past it, equal subjects only


def _hit(ctx: Context, a: Citation, b: Citation, what: str) -> Hit:
    params = {
        "first": f"{a.number} ngày {a.date:%d/%m/%Y}" if a.date else a.number,
        "second": f"{b.number} ngày {b.date:%d/%m/%Y}" if b.date else b.number,
        "first_line": a.line,
        "second_line": b.line,
        "what": {"vi": {"number": "số", "date": "ngày ban hành"}, "en": {"number": "number", "date": "date"}}.get(
            ctx.lang, {}
        ).get(what, what),
    }
    related = [{"path": ctx.plan.path, "line": a.line, "message": a.text}]
    return Hit(b.span.start, b.span.end, params=params, related=related)


def _two_dates(ctx: Context, cites: list[Citation]) -> list[Hit]:
    """One number and symbol cited with two dates: once per number."""
    by_number: dict[tuple, list[Citation]] = defaultdict(list)
    for c in cites:
        if c.date:
            by_number[(c.doc_type, c.number)].append(c)
    hits = []
    for group in by_number.values():
        first = group[0]
        other = next(
            (c for c in group[1:] if c.date != first.date and _issuers_compatible(first.issuer, c.issuer)), None
        )
        if other is not None:
            hits.append(_hit(ctx, first, other, "date"))
    return hits


@dataclass
class _Document:
    """Citations taken for one document: the first, its subject, its numbers."""

    first: Citation
    subject: str
    numbers: set
    reported: bool = False


def _two_numbers(ctx: Context, cites: list[Citation], threshold: int) -> list[Hit]:
    """One document (type, symbol, date, issuer, subject) cited with two numbers: once per document."""
    buckets: dict[tuple, list[Citation]] = defaultdict(list)
    for c in cites:
        if c.date:
            buckets[(c.doc_type, c.symbol, c.date)].append(c)
    hits = []
    for bucket in buckets.values():
        if len({c.number for c in bucket}) < 2:
            continue
        documents: list[_Document] = []
        by_subject: dict[str, _Document] = {}
        for c in bucket:
            subject = _subject(ctx, c)
            if not subject:
                continue
            doc = by_subject.get(subject)
            if doc is None or not _issuers_compatible(doc.first.issuer, c.issuer):
                doc = next(
                    (
                        d
                        for d in documents[:MAX_COMPARED]
                        if _issuers_compatible(d.first.issuer, c.issuer)
                        and fuzz.token_set_ratio(d.subject, subject) >= threshold
                    ),
                    None,
                )
            if doc is None:
                doc = _Document(c, subject, {c.number})
                documents.append(doc)
                by_subject.setdefault(subject, doc)
                continue
            if c.number not in doc.numbers and not doc.reported:
                hits.append(_hit(ctx, doc.first, c, "number"))
                doc.reported = True
            doc.numbers.add(c.number)
    return hits


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    cites = [c for c in ctx.plan.citations if c.symbol]
    return _two_dates(ctx, cites) + _two_numbers(ctx, cites, opts.subject_threshold)
