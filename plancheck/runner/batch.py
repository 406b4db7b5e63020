"""Check many documents: two phases with the citation graph between them.

Phase 1 reads, parses and runs the local rules of every document (or takes
the result from the cache when the file is unchanged); the results come back
in input order whatever the executor.  The graph is then built from every
plan of the run.  Phase 2 runs the graph rules, unless the cache holds them
for this exact set of documents.  One document's failure is a finding on it;
the run goes on.

Memory is what limits a national batch, so results are slimmed and their
findings packed in the workers, the graph findings are merged into them as
they come, and everything written to the cache goes in chunks as it is made.
The main process is the one bottleneck of a pool, so the workers hand it
their results in the form it keeps and stores: cache bytes from phase 1,
merged and packed findings from phase 2.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from plancheck.engine.result import FileResult
from plancheck.engine.trim import forget_unread_items, header_only, without_source
from plancheck.gcpause import paused_gc
from plancheck.results import Run
from plancheck.runner import jobs
from plancheck.runner.executors import Executor, LocalExecutor, pool_pays
from plancheck.runner.folded_store import FoldedStore
from plancheck.runner.jobs import WorkerState
from plancheck.runner.plan import RunPlan
from plancheck.runner.timing import Stopwatch
from plancheck.store.cache import Cache, decode, key

STORE_EVERY = 250  # fresh results written to the cache this many at a time
# More documents than this: the graph rules run in the main process, where forked workers would each copy
# the batch's plans as they touch them (and past it the report's graph is not kept in memory either).
POOL_PHASE2_LIMIT = 15_000
# More than this: the graph rules fold each text again instead of keeping phase 1's folded texts, which
# add about 22 KB a document (215 MB at 10,000 plans) to the peak.
KEEP_FOLDED_LIMIT = 10_000


def check_batch(
    state: WorkerState,
    rp: RunPlan,
    cache: Cache | None,
    executor: Executor | None = None,
    progress=None,
    lap: Stopwatch | None = None,
) -> Run:
    """Check the documents planned in ``rp`` (its files, with its extra corpus
    documents as context: read, never reported on); ``state`` says how (packs,
    configuration, language, whether the texts are kept)."""
    with paused_gc():  # the run's results stay alive to the end: no use rescanning them
        return _check(state, rp, cache, executor or LocalExecutor(1), progress or (lambda n: None), lap or Stopwatch())


def _check(state: WorkerState, rp: RunPlan, cache, executor: Executor, tick, lap) -> Run:
    files, extra = rp.files, rp.extra
    keep_sources = state.keep_sources
    known_before = bool(rp.key)
    final = _get_final(cache, rp.key) if cache and known_before and not keep_sources else None
    if final is not None:  # nothing changed since the last run: its results, as they were
        tick(len(files) + len(extra))
        lap("cached run")
        return final

    folded, places = FoldedStore(), {}
    n = len(files) + len(extra)
    state = replace(
        state,
        carry_folded=not keep_sources and n <= KEEP_FOLDED_LIMIT and executor.shares_memory,
        fold_here=not keep_sources and not executor.shares_memory,
        own_places=n > 1,  # one document: the graph asks only if it must
        pool_pays=pool_pays([*files, *extra]),
    )
    if state.own_places:
        from plancheck.gazetteer.index import load

        load()  # its index built, if need be, once, before the workers start
    checking = _Phase("check", jobs.check_one, rp, cache, executor, state, tick, folded, places)
    loading = replace(checking, kind="context", func=jobs.load_one)
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
    run = Run(results, context, known_places=places, key=run_key, timings=lap.laps)
    lap("read, parse, local rules")
    _graph_phase(run, state, cache, executor, folded, lap)
    if cache and run.key:
        _put_final(cache, run.key, run)
    if keep_sources:
        _reload_sources([*results, *context])
    lap("merge, cache")
    return run


def _graph_phase(run: Run, state: WorkerState, cache, executor: Executor, folded: FoldedStore, lap) -> None:
    """The graph rules of every checked document, merged into its result (or
    this very set's merged results, from the cache)."""
    by_path = {r.path: r for r in run.results}
    found = cache.get_chunked("runs", run.key) if cache else None
    if found is not None:  # the graph phase of this very set of documents: its merged results
        for path, packed, counts in found[1]:
            by_path[path].set_packed(packed, counts)
        return
    graph = run.graph
    _ = graph.cycles  # found once here, not once in every worker
    if not state.keep_sources:
        forget_unread_items(graph)
    lap("citation graph")
    todo = [(r.path, r.packs) for r in run.results if r.plan is not None and r.path in graph.nodes]
    sources = {r.path: r.source for r in run.results if r.source is not None}
    failures: list[str] = []
    failed = jobs.graph_failed(state, failures, by_path)
    if executor.shares_memory:  # the workers hold the results (a fork): they merge, the bytes come back
        phase2 = replace(state, graph=graph, sources=sources, results=by_path, folded=folded)
        job = jobs.graph_one
    else:  # the workers receive the graph once, each document's packed result with it
        phase2 = replace(state, graph=graph, sources=sources)
        job, todo = jobs.graph_carried, [(path, packs, *by_path[path].packed_state()) for path, packs in todo]
    outputs = executor.map(job, todo, phase2, lambda n: None, failed, serial=len(todo) > POOL_PHASE2_LIMIT)

    def merged():  # each document's merged result, as it comes
        for (packed, counts), (path, *_) in zip(outputs, todo):
            by_path[path].set_packed(packed, counts)
            yield path, packed, counts

    if cache and run.key:
        cache.put_chunked("runs", run.key, merged())
    else:
        for _ in merged():
            pass
    if failures and cache and run.key:  # a killed worker's answer is not this set's result
        cache.delete("runs", run.key)
        run.key = ""
    folded.clear()  # the graph rules are done with the folded texts
    lap("graph rules")


def _put_final(cache: Cache, run_key: str, run: Run) -> None:
    """The finished run, in rows of a few hundred results (never one giant pickle),
    with the graph's nodes and edges as JSON texts for the report."""
    from plancheck.graph.export import edge_lines, node_lines

    nodes, edges = node_lines(run.graph), edge_lines(run.graph)
    if len(run.graph.nodes) <= POOL_PHASE2_LIMIT:  # kept for the JSON report; past it, memory comes first
        nodes, edges = run.graph_lines = list(nodes), list(edges)
    cache.put_chunked("final", run_key + "/nodes", nodes)
    cache.put_chunked("final", run_key + "/edges", edges)
    cache.put_chunked(
        "final", run_key, (header_only(r) for r in run.results), {"context": [header_only(r) for r in run.context]}
    )


def _get_final(cache: Cache, run_key: str) -> Run | None:
    parts = [cache.get_chunked("final", run_key + suffix) for suffix in ("/nodes", "/edges", "")]
    if any(p is None for p in parts):
        return None
    (_, nodes), (_, edges), (head, results) = parts
    return Run(results, head["context"], graph_lines=(nodes, edges), key=run_key)


@dataclass(frozen=True)
class _Phase:
    """One kind of phase-1 work ("check" or "context") and what it shares."""

    kind: str
    func: object  # jobs.check_one or jobs.load_one, run by the workers through jobs.local
    rp: RunPlan
    cache: Cache | None
    executor: Executor
    state: WorkerState
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
    encoded = (
        cache is not None and not ph.state.keep_sources
    )  # with the Source, what is stored differs from what is used
    blobs: list[tuple[str, bytes]] = []
    shared: dict[tuple, list] = {}
    lookup = {"cache_path": cache.path, "fingerprint": ph.rp.fingerprint, "kind": ph.kind} if cache else {}
    fresh: list[str] = []
    job_state = replace(ph.state, **lookup, job=ph.func, encoded=encoded)
    outputs = ph.executor.map(
        jobs.local,
        [(p, cache is not None and p not in hashes) for p in todo],
        job_state,
        ph.tick,
        jobs.local_failed(job_state),
    )
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
    if encoded:
        cache.put_encoded("files", blobs)
    elif cache and fresh:
        cache.put_many("files", ((ph.key_of(p), without_source(have[p])) for p in fresh))
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


def _reload_sources(results: list[FileResult]) -> None:
    from plancheck.ingest import IngestError, read_source

    for r in results:
        if r.source is None and r.plan is not None:
            try:
                r.source = read_source(r.path)
            except IngestError:
                pass
