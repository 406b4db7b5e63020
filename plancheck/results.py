"""What a run produced, as the reports read it: each document's result and
its honest status, and the run's verdict.

Reports import this module, the model and the graph's data only, never the
runner or the checks: a new way of running checks (a server, a cluster)
changes nothing they depend on.  A ``Run`` is made by the runner and its
``FileResult``s by the engine; what may be said of them — checked and passed
or failed, not checked and why, unreadable — is decided here, once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plancheck.engine.result import FileResult
from plancheck.model import SEVERITIES, SEVERITY_RANK

__all__ = [
    "Run",
    "FileResult",
    "SEVERITIES",
    "SEVERITY_RANK",
    "document_status",
    "status_counts",
    "run_fails",
    "any_fails",
]


@dataclass
class Run:
    """What one check of a set of documents produced: the reported results, the
    context documents, the citation graph, and where the time went.

    A run answered wholly from the cache has no graph object, only its nodes and
    edges as JSON texts (``graph_lines``); one whose very report was kept has
    only that (``stored_report``: the exit status and the report's blocks)."""

    results: list[FileResult]
    context: list[FileResult]
    _graph: object = field(default=None, repr=False)
    known_places: dict = field(default_factory=dict, repr=False)  # path → the issuer's candidate places
    graph_lines: tuple[list[str], list[str]] | None = None  # the graph's nodes and edges as JSON texts, once made
    key: str = ""  # the run's key in the cache ("" without a cache)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase
    stored_report: tuple[int, list[str]] | None = None

    @property
    def graph(self):
        """The citation graph, built on first use (a fully cached run may not need it)."""
        if self._graph is None:
            from plancheck.graph.citation_graph import CitationGraph

            self._graph = CitationGraph.build(
                [(r.plan, False) for r in self.results if r.plan] + [(r.plan, True) for r in self.context if r.plan],
                self.known_places,
            )
            self.known_places = {}
        return self._graph

    def statuses(self, fail_on: str) -> dict[str, int]:
        """How many documents passed, failed, were not checked or could not be read."""
        return status_counts(self.results, fail_on)


def document_status(result: FileResult, fail_on: str) -> tuple[str, str | None]:
    """What a report may say of one document, honestly:
    ("checked", "pass" | "fail"), ("not_checked", "news" | "unknown" | "no_pack")
    or ("unreadable", None).  A document no pack applied to was not checked,
    and is never shown as passing."""
    plan = result.plan
    if plan is None:
        return "unreadable", None
    if plan.kind != "document":
        return "not_checked", plan.kind
    if not result.packs:
        return "not_checked", "no_pack"
    judged_at = "error" if fail_on == "never" else fail_on  # --fail-on never spares the run, not the document
    return "checked", "fail" if any_fails([result], judged_at) else "pass"


def status_counts(results: list[FileResult], fail_on: str) -> dict[str, int]:
    counts = {"passed": 0, "failed": 0, "not_checked": 0, "unreadable": 0}
    for r in results:
        status, verdict = document_status(r, fail_on)
        key = {"pass": "passed", "fail": "failed"}.get(verdict, status) if status == "checked" else status
        counts[key] += 1
    return counts


def run_fails(results: list[FileResult], fail_on: str, fail_on_unchecked: bool) -> bool:
    """The run's exit status: a finding at ``fail_on``, or (when asked) a
    document that was not checked or could not be read."""
    if any_fails(results, fail_on):
        return True
    return fail_on_unchecked and any(document_status(r, fail_on)[0] != "checked" for r in results)


def any_fails(results: list[FileResult], fail_on: str) -> bool:
    """Does any result hold a finding at or above ``fail_on``?  From the kept
    counts: the exit status of a national batch unpacks no findings."""
    if fail_on == "never":
        return False
    threshold = SEVERITY_RANK[fail_on]
    ranks = [i for i, sev in enumerate(SEVERITIES) if SEVERITY_RANK[sev] >= threshold]
    return any(r.severity_counts()[i] for r in results for i in ranks)
