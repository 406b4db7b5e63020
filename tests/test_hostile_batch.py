"""A batch of hostile documents with a sound plan among them.

Every file must be answered within its budget — a finding or a clear
message, never a traceback, never the batch's loss — the sound plan's
findings must be exactly what it has alone, and no input may change.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time

import pytest
from hostile_corpus import DEFECTIVE, SOUND, make_corpus


def _plancheck(cwd, *args, timeout=300):
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run(
        [sys.executable, "-m", "plancheck", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout
    )


def _digests(folder) -> dict[str, str]:
    out = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path) and not os.path.islink(path) and os.path.getsize(path) < 10**8:
            with open(path, "rb") as fh:
                out[name] = hashlib.sha256(fh.read()).hexdigest()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    return folder, make_corpus(folder)


def _findings_of(report: dict, name: str) -> list[dict]:
    doc = next(d for d in report["files"] if os.path.basename(d["path"]) == name)
    return [{k: f[k] for k in ("rule", "line", "column", "message")} for f in doc["findings"]]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_hostile_file_is_answered_and_the_sound_plan_is_intact(corpus, jobs, tmp_path):
    folder, made = corpus
    before = _digests(folder)
    alone = _plancheck(
        tmp_path,
        "check",
        "--no-cache",
        "--format",
        "json",
        "--fail-on",
        "never",
        os.path.join(folder, "00-sound-plan.txt"),
    )
    started = time.monotonic()
    res = _plancheck(
        tmp_path,
        "check",
        "--format",
        "json",
        "--fail-on",
        "never",
        "--jobs",
        jobs,
        "--timeout",
        "20",
        "--",
        str(folder),
    )
    took = time.monotonic() - started
    assert "Traceback" not in res.stderr, res.stderr
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    answered = {os.path.basename(d["path"]) for d in report["files"]}
    assert set(made) <= answered, set(made) - answered
    assert _findings_of(report, "00-sound-plan.txt") == _findings_of(json.loads(alone.stdout), "00-sound-plan.txt")
    assert took < 120, f"the batch took {took:.0f} s"
    assert _digests(folder) == before  # nothing the user gave is changed


def _one(folder, name, *extra):
    res = _plancheck(folder, "check", "--no-cache", "--format", "json", "--fail-on", "never", *extra, "--", name)
    assert "Traceback" not in res.stderr, res.stderr
    doc = json.loads(res.stdout)["files"][0]
    return doc, [f["rule"] for f in doc["findings"]], " ".join(f["message"] for f in doc["findings"])


def test_word_numbering_cannot_ask_for_gigabytes(corpus):
    folder, _ = corpus
    for name in ("letters.docx", "roman.docx", "level-text.docx", "bad-ints.docx"):
        started = time.monotonic()
        doc, rules, _ = _one(folder, name)
        assert time.monotonic() - started < 30, name
        assert "PC003" not in rules, (name, rules)  # no crash inside the reader


def test_a_pdf_over_its_pages_or_page_time_is_its_own_finding(corpus):
    folder, _ = corpus
    _, rules, text = _one(folder, "many-pages.pdf")
    assert rules == ["PC001"] and "5000" in text and "max-pages" in text
    started = time.monotonic()
    _, rules, text = _one(folder, "shared-stream.pdf")
    # the page limit (5 s) fires at once, or as late as the document's own (30 s) when
    # the signal waits for a long step of the PDF reader
    assert time.monotonic() - started < 45
    assert rules == ["PC001"] and "page-timeout" in text
    _, rules, text = _one(folder, "encrypted.pdf", "--lang", "en")
    assert rules == ["PC001"] and "encrypted" in text


def test_special_files_are_refused_before_they_are_read(corpus):
    folder, _ = corpus
    for name, word in (("fifo.txt", "FIFO"), ("zero.txt", "device"), ("sparse.txt", "too large")):
        started = time.monotonic()
        res = _plancheck(
            folder, "check", "--format", "json", "--lang", "en", "--fail-on", "never", "--", name, timeout=60
        )  # with the cache on: it hashes files
        assert time.monotonic() - started < 30
        doc = json.loads(res.stdout)["files"][0]
        assert [f["rule"] for f in doc["findings"]] == ["PC001"] and word in doc["findings"][0]["message"], name


def test_one_stray_byte_does_not_turn_a_plan_into_not_checked(corpus):
    folder, _ = corpus
    doc, rules, text = _one(folder, "stray-byte.txt", "--lang", "en")
    assert doc["kind"] == "document" and doc["number"] == "85/KH-UBND"
    assert "PC002" in rules and "invalid byte" in text and "VNI" not in text


def test_linear_text_handling(corpus):
    """Combining marks, a citation before 20,000 spaces, a long line of
    reporting duties: each well inside its budget."""
    folder, _ = corpus
    for name in ("combining.txt", "spaces.txt", "long-line.txt"):
        started = time.monotonic()
        doc, rules, _ = _one(folder, name)
        assert time.monotonic() - started < 10, name
        assert "PC001" not in rules and doc["kind"] == "document", (name, rules)


def test_one_document_cited_with_many_numbers_is_one_finding(tmp_path):
    with open(SOUND, encoding="utf-8") as fh:
        plan = fh.read()
    same = "".join(
        f"Quyết định số {i}/QĐ-UBND ngày 02/01/2020 của UBND xã Đông Sang về việc ban hành Kế hoạch cải"
        f" cách hành chính năm 2020;\n"
        for i in range(1, 301)
    )
    (tmp_path / "many.txt").write_text(
        plan.replace("Thực hiện Quyết định", same + "\nThực hiện Quyết định", 1), encoding="utf-8"
    )
    doc, rules, _ = _one(tmp_path, "many.txt")
    assert rules.count("CC103") == 1


def test_a_damaged_gazetteer_index_is_rebuilt(tmp_path):
    env_home = tmp_path / "home"
    district = os.path.dirname(DEFECTIVE)

    def run():
        env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
        env["XDG_CACHE_HOME"] = str(env_home)
        return subprocess.run(
            [sys.executable, "-m", "plancheck", "check", "--no-cache", "--format", "json", district],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
        )

    first = run()
    index = next((env_home / "plancheck").glob("gazetteer-*.sqlite"))
    data = bytearray(index.read_bytes())
    for i in range(8192, len(data), 3 * 4096):
        data[i : i + 256] = b"\x55" * 256
    index.write_bytes(data)
    again = run()
    assert "Traceback" not in again.stderr and "DatabaseError" not in again.stderr
    assert (again.stdout, again.returncode) == (first.stdout, first.returncode)
