"""`plancheck test-rules`: every rule's examples, run through its check.

A fail example that does not fire means the rule is silently dead; a pass
example that fires means it cries wolf.  Both are bugs in the pack.
"""

from __future__ import annotations

from dataclasses import dataclass

from plancheck.checks import GRAPH_KINDS, KINDS
from plancheck.checks.base import Context
from plancheck.ingest import source_from_text
from plancheck.packs import CorpusExample, RulePack
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
            for i, example in enumerate(texts):
                ctx = _context(example, f"<{rule.id} {expect} example {i + 1}>", themes, rule.kind in GRAPH_KINDS)
                hits = KINDS[rule.kind].check(ctx, rule)
                ok = bool(hits) if expect == "fail" else not hits
                detail = f"{len(hits)} finding(s)"
                out.append(ExampleResult(pack.name, rule.id, expect, i + 1, ok, detail))
    return out


def _context(example: str | CorpusExample, name: str, themes: dict, graph_kind: bool) -> Context:
    """The example parsed; for a graph kind, with the graph of it and its corpus."""
    text, corpus = (example, []) if isinstance(example, str) else (example.text, example.corpus)
    source = source_from_text(text, name)
    plan = parse(source)
    graph = None
    if graph_kind:
        from plancheck.graph import CitationGraph

        others = [parse(source_from_text(t, f"<corpus {j + 1}>")) for j, t in enumerate(corpus)]
        graph = CitationGraph.build([(plan, False)] + [(o, True) for o in others])
    return Context(plan=plan, source=source, themes=themes, graph=graph)


def rules_without_examples(pack: RulePack) -> list[str]:
    return [r.id for r in pack.rules if r.examples is None or not (r.examples.pass_ and r.examples.fail)]
