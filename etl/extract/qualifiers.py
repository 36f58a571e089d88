"""Qualifiers: 超过/逾 (more_than), 约/近 (about), 不足 (less_than) and ranges, read around a number."""

from etl.extract.candidates import Candidate
from etl.extract.metric_rules import TABLES


def qualify(text: str, cand: Candidate) -> None:
    """约/近/超过 before the number, 以上/左右/以内 after its unit (余/多/几 inside were read
    already). A round number after 数/几/上 is a vague amount and a lower bound, like 百余: 数十亿元
    is more than 10 亿元, not a range, whose high end the text does not write."""
    if cand.qualifier == "range":
        return
    start = cand.start
    prefix = TABLES.currency_prefix.search(text, max(0, start - 4), start)
    if prefix:
        start = prefix.start()  # 约新臺幣1,500億元: the qualifier stands before the currency
    m = TABLES.qualifier_before.search(text, max(0, start - 4), start)
    if m:
        word = m.group(1)
        previous = text[m.start() - 1] if m.start() else ""
        if not (previous and previous in TABLES.qualifier_not_after.get(word, "")):
            cand.qualifier = TABLES.qualifier_of[word]  # 签约7个, 最近3年 are not qualifiers
            cand.qualifier_from = "before"
            return
    if cand.kind == "percent":
        m = TABLES.qualified_share.search(text, max(0, start - 16), start)
        if m and not (
            m.start() and text[m.start() - 1] in TABLES.qualifier_not_after.get(m.group(1), "")
        ):
            # 约占全国的26%: the qualifier stands before the verb of a share (签约占 is no 约)
            cand.qualifier, cand.qualifier_from = TABLES.qualifier_of[m.group(1)], "before"
            return
    start = cand.start
    vague = TABLES.qualifier_round_before.get(text[start - 1 : start + 1]) if start else None
    if vague:
        cand.qualifier = vague  # 上百家, 数十亿元, 几十家
        return
    m = TABLES.qualifier_after.match(text, cand.end)
    if m:
        word = m.group(1)
        following = text[m.end() : m.end() + 1]
        if not (following and following in TABLES.qualifier_not_before.get(word, "")):
            cand.qualifier = TABLES.qualifier_of[word]  # 3个上下游项目 is not about
            cand.qualifier_from = "after"
