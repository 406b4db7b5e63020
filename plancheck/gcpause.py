"""Pause Python's cyclic garbage collector around bulk work.

A batch holds millions of small objects (the plans of a district or of a
province).  Each time a phase allocates many more — unpickling results from
the workers, building the graph, loading the gazetteer — the collector
rescans everything that is alive, again and again: building the graph of
10,000 plans took 7 s, of which 6 s were collector passes.  Nothing plancheck
builds in these phases needs the cycle collector (reference counting frees
it), so it is paused and restored, never left off.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused_gc():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
