"""Development set for the metrics extractor: realistic excerpts of park news nobody tuned the
rules on (tests/fixtures/metrics_dev.yml), run through the whole extract stage.

Each case asserts the exact set of (number_text, normalized_value, normalized_unit, qualifier),
and the measure, period and subject wherever the fixture states them. `python
tests/test_metrics_dev.py` prints precision, recall and accuracies over the whole set.
"""

import sys
from pathlib import Path

import pytest
import yaml

from etl.clean import detect_script
from etl.extract import extract_facts
from etl.model import CleanDocument
from etl.script import convert_body

FIXTURE = Path(__file__).parent / "fixtures" / "metrics_dev.yml"
CASES = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["cases"]


def article_text(text: str) -> str:
    """Fixture lines are wrapped for reading: lines join without a space; an empty line
    separates paragraphs."""
    return "\n".join("".join(part.splitlines()) for part in text.split("\n\n"))


def extract(case):
    body = article_text(case["text"])
    simplified = convert_body(body)
    doc = CleanDocument(
        path=f"{case['id']}.txt",
        content_hash="0",
        size=len(body.encode()),
        encoding="utf-8",
        format="text",
        published=str(case["published"]),
        script=detect_script(body, simplified),
        body=body,
        body_simplified=simplified,
    )
    return extract_facts(doc).metrics


def quantity_key(number_text, value, unit, qualifier, value_high=None):
    return (
        number_text,
        round(float(value), 2),
        unit,
        qualifier,
        None if value_high is None else round(float(value_high), 2),
    )


def expected_key(e):
    return quantity_key(str(e["n"]), e["v"], e["u"], e["q"], e.get("hi"))


def found_key(m):
    return quantity_key(
        m.number_text, m.normalized_value, m.normalized_unit, m.qualifier, m.normalized_value_high
    )


def compare(case):
    """(true positives, predicted, gold, [(field, key, expected, found)] disagreements on matches)."""
    found = {found_key(m): m for m in extract(case)}
    gold = {expected_key(e): e for e in case["expected"]}
    wrong = []
    for key in gold.keys() & found.keys():
        e, m = gold[key], found[key]
        for field, attribute in (("m", "measure"), ("p", "period_label"), ("s", "subject")):
            if field in e and e[field] != getattr(m, attribute):
                wrong.append((field, key[0], e[field], getattr(m, attribute)))
    return gold.keys() & found.keys(), found, gold, wrong


def _params():
    for case in CASES:
        marks = (
            [pytest.mark.xfail(strict=True, reason=case["known_failure"])]
            if case.get("known_failure")
            else []
        )
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", _params())
def test_dev_case(case):
    matched, found, gold, wrong = compare(case)
    assert sorted(found.keys() - matched) == [], "extra"
    assert sorted(gold.keys() - matched) == [], "missed"
    assert wrong == []


def test_fixture_is_well_formed():
    assert len(CASES) >= 15
    assert len({c["id"] for c in CASES}) == len(CASES)
    for case in CASES:
        for e in case["expected"]:
            assert article_text(case["text"]).count(str(e["n"])) >= 1, (case["id"], e["n"])


def report(out=sys.stdout):
    tp = pred = gold_total = 0
    checked = {"m": [0, 0], "p": [0, 0], "s": [0, 0]}
    for case in CASES:
        matched, found, gold, wrong = compare(case)
        tp, pred, gold_total = tp + len(matched), pred + len(found), gold_total + len(gold)
        for key in matched:
            for field in checked:
                if field in gold[key]:
                    checked[field][1] += 1
        for field, *_ in wrong:
            checked[field][0] += 1
        for key in sorted(found.keys() - matched):
            print(f"{case['id']}: extra  {key}", file=out)
        for key in sorted(gold.keys() - matched):
            print(f"{case['id']}: missed {key}", file=out)
        for field, number_text, expected, got in wrong:
            print(
                f"{case['id']}: {field} {number_text}: expected {expected!r}, got {got!r}", file=out
            )
    print(
        f"cases {len(CASES)}  quantities: precision {tp / pred:.3f} recall {tp / gold_total:.3f} "
        f"(tp {tp}, pred {pred}, gold {gold_total})",
        file=out,
    )
    for field, name in (("m", "measure"), ("p", "period"), ("s", "subject")):
        bad, total = checked[field]
        print(f"{name} accuracy {(total - bad) / total:.3f} ({total - bad}/{total})", file=out)


if __name__ == "__main__":
    report()
