"""The runner on Dask against the local pool: 10,000 and 50,000 plans on this machine.

For each size, the generated corpus is checked in turn on the local process
pool and on a LocalCluster of two single-threaded workers (``--executor
dask``), ``--repeat`` times each; the report gives the median wall time of
each, their ratio, the phases' times (PLANCHECK_TIMINGS) and the client's
peak memory (VmHWM of the plancheck process itself, not of its workers), and
checks that both JSON reports are byte-identical.  From the measured cost per
plan of each phase and the growth of the graph phase between the sizes it
projects a national run (1.3 million plans) on N workers.

    python3 benchmarks/dask_scale.py --sizes 10000 50000 --repeat 3

Results go to benchmarks/out/dask_scale.json (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
NATIONAL = 1_300_000


def _peak_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def run_once(corpus: Path, out: Path, dask: bool) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "plancheck",
        "check",
        str(corpus),
        "--no-cache",
        "--fail-on",
        "never",
        "--format",
        "json",
        "-o",
        str(out),
    ] + (["--executor", "dask", "--jobs", "2"] if dask else [])
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env={**os.environ, "PLANCHECK_TIMINGS": "1"}
    )
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _peak_kb(proc.pid) or 0)
        time.sleep(0.2)
    err = proc.stderr.read()
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"plancheck failed ({proc.returncode}): {err[-2000:]}")
    phases = {m.group(1): float(m.group(2)) for m in re.finditer(r"plancheck: ([^:]+): ([\d.]+) s", err)}
    return {"wall": wall, "client_peak_mb": round(peak / 1024, 1), "phases": phases}


def measure(size: int, work: Path, repeat: int, seed: int) -> dict:
    corpus = work / f"corpus-{size}"
    if not corpus.exists():
        subprocess.run(
            [
                sys.executable,
                str(HERE / "generate_corpus.py"),
                "--docs",
                str(size),
                "--out",
                str(corpus),
                "--seed",
                str(seed),
            ],
            check=True,
            capture_output=True,
        )
    runs: dict[str, list[dict]] = {"local": [], "dask": []}
    for _ in range(repeat):  # in turn, so that the machine's drift falls on both
        runs["local"].append(run_once(corpus, work / "local.json", False))
        runs["dask"].append(run_once(corpus, work / "dask.json", True))
    identical = (work / "local.json").read_bytes() == (work / "dask.json").read_bytes()
    summary = {"plans": size, "identical_json": identical}
    for name, rs in runs.items():
        summary[name] = {
            "wall_median": round(statistics.median(r["wall"] for r in rs), 2),
            "client_peak_mb": max(r["client_peak_mb"] for r in rs),
            "phases": {k: round(statistics.median(r["phases"].get(k, 0.0) for r in rs), 2) for k in rs[0]["phases"]},
        }
    summary["dask_over_local"] = round(summary["dask"]["wall_median"] / summary["local"]["wall_median"], 2)
    return summary


def project(results: list[dict], workers: list[int]) -> dict:
    """Seconds for 1.3 million plans on N workers: the per-plan cost of the
    two parallel phases (measured on 2 workers, spread over N), the graph's
    build on the client grown from the two sizes as n^k, and the report."""
    small, large = results[0], results[-1]
    d_small, d_large = small["dask"]["phases"], large["dask"]["phases"]
    n_small, n_large = small["plans"], large["plans"]
    per_plan = {k: d_large.get(k, 0.0) * 2 / n_large for k in ("read, parse, local rules", "graph rules")}
    g_small, g_large = d_small.get("citation graph", 0.0), d_large.get("citation graph", 0.0)
    growth = 1.0
    if g_small > 0 and g_large > 0 and n_large > n_small:
        import math

        growth = math.log(g_large / g_small) / math.log(n_large / n_small)
    graph = g_large * (NATIONAL / n_large) ** growth
    report = d_large.get("report", 0.0) * NATIONAL / n_large
    out = {
        "graph_growth_exponent": round(growth, 2),
        "per_plan_worker_seconds": {k: round(v, 5) for k, v in per_plan.items()},
    }
    for n in workers:
        total = sum(v * NATIONAL / n for v in per_plan.values()) + graph + report
        out[f"{n}_workers_hours"] = round(total / 3600, 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/plancheck-dask-bench"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--results", type=Path, default=OUT / "dask_scale.json")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = [measure(n, args.work, args.repeat, args.seed) for n in sorted(args.sizes)]
    doc = {
        "machine": f"{os.cpu_count()} cores",
        "date": time.strftime("%Y-%m-%d"),
        "results": results,
        "projection_1_3M": project(results, [2, 8, 32, 128]),
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(doc, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
