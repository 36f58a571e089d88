"""Parks and companies: find them in a cleaned article and give each one canonical name.

Everything is matched on `doc.body_simplified` (same length as `doc.body`), so one set of
simplified rules serves both scripts, and each surface is cut from `doc.body` as written.
The knowledge lives in data files a curator can edit without Python:
data/entity_rules.yml (suffixes, places, stop lists, boundary words), data/parks.yml (the
park gazetteer) and data/companies.yml (confirmed company merges).

Parks: gazetteer aliases, then `<place><suffix>` patterns (uncurated), sub-parks by suffix or
"A、B等园区" lists, and bare short forms resolved to the main park. Companies: anchored rules
(有限公司, 集团/银行/基金, <name>项目, quoted names) read leftwards to a boundary word, then
coordinated lists whose head or known member says they are firms, then ；-enumerations and
repeats; each name is reduced to a canonical short name and merged within the article.
"""

import re
from bisect import bisect_left
from functools import lru_cache
from types import SimpleNamespace
from typing import Optional

from etl.model import CleanDocument, CompanyMention, CompanyParkLink, ParkMention
from etl.knowledge import load_yaml
from etl.script import converter, to_simplified

QUOTES_OPEN = "“\"「『‘'"
QUOTES_CLOSE = "”\"」』’'"
SENTENCE_END_MARKS = "。！？!?；;\n"
SENTENCE_END = re.compile(f"[{SENTENCE_END_MARKS}]")
CLAUSE_SPLIT = re.compile(r"[，。；：！？,;:!?\n（）()【】《》\[\]<>|｜/\s][，。；：！？,;:!?\n（）()【】《》\[\]<>|｜/\s]*")  # [x][x]*: a class scan
ASCII_DIGIT = re.compile(r"[0-9０-９]")
PAREN_PLACE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
CURRENCY = re.compile(r"[亿万]?元|美元")
# Single characters that never end a name (巨擘等, 林立的, 拼出了).
FUNCTION_CHARS = frozenset("等的了将在和是与及把被从对向给也都又还就才并而且于")
NUMERAL_CHARS = frozenset("一二两三四五六七八九十百千万亿几")
ITEM_NOT_START = FUNCTION_CHARS | {"以", "为"}
LIST_TERMINATOR = re.compile(r"等|为代表|为主|为首|为龙头|为重点|在内|[0-9０-９]|两个|多个|几个|一批|两家|多家")


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
            if n <= end and text[end - n:end] in words:
                return n
        return 0

    def starting_at(self, text: str, start: int) -> int:
        if not 0 <= start < len(text):
            return self._starting_at_anywhere(text, start)
        words, size = self.words, len(text)
        for n in self._by_first.get(text[start], ()):
            if text[start:start + n] in words:
                # A word that runs to the end of the text is reported with the longest length,
                # as the plain scan (_starting_at_anywhere) does: its slices there are all the same.
                return n if start + n < size else self.lengths[0]
        return 0

    def _ending_at_anywhere(self, text: str, end: int) -> int:
        """The plain scan, for an end outside the text."""
        for n in self.lengths:
            if n <= end and text[end - n:end] in self.words:
                return n
        return 0

    def _starting_at_anywhere(self, text: str, start: int) -> int:
        """The plain scan, for a start outside the text (a negative start counts from the end)."""
        for n in self.lengths:
            if text[start:start + n] in self.words:
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
                    if i + n <= size and text[i:i + n] in words:
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
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first, else stop here

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
    return "|".join(f"(?=[{''.join(re.escape(ch) for ch, _ in group)}])(?:{_dispatch(group)})"
                    for group in (branches[:half], branches[half:]))


def _compile_trie(words) -> re.Pattern:
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
    park_places = [p for p in r["provinces"] if p != "中国"] + r["prefecture_cities"] + r["shandong_counties"] + r[
        "zone_localities"]
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
        investor_re=re.compile(f"(?:{alternation(r['company_investor_verbs'])})"
                               f"(?=(?:{alternation(r['amount_openers'])})?[\\d一二三四五六七八九十百千])"),
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
        registered_boundary=WordSet(set(r["left_boundary_words"]) - set(r["industry_words"])
                                    - set(r["project_activity_words"])),
        sub_boundary=WordSet(r["sub_park_left_boundary_words"]),
        measure=WordSet(r["measure_words"]),
        classifiers=WordSet(r["count_classifiers"]),
        generic=WordSet(generic),
        company_places=WordSet(company_places),
        countries=WordSet(r["countries"]),
        park_places=WordSet(park_places),
        park_prefix_stops=tuple(r["park_prefix_stop_words"]),
        park_prefix_stop_re=re.compile(alternation(r["park_prefix_stop_words"])),  # any of them, one search
        admin_chars=r["admin_level_chars"],
        paren_name_parts=frozenset(r["paren_name_parts"]) | frozenset(company_places),
        list_tails=tuple(r["company_list_tails"]),
        fund_levels=tuple(r["public_fund_levels"]),
        merge_words=WordSet(r["industry_words"] + list(r["company_kinds"]) + r["merge_only_words"]),
        corpus_merge_words=WordSet(r["corpus_merge_words"]),
    )


# ---------------------------------------------------------------- gazetteer


@lru_cache(maxsize=1)
def _gazetteer() -> tuple:
    rows = []
    for entry in load_yaml("parks.yml")["parks"]:
        written = [entry["name"], entry.get("official_name"), *(entry.get("aliases") or [])]
        written = [w for w in written if w]
        traditional = [converter(c).convert(w) for w in written for c in ("s2t", "s2tw")]
        aliases = [a for a in dict.fromkeys([*(entry.get("aliases") or []), *traditional])
                   if a not in (entry["name"], entry.get("official_name"))]
        rows.append({
            "name": entry["name"],
            "official_name": entry.get("official_name"),
            "kind": entry.get("kind"),
            "level": entry.get("level"),
            "province": entry.get("province"),
            "city": entry.get("city"),
            "district": entry.get("district"),
            "name_en": entry.get("name_en"),
            "aliases": aliases,
            "curated": True,
        })
    return tuple(rows)


@lru_cache(maxsize=1)
def _sub_park_index() -> tuple[dict, Optional[re.Pattern]]:
    """Written form (simplified) → curated sub-park entry (name, parent, kind, requires_parent)."""
    index = {}
    for entry in load_yaml("parks.yml").get("sub_parks") or []:
        for form in [entry["name"], *(entry.get("aliases") or [])]:
            index.setdefault(to_simplified(form), entry)
    return index, (_compile_trie(index) if index else None)


def _curated_sub_parks(text: str, named: list[dict]) -> list[dict]:
    """Places inside a park known by name (光谷生物城, 竹科铜锣园区). A name that is generic
    outside its park (台南园区) counts only when the article names the parent park."""
    index, pattern = _sub_park_index()
    parents = {f["name"] for f in named}
    found = []
    for m in pattern.finditer(text) if pattern else ():
        entry = index[m.group()]
        if entry.get("requires_parent") and entry["parent"] not in parents:
            continue
        found.append({"start": m.start(), "end": m.end(), "name": entry["name"], "parent": entry["parent"],
                      "kind": entry.get("kind")})
    return found


def load_park_gazetteer() -> list[dict]:
    """Rows for the `parks` seed: catalogue columns plus aliases (with traditional forms)."""
    return [dict(row, aliases=list(row["aliases"])) for row in _gazetteer()]


@lru_cache(maxsize=1)
def _park_index() -> tuple[dict, re.Pattern]:
    """Simplified written form → gazetteer row, and one regex over all forms."""
    index = {}
    for row in _gazetteer():
        for form in (row["name"], row["official_name"], *row["aliases"]):
            if form:  # as listed (simplified articles are not converted) and as etl.script converts it
                index.setdefault(form, row)
                index.setdefault(to_simplified(form), row)
    return index, _compile_trie(index)


@lru_cache(maxsize=1)
def _curated_companies() -> dict:
    """Alias (simplified) → curated canonical name, from data/companies.yml (confirmed merges
    and the well-known firms)."""
    data = load_yaml("companies.yml")
    aliases = {}
    for entry in [*(data.get("companies") or []), *(data.get("well_known") or [])]:
        for alias in [entry["name"], *(entry.get("aliases") or [])]:
            aliases[to_simplified(alias)] = entry["name"]
    return aliases


@lru_cache(maxsize=1)
def _known_firm_pattern() -> Optional[re.Pattern]:
    """One regex over the written forms of the well-known firms (华为, 台积电), used to find them."""
    forms = _known_firm_forms()
    return _compile_trie(forms) if forms else None


@lru_cache(maxsize=1)
def _known_firm_forms() -> list[str]:
    return [to_simplified(f) for e in load_yaml("companies.yml").get("well_known") or []
            for f in [e["name"], *(e.get("aliases") or [])] if any(is_hanzi(c) for c in f)]


def _known_firms(text: str) -> list[dict]:
    """Well-known firms named alone (宁德时代, 台积电在南科…), where the name stands free:
    after punctuation, a boundary word or a place, and, for two characters, before a
    punctuation mark, a function word or a company word (华为 in 华为云 counts, 京东 in 北京东路 not)."""
    R = rules()
    pattern = _known_firm_pattern()
    found = []
    for m in pattern.finditer(text) if pattern else ():
        s, e = m.start(), m.end()
        s = _latin_prefix(text, s, 0)
        left_free = s == 0 or not is_hanzi(text[s - 1]) or R.boundary.ending_at(text, s) or \
            R.company_places.ending_at(text, s) or R.park_places.ending_at(text, s)
        if not left_free:
            continue
        if e - s <= 2 and not (e >= len(text) or not is_hanzi(text[e]) or text[e] in FUNCTION_CHARS
                               or R.boundary.starting_at(text, e) or R.merge_words.starting_at(text, e)
                               or R.legal_re.match(text, e) or _plant_of(text, e)
                               or _park_index()[1].match(text, e)):  # 聯電南科12A廠
            continue
        found.append({"start": s, "end": e, "rule": "well_known", "full": False})
    return found


# 《深圳证券交易所股票上市规则》: a title of a law, a report or a book names no firm of the story.
BOOK_TITLE = re.compile(r"《[^《》\n]{1,40}》")


def _plant_of(text: str, end: int) -> bool:
    """友達台中廠, 美光后里厂: a firm's plant named after it, so the short name stands free."""
    return rules().plant_re.match(text, end) is not None


def warm_up() -> None:
    rules()
    _park_index()
    _sub_park_index()
    _curated_companies()
    _known_firm_pattern()


# ---------------------------------------------------------------- shared helpers


def _overlaps(spans, start: int, end: int) -> bool:
    for s, e in spans:  # a plain loop: called for every candidate against every span
        if s < end and start < e:
            return True
    return False


def _strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in QUOTES_OPEN or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTES_CLOSE or text[end - 1].isspace()):
        end -= 1
    return start, end


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """From just after the last sentence end before `start` (0 if none) to just after the
    first one at or after `end` (the text's end if none)."""
    ends = _sentence_ends(text)
    i = bisect_left(ends, max(start, 0))
    j = bisect_left(ends, max(end, 0))
    return (ends[i - 1] + 1 if i else 0), (ends[j] + 1 if j < len(ends) else len(text))


@lru_cache(maxsize=4)  # the sentences of the article being read, asked for every company and sub-park
def _sentence_ends(text: str) -> list[int]:
    return [m.start() for m in SENTENCE_END.finditer(text)]


def _overlap_test(spans):
    """`_overlaps(spans, start, end)` as a function of (start, end), for a fixed list asked
    many times: the spans sorted by start, with the furthest end reached so far."""
    ordered = sorted(spans)
    starts, furthest, reach = [s for s, _ in ordered], [], None
    for _, e in ordered:
        reach = e if reach is None or e > reach else reach
        furthest.append(reach)

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end)  # the spans that start before `end`
        return i > 0 and furthest[i - 1] > start

    return overlaps


def _scan_left(text: str, end: int, lo: int, boundary: WordSet, max_len: int, core,
               prefer_punctuation: bool = False) -> tuple[int, bool]:
    """Start of the name that ends at `end`, reading leftwards over hanzi.

    Stops at the first boundary word (a verb, preposition or measure word from the rules)
    that stands before a span whose core (see `core`) has two characters or more; a
    boundary before a shorter span (以 in 以岭药业) is only used when nothing better
    follows. Returns (start, hit_limit): hit_limit means no boundary within max_len."""
    start, fallback = end, None
    ends_with, words = boundary._by_last, boundary.words  # boundary.ending_at, inlined below
    while start > lo:
        ch = text[start - 1]
        if not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"):  # is_hanzi, inlined
            hop = _paren_inside_name(text, start, lo)
            if hop is None:
                break
            start = hop  # 三星（中国）|半导体有限公司: read on over the parenthesis
            continue
        at_boundary = False
        for n in ends_with.get(ch, ()):  # most characters end no boundary word: one dict look-up
            if n <= start and text[start - n:start] in words:
                at_boundary = True
                break
        if at_boundary:
            if len(core(text[start:end])) >= 2:
                crossed = text[start:fallback] if fallback is not None else ""
                if crossed and boundary.covers(crossed) and not (
                        len(crossed) == 1 and len(core(text[fallback:end])) == 1):
                    return fallback, False  # 在此|布局|新能源: the words crossed are verbs, not a name
                return start, False  # 引进了|以岭药业: 岭 alone is no trade name, so 以 belongs to it
            if fallback is None:
                fallback = start
        if end - start >= max_len:
            return (fallback, False) if fallback is not None else (start, True)
        start -= 1
    if fallback is None:
        start = _latin_prefix(text, start, lo)
    elif not (prefer_punctuation and start > 0 and not is_hanzi(text[start - 1])
              and not ASCII_DIGIT.match(text[start - 1]) and len(core(text[start:end])) >= 2):
        return fallback, False  # unless a punctuation mark (not a digit) stops the name
    if start > 0 and ASCII_DIGIT.match(text[start - 1]):
        while start < end:
            n = rules().measure.starting_at(text, start)
            if not n:
                break
            start += n
    return start, False


PAREN_BEFORE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]$")
LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9０-９.])[A-Z][A-Za-z]{1,5}$")


def _paren_inside_name(text: str, start: int, lo: int) -> Optional[int]:
    """Start of a parenthesised place or 集团 that sits inside a registered name and ends at
    `start` (三星（中国）半导体), or None."""
    m = PAREN_BEFORE.search(text, max(lo, start - 8), start)
    if not m or m.start() <= lo or not is_hanzi(text[m.start() - 1]) or not is_hanzi(text[start:start + 1] or "。"):
        return None
    return m.start() if m.group(1) in rules().paren_name_parts else None


def _latin_prefix(text: str, start: int, lo: int) -> int:
    """Include Latin capitals that open a name (TCL华星光电, SK海力士), but not a unit after a
    number (25GW高效电池)."""
    last = text[start - 1:start]
    if not ("A" <= last <= "Z" or "a" <= last <= "z" or last == "\n"):
        return start  # no Latin letter ends here (\n: `$` matches before a final newline)
    m = LATIN_BEFORE.search(text, max(lo, start - 6), start)
    return m.start() if m else start


# ---------------------------------------------------------------- company names


@lru_cache(maxsize=16384)
def _strip_legal(name: str) -> str:
    name = PAREN_PLACE.sub("", name)
    for suffix in rules().legal_suffixes:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _strip_place(name: str, places: WordSet) -> str:
    """Drop leading place names (山东日照XX → XX) while a name of three characters or more,
    not counting a kind word, remains (山东高速集团 and 日照港集团 keep their place)."""
    R = rules()
    while True:
        n = places.starting_at(name, 0)
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


@lru_cache(maxsize=65536)  # pure; _scan_left asks it at every boundary it meets
def trade_core(name: str) -> str:
    """The part of a company name that identifies it: no place, legal form, kind or
    industry words (山东奥莱电子科技有限公司 → 奥莱)."""
    R = rules()
    name = _strip_legal(name)
    n = R.kind_words.ending_at(name, len(name))
    if n:
        name = name[:-n]
    name = R.industry.strip_tail(name)
    return _strip_place(name, R.company_places) if name else name


def resolve_company_name(surface_simplified: str) -> str:
    """Canonical short name of one written form: simplified, no place prefix, no
    有限公司/公司/项目, curated aliases applied (日照中兴汽车有限公司 → 中兴汽车)."""
    return _resolve(surface_simplified)[0]


@lru_cache(maxsize=8192)  # pure, and called for every candidate of every list
def _resolve(surface_simplified: str) -> tuple[str, bool]:
    """(canonical name, whether a curated alias from data/companies.yml decided it)."""
    R = rules()
    curated = _curated_companies()
    name = surface_simplified.strip().strip(QUOTES_OPEN + QUOTES_CLOSE)
    if name in curated:
        return curated[name], True
    if name.endswith("项目") and len(name) > 2:
        name = name[:-2]
    name = _strip_legal(name)
    if not _keeps_place(name):
        name = _strip_place(name, R.company_places)
    return curated.get(name, name), name in curated


@lru_cache(maxsize=16384)
def _is_not_a_firm(name: str) -> bool:
    """Institutions, places, branches, numbers and money are never companies."""
    R = rules()
    if len(name) < 2 or ASCII_DIGIT.search(name) or CURRENCY.search(name):
        return True
    if any(w in name for w in R.non_company_words) or name.endswith(R.non_company_suffixes + R.branch_suffixes):
        return True
    if name[-1] in FUNCTION_CHARS or name[-1] in NUMERAL_CHARS:
        return True
    base = _strip_legal(name)
    return R.company_places.covers(base) or R.park_places.covers(base)


@lru_cache(maxsize=16384)  # pure, asked again for every repeat and list member
def _is_bad_company(name: str) -> bool:
    """Not a firm, or a generic phrase with no trade name (高端装备制造, 基础设施)."""
    R = rules()
    if _is_not_a_firm(name):
        return True
    base = _strip_legal(name)
    n = R.kind_words.ending_at(base, len(base))
    if n and len(base) > n:  # 建设银行, 经济发展集团: the kind word decides
        return _kind_core_rejected(base[:-n], R.kinds[base[-n:]])
    if _keeps_place(base) and not R.generic.covers(base[: -_kind_len(base)] or base):
        return False
    return R.generic.covers(_strip_place(base, R.company_places))


def _kind_len(name: str) -> int:
    for suffix in rules().keep_place_suffixes:
        if name.endswith(suffix):
            return len(suffix)
    return 0


def _company_shaped(name: str) -> bool:
    """A trade name followed by an industry or kind word (华车 + 新能源, 南京 + 银行)."""
    R = rules()
    base = _strip_legal(name)
    core = trade_core(base)
    if len(core) < 2 or R.generic.covers(core):
        return False
    return core != _strip_place(base, R.company_places) or R.kind_words.ending_at(base, len(base)) > 0


# ---------------------------------------------------------------- parks


def _place_before(text: str, start: int) -> Optional[int]:
    """Start of the place name right before `start` (日照 in 日照高新区), allowing 市/县/区."""
    places = rules().park_places
    for skip in ((1, 0) if start and text[start - 1] in "市县区" else (0,)):
        n = places.ending_at(text, start - skip)
        if n:
            return start - skip - n
    return None


def _open_prefix(text: str, start: int) -> Optional[int]:
    """Start of an unknown 2-3 character name before a distinctive suffix (，宁乡经开区),
    when a punctuation mark or a function word stands before it."""
    R = rules()
    county = _county_prefix(text, start)
    if county is not None:
        return county
    for n in (2, 3):
        begin = start - n
        if begin < 0 or not all(is_hanzi(c) for c in text[begin:start]):
            return None
        prefix = text[begin:start]
        if _ends_a_date(text, begin + 1):
            continue  # 1-9月|新郑综合保税区: the date ends before the name
        if R.park_prefix_stop_re.search(prefix) or prefix[0] in R.admin_chars:
            return None  # 上半年经开区, 推动经开区: a time word or verb, not a name
        if not _hard_left(text, begin):
            continue
        if R.generic.covers(prefix) or R.generic_park_modifiers.ending_at(text, start) or any(
                R.boundary.starting_at(prefix, i) for i in range(len(prefix))) or prefix[0] in FUNCTION_CHARS:
            return None
        return begin
    return None


def _ends_a_date(text: str, end: int) -> bool:
    """text[:end] ends with 年, 月 or 日 after a digit (1-9月, 2023年)."""
    return end > 1 and text[end - 1] in "年月日" and text[end - 2].isdigit()


def _hard_left(text: str, begin: int) -> bool:
    """A name may start at `begin`: after the start, a non-hanzi, a boundary word, an
    administrative character (该县|坪上工业园区, 湖南省|宁乡市经开区) or a date (1-9月|新郑综保区)."""
    return begin == 0 or not is_hanzi(text[begin - 1]) or rules().boundary.ending_at(text, begin) \
        or text[begin - 1] in rules().admin_chars or _ends_a_date(text, begin)


def _county_prefix(text: str, start: int) -> Optional[int]:
    """，太和县经济开发区: a county or city of two or three characters with its 县/市/区, after a
    punctuation mark or a boundary word; no gazetteer lists every county."""
    R = rules()
    if start < 3 or text[start - 1] not in R.admin_chars:
        return None
    for n in (2, 3):
        begin = start - 1 - n
        name = text[begin:start - 1] if begin >= 0 else ""
        if len(name) < n or not all(is_hanzi(c) for c in name):
            return None
        if not _hard_left(text, begin):
            continue
        if R.park_prefix_stop_re.search(name) or R.generic.covers(name) or name[0] in FUNCTION_CHARS \
                or R.boundary.starting_at(name, 0):
            return None  # (太和 holds 和, a boundary word elsewhere: only the first may not be one)
        return begin
    return None


def _named_parks(text: str) -> list[dict]:
    """Gazetteer aliases, then `<place><suffix>` patterns not already covered."""
    R = rules()
    index, pattern = _park_index()
    found = []
    for m in pattern.finditer(text):
        row = index[m.group()]
        found.append({"start": m.start(), "end": m.end(), "name": row["name"], "kind": row["kind"],
                      "curated": True})
    spans = [(f["start"], f["end"]) for f in found]
    for m in R.park_suffix_re.finditer(text):
        if _overlaps(spans, m.start(), m.end()):
            continue
        info = R.park_suffixes[m.group()]
        place_start = _place_before(text, m.start())
        if place_start is None and info.get("open_prefix"):
            place_start = _open_prefix(text, m.start())
        if place_start is None:
            continue
        before = info.get("requires_before")
        if before and not text[:place_start].endswith(before):
            continue
        place = text[place_start:m.start()]
        place = place.rstrip("市县区") if len(place.rstrip("市县区")) >= 2 else place  # 宁乡市 → 宁乡; 沛县 stays
        name = place + info["canonical"]
        surface = text[place_start:m.end()]
        row = index.get(name) or index.get(surface)
        found.append({"start": place_start, "end": m.end(), "name": row["name"] if row else name,
                      "kind": row["kind"] if row else info["kind"], "curated": bool(row)})
        spans.append((place_start, m.end()))
    found.extend(_declared_alias_mentions(text, found, spans))
    return sorted(found, key=lambda f: f["start"])


# 中部科学园区（中科）, 天津经济技术开发区（以下简称“天津开发区”）: a short name the article declares.
DECLARED_ALIAS = re.compile(r"[（(]\s*(?:以下简称|以下称|下称|简称)?\s*[“\"‘]?([\u4e00-\u9fffA-Za-z]{2,10})[”\"’]?\s*[）)]")


def _declared_alias_mentions(text: str, found: list[dict], spans: list) -> list[dict]:
    """Later uses of a short name declared right after a park's name, as mentions of that park:
    the article defines the alias, so no gazetteer needs it (中科 is 中国科学院 elsewhere)."""
    extra = []
    for f in list(found):
        m = DECLARED_ALIAS.match(text, f["end"])
        if not m:
            continue
        alias = m.group(1)
        if alias == f["name"] or len(alias) >= f["end"] - f["start"]:
            continue
        at = text.find(alias, m.end())
        while at >= 0:
            if not _overlaps(spans, at, at + len(alias)):
                extra.append({**f, "start": at, "end": at + len(alias)})
                spans.append((at, at + len(alias)))
            at = text.find(alias, at + len(alias))
    return extra


def _main_park(text: str, named: list[dict], title: Optional[str]) -> Optional[dict]:
    """The article's subject: the park in the title, else the most mentioned, else the first."""
    if not named:
        return None
    title = to_simplified(title or "")
    stats = {}
    for order, f in enumerate(named):
        s = stats.setdefault(f["name"], {"park": f, "count": 0, "first": order, "in_title": False})
        s["count"] += 1
        s["in_title"] |= f["name"] in title or text[f["start"]:f["end"]] in title
    best = max(stats.values(), key=lambda s: (s["in_title"], s["count"], -s["first"]))
    return best["park"]


def _sub_park_candidates(text: str, named_spans: list) -> list[tuple[int, int, str]]:
    """Named places inside a park by suffix (高新智慧谷, 新一代信息技术产业园)."""
    R = rules()
    found = []
    on_named = _overlap_test(named_spans)
    for m in R.sub_suffix_re.finditer(text):
        if on_named(m.start(), m.end()):
            continue
        if R.sub_boundary.ending_at(text, m.start()) and m.group() not in R.standalone_sub_parks:
            continue  # 联合设立的|研创园天使基金: a bare suffix after a function word names nothing
        lo = max((e for s, e in named_spans if e <= m.start()), default=0)
        start, hit = _scan_left(text, m.start(), lo, R.sub_boundary, 14, lambda s: s)
        name = text[start:m.end()]
        if hit or _bad_sub_park(name, m.group()):
            continue
        found.append((start, m.end(), R.sub_suffixes[m.group()]["kind"]))
    # keep the longest of nested candidates (黄海智谷 inside 黄海智谷服务外包产业园)
    return [c for c in found if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in found)]


def _bad_sub_park(name: str, suffix: str) -> bool:
    R = rules()
    if name == suffix:
        return name not in R.standalone_sub_parks
    if len(name) - len(suffix) < 2 or ASCII_DIGIT.search(name):
        return True
    if any(w in name for w in R.non_company_words):
        return True
    return bool(R.generic_sub_starts.starting_at(name, 0))


def _bare_forms(text: str, taken: list, main: dict) -> list[tuple[int, int, str]]:
    """Bare short forms (高新区, 该区, 园区) that refer to the main park."""
    R = rules()
    found = []
    on_taken = _overlap_test(taken)
    for m in R.bare_re.finditer(text):
        if on_taken(m.start(), m.end()):
            continue
        if R.generic_park_modifiers.ending_at(text, m.start()) or (
                m.start() and ASCII_DIGIT.match(text[m.start() - 1])):
            continue
        kinds = R.bare_forms[m.group()]
        if kinds and main["kind"] not in kinds:
            continue
        found.append((m.start(), m.end(), "short_form" if kinds else "anaphor"))
    return found


def _parent_for(text: str, start: int, named: list[dict], main: Optional[dict]) -> Optional[str]:
    s_start, _ = _sentence_span(text, start, start)
    before = [f for f in named if s_start <= f["start"] < start]
    return before[-1]["name"] if before else (main["name"] if main else None)


def extract_parks(doc: CleanDocument) -> tuple[list[ParkMention], Optional[str]]:
    """All park mentions of an article (named, sub-parks, resolved short forms) and the
    canonical name of its main park."""
    text = doc.body_simplified or doc.body
    body = doc.body or text
    named = _named_parks(text)
    curated_subs = _curated_sub_parks(text, named)
    named = [f for f in named if not any(c["start"] <= f["start"] and f["end"] <= c["end"] for c in curated_subs)]
    main = _main_park(text, named, doc.title)
    mentions = [
        ParkMention(name=f["name"], surface=body[f["start"]:f["end"]], char_start=f["start"], char_end=f["end"],
                    kind=f["kind"], curated=f["curated"], rule="gazetteer" if f["curated"] else "pattern")
        for f in named
    ]
    for c in curated_subs:
        mentions.append(ParkMention(name=c["name"], surface=body[c["start"]:c["end"]], char_start=c["start"],
                                    char_end=c["end"], kind=c["kind"], curated=True, parent=c["parent"],
                                    is_sub_park=True, rule="sub_park"))
    named_spans = [(f["start"], f["end"]) for f in named] + [(c["start"], c["end"]) for c in curated_subs]
    subs = _sub_park_candidates(text, named_spans)
    subs += [(s, e, "named_place") for s, e in _sub_park_list_items(text)
             if not _overlaps(named_spans, s, e) and not any(c[0] <= s and e <= c[1] for c in subs)]
    for s, e, kind in sorted(set(subs)):
        parent = _parent_for(text, s, named, main)
        if parent is None:
            continue
        mentions.append(ParkMention(name=to_simplified(body[s:e]), surface=body[s:e], char_start=s, char_end=e, kind=kind,
                                    curated=False, parent=parent, is_sub_park=True, rule="sub_park"))
    if main:
        taken = named_spans + [(s, e) for s, e, _ in subs]
        for s, e, rule in _bare_forms(text, taken, main):
            mentions.append(ParkMention(name=main["name"], surface=body[s:e], char_start=s, char_end=e,
                                        kind=main["kind"], curated=main["curated"], rule=rule))
    mentions.sort(key=lambda p: (p.char_start, p.char_end))
    return mentions, main["name"] if main else None


def _sub_park_list_items(text: str) -> list[tuple[int, int]]:
    """Items of "A、B等园区/平台" lists (蓝海彤翔、日照新发地等园区). A list naming a university
    or institute is a list of research platforms, not of places in the park."""
    R = rules()
    spans = []
    for item in _lists(text):
        if item["head"] != "sub_park":
            continue
        names = [text[s:e] for s, e in item["items"]]
        if any(w in n for n in names for w in R.non_company_words):
            continue
        if R.sub_list_heads[item["head_word"]] and not any(n.endswith(tuple(R.sub_suffixes)) for n in names):
            continue
        spans += [(s, e) for (s, e), n in zip(item["items"], names) if not _is_bad_sub_park_item(n)]
    return spans


def _is_bad_sub_park_item(name: str) -> bool:
    R = rules()
    if any(name.endswith(s) for s in R.sub_suffixes):
        return False
    return len(name) < 2 or ASCII_DIGIT.search(name) is not None or R.generic.covers(name) or any(
        w in name for w in R.non_company_words) or R.park_places.covers(name)


# ---------------------------------------------------------------- lists


@lru_cache(maxsize=4)  # extract_parks and extract_companies read the same article's lists
def _lists(text: str) -> tuple[dict, ...]:
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
    for clause in LIST_CLAUSE.finditer(text):  # most clauses hold no list and are never visited
        c_start, c_end = clause.span()
        if closed:  # the clause and the characters around it (a mark, or "" at either end of the text)
            left = c_start
            key = (clause.group(), text[c_start - 1:c_start] if c_start else "", text[c_end:c_end + 1])
        else:
            left = c_start - before if c_start > before else 0
            right = c_end + after
            key = (text[left:right], c_start - left, c_end - left, right >= size)
        known = _LISTS.get(key, _UNKNOWN)
        if known is _UNKNOWN:
            found = _list_in_clause(text, c_start, c_end, clause.group())
            if len(_LISTS) >= _LISTS_MAX:
                _LISTS.clear()
            _LISTS[key] = found and (tuple((s - left, e - left) for s, e in found["items"]), found["tail"],
                                     found["opener"], found["head"], found["head_word"])
            if found:
                out.append(found)
        elif known:
            items, tail, opener, head, head_word = known
            out.append({"items": [(s + left, e + left) for s, e in items], "tail": tail, "opener": opener,
                        "head": head, "head_word": head_word})
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
    words = [*(w for s in (R.boundary, R.list_openers, R.measure, R.merge_words, R.non_company_heads, R.industry)
               for w in s.words), *R.legal_suffixes, *_known_firm_forms()]
    return not any(CLAUSE_SPLIT.search(w) for w in words)


@lru_cache(maxsize=1)
def _list_reach() -> tuple[int, int]:
    """How far reading a clause's list can look before and after the clause: a boundary word
    before the leftmost stop of a scan (which a parenthesis can pass by 6 characters) or an
    opener word; after it, a well-known firm name running on, then a word after that."""
    R = rules()
    longest = max(max(w.lengths[0] for w in (R.boundary, R.list_openers, R.measure, R.merge_words,
                                                R.non_company_heads, R.industry)),
                  max(len(w) for w in R.legal_suffixes))
    firm = max(map(len, _known_firm_forms()), default=0)
    return longest + 14, firm + 2 * longest + 4


def _list_in_clause(text: str, c_start: int, c_end: int, segment: str) -> Optional[dict]:
    """The list in one clause (see `_lists`), None if it holds none."""
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
    first_s, first_e = _strip_quotes(text, *parts[0])
    start, hit = _scan_left(text, first_e, first_s, R.boundary, 26, trade_core, prefer_punctuation=True)
    if hit:
        return None
    items = [(start, first_e)]
    for s, e in parts[1:-1]:
        items.append(_strip_quotes(text, s, e))
    last_s, last_e = parts[-1]
    term = LIST_TERMINATOR.search(text, last_s, last_e) or _list_tail_word(text, last_s, last_e)
    tail_start = term.start() if term else _name_end(text, last_s, last_e)
    if term:  # …、浙商银行|为园区企业提供贷款超过80亿元: a kind word then a boundary ends the name first
        kind = R.kind_re.search(text, last_s, tail_start)
        if kind and R.boundary.starting_at(text, kind.end()) and text[kind.end():kind.end() + 1] != "等":
            tail_start = kind.end()
    if len(parts) > 1:
        for s, e in _split_pair(text, last_s, tail_start):
            s, e = _strip_quotes(text, s, e)
            item_start = _scan_left(text, e, s, R.boundary, 26, trade_core, prefer_punctuation=True)[0]
            if item_start == s + 1 and text[s] in ITEM_NOT_START and text[s - 1:s] == "、":
                item_start = s  # 、和记黄埔医药: no list item starts with a bare 和
            items.append((item_start, e))
    tail = text[tail_start:c_end]
    opener_len = R.list_openers.ending_at(text, start)
    head, head_word = _list_head(text, start, tail)
    return {"items": [(s, e) for s, e in items if e - s >= 2], "tail": tail,
            "opener": text[start - opener_len:start] if opener_len else "",
            "head": head, "head_word": head_word}


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
    known = _known_firm_pattern()
    m = known.match(text, start) if known else None
    if m and not R.merge_words.starting_at(text, m.end()) and not R.legal_re.match(text, m.end()):
        return m.end()  # …、台积电|扩大投资: a well-known firm ends where its name ends
    for m in R.legal_re.finditer(text, start, end):
        return m.end()
    for m in R.kind_re.finditer(text, start, end):
        if text[m.end():m.end() + 1] not in R.kind_blockers:
            return m.end()
    for i in range(start + 2, end):
        head = R.non_company_heads.starting_at(text, i)
        if head:
            return i + head  # …精密机械研究所|签署: keep the head so the item is judged whole
        if R.boundary.starting_at(text, i) and not R.industry.starting_at(text, i):
            return i
    return end


_NOT_SPLIT = r"[^，。；：！？,;:!?\n（）()【】《》\[\]<>|｜/\s]"
# A whole clause (a run between CLAUSE_SPLIT marks) that holds 、, 等 or 为代表, the only ones
# that can hold a list: the look-behind pins each match to a clause start.
LIST_CLAUSE = re.compile(f"(?<!{_NOT_SPLIT}){_NOT_SPLIT}*?(?:、|等|为代表){_NOT_SPLIT}*")


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
            return [(start, i), (i + 1, end)]
    return [(start, end)]


REPRESENTATIVE = re.compile(r"(?:等)?为(?:代表|首|龙头)的?")


@lru_cache(maxsize=1)
def _list_head_words() -> tuple[dict, WordSet, re.Pattern]:
    """Head words by first character (longest first, then rule order) with what each makes
    the list, all head words as one set, and a class of their first characters."""
    R = rules()
    heads = [(head, "company") for head in R.list_heads] + [(head, "sub_park") for head in R.sub_list_heads] + [
        (head, None) for head in R.list_other_heads]
    by_first = {}
    for head, kind in heads:
        by_first.setdefault(head[0], []).append((head, kind))
    by_first = {ch: tuple(sorted(hs, key=lambda h: -len(h[0]))) for ch, hs in by_first.items()}  # stable
    return by_first, WordSet(h for h, _ in heads), re.compile(f"[{re.escape(''.join(by_first))}]")


def _list_head(text: str, start: int, tail: str) -> tuple[Optional[str], Optional[str]]:
    """What the list is a list of: the first head noun after 等 decides (等5个项目 → company,
    等园区 → sub_park, 等方式 → none)."""
    R = rules()
    representative = REPRESENTATIVE.match(tail)
    if text[max(0, start - 1):start] == "以" and representative:
        after = tail[representative.end():representative.end() + 8]
        return (None, None) if any(h in after for h in R.person_heads) else ("representative", None)
    if tail.startswith(R.list_tails):
        return "company", tail[:next(len(w) for w in R.list_tails if tail.startswith(w))]
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


# ---------------------------------------------------------------- companies


QUOTED_NAME = re.compile(r"[“\"「]([^”\"」]{2,20})[”\"」]")


def _candidates(text: str) -> list[dict]:
    """Company candidates from the strong, self-evident rules (no list context needed)."""
    R = rules()
    found = []

    def add(start, end, rule, full=False):
        found.append({"start": start, "end": end, "rule": rule, "full": full})

    for m in R.legal_re.finditer(text):
        legal, anchor = m.group(), m.start()
        paren = PAREN_PLACE.search(text, max(0, anchor - 8), anchor)
        if paren and paren.end() == anchor and R.company_places.covers(paren.group(1)):
            anchor = paren.start()  # 信达生物制药（苏州）有限公司
        start, hit = _scan_left(text, anchor, 0, R.registered_boundary, 26, lambda span: trade_core(span + legal),
                                prefer_punctuation=True)
        name = text[start:m.end()]
        if legal == "公司" and (R.boundary.ending_at(text, anchor) or R.company_noun_modifiers.ending_at(text, anchor)):
            continue  # 甲方与公司, 境内外上市公司, 不代表公司: the noun "company", not a name
        if not hit and not _is_bad_company(name) and len(trade_core(name)) >= 2:
            add(start, m.end(), "registered_name", full=True)

    for m in R.kind_re.finditer(text):
        if R.legal_re.match(text, m.end()) or text[m.end():m.end() + 1] in R.kind_blockers:
            continue  # 招商集团有限公司 is a registered name; 基金会, 银行业 are other words
        kind = m.group()
        start, hit = _scan_left(text, m.start(), 0, R.boundary, 14, lambda span: trade_core(span + kind),
                                prefer_punctuation=R.kinds[kind] == "bank")  # 、建设银行
        name = text[start:m.end()]
        core = name[: -len(kind)]
        if hit or not core or _kind_core_rejected(core, R.kinds[m.group()]):
            continue
        if not _is_not_a_firm(name):
            add(start, m.end(), R.kinds[m.group()] + "_name")

    for at in _occurrences(text, "项目"):
        cand = _project_name(text, at)
        if cand:
            add(*cand)

    for m in QUOTED_NAME.finditer(text):
        name = m.group(1)
        if (R.kind_words.ending_at(name, len(name)) or R.legal_re.search(name)) and not _is_bad_company(name) \
                and len(trade_core(name)) >= 2:
            add(m.start(1), m.end(1), "quoted_name")

    for m in R.role_re.finditer(text):
        cand = _role_holder(text, m.start())
        if cand:
            add(*cand)
    for m in R.investor_re.finditer(text):
        cand = _role_holder(text, m.start(), quoted=False)
        if cand:
            add(cand[0], cand[1], "investor")
    return found


def _quoted_name_before(text: str, at: int) -> Optional[tuple[int, int]]:
    """(start, end) of a quoted name closing right before `at` (“国科”项目, 「港灣數科」創辦人):
    two or more hanzi that are no generic phrase."""
    open_at = max(text.rfind(q, max(0, at - 12), at - 1) for q in QUOTES_OPEN)
    if open_at < 0:
        return None
    name = text[open_at + 1:at - 1]
    if len(name) < 2 or not all(is_hanzi(c) for c in name) or _is_bad_company(name):
        return None
    return open_at + 1, at - 1


def _role_holder(text: str, at: int, quoted: bool = True):
    """芯云半导体创始人, 「港灣數科」創辦人: the firm whose officer is named at `at`."""
    R = rules()
    if at and text[at - 1] in QUOTES_CLOSE:
        span = _quoted_name_before(text, at) if quoted else None
        return (*span, "role_holder") if span else None
    start, hit = _scan_left(text, at, 0, R.boundary, 12, trade_core)
    name = text[start:at]
    if hit or len(name) < 3 or _is_bad_company(name) or name.endswith(_place_suffixes()) \
            or R.non_company_heads.ending_at(name, len(name)):
        return None
    described = max(name.rfind(word) for word in R.firm_descriptor_endings)
    if described >= 0 and len(name) - described - 1 >= 3:  # 先进封装材料厂|昱晶材料: the firm after its description
        start, name = start + described + 1, name[described + 1:]
    ending = R.industry.ending_at(name, len(name)) or R.kind_words.ending_at(name, len(name))
    trade = _strip_place(name[:len(name) - ending], R.company_places) if ending else ""
    if len(trade) < 2 or R.generic.covers(trade):
        return None  # 芯云 + 半导体: a trade name and the firm's line of business
    return start, at, "role_holder"


def _kind_core_rejected(core: str, kind: str) -> bool:
    R = rules()
    if core in R.generic_company_cores or len(core) < 2 or core.endswith(R.generic_core_endings):
        return True
    if kind == "bank":  # a place, a known bank name, or both (日照农商银行, 中国工商银行)
        bare = core[2:] if core.startswith("中国") else core
        while n := R.company_places.starting_at(bare, 0) or R.park_places.starting_at(bare, 0):
            bare = bare[n:]
        return bool(bare) and bare not in R.bank_cores
    if kind == "group":
        return False
    if kind == "fund" and core.startswith(R.fund_levels):
        level = next(w for w in R.fund_levels if core.startswith(w))
        rest = core[len(level):]
        return len(rest) < 4 or rest[0] in "级属内" or rest.endswith(("产业", "专项", "引导"))
    return R.generic.covers(core)


def _project_name(text: str, at: int):
    """"<name>项目": 华车新能源项目, 益心达医疗器械研发生产项目, “国科”项目, 科睿特项目."""
    R = rules()
    if at and text[at - 1] in QUOTES_CLOSE:
        quoted = _quoted_name_before(text, at)
        if quoted is None or R.classifiers.ending_at(text, quoted[0] - 1) or R.generic.covers(text[slice(*quoted)]):
            return None
        return (*quoted, "quoted_project")
    end = at
    while True:  # 益心达医疗器械 | 研发生产 | 项目
        n = R.activity.ending_at(text, end)
        if not n or not is_hanzi(text[end - n - 1:end - n] or "。"):
            break
        end -= n
    stripped = end < at  # a facility or activity word stood before 项目 (浪潮|云计算中心|项目)
    start, hit = _scan_left(text, end, 0, R.boundary, 16, trade_core)
    name = text[start:end]
    if hit or len(name) < 2 or R.classifiers.ending_at(text, start) or R.boundary.ending_at(text, end):
        return None
    if start and text[start - 1].isascii() and text[start - 1].isalnum():
        return None  # 年产25GW|高效晶硅电池: a product after a capacity
    if name.endswith(_place_suffixes()) or _is_bad_company(name):
        return None
    core = trade_core(name)
    if not 2 <= len(core) <= 4 or R.generic.covers(core):
        return None
    if core == _strip_place(_strip_legal(name), R.company_places) and not _bare_project_context(
            text, start, end if stripped else at, stripped):
        return None
    return start, end, "project_name"


@lru_cache(maxsize=1)
def _place_suffixes() -> tuple:
    """Sub-park and park suffixes: a project name ending in one names a place, not a firm."""
    return tuple(rules().sub_suffixes) + tuple(rules().park_suffixes)


def _bare_project_context(text: str, start: int, at: int, facility: bool = False) -> bool:
    """A project name with no industry word (贝诺斯, 卓晶微) needs a clear frame: punctuation
    or 的/美元/企业… before it and 负责人/现场/的/落地… or punctuation after 项目. A facility
    word after the name (浪潮云计算中心项目) is frame enough on the right and allows two characters."""
    R = rules()
    if not (2 if facility else 3) <= at - start <= 4:
        return False
    left_ok = start == 0 or not is_hanzi(text[start - 1]) or R.project_left.ending_at(text, start) > 0
    if facility:
        return left_ok
    after = at + 2
    right_ok = after >= len(text) or not is_hanzi(text[after]) or R.project_right.starting_at(text, after) > 0
    return left_ok and right_ok


def _accept_list_item(name: str, strong: bool, known: set) -> bool:
    if name.endswith("项目"):  # 好项目、大项目: a list of projects names the firm only with an industry word
        name = name[:-2]
        return len(name) >= 2 and not _is_bad_company(name) and (
            resolve_company_name(name) in known or _company_shaped(name))
    if _is_bad_company(name):
        return False
    if strong:
        return True
    return resolve_company_name(name) in known or _company_shaped(name)


def extract_companies(doc: CleanDocument, parks: list[ParkMention]) -> list[CompanyMention]:
    """Company mentions with canonical names; parks, sub-parks and institutions excluded."""
    R = rules()
    text = doc.body_simplified or doc.body
    body = doc.body or text
    park_spans = [(p.char_start, p.char_end) for p in parks]
    on_park = _overlap_test(park_spans)
    known_firms = [c for c in _known_firms(text) if not on_park(c["start"], c["end"])]
    found = [_trim_to_known(text, c, known_firms) for c in _candidates(text)
             if not on_park(c["start"], c["end"])] + known_firms
    known = {resolve_company_name(text[c["start"]:c["end"]]) for c in found}
    known |= {trade_core(k) for k in known}
    lists = []
    for lst in _lists(text):
        if lst["head"] != "sub_park":
            names = [text[s:e] for s, e in lst["items"]]
            lists.append((lst, names, [resolve_company_name(n) for n in names]))
    for _ in range(2):  # a second pass lets siblings of newly known names in
        for lst, names, resolved in lists:
            # 等5个项目 / 以…为代表, or a sibling already known as a firm (南京银行、金雨茂物等)
            strong = lst["head"] in ("company", "representative") or any(r in known for r in resolved)
            if not strong and not (lst["opener"] and any(_company_shaped(n) for n in names)):
                continue
            for (s, e), name, canonical in zip(lst["items"], names, resolved):
                if on_park(s, e) or not _accept_list_item(name, strong, known):
                    continue
                found.append({"start": s, "end": e, "rule": "list_member", "full": False})
                known.add(canonical)
    titles = [(m.start(), m.end()) for m in BOOK_TITLE.finditer(text)]
    found = _dedupe([_trim_to_known_plant(text, _without_activity_tail(text, c), known_firms) for c in found
                     if not (titles and _overlaps(titles, c["start"], c["end"]))])
    found = _dedupe(found + _parallel_clauses(text, found, park_spans))
    found = _dedupe(found + _repeats(text, found, park_spans))
    resolved = [_resolve(to_simplified(body[c["start"]:c["end"]])) for c in found]
    names = _merge_names({name for name, _ in resolved})
    full_names = {}
    for c, (name, _) in zip(found, resolved):
        if c["full"]:
            full_names.setdefault(names[name], to_simplified(body[c["start"]:c["end"]]))
    return [
        CompanyMention(name=names[name], surface=body[c["start"]:c["end"]], char_start=c["start"],
                       char_end=c["end"], full_name=full_names.get(names[name]),
                       rule=c["rule"] + ("+curated" if by_curator else "") + ("+merged" if names[name] != name else ""))
        for c, (name, by_curator) in zip(found, resolved)
    ]


def _without_activity_tail(text: str, cand: dict) -> dict:
    """秦芯存储二期 → 秦芯存储: a list item's phase or facility word (项目 names lose theirs in
    _project_name) is not the firm. Products stay: the gold README keeps 威仕达汽车零部件."""
    if cand["full"]:
        return cand  # a registered name is the firm's own
    tail, start, end = rules().activity, cand["start"], cand["end"]
    while True:
        n = tail.ending_at(text, end)
        if not n or end - n - start < 3:
            break
        end -= n
    return cand if end == cand["end"] else {**cand, "end": end}


def _trim_to_known_plant(text: str, cand: dict, known_firms: list[dict]) -> dict:
    """台灣美光后里廠 → 台灣美光: a well-known firm followed by one of its plants is the firm."""
    if cand["full"]:
        return cand
    for k in known_firms:
        if cand["start"] <= k["start"] < k["end"] < cand["end"] and rules().plant_re.fullmatch(text, k["end"], cand["end"]):
            return dict(cand, end=k["end"])
    return cand


def _trim_to_known(text: str, cand: dict, known_firms: list[dict]) -> dict:
    """A candidate read too far left onto a well-known firm (区内科大讯飞) starts at the firm,
    unless what it adds is a place (深圳华为) or it is a registered name."""
    if cand["full"]:
        return cand
    for k in known_firms:
        if k["end"] == cand["end"] and cand["start"] < k["start"] and not rules().company_places.covers(
                text[cand["start"]:k["start"]]):
            return dict(cand, start=k["start"])
    return cand


def _parallel_clauses(text: str, found: list[dict], park_spans: list) -> list[dict]:
    """Enumerations "A项目，…；B项目，…；C从…到投产…": when two or more ；-clauses of a
    sentence open with a company, the name opening another clause is one too."""
    R = rules()
    if text.count("；") + text.count(";") < 2:
        return []  # no sentence with three ；-clauses
    starts = {c["start"] for c in found}
    extra = []
    for s_start, s_end in _sentences(text):
        if text.count("；", s_start, s_end) + text.count(";", s_start, s_end) < 2:
            continue  # fewer than three clauses
        clauses, pos = [], s_start
        for piece in re.split(r"[；;]", text[s_start:s_end]):
            lead = len(piece) - len(piece.lstrip())
            clauses.append(pos + lead)
            pos += len(piece) + 1
        if len(clauses) < 3 or sum(c in starts for c in clauses) < 2:
            continue
        for c in clauses:
            if c in starts:
                continue
            end = c + 2
            while end < min(s_end, c + 8) and is_hanzi(text[end]) and not R.boundary.starting_at(text, end):
                end += 1
            name = text[c:end]
            if (end < s_end and (R.boundary.starting_at(text, end) or not is_hanzi(text[end]))
                    and all(is_hanzi(ch) for ch in name) and not _is_bad_company(name)
                    and len(trade_core(name)) >= 2 and not _overlaps(park_spans, c, end)):
                extra.append({"start": c, "end": end, "rule": "parallel_clause", "full": False})
    return extra


FULL_STOP = re.compile(r"[。！？!?\n]")


def _sentences(text: str):
    start = 0
    for m in FULL_STOP.finditer(text):
        yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _dedupe(found: list[dict]) -> list[dict]:
    """One candidate per span; a span inside a longer candidate is dropped."""
    found = sorted(found, key=lambda c: (c["start"], -(c["end"] - c["start"])))
    kept = []
    reach = -1  # every kept span starts at or before c (sorted), so c is inside one iff it ends by the furthest end
    for c in found:
        if c["end"] <= reach:
            continue
        kept.append(c)
        reach = c["end"]
    return kept


def _repeats(text: str, found: list[dict], park_spans: list) -> list[dict]:
    """Other occurrences of names already found (东讯电子 again in a later sentence)."""
    R = rules()
    taken = [(c["start"], c["end"]) for c in found] + park_spans
    forms = {text[c["start"]:c["end"]] for c in found}
    forms |= {resolve_company_name(f) for f in forms}
    extra = []
    for form in sorted(forms, key=len, reverse=True):
        if len(form) < 2:
            continue
        for s in _occurrences(text, form):
            e = s + len(form)
            if _overlaps(taken, s, e):
                continue
            if len(form) <= 2 and not (_free_left(text, s) and _free_right(text, e)):
                continue
            if s and is_hanzi(text[s - 1]) and not R.boundary.ending_at(text, s) and len(form) < 4:
                continue
            extra.append({"start": s, "end": e, "rule": "repeat", "full": False})
            taken.append((s, e))
    return extra


def _occurrences(text: str, word: str):
    """Starts of the non-overlapping occurrences of `word`, left to right (re.finditer of the
    escaped word, without compiling a pattern per word)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _free_left(text: str, s: int) -> bool:
    return s == 0 or not is_hanzi(text[s - 1]) or bool(rules().boundary.ending_at(text, s))


def _free_right(text: str, e: int) -> bool:
    return e >= len(text) or not is_hanzi(text[e]) or text[e:e + 2] in ("项目", "集团", "公司") or text[e] in "等和及与的"


def _merge_names(names: set) -> dict:
    """Map each name to the shortest name in the article it extends by industry words only
    (海声尼克微电子 → 海声尼克, 奥莱电子科技 → 奥莱电子)."""
    return _merge_by_extension(names, lambda short, rest: rules().merge_words.covers(rest))


def _merge_by_extension(names, extends) -> dict:
    """Each name → the shortest other name it starts with, when `extends(short, rest)` accepts
    the rest; chains resolve to the shortest (奥莱电子科技 → 奥莱电子 → 奥莱)."""
    ordered = sorted(set(names), key=lambda n: (len(n), n))
    target = {}
    for name in ordered:
        best = name
        for other in ordered:
            if len(other) >= len(name):
                break
            if len(other) >= 2 and name.startswith(other) and extends(other, name[len(other):]):
                best = target.get(other, other)
                break
        target[name] = best
    return target


def merge_company_names(names: list[str]) -> dict[str, str]:
    """Canonical name of every company name across the whole corpus (name → canonical).

    The within-article rule, made stricter because unrelated articles meet here: a name that
    only adds industry or kind words to another is that firm (海声尼克微电子 → 海声尼克,
    奥莱电子科技 → 奥莱电子), but a two-character name only absorbs 集团/股份/控股 (华能集团 →
    华能; 中兴汽车 stays apart from 中兴). Curated aliases (data/companies.yml) apply first."""
    R = rules()
    curated = _curated_companies()
    first = {n: curated.get(n, n) for n in names}

    def extends(short, rest):
        return R.corpus_merge_words.covers(rest) if len(short) == 2 else R.merge_words.covers(rest)

    merged = _merge_by_extension(first.values(), extends)
    return {n: merged[c] for n, c in first.items()}


# ---------------------------------------------------------------- links


def link_companies_to_parks(doc: CleanDocument, parks: list[ParkMention], companies: list[CompanyMention],
                            main_park: Optional[str]) -> list[CompanyParkLink]:
    """Which park claims each company: a park named in the same sentence (a sub-park counts
    for its parent), else the article's main park. The sentence is the quote."""
    text = doc.body_simplified or doc.body
    body = doc.body or text
    links, seen = [], set()
    for company in companies:
        s, e = _sentence_span(text, company.char_start, company.char_end)
        in_sentence = [p for p in parks if s <= p.char_start and p.char_end <= e]
        named = [p for p in in_sentence if p.rule in ("gazetteer", "pattern")]
        candidates = named or in_sentence
        if candidates:
            nearest = min(candidates, key=lambda p: abs(p.char_start - company.char_start))
            park = nearest.parent if nearest.is_sub_park else nearest.name
        else:
            park = main_park
        if not park or (company.name, park) in seen:
            continue
        seen.add((company.name, park))
        q_start, q_end = s, e
        while q_start < q_end and body[q_start].isspace():
            q_start += 1
        while q_end > q_start and body[q_end - 1].isspace():
            q_end -= 1
        links.append(CompanyParkLink(company=company.name, park=park, quote=body[q_start:q_end],
                                     char_start=q_start, char_end=q_end))
    return links
