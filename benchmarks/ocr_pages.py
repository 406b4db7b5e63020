"""OCR cost: pages per second of scanned plans, cold and from the OCR cache.

Scans are made from the district's plans the way the tests make them
(tests/scanmaker.py: 300 dpi, slight rotation, grey paper, speckles, a red
stamp), then ``plancheck check`` reads them: first with an empty OCR cache
(every page through Tesseract), then again (every page from the cache).
The check of the same plans as text is timed beside it as the baseline.

    python3 benchmarks/ocr_pages.py [--plans 4] [--jobs 2]

Prints one JSON object; nothing is written into the checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))


def _check(paths: list[str], jobs: int, cache: str) -> float:
    env = {**os.environ, "XDG_CACHE_HOME": cache}
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "plancheck",
            "check",
            "--no-cache",
            "--fail-on",
            "never",
            "--format",
            "json",
            "--jobs",
            str(jobs),
            "--",
            *paths,
        ],
        check=True,
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    return time.monotonic() - started


def main() -> int:
    import scanmaker

    ap = argparse.ArgumentParser()
    ap.add_argument("--plans", type=int, default=4)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    district = os.path.join(ROOT, "fixtures", "district")
    names = sorted(n for n in os.listdir(district) if n.endswith(".txt"))[: args.plans]
    with tempfile.TemporaryDirectory() as tmp:
        scans, texts, pages = [], [], 0
        for name in names:
            text = open(os.path.join(district, name), encoding="utf-8").read()
            images = scanmaker.render_pages(text, dpi=300, rotate=0.6, grey=True, noise=True, stamp=True)
            pages += len(images)
            path = os.path.join(tmp, name.replace(".txt", ".pdf"))
            scanmaker.save_pdf(images, path, 300)
            scans.append(path)
            texts.append(os.path.join(district, name))
        cache = os.path.join(tmp, "cache")
        text_s = _check(texts, args.jobs, cache)
        cold = _check(scans, args.jobs, cache)
        warm = _check(scans, args.jobs, cache)
    print(
        json.dumps(
            {
                "plans": len(names),
                "pages": pages,
                "jobs": args.jobs,
                "text_check_s": round(text_s, 2),
                "scan_check_cold_s": round(cold, 2),
                "scan_check_cached_s": round(warm, 2),
                "pages_per_s_cold": round(pages / cold, 3),
                "s_per_page_cold": round(cold / pages, 2),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
