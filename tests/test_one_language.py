"""One language at a time: every message of every built-in rule, filled from
its fail examples, leaves no placeholder and carries no English word in the
Vietnamese output (and no Vietnamese-only word in English)."""

from __future__ import annotations

import re

from plancheck.checks import GRAPH_KINDS, KINDS
from plancheck.checks.base import fill
from plancheck.engine.select import rule_applies
from plancheck.packs import load_builtin_packs
from plancheck.runner.rule_tests import _context

ENGLISH = re.compile(
    r"\b(missing|external|the|and|found|quarterly|semiannual|annual|monthly|periodic|authority|title|"
    r"name|files|none|true|false|number|date|issuer|resolved|mismatch|ambiguous|commune|district|"
    r"province|central|lead|support)\b"
)
LEFTOVER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _hits():
    """(rule, language, hit) for every finding of every built-in rule's fail examples."""
    for pack in load_builtin_packs():
        for p in pack.chain():
            themes = p.all_themes()
            for rule in p.rules:
                for example in rule.examples.fail if rule.examples else []:
                    ctx = _context(example, f"<{rule.id}>", themes, rule.kind in GRAPH_KINDS)
                    if not rule_applies(rule, ctx.plan):
                        continue
                    for lang in ("vi", "en"):
                        ctx.lang = lang
                        for hit in KINDS[rule.kind].check(ctx, rule):
                            yield rule, lang, hit


def _rendered():
    for rule, lang, hit in _hits():
        yield rule.id, lang, fill(rule.message.in_lang(lang), hit.params), hit.suggestion or ""


def test_every_message_in_one_language():
    seen = 0
    for rule_id, lang, message, suggestion in _rendered():
        seen += 1
        assert not LEFTOVER.search(message), (rule_id, lang, message)
        if lang == "vi":
            assert not ENGLISH.search(message), (rule_id, message)
    assert seen > 50


def test_every_kind_fills_only_the_placeholders_it_declares():
    from plancheck.checks import HIT_PARAMS

    for rule, _lang, hit in _hits():
        assert set(hit.params) <= HIT_PARAMS[rule.kind], (rule.id, set(hit.params) - HIT_PARAMS[rule.kind])
