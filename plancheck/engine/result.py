"""One document's result: its plan, the packs applied, its findings and what was checked.

A national batch keeps 10,000s of these alive at once, so the findings are
kept pickled ("packed") beside their severity counts: the exit status and
the statistics read the counts, and only the report unpacks the findings.
"""

from __future__ import annotations

import pickle

from plancheck.checks.base import Coverage
from plancheck.model import SEVERITIES, Finding, Plan
from plancheck.source import Source


class FileResult:
    """One document's result: its plan, findings and theme coverage.

    A batch keeps tens of thousands of these until the report is written, so
    ``pack()`` can fold the findings and coverage into one pickled string
    (a few hundred bytes instead of a few kilobytes of objects); reading
    ``findings`` or ``coverage`` unpacks a fresh copy, and assigning them
    replaces the packed form.  Nothing is ever changed in place through them.
    """

    __slots__ = ("path", "plan", "source", "packs", "_findings", "_coverage", "_packed", "_counts")

    def __init__(
        self,
        path: str,
        plan: Plan | None,
        source: Source | None,
        packs: list[str],
        findings: list[Finding],
        coverage: list[Coverage] | None = None,
    ) -> None:
        self.path, self.plan, self.source, self.packs = path, plan, source, packs
        self._findings, self._coverage = findings, list(coverage or [])
        self._packed: bytes | None = None
        self._counts: tuple[int, int, int] | None = None

    def contents(self) -> tuple[list[Finding], list[Coverage]]:
        """(findings, coverage), unpacked once for both."""
        if self._packed is None:
            return self._findings, self._coverage
        return pickle.loads(self._packed)

    def replace_contents(self, findings: list[Finding], coverage: list[Coverage]) -> None:
        """New findings and coverage, kept packed if they were."""
        packed = self._packed is not None
        self._findings, self._coverage, self._packed, self._counts = findings, coverage, None, None
        if packed:
            self.pack()

    def severity_counts(self) -> tuple[int, int, int]:
        """(errors, warnings, infos): kept beside the packed findings, so the
        exit status and the summary of a batch unpack nothing."""
        if self._counts is None:
            self._counts = _severity_counts(self.contents()[0])
        return self._counts

    @property
    def findings(self) -> list[Finding]:
        return self.contents()[0]

    @findings.setter
    def findings(self, value: list[Finding]) -> None:
        self.replace_contents(value, self.contents()[1])

    @property
    def coverage(self) -> list[Coverage]:
        return self.contents()[1]

    @coverage.setter
    def coverage(self, value: list[Coverage]) -> None:
        self.replace_contents(self.contents()[0], value)

    def copy_with(self, plan: Plan | None) -> FileResult:
        """This result with another plan and no Source, sharing the packed
        findings (nothing to unpack and pack again for the cache)."""
        other = FileResult(self.path, plan, None, list(self.packs), self._findings, self._coverage)
        other._packed, other._counts = self._packed, self._counts
        return other.pack()

    def packed_state(self) -> tuple[bytes, tuple[int, int, int]]:
        """(packed findings and coverage, severity counts): what another
        process needs to give its copy of this result the same contents."""
        self.pack()
        return self._packed, self._counts

    def set_packed(self, packed: bytes, counts: tuple[int, int, int]) -> None:
        self._findings = self._coverage = None
        self._packed, self._counts = packed, counts

    def pack(self) -> FileResult:
        if self._packed is None:
            self._counts = _severity_counts(self._findings)
            self._packed = pickle.dumps((self._findings, self._coverage), protocol=pickle.HIGHEST_PROTOCOL)
            self._findings = self._coverage = None
        return self

    def __getstate__(self):
        return (
            self.path,
            self.plan,
            self.source,
            self.packs,
            self._findings,
            self._coverage,
            self._packed,
            self._counts,
        )

    def __setstate__(self, state) -> None:
        (self.path, self.plan, self.source, self.packs, self._findings, self._coverage, self._packed, self._counts) = (
            state
        )


def _severity_counts(findings: list[Finding]) -> tuple[int, int, int]:
    severities = [f.severity for f in findings]
    errors, warnings, infos = (severities.count(s) for s in SEVERITIES)
    return errors, warnings, infos
