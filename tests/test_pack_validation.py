"""Packs and configurations that would be misunderstood are refused, by file and line."""

from __future__ import annotations

import textwrap

from click.testing import CliRunner

from plancheck.cli import main

HEAD = 'pack: thu\ntitle: {vi: "Thử", en: "Test"}\nextends: [cchc]\napplies_to: {kind: [document]}\nrules:\n'


def _pack(tmp_path, rules: str, head: str = HEAD) -> str:
    path = tmp_path / "thu.yaml"
    path.write_text(head + textwrap.indent(textwrap.dedent(rules), "  "), encoding="utf-8")
    return str(path)


def _test_rules(path, lang="en"):
    return CliRunner().invoke(main, ["test-rules", path, "--lang", lang])


def test_a_rule_id_of_the_pack_it_extends_is_refused(tmp_path):
    path = _pack(
        tmp_path,
        """\
        - {id: CC103, kind: pattern, mode: forbidden, patterns: ['x'], message: {vi: "a", en: "a"}, reference: "r",
           examples: {pass: ["KẾ HOẠCH\\n"], fail: ["KẾ HOẠCH\\nx\\n"]}}
        """,
    )
    result = _test_rules(path)
    assert result.exit_code == 2 and "thu.yaml:6:" in result.output and "CC103 is already used" in result.output


def test_an_unknown_theme_is_refused_with_a_suggestion(tmp_path):
    path = _pack(
        tmp_path, '- {id: XX201, kind: mandatory_theme, theme: the-chee, message: {vi: "a", en: "a"}, reference: r}\n'
    )
    result = _test_rules(path)
    assert result.exit_code == 2 and "thu.yaml:6:" in result.output and "did you mean the-che" in result.output


def test_extends_naming_no_pack_points_at_the_extends_line(tmp_path):
    path = _pack(tmp_path, "[]\n", head=HEAD.replace("[cchc]", "[cchcx]").replace("rules:\n", "rules: "))
    result = _test_rules(path)
    assert result.exit_code == 2 and "thu.yaml:3:" in result.output and "cchcx" in result.output


def test_a_placeholder_its_kind_does_not_fill_is_refused_when_the_pack_loads(tmp_path):
    path = _pack(
        tmp_path,
        """\
        - id: XX101
          kind: pattern
          mode: forbidden
          patterns: ['xây dụng']
          message: {vi: "Có «{foud}»", en: "Found «{found}»"}
          reference: "r"
          examples: {pass: ["KẾ HOẠCH\\nxây dựng\\n"], fail: ["KẾ HOẠCH\\nxây dụng\\n"]}
        """,
    )
    result = _test_rules(path)
    assert result.exit_code == 2 and "thu.yaml:10:" in result.output
    assert "placeholder {foud} is not filled by kind 'pattern'" in result.output


def test_test_rules_catches_a_when_that_never_applies(tmp_path):
    path = _pack(
        tmp_path,
        """\
        - id: XX102
          kind: pattern
          mode: forbidden
          patterns: ['xây dụng']
          when: {level: [central], doc_type: [NQ]}
          message: {vi: "Có «{found}»", en: "Found «{found}»"}
          reference: "r"
          examples: {pass: ["KẾ HOẠCH\\nxây dựng\\n"], fail: ["KẾ HOẠCH\\nxây dụng\\n"]}
        """,
    )
    result = _test_rules(path)
    assert result.exit_code == 1
    assert "XX102 fail example 1: 0 finding(s): its when: does not apply" in result.output


def test_a_pattern_that_backtracks_without_end_is_refused_when_the_pack_loads(tmp_path):
    path = _pack(
        tmp_path,
        """\
        - {id: XX103, kind: pattern, mode: forbidden, patterns: ['(a|aa)+$'], message: {vi: "a", en: "a"},
           reference: "r", examples: {pass: ["KẾ HOẠCH\\n"], fail: ["KẾ HOẠCH\\naaa\\n"]}}
        """,
    )
    result = _test_rules(path)
    assert result.exit_code == 2 and "backtracks catastrophically" in result.output


def test_bad_configurations_name_file_line_and_key(tmp_path):
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text("KẾ HOẠCH\nTuyên truyền\n", encoding="utf-8")
    cases = {
        'select = ["XX999"]': "select: no rule id, prefix, kind or pack «XX999»",
        'ignore = "CC303"': "ignore: expected a list of rule ids",
        '\n[severity]\nXX104 = "error"': "severity.XX104: no rule id «XX104»",
        'fail-on = "errors"': "fail-on: expected one of error|warning|info|never",
        'lang = "fr"': "lang: expected one of vi|en",
        "packs = [1]": "packs.0: expected a text",
        "select = 5": "select: expected a list",
    }
    for text, expected in cases.items():
        (tmp_path / "plancheck.toml").write_text(text + "\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["check", str(plan), "--no-cache", "--lang", "en"])
        line = text.count("\n", 0, text.rfind("=")) + 1
        assert result.exit_code == 2, (text, result.output)
        assert f"plancheck.toml:{line}: {expected}" in result.output, (text, result.output)
    (tmp_path / "plancheck.toml").write_text('select = ["cc1"]\n', encoding="utf-8")  # any case: a prefix of CC101 ...
    assert CliRunner().invoke(main, ["check", str(plan), "--no-cache"]).exit_code in (0, 1)


def test_named_examples_assert_the_excerpt_and_the_message(tmp_path):
    path = _pack(
        tmp_path,
        """\
        - id: XX104
          kind: pattern
          mode: forbidden
          patterns: ['xây dụng']
          message: {vi: "Có «{found}»", en: "Found «{found}»"}
          reference: "r"
          examples:
            pass: ["KẾ HOẠCH\\nxây dựng\\n"]
            fail:
              - name: "a misspelling in the body"
                text: |
                  KẾ HOẠCH
                  Tuyên truyền xây dụng nông thôn mới
                excerpt: "xây dụng"
                message: "Có «xây dụng»"
              - name: "a wrong expectation"
                text: "KẾ HOẠCH\\nxây dụng\\n"
                message: "Có «xây dựng»"
        """,
        head=HEAD.replace("extends: [cchc]\n", ""),
    )
    result = _test_rules(path)
    assert result.exit_code == 1
    assert "XX104 fail example 2: «a wrong expectation»: no finding's message says «Có «xây dựng»»" in result.output
    assert "fail example 1" not in result.output
