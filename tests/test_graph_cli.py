"""`plancheck graph`, `plancheck derive`, and the graph in `check --format json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import FIXTURES

DISTRICT = os.path.join(FIXTURES, "district")


def plancheck(*args: str, cwd: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "plancheck", *args], capture_output=True, text=True, cwd=cwd)


def test_graph_json_has_the_chain():
    out = plancheck("graph", DISTRICT, "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    by_id = {n["id"]: n for n in data["nodes"]}
    district = os.path.join(DISTRICT, "01-huyen-moc-chau.txt")
    assert by_id[district]["level"] == "district" and by_id[district]["number"] == "23/KH-UBND"
    assert by_id[district]["date"] == "2020-01-03" and not by_id[district]["external"]
    edge = next(e for e in data["edges"] if e["source"] == os.path.join(DISTRICT, "xa-dong-sang.txt") and e["resolved"])
    assert edge["target"] == district and edge["line"] == 13


@pytest.mark.parametrize(
    "fmt, probe",
    [
        ("dot", lambda s: s.startswith("digraph plancheck {") and "->" in s),
        ("mermaid", lambda s: s.startswith("flowchart BT") and "-->" in s and "==>" in s),
        ("graphml", lambda s: ET.fromstring(s).tag.endswith("graphml")),
    ],
)
def test_graph_formats(tmp_path, fmt, probe):
    target = tmp_path / f"g.{fmt}"
    out = plancheck("graph", DISTRICT, "--format", fmt, "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert probe(target.read_text(encoding="utf-8"))


def test_check_json_carries_the_graph():
    out = plancheck("check", os.path.join(DISTRICT, "xa-chieng-hac.txt"), "--corpus", DISTRICT, "--format", "json")
    data = json.loads(out.stdout)
    edge = next(e for e in data["graph"]["edges"] if e["status"] == "mismatch")
    assert edge["reasons"] == ["date"] and edge["candidates"] == [os.path.join(DISTRICT, "01-huyen-moc-chau.txt")]
    assert [f["path"] for f in data["files"]] == [os.path.join(DISTRICT, "xa-chieng-hac.txt")]
    assert out.returncode == 1


def test_derive_makes_a_pack_that_loads_passes_test_rules_and_checks(tmp_path):
    pack = tmp_path / "huyen.yaml"
    out = plancheck("derive", os.path.join(DISTRICT, "01-huyen-moc-chau.txt"), "-o", str(pack))
    assert out.returncode == 0, out.stderr
    text = pack.read_text(encoding="utf-8")
    assert "23/KH-UBND" in text and "Cải cách tài chính công" in text and "quarterly" in text
    assert plancheck("test-rules", str(pack)).returncode == 0
    # Lóng Sập leaves out item 5; Đông Sang carries everything.
    bad = plancheck("check", os.path.join(DISTRICT, "xa-long-sap.txt"), "--rules", str(pack), "--format", "json")
    found = json.loads(bad.stdout)["files"][0]["findings"]
    assert [f["kind"] for f in found] == ["mandatory_theme"] and "tài chính công" in found[0]["message"]
    good = plancheck("check", os.path.join(DISTRICT, "xa-dong-sang.txt"), "--rules", str(pack))
    assert good.returncode == 0, good.stdout
    # a commune that cites another number fails the derived parent_citation rule
    khua = plancheck("check", os.path.join(DISTRICT, "xa-chieng-khua.txt"), "--rules", str(pack), "--format", "json")
    assert "parent_citation" in {f["kind"] for f in json.loads(khua.stdout)["files"][0]["findings"]}


def test_graph_skips_unreadable_files_with_a_message(tmp_path):
    (tmp_path / "bad.docx").write_bytes(b"not a zip")
    (tmp_path / "ok.txt").write_text(
        open(os.path.join(DISTRICT, "xa-dong-sang.txt"), encoding="utf-8").read(), encoding="utf-8"
    )
    out = plancheck("graph", str(tmp_path))
    assert out.returncode == 0 and "bad.docx" in out.stderr
    assert any(n["path"] and n["path"].endswith("ok.txt") for n in json.loads(out.stdout)["nodes"])
