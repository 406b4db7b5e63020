"""plancheck held to what people read in real public documents (fixtures/real).

Each text there was found on a public portal or law site and kept as found;
its .json beside it says what a reader finds in it (kind, type, number,
date, level, every numbered citation).  The figures below are the floor the
reader's values hold plancheck to; ``python3 tests/real_corpus.py`` lists
every disagreement.
"""

from __future__ import annotations

import json

import pytest

from real_corpus import expectations, score_all

FLOORS = {"header": 0.95, "kind": 0.95, "recall": 0.97, "precision": 0.97}


@pytest.fixture(scope="module")
def score():
    return score_all()


def test_the_corpus_is_large_and_varied():
    found = expectations()
    assert len(found) >= 30
    kinds = {e["kind"] for _, e in found}
    levels = {e["level"] for _, e in found if e["kind"] == "document"}
    assert {"document", "news"} <= kinds
    assert {"central", "province", "district", "commune"} <= levels


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_plancheck_reads_real_documents_as_people_do(score, figure):
    value = getattr(score, figure)
    assert value >= FLOORS[figure], f"{figure} {value:.3f} < {FLOORS[figure]}:\n" + "\n".join(score.problems)


def test_every_expectation_names_its_source():
    for path, e in expectations():
        assert e["url"].startswith("http"), path
        with open(path, encoding="utf-8") as fh:
            assert fh.read().strip(), path
        json.dumps(e)
