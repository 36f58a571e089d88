"""One canonical short name per company: legal forms and place prefixes stripped, trade cores
kept, and the tests that tell a firm's name from a phrase.
"""

import re
from functools import lru_cache

from etl.extract.known_firms import curated_companies
from etl.extract.lexicon import (
    ASCII_DIGIT,
    CURRENCY,
    FUNCTION_CHARS,
    NUMERAL_CHARS,
    PAREN_PLACE,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    common_words,
    rules,
)
from etl.words import WordSet


@lru_cache(maxsize=16384)
def strip_legal(name: str) -> str:
    name = PAREN_PLACE.sub("", name)
    for suffix in rules().legal_suffixes:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def strip_place(name: str, places: WordSet) -> str:
    """Drop leading place names (山东日照XX → XX, 庆元县XX → XX) while a name of three characters or more,
    not counting a kind word, remains (山东高速集团 and 日照港集团 keep their place)."""
    R = rules()
    while True:
        n = places.starting_at(name, 0) or R.county_full_names.starting_at(name, 0)
        if not n:
            return name
        rest = name[n:]
        if R.countries.starting_at(name, 0) == n:
            if len(rest) < 2 or R.generic.covers(rest):
                return name
            name = rest
            continue
        if rest[:1] in ("市", "省") and len(rest) > 1:
            rest = rest[1:]
        kind = R.kind_words.ending_at(rest, len(rest))
        if len(rest) - kind < 3 or R.generic.covers(rest):
            return name
        name = rest


def _keeps_place(name: str) -> bool:
    return name.endswith(rules().keep_place_suffixes)


@lru_cache(maxsize=65536)  # pure; scan_left asks it at every boundary it meets
def trade_core(name: str) -> str:
    """The part of a company name that identifies it: no place, legal form, kind or
    industry words (山东奥莱电子科技有限公司 → 奥莱)."""
    R = rules()
    name = strip_legal(name)
    n = R.kind_words.ending_at(name, len(name))
    if n:
        name = name[:-n]
    name = R.industry.strip_tail(name)
    return strip_place(name, R.company_places) if name else name


def resolve_company_name(surface_simplified: str) -> str:
    """Canonical short name of one written form: simplified, no place prefix, no
    有限公司/公司/项目, curated aliases applied (日照中兴汽车有限公司 → 中兴汽车)."""
    return resolve_surface(surface_simplified)[0]


@lru_cache(maxsize=8192)  # pure, and called for every candidate of every list
def resolve_surface(surface_simplified: str) -> tuple[str, bool]:
    """(canonical name, whether a curated alias from data/companies.yml decided it)."""
    R = rules()
    curated = curated_companies()
    name = surface_simplified.strip().strip(QUOTES_OPEN + QUOTES_CLOSE)
    if name in curated:
        return curated[name], True
    if name.endswith("项目") and len(name) > 2:
        name = name[:-2]
    name = strip_legal(name)
    if not _keeps_place(name):
        name = strip_place(name, R.company_places)
    return curated.get(name, name), name in curated


@lru_cache(maxsize=16384)
def is_not_a_firm(name: str) -> bool:
    """Institutions, places, branches, numbers and money are never companies."""
    R = rules()
    if len(name) < 2 or ASCII_DIGIT.search(name) or CURRENCY.search(name):
        return True
    if any(w in name for w in R.non_company_words) or name.endswith(
        R.non_company_suffixes + R.branch_suffixes
    ):
        return True
    if name[-1] in FUNCTION_CHARS or name[-1] in NUMERAL_CHARS:
        return True
    base = strip_legal(name)
    return R.company_places.covers(base) or R.named_places.covers(base)


@lru_cache(maxsize=16384)  # pure, asked again for every repeat and list member
def is_bad_company(name: str) -> bool:
    """Not a firm, or a generic phrase with no trade name (高端装备制造, 基础设施)."""
    R = rules()
    if is_not_a_firm(name):
        return True
    base = strip_legal(name)
    if LEVEL_CLASS.fullmatch(base):
        return True  # 央企二、三级公司: a level of subsidiaries, not a name
    if R.company_bad_starts.match(base) or base.endswith(R.category_endings):
        return True  # 二期扩能, 万吨级锂电: a phase or a size; 潜力独角兽企业: a category
    n = R.kind_words.ending_at(base, len(base))
    if n and len(base) > n:  # 建设银行, 经济发展集团: the kind word decides
        return kind_core_rejected(base[:-n], R.kinds[base[-n:]])
    if _keeps_place(base) and not R.generic.covers(base[: -_kind_len(base)] or base):
        return False
    return R.generic.covers(strip_place(base, R.company_places))


LEVEL_CLASS = re.compile(r"[一二三四五六七八九十两\d]+级")


def _kind_len(name: str) -> int:
    for suffix in rules().keep_place_suffixes:
        if name.endswith(suffix):
            return len(suffix)
    return 0


def company_shaped(name: str) -> bool:
    """A trade name followed by an industry or kind word (华车 + 新能源, 南京 + 银行)."""
    R = rules()
    base = strip_legal(name)
    core = trade_core(base)
    if len(core) < 2 or R.generic.covers(core):
        return False
    return (
        core != strip_place(base, R.company_places) or R.kind_words.ending_at(base, len(base)) > 0
    )


def kind_core_rejected(core: str, kind: str) -> bool:
    R = rules()
    if core in R.generic_company_cores or len(core) < 2:
        return True
    if len(core) > 2 and core.endswith(R.generic_core_endings):
        return True  # 千亿级集团, but 中化集团: two characters are an abbreviation, not a class
    if kind == "bank":  # a place, a known bank name, or both (日照农商银行, 中国工商银行)
        bare = core[2:] if core.startswith("中国") else core
        while n := R.company_places.starting_at(bare, 0) or R.park_places.starting_at(bare, 0):
            bare = bare[n:]
        return bool(bare) and bare not in R.bank_cores
    if kind == "group":
        return False
    if kind == "fund" and core.startswith(R.fund_levels):
        level = next(w for w in R.fund_levels if core.startswith(w))
        rest = core[len(level) :]
        return len(rest) < 4 or rest[0] in "级属内" or rest.endswith(("产业", "专项", "引导"))
    return R.generic.covers(core)


NOUN_TAGS = frozenset({"n", "nz", "ng", "nr", "ns", "nt", "s", "b", "j", "l"})


@lru_cache(maxsize=16384)
def common_word_parts(core: str) -> tuple[int, int] | None:
    """(words, single characters) of the cut of `core` into common words with the fewest single
    characters left between them, or None when it needs more than one (华为 = 华 + 为: a coined
    name; 海洋牧场 = 海洋 + 牧场, 总部类 = 总部 + 类: a phrase)."""
    words = common_words()
    best = [None] * (len(core) + 1)  # (singles, words) to reach each position
    best[0] = (0, 0)
    for i in range(len(core)):
        if best[i] is None:
            continue
        singles, count = best[i]
        steps = [(i + 1, (singles + 1, count))]
        for n in range(2, len(core) - i + 1):
            if core[i : i + n] in words:
                steps.append((i + n, (singles, count + 1)))
        for j, cost in steps:
            if best[j] is None or cost < best[j]:
                best[j] = cost
    end = best[-1]
    if end is None or end[0] > 1 or end[1] == 0:
        return None
    return end[1], end[0]


def is_common_phrase(core: str) -> bool:
    """A name core made of the general vocabulary is no trade name: a phrase of two words or a word
    and a character (海洋牧场, 总部类), or one word that is no noun (影响, 其中). One noun is a
    name (蔷薇, 劲力传动)."""
    parts = common_word_parts(core) if len(core) >= 2 else None
    if parts is None:
        return False
    words, singles = parts
    return words + singles >= 2 or common_words().get(core) not in NOUN_TAGS
