"""Check many documents: two parallel phases with the citation graph between them.

Phase 1 reads, parses and runs the local rules of every document in a
process pool (or takes the result from the cache when the file is
unchanged); the results come back in input order whatever the parallelism.
The graph is then built from every plan of the run.  Phase 2 runs the graph
rules, again in the pool (workers receive the graph by fork), or in this
process past POOL_PHASE2_LIMIT documents, unless the cache holds them for
this exact set of documents.  One document's failure is a finding on it; the
run goes on.

Memory is what limits a national batch, so results are slimmed and their
findings packed in the workers, the graph findings are merged into them as
they come, and everything written to the cache goes in chunks as it is made.
The main process is the one bottleneck of a pool, so the workers hand it
their results in the form it keeps and stores: cache bytes from phase 1,
merged and packed findings from phase 2.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from plancheck import budget
from plancheck.ingest import ocr_settings
from plancheck.ingest.formats import TEXT_FORMATS, format_of
from plancheck.budget import OverBudget
from plancheck.store.cache import Cache, content_hash, decode, encode, key
from plancheck.config import Config
from plancheck.engine.check import check_file, graph_findings, load_file, merge, slim
from plancheck.engine.findings import budget_finding, special_finding
from plancheck.engine.result import FileResult
from plancheck.runner.folded_store import FoldedStore
from plancheck.gcpause import paused_gc
from plancheck.i18n import message
from plancheck.packs import RulePack
from plancheck.runner.plan import UNREADABLE, RunPlan, plan_run
from plancheck.vietnamese import Folded

MIN_PARALLEL = 8  # fewer documents than this: a pool costs more than it saves
# Plain-text batches smaller than this run in one process, where the pool's start costs more than it
# saves: on 2 cores, 10 plans took 1.20× and 192 short real texts 1.05× the wall time of --jobs 1 with the
# pool, 276 generated plans (4 MB) 0.87× and 2,000 plans 0.65× (farm-bench, medians).  Documents read by
# C code (.docx, .pdf, scans) always go to the pool when there are several: only its hard time limit
# stops a reader that never returns to Python.
SERIAL_TEXT_DOCS = 400
SERIAL_TEXT_BYTES = 2 * 1024 * 1024


def _pool_pays(paths: list[str]) -> bool:
    """Whether a process pool beats one process for these documents."""
    if len(paths) >= SERIAL_TEXT_DOCS or any(format_of(p) not in TEXT_FORMATS for p in paths):
        return True
    total = 0
    for p in paths:
        try:
            total += os.stat(p).st_size
        except OSError:
            continue
        if total >= SERIAL_TEXT_BYTES:
            return True
    return False
STORE_EVERY = 250  # fresh results written to the cache this many at a time
POOL_PHASE2_LIMIT = 15_000  # more documents than this: the graph rules run in this process (see _check_paths)
KEEP_FOLDED_LIMIT = 10_000  # more than this: the graph rules fold each text again (about 22 KB a document kept)


@dataclass
class Run:
    """What one `plancheck check` produced: reported results, context, the graph."""

    results: list[FileResult]
    context: list[FileResult]
    _graph: object = field(default=None, repr=False)
    known_places: dict = field(default_factory=dict, repr=False)  # path → graph.own_places, from the workers
    graph_lines: tuple[list[str], list[str]] | None = None  # the graph's nodes and edges as JSON texts, once made
    key: str = ""  # the run's key in the cache ("" without a cache)

    @property
    def graph(self):
        """The citation graph, built on first use (a fully cached run may not need it)."""
        if self._graph is None:
            from plancheck.graph.citation_graph import CitationGraph

            self._graph = CitationGraph.build(
                [(r.plan, False) for r in self.results if r.plan] + [(r.plan, True) for r in self.context if r.plan],
                self.known_places)
            self.known_places = {}
        return self._graph


_W: dict = {}


def _init(state: dict) -> None:
    _W.clear()
    _W.update(state)
    budget.use(state["cfg"].budget)
    ocr_settings.use(state["cfg"].ocr)


def _local(item: tuple[str, bool]) -> tuple[FileResult | bytes | None, Carried]:
    """A phase-1 worker's job: ``_W["job"]`` (``_phase1`` or ``_load_context``)
    on one path.  A file whose hash the main process did not know (see
    run_plan) is hashed here and looked up in the cache first: a file only
    touched, or checked out afresh, is not checked again.  Its stored result
    is not sent: the main process takes it from the cache if it needs it (a
    run whose files are all unchanged needs only its final results)."""
    path, unhashed = item
    if not unhashed:
        return _W["job"](path)
    digest = content_hash(path) or UNREADABLE
    if _is_stored(path, digest):
        return None, Carried(None, None, digest, True)
    out, carried = _W["job"](path)
    return out, carried._replace(hash=digest)


def _is_stored(path: str, digest: str) -> bool:
    if digest == UNREADABLE or not _W.get("cache_path"):
        return False
    if "reader" not in _W:  # this process's own connection: the main process's is not shared across a fork
        _W["reader"] = Cache.reader(_W["cache_path"])
    k = key(_W["fingerprint"], _W["kind"], path, digest)
    return k in _W["reader"].present("files", [k])


def _phase1(path: str) -> tuple[FileResult | bytes, Carried]:
    folded = None
    try:
        with budget.guarded():
            checked = check_file(path, _W["packs"], _W["explicit"], _W["cfg"], _W["lang"])
        if _W.get("carry_folded") and checked.source is not None:
            folded = checked.source.remembered("folded")
        result = slim(checked, _W["keep_sources"])
    except (OverBudget, MemoryError) as exc:  # this document's budget: its own finding
        result = FileResult(path, None, None, [], [budget_finding(path, exc, _W["lang"])])
    except Exception as exc:  # never lose the run to one document
        result = FileResult(path, None, None, [], [special_finding(path, "internal", f"{type(exc).__name__}: {exc}")])
    return _sent(result), Carried(folded, _own_places(result.plan))


def _load_context(path: str) -> tuple[FileResult | bytes, Carried]:
    try:
        with budget.guarded():
            plan, source, _ = load_file(path, _W["lang"])
    except (OverBudget, MemoryError):  # a context document over budget is simply absent from the graph
        plan, source = None, None
    return _sent(slim(FileResult(path, plan, source, [], []), _W["keep_sources"])), Carried(None, _own_places(plan))


def _failure_finding(path: str, reason: str, detail: str, lang: str):
    if reason == "seconds":
        return budget_finding(path, OverBudget("seconds", budget.current().seconds), lang)
    return special_finding(path, "unreadable", message("worker_died", lang, detail=detail))


def _phase1_failed(state: dict):
    """What phase 1 answers for a document whose worker was killed or died:
    its finding, never stored in the cache (the next run tries again)."""

    def failed(item: tuple[str, bool], reason: str, detail: str):
        path, unhashed = item
        result = FileResult(path, None, None, [], [_failure_finding(path, reason, detail, state["lang"])])
        return (encode(result) if state.get("encoded") else result), Carried(
            None, None, UNREADABLE if unhashed else None, False, True)

    return failed


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


def _own_places(plan) -> tuple | None:
    if plan is None or not _W.get("own_places"):
        return None
    from plancheck.graph.nodes import own_places

    return own_places(plan)


def _sent(result: FileResult) -> FileResult | bytes:
    """A worker's result as it travels back: with a cache, already in the
    cache's form (the worker pickles it for the journey anyway, so the main
    process stores the bytes it receives instead of pickling every result a
    second time while the workers wait).  Only a batch without Sources is
    sent so: the result is already what the cache keeps."""
    return encode(result) if _W.get("encoded") else result


def _phase2(item: tuple[str, list[str]]) -> tuple[bytes, tuple[int, int, int]]:
    """One document's graph findings merged into its result, returned packed:
    the worker does the merging (it has the result, by fork), so the main
    process only takes the bytes."""
    path, pack_names = item
    graph = _W["graph"]
    plan = graph.nodes[path].plan
    try:
        with budget.guarded():
            out = graph_findings(plan, _W["sources"].get(path), pack_names, graph, _W["packs"], _W["cfg"],
                                 _W["lang"], folded=_W["folded"].get(path))
    except (OverBudget, MemoryError) as exc:
        out = [budget_finding(path, exc, _W["lang"])], []
    except Exception as exc:
        out = [special_finding(path, "internal", f"graph: {type(exc).__name__}: {exc}")], []
    result = _W["results"][path]
    merge(result, *out)
    return result.packed_state()


def _phase2_failed(state: dict, failures: list):
    def failed(item: tuple[str, list[str]], reason: str, detail: str):
        path = item[0]
        failures.append(path)
        result = state["results"][path]
        merge(result, [_failure_finding(path, reason, detail, state["lang"])], [])
        return result.packed_state()

    return failed


def _imap(func, items: list, jobs: int, state: dict, progress, failed):
    """``func`` over items in ``jobs`` processes (1: in this one), yielding
    each result as it comes, in order; each document within its budget
    (plancheck.runner.pool), ``failed(item, reason, detail)`` answering for one
    whose worker was killed or died."""
    if not state.get("isolate") and (jobs <= 1 or len(items) < MIN_PARALLEL or not state.get("pool_pays", True)):
        _init(state)
        for item in items:
            yield func(item)
            progress(1)
        return
    from plancheck.runner.pool import guarded_map

    chunk = max(1, min(32, len(items) // (max(jobs, 1) * 8)))
    yield from guarded_map(func, items, max(jobs, 1), _init, (state,), state["cfg"].budget.seconds, failed, progress,
                           chunk)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_paths(files: list[str], corpus: list[str], packs: list[RulePack], explicit: bool, cfg: Config,
                lang: str, jobs: int = 1, progress=None, cache: Cache | None = None,
                keep_sources: bool = False, planned: RunPlan | None = None, isolate: bool = False) -> Run:
    """Check ``files`` with ``corpus`` documents as context (read, never reported on).
    ``isolate``: every document in the guarded pool, however few (plancheck.runner)."""
    with paused_gc():  # the run's results stay alive to the end: no use rescanning them
        return _check_paths(files, corpus, packs, explicit, cfg, lang, jobs, progress, cache, keep_sources, planned,
                            isolate)


def _check_paths(files, corpus, packs, explicit, cfg, lang, jobs, progress, cache, keep_sources, planned,
                 isolate=False) -> Run:
    tick = progress or (lambda n: None)
    lap = Stopwatch()
    state = {"packs": packs, "explicit": explicit, "cfg": cfg, "lang": lang, "keep_sources": keep_sources,
             "isolate": isolate}
    rp = planned or plan_run(files, corpus, packs, cfg, lang, cache)
    files, extra = rp.files, rp.extra
    known_before = bool(rp.key)
    final = _get_final(cache, rp.key) if cache and known_before and not keep_sources else None
    if final is not None:  # nothing changed since the last run: its results, as they were
        tick(len(files) + len(extra))
        lap("cached run")
        return final

    # The folded texts of phase 1 wait for the graph rules, which would fold
    # every text again; not for the largest batches, whose memory comes first
    # (at 10,000 plans they add about 215 MB to the peak), nor when the
    # Sources themselves are kept.
    folded, places = FoldedStore(), {}
    state["carry_folded"] = not keep_sources and len(files) + len(extra) <= KEEP_FOLDED_LIMIT
    state["own_places"] = len(files) + len(extra) > 1  # one document: the graph asks only if it must
    state["pool_pays"] = _pool_pays([*files, *extra])
    if state["own_places"]:
        from plancheck.gazetteer.index import load

        load()  # its index built, if need be, once, before the workers fork
    checking = _Phase("check", _phase1, rp, cache, jobs, state, tick, folded, places)
    loading = checking._replace(kind="context", func=_load_context)
    results, context = _cached_phase(checking, files), _cached_phase(loading, extra)
    run_key = "" if rp.unstable else rp.key  # every hash is known now; no key for a run with a failed worker
    if cache:
        rp.remember_learned(cache)
        final = None if keep_sources or known_before or not run_key else _get_final(cache, run_key)
        if final is not None:  # files touched, not changed, since the last run
            lap("read, parse, local rules")
            return final
        results, context = _complete(checking, files, results), _complete(loading, extra, context)
    else:
        results, context = [results[p] for p in files], [context[p] for p in extra]
    run = Run(results, context, known_places=places, key=run_key)
    lap("read, parse, local rules")

    by_path = {r.path: r for r in results}
    found = cache.get_chunked("runs", run_key) if cache else None
    if found is not None:  # the graph phase of this very set of documents: its merged results
        for path, packed, counts in found[1]:
            by_path[path].set_packed(packed, counts)
    else:
        graph = run.graph
        _ = graph.cycles  # found once here, not once in every worker
        if not keep_sources:
            _forget_unread_items(graph)
        lap("citation graph")
        todo = [(r.path, r.packs) for r in results if r.plan is not None and r.path in graph.nodes]
        sources = {r.path: r.source for r in results if r.source is not None}
        # Forked workers share the batch's plans only until they touch them; past
        # this size the copies would cost more memory than the pool saves time.
        phase2_jobs = jobs if len(todo) <= POOL_PHASE2_LIMIT else 1
        phase2_state = {**state, "graph": graph, "sources": sources, "results": by_path, "folded": folded}
        failures: list[str] = []
        outputs = _imap(_phase2, todo, phase2_jobs, phase2_state, lambda n: None,
                        _phase2_failed(phase2_state, failures))

        def merged():  # each document's merged result, as it comes
            for (packed, counts), (path, _) in zip(outputs, todo):
                by_path[path].set_packed(packed, counts)
                yield path, packed, counts

        if cache and run_key:
            cache.put_chunked("runs", run_key, merged())
        else:
            for _ in merged():
                pass
        if failures and cache and run_key:  # a killed worker's answer is not this set's result
            cache.delete("runs", run_key)
            run.key = run_key = ""
        folded.clear()  # the graph rules are done with the folded texts
        lap("graph rules")
    if cache and run_key:
        _put_final(cache, run_key, run)
    if keep_sources:
        _reload_sources([*results, *context])
    lap("merge, cache")
    return run


def _forget_unread_items(graph) -> None:
    """Drop the content items of documents that no document of the run cites.

    The graph rules read a plan's items only when it is a parent (its
    children must carry them), and nothing later reads them; most plans of
    a batch are communes that nobody cites, so this is a good part of what a
    national batch holds.
    """
    cited = {e.target for e in graph.edges if e.resolved}
    for node in graph.nodes.values():
        if node.plan is not None and node.plan.content_items and node.id not in cited:
            node.plan.content_items = []


class Stopwatch:
    """Where a batch's time goes, on stderr when PLANCHECK_TIMINGS is set
    (the benchmark reads it; a district office can too)."""

    def __init__(self) -> None:
        import time

        self.clock = time.perf_counter
        self.last = self.clock()
        self.on = bool(os.environ.get("PLANCHECK_TIMINGS"))

    def __call__(self, what: str) -> None:
        now = self.clock()
        if self.on:
            import sys

            print(f"plancheck: {what}: {now - self.last:.2f} s", file=sys.stderr)
        self.last = now

    def restart(self) -> None:
        self.last = self.clock()


def _put_final(cache: Cache, run_key: str, run: Run) -> None:
    """The finished run, in rows of a few hundred results (never one giant pickle),
    with the graph's nodes and edges as JSON texts for the report."""
    from plancheck.graph.export import edge_lines, node_lines

    nodes, edges = node_lines(run.graph), edge_lines(run.graph)
    if len(run.graph.nodes) <= POOL_PHASE2_LIMIT:  # kept for the JSON report; past it, memory comes first
        nodes, edges = run.graph_lines = list(nodes), list(edges)
    cache.put_chunked("final", run_key + "/nodes", nodes)
    cache.put_chunked("final", run_key + "/edges", edges)
    cache.put_chunked("final", run_key, (_header_only(r) for r in run.results),
                      {"context": [_header_only(r) for r in run.context]})


def _get_final(cache: Cache, run_key: str) -> Run | None:
    parts = [cache.get_chunked("final", run_key + suffix) for suffix in ("/nodes", "/edges", "")]
    if any(p is None for p in parts):
        return None
    (_, nodes), (_, edges), (head, results) = parts
    return Run(results, head["context"], graph_lines=(nodes, edges), key=run_key)


class _Phase(NamedTuple):
    """One kind of phase-1 work ("check" or "context") and what it shares."""

    kind: str
    func: object  # _phase1 or _load_context, run by the workers through _local
    rp: RunPlan
    cache: Cache | None
    jobs: int
    state: dict
    tick: object
    folded: FoldedStore
    places: dict

    def key_of(self, path: str) -> str:
        return key(self.rp.fingerprint, self.kind, path, self.rp.hashes[path])


def _cached_phase(ph: _Phase, paths: list[str]) -> dict[str, FileResult]:
    """The fresh results of ``paths``, checked by the workers.  Those stored
    in the cache are not read yet (see _complete): the run's final results
    may make them unnecessary."""
    if not paths:
        return {}
    cache, hashes = ph.cache, ph.rp.hashes
    keys = {p: ph.key_of(p) for p in paths if p in hashes} if cache else {}
    stored = cache.present("files", keys.values()) if cache else set()
    todo = [p for p in paths if keys.get(p) not in stored]
    ph.tick(len(paths) - len(todo))
    have: dict[str, FileResult] = {}
    encoded = cache is not None and not ph.state["keep_sources"]  # with the Source, what is stored differs from what is used
    blobs: list[tuple[str, bytes]] = []
    shared: dict[tuple, list] = {}
    lookup = {"cache_path": cache.path, "fingerprint": ph.rp.fingerprint, "kind": ph.kind} if cache else {}
    fresh: list[str] = []
    job_state = {**ph.state, **lookup, "job": ph.func, "encoded": encoded}
    outputs = _imap(_local, [(p, cache is not None and p not in hashes) for p in todo], ph.jobs, job_state, ph.tick,
                    _phase1_failed(job_state))
    for (out, handed_on), p in zip(outputs, todo):  # outputs first: the pool's generator is read to its end
        ph.folded.add(p, handed_on.folded)
        if handed_on.places is not None:
            ph.places[p] = handed_on.places
        if handed_on.hash is not None:
            ph.rp.learn(p, handed_on.hash)
        if handed_on.cached:  # unchanged, in the cache: taken from there if need be
            continue
        if handed_on.failed:
            ph.rp.unstable.add(p)
        if encoded and not handed_on.failed:
            blobs.append((ph.key_of(p), out))
        if encoded:
            out = decode(out)
            if len(blobs) == STORE_EVERY:  # stored as they come, in short transactions
                cache.put_encoded("files", blobs)
                blobs = []
        out.packs = shared.setdefault(tuple(out.packs), out.packs)  # one list per combination of packs
        have[p] = out
        if not handed_on.failed:
            fresh.append(p)
    reader = _W.pop("reader", None)  # checked in this process (no pool): its second connection is done
    if reader is not None:
        reader.close()
    if encoded:
        cache.put_encoded("files", blobs)
    elif cache and fresh:
        cache.put_many("files", ((ph.key_of(p), _storable(have[p])) for p in fresh))
    return have


def _complete(ph: _Phase, paths: list[str], have: dict[str, FileResult]) -> list[FileResult]:
    """Every result of ``paths``, in order: those stored in the cache are
    read from it now, and one found damaged (or gone) is checked afresh."""
    keys = {p: ph.key_of(p) for p in paths if p not in have}
    if keys:
        found = ph.cache.get_many("files", list(keys.values()))
        have.update((p, found[k]) for p, k in keys.items() if k in found)
        have.update(_cached_phase(ph, [p for p in keys if p not in have]))
    return [have[p] for p in paths]


def _storable(result: FileResult) -> FileResult:
    """The cached copy: without its Source (the file is on disk)."""
    return result.copy_with(result.plan)


def _header_only(result: FileResult) -> FileResult:
    """A result as the text and JSON reports need it: findings, coverage, and
    the plan's header fields only (a warm run unpickles a few KB per document)."""
    plan = result.plan
    if plan is not None:
        plan = replace(plan, sections=[], citations=[], references=[], reporting=[], content_items=[],
                       assignments=[], recipients=[])
    return result.copy_with(plan)


def _reload_sources(results: list[FileResult]) -> None:
    from plancheck.ingest import IngestError, read_source

    for r in results:
        if r.source is None and r.plan is not None:
            try:
                r.source = read_source(r.path)
            except IngestError:
                pass
