"""`--format docx`: the reviewed Word file — one comment per finding, anchored
on the finding's text, the rest of the document exactly the original's, the
input never touched — and locations a reader can find (paragraph, table cell,
page) in every format."""

from __future__ import annotations

import hashlib
import json
import os
import shutil

import docx
from click.testing import CliRunner
from conftest import fixture, seed_path
from docx.oxml.ns import qn

from plancheck.cli import main

THAC_MO = fixture("formats", "thac-mo.docx")


def _run(*args):
    return CliRunner().invoke(main, ["check", *args, "--no-cache", "--jobs", "1"])


def _anchored_texts(path) -> dict[str, str]:
    """comment id → the text between its commentRangeStart and commentRangeEnd."""
    body = docx.Document(path).element.body
    open_ids: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    for el in body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ids[el.get(qn("w:id"))] = []
        elif el.tag == qn("w:commentRangeEnd"):
            cid = el.get(qn("w:id"))
            done[cid] = "".join(open_ids.pop(cid, []))
        elif el.tag == qn("w:t"):
            for parts in open_ids.values():
                parts.append(el.text or "")
    return done


def _findings(path, *extra):
    out = _run(path, "--format", "json", "--fail-on", "never", *extra)
    return json.loads(out.output)["files"][0]["findings"]


def _digest(path) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _content(document) -> tuple:
    """What the reviewer wrote: paragraphs, tables, headers and footers, styles."""
    return (
        [p.text for p in document.paragraphs],
        [[[c.text for c in row.cells] for row in t.rows] for t in document.tables],
        [
            (
                s.header.is_linked_to_previous,
                [p.text for p in s.header.paragraphs],
                [p.text for p in s.footer.paragraphs],
            )
            for s in document.sections
        ],
        sorted(s.name for s in document.styles),
    )


def test_a_word_file_gets_one_comment_per_finding_on_its_text(tmp_path):
    before = _digest(THAC_MO)
    out = tmp_path / "thac-mo.review.docx"
    result = _run(THAC_MO, "--format", "docx", "-o", str(out))
    assert result.exit_code == 1, result.output  # the plan has an error (ND301): the exit code says so
    assert _digest(THAC_MO) == before  # the input is never written
    findings = _findings(THAC_MO)
    reviewed = docx.Document(out)
    comments = list(reviewed.comments)
    assert len(comments) == len(findings) + 1  # and the summary on the title
    assert all(c.author == "plancheck" for c in comments)
    summary = comments[0].text
    assert summary.startswith("plancheck: Chưa đạt") and "Bộ quy tắc áp dụng: nd30" in summary
    anchors = _anchored_texts(out)
    by_text = {c.comment_id: c.text for c in comments}
    for f in findings:
        mine = [cid for cid, text in by_text.items() if text.startswith(f"[{f['rule']}]") and f["message"] in text]
        assert mine, f
        if f.get("excerpt"):
            assert any(f["excerpt"] in anchors[str(cid)] for cid in mine), (
                f["excerpt"],
                [anchors[str(c)] for c in mine],
            )
    nd301 = next(c.text for c in comments if c.text.startswith("[ND301]"))
    assert "gợi ý sửa: 16/KH-UBND" in nd301 and "Căn cứ:" in nd301
    assert _content(reviewed) == _content(docx.Document(THAC_MO))  # everything else is the original's


def test_existing_comments_stay_and_english_is_english(tmp_path):
    original = docx.Document(THAC_MO)
    first = next(p for p in original.paragraphs if p.runs)
    original.add_comment(first.runs, text="Đề nghị xem lại", author="Phòng Nội vụ", initials="PNV")
    source = tmp_path / "co-y-kien.docx"
    original.save(source)
    out = tmp_path / "reviewed.docx"
    assert _run(str(source), "--format", "docx", "-o", str(out), "--lang", "en").exit_code == 1
    comments = list(docx.Document(out).comments)
    assert [(c.author, c.text) for c in comments if c.author == "Phòng Nội vụ"] == [("Phòng Nội vụ", "Đề nghị xem lại")]
    ours = [c.text for c in comments if c.author == "plancheck"]
    assert ours[0].startswith("plancheck: Failed") and any(t.startswith("[ND301] ERROR:") for t in ours)


def test_a_text_plan_becomes_a_word_file_whose_comments_cover_exactly_their_text(tmp_path):
    out = tmp_path / "003.docx"
    assert _run(seed_path("003"), "--format", "docx", "-o", str(out)).exit_code == 1
    findings = _findings(seed_path("003"))
    reviewed = docx.Document(out)
    assert len(list(reviewed.comments)) == len(findings) + 1
    anchors = set(_anchored_texts(out).values())
    for f in findings:
        if f.get("excerpt") and "\n" not in f["excerpt"]:
            assert f["excerpt"] in anchors, f["excerpt"]
    with open(seed_path("003"), encoding="utf-8") as fh:
        assert [p.text for p in reviewed.paragraphs] == fh.read().split("\n")


def test_several_documents_need_a_folder_and_no_input_is_overwritten(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    result = _run(
        seed_path("000"), seed_path("003"), THAC_MO, "--format", "docx", "-o", str(folder), "--fail-on", "never"
    )
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(folder)) == sorted(
        [
            os.path.basename(seed_path("000"))[:-4] + ".review.docx",
            os.path.basename(seed_path("003"))[:-4] + ".review.docx",
            "thac-mo.review.docx",
        ]
    )
    missing = _run(seed_path("000"), seed_path("003"), "--format", "docx", "-o", str(tmp_path / "one.docx"))
    assert missing.exit_code == 2 and "-o THƯ_MỤC" in missing.output
    copy = tmp_path / "copy.docx"
    shutil.copy(THAC_MO, copy)
    before = _digest(copy)
    same = _run(str(copy), "--format", "docx", "-o", str(copy))
    assert same.exit_code == 2 and "không ghi đè" in same.output and _digest(copy) == before
    assert _run(seed_path("000"), "--format", "docx").exit_code == 2


def test_locations_a_reader_can_find():
    findings = _findings(THAC_MO)
    nd301 = next(f for f in findings if f["rule"] == "ND301")
    # «Số: 16/KH- UBND» stands in the header table's first cell, the document's third paragraph
    assert (nd301["paragraph"], nd301["table"], nd301["row"], nd301["cell"]) == (3, 1, 1, 1)
    cc301 = next(f for f in findings if f["rule"] == "CC301")
    assert cc301["paragraph"] == 10 and "table" not in cc301
    text = _run(THAC_MO, "--fail-on", "never").output
    assert "[bảng 1, hàng 1, ô 1, đoạn 3]" in text and "[đoạn 10]" in text
    pdf = _findings(fixture("formats", "thai-nguyen.pdf"))
    assert pdf and all(f["page"] >= 1 and f["page_line"] >= 1 for f in pdf if f["rule"][:2] != "PC")
    plain = _findings(seed_path("003"))
    assert all("page" not in f and "paragraph" not in f for f in plain)
