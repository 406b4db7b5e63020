"""Commands about the rules themselves: list them (``rules``), explain one or a kind
(``explain``), run every rule's examples (``test-rules``)."""

from __future__ import annotations

import sys

import click

from plancheck.cli.group import Command
from plancheck.cli.options import LANGS


@click.command("rules", cls=Command)
@click.option("--lang", type=LANGS, default="vi")
def rules_cmd(lang: str) -> None:
    """List every built-in rule: pack, id, kind, severity, title."""
    from plancheck.packs import PackError, load_builtin_packs

    try:
        packs = load_builtin_packs()
    except PackError as exc:
        click.echo(f"plancheck: {exc.render(lang)}", err=True)
        sys.exit(2)
    import re

    for pack in packs:
        for r in pack.rules:
            title = r.title.in_lang(lang) if r.title else re.sub(r"\{[a-z_]+\}", "…", r.message.in_lang(lang))
            click.echo(f"{pack.name:<20} {r.id:<6} {r.kind:<20} {r.severity:<8} {title}")


@click.command("explain", cls=Command)
@click.argument("rule_id")
@click.option("--lang", type=LANGS, default="vi")
def explain_cmd(rule_id: str, lang: str) -> None:
    """Print a rule's documentation, options and examples (or a kind's)."""
    import inspect
    from dataclasses import asdict

    from plancheck.checks import KINDS
    from plancheck.engine.findings import EXACT_TEXT_KINDS
    from plancheck.i18n import message
    from plancheck.packs import PackError, load_builtin_packs

    def ocr_note(kind: str) -> None:
        if kind in EXACT_TEXT_KINDS:
            click.echo("\n" + message("explain_ocr", lang))

    if rule_id in KINDS:
        click.echo(inspect.getdoc(KINDS[rule_id]))
        ocr_note(rule_id)
        return
    try:
        packs = load_builtin_packs()
    except PackError as exc:
        click.echo(f"plancheck: {exc.render(lang)}", err=True)
        sys.exit(2)
    chain = {p.name: p for pack in packs for p in pack.chain()}
    if rule_id.lower() in chain:  # a pack: its rules
        pack = chain[rule_id.lower()]
        click.echo(f"{pack.name} — {pack.title.in_lang(lang)}")
        for r in pack.rules:
            click.echo(f"  {r.id:<6} {r.kind:<20} {r.severity:<8} {(r.title or r.message).in_lang(lang)}")
        return
    for pack in packs:
        for r in pack.rules:
            if r.id == rule_id.upper():
                click.echo(f"{r.id} ({pack.name}) — {r.kind}, {r.severity}")
                click.echo(r.message.in_lang(lang))
                click.echo(f"{message('explain_reference', lang)}: {r.reference}")
                opts = asdict(r.options) if r.options is not None else {}
                click.echo(f"{message('explain_options', lang)}: {opts}")
                if r.when:
                    when = {k: v for k, v in asdict(r.when).items() if v is not None}
                    click.echo(f"{message('explain_when', lang)}: {when}")
                if r.examples:
                    for label, items in (("explain_pass", r.examples.pass_), ("explain_fail", r.examples.fail)):
                        for item in items:
                            text = getattr(item, "text", item)  # a graph kind's example carries its corpus too
                            click.echo(f"--- {message(label, lang)} ---\n{text.rstrip()}")
                            for other in getattr(item, "corpus", []):
                                corpus = message("explain_corpus", lang)
                                click.echo(f"    ({corpus}) {other.splitlines()[0] if other else ''}")
                click.echo("")
                click.echo(inspect.getdoc(KINDS[r.kind]))
                ocr_note(r.kind)
                return
    click.echo("plancheck: " + message("explain_unknown", lang, id=rule_id), err=True)
    sys.exit(2)


@click.command("test-rules", cls=Command)
@click.argument("packs", nargs=-1)
@click.option("--lang", type=LANGS, default="vi")
def test_rules_cmd(packs: tuple[str, ...], lang: str) -> None:
    """Run every rule's pass/fail examples; exit 1 if any misbehaves."""
    from plancheck.i18n import message
    from plancheck.packs import PackError, load_builtin_packs, load_pack
    from plancheck.runner.rule_tests import rules_without_examples, run_examples

    try:
        loaded = [load_pack(p) for p in packs] if packs else load_builtin_packs()
    except PackError as exc:
        click.echo(f"plancheck: {exc.render(lang)}", err=True)
        sys.exit(2)
    bad = 0
    total = 0
    for pack in loaded:
        for res in run_examples(pack):
            total += 1
            if not res.ok:
                bad += 1
                which = message("explain_pass" if res.expect == "pass" else "explain_fail", lang)
                click.echo(
                    message(
                        "example_failed",
                        lang,
                        pack=res.pack,
                        rule=res.rule,
                        which=which,
                        index=res.index,
                        detail=res.detail.text(lang),
                    )
                )
        for rid in rules_without_examples(pack):
            bad += 1
            click.echo(message("example_needs_both", lang, pack=pack.name, rule=rid))
    click.echo(message("examples_summary", lang, passed=total - bad, failed=bad))
    sys.exit(1 if bad else 0)
