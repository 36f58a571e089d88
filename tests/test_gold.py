"""Regression test: extraction quality on the five gold-annotated articles must not drop."""

from pathlib import Path

import pytest

from etl.evaluate import evaluate

GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="module")
def report(built_db):
    return evaluate(built_db, GOLD)


def test_every_gold_article_is_built(report):
    assert report["articles_found"] == report["articles_expected"] == 5


@pytest.mark.parametrize(
    "key, field, minimum",
    [
        ("quantities", "precision", 0.85),
        ("quantities", "recall", 0.85),
        ("parks", "precision", 0.95),
        ("parks", "recall", 0.95),
        ("companies", "precision", 0.80),
        ("companies", "recall", 0.80),
    ],
)
def test_extraction_scores(report, key, field, minimum):
    assert report["totals"][key][field] >= minimum, report["totals"][key]


@pytest.mark.parametrize(
    "name, minimum",
    [
        ("qualifier", 0.90),
        ("measure", 0.80),
        ("park", 0.90),
        ("period", 0.80),
    ],
)
def test_accuracy_on_matched_quantities(report, name, minimum):
    assert report["accuracy_on_matched"][name] >= minimum, report["accuracy_on_matched"]


@pytest.mark.parametrize("field", ["title", "published", "source", "byline", "url", "script"])
def test_metadata_matches_gold(report, field):
    agreed, total = map(int, report["metadata"][field].split("/"))
    assert total > 0 and agreed == total, [
        (a["file"], a["metadata"][field])
        for a in report["articles"]
        if field in a.get("metadata", {}) and not a["metadata"][field]["ok"]
    ]
