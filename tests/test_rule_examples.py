"""Each built-in rule's examples are its own: a rule wired to another theme
or section fails them (the theme rules CC201–CC215 and the section rules
TT101–TT107 once shared one example set, which any wiring passed)."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner
from conftest import ROOT

from plancheck.cli import main


def _rewired(tmp_path, pack: str, old: str, new: str) -> str:
    folder = tmp_path / "rules"
    shutil.copytree(os.path.join(ROOT, "rules"), folder)
    path = folder / f"{pack}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "pack, rule, old, new",
    [
        ("cchc", "CC201", "    theme: the-che", "    theme: tthc"),
        (
            "cchc",
            "CC213",
            "id: CC213, kind: mandatory_theme, theme: papi",
            "id: CC213, kind: mandatory_theme, theme: pci",
        ),
        (
            "cchc",
            "CC211",
            "id: CC211, kind: mandatory_theme, theme: par-index",
            "id: CC211, kind: mandatory_theme, theme: sipas",
        ),
        (
            "cchc-tuyen-truyen",
            "TT105",
            'id: TT105, kind: required_section, heading_any: ["hình thức"]',
            'id: TT105, kind: required_section, heading_any: ["kinh phí"]',
        ),
        ("cchc-tuyen-truyen", "TT101", 'heading_any: ["mục đích", "mục tiêu"]', 'heading_any: ["đối tượng"]'),
    ],
)
def test_a_rule_wired_to_the_wrong_theme_or_section_fails_its_examples(tmp_path, pack, rule, old, new):
    result = CliRunner().invoke(main, ["test-rules", _rewired(tmp_path, pack, old, new), "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert f"FAIL {pack} {rule} pass example 1" in result.output
    assert f"FAIL {pack} {rule} fail example 1" in result.output


def test_the_built_in_packs_pass_their_own_examples():
    result = CliRunner().invoke(main, ["test-rules", "--lang", "en"])
    assert result.exit_code == 0 and result.output.strip().endswith(" 0 failed"), result.output
