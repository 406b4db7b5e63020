"""What a worker does with one document, whichever executor runs it.

Phase 1 reads, parses and runs the local rules (:func:`check_one`), or reads a
corpus document for the graph only (:func:`load_one`); phase 2 runs the graph
rules (:func:`graph_one`).  Each job reads the run's settings from the
:class:`WorkerState` the executor installed with :func:`install` in that
process, once — the packs, the configuration and, in phase 2, the graph — so
an item that travels to a worker is only a path.  One document's failure is
a finding on it, never the end of the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, NamedTuple

from plancheck import budget
from plancheck.budget import OverBudget
from plancheck.config import Config
from plancheck.engine.check import check_file, graph_findings, load_file, merge
from plancheck.engine.findings import budget_finding, special_finding
from plancheck.engine.result import FileResult
from plancheck.engine.trim import slim
from plancheck.i18n import message
from plancheck.ingest import ocr_settings
from plancheck.runner.folded_store import FoldedStore
from plancheck.runner.plan import UNREADABLE
from plancheck.store.cache import Cache, content_hash, encode, key
from plancheck.vietnamese import Folded


@dataclass
class WorkerState:
    """Everything a worker needs for one phase of a run (sent once per process)."""

    packs: list
    explicit: bool  # the packs were named: every document gets them
    cfg: Config
    lang: str
    keep_sources: bool  # the report shows the text: results keep their Source
    isolate: bool = False  # every document in the guarded pool, however few
    carry_folded: bool = False  # hand the folded text on to the graph rules
    fold_here: bool = False  # keep the folded text in this worker for its graph rules (a cluster)
    own_places: bool = False  # find the issuer's candidate places beside the local checks
    pool_pays: bool = True  # a process pool beats one process for these documents
    # phase 1
    job: Callable | None = None  # check_one or load_one
    encoded: bool = False  # results travel back in the cache's form
    cache_path: str | None = None
    fingerprint: str = ""
    kind: str = ""  # "check" or "context": part of a result's cache key
    # phase 2
    graph: object = None
    sources: dict = field(default_factory=dict)  # path → Source, when the report shows the text
    results: dict = field(default_factory=dict)  # path → FileResult of phase 1
    folded: FoldedStore | None = None

    def shared(self) -> WorkerState:
        """What every worker of a cluster needs for this phase: the state
        without the per-document parts that :meth:`part_for` sends."""
        return replace(self, graph=None, sources={}, results={}, folded=None)

    def part_for(self, paths: list[str]) -> tuple | None:
        """What a worker that runs only ``paths`` needs beside :meth:`shared`:
        in phase 2, the part of the graph their graph rules read (see
        :meth:`~plancheck.graph.citation_graph.CitationGraph.view`) and their
        Sources.  A cluster sends this with each chunk, instead of the whole
        run's graph to every worker."""
        if self.graph is None:
            return None
        return self.graph.view(paths), {p: self.sources[p] for p in paths if p in self.sources}

    def with_part(self, part: tuple | None) -> WorkerState:
        """This (shared) state with a chunk's :meth:`part_for`."""
        return self if part is None else replace(self, graph=part[0], sources=part[1])


class Carried(NamedTuple):
    """What a phase-1 worker hands on beside its result (never cached): the
    folded text, kept for the graph rules; the gazetteer's candidates for the
    document's own issuer; the file's hash, when the worker made it, and
    whether the result came from the cache."""

    folded: Folded | None
    places: tuple | None
    hash: str | None = None
    cached: bool = False
    failed: bool = False  # the worker was killed or died: not to be stored


_state: WorkerState | None = None
_folded_here = FoldedStore()  # a cluster worker's folded texts from phase 1, for its graph rules in phase 2
_reader: Cache | None = None  # this process's own cache connection (never shared across a fork)


def install(state: WorkerState) -> None:
    """Make ``state`` this process's: the executor calls it in each worker."""
    global _state
    close_reader()  # a connection of the previous phase's cache key
    _state = state
    budget.use(state.cfg.budget)
    ocr_settings.use(state.cfg.ocr)


def install_once(state: WorkerState) -> None:
    """Install ``state`` unless it is this process's already (a cluster worker
    keeps the scattered state and runs many tasks with it)."""
    if _state is not state:
        install(state)


def close_reader() -> None:
    """Close this process's cache connection, if a job opened one."""
    global _reader
    if _reader is not None:
        _reader.close()
        _reader = None


def local(item: tuple[str, bool]) -> tuple[FileResult | bytes | None, Carried]:
    """A phase-1 job (the state's ``job``) on one path.  A file whose hash the
    main process did not know (see :mod:`plancheck.runner.plan`) is hashed
    here and looked up in the cache first: a file only touched, or checked out
    afresh, is not checked again.  Its stored result is not sent: the main
    process takes it from the cache if it needs it (a run whose files are all
    unchanged needs only its final results)."""
    path, unhashed = item
    if not unhashed:
        return _state.job(path)
    digest = content_hash(path) or UNREADABLE
    if _is_stored(path, digest):
        return None, Carried(None, None, digest, True)
    out, carried = _state.job(path)
    return out, carried._replace(hash=digest)


def _is_stored(path: str, digest: str) -> bool:
    global _reader
    if digest == UNREADABLE or not _state.cache_path:
        return False
    if _reader is None:
        _reader = Cache.reader(_state.cache_path)
    k = key(_state.fingerprint, _state.kind, path, digest)
    return k in _reader.present("files", [k])


def check_one(path: str) -> tuple[FileResult | bytes, Carried]:
    """Read, parse and run the local rules of one document."""
    folded = None
    s = _state
    try:
        with budget.guarded():
            checked = check_file(path, s.packs, s.explicit, s.cfg, s.lang)
        if s.carry_folded and checked.source is not None:
            folded = checked.source.remembered("folded")
        elif s.fold_here and checked.source is not None:
            _folded_here.add(path, checked.source.remembered("folded"))
        result = slim(checked, s.keep_sources)
    except (OverBudget, MemoryError) as exc:  # this document's budget: its own finding
        result = FileResult(path, None, None, [], [budget_finding(path, exc, s.lang)])
    except Exception as exc:  # never lose the run to one document
        result = FileResult(path, None, None, [], [special_finding(path, "internal", f"{type(exc).__name__}: {exc}")])
    return _sent(result), Carried(folded, _own_places(result.plan))


def load_one(path: str) -> tuple[FileResult | bytes, Carried]:
    """Read and parse one corpus document: context for the graph, never reported on."""
    try:
        with budget.guarded():
            plan, source, _ = load_file(path, _state.lang)
    except (OverBudget, MemoryError):  # a context document over budget is simply absent from the graph
        plan, source = None, None
    result = slim(FileResult(path, plan, source, [], []), _state.keep_sources)
    return _sent(result), Carried(None, _own_places(plan))


def _failure_finding(path: str, reason: str, detail: str, lang: str):
    if reason == "seconds":
        return budget_finding(path, OverBudget("seconds", budget.current().seconds), lang)
    return special_finding(path, "unreadable", message("worker_died", lang, detail=detail))


def local_failed(state: WorkerState):
    """What phase 1 answers for a document whose worker was killed or died:
    its finding, never stored in the cache (the next run tries again)."""

    def failed(item: tuple[str, bool], reason: str, detail: str):
        path, unhashed = item
        result = FileResult(path, None, None, [], [_failure_finding(path, reason, detail, state.lang)])
        return (encode(result) if state.encoded else result), Carried(
            None, None, UNREADABLE if unhashed else None, False, True
        )

    return failed


def _own_places(plan) -> tuple | None:
    if plan is None or not _state.own_places:
        return None
    from plancheck.graph.nodes import own_places

    return own_places(plan)


def _sent(result: FileResult) -> FileResult | bytes:
    """A worker's result as it travels back: with a cache, already in the
    cache's form (the worker pickles it for the journey anyway, so the main
    process stores the bytes it receives instead of pickling every result a
    second time while the workers wait).  Only a batch without Sources is
    sent so: the result is already what the cache keeps."""
    return encode(result) if _state.encoded else result


def graph_one(item: tuple[str, list[str]]) -> tuple[bytes, tuple[int, int, int]]:
    """One document's graph findings merged into its result, returned packed:
    the worker does the merging (it has the result), so the main process only
    takes the bytes."""
    path, pack_names = item
    folded = _state.folded.get(path) if _state.folded is not None else None
    return _merged(_state.results[path], pack_names, folded)


def graph_carried(item: tuple[str, list[str], bytes, tuple]) -> tuple[bytes, tuple[int, int, int]]:
    """:func:`graph_one` for a worker that does not hold the phase-1 results (a
    cluster): the item carries the document's packed result.  The folded text
    is this worker's own from phase 1 when the executor sent the document back
    to the worker that checked it; else it is folded again."""
    path, pack_names, packed, counts = item
    result = FileResult(path, None, None, pack_names, [])
    result.set_packed(packed, counts)
    return _merged(result, pack_names, _folded_here.get(path))


def _merged(result: FileResult, pack_names: list[str], folded: Folded | None) -> tuple[bytes, tuple[int, int, int]]:
    s, path = _state, result.path
    try:
        with budget.guarded():
            out = graph_findings(
                s.graph.nodes[path].plan,
                s.sources.get(path),
                pack_names,
                s.graph,
                s.packs,
                s.cfg,
                s.lang,
                folded=folded,
            )
    except (OverBudget, MemoryError) as exc:
        out = [budget_finding(path, exc, s.lang)], []
    except Exception as exc:
        out = [special_finding(path, "internal", f"graph: {type(exc).__name__}: {exc}")], []
    merge(result, *out)
    return result.packed_state()


def forget_folded_here() -> None:
    """Drop this worker's folded texts (a new run, or the graph rules are done)."""
    _folded_here.clear()


def graph_failed(state: WorkerState, failures: list, results: dict):
    """What phase 2 answers for a document whose worker was killed or died:
    its result (from ``results``, path → FileResult) with the failure merged."""

    def failed(item: tuple, reason: str, detail: str):
        path = item[0]
        failures.append(path)
        result = results[path]
        merge(result, [_failure_finding(path, reason, detail, state.lang)], [])
        return result.packed_state()

    return failed
