"""`plancheck serve`: the reviewer's page and the API, on the runner the CLI uses."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import docx
import jsonschema
import pytest
from click.testing import CliRunner
from conftest import fixture, seed_path

from plancheck.cli import main

starlette = pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from plancheck.config import Config  # noqa: E402
from plancheck.packs import load_builtin_packs  # noqa: E402
from plancheck.schemas import load  # noqa: E402
from plancheck.server.app import create_app  # noqa: E402
from plancheck.server.settings import ServeSettings  # noqa: E402

DISTRICT = os.path.abspath(fixture("district"))
CORPUS = sorted(os.path.join(DISTRICT, n) for n in os.listdir(DISTRICT) if n.endswith(".txt"))


def _client(**over) -> TestClient:
    settings = ServeSettings(corpus=CORPUS, packs=load_builtin_packs(), cfg=Config(), **over)
    return TestClient(create_app(settings))


def _upload(path, name=None):
    with open(path, "rb") as fh:
        return ("files", (name or os.path.basename(path), fh.read()))


def test_api_check_answers_exactly_the_check_json_contract(tmp_path):
    shutil.copy(fixture("district", "xa-chieng-khua.txt"), tmp_path / "xa.txt")
    cli = subprocess.run(
        [
            sys.executable,
            "-m",
            "plancheck",
            "check",
            "xa.txt",
            "--corpus",
            DISTRICT,
            "--format",
            "json",
            "--no-cache",
            "--fail-on",
            "never",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    answer = _client().post("/api/check", files=[_upload(tmp_path / "xa.txt")])
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    served = answer.json()
    jsonschema.validate(served, load("check"))
    assert served == json.loads(cli.stdout)
    assert any(e["status"] == "mismatch" for e in served["graph"]["edges"])  # checked against the server's corpus


def test_several_files_a_language_and_a_pack_by_name():
    answer = _client().post(
        "/api/check", files=[_upload(seed_path("000")), _upload(seed_path("003"))], data={"lang": "en", "packs": "nd30"}
    )
    files = answer.json()["files"]
    assert len(files) == 2 and all(f["packs"] == ["nd30"] for f in files if f["status"] == "checked")
    assert any("Document number" in f["message"] for doc in files for f in doc["findings"])
    refused = _client().post("/api/check", files=[_upload(seed_path("000"))], data={"packs": "/etc/passwd"})
    assert refused.status_code == 400 and "không có bộ quy tắc" in refused.json()["error"]


def test_the_page_the_review_and_the_word_file():
    client = _client()
    page = client.get("/")
    assert page.status_code == 200 and "Kéo thả" in page.text and "/api/check" in page.text
    assert "Drop (or choose)" in client.get("/?lang=en").text
    html = client.post("/review", files=[_upload(seed_path("003"), "<script>alert(1)</script>.txt")])
    assert html.status_code == 200 and "Chưa đạt" in html.text
    assert "<script>alert(1)" not in html.text  # the name is escaped like everything else
    word = client.post("/review", files=[_upload(fixture("formats", "thac-mo.docx"))], data={"output": "docx"})
    assert word.status_code == 200 and "thac-mo.review.docx" in word.headers["content-disposition"]
    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"served-{os.getpid()}.docx")
    with open(path, "wb") as fh:
        fh.write(word.content)
    try:
        assert len(list(docx.Document(path).comments)) >= 2
    finally:
        os.remove(path)
    several = client.post(
        "/review", files=[_upload(seed_path("000")), _upload(seed_path("003"))], data={"output": "docx"}
    )
    assert several.headers["content-type"] == "application/zip"


def test_rules_and_health():
    client = _client()
    rules = client.get("/api/rules").json()
    assert {"CC103", "ND301", "TT101"} <= {r["id"] for r in rules}
    assert client.get("/healthz").json()["status"] == "ok"
    assert client.get("/no-such-page").status_code == 404


def test_limits_and_hostile_files_have_clear_answers(tmp_path):
    client = _client(file_limit=1024 * 1024, request_limit=2 * 1024 * 1024)
    big = client.post("/api/check", files=[("files", ("big.txt", b"a" * (1024 * 1024 + 1)))])
    assert big.status_code == 413 and "big.txt" in big.json()["error"]
    huge = client.post("/api/check", files=[("files", ("a.txt", b"a" * (3 * 1024 * 1024)))])
    assert huge.status_code == 413 and "2 MB" in huge.json()["error"]
    assert client.post("/api/check").status_code == 400
    hostile = client.post(
        "/api/check", files=[("files", ("bad.docx", b"PK\x03\x04not a zip")), _upload(seed_path("003"))]
    )
    files = {f["path"]: f for f in hostile.json()["files"]}
    assert files["bad.docx"]["status"] == "unreadable" and files["003_5f77db56d2a9fd6a.txt"]["status"] == "checked"
    assert client.get("/healthz").status_code == 200


def test_a_token_guards_every_request():
    client = _client(host="0.0.0.0", token="bí-mật-123".encode().hex())
    token = "bí-mật-123".encode().hex()
    assert client.get("/healthz").status_code == 401
    assert client.get("/healthz", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/healthz", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    page = client.get(f"/?token={token}")
    assert page.status_code == 200 and "mã truy cập" in page.text and f"/review?token={token}" in page.text
    refused = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0"])
    assert refused.exit_code == 2 and "--token" in refused.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_real_server_answers_requests_at_once(tmp_path):
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "plancheck", "serve", "--port", str(port), "--corpus", DISTRICT],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        client_files = [seed_path("000"), seed_path("003"), fixture("district", "xa-doan-ket.txt")]
        answers: dict[str, int] = {}

        def send(path):
            import httpx

            with open(path, "rb") as fh:
                r = httpx.post(base + "/api/check", files={"files": (os.path.basename(path), fh.read())}, timeout=120)
            answers[path] = r.status_code if r.json()["files"][0]["path"] == os.path.basename(path) else -1

        from hostile_corpus import _docx

        bomb = tmp_path / "bom-nen.docx"  # 150 MB of XML in a few hundred KB of zip
        bomb.write_bytes(
            _docx("<w:p><w:r><w:t>" + "Kế hoạch cải cách hành chính. " * 4000 + "</w:t></w:r></w:p>" * 1200)
        )
        broken = tmp_path / "hong.docx"
        broken.write_bytes(b"PK\x03\x04 not a zip at all")
        hostile: dict[str, dict] = {}

        def send_hostile(path):
            import httpx

            with open(path, "rb") as fh:
                r = httpx.post(base + "/api/check", files={"files": (path.name, fh.read())}, timeout=120)
            hostile[path.name] = {"code": r.status_code, **r.json()["files"][0]}

        threads = [threading.Thread(target=send, args=(p,)) for p in client_files]
        threads += [threading.Thread(target=send_hostile, args=(p,)) for p in (bomb, broken)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(150)
        assert answers == {p: 200 for p in client_files}
        assert {n: (h["code"], h["status"]) for n, h in hostile.items()} == {
            "bom-nen.docx": (200, "unreadable"),
            "hong.docx": (200, "unreadable"),
        }
        assert urllib.request.urlopen(base + "/healthz", timeout=5).status == 200  # and the server lives on
    finally:
        server.terminate()
        server.wait(10)


def test_a_browser_upload_shows_the_review(tmp_path):
    """The page in a real headless Chromium: a .docx dropped on the form, the review seen."""
    from test_browser import ARTIFACTS, _driver

    driver = _driver()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "plancheck", "serve", "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        driver.get(f"http://127.0.0.1:{port}/")
        os.makedirs(ARTIFACTS, exist_ok=True)
        driver.save_screenshot(os.path.join(ARTIFACTS, "serve-page.png"))
        driver.find_element(By.ID, "files").send_keys(os.path.abspath(fixture("formats", "thac-mo.docx")))
        assert "thac-mo.docx" in driver.find_element(By.ID, "names").text
        driver.find_element(By.CSS_SELECTOR, "button[value=html]").click()
        WebDriverWait(driver, 60).until(lambda d: "ND301" in d.page_source)
        assert "thac-mo.docx" in driver.page_source and "Chưa đạt" in driver.page_source
        driver.save_screenshot(os.path.join(ARTIFACTS, "serve-review.png"))
    finally:
        driver.quit()
        server.terminate()
        server.wait(10)
