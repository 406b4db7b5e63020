"""Score plancheck's reading of the real documents in fixtures/real/.

Each ``NAME.txt`` there is a public text as it was found; ``NAME.json`` holds
what a person read in it: kind (document / news / unknown), document type,
number, date, level, and every numbered citation with its date.  This module
compares plancheck's parse with those values; ``python3 tests/real_corpus.py``
prints the figures and every disagreement.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(os.path.dirname(HERE), "fixtures", "real")
HEADER_FIELDS = ("doc_type", "number", "date", "level")


def canonical_number(number: str | None) -> str | None:
    """A số/ký hiệu compared as a reader would: no spaces, one kind of dash, Đ/D alike in case."""
    if not number:
        return None
    text = re.sub(r"\s+", "", number).replace("–", "-").replace("—", "-")
    return text.upper()


@dataclass
class Score:
    header_right: int = 0
    header_total: int = 0
    kind_right: int = 0
    kind_total: int = 0
    cited_found: int = 0  # expected citations found (number and date)
    cited_expected: int = 0
    found_right: int = 0  # citations plancheck found that the reader listed
    found_total: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def header(self) -> float:
        return self.header_right / self.header_total if self.header_total else 1.0

    @property
    def kind(self) -> float:
        return self.kind_right / self.kind_total if self.kind_total else 1.0

    @property
    def recall(self) -> float:
        return self.cited_found / self.cited_expected if self.cited_expected else 1.0

    @property
    def precision(self) -> float:
        return self.found_right / self.found_total if self.found_total else 1.0


def expectations() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(glob.glob(os.path.join(REAL, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            out.append((path[:-5] + ".txt", json.load(fh)))
    return out


def read(path: str):
    from plancheck.ingest import read_source
    from plancheck.parse import parse

    return parse(read_source(path))


def _value(plan, name: str):
    value = getattr(plan, name)
    if name == "date":
        return value.isoformat() if value else None
    if name == "number":
        return canonical_number(value)
    return value


def score_one(path: str, expected: dict, score: Score) -> None:
    plan = read(path)
    name = os.path.basename(path)
    score.kind_total += 1
    if plan.kind == expected["kind"]:
        score.kind_right += 1
    else:
        score.problems.append(f"{name}: kind {plan.kind!r}, expected {expected['kind']!r}")
    if expected["kind"] == "document":
        for f in HEADER_FIELDS:
            want = canonical_number(expected[f]) if f == "number" else expected[f]
            got = _value(plan, f)
            score.header_total += 1
            if got == want:
                score.header_right += 1
            else:
                score.problems.append(f"{name}: {f} {got!r}, expected {want!r}")
    want = {(canonical_number(c["number"]), c["date"]) for c in expected["citations"]}
    got = {(canonical_number(c.number), c.date.isoformat() if c.date else None) for c in plan.citations}
    dated = {n for n, d in got if d}
    got = {(n, d) for n, d in got if d or n not in dated}  # a later mention without its date: the same document
    score.cited_expected += len(want)
    score.cited_found += len(want & got)
    score.found_total += len(got)
    score.found_right += len(got & want)
    for miss in sorted(want - got, key=str):
        score.problems.append(f"{name}: citation missed {miss}")
    for extra in sorted(got - want, key=str):
        score.problems.append(f"{name}: citation not in the text's list {extra}")


def score_all() -> Score:
    score = Score()
    for path, expected in expectations():
        score_one(path, expected, score)
    return score


def main() -> int:
    score = score_all()
    for p in score.problems:
        print(p)
    print(f"documents: {len(expectations())}")
    print(
        f"header fields (number, date, level, type; documents): {score.header_right}/{score.header_total}"
        f" = {score.header:.3f}"
    )
    print(f"kind: {score.kind_right}/{score.kind_total} = {score.kind:.3f}")
    print(
        f"citations: recall {score.cited_found}/{score.cited_expected} = {score.recall:.3f},"
        f" precision {score.found_right}/{score.found_total} = {score.precision:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(HERE))
    sys.exit(main())
