"""plancheck's cost as ratios, measured side by side in one run.

This machine's speed drifts by a factor of two within minutes, so no time
here is an absolute figure: every command is run in turn with its yardsticks
(A B C A B C ...) and each ratio is taken round by round, then reported as
min / median / max.  The yardsticks:

- the floor (``benchmarks/floor.py``: read, NFC, casefold and 40 literal
  searches per file, one process) — the cost any checker pays;
- the base commit (``--base DIR``, a ``git worktree`` of the commit to
  compare with), running the same command on the same corpus;
- ``python3 -c pass`` for the start-up of a one-file check.

The corpus (``--corpus real``, the default) is made of what users run: the
seeds, the district fixture and the public texts of ``fixtures/real/``
(varied layouts, missing themes, defects as they occur), copied ``--copies``
times into folders of their own so that each copy is a batch of the same
shape.  ``--corpus DIR`` times any folder instead (a generated corpus).

    git worktree add /tmp/base <commit>
    python3 benchmarks/ratios.py --base /tmp/base --copies 8 --runs 5

CPU is the user + system time of each command's process (``os.wait4``);
plancheck runs with ``--jobs 1 --no-cache``, so that process does all the work.
Results: a Markdown table on stdout and ``benchmarks/out/ratios.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"


def build_real_corpus(dest: Path, copies: int) -> int:
    """``copies`` copies of the seeds, the district and the real texts; the number of files."""
    if dest.exists():
        shutil.rmtree(dest)
    sources = [ROOT / "fixtures" / "seeds", ROOT / "fixtures" / "district", ROOT / "fixtures" / "real"]
    n = 0
    for k in range(copies):
        for folder in sources:
            target = dest / f"copy-{k:02d}" / folder.name
            target.mkdir(parents=True)
            for f in sorted(folder.glob("*.txt")):  # the files the floor reads (benchmarks/floor.py)
                shutil.copyfile(f, target / f.name)
                n += 1
    return n


def run_once(cmd: list[str], env: dict) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of ``cmd``; its output is discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/tmp")
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1: findings of severity error, as the fixtures hold
        raise SystemExit(f"{' '.join(cmd)} exited with {proc.returncode}")
    return usage.ru_utime + usage.ru_stime, wall


def _env(pythonpath: Path | None) -> dict:
    env = dict(os.environ)
    env.pop("PLANCHECK_PROFILE", None)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return env


def interleaved(commands: dict[str, tuple[list[str], dict]], runs: int) -> dict[str, list[tuple[float, float]]]:
    """Each command ``runs`` times, in turn, after one warm-up round."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for rnd in range(runs + 1):
        for name, (cmd, env) in commands.items():
            measured = run_once(cmd, env)
            if rnd:
                times[name].append(measured)
    return times


def ratio(times: dict, a: str, b: str, which: int) -> dict:
    pairs = [x[which] / y[which] for x, y in zip(times[a], times[b])]
    return {"min": round(min(pairs), 2), "median": round(statistics.median(pairs), 2), "max": round(max(pairs), 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="real", help="'real' (fixtures and fixtures/real, copied) or a folder")
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--base", type=Path, help="a git worktree of the commit to compare with")
    ap.add_argument("--work", type=Path, default=Path("/tmp/plancheck-ratios"))
    args = ap.parse_args()

    if args.corpus == "real":
        corpus = args.work / "corpus"
        files = build_real_corpus(corpus, args.copies)
    else:
        corpus = Path(args.corpus).resolve()
        files = sum(1 for _ in corpus.rglob("*.txt"))
    one = next(corpus.rglob("*.txt"))
    check = [sys.executable, "-m", "plancheck", "check"]
    batch = [str(corpus), "--jobs", "1", "--no-cache", "--format", "json", "-o", os.devnull]
    commands = {
        "floor": ([sys.executable, str(HERE / "floor.py"), str(corpus)], _env(None)),
        "plancheck": (check + batch, _env(ROOT)),
        "python -c pass": ([sys.executable, "-c", "pass"], _env(None)),
        "one file": (check + [str(one), "--no-cache", "-o", os.devnull], _env(ROOT)),
    }
    if args.base:
        commands["base"] = (check + batch, _env(args.base.resolve()))
        commands["base one file"] = (check + [str(one), "--no-cache", "-o", os.devnull], _env(args.base.resolve()))
    times = interleaved(commands, args.runs)

    rows = [
        ("plancheck CPU / floor CPU", ratio(times, "plancheck", "floor", 0)),
        ("plancheck wall / floor wall", ratio(times, "plancheck", "floor", 1)),
        ("one-file start-up / python -c pass (wall)", ratio(times, "one file", "python -c pass", 1)),
    ]
    if args.base:
        rows += [
            ("base CPU / floor CPU", ratio(times, "base", "floor", 0)),
            ("plancheck CPU / base CPU", ratio(times, "plancheck", "base", 0)),
            ("plancheck wall / base wall", ratio(times, "plancheck", "base", 1)),
            ("base one-file start-up / python -c pass (wall)", ratio(times, "base one file", "python -c pass", 1)),
        ]
    print(f"corpus: {corpus} ({files} files); {args.runs} interleaved rounds; {platform.python_version()}")
    print("| ratio | min | median | max |\n|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {r['min']} | {r['median']} | {r['max']} |")
    OUT.mkdir(exist_ok=True)
    (OUT / "ratios.json").write_text(
        json.dumps(
            {
                "corpus": str(corpus),
                "files": files,
                "runs": args.runs,
                "base": str(args.base) if args.base else None,
                "ratios": dict(rows),
                "seconds": {k: [[round(c, 3), round(w, 3)] for c, w in v] for k, v in times.items()},
            },
            indent=2,
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
