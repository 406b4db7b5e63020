"""`plancheck derive PARENT`: a rule pack for the children of one plan.

A district office that has just issued its plan wants every commune plan
under it checked against *that* plan: cite it by number, carry each content
item it enumerates, report at the periods it sets.  This turns the parent's
parsed Plan into such a pack (YAML, data only), with pass/fail examples built
from the parent's own words so `plancheck test-rules` proves each rule live.
"""

from __future__ import annotations

import yaml

from plancheck.checks.inherited_theme import phrases_for
from plancheck.checks.reporting_cadence import PERIOD_WORDS
from plancheck.model import Plan
from plancheck.vietnamese import fold_plain

CHILD_LEVEL = {"central": "province", "province": "district", "district": "commune"}
NAMED_PERIODS = ("monthly", "quarterly", "semiannual", "annual")


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in fold_plain(text)).split())


def _doc(parent: Plan, body: str) -> str:
    cite = f"Căn cứ Kế hoạch số {parent.number} của {parent.issuer or 'cấp trên'};" if parent.number else ""
    return f"KẾ HOẠCH\nThực hiện kế hoạch của cấp trên\n\n{cite}\n\n{body}\n"


def derive_pack(parent: Plan) -> dict:
    """The pack as plain data (dump it with :func:`dump_pack`)."""
    who = parent.issuer or "cấp trên"
    ref = " ".join(
        p
        for p in (
            parent.doc_type or "",
            parent.number or "",
            parent.date.strftime("%d/%m/%Y") if parent.date else "",
            who,
        )
        if p
    )
    name = "derived-" + _slug(f"{parent.number or 'plan'} {parent.year or ''}")
    child = CHILD_LEVEL.get(parent.level or "")
    pack: dict = {
        "pack": name,
        "title": {
            "vi": f"Yêu cầu của {ref} đối với kế hoạch cấp dưới",
            "en": f"What {ref} requires of the plans below it",
        },
        "applies_to": {"kind": ["document"], "doc_type": ["KH", "CTr", "ĐA", "PA"]},
        "themes": {},
        "rules": [],
    }
    if child:
        pack["applies_to"]["level"] = [child] + (
            ["commune"] if child == "district" and parent.level == "province" else []
        )
    serial = 100
    if parent.number:
        serial += 1
        pack["rules"].append(
            {
                "id": f"DP{serial}",
                "kind": "parent_citation",
                "number": parent.number,
                "year": parent.year,
                "severity": "error",
                "title": {"vi": "Căn cứ kế hoạch cấp trên", "en": "Cites the parent plan"},
                "message": {
                    "vi": f"Kế hoạch không căn cứ {ref} (văn bản đã viện dẫn: {{cited}})",
                    "en": f"The plan does not cite {ref} (it cites: {{cited}})",
                },
                "reference": ref,
                "examples": {
                    "pass": [_doc(parent, "I. MỤC ĐÍCH")],
                    "fail": ["KẾ HOẠCH\nThực hiện kế hoạch của cấp trên\n\nI. MỤC ĐÍCH\n"],
                },
            }
        )
    for i, item in enumerate(parent.content_items, start=1):
        theme = f"item-{i}"
        pack["themes"][theme] = {
            "label": {"vi": item.text, "en": item.text},
            "any": [*phrases_for(item.text), *item.keys],
        }
        serial += 1
        pack["rules"].append(
            {
                "id": f"DP{serial}",
                "kind": "mandatory_theme",
                "theme": theme,
                "threshold": 88,
                "severity": "error",
                "title": {"vi": f"Nội dung: {item.text}", "en": f"Content item: {item.text}"},
                "message": {
                    "vi": f'Thiếu nội dung "{item.text}" mà {ref} yêu cầu (dòng {item.line})',
                    "en": f'Missing the content item "{item.text}" that {ref} requires (line {item.line})',
                },
                "reference": f"{ref}, dòng {item.line}",
                "examples": {
                    "pass": [_doc(parent, f"II. NỘI DUNG\n\n1. {item.text}.")],
                    "fail": [_doc(parent, "II. NỘI DUNG\n\n1. Công tác khác của địa phương.")],
                },
            }
        )
    duties = [r for r in parent.reporting if r.audience == child] or [r for r in parent.reporting if r.periods]
    periods = [p for p in NAMED_PERIODS if any(p in r.periods for r in duties)]
    if periods:
        words = PERIOD_WORDS["vi"]
        serial += 1
        pack["rules"].append(
            {
                "id": f"DP{serial}",
                "kind": "reporting_cadence",
                "require": periods,
                "severity": "warning",
                "title": {"vi": "Chế độ báo cáo cấp trên giao", "en": "Reporting set by the parent"},
                "message": {
                    "vi": f"Chưa quy định báo cáo {{missing}} như {ref} yêu cầu",
                    "en": f"No {{missing}} reporting, which {ref} requires",
                },
                "reference": f"{ref}, dòng {duties[0].line}",
                "examples": {
                    "pass": [
                        _doc(
                            parent,
                            "IV. TỔ CHỨC THỰC HIỆN\n\nĐịnh kỳ "
                            + ", ".join(words[p] for p in periods)
                            + " báo cáo kết quả thực hiện về cấp trên.",
                        )
                    ],
                    "fail": [_doc(parent, "IV. TỔ CHỨC THỰC HIỆN\n\nCác bộ phận triển khai thực hiện kế hoạch.")],
                },
            }
        )
    return pack


def dump_pack(pack: dict) -> str:
    header = "# Derived by `plancheck derive` from the parent plan; edit freely.\n"
    return header + yaml.safe_dump(pack, allow_unicode=True, sort_keys=False, width=110)
