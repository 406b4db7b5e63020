"""parent_citation — the plan cites a document of the level above it.

A commune plan implements its district's plan (or the district decision that
issued it), a district plan its province's, a province plan the centre's.
Since 1 July 2025 there are no districts: a commune cites its province.  The
cited level is judged from the citation's issuer ("của UBND huyện Mộc Châu")
or, without one, from its symbol (-CP, -TTg, /TU ...).

Options:
  expect: {commune: district, district: province, province: central}
  expect_after_2025: {commune: province, province: central}
  doc_types: [KH, QĐ, ...]   which cited types count (default: any)
  number: "23/KH-UBND"       instead: this very document must be cited
  year: 2020                 (with number) the year it was issued

Pass:  a xã plan citing "Kế hoạch số 23/KH-UBND ... của UBND huyện Mộc Châu".
Fail:  a xã plan citing only documents of its own UBND.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plancheck.checks.base import Context, Hit
from plancheck.gazetteer.units import era_for
from plancheck.i18n.reports import LEVEL_WORDS
from plancheck.validation.constraints import STRICT


@dataclass
class Options:
    __pydantic_config__ = STRICT
    expect: dict[str, str] = field(
        default_factory=lambda: {"commune": "district", "district": "province", "province": "central"}
    )
    expect_after_2025: dict[str, str] = field(default_factory=lambda: {"commune": "province", "province": "central"})
    doc_types: list[str] | None = None
    number: str | None = None  # a named parent: "23/KH-UBND" (set by `plancheck derive`)
    year: int | None = None  # the named parent's year (numbers restart every year)


def two_tier(plan) -> bool:
    return era_for(plan.date, plan.year) == "2025"


def _cites_named(plan, opts: Options) -> bool:
    from plancheck.parse.numbers import citation_year, number_key

    want = number_key(opts.number)
    return any(
        number_key(c.number) == want and (opts.year is None or citation_year(c) in (None, opts.year))
        for c in plan.citations
    )


def check(ctx: Context, rule) -> list[Hit]:
    opts: Options = rule.options
    plan = ctx.plan
    if opts.number:
        if _cites_named(plan, opts):
            return []
        a, b = ctx.header_anchor()
        cited = ", ".join(f"{c.number}" for c in plan.citations[:5]) or "—"
        return [Hit(a, b, params={"parent": opts.number, "cited": cited, "parent_level": "", "level": ""})]
    if plan.level is None:
        return []
    table = opts.expect_after_2025 if two_tier(plan) else opts.expect
    wanted = table.get(plan.level)
    if wanted is None:
        return []
    for c in plan.citations:
        if opts.doc_types and c.doc_type not in opts.doc_types:
            continue
        if c.issuer_level == wanted:
            return []
    words = LEVEL_WORDS.get(ctx.lang, LEVEL_WORDS["vi"])
    a, b = ctx.header_anchor()
    cited = ", ".join(f"{c.number}" for c in plan.citations[:5]) or "—"
    return [Hit(a, b, params={"parent_level": words[wanted], "level": words[plan.level], "cited": cited})]
