"""Errors that stop a run speak the user's language: a broken pack, a bad
configuration, a bad baseline and a mistyped command line are exit 2 with
the file, line and key in Vietnamese by default and in English with
``--lang en`` — never click's or pydantic's English in a Vietnamese run."""

from __future__ import annotations

import re
import textwrap

import pytest
from click.testing import CliRunner

from plancheck.cli import main

# English words that the catalogue's Vietnamese never uses (key names and
# values the user wrote, quoted in «», are removed before the search).
ENGLISH = re.compile(
    r"\b(unknown|missing|expected|must|rule|option|kind|theme|pack|used|twice|already|error|"
    r"syntax|the|not|no|such|invalid|value|got|did|you|mean|requires|argument|usage|try|text|"
    r"number|list|table|placeholder|filled|fails|passed|failed|example|finding)\b",
    re.I,
)
QUOTED = re.compile(r"«[^»]*»|'[^']*'|\{[^}]*\}")

HEAD = 'pack: thu\ntitle: {vi: "Thử", en: "Test"}\nextends: [cchc]\napplies_to: {kind: [document]}\nrules:\n'

PACKS = {
    "unknown option": (
        "- {id: XX101, kind: budget, severty: error, message: {vi: a, en: a}, reference: r}\n",
        "quy tắc XX101: tùy chọn không xác định «severty» cho loại «budget»",
    ),
    "unknown kind": (
        "- {id: XX101, kind: nonsense, message: {vi: a, en: a}, reference: r}\n",
        "loại quy tắc không xác định «nonsense»",
    ),
    "reused id": (
        "- {id: CC103, kind: budget, message: {vi: a, en: a}, reference: r}\n",
        "mã quy tắc CC103 đã được dùng trong",
    ),
    "unknown theme": (
        "- {id: XX201, kind: mandatory_theme, theme: the-chee, message: {vi: a, en: a}, reference: r}\n",
        "không có chủ đề «the-chee»",
    ),
    "placeholder": (
        '- {id: XX102, kind: pattern, mode: forbidden, patterns: [x], message: {vi: "Có «{foud}»", en: a},'
        " reference: r}\n",
        "chỗ điền {foud} không được loại «pattern» điền",
    ),
    "bad id": ("- {id: x1, kind: budget, message: {vi: a, en: a}, reference: r}\n", "«x1» không đúng dạng"),
    "substitution without swap": (
        "- {id: XX103, kind: pattern, mode: substitution, message: {vi: a, en: a}, reference: r}\n",
        "chế độ «substitution» cần khóa «swap»",
    ),
    "backtracking": (
        "- {id: XX104, kind: pattern, mode: forbidden, patterns: ['(a|aa)+$'], message: {vi: a, en: a},"
        " reference: r}\n",
        "quay lui bùng nổ",
    ),
    "yaml": ("- {id: XX105, kind: [unclosed\n", "lỗi cú pháp YAML"),
}


def _vietnamese_only(output: str) -> None:
    bare = QUOTED.sub("", output)
    bare = re.sub(r"\S*[/._|\[-]\S*", "", bare)  # paths, keys (rules.0.kind, fail-on) and the values they allow
    assert not ENGLISH.search(bare), output


@pytest.mark.parametrize("case", sorted(PACKS))
def test_a_broken_pack_is_told_in_vietnamese_and_in_english(tmp_path, case):
    rules, expected = PACKS[case]
    pack = tmp_path / "thu.yaml"
    pack.write_text(HEAD + textwrap.indent(rules, "  "), encoding="utf-8")
    result = CliRunner().invoke(main, ["test-rules", str(pack)])
    assert result.exit_code == 2, result.output
    assert f"{pack}:" in result.output and expected in result.output, result.output
    _vietnamese_only(result.output)
    english = CliRunner().invoke(main, ["test-rules", str(pack), "--lang", "en"])
    assert english.exit_code == 2 and expected not in english.output, english.output


CONFIGS = {
    'select = ["XX999"]': "select: không có mã quy tắc, tiền tố, loại hay bộ quy tắc «XX999»",
    'ignore = "CC303"': "ignore: cần một danh sách mã quy tắc, tiền tố, loại hoặc bộ quy tắc, nhận được một chuỗi",
    '\n[severity]\nXX104 = "error"': "severity.XX104: không có mã quy tắc «XX104»",
    'fail-on = "errors"': "fail-on: cần một trong các giá trị «error|warning|info|never»",
    "packs = [1]": "packs.0: cần một chuỗi văn bản, nhận được một số (1)",
    "timeout = -1": "timeout: cần một số lớn hơn 0",
    "colour = true": "colour: khóa không xác định",
    'ocr = "sometimes"': "ocr: cần một trong các giá trị «auto|always|never»",
    "ocr-timeout = 0": "ocr-timeout: cần một số lớn hơn 0",
    'select = ["CC1"': "cú pháp TOML sai ở dòng 1: tệp kết thúc khi một giá trị chưa đóng",
    'select = ["CC1"]]': "cú pháp TOML sai ở dòng 1, cột",
}


@pytest.mark.parametrize("text", sorted(CONFIGS))
def test_a_bad_configuration_is_told_in_vietnamese(tmp_path, text):
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text("KẾ HOẠCH\nTuyên truyền\n", encoding="utf-8")
    (tmp_path / "plancheck.toml").write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(plan), "--no-cache"])
    assert result.exit_code == 2, result.output
    assert "plancheck.toml:" in result.output and CONFIGS[text] in result.output, result.output
    _vietnamese_only(result.output)


def test_a_bad_baseline_is_told_in_vietnamese(tmp_path):
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text("KẾ HOẠCH\nTuyên truyền\n", encoding="utf-8")
    baseline = tmp_path / "b.json"
    baseline.write_text('{"findings": [{"rule": "CC101"}]}', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(plan), "--no-cache", "--baseline", str(baseline)])
    assert result.exit_code == 2 and "findings[0] (mục 1) cần có rule và path" in result.output, result.output
    baseline.write_text('{"findings": [', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(plan), "--no-cache", "--baseline", str(baseline)])
    assert result.exit_code == 2 and "không phải JSON hợp lệ (dòng 1, cột" in result.output, result.output


USAGE = {
    ("check", "--formt", "json", "x.txt"): "không có tùy chọn «--formt» (có phải là «--format",
    ("check", "--format", "jsn", "x.txt"): "giá trị không hợp lệ cho «--format»: «jsn» không phải một trong:",
    ("chek", "x.txt"): "không có lệnh «chek»",
    ("check",): "thiếu đối số «ĐƯỜNG_DẪN...»",
    ("check", "--timeout", "0", "x.txt"): "0.0 nằm ngoài khoảng cho phép",
    ("check", "--jobs", "many", "x.txt"): "«many» không phải là số",
    ("check", "--ocr", "sometimes", "x.txt"): "giá trị không hợp lệ cho «--ocr»: «sometimes» không phải một trong:",
    ("check", "--corpus", "/no/such/folder", "x.txt"): "«/no/such/folder» không tồn tại",
    ("explain",): "thiếu đối số «MÃ_QUY_TẮC»",
}


@pytest.mark.parametrize("args", sorted(USAGE))
def test_a_mistyped_command_line_is_told_in_the_chosen_language(args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 2, result.output
    assert USAGE[args] in result.output and "lỗi cách dùng" in result.output and "--help" in result.output
    _vietnamese_only(result.output.replace("--help", ""))
    english = CliRunner().invoke(main, [*args, "--lang", "en"] if args[0] != "chek" else ["--lang", "en", *args])
    assert english.exit_code == 2 and "lỗi cách dùng" not in english.output


def test_explain_of_an_unknown_id_says_so_in_either_language():
    assert (
        "không có quy tắc, loại quy tắc hay bộ quy tắc «ZZ999»" in CliRunner().invoke(main, ["explain", "ZZ999"]).output
    )
    english = CliRunner().invoke(main, ["explain", "ZZ999", "--lang", "en"])
    assert english.exit_code == 2 and "no rule, rule kind or pack 'ZZ999'" in english.output


@pytest.mark.parametrize("command", ["", "check", "parse", "explain", "test-rules", "graph", "derive", "rules"])
def test_help_is_in_the_chosen_language(command):
    args = [command, "--help"] if command else ["--help"]
    vietnamese = CliRunner().invoke(main, args)
    assert vietnamese.exit_code == 0 and "Cách dùng:" in vietnamese.output and "Tùy chọn:" in vietnamese.output
    assert "Hiện hướng dẫn này rồi thoát." in vietnamese.output
    bare = re.sub(
        r"--?[\w-]+|\[[^\]]*\]|\S*[/._|-]\S*|GITHUB_ACTIONS|TEXT|PATH|FILE|INTEGER|FLOAT|RANGE|x>0|x>=\d",
        "",
        vietnamese.output,
    )
    _vietnamese_only(bare)
    english = CliRunner().invoke(main, [*args, "--lang", "en"])
    assert english.exit_code == 0 and "Usage:" in english.output and "Show this message and exit." in english.output
