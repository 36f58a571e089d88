"""Score a built database against gold annotations (format: tests/gold/README.md).

Users can annotate their own articles the same way and measure the extractor on
their corpus, so this is a feature, not only a test helper.
"""

import json
from functools import lru_cache
from pathlib import Path

import sqlite_utils

from etl.script import to_simplified as simplified

METADATA_FIELDS = ("title", "published", "source", "byline", "url", "script")


def same_number(a, b):
    if a is None or b is None:
        return a is b
    return abs(a - b) <= max(1e-6, 1e-6 * max(abs(a), abs(b))) or round(a, 2) == round(b, 2)


def prf(true_positives, predicted, expected):
    precision = true_positives / predicted if predicted else 1.0
    recall = true_positives / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "true_positives": true_positives,
        "predicted": predicted,
        "expected": expected,
    }


def locate_gold_numbers(body, quantities):
    """Offset in body of each gold number, searching in reading order (None where not found)."""
    cursor, positions = 0, []
    for q in quantities:
        at = body.find(q["quote"], cursor)
        if at < 0:
            at = body.find(q["quote"])
        if at < 0:
            positions.append(None)
            continue
        inner = q["quote"].find(q["number_text"])
        positions.append(at + max(inner, 0))
        cursor = at
    return positions


def match_quantities(gold, predicted, positions):
    """Pair each gold quantity with the nearest unused prediction of the same value and unit."""
    pairs, used = [], set()
    for index, q in enumerate(gold):
        candidates = [
            i
            for i, p in enumerate(predicted)
            if i not in used
            and p["normalized_unit"] == q["normalized_unit"]
            and same_number(p["normalized_value"], q["normalized_value"])
        ]
        if not candidates:
            pairs.append((index, None))
            continue
        if positions[index] is not None:
            best = min(
                candidates,
                key=lambda i: abs((predicted[i]["number_start"] or 0) - positions[index]),
            )
        else:
            best = candidates[0]
        used.add(best)
        pairs.append((index, best))
    return pairs, used


def article_row(db, gold_file):
    rows = list(
        db.query(
            "select articles.*, sources.name as source, article_texts.body from articles"
            " left join sources on sources.id = articles.source_id"
            " left join article_texts on article_texts.article_id = articles.id"
            " where path = :p or path like :suffix",
            {"p": gold_file, "suffix": f"%/{gold_file}"},
        )
    )
    return rows[0] if rows else None


def evaluate_article(db, gold):
    article = article_row(db, gold["file"])
    result = {"file": gold["file"], "found": article is not None}
    if article is None:
        dup = list(db.query("select * from duplicates where path = :p", {"p": gold["file"]}))
        result["note"] = "recorded as a duplicate" if dup else "no article row (see ingest_errors)"
        return result
    result["metadata"] = {
        field: {
            "expected": gold.get(field),
            "got": article.get(field),
            "ok": gold.get(field) == article.get(field),
        }
        for field in METADATA_FIELDS
        if gold.get(field) is not None
    }
    article_id = article["id"]
    park_names = park_name_map(db, article_id, gold["parks"])
    gold_parks = {park_names.get(p["name"], p["name"]) for p in gold["parks"]}
    parents = {
        simplified(sub["name"]): park_names.get(sub["park"], sub["park"])
        for sub in gold.get("sub_parks") or []
        if sub.get("park")
    }
    result.update(_score_quantities(db, article, gold, park_names, gold_parks, parents))
    result.update(_score_parks(db, article_id, gold_parks))
    result.update(_score_companies(db, article_id, gold["companies"]))
    return result


def gold_park_of(q, park_names, gold_parks, parents):
    """The park a gold number rolls up to: the annotated `park` where the gold gives one, else
    its subject when that is a park, or the park a sub-park subject lies in."""
    if "park" in q:
        return park_names.get(q["park"], q["park"]) if q["park"] else None
    subject = park_names.get(q["subject"], q["subject"])
    if subject in gold_parks:
        return subject
    parent = parents.get(subject and simplified(subject))
    return parent if parent in gold_parks else None


def outcome(ok: bool, predicted) -> str:
    """right, empty (nothing predicted where the gold has a value) or wrong."""
    return "right" if ok else "empty" if predicted is None else "wrong"


def _score_quantities(db, article, gold, park_names, gold_parks, parents) -> dict:
    """Quantities found and missed, and how often each found one has the right attributes."""
    predicted = list(
        db.query(
            "select metrics.*, parks.name as park, companies.name as company from metrics"
            " left join parks on parks.id = metrics.park_id"
            " left join companies on companies.id = metrics.company_id"
            " where article_id = :id order by number_start",
            {"id": article["id"]},
        )
    )
    quantities = gold["quantities"]
    positions = locate_gold_numbers(article["body"], quantities)
    pairs, used = match_quantities(quantities, predicted, positions)
    checks = {
        "qualifier": [],
        "measure": [],
        "park": [],
        "subject": [],
        "subject_kind": [],  # only where the gold gives it (tests/heldout6)
        "period": [],
    }
    misses = []
    for index, best in pairs:
        q = quantities[index]
        if best is None:
            misses.append(
                {"quote": q["quote"], "number_text": q["number_text"], "measure": q["measure"]}
            )
            continue
        p = predicted[best]
        subject = park_names.get(q["subject"], q["subject"])
        gold_park = gold_park_of(q, park_names, gold_parks, parents)
        checks["qualifier"].append((q["qualifier"] == p["qualifier"], q, p))
        checks["measure"].append((q["measure"] == p["measure"], q, p))
        checks["park"].append((gold_park == p["park"], {**q, "park": gold_park}, p))
        checks["subject"].append((subject == (p["subject"] and simplified(p["subject"])), q, p))
        checks["period"].append((simplified(q["period"]) == simplified(p["period_label"]), q, p))
        if "subject_kind" in q:
            checks["subject_kind"].append((q["subject_kind"] == p["subject_kind"], q, p))
    extras = [
        {"quote": p["quote"], "number_text": p["number_text"], "measure": p["measure"]}
        for i, p in enumerate(predicted)
        if i not in used
    ]
    wrong = {
        name: [
            {
                "quote": q["quote"],
                "expected": _field(name, q),
                "got": _field(name, p, True),
                **({"rule": p.get(RULE_OF[name]) or "none"} if name in RULE_OF else {}),
            }
            for ok, q, p in values
            if not ok
        ]
        for name, values in checks.items()
    }
    return {
        "quantities": prf(len(used), len(predicted), len(quantities)),
        "accuracy": {name: [ok for ok, _, _ in values] for name, values in checks.items()},
        **_outcomes(checks),
        "wrong": wrong,
        "misses": misses,
        "extras": extras,
    }


RULE_OF = {"park": "subject_rule", "period": "period_rule"}


def _outcomes(checks) -> dict:
    """Right, wrong or empty for each matched park and period, alone and with the rule that
    decided it (subject_rule, period_rule)."""
    rule_of = RULE_OF
    return {
        "outcomes": {
            name: [outcome(ok, _field(name, p, True)) for ok, _, p in checks[name]]
            for name in rule_of
        },
        "rules": {
            name: [
                (p.get(rule) or "none", outcome(ok, _field(name, p, True)))
                for ok, _, p in checks[name]
            ]
            for name, rule in rule_of.items()
        },
    }


def _score_parks(db, article_id, gold_parks) -> dict:
    predicted_parks = {
        r["name"]
        for r in db.query(
            "select parks.name from article_parks join parks on parks.id = article_parks.park_id"
            " where article_id = :id",
            {"id": article_id},
        )
    }
    return {
        "parks": prf(len(predicted_parks & gold_parks), len(predicted_parks), len(gold_parks)),
        "parks_missed": sorted(gold_parks - predicted_parks),
        "parks_extra": sorted(predicted_parks - gold_parks),
    }


def _score_companies(db, article_id, gold_companies) -> dict:
    """A gold company is found when a row's name or one of its surfaces is one of its forms."""
    companies = list(
        db.query(
            "select companies.name, article_companies.surfaces from article_companies"
            " join companies on companies.id = article_companies.company_id where article_id = :id",
            {"id": article_id},
        )
    )
    matched_gold, matched_pred = set(), set()
    for company in gold_companies:
        forms = {company["name"], *(simplified(s) for s in company["quotes"])}
        for row in companies:
            surfaces = {simplified(s) for s in json.loads(row["surfaces"] or "[]")}
            if row["name"] in forms or surfaces & forms:
                matched_gold.add(company["name"])
                matched_pred.add(row["name"])
    recall = round(len(matched_gold) / len(gold_companies), 4) if gold_companies else 1.0
    return {
        "companies": {
            **prf(len(matched_pred), len(companies), len(gold_companies)),
            "recall": recall,
        },
        "companies_missed": sorted({c["name"] for c in gold_companies} - matched_gold),
        "companies_extra": sorted({r["name"] for r in companies} - matched_pred),
    }


def _without_province(form: str) -> str:
    """A park's written form without the province before it (浙江磐安经济开发区 → 磐安经济开发区):
    the warehouse's mention starts after the province, the annotator's quote may not."""
    for province in _provinces():
        if form.startswith(province) and len(form) > len(province) + 3:
            return form[len(province) :].removeprefix("省")
    return form


@lru_cache(maxsize=1)
def _provinces() -> tuple:
    from etl.knowledge import load_yaml  # the evaluator reads the same place list as the build

    return tuple(
        sorted({p["short"] for p in load_yaml("places.yml")["provinces"]}, key=len, reverse=True)
    )


def park_name_map(db, article_id, gold_parks) -> dict:
    """Gold park name → the warehouse's canonical name of the same park.

    An annotator does not know the gazetteer's canonical names (南沙新区 for 广州南沙新区):
    a gold park is the predicted park whose name, gazetteer alias or surface form in this
    article is the gold name, quote or one of its aliases."""
    forms_of = {}
    for row in db.query(
        "select parks.name, article_parks.surfaces, park_aliases.alias from article_parks"
        " join parks on parks.id = article_parks.park_id"
        " left join park_aliases on park_aliases.park_id = parks.id where article_id = :id",
        {"id": article_id},
    ):
        forms = forms_of.setdefault(row["name"], {row["name"]})
        forms.update(simplified(s) for s in json.loads(row["surfaces"] or "[]"))
        if row["alias"]:
            forms.add(row["alias"])
    mapping = {}
    for park in gold_parks:
        if park["name"] in forms_of:
            continue
        written = {
            park["name"],
            simplified(park["quote"]),
            *(simplified(a) for a in park.get("aliases") or []),
        }
        written |= {_without_province(w) for w in written}  # 浙江|磐安经济开发区 as written
        matches = [name for name, forms in forms_of.items() if forms & written]
        if len(matches) == 1:
            mapping[park["name"]] = matches[0]
    return mapping


def _field(name, row, predicted=False):
    if name == "period":
        return row["period_label"] if predicted else row["period"]
    return row[name]


def evaluate(db_path, gold_dir) -> dict:
    db = sqlite_utils.Database(db_path)
    golds = [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json"))
    ]
    articles = [evaluate_article(db, gold) for gold in golds]
    found = [a for a in articles if a["found"]]
    totals = {}
    for key in ("quantities", "parks", "companies"):
        tp = sum(a[key]["true_positives"] for a in found)
        predicted = sum(a[key]["predicted"] for a in found)
        expected = sum(a[key]["expected"] for a in found) + sum(
            len(g[key]) for g, a in zip(golds, articles) if not a["found"]
        )
        totals[key] = prf(tp, predicted, expected)
    # Company recall counts gold companies found, not predicted rows that matched.
    company_expected = sum(len(g["companies"]) for g in golds)
    company_found = sum(a["companies"]["expected"] - len(a["companies_missed"]) for a in found)
    totals["companies"]["recall"] = (
        round(company_found / company_expected, 4) if company_expected else 1.0
    )
    p, r = totals["companies"]["precision"], totals["companies"]["recall"]
    totals["companies"]["f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    accuracy = {}
    for name in ("qualifier", "measure", "park", "subject", "subject_kind", "period"):
        values = [ok for a in found for ok in a["accuracy"][name]]
        if values or name != "subject_kind":  # a gold without subject kinds does not score them
            accuracy[name] = round(sum(values) / len(values), 4) if values else None
    outcomes = {}
    for name in ("park", "period"):
        values = [o for a in found for o in a["outcomes"][name]]
        outcomes[name] = {
            o: round(values.count(o) / len(values), 4) if values else None
            for o in ("right", "wrong", "empty")
        }
    by_rule = {}
    for name in ("park", "period"):
        counts = {}
        for a in found:
            for rule, result in a["rules"][name]:
                counts.setdefault(rule, {"right": 0, "wrong": 0, "empty": 0})[result] += 1
        by_rule[name] = dict(sorted(counts.items(), key=lambda kv: -sum(kv[1].values())))
    metadata = {}
    for field in METADATA_FIELDS:
        values = [a["metadata"][field]["ok"] for a in found if field in a["metadata"]]
        metadata[field] = f"{sum(values)}/{len(values)}"
    return {
        "gold_dir": str(gold_dir),
        "db": str(db_path),
        "articles_expected": len(golds),
        "articles_found": len(found),
        "totals": totals,
        "accuracy_on_matched": accuracy,
        "attribution": outcomes,
        "attribution_by_rule": by_rule,
        "metadata": metadata,
        "articles": articles,
    }


def format_rules(by_rule) -> list:
    """Right, wrong and empty counts per rule that decided: which rule to distrust first."""
    lines = []
    for name, counts in by_rule.items():
        lines.append("")
        lines.append(f"{name} by rule{'':<22}{'right':>7}{'wrong':>7}{'empty':>7}")
        for rule, c in counts.items():
            lines.append(f"  {rule:<34}{c['right']:>7}{c['wrong']:>7}{c['empty']:>7}")
    return lines


def format_report(report, details=True) -> str:
    lines = [
        f"gold: {report['gold_dir']}  db: {report['db']}  articles found: "
        f"{report['articles_found']}/{report['articles_expected']}",
        "",
        f"{'':<12}{'precision':>10}{'recall':>10}{'f1':>10}{'tp':>6}{'pred':>6}{'gold':>6}",
    ]
    for key, t in report["totals"].items():
        lines.append(
            f"{key:<12}{t['precision']:>10.3f}{t['recall']:>10.3f}{t['f1']:>10.3f}"
            f"{t['true_positives']:>6}{t['predicted']:>6}{t['expected']:>6}"
        )
    lines.append("")
    lines.append(
        "accuracy on matched quantities: "
        + ", ".join(
            f"{k} {v:.3f}" if v is not None else f"{k} n/a"
            for k, v in report["accuracy_on_matched"].items()
        )
    )
    lines.append(
        "attribution of matched quantities: "
        + "; ".join(
            f"{name} " + ", ".join(f"{o} {v:.3f}" for o, v in shares.items() if v is not None)
            for name, shares in report["attribution"].items()
        )
    )
    lines.append(
        "metadata agreement: " + ", ".join(f"{k} {v}" for k, v in report["metadata"].items())
    )
    if details:
        lines.extend(format_rules(report["attribution_by_rule"]))
    if details:
        for a in report["articles"]:
            lines.append("")
            if not a["found"]:
                lines.append(f"## {a['file']}: NOT FOUND ({a['note']})")
                continue
            q = a["quantities"]
            lines.append(
                f"## {a['file']}: quantities P {q['precision']:.3f} R {q['recall']:.3f}; "
                f"parks missed {a['parks_missed']} extra {a['parks_extra']}; "
                f"companies missed {a['companies_missed']} extra {a['companies_extra']}"
            )
            for field, m in a["metadata"].items():
                if not m["ok"]:
                    lines.append(f"  metadata {field}: expected {m['expected']!r} got {m['got']!r}")
            for miss in a["misses"]:
                lines.append(
                    f"  MISS  {miss['number_text']:<14} {miss['measure']:<22} {miss['quote']}"
                )
            for extra in a["extras"]:
                lines.append(
                    f"  EXTRA {extra['number_text'] or '':<14} {extra['measure']:<22} {extra['quote']}"
                )
            for name, wrong in a["wrong"].items():
                for w in wrong:
                    lines.append(
                        f"  {name:<9} expected {w['expected']!r} got {w['got']!r}"
                        + (f" [{w['rule']}]" if "rule" in w else "")
                        + f": {w['quote']}"
                    )
    return "\n".join(lines)
