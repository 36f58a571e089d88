"""Coordinated lists (A、B、C等企业, 以X为代表的): their items, their head word and the clause
they sit in, so a list of firms or of parks is read as one.
"""

import re
from functools import lru_cache

from etl.extract.company_names import trade_core
from etl.extract.known_firms import cut_inside_a_word, known_firm_forms, known_firm_pattern
from etl.extract.lexicon import CLAUSE_SPLIT, ITEM_NOT_START, rules
from etl.extract.spans import scan_left, strip_quotes
from etl.knowledge import load_yaml
from etl.words import WordSet, alternation


@lru_cache(maxsize=4)  # extract_parks and extract_companies read the same article's lists
def coordinated_lists(text: str) -> tuple[dict, ...]:
    """Coordinated names: "以A、B、C等为代表", "引进A、B等5个项目", "A及B等企业", "以A为代表".

    Each list: item spans, the word before the first item (opener), and what follows
    (head = company / sub_park / representative / None).

    A clause's list depends only on the clause and the marks on either side of it (see
    `_words_stay_in_clauses`; else on the text `_list_reach` around it), and the same clauses
    recur from article to article: each is read once per process and remembered with its
    positions relative to the clause."""
    closed = _words_stay_in_clauses()
    before, after = _list_reach()
    size = len(text)
    out = []
    for c_start, c_end in list_clauses(text):  # most clauses hold no list and are never visited
        if (
            closed
        ):  # the clause and the characters around it (a mark, or "" at either end of the text)
            left = c_start
            key = (
                text[c_start:c_end],
                text[c_start - 1 : c_start] if c_start else "",
                text[c_end : c_end + (HEAD_REACH if _reads_on(text[c_end : c_end + 1]) else 1)],
            )
        else:
            left = c_start - before if c_start > before else 0
            right = c_end + after
            key = (text[left:right], c_start - left, c_end - left, right >= size)
        known = _LISTS.get(key, _UNKNOWN)
        if known is _UNKNOWN:
            found = _list_in_clause(text, c_start, c_end, text[c_start:c_end])
            if len(_LISTS) >= _LISTS_MAX:
                _LISTS.clear()
            _LISTS[key] = found and (
                tuple((s - left, e - left) for s, e in found["items"]),
                found["tail"],
                found["opener"],
                found["head"],
                found["head_word"],
            )
            if found:
                out.append(found)
        elif known:
            items, tail, opener, head, head_word = known
            out.append(
                {
                    "items": [(s + left, e + left) for s, e in items],
                    "tail": tail,
                    "opener": opener,
                    "head": head,
                    "head_word": head_word,
                }
            )
    return tuple(out)


# Lists read so far in this process (a few hundred bytes each), with item positions
# relative to the text the list depends on.
_LISTS: dict = {}
_LISTS_MAX = 1 << 15
_UNKNOWN = object()


@lru_cache(maxsize=1)
def _words_stay_in_clauses() -> bool:
    """True when no word a list reading looks up holds a character that splits clauses: a
    look-up across the clause's edge then never matches, and the list depends only on the
    clause and the marks on either side of it (a text edge counts as a mark too)."""
    R = rules()
    words = [
        *(
            w
            for s in (
                R.boundary,
                R.list_openers,
                R.measure,
                R.merge_words,
                R.non_company_heads,
                R.industry,
            )
            for w in s.words
        ),
        *R.legal_suffixes,
        *known_firm_forms(),
    ]
    return not any(CLAUSE_SPLIT.search(w) for w in words)


@lru_cache(maxsize=1)
def _list_reach() -> tuple[int, int]:
    """How far reading a clause's list can look before and after the clause: a boundary word
    before the leftmost stop of a scan (which a parenthesis can pass by 6 characters) or an
    opener word; after it, a well-known firm name running on, then a word after that."""
    R = rules()
    longest = max(
        max(
            w.lengths[0]
            for w in (
                R.boundary,
                R.list_openers,
                R.measure,
                R.merge_words,
                R.non_company_heads,
                R.industry,
            )
        ),
        max(len(w) for w in R.legal_suffixes),
    )
    firm = max(map(len, known_firm_forms()), default=0)
    return longest + 14, firm + 2 * longest + 4


def _list_in_clause(text: str, c_start: int, c_end: int, segment: str) -> dict | None:
    """The list in one clause (see `coordinated_lists`), None if it holds none."""
    R = rules()
    if "、" in segment:
        parts, pos = [], c_start
        for piece in segment.split("、"):
            parts.append((pos, pos + len(piece)))
            pos += len(piece) + 1
    else:
        parts = _short_list(text, c_start, c_end)
        if not parts:
            return None
    first_s, first_e = strip_quotes(text, *parts[0])
    start, hit = scan_left(
        text, first_e, first_s, R.boundary, 26, trade_core, prefer_punctuation=True
    )
    if hit:
        return None
    items = [(start, first_e)]
    for i, (s, e) in enumerate(parts[1:-1], 1):
        if R.firms_after_deng.search(text, s, e) and not _lists_meet().search(text, s, e):
            # A、B等龙头企业订单饱满、满负荷生产: the list of firms ends with B
            parts = parts[: i + 1]
            break
        items.extend(strip_quotes(text, a, b) for a, b in _two_lists_meet(text, s, e))
    last_s, last_e = parts[-1]
    term = R.list_terminator.search(text, last_s, last_e) or _list_tail_word(text, last_s, last_e)
    tail_start = term.start() if term else _name_end(text, last_s, last_e)
    if (
        term
    ):  # …、浙商银行|为园区企业提供贷款超过80亿元: a kind word then a boundary ends the name first
        kind = R.kind_re.search(text, last_s, tail_start)
        if (
            kind
            and R.boundary.starting_at(text, kind.end())
            and text[kind.end() : kind.end() + 1] != "等"
        ):
            tail_start = kind.end()
    verb = next(
        (i for i in range(last_s + 2, tail_start) if R.verb_ends_item.starting_at(text, i)), None
    )
    tail_start = verb or tail_start  # …、华新水泥|入选中国制造业500强
    if len(parts) > 1:
        for s, e in _split_pair(text, last_s, tail_start):
            s, e = strip_quotes(text, s, e)
            item_start = scan_left(text, e, s, R.boundary, 26, trade_core, prefer_punctuation=True)[
                0
            ]
            if item_start == s + 1 and text[s] in ITEM_NOT_START and text[s - 1 : s] == "、":
                item_start = s  # 、和记黄埔医药: no list item starts with a bare 和
            items.append((item_start, e))
    tail = text[tail_start:c_end]
    opener_len = R.list_openers.ending_at(text, start)
    head, head_word = _list_head(
        text, start, tail + _spaced_on(text, c_end) + _past_brackets(text, c_end)
    )
    return {
        "items": [(s, e) for s, e in items if e - s >= 2],
        "tail": tail,
        "opener": text[start - opener_len : start] if opener_len else "",
        "head": head,
        "head_word": head_word,
    }


HEAD_REACH = 24  # characters after 等 in which a list's head noun is looked for


@lru_cache(maxsize=1)
def _lists_meet() -> re.Pattern:
    """翰森光电|等外资企业与|启元生物: one list closed by 等 and its head, the next opened by a
    joint other than 、 (data/metric_rules.yml list_joints: 与, 和, 及, 以及)."""
    joints = [j for j in load_yaml("metric_rules.yml")["list_joints"] if j != "、"]
    return re.compile(f"等[^、，,。；;]{{1,10}}?(?:{alternation(joints)})")


def _two_lists_meet(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An item of two lists written one after the other (德磊精工、翰森光电等外资企业与启元生物、
    云途科技等本土创新企业): the last item of the first and the first of the second, without the
    first list's closing words between them."""
    meet = _lists_meet().search(text, start, end)
    if not meet or meet.start() - start < 2 or end - meet.end() < 2:
        return [(start, end)]
    return [(start, meet.start()), (meet.end(), end)]


def _spaced_on(text: str, end: int) -> str:
    """What follows a clause that a space ended (e-paper spacing: 等 26 家生物医药企业), without
    its spaces, so the list's head noun after 等 is still read."""
    if not text[end : end + 1].isspace():
        return ""
    return re.sub(r"\s+", "", text[end : end + HEAD_REACH])


def _past_brackets(text: str, end: int) -> str:
    """What follows a clause a bracket ended (等24个新（扩）建项目), without the bracketed words, so
    the list's head noun after 等 is still read."""
    if text[end : end + 1] not in "（(":
        return ""
    close = max(text.find("）", end, end + 8), text.find(")", end, end + 8))
    return text[close + 1 : close + 1 + HEAD_REACH] if close > end else ""


def _reads_on(ch: str) -> bool:
    """A clause ended by a space or a bracket: its list's head may lie past the end."""
    return ch.isspace() or ch in "（("


def _list_tail_word(text: str, start: int, end: int):
    """A word such as 上下游 that closes a list without 等 (围绕A、B上下游企业)."""
    return _list_tail_re().search(text, start + 2, end)


@lru_cache(maxsize=1)
def _list_tail_re() -> re.Pattern:
    """The list tail words as one alternation in rule order: its leftmost match, and at that
    position the first word in rule order, is the earliest occurrence of any of them."""
    return re.compile("|".join(re.escape(w) for w in rules().list_tails))


def _name_end(text: str, start: int, end: int) -> int:
    """Where the last item of a list without 等 ends: after a legal form or kind word if one
    occurs (…日照分公司|签订协议), else before the first verb or function word after two
    characters (…、奇美实业|进驻), else at the clause end (…、聚能晶源，)."""
    R = rules()
    known = known_firm_pattern()
    n = known.longest_at(text, start) if known else 0
    if n and cut_inside_a_word(text, start, start + n):
        n = 0  # 中伟新材|料: a longer name
    if (
        n
        and not R.merge_words.starting_at(text, start + n)
        and not R.legal_re.match(text, start + n)
    ):
        return start + n  # …、台积电|扩大投资: a well-known firm ends where its name ends
    for m in R.legal_re.finditer(text, start, end):
        return m.end()
    for m in R.kind_re.finditer(text, start, end):
        if text[m.end() : m.end() + 1] not in R.kind_blockers:
            return m.end()
    for i in range(start + 2, end):
        head = R.non_company_heads.starting_at(text, i)
        if head:
            return i + head  # …精密机械研究所|签署: keep the head so the item is judged whole
        if R.boundary.starting_at(text, i) and not R.industry.starting_at(text, i):
            return i
    return end


_SPLIT_MARKS = r"，。；：！？,;:!?\n（）()【】《》\[\]<>|｜/\s"
_NOT_SPLIT = f"[^{_SPLIT_MARKS}]"
# A whole clause (a run between CLAUSE_SPLIT marks) that holds 、, 等 or 为代表, the only ones
# that can hold a list: the look-behind pins each match to a clause start.
LIST_CLAUSE = re.compile(f"(?<!{_NOT_SPLIT}){_NOT_SPLIT}*?(?:、|等|为代表){_NOT_SPLIT}*")
# The same clause after its mark: a pattern that opens with a class lets `re` skip from mark to
# mark in one tight loop, where the look-behind is tried at every character (a fifth less time).
LIST_CLAUSE_AFTER_MARK = re.compile(
    f"[{_SPLIT_MARKS}]({_NOT_SPLIT}*?(?:、|等|为代表){_NOT_SPLIT}*)"
)


def list_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of every LIST_CLAUSE match, in order: the first clause if it holds a marker,
    then each clause after a mark that does."""
    first = LIST_CLAUSE.match(text)
    spans = [first.span()] if first else []
    spans += [m.span(1) for m in LIST_CLAUSE_AFTER_MARK.finditer(text)]
    return spans


SHORT_LIST_TAIL = re.compile(r"等|为代表")


def _short_list(text: str, c_start: int, c_end: int):
    """A list without 、: "A及B等…", "A等…", "以A为代表". Returns the item parts and, as the
    last part, the empty span where the tail (等…, 为代表…) starts."""
    m = SHORT_LIST_TAIL.search(text, c_start, c_end)
    if not m or m.start() - c_start < 2:
        return None
    at = m.start()
    joint = max(text.rfind(j, max(c_start, at - 16), at) for j in "及和与")
    if joint > c_start + 1:
        return [(c_start, joint), (joint + 1, at + len(m.group()))]
    return [(c_start, at), (at, at)]


def _split_pair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split the last list item on 和/及/与 when both sides can be names (生物医药和文体旅游)."""
    for i in range(end - 3, start + 1, -1):
        if text[i] in "和及与":
            if text[i] == "及" and text[i - 1] == "以" and i - 1 > start + 1:
                return [(start, i - 1), (i + 1, end)]  # 顺发米业|以及|济宁大洋…
            return [(start, i), (i + 1, end)]
    return [(start, end)]


REPRESENTATIVE = re.compile(r"(?:等)?为(?:代表|首|龙头)的?")


@lru_cache(maxsize=1)
def _list_head_words() -> tuple[dict, WordSet, re.Pattern]:
    """Head words by first character (longest first, then rule order) with what each makes
    the list, all head words as one set, and a class of their first characters."""
    R = rules()
    heads = (
        [(head, "company") for head in R.list_heads]
        + [(head, "sub_park") for head in R.sub_list_heads]
        + [(head, None) for head in R.list_other_heads]
    )
    by_first = {}
    for head, kind in heads:
        by_first.setdefault(head[0], []).append((head, kind))
    by_first = {
        ch: tuple(sorted(hs, key=lambda h: -len(h[0]))) for ch, hs in by_first.items()
    }  # stable
    return by_first, WordSet(h for h, _ in heads), re.compile(f"[{re.escape(''.join(by_first))}]")


def _list_head(text: str, start: int, tail: str) -> tuple[str | None, str | None]:
    """What the list is a list of: the first head noun after 等 decides (等5个项目 → company,
    等园区 → sub_park, 等方式 → none)."""
    R = rules()
    representative = REPRESENTATIVE.match(tail)
    if text[max(0, start - 1) : start] == "以" and representative:
        after = tail[representative.end() : representative.end() + 8]
        return (None, None) if any(h in after for h in R.person_heads) else ("representative", None)
    if tail.startswith(R.list_tails):
        return "company", tail[: next(len(w) for w in R.list_tails if tail.startswith(w))]
    if not tail.startswith("等"):
        return None, None
    window = tail[1:24]
    by_first, words, first_chars = _list_head_words()
    # The earliest head in the window, the longest at that position, the first in rule order
    # among equals; a head followed by another head is a modifier (新兴产业项目: 产业 modifies 项目).
    m = first_chars.search(window)
    while m:
        at = m.start()
        for head, kind in by_first[window[at]]:
            if window.startswith(head, at) and not words.starting_at(window, at + len(head)):
                if kind == "sub_park" and ("的" in window[:at] or at > 8):
                    return None, None
                return kind, head
        m = first_chars.search(window, at + 1)
    return None, None
