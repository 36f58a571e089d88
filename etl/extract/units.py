"""Values and units: the currency a 元 is in (the article's place gives the default,
etl/extract/place.py; a declaration switches it), normalization to base units (CNY, m2, count,
percent …), and per-unit figures.
"""

import bisect

from etl.extract.candidates import Candidate
from etl.extract.metric_rules import TABLES


def is_taiwan_article(text: str, original: str, script: str) -> bool:
    """An article written in Taiwan, whose 103年 may be a 民国 year: traditional script and
    Taiwan place or institution names, or more such names and an explicit 新台币 in any script.
    It decides the calendar only; the currency of 元 comes from the article's place."""
    if script not in ("traditional", "mixed") and not any(
        w in text for w in TABLES.taiwan_currency_words
    ):
        return False  # the common case, decided without scanning for place names
    markers = {
        _simplified_marker(m.group())
        for source in {text, original}
        for m in TABLES.taiwan_markers.finditer(source)
    }
    if script in ("traditional", "mixed") and len(markers) >= TABLES.taiwan_min_markers:
        return True
    return len(markers) > TABLES.taiwan_min_markers and bool(markers & TABLES.taiwan_currency_words)


def _simplified_marker(word: str) -> str:
    return word.translate(_MARKER_FORMS)


_MARKER_FORMS = str.maketrans("臺灣幣區國會縣民", "台湾币区国会县民")


def currency_resolver(text: str, default: str):
    """position → currency of 元 there: `default` (the place's, place.default_currency) until a
    declaration like 新臺幣（以下同） or （人民幣，下同） switches it."""
    switches = []
    for pattern, required in TABLES.currency_declarations:
        for m in (
            pattern.finditer(text) if required in text else ()
        ):  # most articles declare nothing
            switches.append((m.start(), TABLES.currency_prefixes[m.group("currency")]))
    switches.sort()
    positions = [p for p, _ in switches]

    def currency_at(position):
        i = bisect.bisect_right(positions, position)
        return switches[i - 1][1] if i else default

    return currency_at


def normalize_candidate(cand: Candidate, currency_at) -> None:
    if cand.normalized_unit is not None:
        if cand.normalized_value is None:
            cand.normalized_value = cand.value
        return
    spec = TABLES.units[cand.unit_word]
    cand.kind = spec["kind"]
    factor = TABLES.magnitudes.get(cand.magnitude, 1) * spec["factor"]
    if cand.kind == "money":
        currency = spec["normalized"] or cand.currency_hint or currency_at(cand.start)
        cand.normalized_unit = currency if cand.per_unit is None else f"{currency}/{cand.per_unit}"
        if cand.unit_word in ("元人民币", "人民币"):
            cand.written_unit = cand.magnitude + "元"
        elif spec.get("written"):
            cand.written_unit = spec["written"]  # 3个亿 → 3 亿元
    else:
        cand.normalized_unit = spec["normalized"]
    cand.normalized_value = _round(cand.value * factor, cand.normalized_unit)


PER_UNIT_REACH = 60  # characters before an amount in which 人均, 亩均 … are looked for


def mark_per_unit(text: str, index, cand: Candidate) -> None:
    """人均劳动生产率28.6万元, 亩均税收由18万元提高到35万元: money per person or per mu."""
    if (
        cand.per_unit
        or cand.normalized_unit is not None
        or TABLES.units[cand.unit_word]["kind"] != "money"
    ):
        return
    start = max(cand.comma_clause[0], cand.start - PER_UNIT_REACH)  # linear on unpunctuated text
    found = None
    for m in TABLES.per_unit_before.finditer(text, start, cand.start):
        found = m
    if found:
        cand.per_unit = TABLES.per_unit_of[found.group()]


def share_qualifiers(text: str, candidates) -> None:
    """超过5亿元或1亿美元 / 5亿元或1亿美元以上: one qualifier word covers both numbers."""
    for first, second in zip(candidates, candidates[1:]):
        if text[first.end : second.start] not in TABLES.shared_qualifier_joins:
            continue
        if first.qualifier_from == "before" and second.qualifier is None:
            second.qualifier, second.qualifier_from = first.qualifier, "shared"
        elif second.qualifier_from == "after" and first.qualifier is None:
            first.qualifier, first.qualifier_from = second.qualifier, "shared"


def _round(value, unit):
    """亩 → m2 to 2 decimals (gold convention); elsewhere 15 significant digits, which drops
    binary noise such as 5335.64 × 1e8 = 533564000000.00006."""
    if unit == "m2":
        return round(value, 2)
    if value.__class__ is float and value.is_integer() and -1e15 < value < 1e15:
        return value  # at most 15 digits, all before the point: .15g would write it back exactly
    return float(f"{value:.15g}")


def scale_value(cand: Candidate, value):
    if value is None or not cand.value:
        return None
    return _round(value * cand.normalized_value / cand.value, cand.normalized_unit)
