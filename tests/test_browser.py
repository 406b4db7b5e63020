"""The HTML report in a real headless Chromium (Debian's chromium + chromium-driver).

Skipped, saying why, when the browser or its driver is not installed; `.ci/run`
installs both.  The screenshot is kept in test-artifacts/ (PLANCHECK_ARTIFACTS).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow  # see pyproject.toml's markers

DISTRICT = os.path.join(FIXTURES, "district")
ARTIFACTS = os.environ.get("PLANCHECK_ARTIFACTS", os.path.join(ROOT, "test-artifacts"))
HOSTILE = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN YÊN\nSố: 03/KH-UBND\n\nTân Yên, ngày 12 tháng 01 năm 2020\n\n"
    "KẾ HOẠCH\nTuyên truyền <script>window.__pwned = 1</script> năm 2020\n\n"
    'Căn cứ Kế hoạch số 23/KH-UBND ngày 03/01/2020 của UBND huyện Mộc Châu <img src=x onerror="window.__pwned = 2">;\n\n'
    "I. MỤC ĐÍCH {{ config }} {% if 1 %}x{% endif %}\n"
)


def _driver():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver") or (
        "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None
    )
    if not browser or not chromedriver:
        pytest.skip("Chromium or chromedriver not found: apt-get install chromium chromium-driver")
    opts = webdriver.ChromeOptions()
    opts.binary_location = browser
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
    ):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    from selenium.webdriver.chrome.service import Service

    return webdriver.Chrome(options=opts, service=Service(chromedriver))


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    for name in os.listdir(DISTRICT):
        if name.endswith(".txt"):
            shutil.copy(os.path.join(DISTRICT, name), folder / name)
    (folder / "xa-tan-yen.txt").write_text(HOSTILE, encoding="utf-8")
    report = folder / "report.html"
    res = subprocess.run(
        [sys.executable, "-m", "plancheck", "check", str(folder), "--format", "html", "-o", str(report)],
        capture_output=True,
        text=True,
    )
    assert report.exists(), res.stderr
    driver = _driver()
    driver.get(report.as_uri())
    yield driver
    driver.quit()


def _visible(driver, selector: str) -> list:
    return [e for e in driver.find_elements("css selector", selector) if e.is_displayed()]


def test_no_console_errors_and_hostile_text_runs_nothing(page):
    severe = [e for e in page.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]
    assert severe == []
    assert page.execute_script("return window.__pwned === undefined")
    # a batch's full texts start folded: open them all, as a reader would, and look again
    page.execute_script("document.querySelectorAll('details.text').forEach(function (d) { d.open = true; })")
    assert page.execute_script("return window.__pwned === undefined")
    text = page.find_element("css selector", "body").text
    assert "<script>window.__pwned = 1</script>" in text and "{{ config }}" in text
    assert page.find_elements("css selector", "img") == []


def test_filters_hide_and_show_findings(page):
    errors = "li.finding[data-severity=error]"
    warnings = "li.finding[data-severity=warning]"
    assert _visible(page, errors) and _visible(page, warnings)
    box = page.find_element("css selector", "input[name=severity][value=error]")
    box.click()
    assert _visible(page, errors) == [] and _visible(page, warnings)
    box.click()
    assert _visible(page, errors)
    from selenium.webdriver.support.ui import Select

    Select(page.find_element("id", "f-rule")).select_by_value("CG102")
    shown = _visible(page, "li.finding")
    assert len(shown) == 2 and all(li.get_attribute("data-rule") == "CG102" for li in shown)
    Select(page.find_element("id", "f-rule")).select_by_value("")
    page.find_element("id", "f-failing").click()
    clean = page.find_element("css selector", "article.doc[data-failed=no]")
    assert not clean.is_displayed()
    page.find_element("id", "f-failing").click()
    assert clean.is_displayed()


def test_clicking_a_finding_scrolls_to_its_highlighted_span(page):
    link = page.find_element("css selector", "li.finding[data-rule=CG105] a.goto")
    target = link.get_attribute("data-mark")
    page.execute_script("window.scrollTo(0, 0)")
    link.click()
    mark = page.find_element("id", target)
    assert mark.tag_name == "mark" and "23/KH-UBND" in mark.text
    in_view = page.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", mark
    )
    assert in_view
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.save_screenshot(os.path.join(ARTIFACTS, "finding-highlight.png"))
    page.execute_script("window.scrollTo(0, 0)")
    page.save_screenshot(os.path.join(ARTIFACTS, "report-top.png"))
    assert os.path.getsize(os.path.join(ARTIFACTS, "report-top.png")) > 10_000
