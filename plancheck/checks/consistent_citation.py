"""consistent_citation — one document cited with two numbers or two dates.

Two citations are taken for the same document when they have the same type,
the same date, compatible issuers ("UBND xã" and "UBND xã Chiềng Sơn") and the
same subject ("ban hành Kế hoạch cải cách hành chính xã Chiềng Sơn năm 2020"),
yet different numbers — or the same number and symbol with different dates.
Seed 003 cites its CCHC decision as 05/QĐ-UBND and later as 03/QĐ-UBND.

Options:
  subject_threshold: 0-100   how alike the subjects must be (default 80)

Pass:  "Quyết định số 05/QĐ-UBND ngày 02/01/2020 ..." cited twice alike.
Fail:  the same decision cited as 05/QĐ-UBND and as 03/QĐ-UBND, same date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from rapidfuzz import fuzz

from plancheck.checks.base import Context, Hit
from plancheck.constraints import STRICT, in_range
from plancheck.model import Citation
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


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    cites = [c for c in ctx.plan.citations if c.symbol]
    hits: list[Hit] = []
    reported: set[tuple[str, str]] = set()
    for i, a in enumerate(cites):
        for b in cites[i + 1 :]:
            if a.doc_type != b.doc_type or not _issuers_compatible(a.issuer, b.issuer):
                continue
            key = tuple(sorted((a.number, b.number)))
            if key in reported:
                continue
            same_number = a.number == b.number
            if same_number and a.date and b.date and a.date != b.date:
                what = "date"
            elif not same_number and a.date and a.date == b.date and a.symbol == b.symbol:
                sa, sb = _subject(ctx, a), _subject(ctx, b)
                if not sa or not sb or fuzz.token_set_ratio(sa, sb) < opts.subject_threshold:
                    continue
                what = "number"
            else:
                continue
            reported.add(key)
            params = {
                "first": f"{a.number} ngày {a.date:%d/%m/%Y}" if a.date else a.number,
                "second": f"{b.number} ngày {b.date:%d/%m/%Y}" if b.date else b.number,
                "first_line": a.line,
                "second_line": b.line,
                "what": {"vi": {"number": "số", "date": "ngày ban hành"}, "en": {"number": "number", "date": "date"}}
                .get(ctx.lang, {}).get(what, what),
            }
            related = [{"path": ctx.plan.path, "line": a.line, "message": a.text}]
            hits.append(Hit(b.span.start, b.span.end, params=params, related=related))
    return hits
