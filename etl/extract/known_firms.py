"""Curated companies (data/companies.yml): brand names with no suffix for a pattern to catch, and
confirmed merges, found in a text with one compiled pattern.
"""

import re
from functools import lru_cache

from etl.extract.gazetteer import NAME_SCAN, park_index
from etl.extract.lexicon import FUNCTION_CHARS, is_common_verb, rules
from etl.extract.spans import latin_prefix, overlaps_any
from etl.knowledge import load_csv, load_yaml
from etl.script import to_simplified
from etl.text import is_hanzi
from etl.words import Automaton


@lru_cache(maxsize=1)
def curated_companies() -> dict:
    """Alias (simplified) → curated canonical name, from data/companies.yml (confirmed merges
    and the well-known firms)."""
    data = load_yaml("companies.yml")
    aliases = {}
    for entry in [*(data.get("companies") or []), *(data.get("well_known") or [])]:
        for alias in [entry["name"], *(entry.get("aliases") or [])]:
            aliases[to_simplified(alias)] = entry["name"]
    return aliases


@lru_cache(maxsize=1)
def known_firm_pattern() -> Automaton | None:
    """One automaton over the written forms of the well-known firms (华为, 台积电) and of the
    listed firms' names (比亚迪, 仁宝), used to find them."""
    forms = known_firm_forms() + listed_firm_forms()
    return Automaton(forms, scan=NAME_SCAN) if forms else None


def is_curated_form(form: str) -> bool:
    """Whether a written form is a curated or well-known firm's (data/companies.yml)."""
    return form in _curated_forms()


@lru_cache(maxsize=1)
def _curated_forms() -> frozenset:
    return frozenset(known_firm_forms())


def cut_inside_a_word(text: str, start: int, end: int) -> bool:
    """An industry word runs on past the name's end (中伟新材|料: 新材料): the text names
    another firm (中伟新材料), not the listed one."""
    industry = rules().industry
    return any(industry.starting_at(text, i) > end - i for i in range(start + 1, end))


def _in_firm_context(text: str, start: int, end: int) -> bool:
    """A listed firm's name counts alone only in a clause that speaks of firms (落户, 投资, 企业,
    、 between names…): listed names are phrases too (线上线下, 金融街)."""
    R = rules()
    left = max(text.rfind(c, 0, start) for c in "，。；！？\n") + 1
    right = min(
        (i for i in (text.find(c, end) for c in "，。；！？\n") if i >= 0), default=len(text)
    )
    clause = text[left:right]
    return R.listed_firm_context_re.search(clause) is not None


@lru_cache(maxsize=1)
def known_firm_forms() -> list[str]:
    return [
        to_simplified(f)
        for e in load_yaml("companies.yml").get("well_known") or []
        for f in [e["name"], *(e.get("aliases") or [])]
        if any(is_hanzi(c) for c in f)
    ]


LATIN_HEAD = re.compile(r"[A-Za-z]{2,}[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def listed_firm_forms() -> list[str]:
    """The names and brands of data/listed_companies.csv a text may name a firm by alone: not a
    common word or phrase of common words (统一, 线上线下), no place or zone (中关村 and 外高桥 are
    listed, and places first), no news site (人民网), at least three hanzi (正文, 全台 and 宏泰
    are listed in Taiwan, and are words too)."""
    R = rules()
    forms = []
    for row in load_csv("listed_companies.csv"):
        for form, common in (
            (row["name"], row["name_common"]),
            (row["brand"], row["brand_common"]),
        ):
            if (
                form
                and (common == "0" or _trade_name_and_industry(form))
                and (sum(is_hanzi(c) for c in form) >= 3 or LATIN_HEAD.match(form))
                # 正文, 全台, 宏泰: two hanzi are phrases too, unless a Latin name leads (TCL中环)
                and not form.endswith(R.listed_name_not_endings)
                and not R.company_places.covers(form)
                and not R.park_places.covers(form)
            ):
                forms.append(form)
    return list(dict.fromkeys(forms))


@lru_cache(maxsize=1)
def short_brand_pattern() -> Automaton | None:
    """The brands of two hanzi the listed firms are known by (晶澳 of 晶澳科技, 徐工, 格力), not
    common words: too short to stand alone, they name the firm where its line of business follows
    (晶澳光伏新材料项目, 徐工机械)."""
    R = rules()
    forms = [
        to_simplified(row["brand"])
        for row in load_csv("listed_companies.csv")
        if len(row["brand"]) == 2
        and row["brand_common"] == "0"
        and all(is_hanzi(c) for c in row["brand"])
        and not R.company_places.covers(row["brand"])
        and not R.park_places.covers(row["brand"])
    ]
    forms = list(dict.fromkeys(forms))
    return Automaton(forms, scan=NAME_SCAN) if forms else None


def _trade_name_and_industry(form: str) -> bool:
    """时代电气, 永兴材料, 航天电器: words of the general vocabulary both, but a trade name and an
    industry word make a firm's name, not a phrase (线上线下, 金融街 have no industry word)."""
    n = rules().industry.ending_at(form, len(form))
    return n > 0 and len(form) - n >= 2 and all(is_hanzi(c) for c in form)


def find_known_firms(text: str) -> list[dict]:
    """Well-known firms named alone (宁德时代, 台积电在南科…), where the name stands free:
    after punctuation, a boundary word or a place, and, for two characters, before a
    punctuation mark, a function word or a company word (华为 in 华为云 counts, 京东 in 北京东路 not)."""
    R = rules()
    pattern = known_firm_pattern()
    found = []
    for s, e, _ in pattern.finditer(text) if pattern else ():
        s = latin_prefix(text, s, 0)
        left_free = (
            _a_name_may_start(text, s)
            or R.zone_words.ending_at(text, s)  # 石家庄高新区|以岭药业: the firm in the zone
            or R.company_places.ending_at(text, s)
            or R.park_places.ending_at(text, s)
            or _after_a_verb(text, s)
        )
        if not left_free or R.park_suffix_re.match(text, e):
            continue  # 陆家嘴|金融贸易区: a place the firm is named after
        if NUMBERED_INSTITUTE.match(text, e):
            continue  # 航天科技|704所: a group's numbered institute, not a firm
        if text[s:e] not in _curated_forms() and (
            not _in_firm_context(text, s, e) or cut_inside_a_word(text, s, e)
        ):
            continue
        if e - s <= 2 and not (
            e >= len(text)
            or not is_hanzi(text[e])
            or text[e] in FUNCTION_CHARS
            or R.boundary.starting_at(text, e)
            or R.merge_words.starting_at(text, e)
            or R.legal_re.match(text, e)
            or _plant_of(text, e)
            or park_index()[1].longest_at(text, e)
        ):  # 聯電南科12A廠
            continue
        found.append({"start": s, "end": _joint_venture_end(text, e), "rule": "well_known",
                      "full": False})  # fmt: skip
    return found + _short_brands(text, found)


def _short_brands(text: str, found: list[dict]) -> list[dict]:
    """A listed firm's two-hanzi brand right before an industry word, where a name may start
    (的晶澳|光伏新材料项目): the firm, named with its line of business."""
    R = rules()
    pattern = short_brand_pattern()
    taken = [(f["start"], f["end"]) for f in found]
    out = []
    for s, e, _ in pattern.finditer(text) if pattern else ():
        if overlaps_any(taken, s, e) or not R.industry.starting_at(text, e):
            continue
        if _a_name_may_start(text, s):
            out.append({"start": s, "end": e, "rule": "well_known", "full": False})
    return out


def _a_name_may_start(text: str, s: int) -> bool:
    """Whether a firm's name may start at `s`: at the text's start, after no hanzi, after a
    function character (受|日月光…带动, 的|富士康精密模具), a word describing the firm (半导体龙头|台积电)
    or a boundary word."""
    R = rules()
    return (
        s == 0
        or not is_hanzi(text[s - 1])
        or text[s - 1] in R.firm_left_chars
        or bool(R.firm_left_words.ending_at(text, s))
        or bool(R.boundary.ending_at(text, s))
    )


NUMBERED_INSTITUTE = re.compile(r"[\d一二三四五六七八九〇零]+(?:所|院|厂|研究所)")


def _after_a_verb(text: str, start: int) -> bool:
    """为配合|台积电先进制程布局: a verb of the general vocabulary ends right before the name."""
    return start >= 2 and is_common_verb(text[start - 2 : start])


JV_PARTNER = re.compile(r"[-－‐]([\u4e00-\u9fff]{2,3})")


def _joint_venture_end(text: str, end: int) -> int:
    """一汽-大众, 东风-本田: a firm and its partner joined by a hyphen are one joint venture (the
    partner ends before a non-hanzi, a company word or a place: 一汽-大众成都分公司)."""
    R = rules()
    for n in (2, 3):
        m = JV_PARTNER.match(text, end)
        if not m or len(m.group(1)) < n:
            return end
        after = end + 1 + n
        if (
            after >= len(text)
            or not is_hanzi(text[after])
            or text[after] in FUNCTION_CHARS  # 一汽-大众|在汽开区
            or text.startswith(R.joint_venture_next, after)
            or R.company_places.starting_at(text, after)
        ):
            return after
    return end


# 《深圳证券交易所股票上市规则》: a title of a law, a report or a book names no firm of the story.
BOOK_TITLE = re.compile(r"《[^《》\n]{1,40}》")


def _plant_of(text: str, end: int) -> bool:
    """友達台中廠, 美光后里厂: a firm's plant named after it, so the short name stands free."""
    return rules().plant_re.match(text, end) is not None
