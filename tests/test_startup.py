"""`plancheck check one.md` imports only what it needs (the pre-commit path).

Timing belongs to benchmarks/; this test only guards the imports: no HTML
templating, graph library or .docx/.pdf reader for a plain-text plan, and —
once the rule packs are compiled into the user cache — neither pydantic nor
the YAML parser (validating packs is what they are for).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import FIXTURES

from plancheck.packs import PackError, load_pack

pytestmark = pytest.mark.slow  # see pyproject.toml's markers

PROBE = """
import sys
from plancheck.cli import main
try:
    main(["check", sys.argv[1], "--no-cache"])
except SystemExit:
    pass
heavy = [m for m in ("jinja2", "networkx", "docx", "pypdf", "selenium", "pydantic", "yaml", "dask", "distributed") if m in sys.modules]
print("HEAVY:" + ",".join(heavy))
"""


def _probe(plan: str, cache_home) -> tuple[str, str]:
    """(first run's output, second run's output) with a fresh user cache."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    runs = [
        subprocess.run([sys.executable, "-c", PROBE, plan], capture_output=True, text=True, env=env) for _ in range(2)
    ]
    return runs[0].stdout + runs[0].stderr, runs[1].stdout + runs[1].stderr


def test_one_text_plan_needs_no_heavy_imports(tmp_path):
    plan = os.path.join(FIXTURES, "district", "xa-dong-sang.txt")
    first, second = _probe(plan, tmp_path)
    assert "pydantic" in first  # the first run validates and compiles the packs
    assert "HEAVY:\n" in second, second[-1000:]
    assert (tmp_path / "plancheck" / "packs").is_dir()


def test_a_docx_plan_loads_the_docx_reader_only(tmp_path):
    plan = os.path.join(FIXTURES, "formats", "thac-mo.docx")
    _, second = _probe(plan, tmp_path)
    assert "HEAVY:docx\n" in second, second[-1000:]


def test_an_edited_pack_is_compiled_again(tmp_path, monkeypatch):
    """The compiled-pack cache is keyed on the pack's bytes: an edit is never missed."""
    pack = tmp_path / "p.yaml"
    body = (
        "pack: p\ntitle: {{vi: a, en: b}}\nrules:\n  - id: X101\n    kind: budget\n    severity: {sev}\n"
        "    message: {{vi: a, en: b}}\n    reference: r\n"
    )
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pack.write_text(body.format(sev="error"), encoding="utf-8")
    assert load_pack(str(pack)).rules[0].severity == "error"
    assert list((tmp_path / "cache" / "plancheck" / "packs").iterdir())  # compiled and kept
    pack.write_text(body.format(sev="info"), encoding="utf-8")
    assert load_pack(str(pack)).rules[0].severity == "info"
    pack.write_text(body.format(sev="fatal"), encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_pack(str(pack))
    assert "p.yaml:6:" in str(info.value) and "severity" in str(info.value)


def test_an_unwritable_user_cache_still_finds_places(tmp_path):
    """With no writable cache directory the packs are compiled in memory and
    the gazetteer index goes to the temporary directory: the wrong-parent
    check (which needs places) still fires on xã Chiềng Chung, which cites
    15/KH-UBND of huyện Vân Hồ although it lies in Mộc Châu."""
    env = {**os.environ, "XDG_CACHE_HOME": "/dev/null/cache", "TMPDIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "plancheck", "check", os.path.join(FIXTURES, "district"), "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert "xa-chieng-chung.txt:13:8: LỖI CG107" in out.stdout, out.stdout[-1000:] + out.stderr[-1000:]
    assert list(tmp_path.glob("plancheck-*/gazetteer-*.sqlite"))
