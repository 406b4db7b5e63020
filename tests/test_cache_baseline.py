"""The incremental cache and the baseline file."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import sqlite3
import subprocess
import sys

from conftest import FIXTURES

DISTRICT = os.path.join(FIXTURES, "district")


def plancheck(cwd, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run([sys.executable, "-m", "plancheck", *args], capture_output=True, text=True, cwd=cwd, env=env)


def _folder(tmp_path):
    folder = tmp_path / "huyen"
    shutil.copytree(DISTRICT, folder)
    return folder


def test_warm_run_reads_nothing_it_need_not_and_says_the_same(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    cold = plancheck(tmp_path, "check", "huyen", "--format", "json")
    assert (tmp_path / ".plancheck_cache" / "cache.sqlite3").exists()
    assert (tmp_path / ".plancheck_cache" / ".gitignore").read_text().strip().endswith("*")
    # Prove the warm run parses nothing: make parsing impossible in-process and check again.
    from runs import check_paths

    from plancheck.engine import check
    from plancheck.store.cache import Cache

    def no_parse(*a, **k):
        raise AssertionError("parsed an unchanged file")

    monkeypatch.setattr(check, "parse", no_parse)
    monkeypatch.chdir(tmp_path)
    files = sorted(os.path.join("huyen", n) for n in os.listdir(folder) if n.endswith(".txt"))
    cache = Cache(str(tmp_path))
    run = check_paths(files, cache=cache)
    cache.close()
    warm = {r.path: sorted((f.rule, f.line) for f in r.findings) for r in run.results}
    cold_data = {
        f["path"]: sorted((x["rule"], x["line"]) for x in f["findings"]) for f in json.loads(cold.stdout)["files"]
    }
    assert warm == cold_data


def test_a_changed_document_reruns_the_graph_checks(tmp_path):
    folder = _folder(tmp_path)
    first = json.loads(plancheck(tmp_path, "check", "huyen", "--format", "json").stdout)
    hac = next(f for f in first["files"] if f["path"].endswith("xa-chieng-hac.txt"))
    assert "citation_mismatch" in {x["kind"] for x in hac["findings"]}
    # the district re-issues its plan with the date the commune cited: the mismatch must go
    district = folder / "01-huyen-moc-chau.txt"
    district.write_text(
        district.read_text(encoding="utf-8").replace("ngày 03 tháng 01 năm 2020", "ngày 05 tháng 01 năm 2020"),
        encoding="utf-8",
    )
    second = json.loads(plancheck(tmp_path, "check", "huyen", "--format", "json").stdout)
    hac = next(f for f in second["files"] if f["path"].endswith("xa-chieng-hac.txt"))
    assert "citation_mismatch" not in {x["kind"] for x in hac["findings"]}
    sang = next(f for f in second["files"] if f["path"].endswith("xa-dong-sang.txt"))
    assert "citation_mismatch" in {x["kind"] for x in sang["findings"]}


def test_a_corrupt_cache_is_rebuilt_not_trusted(tmp_path):
    _folder(tmp_path)
    first = plancheck(tmp_path, "check", "huyen", "--format", "json").stdout
    db = tmp_path / ".plancheck_cache" / "cache.sqlite3"
    con = sqlite3.connect(db)
    con.execute("UPDATE files SET v = x'00ff00ff'")  # every entry damaged
    con.commit()
    con.close()
    again = plancheck(tmp_path, "check", "huyen", "--format", "json")
    assert json.loads(again.stdout)["files"] == json.loads(first)["files"]
    db.write_bytes(b"this is not a database")
    third = plancheck(tmp_path, "check", "huyen", "--format", "json")
    assert json.loads(third.stdout)["files"] == json.loads(first)["files"]
    assert plancheck(tmp_path, "check", "huyen", "--no-cache").returncode == 1


def test_baseline_reports_only_new_findings_and_survives_edits_above(tmp_path):
    folder = _folder(tmp_path)
    res = plancheck(tmp_path, "check", "huyen", "--write-baseline", "baseline.json")
    assert res.returncode == 1
    data = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert all(e["reason"] == "" for e in data["findings"]) and len(data["findings"]) > 5
    assert plancheck(tmp_path, "check", "huyen", "--baseline", "baseline.json").returncode == 0
    # two lines added above the Chiềng Hắc finding: still accepted
    hac = folder / "xa-chieng-hac.txt"
    hac.write_text("\n\n" + hac.read_text(encoding="utf-8"), encoding="utf-8")
    assert plancheck(tmp_path, "check", "huyen", "--baseline", "baseline.json").returncode == 0
    # a new defect is reported
    sang = folder / "xa-dong-sang.txt"
    sang.write_text(
        sang.read_text(encoding="utf-8").replace("ngày 03 tháng 01 năm 2020", "ngày 04 tháng 01 năm 2020"),
        encoding="utf-8",
    )
    res = plancheck(tmp_path, "check", "huyen", "--baseline", "baseline.json")
    assert (
        res.returncode == 1
        and "xa-dong-sang.txt:13:8:" in res.stdout
        and "xa-chieng-hac" not in res.stdout.split("\n\n")[0]
    )


def test_a_broken_baseline_is_a_clear_error(tmp_path):
    _folder(tmp_path)
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    res = plancheck(tmp_path, "check", "huyen", "--baseline", "b.json")
    assert res.returncode == 2 and "b.json" in res.stderr and "JSON" in res.stderr


def test_an_unchanged_run_answers_the_same_report_and_exit_code(tmp_path):
    _folder(tmp_path)
    first = plancheck(tmp_path, "check", "huyen")
    second = plancheck(tmp_path, "check", "huyen")
    assert (second.stdout, second.returncode) == (first.stdout, first.returncode) and first.returncode == 1
    con = sqlite3.connect(tmp_path / ".plancheck_cache" / "cache.sqlite3")
    # one stored report (its entry and its text, kept in blocks of a million characters)
    assert con.execute("SELECT count(*) FROM outputs WHERE k NOT LIKE '%:%'").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM outputs WHERE k LIKE '%:0'").fetchone()[0] == 1
    con.close()
    english = plancheck(tmp_path, "check", "huyen", "--lang", "en")
    assert "ERROR CG102" in english.stdout  # another language is another report
    for p in (tmp_path / "huyen").iterdir():  # touched, as a fresh checkout leaves them: the same report
        st = p.stat()
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    touched = plancheck(tmp_path, "check", "huyen")
    assert (touched.stdout, touched.returncode) == (first.stdout, first.returncode)


def test_a_damaged_entry_that_still_unpickles_is_not_trusted(tmp_path):
    """A flipped byte inside a stored text still unpickles; the entry's
    seal is what tells it from the real result."""
    from plancheck.store.cache import Cache

    cache = Cache(str(tmp_path))
    cache.put_many("files", [("k", {"number": "05/KH-UBND", "line": 12})])
    con = sqlite3.connect(tmp_path / ".plancheck_cache" / "cache.sqlite3")
    damaged = con.execute("SELECT v FROM files").fetchone()[0].replace(b"UBND", b"UBNX")
    con.execute("UPDATE files SET v = ?", (damaged,))
    con.commit()
    con.close()
    assert pickle.loads(damaged[33:])["number"] == "05/KH-UBNX"  # the damage alone would go unnoticed
    assert cache.get("files", "k") is None
    assert cache.get_many("files", ["k"]) == {}


def test_large_entries_are_compressed_and_come_back_whole(tmp_path):
    from plancheck.store.cache import COMPRESS_FROM, Cache

    cache = Cache(str(tmp_path))
    block = "Kế hoạch số 05/KH-UBND; " * (COMPRESS_FROM // 10)  # a report block, say
    cache.put_many("outputs", [("big", block), ("small", "Kế hoạch")])
    con = sqlite3.connect(tmp_path / ".plancheck_cache" / "cache.sqlite3")
    sizes = dict(con.execute("SELECT k, length(v) FROM outputs"))
    con.close()
    assert sizes["big"] < len(block.encode()) // 10
    assert cache.get("outputs", "big") == block and cache.get("outputs", "small") == "Kế hoạch"


def _stats_rows(tmp_path) -> int:
    con = sqlite3.connect(tmp_path / ".plancheck_cache" / "cache.sqlite3")
    try:
        return con.execute("SELECT count(*) FROM stats").fetchone()[0]
    finally:
        con.close()


def _check_in_process(tmp_path, folder):
    from runs import check_paths

    from plancheck.store.cache import Cache

    files = sorted(str(p) for p in folder.iterdir() if p.suffix == ".txt")
    cache = Cache(str(tmp_path))
    try:
        return check_paths(files, cache=cache)
    finally:
        cache.close()


def test_an_unchanged_file_is_known_by_its_stat_and_not_read(tmp_path, monkeypatch):
    folder = _folder(tmp_path)  # copied with the fixtures' old modification times
    _check_in_process(tmp_path, folder)
    assert _stats_rows(tmp_path) == 9  # every plan's hash kept beside its stat
    from plancheck.engine import check
    from plancheck.runner import jobs, plan

    def no_reading(*a, **k):
        raise AssertionError("read a file whose stat had not changed")

    monkeypatch.setattr(jobs, "content_hash", no_reading)
    monkeypatch.setattr(check, "read_source", no_reading)
    seen = []
    monkeypatch.setattr(plan, "signature", lambda p, real=plan.signature: seen.append(p) or real(p))
    run = _check_in_process(tmp_path, folder)
    assert len(seen) == 9 and len(run.results) == 9 and run.key


def test_a_touched_file_is_hashed_again_and_found_in_the_cache_unparsed(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    first = _check_in_process(tmp_path, folder)
    for p in folder.iterdir():  # as a fresh checkout leaves them: new times, same bytes
        st = p.stat()
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    from plancheck.engine import check
    from plancheck.runner import jobs

    hashed = []
    monkeypatch.setattr(jobs, "content_hash", lambda p, real=jobs.content_hash: hashed.append(p) or real(p))
    monkeypatch.setattr(check, "parse", lambda *a: (_ for _ in ()).throw(AssertionError("parsed an unchanged file")))
    again = _check_in_process(tmp_path, folder)
    assert len(hashed) == 9 and again.key == first.key
    assert [(r.path, r.severity_counts()) for r in again.results] == [
        (r.path, r.severity_counts()) for r in first.results
    ]


def test_a_file_changed_just_before_the_run_is_not_known_by_its_stat(tmp_path):
    """A file changed in the last two seconds could change again with the
    same stat on a coarse clock: its hash is not recorded beside its stat,
    so the next run reads it again (and sees an edit the stat would hide)."""
    folder = _folder(tmp_path)
    hac = folder / "xa-chieng-hac.txt"
    hac.write_text(hac.read_text(encoding="utf-8"), encoding="utf-8")  # now
    _check_in_process(tmp_path, folder)
    assert _stats_rows(tmp_path) == 8
    st = hac.stat()
    text = hac.read_text(encoding="utf-8")
    hac.write_text(text.replace("năm 2020", "năm 2021", 1), encoding="utf-8")
    os.utime(hac, ns=(st.st_atime_ns, st.st_mtime_ns))  # the same size and time as before the edit
    run = _check_in_process(tmp_path, folder)
    changed = next(r for r in run.results if r.path.endswith("xa-chieng-hac.txt"))
    assert changed.plan.header.date_text == "ngày 09 tháng 01 năm 2021"  # the edited date line, read afresh


def test_a_result_gone_from_the_cache_after_the_worker_saw_it_is_checked_afresh(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    first = _check_in_process(tmp_path, folder)
    con = sqlite3.connect(tmp_path / ".plancheck_cache" / "cache.sqlite3")
    con.execute("DELETE FROM final")
    con.execute("DELETE FROM stats")  # every file hashed by the worker again
    lost = con.execute("SELECT k FROM files WHERE rowid = (SELECT min(rowid) FROM files)").fetchone()[0]
    con.execute("DELETE FROM files WHERE k = ?", (lost,))  # one result lost ...
    con.commit()
    con.close()
    from plancheck.store.cache import Cache

    real, lied = Cache.present, []

    def present(self, table, keys):  # ... just after the worker found it there
        keys = list(keys)
        if lost in keys and not lied:
            lied.append(lost)
            return real(self, table, keys) | {lost}
        return real(self, table, keys)

    monkeypatch.setattr(Cache, "present", present)
    again = _check_in_process(tmp_path, folder)
    assert lied
    assert [(r.path, r.severity_counts()) for r in again.results] == [
        (r.path, r.severity_counts()) for r in first.results
    ]


def test_every_model_class_comes_back_equal_through_pickle():
    """The model pickles by field position (plancheck.model._pickled_by_position):
    a parsed plan of each seed, and a finding with its related places, come
    back equal, and every class of the model is covered."""
    import dataclasses

    from conftest import seed_path

    from plancheck import model
    from plancheck.ingest import read_source
    from plancheck.parse import parse

    seen = set()

    def classes(value):
        if dataclasses.is_dataclass(value):
            seen.add(type(value))
            for f in dataclasses.fields(value):
                classes(getattr(value, f.name))
        elif isinstance(value, list):
            for v in value:
                classes(v)

    for seed in ("000", "002", "003"):
        plan = parse(read_source(seed_path(seed)))
        classes(plan)
        for protocol in (0, pickle.HIGHEST_PROTOCOL):
            assert pickle.loads(pickle.dumps(plan, protocol)) == plan
    finding = model.Finding(
        rule="CG102",
        kind="citation_mismatch",
        severity="error",
        message="m",
        path="a.txt",
        related=[model.Related(path="b.txt", line=3)],
        start=4,
        end=9,
    )
    classes(finding)
    assert pickle.loads(pickle.dumps(finding, pickle.HIGHEST_PROTOCOL)) == finding
    model_classes = {
        c
        for c in vars(model).values()
        if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == model.__name__
    }
    assert seen == model_classes, model_classes - seen
