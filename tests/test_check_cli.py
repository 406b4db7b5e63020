"""`plancheck check` and friends: exit codes, JSON contract, config, packs, planted defects."""

from __future__ import annotations

import json
import os
import re
import shutil

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import fixture, seed_path

from plancheck.cli import main
from plancheck.schemas import check_schema, load


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_check_json_contract():
    result = run("check", "fixtures/seeds", "--format", "json")
    assert result.exit_code == 1  # seeds have errors
    data = json.loads(result.output)
    assert load("check") == json.loads(json.dumps(check_schema()))
    jsonschema.validate(data, load("check"))
    assert data["version"] == 3 and data["summary"]["files"] == 5
    # seeds 001 and 004 are news items: not checked, and counted so, never as passing
    statuses = {
        os.path.basename(f["path"])[:3]: (f["status"], f["passed"], f["not_checked_because"]) for f in data["files"]
    }
    assert statuses["001"] == statuses["004"] == ("not_checked", None, "news")
    assert statuses["000"] == ("checked", False, None)
    assert data["summary"]["not_checked"] == 2 and data["summary"]["passed"] + data["summary"]["failed"] == 3
    f0 = data["files"][0]
    assert f0["doc_type"] == "KH" and f0["level"] == "commune"
    finding = f0["findings"][0]
    for key in (
        "rule",
        "kind",
        "severity",
        "message",
        "line",
        "column",
        "end_line",
        "end_column",
        "excerpt",
        "suggestion",
        "reference",
        "related",
    ):
        assert key in finding
    themes = {t["theme"]: t for t in f0["themes"]}
    assert themes["tthc"]["covered"] and themes["tthc"]["score"] == 100.0


def test_text_lines_and_exit_codes():
    result = run("check", seed_path("000"))
    assert result.exit_code == 1
    assert re.search(
        r"^fixtures/seeds/000_\S+:23:\d+: CẢNH BÁO CC104 ",
        result.output.replace(seed_path("000"), "fixtures/seeds/000_x.txt"),
        re.M,
    ) or re.search(r":23:\d+: CẢNH BÁO CC104 ", result.output)
    assert run("check", seed_path("000"), "--fail-on", "never").exit_code == 0
    # only warnings left once the error rules are ignored
    assert run("check", seed_path("000"), "--ignore", "ND301").exit_code == 0
    assert run("check", seed_path("000"), "--ignore", "ND301", "--fail-on", "warning").exit_code == 1


def test_select_by_kind_and_statistics():
    result = run("check", seed_path("003"), "--select", "consistent_citation", "--statistics", "--fail-on", "never")
    lines = [l for l in result.output.splitlines() if ": LỖI " in l or ": CẢNH BÁO " in l]
    assert len(lines) == 1 and "CC103" in lines[0]
    assert "1  CC103  consistent_citation" in result.output


def test_unreadable_file_is_a_finding_and_the_run_goes_on(tmp_path):
    shutil.copy(fixture("bad", "truncated.docx"), tmp_path / "a.docx")
    shutil.copy(seed_path("003"), tmp_path / "b.txt")
    result = run("check", str(tmp_path), "--format", "json")
    data = json.loads(result.output)
    first, second = data["files"]
    assert first["findings"][0]["kind"] == "unreadable"
    assert "hỏng" in first["findings"][0]["message"]
    assert any(f["rule"] == "CC103" for f in second["findings"])


def test_legacy_encoding_is_reported():
    result = run("check", fixture("encodings", "chieng-son.tcvn3.txt"), "--format", "json")
    findings = json.loads(result.output)["files"][0]["findings"]
    assert any(f["kind"] == "encoding" and "TCVN3" in f["message"] for f in findings)
    assert any(f["rule"] == "CC103" for f in findings)  # same checks as the UTF-8 text


def test_config_file_is_found_upward_and_honoured(tmp_path):
    (tmp_path / "plancheck.toml").write_text(
        'ignore = ["CC3"]\nfail-on = "warning"\nlang = "en"\n[severity]\nCC104 = "error"\n'
        '[per-path-ignores]\n"docs/*" = ["ND"]\n',
        encoding="utf-8",
    )
    (tmp_path / "docs").mkdir()
    shutil.copy(seed_path("000"), tmp_path / "docs" / "plan.txt")
    result = run("check", str(tmp_path / "docs"))
    assert "ERROR CC104" in result.output  # severity override, English
    assert "CC301" not in result.output  # ignored by prefix
    assert "ND301" not in result.output  # per-path ignore
    assert result.exit_code == 1


def test_bad_pack_names_file_line_and_key(tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text(
        "pack: p\ntitle: {vi: a, en: b}\nrules:\n  - id: X101\n    kind: budget\n    severty: error\n"
        "    message: {vi: a, en: b}\n    reference: r\n",
        encoding="utf-8",
    )
    result = run("check", seed_path("000"), "--rules", str(pack), "--lang", "en")
    assert result.exit_code == 2
    assert f"{pack}:6:5: rule X101: unknown option 'severty'" in result.output
    result = run("check", seed_path("000"), "--rules", str(pack))  # Vietnamese by default
    assert result.exit_code == 2
    assert f"{pack}:6:5: quy tắc X101: tùy chọn không xác định «severty» cho loại «budget»" in result.output

    pack.write_text(
        "pack: p\ntitle: {vi: a, en: b}\nrules:\n  - id: X101\n    kind: nonsense\n"
        "    message: {vi: a, en: b}\n    reference: r\n",
        encoding="utf-8",
    )
    result = run("check", seed_path("000"), "--rules", str(pack), "--lang", "en")
    assert result.exit_code == 2 and "unknown rule kind 'nonsense'" in result.output and ":5:" in result.output

    pack.write_text("pack: p\ntitle: [unclosed\n", encoding="utf-8")
    result = run("check", seed_path("000"), "--rules", str(pack))
    assert result.exit_code == 2 and "lỗi cú pháp YAML" in result.output and f"{pack}:3:" in result.output


def test_rules_explain_and_test_rules():
    listing = run("rules").output
    assert re.search(r"^cchc\s+CC103\s+consistent_citation\s+error", listing, re.M)
    explained = run("explain", "CC101").output
    assert "parent_citation" in explained and "Nghị quyết 76/NQ-CP" in explained
    assert "Options:" in run("explain", "pattern").output
    result = run("test-rules", "--lang", "en")
    assert result.exit_code == 0 and result.output.strip().endswith(" 0 failed")
    result = run("test-rules")
    assert result.exit_code == 0 and result.output.strip().endswith(" ví dụ đúng, 0 sai")


def test_test_rules_catches_a_dead_rule(tmp_path):
    pack = tmp_path / "dead.yaml"
    pack.write_text(
        "pack: dead\ntitle: {vi: a, en: b}\nrules:\n  - id: X101\n    kind: pattern\n    mode: forbidden\n"
        "    patterns: ['không bao giờ xuất hiện']\n    message: {vi: a, en: b}\n    reference: r\n"
        "    examples: {pass: ['KẾ HOẠCH\\nA\\n'], fail: ['KẾ HOẠCH\\nB\\n']}\n",
        encoding="utf-8",
    )
    result = run("test-rules", str(pack), "--lang", "en")
    assert result.exit_code == 1 and "FAIL dead X101 fail example 1" in result.output
    result = run("test-rules", str(pack))
    assert result.exit_code == 1 and "SAI dead X101 ví dụ vi phạm 1: 0 phát hiện" in result.output


# --- one defect planted at a time into a sound plan (seed 003, Chiềng Sơn) ---


def _plant(tmp_path, old, new):
    text = open(seed_path("003"), encoding="utf-8").read()
    for o, n in zip(old.split(" || "), new.split(" || ")):
        assert o in text
        text = text.replace(o, n)
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    data = json.loads(run("check", str(path), "--format", "json").output)
    return {f["kind"] for f in data["files"][0]["findings"]}


@pytest.mark.parametrize(
    "old, new, kind",
    [
        # both district documents it cites: the plan 23/KH-UBND and the decision 3149/QĐ-UBND
        (
            "Căn cứ Kế hoạch số 23/KH-UBND ngày 03 tháng 01 năm 2020 của UBND huyện Mộc Châu || "
            "Quyết định số 3149/QĐ-UBND ngày 31/12/2019 của UBND huyện Mộc Châu ban hành",
            "Căn cứ tình hình thực tế || Kế hoạch",
            "parent_citation",
        ),
        (
            "định kỳ hàng quý, 6 tháng, năm báo cáo kết quả thực hiện với UBND xã.",
            "thực hiện tốt kế hoạch.",
            "reporting_cadence",
        ),
        (
            "### **III. KINH PHÍ THỰC HIỆN**\n\nKinh phí cho công tác thông tin tuyên truyền CCHC năm 2020 đảm bảo bằng ngân sách nhà nước và các nguồn tài trợ hợp pháp khác (*nếu có*).",
            "",
            "budget",
        ),
        (
            "**I. MỤC ĐÍCH, YÊU CẦU, ĐỐI TƯỢNG** || **1. Mục đích**",
            "**I. YÊU CẦU, ĐỐI TƯỢNG** || **1. Định hướng**",
            "required_section",
        ),
        (
            "thực hiện tốt Kế hoạch CCHC năm 2020 đã đề ra",
            "thực hiện tốt nhiệm vụ CCHC năm 2019 đã đề ra",
            "year_consistency",
        ),
    ],
)
def test_planted_defect_is_caught(tmp_path, old, new, kind):
    assert kind not in _plant(tmp_path, "Chiềng Sơn", "Chiềng Sơn")  # sound as written
    assert kind in _plant(tmp_path, old, new)


def test_corpus_documents_resolve_citations_but_are_not_reported(tmp_path):
    parent = tmp_path / "huyen.txt"
    parent.write_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN MỘC CHÂU\nSố: 23/KH-UBND\n\nMộc Châu, ngày 03 tháng 01 năm 2020\n\n"
        "KẾ HOẠCH\nTuyên truyền cải cách hành chính huyện Mộc Châu năm 2020\n",
        encoding="utf-8",
    )
    data = json.loads(run("check", seed_path("003"), "--corpus", str(tmp_path), "--format", "json").output)
    assert [f["path"] for f in data["files"]] == [seed_path("003")]
    edge = next(e for e in data["graph"]["edges"] if e["text"].startswith("Kế hoạch số 23/KH-UBND"))
    assert edge["resolved"] and edge["target"] == str(parent)


def test_a_document_nothing_checked_is_never_shown_as_passing(tmp_path):
    """A news item alone: exit 0 (nothing failed), but every format says it
    was not checked; --fail-on-unchecked makes it fail the run."""
    news = seed_path("001")
    text = run("check", news, "--no-cache")
    assert text.exit_code == 0
    assert "Không kiểm tra (tin bài, không phải văn bản)" in text.output and "0 đạt" in text.output
    html = tmp_path / "r.html"
    assert run("check", news, "--no-cache", "--format", "html", "-o", str(html)).exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert 'class="status unchecked"' in page and 'class="status pass">— Đạt' not in page
    sarif = json.loads(run("check", news, "--no-cache", "--format", "sarif", "--lang", "en").output)
    [note] = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert "not checked" in note["message"]["text"]
    github = run("check", news, "--no-cache", "--format", "github", "--lang", "en").output
    assert github.startswith("::notice file=") and "not checked" in github
    assert run("check", news, "--no-cache", "--fail-on-unchecked").exit_code == 1


def test_explain_works_for_every_rule_kind_and_pack():
    from plancheck.checks import KINDS
    from plancheck.packs import load_builtin_packs

    packs = load_builtin_packs()
    ids = {r.id for pack in packs for p in pack.chain() for r in p.rules}
    names = {p.name for pack in packs for p in pack.chain()}
    for what in sorted(ids | set(KINDS) | names):
        result = run("explain", what)
        assert result.exit_code == 0 and result.exception is None, (what, result.output)
        assert result.output.strip(), what
    assert run("explain", "XX999").exit_code == 2


@pytest.mark.parametrize(
    "command",
    [
        ["check", "fixtures/seeds"],
        ["check", "fixtures/seeds", "--write-baseline"],
        ["graph", "fixtures/district"],
        ["derive", "fixtures/district/01-huyen-moc-chau.txt"],
        ["parse", "fixtures/district/01-huyen-moc-chau.txt"],
    ],
)
def test_an_output_into_a_missing_folder_is_a_clear_exit_2(tmp_path, command):
    missing = str(tmp_path / "khong-co" / "out.txt")
    args = [*command, missing] if command[-1] == "--write-baseline" else [*command, "-o", missing]
    result = run(*args)
    assert result.exit_code == 2 and not isinstance(result.exception, FileNotFoundError), result.output
    assert "không tồn tại" in result.output


def test_statistics_in_json_and_html(tmp_path):
    import jsonschema

    result = run("check", "fixtures/district", "--statistics", "--format", "json", "--no-cache")
    data = json.loads(result.output)
    jsonschema.validate(data, load("check"))
    counts = {s["rule"]: s["count"] for s in data["statistics"]}
    assert counts["CG102"] == sum(1 for f in data["files"] for g in f["findings"] if g["rule"] == "CG102") >= 2
    page = tmp_path / "r.html"
    run("check", "fixtures/district", "--statistics", "--format", "html", "-o", str(page), "--no-cache")
    assert 'id="statistics"' in page.read_text(encoding="utf-8")


def test_signature_suggestions_fit_the_issuer():
    """Decree 30: a ministry signs «BỘ TRƯỞNG», a Sở «GIÁM ĐỐC», an UBND «TM. ỦY BAN NHÂN DÂN»."""
    from plancheck.checks.format import signature_for

    assert signature_for("Bộ Nội vụ") == "BỘ TRƯỞNG"
    assert signature_for("Sở Tư pháp tỉnh Phú Yên") == "GIÁM ĐỐC"
    assert signature_for("UBND xã Định Hưng") == "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
    assert signature_for("Tỉnh uỷ Thừa Thiên Huế").startswith("T/M BAN THƯỜNG VỤ")
    text = run("check", "fixtures/real/b-bnv-qd971-2024.txt", "--no-cache", "--select", "ND303", "--lang", "en").output
    assert "TM. ỦY BAN NHÂN DÂN" not in text
