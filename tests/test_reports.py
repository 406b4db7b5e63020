"""HTML, SARIF and GitHub output, and batch behaviour (order, parallelism, bad files)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT

DISTRICT = os.path.join(FIXTURES, "district")
HOSTILE = (
    "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG SANG\nSố: 09/KH-UBND\n\nĐông Sang, ngày 10 tháng 01 năm 2020\n\n"
    "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2020 <script>window.__pwned=1</script>\n\n"
    'Căn cứ Kế hoạch số 23/KH-UBND ngày 05/01/2020 của UBND huyện Mộc Châu <img src=x onerror="window.__pwned=2">;\n\n'
    "I. MỤC ĐÍCH {{ 7*7 }} {% raw %} ${7*7} \"quoted\" & 'single'\n"
)


def plancheck(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("GITHUB_ACTIONS", None) if env is None else None
    return subprocess.run([sys.executable, "-m", "plancheck", *args], capture_output=True, text=True, env=full_env)


@pytest.fixture()
def hostile(tmp_path):
    path = tmp_path / "hostile <b>plan<b> & co.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return str(path)


def test_html_is_self_contained_and_escapes_everything(tmp_path, hostile):
    out = tmp_path / "r.html"
    res = plancheck("check", hostile, "--corpus", DISTRICT, "--format", "html", "-o", str(out))
    assert res.returncode == 1, res.stderr  # the wrong date is an error
    html = out.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "MỤC ĐÍCH {{ 7*7 }} {% raw %} ${7*7}" in html and "MỤC ĐÍCH 49" not in html
    assert "hostile &lt;b&gt;plan&lt;b&gt; &amp; co.txt" in html
    # nothing fetched from the network: no external scripts, styles, images or fonts
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html
    # one script element: the page's own filter script
    assert html.count("<script>") == 1


def test_html_report_of_the_district(tmp_path):
    out = tmp_path / "district.html"
    res = plancheck("check", DISTRICT, "--format", "html", "-o", str(out), "--lang", "en")
    html = out.read_text(encoding="utf-8")
    assert res.returncode == 1
    assert "Plan review report" in html and "Citation graph" in html and "Coverage of mandatory content" in html
    # every finding of the text report has its line in the page
    text = plancheck("check", DISTRICT, "--lang", "en").stdout
    n_findings = sum(1 for line in text.splitlines() if re.match(r".+:\d+:\d+: ", line))
    assert html.count('class="finding"') == n_findings
    # the wrong-date finding links to the district plan's line 3, which the page shows (corpus = run)
    assert 'href="#d1-L3"' in html and 'id="d1-L3"' in html
    # the mismatch edge is drawn red in the SVG
    assert 'class="edge mismatch"' in html


def test_sarif_is_valid(tmp_path):
    sarif_pydantic = pytest.importorskip("sarif_pydantic")
    out = tmp_path / "r.sarif"
    plancheck("check", DISTRICT, "--format", "sarif", "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    sarif_pydantic.Sarif.model_validate(data)
    run = data["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(ids) == len(set(ids)) and "CG102" in ids
    mismatch = [r for r in run["results"] if r["ruleId"] == "CG102"]
    assert len(mismatch) == 2 and all(r["level"] == "error" for r in mismatch)
    loc = mismatch[0]["locations"][0]["physicalLocation"]
    assert loc["region"]["startLine"] == 13 and not loc["artifactLocation"]["uri"].startswith("/")
    assert mismatch[0]["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 3
    for r in run["results"]:
        assert ids[r["ruleIndex"]] == r["ruleId"]
    # the official schema, when this checkout sits beside it (not shipped: see README)
    schema_path = os.path.join(ROOT, "..", "shared", "schemas", "sarif-schema-2.1.0.json")
    if os.path.exists(schema_path):
        import jsonschema

        jsonschema.validate(data, json.load(open(schema_path, encoding="utf-8")))


def test_github_annotations_chosen_on_actions():
    res = plancheck(
        "check", os.path.join(DISTRICT, "xa-chieng-hac.txt"), "--corpus", DISTRICT, env={"GITHUB_ACTIONS": "true"}
    )
    lines = res.stdout.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    hit = next(line for line in lines if "CG102" in line)
    assert "file=" in hit and ",line=13," in hit and "title=CG102 (citation_mismatch)" in hit
    assert "::Viện dẫn 23/KH-UBND" in hit


def test_output_order_is_the_same_whatever_the_jobs():
    """Both runs really run (no cache: the second would be answered from the
    first's stored report), one in this process, one in a pool of two (the
    .docx and .pdf of fixtures/formats send a batch to the pool, whatever its size)."""
    args = (
        "check",
        DISTRICT,
        os.path.join(FIXTURES, "seeds"),
        os.path.join(FIXTURES, "real"),
        os.path.join(FIXTURES, "formats"),
        "--no-cache",
        "--format",
        "json",
    )
    one = plancheck(*args, "--jobs", "1")
    two = plancheck(*args, "--jobs", "2")
    assert len(json.loads(one.stdout)["files"]) > 60
    assert one.stdout == two.stdout


def test_a_bad_document_does_not_stop_the_batch(tmp_path):
    for name in sorted(os.listdir(DISTRICT)):
        if name.endswith(".txt"):
            (tmp_path / name).write_bytes(open(os.path.join(DISTRICT, name), "rb").read())
    (tmp_path / "xa-hong.docx").write_bytes(b"PK\x03\x04 broken")
    res = plancheck("check", str(tmp_path), "--jobs", "2", "--format", "json")
    data = json.loads(res.stdout)
    assert len(data["files"]) == 10
    bad = next(f for f in data["files"] if f["path"].endswith("xa-hong.docx"))
    assert [x["kind"] for x in bad["findings"]] == ["unreadable"]
    good = next(f for f in data["files"] if f["path"].endswith("xa-chieng-hac.txt"))
    assert "citation_mismatch" in {x["kind"] for x in good["findings"]}


def test_html_coverage_hover_and_graph_links(tmp_path):
    out = tmp_path / "district.html"
    plancheck("check", DISTRICT, "--format", "html", "-o", str(out))
    html = out.read_text(encoding="utf-8")
    # Lóng Sập lacks the district plan's item 5: a ✗ cell naming the item, and ✓ cells with their excerpt
    assert re.search(r'<td class="c no" title="thiếu[^"]*">✗</td>', html)
    assert "23/KH-UBND: Cải cách tài chính công" in html
    assert re.search(r'<td class="c yes" title="Cải cách thể chế[^"]*điểm khớp 100', html)
    # every document node of the SVG links to its section of the page
    svg = html[html.index("<svg") : html.index("</svg>")]
    anchors = set(re.findall(r'<a href="#(d\d+)">', svg))
    assert len(anchors) == 9 and all(f'id="{a}"' in html for a in anchors)


def test_progress_bar_only_on_a_terminal(tmp_path):
    import pty

    for name in sorted(os.listdir(DISTRICT)) * 3:  # 27 documents: a run long enough for a bar
        if name.endswith(".txt"):
            folder = tmp_path / f"copy{len(os.listdir(tmp_path))}"
            folder.mkdir()
            (folder / name).write_bytes(open(os.path.join(DISTRICT, name), "rb").read())
    quiet = plancheck("check", str(tmp_path), "--no-cache", "--jobs", "1")
    assert quiet.stderr == ""
    main, sub = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "plancheck", "check", str(tmp_path), "--no-cache", "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=sub,
    )
    os.close(sub)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait()
    os.close(main)
    assert "Đang kiểm tra".encode() in seen and b"27/27" in seen


def test_a_batch_report_opens_with_the_failing_documents_and_folded_texts(tmp_path):
    out = tmp_path / "r.html"
    plancheck("check", DISTRICT, "--no-cache", "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    articles = page[page.index("<article") :]
    order = [articles.index(f'data-failed="{flag}"') for flag in ("yes", "no")]
    assert order[0] < order[1]  # the first document read fails
    assert '<details class="text" open>' not in page
