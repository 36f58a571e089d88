"""The entity rules from data/entity_rules.yml, compiled once per process: park and company
suffixes, place names, stop lists and boundary words as word sets and tries, and the
punctuation classes the entity readers share.
"""

import re
from functools import lru_cache
from types import SimpleNamespace

from etl.knowledge import load_csv, load_yaml
from etl.prefilter import prefiltered
from etl.text import HANZI, SENTENCE_ENDS
from etl.words import WordSet, alternation

QUOTES_OPEN = "“\"「『‘'"
QUOTES_CLOSE = "”\"」』’'"
SENTENCE_END_MARKS = SENTENCE_ENDS + "\n"
SENTENCE_END = re.compile(f"[{SENTENCE_END_MARKS}]")
CLAUSE_SPLIT = re.compile(
    r"[，。；：！？,;:!?\n（）()【】《》\[\]<>|｜/\s][，。；：！？,;:!?\n（）()【】《》\[\]<>|｜/\s]*"
)  # [x][x]*: a class scan
ASCII_DIGIT = re.compile(r"[0-9０-９]")
PAREN_PLACE = re.compile(f"[（(]([{HANZI}]{{2,4}})[）)]")
CURRENCY = re.compile(r"[亿万]元|美元|港元|澳门元")
# Single characters that never end a name (巨擘等, 林立的, 拼出了).
FUNCTION_CHARS = frozenset("等的了将在和是与及把被从对向给也都又还就才并而且于")
NUMERAL_CHARS = frozenset("一二两三四五六七八九十百千万亿几")
ITEM_NOT_START = FUNCTION_CHARS | {"以", "为"}


@lru_cache(maxsize=1)
def rules() -> SimpleNamespace:
    """Compiled rule tables from data/entity_rules.yml, built once per process."""
    r = load_yaml("entity_rules.yml")
    return SimpleNamespace(**_park_rules(r), **_company_rules(r), **_word_rules(r))


def _park_rules(r: dict) -> dict:
    """Park and sub-park suffixes, bare forms (高新区), the places a park name starts with."""
    park_suffixes = {row["suffix"]: row for row in r["park_suffixes"]}
    sub_suffixes = {row["suffix"]: row for row in r["sub_park_suffixes"]}
    park_places = (
        [p for p in r["provinces"] if p != "中国"]
        + prefecture_cities()
        + county_park_places(tuple(park_suffixes))
        + r["zone_localities"]
    )
    return dict(
        park_suffixes=park_suffixes,
        park_suffix_re=re.compile(alternation(park_suffixes)),
        zone_words=WordSet([*park_suffixes, *r["bare_park_forms"]]),
        bare_forms=r["bare_park_forms"],
        bare_re=re.compile(alternation(r["bare_park_forms"])),
        generic_park_modifiers=WordSet(r["generic_park_modifiers"]),
        sub_suffixes=sub_suffixes,
        sub_suffix_re=re.compile(alternation(sub_suffixes)),
        standalone_sub_parks=frozenset(r["standalone_sub_parks"]),
        project_name_after=tuple(r["project_name_after"]),
        belongs_to_before=re.compile(f"(?:{alternation(r['belongs_to_before'])})$"),
        located_in_before=tuple(r["located_in_before"]),
        one_of_before=r["one_of_before"],
        one_of_after=r["one_of_after"],
        quarters_heading=re.compile(r["quarters_heading"]),
        parts_after_list=re.compile(r["parts_after_list"]),
        city_dropped_endings=WordSet(r["city_dropped_zone_endings"]),
        as_part_of=re.compile(r["as_part_of"]),
        category_count_chars=r["category_count_chars"],
        level_infixes=tuple(r["level_infixes"]),
        cross_border_zone={
            "pattern": re.compile(r["cross_border_zone"]["pattern"]),
            "kind": r["cross_border_zone"]["kind"],
        },
        alone_form_not_before=frozenset(r["alone_form_not_before"]),
        government_body_ends=tuple(r["government_body_ends"]),
        parent_zone_kinds=frozenset(r["parent_zone_kinds"]),
        province_group_kinds=frozenset(r["province_group_kinds"]),
        article_short_forms=r["article_short_forms"],
        one_park_endings=r["one_park_endings"],
        one_park_full_endings=r["one_park_full_endings"],
        inner_park_kinds=frozenset(r["inner_park_kinds"]),
        inner_park_endings=tuple(r["inner_park_endings"]),
        part_park_kinds=frozenset(r["part_park_kinds"]),
        older_zone_endings=tuple(r["older_zone_endings"]),
        place_level_chars=r["place_level_chars"],
        breakdown_cue_re=re.compile(alternation(r["breakdown_cues"])),
        quarter_not_name_ends=tuple(r["quarter_not_name_ends"]),
        quarter_not_names=frozenset(r["quarter_not_names"]),
        quarter_endings=tuple(r["quarter_endings"]),
        elided_list_kinds=tuple(r["elided_list_kinds"]),
        honour_before=re.compile(rf"(?:{alternation(r['honour_words'])}|和|、|”)[“\"「]$"),
        generic_sub_starts=WordSet(r["generic_sub_park_starts"]),
        sub_list_heads=r["sub_park_list_heads"],
        # …and the words that stand for the article's city or county (我市|深圳（河源）产业园)
        sub_boundary=WordSet(r["sub_park_left_boundary_words"] + scope_words()),
        park_places=WordSet(park_places),
        county_homes=county_homes(),
        province_names=frozenset(p for p in r["provinces"] if p != "中国"),
        # the places a list names, without the counties: 泰山 (泰山区) is also a firm's name
        named_places=WordSet(r["provinces"] + prefecture_cities() + r["zone_localities"]),
        home_places=WordSet([p for p in r["provinces"] if p != "中国"] + prefecture_cities()),
        park_prefix_stops=tuple(r["park_prefix_stop_words"]),
        park_prefix_stop_re=re.compile(
            alternation(r["park_prefix_stop_words"])
        ),  # any of them, one search
        admin_chars=r["admin_level_chars"],
    )


@lru_cache(maxsize=1)
def prefecture_cities() -> list[str]:
    """The short forms news writes for the prefecture-level cities, leagues and autonomous
    prefectures (data/places.yml, from the national code list: 锡林郭勒, 黔东南), and the few
    units outside that list a park name starts with (entity_rules.yml: 莱芜, 杨凌)."""
    shorts = [
        short
        for province in load_yaml("places.yml")["provinces"]
        for short in (province.get("cities") or {}).values()
        if short
    ]
    extras = load_yaml("entity_rules.yml")["prefecture_city_extras"]
    return list(dict.fromkeys(shorts + extras))


def county_park_places(park_suffixes) -> list[str]:
    """The short forms of the mainland's counties and districts (data/counties.csv) a park's name
    may start with (太和经开区, 东港区 → 东港): all but one that is also a common word (合作,
    通道), which only starts a park's name written with its 县/区/市, and but a unit that is
    itself a zone (苏州工业园区, 两江新区 have statistical codes of their own)."""
    return [
        row["short"]
        for row in load_csv("counties.csv")
        if row["short"] and row["common_word"] == "0" and not row["name"].endswith(park_suffixes)
    ]


def scope_words() -> list[str]:
    """全市, 我市, 本县…: data/places.yml's words for the article's own city, county or province."""
    levels = load_yaml("places.yml")["scope_words"]["levels"]
    return [word for words in levels.values() for word in words]


def county_homes() -> dict[str, frozenset]:
    """County short form → its full name and the cities and provinces it is in (新郑 → 新郑市,
    郑州, 河南): a name written after its city (郑州新郑) is that county; after another city
    (长春北湖) it is not; alone, it is in an article that names one of them."""
    homes = {}
    for row in load_csv("counties.csv"):
        if row["short"]:
            homes.setdefault(row["short"], set()).update(
                p for p in (row["city"], row["province"], row["name"]) if p
            )
    return {short: frozenset(places) for short, places in homes.items()}


def _company_rules(r: dict) -> dict:
    """Legal forms and kinds of firms, the words around a firm's name, list heads and tails."""
    return dict(
        legal_suffixes=sorted(r["company_legal_suffixes"], key=len, reverse=True),
        legal_re=re.compile(alternation(r["company_legal_suffixes"])),
        branch_suffixes=tuple(r["branch_suffixes"]),
        kinds=r["company_kinds"],
        kind_words=WordSet(r["company_kinds"]),
        kind_re=re.compile(alternation(r["company_kinds"])),
        kind_blockers=frozenset(r["kind_blockers"]),
        generic_core_endings=tuple(r["generic_core_endings"]),
        firm_left_chars=frozenset(r["firm_left_chars"]),
        firm_left_words=WordSet(r["firm_left_words"]),
        joint_venture_next=tuple(r["joint_venture_next_words"]),
        keep_place_suffixes=tuple(r["keep_place_suffixes"]),
        generic_company_cores=frozenset(r["generic_company_cores"]),
        bank_cores=frozenset(r["bank_name_cores"]),
        role_re=re.compile(alternation(r["company_role_words"])),
        company_noun_modifiers=WordSet(r["company_noun_modifiers"]),
        investor_re=re.compile(
            f"(?:{alternation(r['company_investor_verbs'])})"
            f"(?=(?:{alternation(r['amount_openers'])})?[\\d一二三四五六七八九十百千])"
        ),
        appositive_re=re.compile(r["company_appositive"]),
        performer_re=re.compile(prefiltered(r["company_performer"])),
        performer_time_re=re.compile(r["company_performer_time"]),
        firm_descriptor_endings=tuple(r["firm_descriptor_endings"]),
        listed_name_not_endings=tuple(r["listed_name_not_endings"]),
        listed_firm_context_re=re.compile(alternation(r["listed_firm_context_words"])),
        indicator_endings=tuple(r["indicator_endings"]),
        governance_after=re.compile(alternation(r["governance_words"])),
        verb_ends_item=WordSet(r["item_ending_verbs"]),
        company_bad_starts=re.compile(r["company_bad_starts"]),
        category_endings=tuple(r["category_endings"]),
        counted_other_head=re.compile(r["counted_other_head"]),
        plant_re=re.compile(f"[{HANZI}]{{2,3}}(?:{alternation(r['firm_plant_words'])})"),
        project_left=WordSet(r["project_name_left_contexts"]),
        project_right=WordSet(r["project_name_right_contexts"]),
        list_heads=r["company_list_heads"],
        list_other_heads=r["list_other_heads"],
        person_heads=tuple(r["person_heads"]),
        list_openers=WordSet(r["company_list_openers"]),
        non_company_suffixes=tuple(r["non_company_suffixes"]),
        non_company_heads=WordSet(r["non_company_suffixes"]),
        non_company_words=tuple(r["non_company_words"]),
        list_tails=tuple(r["company_list_tails"]),
        fund_levels=tuple(r["public_fund_levels"]),
        financial_name_endings=tuple(r["financial_name_endings"]),
        park_relations=[
            (relation, re.compile(alternation(words)))
            for relation, words in r["company_park_relations"].items()
        ],
    )


def _word_rules(r: dict) -> dict:
    """Word sets the readers share: boundary words a name stops at, places, measure words."""
    company_places = r["provinces"] + prefecture_cities() + r["countries"]
    generic = r["generic_words"] + r["industry_words"]
    return dict(
        industry=WordSet(r["industry_words"]),
        activity=WordSet(r["project_activity_words"]),
        boundary=WordSet(r["left_boundary_words"]),
        # before 有限公司 a registered name may hold industry verbs (城市建设投资集团有限公司)
        registered_boundary=WordSet(
            set(r["left_boundary_words"])
            - set(r["industry_words"])
            - set(r["project_activity_words"])
        ),
        measure=WordSet(r["measure_words"]),
        classifiers=WordSet(r["count_classifiers"]),
        generic=WordSet(generic),
        company_places=WordSet(company_places),
        # 庆元县菇乡竹木制品有限公司 → 菇乡竹木制品: a county's full name before a trade name
        county_full_names=WordSet(
            row["name"] for row in load_csv("counties.csv") if row["name"][-1:] in "县市区旗"
        ),
        countries=WordSet(r["countries"]),
        paren_name_parts=frozenset(r["paren_name_parts"]) | frozenset(company_places),
        merge_words=WordSet(r["industry_words"] + list(r["company_kinds"]) + r["merge_only_words"]),
        corpus_merge_words=WordSet(r["corpus_merge_words"]),
        list_terminator=re.compile(prefiltered(r["list_terminator"])),
        firms_after_deng=re.compile(r["firms_after_deng"]),
        zone_word_body_after=tuple(r["zone_word_body_after"]),
        park_category_heads=tuple(r["park_category_heads"]),
        registered_short_form_drops=tuple(r["registered_short_form_drops"]),
        trade_name_tails=WordSet(r["industry_words"] + r["trade_name_tail_words"]),
    )


@lru_cache(maxsize=1)
def common_words() -> dict[str, str]:
    """The general vocabulary of data/common_words.csv (jieba's dictionary, frequent words), each
    with its part of speech."""
    return {row["word"]: row["tag"] for row in load_csv("common_words.csv")}


def is_common_verb(word: str) -> bool:
    """Whether the general vocabulary knows `word` as a verb (确保, 配合)."""
    return common_words().get(word) == "v"
