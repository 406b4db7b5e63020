"""Speed and memory of plancheck on synthetic national corpora.

For each size (default 1,000 and 10,000 plans; add 50000 with --sizes):
generate the corpus (benchmarks/generate_corpus.py, same seed → same files),
then time `plancheck check DIR --format json` cold (empty cache; three times
up to 10,000 plans, the median reported, since a shared machine's speed
drifts) and warm (same folder again), sampling the resident memory of plancheck and all its
worker processes every 0.1 s.  Also: single-file start-up against
`python -c pass`, the time to merely read and normalise each corpus (the
floor any checker pays), detection of the planted defects, and a profile of
where the time goes.

    python3 benchmarks/run.py --sizes 1000 10000 --work /tmp/plancheck-bench
    python3 benchmarks/run.py --sizes 50000 --skip-profile

Results go to stdout as a Markdown table and to ``--results`` as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"  # results and profiles of a run: ignored by git, rewritten by every run
sys.path.insert(0, str(HERE))

from generate_corpus import VERSION, generate  # noqa: E402

from plancheck.checks import GRAPH_KINDS  # noqa: E402


def _tree_rss_kb(pid: int) -> int:
    """Memory of a process and all its descendants, from /proc: the
    proportional set size (PSS), so pages that forked workers share with the
    main process are counted once, not once per process."""
    total, stack, seen = 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


# As an installed tool runs: Python may keep the compiled bytecode of the
# modules it imports (some sandboxes set PYTHONDONTWRITEBYTECODE, which would
# make every run of an editable checkout recompile plancheck from source).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_ENV["PLANCHECK_TIMINGS"] = "1"  # plancheck tells on stderr where a batch's time went


def timed(cmd: list[str], cwd: str) -> tuple[float, int, int]:
    """(wall seconds, peak memory of the process tree in MB (PSS), exit code) of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_ENV)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.1)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    done.set()
    t.join()
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    timed.phases = {m.group(1): float(m.group(2)) for m in re.finditer(r"^plancheck: (.+): ([\d.]+) s$", err, re.M)}
    return wall, peak // 1024, proc.returncode


def corpus_bytes(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*.txt")]
    return len(files), sum(p.stat().st_size for p in files)


def read_and_normalise(folder: Path) -> float:
    """The floor: read every file, decode, NFC-normalise, and fold case."""
    start = time.perf_counter()
    for p in sorted(folder.rglob("*.txt")):
        unicodedata.normalize("NFC", p.read_bytes().decode("utf-8")).casefold()
    return time.perf_counter() - start


def detection(out_json: Path, manifest: Path) -> dict:
    data = json.loads(out_json.read_text(encoding="utf-8"))
    planted = {d["path"]: d for d in json.loads(manifest.read_text(encoding="utf-8"))["defects"]}
    found = {f["path"]: {x["kind"] for x in f["findings"] if x["severity"] != "info"} for f in data["files"]}
    caught = sum(1 for p, d in planted.items() if d["kind"] in found.get(os.path.abspath(p), found.get(p, set())))
    clean_graph = sum(1 for p, kinds in found.items() if p not in planted and kinds & GRAPH_KINDS)
    return {"planted": len(planted), "caught": caught, "clean_docs_with_graph_findings": clean_graph}


def startup(work: Path) -> dict:
    one = work / "one.md"
    shutil.copy(HERE.parent / "fixtures" / "district" / "xa-dong-sang.txt", one)
    runs = {"plancheck": [], "python": []}
    timed(
        [sys.executable, "-m", "plancheck", "check", str(one), "--no-cache"], str(work)
    )  # warm-up: bytecode, user cache
    for _ in range(7):
        runs["plancheck"].append(
            timed([sys.executable, "-m", "plancheck", "check", str(one), "--no-cache"], str(work))[0]
        )
        runs["python"].append(timed([sys.executable, "-c", "pass"], str(work))[0])
    return {k: round(statistics.median(v), 3) for k, v in runs.items()}


def profile(folder: Path, n: int, out: Path) -> None:
    """cProfile of one process checking the first n plans (where the time goes)."""
    code = (
        "import cProfile, pstats, glob, sys\n"
        "from plancheck.config import Config\nfrom plancheck.runner import Request, run_request\n"
        "from plancheck.packs import load_builtin_packs\n"
        f"files = sorted(glob.glob({str(folder)!r} + '/**/*.txt', recursive=True))[:{n}]\n"
        "packs = load_builtin_packs()\n"
        "cProfile.run('run_request(Request(files, [], packs, False, Config()))', sys.argv[1])\n"
        "s = pstats.Stats(sys.argv[1]); s.sort_stats('tottime').print_stats(25)\n"
    )
    res = subprocess.run([sys.executable, "-c", code, str(out.with_suffix(".prof"))], capture_output=True, text=True)
    out.write_text(res.stdout, encoding="utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    ap = argparse.ArgumentParser(description="plancheck speed and memory benchmark")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--work", type=Path, default=Path("/tmp/plancheck-bench"))
    ap.add_argument("--jobs", type=int, default=0, help="plancheck --jobs (0: all cores)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--results", type=Path, default=OUT / "results.json")
    ap.add_argument("--skip-profile", action="store_true")
    ap.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="cold runs per size up to 10,000 plans (the median is reported; larger sizes run once)",
    )
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    report = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "startup": startup(args.work),
        "sizes": [],
    }
    for n in args.sizes:
        folder = args.work / f"corpus-{n}"
        manifest = folder / "manifest.json"
        known = json.loads(manifest.read_text()) if manifest.exists() else {}
        if (known.get("documents"), known.get("generator"), known.get("seed")) != (n, VERSION, args.seed):
            shutil.rmtree(folder, ignore_errors=True)
            generate(n, folder, args.seed)
        docs, size = corpus_bytes(folder)
        run_dir = args.work / f"run-{n}"
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir()
        out = run_dir / "out.json"
        cmd = [
            sys.executable,
            "-m",
            "plancheck",
            "check",
            str(folder),
            "--format",
            "json",
            "-o",
            str(out),
            "--jobs",
            str(args.jobs),
        ]
        # A shared machine's speed drifts by a fifth from one minute to the next:
        # each cold run starts from an empty cache, and the median one is reported.
        colds = []
        for _ in range(args.repeat if n <= 10_000 else 1):
            shutil.rmtree(run_dir / ".plancheck_cache", ignore_errors=True)
            wall, mem, _ = timed(cmd, str(run_dir))
            colds.append((wall, mem, timed.phases))
        cold, _, phases = sorted(colds, key=lambda c: c[0])[len(colds) // 2]
        cold_mem = max(c[1] for c in colds)
        warm, warm_mem, _ = timed(cmd, str(run_dir))
        floor = read_and_normalise(folder)
        row = {
            "documents": docs,
            "megabytes": round(size / 1e6, 1),
            "cold_s": round(cold, 2),
            "warm_s": round(warm, 2),
            "docs_per_s_cold": round(docs / cold, 1),
            "mb_per_s_cold": round(size / 1e6 / cold, 2),
            "peak_mb_cold": cold_mem,
            "peak_mb_warm": warm_mem,
            "read_normalise_s": round(floor, 2),
            **detection(out, manifest),
            "phases_cold_s": phases,
            "cold_runs_s": [round(c[0], 2) for c in colds],
        }
        report["sizes"].append(row)
        print(json.dumps(row), flush=True)
    if not args.skip_profile and args.sizes:
        profile(args.work / f"corpus-{args.sizes[0]}", 300, OUT / "profile.txt")
    args.results.write_text(json.dumps(report, indent=2), encoding="utf-8")
    s = report["startup"]
    print(
        f"\nstart-up: plancheck check one.md {s['plancheck']} s, python -c pass {s['python']} s "
        f"({report['machine']['cpus']} cores, Python {report['machine']['python']})\n"
    )
    print(
        "| documents | MB | cold s (median) | cold runs s | docs/s | MB/s | peak MB | warm s | read+normalise s "
        "| defects caught | clean docs with graph findings |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in report["sizes"]:
        print(
            f"| {r['documents']} | {r['megabytes']} | {r['cold_s']} | {', '.join(map(str, r['cold_runs_s']))} | "
            f"{r['docs_per_s_cold']} | {r['mb_per_s_cold']} | "
            f"{max(r['peak_mb_cold'], r['peak_mb_warm'])} | {r['warm_s']} | {r['read_normalise_s']} | "
            f"{r['caught']}/{r['planted']} | {r['clean_docs_with_graph_findings']} |"
        )


if __name__ == "__main__":
    main()
