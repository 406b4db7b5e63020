"""The runner on Dask distributed gives the local run's report, byte for byte.

A LocalCluster of two processes (``--executor dask``) on every fixture; a
real ``dask scheduler`` with two ``dask worker`` processes on loopback on the
fixtures and on 2,000 generated plans, then the same run with one worker
killed while it works; and a scheduler that cannot be reached (exit 2).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow  # see pyproject.toml's markers

FIXTURE_SETS = [os.path.join(FIXTURES, d) for d in ("seeds", "district", "real", "formats", "encodings", "bad")]


def _command(paths, out, *extra) -> list[str]:
    """A cold check of ``paths`` with its JSON report in ``out``."""
    check = ["check", *paths, "--no-cache", "--fail-on", "never", "--format", "json", "-o", str(out), *extra]
    return [sys.executable, "-m", "plancheck", *check]


def _check(paths, out, *extra, cwd):
    return subprocess.run(_command(paths, out, *extra), cwd=cwd, capture_output=True, text=True, timeout=600)


def _same_report(paths, tmp_path, *dask_args):
    local, remote = tmp_path / "local.json", tmp_path / "dask.json"
    assert _check(paths, local, cwd=tmp_path).returncode == 0
    done = _check(paths, remote, "--executor", "dask", *dask_args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert remote.read_bytes() == local.read_bytes()


def test_a_local_cluster_of_two_processes_gives_the_local_report(tmp_path):
    _same_report(FIXTURE_SETS, tmp_path, "--jobs", "2")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cluster(tmp_path):
    """A scheduler and two single-threaded workers (no nanny: one process each, to kill) on loopback."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "distributed.cli.dask_scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--dashboard-address",
                ":0",
                "--no-show",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=tmp_path,
        )
    ]
    for i in range(2):
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "distributed.cli.dask_worker",
                    address,
                    "--nthreads",
                    "1",
                    "--no-nanny",
                    "--no-dashboard",
                    "--name",
                    f"w{i}",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                cwd=tmp_path,
            )
        )
    from distributed import Client

    with Client(address, timeout=60) as client:
        client.wait_for_workers(2, timeout=60)
    yield address, procs[1:]
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait(timeout=30)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run(
        [sys.executable, os.path.join(ROOT, "benchmarks", "generate_corpus.py"), "--docs", "2000", "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return out


def test_a_real_scheduler_and_two_workers_give_the_local_report(cluster, corpus, tmp_path):
    address, _ = cluster
    _same_report(FIXTURE_SETS, tmp_path, "--scheduler", address)
    _same_report([str(corpus)], tmp_path, "--scheduler", address)


def test_a_worker_killed_during_the_run_changes_nothing_in_the_report(cluster, corpus, tmp_path):
    address, workers = cluster
    local, remote = tmp_path / "local.json", tmp_path / "dask.json"
    assert _check([str(corpus)], local, cwd=tmp_path).returncode == 0
    cmd = _command([str(corpus)], remote, "--scheduler", address)
    run = subprocess.Popen(
        cmd,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PLANCHECK_TIMINGS": "1"},
    )
    # Kill one worker once the documents are being checked on the cluster.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and run.poll() is None and not _checking_started(address):
        time.sleep(0.1)
    assert run.poll() is None, "the run ended before a worker could be killed"
    os.kill(workers[0].pid, signal.SIGKILL)
    workers[0].wait(timeout=30)
    _, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    assert remote.read_bytes() == local.read_bytes()


def _checking_started(address: str) -> bool:
    """Whether the cluster is running plancheck's tasks (the client has submitted phase 1)."""
    from distributed import Client

    with Client(address, timeout=30) as client:
        processing = client.processing()
    return sum(len(v) for v in processing.values()) > 0


def test_a_scheduler_that_cannot_be_reached_is_exit_2(tmp_path):
    done = _check(
        [os.path.join(FIXTURES, "district")],
        tmp_path / "out.json",
        "--scheduler",
        f"tcp://127.0.0.1:{_free_port()}",
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "Dask" in done.stderr and "tcp://127.0.0.1" in done.stderr and "Traceback" not in done.stderr


def test_a_document_past_its_time_limit_is_stopped_on_the_cluster(tmp_path):
    """A Dask worker runs its tasks in a thread, where no signal arrives: the
    time limit still stops the document's work there, as the local run's does
    (the real texts joined into a 5 MB text take about a quarter of a second;
    a commune plan, some milliseconds)."""
    folder = tmp_path / "batch"
    folder.mkdir()
    district = Path(FIXTURES) / "district"
    body = "\n\n".join(p.read_text("utf-8") for p in sorted((Path(FIXTURES) / "real").glob("*.txt")))
    (folder / "big.txt").write_text((district / "01-huyen-moc-chau.txt").read_text("utf-8") + body * 12, "utf-8")
    assert (folder / "big.txt").stat().st_size > 4_000_000
    (folder / "small.txt").write_text((district / "xa-dong-sang.txt").read_text("utf-8"), "utf-8")
    local, remote = tmp_path / "local.json", tmp_path / "dask.json"
    assert _check([str(folder)], local, "--timeout", "0.1", cwd=tmp_path).returncode == 0
    done = _check([str(folder)], remote, "--timeout", "0.1", "--executor", "dask", "--jobs", "2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert remote.read_bytes() == local.read_bytes()

    report = json.loads((tmp_path / "dask.json").read_text("utf-8"))
    kinds = {f["path"].rsplit("/", 1)[-1]: {x["kind"] for x in f["findings"]} for f in report["files"]}
    assert kinds["big.txt"] == {"unreadable"}  # over its budget: that finding alone
    assert "unreadable" not in kinds["small.txt"]


def test_the_result_cache_works_the_same_on_the_cluster(tmp_path):
    """The workers only look the cache up; the client writes it.  A Dask run
    fills the cache; after one commune plan changes, the next Dask run checks
    that plan again and takes the others from the cache, and the local run
    uses the same cache: every report is a cold local run's, byte for byte."""
    folder = tmp_path / "district"
    shutil.copytree(Path(FIXTURES) / "district", folder)

    def cached(out, *extra):
        options = ["--fail-on", "never", "--format", "json", "-o", str(out), *extra]
        done = subprocess.run(
            [sys.executable, "-m", "plancheck", "check", str(folder), *options],
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        return out.read_bytes()

    def cold_local(name):
        assert _check([str(folder)], tmp_path / name, cwd=tmp_path).returncode == 0
        return (tmp_path / name).read_bytes()

    assert cached(tmp_path / "dask-1.json", "--executor", "dask", "--jobs", "2") == cold_local("cold-1.json")
    assert (tmp_path / ".plancheck_cache").is_dir()  # beside where the command ran, written by the client
    plan = folder / "xa-dong-sang.txt"
    plan.write_text(plan.read_text("utf-8").replace("10 tháng 01", "11 tháng 01"), "utf-8")
    changed = cold_local("cold-2.json")
    assert changed != (tmp_path / "cold-1.json").read_bytes()
    assert cached(tmp_path / "dask-2.json", "--executor", "dask", "--jobs", "2") == changed
    assert cached(tmp_path / "local-2.json", "--jobs", "1") == changed


def test_the_progress_counts_every_document_finished_on_the_cluster():
    from plancheck.config import Config
    from plancheck.packs import load_builtin_packs
    from plancheck.runner import Request, run_request
    from plancheck.runner.dask_executor import DaskExecutor
    from plancheck.runner.discover import collect_files

    files = collect_files([os.path.join(FIXTURES, "district"), os.path.join(FIXTURES, "real")])
    ticks: list[int] = []
    executor = DaskExecutor(None, workers=2)
    try:
        run = run_request(
            Request(files, [], load_builtin_packs(), False, Config(), "vi", 2, executor=executor), ticks.append
        )
    finally:
        executor.close()
    assert len(run.results) == len(files) > 200
    assert sum(ticks) == len(files)  # each document once, as its chunk comes back
    assert len(ticks) > 1  # in steps, not all at the end


def test_a_scheduler_address_that_is_no_address_is_exit_2(tmp_path):
    done = _check([os.path.join(FIXTURES, "district")], tmp_path / "out.json", "--scheduler", "nonsense", cwd=tmp_path)
    assert done.returncode == 2
    assert "nonsense" in done.stderr and "Dask" in done.stderr and "Traceback" not in done.stderr


def test_without_the_extra_the_dask_executor_is_exit_2_in_the_chosen_language(monkeypatch):
    from click.testing import CliRunner

    from plancheck.cli import main

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if plancheck[dask] were not installed
    district = os.path.join(FIXTURES, "district")
    for lang, words in (("vi", "cần cài thêm"), ("en", "needs the extra")):
        result = CliRunner().invoke(main, ["check", district, "--executor", "dask", "--lang", lang, "--no-cache"])
        assert result.exit_code == 2
        assert words in result.output and "plancheck[dask]" in result.output
