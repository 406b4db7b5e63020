"""`plancheck test-rules`: every rule's examples, run through its check.

A fail example that does not fire means the rule is silently dead; a pass
example that fires means it cries wolf.  Both are bugs in the pack.
"""

from __future__ import annotations

from dataclasses import dataclass

from plancheck.checks import KINDS
from plancheck.checks.base import Context
from plancheck.ingest import source_from_text
from plancheck.packs import RulePack
from plancheck.parse import parse


@dataclass
class ExampleResult:
    pack: str
    rule: str
    expect: str  # "pass" | "fail"
    index: int
    ok: bool
    detail: str


def run_examples(pack: RulePack) -> list[ExampleResult]:
    themes = pack.all_themes()
    out: list[ExampleResult] = []
    for rule in pack.rules:
        if rule.examples is None:
            continue
        for expect, texts in (("pass", rule.examples.pass_), ("fail", rule.examples.fail)):
            for i, text in enumerate(texts):
                source = source_from_text(text, f"<{rule.id} {expect} example {i + 1}>")
                ctx = Context(plan=parse(source), source=source, themes=themes)
                hits = KINDS[rule.kind].check(ctx, rule)
                ok = bool(hits) if expect == "fail" else not hits
                detail = f"{len(hits)} finding(s)"
                out.append(ExampleResult(pack.name, rule.id, expect, i + 1, ok, detail))
    return out


def rules_without_examples(pack: RulePack) -> list[str]:
    return [r.id for r in pack.rules if r.examples is None or not (r.examples.pass_ and r.examples.fail)]
