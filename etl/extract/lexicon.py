"""The entity rules from data/entity_rules.yml, compiled once per process: park and company
suffixes, place names, stop lists and boundary words as word sets and tries, and the
punctuation classes the entity readers share.
"""

import re
from functools import lru_cache
from types import SimpleNamespace

from etl.knowledge import load_yaml

QUOTES_OPEN = "“\"「『‘'"
QUOTES_CLOSE = "”\"」』’'"
SENTENCE_END_MARKS = "。！？!?；;\n"
SENTENCE_END = re.compile(f"[{SENTENCE_END_MARKS}]")
CLAUSE_SPLIT = re.compile(
    r"[，。；：！？,;:!?\n（）()【】《》\[\]<>|｜/\s][，。；：！？,;:!?\n（）()【】《》\[\]<>|｜/\s]*"
)  # [x][x]*: a class scan
ASCII_DIGIT = re.compile(r"[0-9０-９]")
PAREN_PLACE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
CURRENCY = re.compile(r"[亿万]?元|美元")
# Single characters that never end a name (巨擘等, 林立的, 拼出了).
FUNCTION_CHARS = frozenset("等的了将在和是与及把被从对向给也都又还就才并而且于")
NUMERAL_CHARS = frozenset("一二两三四五六七八九十百千万亿几")
ITEM_NOT_START = FUNCTION_CHARS | {"以", "为"}
LIST_TERMINATOR = re.compile(
    r"等|为代表|为主|为首|为龙头|为重点|在内|[0-9０-９]|两个|多个|几个|一批|两家|多家"
)


def is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


class WordSet:
    """A word list with the lookups the rules need: longest word ending or starting at a
    position, and whether a string can be cut entirely into listed words."""

    def __init__(self, words):
        self.words = frozenset(w for w in words if w)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)
        # Word lengths by last and by first character, longest first: most positions have
        # no word ending or starting there, and that is then one dict lookup, not a slice per length.
        by_last, by_first = {}, {}
        for w in self.words:
            by_last.setdefault(w[-1], set()).add(len(w))
            by_first.setdefault(w[0], set()).add(len(w))
        self._by_last = {c: tuple(sorted(ns, reverse=True)) for c, ns in by_last.items()}
        self._by_first = {c: tuple(sorted(ns, reverse=True)) for c, ns in by_first.items()}

    def __contains__(self, word):
        return word in self.words

    def ending_at(self, text: str, end: int) -> int:
        """Length of the longest word that ends at `end`, 0 if none."""
        if not 0 < end <= len(text):
            return self._ending_at_anywhere(text, end)
        words = self.words
        for n in self._by_last.get(text[end - 1], ()):
            if n <= end and text[end - n : end] in words:
                return n
        return 0

    def starting_at(self, text: str, start: int) -> int:
        if not 0 <= start < len(text):
            return self._starting_at_anywhere(text, start)
        words, size = self.words, len(text)
        for n in self._by_first.get(text[start], ()):
            if text[start : start + n] in words:
                # A word that runs to the end of the text is reported with the longest length,
                # as the plain scan (_starting_at_anywhere) does: its slices there are all the same.
                return n if start + n < size else self.lengths[0]
        return 0

    def _ending_at_anywhere(self, text: str, end: int) -> int:
        """The plain scan, for an end outside the text."""
        for n in self.lengths:
            if n <= end and text[end - n : end] in self.words:
                return n
        return 0

    def _starting_at_anywhere(self, text: str, start: int) -> int:
        """The plain scan, for a start outside the text (a negative start counts from the end)."""
        for n in self.lengths:
            if text[start : start + n] in self.words:
                return n
        return 0

    def covers(self, text: str) -> bool:
        """True when `text` is a sequence of listed words (高端装备制造 = 高端 + 装备制造)."""
        if not text:
            return True
        size, words, by_first = len(text), self.words, self._by_first
        reachable = [True] + [False] * size
        for i in range(size):
            if reachable[i]:
                for n in by_first.get(text[i], ()):
                    if i + n <= size and text[i : i + n] in words:
                        reachable[i + n] = True
        return reachable[-1]

    def strip_tail(self, text: str, keep: int = 0) -> str:
        """Remove listed words from the end while more than `keep` characters remain."""
        while True:
            n = self.ending_at(text, len(text))
            if not n or len(text) - n < keep:
                return text
            text = text[:-n]


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie_alternation(words) -> str:
    """The same matches as `alternation(words)` (the longest word at the leftmost position),
    written as a prefix tree: a gazetteer of a thousand forms is then one branch per
    character instead of a thousand alternatives tried at every position of the text."""
    root = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def build(node) -> str:
        branches = [(ch, re.escape(ch) + build(child)) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0][1] if len(branches) == 1 else "(?:" + _dispatch(branches) + ")"
        return (
            f"(?:{body})?" if "" in node else body
        )  # greedy: the longer word first, else stop here

    return build(root)


TRIE_FANOUT = 32


def _dispatch(branches: list) -> str:
    """The alternation of `branches` ((first character, pattern), each starting with its own
    character), split in halves behind look-aheads for their first characters while longer
    than TRIE_FANOUT: `re` tries the branches of an alternation one by one, so a hundred
    first characters (the root of a gazetteer) cost a hundred tests at every position where
    a name may start; halving costs a few. The branches start with different characters, so
    at most one can match: the matches are the same."""
    if len(branches) <= TRIE_FANOUT:
        return "|".join(pattern for _, pattern in branches)
    half = len(branches) // 2
    return "|".join(
        f"(?=[{''.join(re.escape(ch) for ch, _ in group)}])(?:{_dispatch(group)})"
        for group in (branches[:half], branches[half:])
    )


def compile_trie(words) -> re.Pattern:
    """`trie_alternation(words)` compiled, behind a look-ahead on the words' first characters
    that rejects most positions before the trie is tried."""
    first = "".join(sorted({re.escape(w[0]) for w in words if w}))
    return re.compile(f"(?=[{first}])(?:{trie_alternation(words)})")


@lru_cache(maxsize=1)
def rules() -> SimpleNamespace:
    """Compiled rule tables from data/entity_rules.yml, built once per process."""
    r = load_yaml("entity_rules.yml")
    park_suffixes = {row["suffix"]: row for row in r["park_suffixes"]}
    sub_suffixes = {row["suffix"]: row for row in r["sub_park_suffixes"]}
    company_places = r["provinces"] + r["prefecture_cities"] + r["countries"]
    park_places = (
        [p for p in r["provinces"] if p != "中国"]
        + r["prefecture_cities"]
        + r["shandong_counties"]
        + r["zone_localities"]
    )
    generic = r["generic_words"] + r["industry_words"]
    return SimpleNamespace(
        park_suffixes=park_suffixes,
        park_suffix_re=re.compile(alternation(park_suffixes)),
        bare_forms=r["bare_park_forms"],
        bare_re=re.compile(alternation(r["bare_park_forms"])),
        generic_park_modifiers=WordSet(r["generic_park_modifiers"]),
        sub_suffixes=sub_suffixes,
        sub_suffix_re=re.compile(alternation(sub_suffixes)),
        standalone_sub_parks=frozenset(r["standalone_sub_parks"]),
        generic_sub_starts=WordSet(r["generic_sub_park_starts"]),
        sub_list_heads=r["sub_park_list_heads"],
        legal_suffixes=sorted(r["company_legal_suffixes"], key=len, reverse=True),
        legal_re=re.compile(alternation(r["company_legal_suffixes"])),
        branch_suffixes=tuple(r["branch_suffixes"]),
        kinds=r["company_kinds"],
        kind_words=WordSet(r["company_kinds"]),
        kind_re=re.compile(alternation(r["company_kinds"])),
        kind_blockers=frozenset(r["kind_blockers"]),
        generic_core_endings=tuple(r["generic_core_endings"]),
        keep_place_suffixes=tuple(r["keep_place_suffixes"]),
        generic_company_cores=frozenset(r["generic_company_cores"]),
        bank_cores=frozenset(r["bank_name_cores"]),
        industry=WordSet(r["industry_words"]),
        activity=WordSet(r["project_activity_words"]),
        role_re=re.compile(alternation(r["company_role_words"])),
        company_noun_modifiers=WordSet(r["company_noun_modifiers"]),
        investor_re=re.compile(
            f"(?:{alternation(r['company_investor_verbs'])})"
            f"(?=(?:{alternation(r['amount_openers'])})?[\\d一二三四五六七八九十百千])"
        ),
        firm_descriptor_endings=tuple(r["firm_descriptor_endings"]),
        plant_re=re.compile(f"[\u4e00-\u9fff]{{2,3}}(?:{alternation(r['firm_plant_words'])})"),
        project_left=WordSet(r["project_name_left_contexts"]),
        project_right=WordSet(r["project_name_right_contexts"]),
        list_heads=r["company_list_heads"],
        list_other_heads=r["list_other_heads"],
        person_heads=tuple(r["person_heads"]),
        list_openers=WordSet(r["company_list_openers"]),
        non_company_suffixes=tuple(r["non_company_suffixes"]),
        non_company_heads=WordSet(r["non_company_suffixes"]),
        non_company_words=tuple(r["non_company_words"]),
        boundary=WordSet(r["left_boundary_words"]),
        # before 有限公司 a registered name may hold industry verbs (城市建设投资集团有限公司)
        registered_boundary=WordSet(
            set(r["left_boundary_words"])
            - set(r["industry_words"])
            - set(r["project_activity_words"])
        ),
        sub_boundary=WordSet(r["sub_park_left_boundary_words"]),
        measure=WordSet(r["measure_words"]),
        classifiers=WordSet(r["count_classifiers"]),
        generic=WordSet(generic),
        company_places=WordSet(company_places),
        countries=WordSet(r["countries"]),
        park_places=WordSet(park_places),
        park_prefix_stops=tuple(r["park_prefix_stop_words"]),
        park_prefix_stop_re=re.compile(
            alternation(r["park_prefix_stop_words"])
        ),  # any of them, one search
        admin_chars=r["admin_level_chars"],
        paren_name_parts=frozenset(r["paren_name_parts"]) | frozenset(company_places),
        list_tails=tuple(r["company_list_tails"]),
        fund_levels=tuple(r["public_fund_levels"]),
        merge_words=WordSet(r["industry_words"] + list(r["company_kinds"]) + r["merge_only_words"]),
        corpus_merge_words=WordSet(r["corpus_merge_words"]),
    )
