"""PLANCHECK_PROFILE=FILE: the main process's cProfile in FILE and each worker's beside it."""

from __future__ import annotations

import os
import pstats
import subprocess
import sys

from conftest import FIXTURES


def test_a_run_leaves_its_profiles(tmp_path):
    target = tmp_path / "run.prof"
    env = {**os.environ, "PLANCHECK_PROFILE": str(target)}
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "plancheck",
            "check",
            os.path.join(FIXTURES, "real"),
            os.path.join(FIXTURES, "formats"),
            "--no-cache",
            "--jobs",
            "2",
            "--fail-on",
            "never",
            "--format",
            "json",
            "-o",
            str(tmp_path / "r.json"),
        ],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert res.returncode == 0, res.stderr
    main = pstats.Stats(str(target))
    assert any("check_batch" in func for _, _, func in main.stats)  # the run itself is in it
    workers = [p for p in os.listdir(tmp_path) if p.startswith("run.prof.worker-")]
    assert workers
    assert any(any("check_file" in func for _, _, func in pstats.Stats(str(tmp_path / w)).stats) for w in workers)
