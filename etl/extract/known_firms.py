"""Curated companies (data/companies.yml): brand names with no suffix for a pattern to catch, and
confirmed merges, found in a text with one compiled pattern.
"""

import re
from functools import lru_cache

from etl.extract.gazetteer import park_index
from etl.extract.lexicon import FUNCTION_CHARS, rules
from etl.extract.spans import latin_prefix
from etl.knowledge import load_yaml
from etl.script import to_simplified
from etl.text import is_hanzi
from etl.words import compile_trie


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
def known_firm_pattern() -> re.Pattern | None:
    """One regex over the written forms of the well-known firms (华为, 台积电), used to find them."""
    forms = known_firm_forms()
    return compile_trie(forms) if forms else None


@lru_cache(maxsize=1)
def known_firm_forms() -> list[str]:
    return [
        to_simplified(f)
        for e in load_yaml("companies.yml").get("well_known") or []
        for f in [e["name"], *(e.get("aliases") or [])]
        if any(is_hanzi(c) for c in f)
    ]


def find_known_firms(text: str) -> list[dict]:
    """Well-known firms named alone (宁德时代, 台积电在南科…), where the name stands free:
    after punctuation, a boundary word or a place, and, for two characters, before a
    punctuation mark, a function word or a company word (华为 in 华为云 counts, 京东 in 北京东路 not)."""
    R = rules()
    pattern = known_firm_pattern()
    found = []
    for m in pattern.finditer(text) if pattern else ():
        s, e = m.start(), m.end()
        s = latin_prefix(text, s, 0)
        left_free = (
            s == 0
            or not is_hanzi(text[s - 1])
            or R.boundary.ending_at(text, s)
            or R.company_places.ending_at(text, s)
            or R.park_places.ending_at(text, s)
        )
        if not left_free:
            continue
        if e - s <= 2 and not (
            e >= len(text)
            or not is_hanzi(text[e])
            or text[e] in FUNCTION_CHARS
            or R.boundary.starting_at(text, e)
            or R.merge_words.starting_at(text, e)
            or R.legal_re.match(text, e)
            or _plant_of(text, e)
            or park_index()[1].match(text, e)
        ):  # 聯電南科12A廠
            continue
        found.append({"start": s, "end": e, "rule": "well_known", "full": False})
    return found


# 《深圳证券交易所股票上市规则》: a title of a law, a report or a book names no firm of the story.
BOOK_TITLE = re.compile(r"《[^《》\n]{1,40}》")


def _plant_of(text: str, end: int) -> bool:
    """友達台中廠, 美光后里厂: a firm's plant named after it, so the short name stands free."""
    return rules().plant_re.match(text, end) is not None
