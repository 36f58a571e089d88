"""The evaluator is a user feature (annotate your own articles, score the extractor): it must
not punish an annotator for not knowing the warehouse's canonical park names."""

import json

from etl.build import build
from etl.evaluate import evaluate

ARTICLE = "南沙新区新设外商投资企业652家，同比增长9.3%。南沙新区将继续扩大开放，推动更多港澳企业落户发展。"


def test_gold_park_named_by_an_alias_matches_the_canonical_park(tmp_path):
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    quantity = {
        "quote": "新设外商投资企业652家",
        "number_text": "652家",
        "value": 652,
        "unit": "家",
        "normalized_value": 652,
        "normalized_unit": "count",
        "qualifier": None,
        "measure": "enterprise_count",
        "subject": "南沙新区",
        "period": None,
    }
    (gold / "a.json").write_text(
        json.dumps(
            {
                "file": "a.txt",
                "parks": [{"name": "南沙新区", "quote": "南沙新区", "aliases": []}],
                "sub_parks": [],
                "companies": [],
                "quantities": [quantity],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    build(corpus, tmp_path / "a.db", workers=1)
    report = evaluate(tmp_path / "a.db", gold)
    article = report["articles"][0]
    assert (
        article["parks_missed"] == [] and article["parks_extra"] == []
    )  # 广州南沙新区 is its canonical name
    assert report["accuracy_on_matched"]["park"] == 1.0
    assert report["accuracy_on_matched"]["subject"] == 1.0
