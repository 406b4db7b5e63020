"""Time per MB of one very large document: is plancheck linear in a document's size?

Each text is the 208 real texts of ``fixtures/real`` joined under one plan
header, repeated to the size asked (1, 5, 10, 20, 50 MB by default): real
headings, citations, dates and lists at the density real plans have.  Each is
checked once, cold (``plancheck check FILE --no-cache --format json``, with
the time and memory budgets raised so that the budget does not stop it), in
turn with the floor (read, NFC, casefold of the same file).  The report gives
seconds and seconds per MB for each size and the ratio of the largest to the
5 MB text (linear: 10 for 50 MB against 5 MB).

    python3 benchmarks/doc_size.py --sizes 1 5 10 20 50

Results go to benchmarks/out/doc_size.json (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
HEADER = """ỦY BAN NHÂN DÂN
HUYỆN MỘC CHÂU
Số: 23/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mộc Châu, ngày 15 tháng 01 năm 2024

KẾ HOẠCH
Cải cách hành chính năm 2024

"""


def make_text(path: Path, mb: int) -> None:
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "real").glob("*.txt")))
    size = mb * 1024 * 1024
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        written = len(HEADER.encode("utf-8"))
        data = body.encode("utf-8")
        while written < size:
            chunk = data[: size - written].decode("utf-8", "ignore")
            if not chunk:  # less room left than one character
                break
            fh.write(chunk)
            written += len(chunk.encode("utf-8"))


def floor(path: Path) -> float:
    started = time.perf_counter()
    unicodedata.normalize("NFC", path.read_bytes().decode("utf-8")).casefold()
    return time.perf_counter() - started


def check(path: Path) -> float:
    cmd = [
        sys.executable,
        "-m",
        "plancheck",
        "check",
        str(path),
        "--no-cache",
        "--format",
        "json",
        "--fail-on",
        "never",
        "--timeout",
        "7200",
        "--max-memory",
        "60000",
        "-o",
        str(path.with_suffix(".json")),
    ]
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, timeout=7200)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 5, 10, 20, 50])
    ap.add_argument("--work", type=Path, default=Path("/tmp/plancheck-doc-size"))
    ap.add_argument("--results", type=Path, default=OUT / "doc_size.json")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for mb in args.sizes:
        path = args.work / f"plan-{mb}mb.txt"
        if not path.exists():
            make_text(path, mb)
        seconds = check(path)
        rows.append(
            {
                "mb": mb,
                "seconds": round(seconds, 2),
                "seconds_per_mb": round(seconds / mb, 3),
                "floor_seconds": round(floor(path), 3),
            }
        )
        print(rows[-1], flush=True)
    by_mb = {r["mb"]: r["seconds"] for r in rows}
    doc = {"date": time.strftime("%Y-%m-%d"), "rows": rows}
    if 5 in by_mb and max(by_mb) > 5:
        doc[f"ratio_{max(by_mb)}mb_to_5mb"] = round(by_mb[max(by_mb)] / by_mb[5], 2)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    print(json.dumps(doc, indent=2))


if __name__ == "__main__":
    main()
