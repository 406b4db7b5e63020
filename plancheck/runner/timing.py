"""Where a run's time goes: each phase's seconds, kept on the run and printed on
stderr when PLANCHECK_TIMINGS is set (the benchmark reads it; a district
office can too)."""

from __future__ import annotations

import os
import sys
import time


class Stopwatch:
    """Laps of a run, by name."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.on = bool(os.environ.get("PLANCHECK_TIMINGS"))
        self.laps: dict[str, float] = {}

    def __call__(self, what: str) -> None:
        now = time.perf_counter()
        self.laps[what] = self.laps.get(what, 0.0) + now - self.last
        if self.on:
            print(f"plancheck: {what}: {now - self.last:.2f} s", file=sys.stderr)
        self.last = now

    def restart(self) -> None:
        self.last = time.perf_counter()
