"""The benchmark's corpus generator runs on a fresh machine and plants what it says.

The benchmark is rerun by others: its generator must work from the installed
gazetteer alone, give the same files for the same seed, and each commune plan
must cite its district plan by the number that plan carries.
"""

from __future__ import annotations

import json
import os
import re
import sys

from conftest import ROOT

sys.path.insert(0, os.path.join(ROOT, "benchmarks"))

from generate_corpus import generate  # noqa: E402

NUMBER = re.compile(r"Số:\s*(\d+/KH-UBND)")
CITED = re.compile(r"Căn cứ Kế hoạch số (\d+/KH-UBND)")


def test_the_generator_writes_a_national_corpus_again_from_its_seed(tmp_path):
    manifest = generate(40, tmp_path / "a", seed=3)
    again = generate(40, tmp_path / "b", seed=3)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.txt"))
    assert manifest["documents"] == 40 and len(files) == 40
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
    assert len(again["defects"]) == len(manifest["defects"])
    assert json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))["documents"] == 40

    # a commune plan with no planted defect cites its own district plan's number
    planted = {d["path"] for d in manifest["defects"]}
    district = next((tmp_path / "a").rglob("huyen.txt"))
    district_number = NUMBER.search(district.read_text(encoding="utf-8")).group(1)
    communes = [p for p in district.parent.glob("*.txt") if p.name != "huyen.txt" and str(p) not in planted]
    assert communes
    for commune in communes:
        assert CITED.search(commune.read_text(encoding="utf-8")).group(1) == district_number
