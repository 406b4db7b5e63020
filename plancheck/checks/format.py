"""format — Nghị định 30/2020/NĐ-CP presentation checks, one aspect per rule.

aspect: number      "Số:" is present, its số/ký hiệu well formed ("16/KH-UBND":
                    no spaces, an ASCII hyphen) and its type abbreviation
                    matches the document type (a Kế hoạch is KH).
aspect: date        "<địa danh>, ngày .. tháng .. năm ...." is present; days
                    below 10 and months 1 and 2 take a leading zero; a zero
                    before months 3-12 ("tháng 03") is a warning-level slip.
aspect: signature   an authority (TM. / KT. / Q. / TL. / TUQ.) followed by
                    the signer's title and name.
aspect: recipients  a "Nơi nhận:" list whose last item is "Lưu: VT, ...".

A text that carries no header at all — a plan posted on a portal under a
narrative lead or a run-on title, or its body alone — is not judged on its
number and date line: they are missing from the copy, not from the
document.  A text that opens with its own type heading («KẾ HOẠCH» on a
line of its own) is a document's first page, and is judged.  Nor is a
regulation or plan issued with a decision («Ban hành kèm theo Quyết định
số 59/QĐ-UBND ngày …» under its title): the decision carries them.

Options:
  aspect: number | date | signature | recipients   (required)

Pass:  "Số: 16/KH-UBND" / "Thác Mơ, ngày 20 tháng 3 năm 2024".
Fail:  "Số: 16/KH- UBND" / "Thác Mơ, ngày 5 tháng 3 năm 2024".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from plancheck.checks.base import Context, Hit
from plancheck.i18n.reports import FORMAT_PROBLEMS as PROBLEMS
from plancheck.i18n.reports import SIGNATURE_PARTS as _PARTS
from plancheck.parse.doctypes import ABBREVIATIONS
from plancheck.validation.constraints import STRICT

_DAY_MONTH = re.compile(r"ngày\s+(?P<d>[\d.…]+)\s+tháng\s+(?P<m>[\d.…]+)\s+năm", re.IGNORECASE)
# The legislature's symbols carry its term ("653/2019/UBTVQH14", "31/2024/QH15").
_WELL_FORMED = re.compile(r"^(\d+|)(/\d{4})?[/-][A-Za-zĐđ]+\d{0,3}([-/][A-ZĐ][A-Za-zĐđ0-9&]*)*$")


@dataclass
class Options:
    __pydantic_config__ = STRICT
    aspect: Literal["number", "date", "signature", "recipients"]


def _number(ctx: Context) -> list[Hit]:
    plan, h = ctx.plan, ctx.plan.header
    if h.number_line is None:
        a, b = ctx.header_anchor()
        body = "UBND" if signature_for(plan.issuer) == _SIGNATURE_UBND else "..."
        return [
            Hit(a, b, params={"problem": "missing", "found": ""}, suggestion=f"Số: .../{plan.doc_type or 'KH'}-{body}")
        ]
    raw = h.number_text or ""
    written = re.sub(r"^(?:Số|SỐ)\s*:\s*", "", raw).strip()
    hits: list[Hit] = []
    span = h.number_line
    if plan.symbol and not _WELL_FORMED.match(written):
        fixed = (plan.number or "") if plan.number else written
        hits.append(Hit(span.start, span.end, params={"problem": "malformed", "found": written}, suggestion=fixed))
    type_in_symbol = re.split(r"[-/]", plan.symbol or "")[0] if plan.symbol else None
    heading_type = _heading_type(ctx)
    # a symbol that opens with its issuer, not a type ("UBTVQH14", a công văn's "UBND-VP"), names no type to compare
    if (
        type_in_symbol
        and heading_type
        and type_in_symbol.upper() in ABBREVIATIONS
        and type_in_symbol.upper() != heading_type.upper()
    ):
        hits.append(
            Hit(span.start, span.end, params={"problem": "type", "found": type_in_symbol, "expected": heading_type})
        )
    return hits


def _heading_type(ctx: Context) -> str | None:
    from plancheck.parse.header import type_of_heading

    h = ctx.plan.header
    if h.doc_type_line is None:
        return None
    return type_of_heading(ctx.source.text[h.doc_type_line.start : h.doc_type_line.end])


def _date(ctx: Context) -> list[Hit]:
    h = ctx.plan.header
    if h.date_line is None:
        a, b = ctx.header_anchor()
        place = {"en": "<place>"}.get(ctx.lang, "<Địa danh>")
        return [Hit(a, b, params={"problem": "missing", "found": ""}, suggestion=f"{place}, ngày .. tháng .. năm ....")]
    text = ctx.source.text[h.date_line.start : h.date_line.end]
    m = _DAY_MONTH.search(text)
    if not m or not m.group("d").isdigit() or not m.group("m").isdigit():
        return []
    day, month = m.group("d"), m.group("m")
    d, mo = int(day), int(month)
    start = h.date_line.start + m.start()
    end = h.date_line.start + m.end()
    good_day = f"{d:02d}" if d < 10 else str(d)
    good_month = f"{mo:02d}" if mo < 3 else str(mo)
    if (day, month) == (good_day, good_month):
        return []
    suggestion = f"ngày {good_day} tháng {good_month} năm"
    return [Hit(start, end, params={"problem": "zero", "found": m.group(0)}, suggestion=suggestion)]


# The signature block Decree 30 (Phụ lục I) gives each kind of issuer: a
# ministry is not signed «TM. ỦY BAN NHÂN DÂN».
_SIGNATURES = (
    ("hội đồng nhân dân", "TM. HỘI ĐỒNG NHÂN DÂN / CHỦ TỊCH"),
    ("hđnd", "TM. HỘI ĐỒNG NHÂN DÂN / CHỦ TỊCH"),
    ("văn phòng", "CHÁNH VĂN PHÒNG"),
    ("ban chỉ đạo", "TRƯỞNG BAN"),
    ("thủ tướng", "THỦ TƯỚNG"),
    ("chính phủ", "TM. CHÍNH PHỦ / THỦ TƯỚNG"),
    ("bộ ", "BỘ TRƯỞNG"),
    ("sở ", "GIÁM ĐỐC"),
    ("tỉnh ủy", "T/M BAN THƯỜNG VỤ / BÍ THƯ"),
    ("huyện ủy", "T/M BAN THƯỜNG VỤ / BÍ THƯ"),
    ("thành ủy", "T/M BAN THƯỜNG VỤ / BÍ THƯ"),
    ("đảng ủy", "T/M ĐẢNG ỦY / BÍ THƯ"),
)
_SIGNATURE_UBND = "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
_NAME_HOLDER = {"vi": "<họ và tên>", "en": "<full name>"}


def signature_for(issuer: str | None) -> str:
    """The signature block that fits the issuer (UBND's when it is not known)."""
    low = (issuer or "").lower().replace("uỷ", "ủy") + " "
    return next((block for head, block in _SIGNATURES if low.startswith(head)), _SIGNATURE_UBND)


def _signature(ctx: Context) -> list[Hit]:
    sig = ctx.plan.signature
    missing = [k for k, v in (("authority", sig.authority), ("title", sig.title), ("name", sig.name)) if not v]
    if not missing:
        return []
    if sig.line:
        start = ctx.source.line_starts[sig.line - 1]
        end = start + len(ctx.source.line_text(sig.line - 1))
    else:
        start = max(0, len(ctx.source.text.rstrip()) - 1)
        end = len(ctx.source.text.rstrip())
    parts = _PARTS.get(ctx.lang, _PARTS["vi"])
    suggestion = f"{signature_for(ctx.plan.issuer)} / {_NAME_HOLDER.get(ctx.lang, _NAME_HOLDER['vi'])}"
    return [
        Hit(
            start,
            end,
            params={"problem": "missing", "found": ", ".join(parts[k] for k in missing)},
            suggestion=suggestion,
        )
    ]


def _recipients(ctx: Context) -> list[Hit]:
    recipients = ctx.plan.recipients
    if not recipients:
        start = max(0, len(ctx.source.text.rstrip()) - 1)
        return [
            Hit(start, start + 1, params={"problem": "missing", "found": ""}, suggestion="Nơi nhận: ... - Lưu: VT.")
        ]
    last = recipients[-1]
    if re.match(r"^Lưu\s*(?::\s*)?VT", last.text, re.IGNORECASE):
        return []
    start = ctx.source.line_starts[last.line - 1]
    end = start + len(ctx.source.line_text(last.line - 1))
    return [Hit(start, end, params={"problem": "last", "found": last.text}, suggestion="- Lưu: VT, ...")]


ASPECTS = {"number": _number, "date": _date, "signature": _signature, "recipients": _recipients}


def check(ctx: Context, rule) -> list[Hit]:
    if ctx.plan.kind != "document":
        return []
    if rule.options.aspect in ("number", "date") and (not ctx.plan.header.formal or ctx.plan.header.issued_with):
        return []  # no header, or a regulation issued with a decision: the decision carries number and date
    hits = ASPECTS[rule.options.aspect](ctx)
    words = PROBLEMS.get(ctx.lang, PROBLEMS["vi"])
    for h in hits:
        h.params["problem"] = words.get(str(h.params.get("problem")), h.params.get("problem"))
    return hits
