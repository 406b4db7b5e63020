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


def _theme_rules(text: str) -> set[str]:
    from plancheck.config import Config
    from plancheck.engine.check import check_plan
    from plancheck.engine.select import select_packs
    from plancheck.ingest import source_from_text
    from plancheck.packs import load_builtin_packs
    from plancheck.parse import parse

    source = source_from_text(text, "plan.txt")
    plan = parse(source)
    result = check_plan(plan, source, select_packs(load_builtin_packs(), plan, False), Config(), "vi")
    return {f.rule for f in result.findings if f.kind == "mandatory_theme"}


def test_generated_plans_name_the_indices_as_the_seeds_do_unless_planted_otherwise():
    """Every seed names PAR INDEX and SIPAS; a generated plan must too, or
    the whole corpus would carry two theme findings a plan."""
    import random

    from generate_corpus import plan_text

    def plan(**kw):
        args = dict(
            level_word="xã",
            unit="Chiềng Sơn",
            number="11/KH-UBND",
            date=(21, 1, 2022),
            year=2022,
            citation="Căn cứ Kế hoạch số 23/KH-UBND ngày 03 tháng 01 năm 2022 của UBND huyện Mộc Châu về "
            "tuyên truyền cải cách hành chính;",
            audience="Văn phòng UBND xã",
            omit=None,
            size=12_000,
        )
        args.update(kw)
        return plan_text(random.Random(5), **args)

    for seed in range(3):  # each wording of the indices
        text = plan_text(
            random.Random(seed),
            "xã",
            "Chiềng Sơn",
            "11/KH-UBND",
            (21, 1, 2022),
            2022,
            "Căn cứ Kế hoạch số 23/KH-UBND ngày 03 tháng 01 năm 2022 của UBND huyện Mộc Châu;",
            "Văn phòng UBND xã",
            None,
            12_000,
        )
        assert _theme_rules(text) == set()
    assert _theme_rules(plan(indices=False)) == {"CC211", "CC212"}  # the planted defect
    province = plan(
        level_word="tỉnh",
        unit="Sơn La",
        province=True,
        citation="Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;",
        audience="UBND các huyện, thành phố",
    )
    assert "PAPI" in province and "(DTI)" in province
    assert _theme_rules(province) == set()
