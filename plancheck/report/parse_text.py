"""`plancheck parse --format text`: how plancheck understood a document.

Written for a reviewer: every header field, the section outline, each
citation with its date and issuer, the reporting duties and the signature, in
Vietnamese (or English with ``--lang en``).
"""

from __future__ import annotations

from plancheck.i18n.reports import PARSE_LABELS as LABELS
from plancheck.i18n.reports import PERIOD_WORDS, ROLE_WORDS
from plancheck.model import Plan, Section


def _outline(sections: list[Section], out: list[str], lab: dict[str, str], indent: int = 1) -> None:
    for s in sections:
        if s.style == "bullet":
            continue
        number = f"{s.number}. " if s.number else ""
        out.append(f"{'  ' * indent}{number}{s.heading}  [{lab['line']} {s.line}]")
        _outline(s.children, out, lab, indent + 1)


def render_plan_text(plan: Plan, lang: str = "vi") -> str:
    lab = LABELS.get(lang, LABELS["vi"])
    none = lab["none"]
    out = [plan.path, ""]

    def field(key: str, value: object) -> None:
        out.append(f"{lab[key]:<22} {value if value not in (None, '') else none}")

    field("kind", lab[plan.kind])
    field("encoding", plan.encoding)
    field("doc_type", plan.doc_type)
    field("number", plan.number)
    field("date", plan.date.strftime("%d/%m/%Y") if plan.date else None)
    field("place", plan.place)
    field("issuer", plan.issuer)
    field("level", lab.get(plan.level, plan.level) if plan.level else None)
    field("year", plan.year)
    field("title", plan.title)
    out += ["", f"{lab['sections']}:"]
    _outline(plan.sections, out, lab)
    if not plan.sections:
        out.append(f"  {none}")
    out += ["", f"{lab['citations']} ({len(plan.citations)}):"]
    for c in plan.citations:
        bits = [f"  {c.doc_type or '?'} {c.number}"]
        if c.date:
            bits.append(f"{lab['dated']} {c.date.strftime('%d/%m/%Y')}")
        elif c.date_text:
            bits.append(f"{lab['invalid_date']} «{c.date_text}»")
        if c.issuer:
            level = f" ({lab.get(c.issuer_level, c.issuer_level)})" if c.issuer_level else ""
            bits.append(f"{lab['of']} {c.issuer}{level}")
        out.append(" ".join(bits) + f"  [{lab['line']} {c.line}]")
    if plan.references:
        out += ["", f"{lab['references']} ({len(plan.references)}):"]
        out += [f"  {r.text}  [{lab['line']} {r.line}]" for r in plan.references]
    out += ["", f"{lab['reporting']}:"]
    for r in plan.reporting:
        words = PERIOD_WORDS.get(lang, PERIOD_WORDS["vi"])
        out.append(f"  [{', '.join(words.get(p, p) for p in r.periods) or '-'}] {r.text}  [{lab['line']} {r.line}]")
    if not plan.reporting:
        out.append(f"  {none}")
    if plan.assignments:
        out += ["", f"{lab['assignments']} ({len(plan.assignments)}):"]
        roles = ROLE_WORDS.get(lang, ROLE_WORDS["vi"])
        out += [f"  {roles.get(a.role, a.role)}: {a.unit}  [{lab['line']} {a.line}]" for a in plan.assignments]
    out += ["", f"{lab['recipients']}:"]
    out += [f"  - {r.text}" for r in plan.recipients] or [f"  {none}"]
    sig = plan.signature
    out += ["", f"{lab['signature']}:"]
    if sig.authority or sig.title or sig.name:
        first = " ".join(x for x in (sig.authority, sig.on_behalf_of) if x)
        out += [f"  {x}" for x in (first, sig.title, sig.name) if x]
    else:
        out.append(f"  {none}")
    return "\n".join(out) + "\n"
