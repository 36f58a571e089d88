"""Blind check: articles the rule writers never saw, annotated by hand in the gold format.

The five gold articles were used to write the rules, so their scores overstate quality.
These held-out articles (other parks and provinces, an HTML page with chrome, a Taiwan article,
a Jekyll post and a portal dump) measure whether the rules generalize; add new ones here
rather than to tests/gold.
"""

from pathlib import Path

import pytest

from etl.build import build
from etl.evaluate import evaluate

HELDOUT = Path(__file__).resolve().parent / "heldout"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("heldout") / "heldout.db"
    build(HELDOUT / "corpus", db_path, workers=1)
    return evaluate(db_path, HELDOUT / "gold")


def test_every_heldout_article_is_built(report):
    assert report["articles_found"] == report["articles_expected"]


@pytest.mark.parametrize("key, field, minimum", [
    ("quantities", "precision", 0.95),
    ("quantities", "recall", 0.95),
    ("parks", "precision", 0.95),
    ("parks", "recall", 0.95),
    ("companies", "precision", 0.90),
    ("companies", "recall", 0.75),
])
def test_heldout_scores(report, key, field, minimum):
    assert report["totals"][key][field] >= minimum, report["totals"][key]


@pytest.mark.parametrize("name, minimum", [("qualifier", 0.95), ("measure", 0.80), ("park", 0.85),
                                           ("period", 0.75)])
def test_heldout_accuracy(report, name, minimum):
    assert report["accuracy_on_matched"][name] >= minimum, report["accuracy_on_matched"]


@pytest.mark.parametrize("field", ["title", "published", "source", "byline", "script"])
def test_heldout_metadata(report, field):
    agreed, total = map(int, report["metadata"][field].split("/"))
    assert agreed == total


# ---------------------------------------------------------------- second set (tests/heldout2/README.md)
# Floors just under the scores after this round's fixes: a drop is a regression worth a look.

HELDOUT2 = Path(__file__).resolve().parent / "heldout2"


@pytest.fixture(scope="module")
def report2(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("heldout2") / "heldout2.db"
    build(HELDOUT2 / "corpus", db_path, workers=1)
    return evaluate(db_path, HELDOUT2 / "gold")


def test_every_article_of_the_second_set_is_built(report2):
    assert report2["articles_found"] == report2["articles_expected"] == 8


@pytest.mark.parametrize("key, field, minimum", [
    ("quantities", "precision", 0.98),
    ("quantities", "recall", 0.97),
    ("parks", "precision", 0.95),
    ("parks", "recall", 0.90),
    ("companies", "precision", 0.80),
    ("companies", "recall", 0.55),
])
def test_second_set_scores(report2, key, field, minimum):
    assert report2["totals"][key][field] >= minimum, report2["totals"][key]


@pytest.mark.parametrize("name, minimum", [("qualifier", 0.98), ("measure", 0.93), ("park", 0.70),
                                           ("period", 0.80)])
def test_second_set_accuracy(report2, name, minimum):
    assert report2["accuracy_on_matched"][name] >= minimum, report2["accuracy_on_matched"]


@pytest.mark.parametrize("field", ["title", "published", "source", "script"])
def test_second_set_metadata(report2, field):
    agreed, total = map(int, report2["metadata"][field].split("/"))
    assert agreed == total
