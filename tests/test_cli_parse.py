"""`plancheck parse`: JSON contract, text view, exit codes on bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import fixture, seed_path

from plancheck.cli import main
from plancheck.schemas import load, plan_schema

ALL_INPUTS = [seed_path(s) for s in ("000", "001", "002", "003", "004")] + [
    fixture("formats", "thac-mo.docx"),
    fixture("formats", "thai-nguyen.pdf"),
    fixture("encodings", "chieng-son.tcvn3.txt"),
]


def test_committed_schema_matches_the_model():
    assert load("plan") == json.loads(json.dumps(plan_schema()))


@pytest.mark.parametrize("path", ALL_INPUTS)
def test_parse_json_validates_against_the_published_schema(path):
    result = CliRunner().invoke(main, ["parse", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, load("plan"))
    for key in (
        "path",
        "encoding",
        "doc_type",
        "number",
        "date",
        "issuer",
        "level",
        "place",
        "year",
        "title",
        "sections",
        "citations",
        "references",
        "reporting",
        "recipients",
        "signature",
    ):
        assert key in data


def test_parse_json_fields_of_chieng_son():
    result = CliRunner().invoke(main, ["parse", seed_path("003"), "--format", "json"])
    data = json.loads(result.output)
    first = data["citations"][0]
    assert (first["doc_type"], first["number"], first["date"], first["issuer"]) == (
        "KH",
        "23/KH-UBND",
        "2020-01-03",
        "UBND huyện Mộc Châu",
    )
    assert data["sections"][0]["number"] == "I" and data["sections"][0]["line"] == 14
    assert data["signature"]["authority"] == "TM."


def test_parse_text_in_both_languages():
    runner = CliRunner()
    vi = runner.invoke(main, ["parse", seed_path("000")]).output
    en = runner.invoke(main, ["parse", seed_path("000"), "--lang", "en"]).output
    assert "Cơ quan ban hành       UBND phường Thác Mơ" in vi
    assert "Issuer" in en and "UBND phường Thác Mơ" in en
    assert "QĐ 59/QĐ-UBND ngày 24/01/2024 của UBND thị xã" in vi


@pytest.mark.parametrize("name", ["empty.txt", "junk.txt", "truncated.docx", "scan.pdf", "plan.xyz"])
def test_bad_input_exits_2_with_one_line_and_no_traceback(name):
    proc = subprocess.run(
        [sys.executable, "-m", "plancheck", "parse", fixture("bad", name)], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(fixture("bad", name) + ": ")
    assert "Traceback" not in proc.stderr


def test_output_file(tmp_path):
    out = tmp_path / "plan.json"
    result = CliRunner().invoke(main, ["parse", seed_path("002"), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["issuer"] == "UBND tỉnh Thái Nguyên"


def test_one_language_in_parse_and_graph_output():
    """Reporting periods, assignment roles and graph labels in the chosen language."""
    vi = CliRunner().invoke(main, ["parse", "fixtures/seeds/000_f0d7ab2768dea30f.txt"]).output
    assert "[hằng quý, 6 tháng, hằng năm, định kỳ]" in vi and "chủ trì:" in vi
    assert "quarterly" not in vi and "lead:" not in vi
    en = CliRunner().invoke(main, ["parse", "fixtures/seeds/000_f0d7ab2768dea30f.txt", "--lang", "en"]).output
    assert "quarterly" in en and "lead:" in en
    graph_vi = CliRunner().invoke(main, ["graph", "fixtures/district", "--format", "mermaid"]).output
    graph_en = CliRunner().invoke(main, ["graph", "fixtures/district", "--format", "mermaid", "--lang", "en"]).output
    assert "(không khớp)" in graph_vi and "mismatch" not in graph_vi
    assert "(inconsistent)" in graph_en and "dòng" not in graph_en
