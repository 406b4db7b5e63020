"""`plancheck test-rules`: every rule's examples, run as a check would run them.

A fail example that does not fire means the rule is silently dead; a pass
example that fires means it cries wolf.  Both are bugs in the pack.  Each
example goes the way a document goes: the rule's ``when:`` first (a fail
example it never applies to is a rule that can never fire), then the check,
then its message filled in both languages (a placeholder left unfilled,
«{foud}», is a typo the reviewer would read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.checks import GRAPH_KINDS, KINDS
from plancheck.checks.base import Context, fill
from plancheck.i18n import Said
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
    detail: Said


def run_examples(pack: RulePack) -> list[ExampleResult]:
    themes = pack.all_themes()
    out: list[ExampleResult] = []
    for rule in pack.rules:
        if rule.examples is None:
            continue
        for expect, texts in (("pass", rule.examples.pass_), ("fail", rule.examples.fail)):
            for i, example in enumerate(texts):
                ctx = _context(example, f"<{rule.id} {expect} example {i + 1}>", themes, rule.kind in GRAPH_KINDS)
                result = _run_one(pack.name, rule, expect, i + 1, ctx, example)
                if getattr(example, "name", None):
                    result.detail = Said("example_named", name=example.name, detail=result.detail)
                out.append(result)
    return out


_LEFTOVER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _run_one(pack: str, rule, expect: str, index: int, ctx: Context, example=None) -> ExampleResult:
    from plancheck.engine.select import rule_applies

    if not rule_applies(rule, ctx.plan):
        ok = expect == "pass"
        detail = Said("example_when_never" if not ok else "example_when_unmet")
        return ExampleResult(pack, rule.id, expect, index, ok, detail)
    hits = []
    for lang in ("vi", "en"):
        ctx.lang = lang
        hits = KINDS[rule.kind].check(ctx, rule)
        for hit in hits:
            for text in (rule.message, rule.title):
                if text is None:
                    continue
                left = _LEFTOVER.findall(fill(text.in_lang(lang), hit.params))
                if left:
                    return ExampleResult(
                        pack, rule.id, expect, index, False, Said("example_unfilled", lang=lang, names=", ".join(left))
                    )
    ok = bool(hits) if expect == "fail" else not hits
    if ok and expect == "fail" and example is not None:
        want_excerpt, want_message = getattr(example, "excerpt", None), getattr(example, "message", None)
        excerpts = [ctx.source.text[h.start : h.end] for h in hits if h.start is not None]
        messages = [fill(rule.message.in_lang(lang), h.params) for h in hits for lang in ("vi", "en")]
        if want_excerpt is not None and want_excerpt not in excerpts:
            return ExampleResult(
                pack, rule.id, expect, index, False, Said("example_no_excerpt", excerpt=want_excerpt, found=excerpts)
            )
        if want_message is not None and not any(want_message in m for m in messages):
            return ExampleResult(
                pack,
                rule.id,
                expect,
                index,
                False,
                Said("example_no_message", message=want_message, found=messages[:2]),
            )
    return ExampleResult(pack, rule.id, expect, index, ok, Said("example_findings", n=len(hits)))


def _context(example: str | CorpusExample, name: str, themes: dict, graph_kind: bool) -> Context:
    """The example parsed; for a graph kind, with the graph of it and its corpus."""
    text, corpus = (example, []) if isinstance(example, str) else (example.text, example.corpus)
    source = source_from_text(text, name)
    plan = parse(source)
    graph = None
    if graph_kind:
        from plancheck.graph.citation_graph import CitationGraph

        others = [parse(source_from_text(t, f"<corpus {j + 1}>")) for j, t in enumerate(corpus)]
        graph = CitationGraph.build([(plan, False)] + [(o, True) for o in others])
    return Context(plan=plan, source=source, themes=themes, graph=graph)


def rules_without_examples(pack: RulePack) -> list[str]:
    return [r.id for r in pack.rules if r.examples is None or not (r.examples.pass_ and r.examples.fail)]
