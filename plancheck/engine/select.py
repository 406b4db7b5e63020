"""Which packs apply to a plan and which of their rules run: ``applies_to``, ``when:``,
and the user's --select / --ignore.
"""

from __future__ import annotations

import fnmatch
import os

from plancheck.config import Config
from plancheck.model import Plan
from plancheck.packs import Rule, RulePack
from plancheck.vietnamese import fold_plain


def pack_applies(pack: RulePack, plan: Plan) -> bool:
    at = pack.applies_to
    if plan.kind not in at.kind:
        return False
    if at.doc_type and plan.doc_type not in at.doc_type:
        return False
    if at.level and plan.level not in at.level:
        return False
    title = fold_plain(plan.title or "")
    if at.title_any and not any(fold_plain(w) in title for w in at.title_any):
        return False
    if at.title_all and not all(fold_plain(w) in title for w in at.title_all):
        return False
    return True


def select_packs(packs: list[RulePack], plan: Plan, explicit: bool) -> list[RulePack]:
    """The packs (with their parents) that apply to a plan, without repeats."""
    chosen = packs if explicit else [p for p in packs if pack_applies(p, plan)]
    out: list[RulePack] = []
    for pack in chosen:
        for p in pack.chain():
            if p.name not in [o.name for o in out]:
                out.append(p)
    return out


def rule_applies(rule: Rule, plan: Plan) -> bool:
    w = rule.when
    if w is None:
        return True
    if w.level is not None and plan.level not in w.level:
        return False
    if w.doc_type is not None and plan.doc_type not in w.doc_type:
        return False
    if w.year_from is not None and (plan.year is None or plan.year < w.year_from):
        return False
    if w.year_to is not None and (plan.year is None or plan.year > w.year_to):
        return False
    return True


def _matches(code: str, rule: Rule) -> bool:
    """A selector names a rule by id or id prefix (any case), kind or pack."""
    low = code.lower()
    return rule.id.startswith(code.upper()) or low == rule.kind or low == rule.pack


def rule_enabled(rule: Rule, cfg: Config, path: str) -> bool:
    if cfg.select and not any(_matches(c, rule) for c in cfg.select):
        return False
    if any(_matches(c, rule) for c in cfg.ignore):
        return False
    if not cfg.per_path_ignores:
        return True
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(cfg.root))
    for glob, codes in cfg.per_path_ignores.items():
        if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(path, glob):
            if any(_matches(c, rule) for c in codes):
                return False
    return True
