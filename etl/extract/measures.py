"""Measures: which controlled measure a number reports (planned_investment, industrial_output,
growth_rate …), from the keywords of its clause and sentence, a growth taking the measure of
the total it qualifies.
"""

from etl.extract.candidates import Candidate, TextIndex
from etl.extract.metric_rules import CLAUSE_END, TABLES
from etl.extract.quantities import clause_start_at

REACH = 300  # characters around a number searched for its measure's keywords


def classify(text: str, index: TextIndex, cand: Candidate) -> str:
    """The measure of a number (data/measures.yml): durations and ranks by their unit; else the
    rule of the nearest keyword before the number in its clause, then after it. A count
    written before its noun (5名业务骨干) is classified by that noun only."""
    kind = cand.kind
    if kind in TABLES.measure_defaults and kind in ("duration", "rank"):
        return TABLES.measure_defaults[kind]
    if cand.rule != "rank" and _ranked_by_front(text, cand):
        return "rank"
    regex = TABLES.keyword_regex_by_kind.get(kind)
    if regex is None:
        return TABLES.measure_defaults.get(kind, "other")
    # Windows bounded to REACH characters around the number: no keyword that far away names
    # its measure, and the bound keeps a text with no punctuation linear.
    floor, ceiling = cand.start - REACH, cand.end + REACH
    clause_start = max(index.clause(cand.start)[0], floor)
    comma_start, comma_end = cand.comma_clause
    comma_start, comma_end = max(comma_start, floor), min(comma_end, ceiling)
    after_end = min(index.clause(cand.end)[1], ceiling)
    sentence_start = max(cand.sentence[0], floor)
    requirement_text = text[comma_start : max(comma_end, after_end)]
    sentence_text = text[sentence_start : max(comma_end, after_end)]
    pre_nominal = (
        cand.end < len(text)
        and text[cand.end] not in CLAUSE_END
        and not text[max(0, cand.start - 2) : cand.start].endswith(TABLES.count_predicates)
    )
    measure = _sentence_rules(text, sentence_start, cand, requirement_text)
    if measure:
        return measure
    # The keywords before the number are searched once, in the comma clause; those of the
    # (shorter or equal) clause are the ones that start inside it: each search reports the
    # match at every position of its window, so the clause's hits are a filter of these.
    before_comma = _keywords_near(regex, text, comma_start, cand.start, "before")
    if kind == "percent" and TABLES.level_reached.search(text, max(0, cand.start - 4), cand.start):
        # 渗透率提升至46.5%: the level the rate reached, so the rate's own noun decides, not 提升
        levels = [hit for hit in before_comma if not _is_growth_word(kind, hit[0])]
        before_comma = levels or before_comma
    reach = cand.start - clause_start
    before_clause = (
        before_comma
        if comma_start == clause_start
        else [hit for hit in before_comma if hit[1] + len(hit[0]) <= reach]
    )
    if kind in ("count", "person") and pre_nominal:
        adjacent = [
            hit for hit in before_clause if hit[1] == 0
        ]  # 景观类项目8个在建: post-nominal after all
        measure = _pick_rule(adjacent, requirement_text, sentence_text, kind)
        if measure:
            return measure
        # 5名业务骨干: the noun after the number is what is counted
    else:
        for found in (before_clause, before_comma):
            if kind in ("count", "person"):  # 企业获科学技术奖6项: the noun right before is counted
                found = [
                    hit
                    for hit in found
                    if hit[1] <= TABLES.count_keyword_reach or (kind, hit[0]) in TABLES.far_keywords
                ]
            measure = _pick_rule(found, requirement_text, sentence_text, kind)
            if measure:
                return measure
            if comma_start == clause_start:
                break  # the same window again: the same answer
    found = _keywords_near(regex, text, cand.end, after_end, "after")
    measure = _pick_rule(found, requirement_text, sentence_text, kind)
    if measure:
        return measure
    return TABLES.measure_defaults.get(kind, "other")


def _is_growth_word(kind, word) -> bool:
    return all(
        rule["measure"] == "growth_rate"
        for rule, _ in TABLES.rules_by_keyword.get((kind, word), ())
    )


def _ranked_by_front(text: str, cand: Candidate) -> bool:
    """全省前10%: a percentage after 前 and a verb of standing is a rank."""
    if text[cand.start - 1 : cand.start] != "前":
        return False
    clause_start = clause_start_at(text, cand.start)
    return bool(TABLES.standing_verbs.search(text, max(clause_start, cand.start - 10), cand.start))


def _keywords_near(regex, text, start, end, side):
    """Keyword matches in text[start:end], nearest to the number first (longest first on a tie):
    `side` is "before" (distance from `end`) or "after" (distance from `start`)."""
    m = regex.search(text, start, end)
    if not m:
        return []  # most windows hold no keyword
    hits = []
    while True:
        distance = end - m.end() if side == "before" else m.start() - start
        hits.append((distance, -(m.end() - m.start()), m.group()))
        m = regex.search(text, m.start() + 1, end)
        if not m:
            break
    return [(word, distance, side) for distance, _, word in sorted(hits)]


def _pick_rule(found, requirement_text, sentence_text, kind):
    """The rule of the nearest keyword; a rule whose `requires` is met beats one without."""
    for word, _, where in found:
        best = None
        for rule, allowed in TABLES.rules_by_keyword.get((kind, word), ()):
            if allowed in ("any", where):
                if rule["requires"]:
                    where_required = (
                        sentence_text if rule["requires_in"] == "sentence" else requirement_text
                    )
                    if any(r in where_required for r in rule["requires"]):
                        return rule["measure"]
                    continue
                best = best or rule["measure"]
        if best:
            return best
    return None


def _sentence_rules(text, sentence_start, cand, clause_text):
    for rule in TABLES.sentence_rules_by_kind.get(cand.kind, ()):
        if any(word in clause_text for word in rule["unless"]):
            continue
        window = text[sentence_start : cand.start]
        if any(keyword in window for keyword, _ in rule["keywords"]):
            return rule["measure"]
    return None


def inherit_from_parent(text, index, cand, metrics, measure):
    """其中过亿元项目17个: a count after 其中 is a subset of the count before it."""
    if cand.kind not in ("count", "person"):
        return None
    sentence_start, _ = cand.sentence
    at = text.rfind("其中", sentence_start, cand.start)
    if at < 0:
        return None
    # 其中 opening the sentence points back to the previous one, for a count of the same family.
    opens = not text[sentence_start:at].strip()
    window_start = (
        index.full_sentence(sentence_start - 1)[0] if opens and sentence_start else sentence_start
    )
    family = TABLES.family_of.get(measure)
    for previous in reversed(metrics):
        if previous.number_start < window_start:
            break
        if previous.number_start < at and previous.normalized_unit == cand.normalized_unit:
            if previous.number_start >= sentence_start or family and previous.measure in family:
                return previous.measure
            return None
    return None


def growth_of_previous(text, cand, previous):
    """地区生产总值3052.6亿元，同比增长6.8%: a growth rate whose only words since the figure before it
    are growth words is that figure's growth (data/measures.yml, growth_of)."""
    growth = TABLES.growth_of.get(previous.measure)
    if not growth or previous.number_start < cand.sentence[0]:
        return None
    between = text[previous.number_end : cand.start]
    if len(between) > 16:
        return None
    regex = TABLES.keyword_regex_by_kind.get(cand.kind)
    words = (
        [
            word
            for word, _, _ in _keywords_near(regex, text, previous.number_end, cand.start, "before")
        ]
        if regex
        else []
    )
    if not words:
        # …增长6.8%，高于全市1.2个百分点: a growth compared with another place's is that growth too
        return growth if TABLES.comparison_words.search(between) else None
    return growth if all(_is_growth_word(cand.kind, word) for word in words) else None


def inherit_from_total(text, index, cand, metrics):
    """新增国家级高新技术企业156家，总数达到642家: a total of what the sentence just counted."""
    clause_start, _ = cand.comma_clause
    if not TABLES.total_words.search(text, clause_start, cand.start):
        return None
    sentence_start, _ = cand.sentence
    for previous in reversed(metrics):
        if previous.number_start < sentence_start:
            break
        if previous.normalized_unit == cand.normalized_unit:
            return previous.measure
    return None
