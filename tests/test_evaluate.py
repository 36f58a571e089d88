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


def _one_article_set(tmp_path, article, gold_article):
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "a.txt").write_text(article, encoding="utf-8")
    (gold / "a.json").write_text(json.dumps(gold_article, ensure_ascii=False), encoding="utf-8")
    build(corpus, tmp_path / "a.db", workers=1)
    return evaluate(tmp_path / "a.db", gold)


SUB_PARK_ARTICLE = "西安高新区营收增长9%。目前，西安软件园聚集软件企业超过3200家。"


def _quantity(quote, number_text, value, unit, normalized_unit, measure, subject, **extra):
    return {
        "quote": quote,
        "number_text": number_text,
        "value": value,
        "unit": unit,
        "normalized_value": value,
        "normalized_unit": normalized_unit,
        "qualifier": None,
        "measure": measure,
        "subject": subject,
        "period": None,
        **extra,
    }


def test_a_sub_parks_figure_is_scored_as_its_parents_and_outcomes_are_split(tmp_path):
    """The park of a number is the park its subject rolls up to; right, wrong and empty are
    reported apart, and subject kinds are scored where the gold gives them."""
    growth = _quantity("营收增长9%", "9%", 9, "%", "percent", "growth_rate", "西安高新区")
    firms = _quantity(
        "聚集软件企业超过3200家", "3200家", 3200, "家", "count", "enterprise_count", "西安软件园"
    )
    gold_article = {
        "file": "a.txt",
        "parks": [{"name": "西安高新区", "quote": "西安高新区", "aliases": []}],
        "sub_parks": [{"name": "西安软件园", "quote": "西安软件园", "park": "西安高新区"}],
        "companies": [],
        "quantities": [growth, {**firms, "qualifier": "more_than"}],
    }
    report = _one_article_set(tmp_path, SUB_PARK_ARTICLE, gold_article)
    assert report["attribution"]["park"] == {"right": 1.0, "wrong": 0.0, "empty": 0.0}
    assert "subject_kind" not in report["accuracy_on_matched"]  # this gold gives no kinds
    growth["subject_kind"], firms["subject_kind"] = "park", "sub_park"
    gold_article["quantities"] = [growth, {**firms, "qualifier": "more_than"}]
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold_article, ensure_ascii=False))
    report = evaluate(tmp_path / "a.db", tmp_path / "gold")
    assert report["accuracy_on_matched"]["subject_kind"] == 1.0


def test_a_gold_quote_written_with_its_province_matches_the_park_found_after_it(tmp_path):
    """浙江磐安经济开发区: the warehouse's mention starts after the province, the annotator's quote
    and name (磐安经开区) may not; the park found is the gold one."""
    article = "浙江磐安经济开发区规划面积6.42平方公里，分两个区块，以中药材加工为主导产业，已集聚规上企业58家。"
    report = _one_article_set(
        tmp_path,
        article,
        {
            "file": "a.txt",
            "parks": [{"name": "磐安经开区", "quote": "浙江磐安经济开发区", "aliases": []}],
            "sub_parks": [],
            "companies": [],
            "quantities": [
                _quantity(
                    "已集聚规上企业58家",
                    "58家",
                    58,
                    "家",
                    "count",
                    "enterprise_count",
                    "磐安经开区",
                    park="磐安经开区",
                ),  # fmt: skip
            ],
        },
    )
    article = report["articles"][0]
    assert article["parks_missed"] == [] and article["parks_extra"] == []
    assert report["accuracy_on_matched"]["park"] == 1.0
