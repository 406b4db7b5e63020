"""What several commands share: the language and OCR choices, comma-separated
lists, and loading the packs a command was given."""

from __future__ import annotations

import click

LANGS = click.Choice(["vi", "en"])
OCR_MODES = click.Choice(["auto", "always", "never"])


def split_list(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def load_packs(names: list[str], base_dir: str | None):
    from plancheck.packs import load_builtin_packs, load_pack

    if names:
        return [load_pack(n, base_dir) for n in names], True
    return load_builtin_packs(), False
