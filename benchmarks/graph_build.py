"""Time to build the citation graph alone, for a generated corpus.

Parses every plan first (in a process pool, not timed), then times
`CitationGraph.build` plus what the graph checks ask of it: every document's
place in the gazetteer and the citation cycles.

    python3 benchmarks/graph_build.py /tmp/plancheck-bench/corpus-10000
"""

from __future__ import annotations

import glob
import multiprocessing
import sys
import time

from plancheck.graph.citation_graph import CitationGraph
from plancheck.ingest import read_source
from plancheck.parse import parse


def _parse(path: str):
    return parse(read_source(path))


def main() -> None:
    folder = sys.argv[1]
    files = sorted(glob.glob(f"{folder}/**/*.txt", recursive=True))
    with multiprocessing.Pool() as pool:
        plans = pool.map(_parse, files, chunksize=64)
    start = time.perf_counter()
    graph = CitationGraph.build([(p, False) for p in plans])
    built = time.perf_counter()
    placed = sum(1 for n in graph.documents if n.place is not None)
    cycles = len(graph.cycles)
    done = time.perf_counter()
    resolved = sum(e.resolved for e in graph.edges)
    print(
        f"{len(files)} documents, {len(graph.edges)} citations ({resolved} resolved): "
        f"build {built - start:.2f} s, places ({placed} placed) and cycles ({cycles}) {done - built:.2f} s, "
        f"total {done - start:.2f} s"
    )


if __name__ == "__main__":
    main()
