"""Finding numbers: every quantity with its unit, ranks (第五), implicit counts, and the spans that
are no quantities (dates, ordinals, slogans, list numbers, class labels).
"""

import bisect
import re

from etl.extract.candidates import Candidate
from etl.extract.metric_rules import CLAUSE_END, CN_DIGITS, TABLES
from etl.extract.numbers import read_approximate, read_number, shared_scale


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Short quoted slogans (“3+1”, “五个一”) and identifiers (704所): no quantities inside."""
    spans = [m.span() for m in TABLES.quote_spans.finditer(text)]
    for pattern in TABLES.identifiers:
        spans.extend(m.span() for m in pattern.finditer(text))
    return sorted(spans)


def inside_spans(spans, start, end) -> bool:
    i = bisect.bisect_right(spans, (start, _INFINITY))
    for s, e in spans[i - 3 if i > 3 else 0 : i + 1]:
        if s <= start and end <= e or s < end and start < e:
            return True
    return False


_INFINITY = float("inf")


def find_candidates(text: str, excluded, taiwan: bool = False) -> list[Candidate]:
    found = []
    for m in TABLES.quantity.finditer(text):
        cand = _quantity_candidate(text, m, taiwan)
        fallback = TABLES.units[m.group("unit")].get("else") if cand is None else None
        if fallback:  # 3个人才项目: 个人 is rejected, 个 is the unit after all
            shorter = TABLES.quantity.match(
                text, m.start(), m.end("unit") - len(m.group("unit")) + len(fallback)
            )
            cand = _quantity_candidate(text, shorter, taiwan) if shorter else None
        if cand:
            found.append(cand)
    for m in TABLES.implicit_one.finditer(text):
        cand = _implicit_candidate(text, m)
        if cand:
            found.append(cand)
    for m in TABLES.doubling.finditer(text):
        times = read_number(m.group("num")) if m.group("num") else 1
        found.append(
            Candidate(
                m.start(),
                m.end(),
                times,
                "番",
                "",
                rule="doubling",
                normalized_unit="times",
                normalized_value=float(2**times),
                kind="times",
            )
        )
    for m in TABLES.magnitude_money.finditer(text):
        previous = text[m.start() - 1 : m.start()]
        if previous and (previous.isdigit() or previous in CN_DIGITS):
            continue
        try:
            total = read_number(m.group("num") + m.group("mag"))
        except ValueError:
            continue
        found.append(
            Candidate(
                m.start(),
                m.end(),
                total / TABLES.magnitudes[m.group("mag")],
                "元",
                m.group("mag"),
                rule="magnitude_noun",
            )
        )
    for m in TABLES.percent_words.finditer(text):
        try:
            value = read_number(m.group("num").replace("点", "."))
        except ValueError:
            continue
        found.append(Candidate(m.start(), m.end(), value, "%", "", rule="percent_words"))
    found.extend(_rank_candidates(text))
    if excluded:  # most articles have no slogans or identifiers
        found = [c for c in found if not inside_spans(excluded, c.start, c.end)]
    return _without_overlaps(found)


def _without_overlaps(found):
    """Keep the longest of overlapping candidates, in reading order."""
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept = []
    for cand in found:
        if kept and cand.start < kept[-1].end:
            if cand.end - cand.start > kept[-1].end - kept[-1].start:
                kept[-1] = cand
            continue
        kept.append(cand)
    return kept


_LIST_NUMBER_YEAR = re.compile(r"\d{1,2}\.(?:19|20)\d{2}")


def _is_year_date(text, num_text, value, end, m, taiwan) -> bool:
    if value >= 1000 or _LIST_NUMBER_YEAR.fullmatch(num_text):
        return True  # 2019年; 注：2.2023年实际使用外资…: a list number before a year
    if (
        m.group("mid1")
        or m.group("mid2")
        or m.group("post")
        or not num_text.isdigit()
        or len(num_text) < 2
    ):
        return False
    if TABLES.roc_year_after.match(text, end):
        return True  # 103年上半年, 97年1-4月
    low, high = TABLES.roc_years
    return taiwan and low <= value <= high and not TABLES.duration_after.match(text, end)


def _quantity_candidate(text: str, m, taiwan: bool = False) -> Candidate | None:
    """The quantity of a match of TABLES.quantity, or None when its context says it is none."""
    num_text, mid1, magnitude, mid2, unit_word, post = m.group(
        "num", "mid1", "mag", "mid2", "unit", "post"
    )
    spec = TABLES.units[unit_word]
    kind = spec["kind"]
    start = m.start("num")
    end = m.end()
    after = text[end : end + 2]
    before = text[start - 4 if start > 4 else 0 : start]
    if _ruled_out_by_context(text, m, before, after, spec):
        return None
    rate = per_unit = None
    if text[end : end + 3].lstrip(" ")[:1] in TABLES.rate_markers:
        rate = TABLES.per_unit_after.match(text, end) if kind == "money" else None
        if not rate:
            return None  # 500元/吨, 30元/平方米/月: a price or rent, not a park figure
        per_unit = TABLES.per_unit_denominators[rate.group("denominator")]  # 300万元/亩
    is_chinese = num_text[0] in CN_DIGITS
    magnitude = magnitude or ""
    try:
        value = (
            read_number(num_text + magnitude) / TABLES.magnitudes.get(magnitude, 1)
            if magnitude
            else read_number(num_text)
        )
    except ValueError:
        return None
    if is_chinese and _ruled_out_chinese_numeral(text, m, before, after, kind, magnitude):
        return None
    if kind == "duration":
        if unit_word == "年" and _is_year_date(text, num_text, value, end, m, taiwan):
            return None  # 2019年, 二〇二一年, 民国101年 / 103年上半年: a date
        if _is_period_window(text, m.start("num"), end, spec["normalized"]):
            return None
    if kind == "person" and before.endswith(TABLES.rank_change_verbs):
        return _rank_change(start, end, value, unit_word)  # 上升5位
    if post and kind != "duration":
        end = m.end("unit")
    qualifier = spec.get("qualifier")
    if mid1 or mid2 or post:
        qualifier = "more_than"
    if _minus_sign_before(kind, before, mid1):
        start, value = start - 1, -value  # 年增率-11.3%: a fall written with a minus sign
    cand = Candidate(
        start,
        end,
        value,
        unit_word,
        magnitude,
        qualifier=qualifier,
        kind=kind,
        qualifier_from="inside" if qualifier else None,
    )
    if per_unit:
        cand.end = rate.end()
        cand.per_unit = per_unit
        cand.written_unit = magnitude + unit_word + rate.group("marker") + rate.group("denominator")
    approximate = read_approximate(num_text) if is_chinese else None
    if approximate:
        cand.value, cand.value_high = approximate  # 三四个, 十五六家, 五六十人: a rough range
        cand.qualifier = "range"
    if kind == "money":
        prefix = TABLES.currency_prefix.search(text, max(0, start - 4), start)
        if prefix:
            cand.currency_hint = TABLES.currency_prefixes[prefix.group(1)]  # 新台币2兆41亿元
    _extend_to_range_low(text, cand, value, unit_word, num_text + magnitude)
    return cand


def _rank_change(start: int, end: int, value, unit_word: str) -> Candidate:
    """A move up or down a ranking, counted in places (上升5位), not people."""
    return Candidate(
        start,
        end,
        value,
        unit_word,
        "",
        rule="rank_change",
        written_unit=unit_word,
        normalized_unit="rank",
        normalized_value=float(value),
        kind="rank",
        measure="rank",
    )


def _ruled_out_by_context(text: str, m, before: str, after: str, spec: dict) -> bool:
    """Numbers whose neighbours say they measure nothing: codes, ordinals, page furniture,
    classes (千吨级), conversions (1亩≈666.67平方米), tenths that are idioms (三五成群)."""
    num_text, magnitude, unit_word = m.group("num", "mag", "unit")
    start, end = m.start("num"), m.end()
    previous = before[-1:]
    if previous == "第" or (previous and TABLES.code_neighbours.match(previous)):
        return True
    if after and after.startswith(TABLES.not_unit_before.get(unit_word, ())):
        return True
    if spec.get("max_value") and (magnitude or not _is_small(num_text, spec["max_value"])):
        return True  # 三五成群, 20成: not tenths
    if TABLES.furniture_before.search(text, max(0, start - 8), start):
        return True  # 浏览次数：1234次: page furniture
    if text.startswith(TABLES.class_suffixes, end):
        return True  # 千吨级码头, 百万辆级车企, 百亿级项目: a class, not a measurement
    if previous == "前" and spec["kind"] == "person":
        return True  # 前3位, 前10名: a rank or an ordinal, not people
    if (previous and previous in TABLES.conversion_marks) or (
        after[:1] and after[0] in TABLES.conversion_marks
    ):
        return True  # 1亩≈666.67平方米: a conversion, not a measurement
    # 零部件, 二次利用, 二号: not counts (two of a thing is 两)
    return num_text[0] in CN_DIGITS and num_text.strip("零〇○二") == ""


def _ruled_out_chinese_numeral(text: str, m, before: str, after: str, kind: str, magnitude) -> bool:
    """Numbers written in hanzi that are words, idioms or slogans, not measurements."""
    num_text, mid1, unit_word = m.group("num", "mid1", "unit")
    start, end = m.start("num"), m.end()
    if text.startswith(TABLES.idioms, start):
        return True  # 百年企业, 一年一度
    vague = text[start - 1 : start + 1] in TABLES.qualifier_round_before  # 数十家, 几百名
    if (before[-1:] and before[-1] in "几数" + CN_DIGITS and not vague) or (
        after[:1] and after[0] in "万亿" + CN_DIGITS
    ):
        return True  # 千家万户, 三个一批, 五个一: idioms and slogans
    if text.startswith(TABLES.program_words, end):
        return True  # 三年行动计划, 千人计划
    if unit_word == "个" and text.startswith(TABLES.slogan_nouns, end):
        return True  # 四个维度, 四个意识
    if num_text != "一":
        return False
    if kind == "duration" and before[-1:] and before[-1] in TABLES.one_time_not_after:
        return True  # 新一年, 每一天
    # indefinite 一: 一名工作人员, 一栋厂房
    return (
        kind in ("count", "count_events", "person")
        and not mid1
        and not magnitude
        and bool(after[:1] and after[0] not in CLAUSE_END + "”」")
    )


def _minus_sign_before(kind: str, before: str, mid1) -> bool:
    """年增率-11.3%: a percentage after a minus sign is a fall (not the dash of 10-30%)."""
    previous = before[-1:]
    return (
        kind in ("percent", "percentage_point")
        and previous in "-−"
        and bool(previous)
        and not mid1
        and not (before[-2:-1].isascii() and before[-2:-1].isalnum())
    )


def _extend_to_range_low(text: str, cand: Candidate, value, unit_word: str, high_text: str):
    """10—30亿元: a range separator just before the number, then its low end before that.

    A low end that writes its own magnitude or unit is complete (5000万元—1亿元, 1万(含)-5万元,
    8500元到3万元); a bare one takes what it shares of the high end's magnitude words
    (numbers.shared_scale: 2——3万元, 八百到九百亿元, 两到三仟元), or stands as written when it
    shares none (8500到3万港元). Both ends are then written in the low end's magnitude: its own,
    the high end's when it shares it, none otherwise (8,500 to 30,000 港元)."""
    start = cand.start
    low = (
        TABLES.range_low.search(text, max(0, start - 24), start)
        if TABLES.range_hint.search(text, max(0, start - 3), start)
        else None
    )
    if not (low and _is_range_low(text, low, unit_word)):
        return
    magnitudes, magnitude = TABLES.magnitudes, cand.magnitude
    try:
        low_value = read_number(low.group("lo"))
        own = low.group("lo_mag") or ("" if low.group("lo_unit") else None)
        scale = magnitudes.get(own, 1) if own is not None else shared_scale(low_value, high_text)
    except ValueError:
        return
    if own is None:
        own = magnitude if scale >= magnitudes.get(magnitude, 1) else ""
    high = value * magnitudes.get(magnitude, 1)
    if low_value * scale < high:
        unit = magnitudes.get(own, 1)
        cand.start = low.start("lo")
        cand.value = _tidy(low_value * scale / unit)
        cand.value_high, cand.qualifier = _tidy(high / unit), "range"
        cand.magnitude = own


def _tidy(value):
    """12 significant digits: 0.8 × 10⁴ / 10⁴ is 0.8, not 0.8000000000000002."""
    return float(f"{value:.12g}")


def _is_small(num_text: str, max_value: float) -> bool:
    """One digit, maybe with a decimal (3成, 3.5成, 七成, 十成): the only numbers of tenths."""
    try:
        value = read_number(num_text)
    except ValueError:
        return False
    return 0 < value <= max_value and len(num_text.replace(".", "").replace("十", "")) <= 2


def _is_range_low(text, low, unit_word) -> bool:
    """The number before a separator is this range's low end: same unit if it has one,
    and not itself part of a code, an ordinal or a date (第1—3名, 1—3月份 never get here)."""
    lo_unit = low.group("lo_unit")
    if lo_unit and lo_unit != unit_word:
        return False
    before = text[low.start("lo") - 1 : low.start("lo")] if low.start("lo") else ""
    return not (before and (before == "第" or TABLES.code_neighbours.match(before)))


def _is_period_window(text, num_start, end, normalized) -> bool:
    """未来五年, 近3年, 前5个月, 3年前, 5年来: a time window used as a period."""
    head = text[max(0, num_start - 3) : num_start]
    for word in TABLES.window_before:
        if head.endswith(word):
            previous = head[-len(word) - 1 : -len(word)]
            if not (previous and previous in TABLES.window_not_after.get(word, "")):
                return True
    words = TABLES.window_after[
        "year" if normalized == "year" else "month" if normalized == "month" else "other"
    ]
    return text.startswith(words, end)


def _implicit_candidate(text: str, m) -> Candidate | None:
    """超亿元, 过亿元, 逾万人, 亿元以上: a bare magnitude is an implicit one."""
    trailing = m.group("mag_t") is not None
    mag, unit_group = ("mag_t", "unit_t") if trailing else ("mag", "unit")
    unit_word = m.group(unit_group)
    if TABLES.units[unit_word]["kind"] in ("duration", "age", "rank"):
        return None
    before = text[max(0, m.start() - 1) : m.start()]
    if before and (before in CN_DIGITS or before.isdigit() or before in ".．。,，" and trailing):
        return None
    if text.startswith(TABLES.not_unit_before.get(unit_word, ()), m.end(unit_group)):
        return None
    return Candidate(
        m.start(mag),
        m.end(unit_group),
        1.0,
        unit_word,
        m.group(mag),
        qualifier="more_than",
        rule="implicit_one",
    )


def _rank_candidates(text: str) -> list[Candidate]:
    """第7, 居第15位, 全球销量第一, 跻身全国十强, 全省前三."""
    found = []
    for m in TABLES.ordinal_rank.finditer(text):
        after = text[m.end() : m.end() + 1]
        if after and after not in TABLES.rank_after:
            continue
        listed = found and found[-1].end == m.start() - 1 and text[m.start() - 1] in LIST_MARKS
        clause_start = clause_start_at(text, m.start())
        if not listed and not TABLES.rank_context.search(
            text, max(clause_start, m.start() - 8), m.start()
        ):
            continue  # (分列第2、第3位: the second rank of a list stands on the first's verb)
        found.append(_rank(m, m.group("u") or "第"))
    strong = []
    at = text.find("强")
    while at > 0:
        m = TABLES.strong_rank.search(text, max(0, at - 6), at + 1)
        if m:
            strong.append(m)
        at = text.find("强", at + 1)
    for pattern, matches in (
        (TABLES.front_rank, TABLES.front_rank.finditer(text)),
        (TABLES.strong_rank, strong),
    ):
        for m in matches:
            after = text[m.end() : m.end() + 1]
            if (
                pattern is TABLES.front_rank
                and not m.group("u")
                and after
                and after not in TABLES.rank_after
            ):
                continue
            if m.group("u") == "强" and text.startswith(TABLES.rank_list_after, m.end()):
                continue  # 百强榜, 500强企业: a list, not a standing
            clause_start = clause_start_at(text, m.start())
            if not TABLES.standing_verbs.search(text, max(clause_start, m.start() - 8), m.start()):
                continue
            found.append(_rank(m, m.group("u") or "前"))
    return found


LIST_MARKS = "、"


def _rank(m, unit) -> Candidate:
    return Candidate(
        m.start(),
        m.end(),
        read_number(m.group("num")),
        unit,
        "",
        rule="rank",
        written_unit=unit,
        normalized_unit="rank",
        kind="rank",
        measure="rank",
        normalized_value=float(read_number(m.group("num"))),
    )


def clause_start_at(text, position):
    i = position - 1
    while i >= 0 and text[i] not in CLAUSE_END:
        i -= 1
    return i + 1
