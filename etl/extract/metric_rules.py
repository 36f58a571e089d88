"""The number rules from data/units.yml, data/measures.yml and data/metric_rules.yml, compiled
once per process into tables: unit words, measure keywords, qualifiers, exclusions, period
words, and the regular expressions that find quantities.
"""

import re

from etl.knowledge import load_yaml
from etl.prefilter import prefiltered, prefiltered_alternation, required_text
from etl.text import CLAUSE_ENDS
from etl.words import trie_alternation

CN_DIGITS = "零〇○一二两三四五六七八九十百千"
# The formal 仟 and 佰, read as 千 and 百 after an ordinary digit (三仟元), never first (佰草集).
CN_FORMAL = "仟佰"
CLAUSE_END = CLAUSE_ENDS + "\n"


# The tables are compiled by small registered functions, one per group of rules, run in the
# order they are defined (a later group may use an earlier one's tables): adding a rule means
# adding a line to its group, or a new group, never growing one long constructor.
TABLE_GROUPS = []


def table_group(compile_group):
    TABLE_GROUPS.append(compile_group)
    return compile_group


class MetricTables:
    """Every data file compiled once: regexes, unit and measure tables, as attributes."""

    def __init__(self):
        files = {
            "units": load_yaml("units.yml"),
            "rules": load_yaml("metric_rules.yml"),
            "measures": load_yaml("measures.yml"),
        }
        for compile_group in TABLE_GROUPS:
            compile_group(self, **files)


@table_group
def _units(t, units: dict, rules: dict, measures: dict) -> None:
    """Unit words → base unit and factor (亿元 → CNY × 10⁸), magnitudes, money words."""
    t.magnitudes = {k: int(v) for k, v in units["magnitudes"].items()}
    t.money = units["money"]
    t.units = {word: dict(spec) for word, spec in units["units"].items()}
    for word, currency in t.money.items():
        t.units[word] = {"normalized": currency, "factor": 1, "kind": "money"}
        # 两个亿卢布: the colloquial 个亿 before a currency word, written as 亿卢布 (亿元 for CNY)
        t.units.setdefault(
            "个亿" + word,
            {
                "normalized": currency,
                "factor": 10**8,
                "kind": "money",
                "written": "亿" + ("元" if currency == "CNY" else word),
            },
        )
    for spec in t.units.values():
        if spec["kind"] == "money" and spec.get("factor", 1) == 10**8:
            spec.setdefault("written", "亿元")
    t.not_unit_before = {k: tuple(v) for k, v in units.get("not_unit_before", {}).items()}


@table_group
def _currencies(t, units: dict, rules: dict, measures: dict) -> None:
    """Currency words and declarations (单位：新台币), and the markers that make an article Taiwan's."""
    t.currency_prefixes = units["currency_prefixes"]
    currency_words = trie_alternation(t.currency_prefixes)
    t.currency_declarations = [
        (
            re.compile(p.replace("{currency}", f"(?P<currency>{currency_words})")),
            required_text(p),
        )
        for p in units["currency_declarations"]
    ]
    taiwan = units["taiwan"]
    t.taiwan_currency = taiwan["currency"]
    t.taiwan_min_markers = taiwan["min_markers"]
    t.taiwan_markers = re.compile(prefiltered("|".join(f"(?:{m})" for m in taiwan["markers"])))
    t.taiwan_currency_words = {
        w for w, code in t.currency_prefixes.items() if code == t.taiwan_currency
    }
    t.roc_years = tuple(taiwan["roc_years"])
    t.roc_year_after = re.compile(taiwan["year_date_after"])
    t.duration_after = re.compile(taiwan["duration_after"])
    t.roc_period = re.compile(taiwan["roc_period"])
    t.roc_offset = taiwan["roc_offset"]
    t.currency_prefix = re.compile(f"({currency_words})\\s*$")


@table_group
def _quantities(t, units: dict, rules: dict, measures: dict) -> None:
    """The patterns that find a quantity: a number, its magnitude and unit, ranges, implicit ones
    (亿元以上), 翻番, 百分之, ordinal ranks."""
    magnitude = trie_alternation(t.magnitudes)
    unit = trie_alternation(t.units)
    arabic = r"\d+(?:,\d{3})*(?:[ \t]{0,2}\.[ \t]{0,2}\d+|\s{0,2}。\s{0,2}\d{1,3}(?=\s{0,2}(?:万|亿|兆|%)))?"
    chinese = rf"[{CN_DIGITS}][{CN_DIGITS}{CN_FORMAL}]*(?:\.[零〇○一二三四五六七八九]+)?"
    number = (
        rf"(?:{arabic}|{chinese})(?:[万亿兆]零?(?:\d+(?:,\d{{3}})*|[{CN_DIGITS}{CN_FORMAL}]+))*"
    )
    t.quantity = re.compile(
        prefiltered(
            # 余/多 inside the number (300余名, 100多家), and 几 after 十 (十几家, 二十几亿元)
            rf"(?P<num>{number})(?P<mid1>\s{{0,2}}[余多]|(?<=十)几)?\s{{0,2}}(?P<mag>{magnitude})?(?P<mid2>[余多])?"
            rf"\s{{0,2}}(?P<unit>{unit})(?P<post>多)?"
        )
    )
    t.range_hint = re.compile(trie_alternation(rules["range_separators"]))
    # The low end of a range, searched backwards from a quantity: 10—30亿元, 8000亿元到8500亿元.
    t.range_low = re.compile(
        rf"(?P<lo>{number})\s{{0,2}}(?P<lo_mag>{magnitude})?(?P<lo_unit>{unit})?\s{{0,2}}"
        rf"(?:{trie_alternation(rules['range_inclusive'])})?\s{{0,2}}"
        rf"(?P<sep>{trie_alternation(rules['range_separators'])})\s{{0,2}}$"
    )
    implicit = trie_alternation(rules["qualifiers"]["implicit_one"])
    t.implicit_one = re.compile(
        prefiltered(
            rf"(?P<q>{implicit})(?P<mag>万亿|千万|百万|亿|万)(?P<unit>{unit})"
            # 亿元以上项目: the threshold word after the unit carries the implicit one too.
            rf"|(?P<mag_t>万亿|千万|百万|亿|万)(?P<unit_t>{unit})(?P<q_t>以上)",
            unicode_digits=True,
        )
    )
    t.doubling = re.compile(r"翻(?:了)?(?P<num>[一两二三四五\d])番|翻番")
    t.percent_words = re.compile(r"百分之(?P<num>[\d.]+|[零一二两三四五六七八九十百点]+)")
    rank_num = r"(?P<num>\d+|[一二三四五六七八九十百]+)"
    t.ordinal_rank = re.compile(rf"第{rank_num}(?P<u>位|名)?")
    t.front_rank = re.compile(rf"前{rank_num}(?P<u>名|位|强)?")


@table_group
def _per_unit_and_ranks(t, units: dict, rules: dict, measures: dict) -> None:
    """Rates per unit (元/平方米), money magnitudes before a noun (亿元级), and the words around ranks."""
    t.rank_list_after = tuple(rules["rank"]["list_after"])
    t.rate_markers = tuple(units["rate_markers"])
    per_unit = units["per_unit"]
    t.per_unit_before = re.compile(trie_alternation(per_unit["before"]))
    t.per_unit_of = per_unit["before"]
    t.per_unit_after = re.compile(
        rf"\s?(?P<marker>{trie_alternation(t.rate_markers)})(?P<denominator>{trie_alternation(per_unit['after'])})"
        rf"(?![/／每{CN_DIGITS}\d])"
    )
    t.per_unit_denominators = per_unit["after"]
    t.magnitude_money = re.compile(
        prefiltered(
            rf"(?P<num>\d+(?:\.\d+)?|[{CN_DIGITS}]+)(?P<mag>万亿|亿|万)(?={trie_alternation(rules['magnitude_money_nouns'])})"
        )
    )
    t.strong_rank = re.compile(r"(?P<num>\d+|[一二三四五六七八九十百]+)(?P<u>强)$")
    t.rank_context = re.compile(trie_alternation(rules["rank"]["context"]))
    t.standing_verbs = re.compile(trie_alternation(rules["rank"]["standing_verbs"]))
    t.rank_change_verbs = tuple(rules["rank"]["change_verbs"])
    t.total_words = re.compile(trie_alternation(rules["total_words"]))
    t.shared_qualifier_joins = set(rules["shared_qualifier_joins"])


@table_group
def _qualifiers(t, units: dict, rules: dict, measures: dict) -> None:
    """Qualifier words before and after a number (超过, 约, 以上) and where they do not apply."""
    q = rules["qualifiers"]
    t.qualifier_of = {
        w: name for key in ("before", "after") for name, words in q[key].items() for w in words
    }
    t.qualifier_before = re.compile(
        f"({trie_alternation(w for ws in q['before'].values() for w in ws)})$"
    )
    t.qualified_share = re.compile(
        f"({trie_alternation(w for ws in q['before'].values() for w in ws)})占[^，,。；;、\\d]{{0,10}}?的?$"
    )
    t.qualifier_after = re.compile(
        f"[ \t\u3000]*({trie_alternation(w for ws in q['after'].values() for w in ws)})"
    )
    t.qualifier_not_after = q.get("not_after", {})
    t.qualifier_not_before = q.get("not_before", {})
    t.qualifier_round_before = q.get("round_before", {})


@table_group
def _exclusions(t, units: dict, rules: dict, measures: dict) -> None:
    """What is no quantity: codes, short quotes (“十大工程”), programme names, idioms, identifiers,
    scope phrases, period windows."""
    t.code_neighbours = re.compile(f"[{rules['code_neighbours']}0-9.]")
    # No look-ahead in front: each branch opens with its quote mark, so `re` itself skips from
    # mark to mark; a look-ahead would have it try every character (twice the time).
    t.quote_spans = re.compile(
        "|".join(
            f"{re.escape(pair[0])}[^{re.escape(pair[0])}{re.escape(pair[1])}\n]{{1,{rules['short_quote_max']}}}{re.escape(pair[1])}"
            for pair in rules["quote_pairs"]
        )
    )
    window = rules["period_window"]
    t.window_before = tuple(sorted(window["before"], key=len, reverse=True))
    t.window_not_after = window.get("not_after", {})
    t.window_after = {
        k: tuple(sorted(v, key=len, reverse=True)) for k, v in window["after"].items()
    }
    t.program_words = tuple(rules["program_words"])
    t.idioms = tuple(rules["idioms"])
    t.furniture_before = re.compile(rules["furniture_before"])
    t.class_threshold_after = re.compile(rules["class_threshold_after"])
    t.one_time_not_after = rules["one_time_not_after"]
    t.conversion_marks = rules["conversion_marks"]
    t.slogan_nouns = tuple(rules["slogan_nouns"])
    t.identifiers = [re.compile(prefiltered(p)) for p in rules["identifier_patterns"]]
    t.scope_before = [re.compile(p) for p in rules["scope_before"]]
    t.driven_scope = re.compile(rules["driven_scope"])
    t.driven_scope_reach = rules["driven_scope_reach"]
    t.counted_list_after_item = re.compile(rules["counted_list_after_item"])
    t.scope_not_after = tuple(rules["scope_not_after"])
    t.scope_share_words = tuple(rules["scope_share_words"])
    t.clause_scope_start = re.compile(
        f"{rules['clause_scope_prefix']}(?P<place>{rules['clause_scope_place']})"
    )
    # Every place the pattern can name ends in one of these: a clause without one is skipped.
    t.clause_scope_trigger = re.compile(rules["clause_scope_trigger"])
    t.count_predicates = tuple(rules["count_predicates"])
    t.count_keyword_reach = rules["count_keyword_reach"]
    t.rank_after = CLAUSE_END + rules["rank"]["after"]


def _park_groups(t, rules: dict) -> None:
    """Groups of parks (全省184个开发区, 国家级经开区和高新区), the zone kind words they end
    in, and the words one of them must stand near."""
    kinds, joined = rules["park_group_kinds"], rules["park_group_joined_level"]
    t.park_groups = re.compile(
        prefiltered(
            f"{rules['park_group_head']}{rules['park_group_level']}(?:{kinds})"
            f"(?:[和与及、]{joined}(?:{kinds}))*"
        )
    )
    t.park_kind_words = re.compile(rules["park_group_kinds"])
    t.group_markers = re.compile(rules["park_group_markers"])


def _one_project(t, one: dict) -> None:
    """One project's figure (项目总投资约58亿元) and the counts of projects that keep a park's."""
    t.project_figure_measures = frozenset(one["measures"])
    t.project_word = re.compile("|".join(map(re.escape, one["words"])))
    t.project_count = re.compile(prefiltered(one["count"]))
    t.project_class_before = re.compile(f"(?:{one['class_before']})$")
    t.project_after_figure = re.compile(one["after_figure"])


@table_group
def _subjects(t, units: dict, rules: dict, measures: dict) -> None:
    """Words that point back to a park or a company (该区, 该公司) and facility names that are not
    subjects."""
    t.park_anaphors = re.compile(trie_alternation(rules["park_anaphors"]))
    t.district_anaphors = frozenset(rules["district_anaphors"])
    t.shared_place_levels = tuple(rules["shared_place_levels"])
    t.county_city_level = rules["county_city_level"]
    t.anaphor_left_words = frozenset(rules["anaphor_left_words"])
    t.time_before_a_park_word = re.compile(rules["time_before_a_park_word"])
    t.project_headings = re.compile(rules["project_headings"])
    t.firms_together = re.compile(rules["firms_together"])
    t.firms_drive = re.compile(rules["firms_drive"])
    t.unnamed_firm = re.compile(prefiltered(rules["unnamed_firm"]))
    t.district_whole = re.compile(trie_alternation(rules["district_whole_words"]))
    t.project_heading_reach = rules["project_heading_reach"]
    t.company_anaphors = re.compile(
        prefiltered("|".join(f"(?:{p})" for p in rules["company_anaphors"]))
    )
    t.not_topic_after = tuple(rules["company_not_topic_after"])
    t.notice_issuer = re.compile(rules["notice_issuer"])
    t.notice_issuer_words = re.compile(rules["notice_issuer_words"])
    t.party_declaration = re.compile(rules["party_declaration"])
    facility = rules["facility"]
    t.facility_suffix_dropped = tuple(facility["drop_suffix"])
    t.modified_facility = re.compile(
        rf"[^，,。；;、的\n]{{0,8}}(?:、[^，,。；;、的\n]{{0,8}})?的(?P<name>(?![{CN_DIGITS}\d])[^，,。；;、\d的“”\"\n]{{2,16}}?)"
        rf"(?P<suffix>{trie_alternation(facility['suffixes'])})(?=[，,。；;、\n]|$|{trie_alternation(facility['followed_by'])})"
    )
    t.not_topic_before = tuple(sorted(rules["company_not_topic_before"], key=len, reverse=True))
    t.scope_word = re.compile(rules["scope_word"])
    _park_groups(t, rules)
    t.class_modifier_before = re.compile(rules["class_modifier_before"])
    t.sum_groups = re.compile(prefiltered(rules["sum_groups"]))
    t.sum_words = re.compile(rules["sum_words"])
    ending, followed_by = rules["project_ending"], rules["project_followed_by"]
    t.project_tail = re.compile(f"{ending}{followed_by}")
    t.roundup_parks = rules["roundup_parks"]
    t.no_default_park_measures = frozenset(rules["no_default_park_measures"])
    t.shared_marker = re.compile(rules["shared_marker"])
    _one_project(t, rules["one_project"])
    t.timeless_measures = frozenset(rules["periods"]["timeless_measures"])
    t.clause_opening = re.compile(rules["clause_opening"])
    t.compared_before = re.compile(prefiltered(rules["compared_before"]))
    t.ranked_in = re.compile(rules["ranked_in"])
    t.ranked_in_before = rules["ranked_in_before"]
    t.located_in_before = tuple(rules["located_in_before"])
    t.ranked_in_reach = rules["ranked_in_reach"]
    t.firm_anaphor_words = tuple(rules["firm_anaphor_words"])
    t.named_as_project_after = tuple(rules["named_as_project_after"])
    t.respectively = re.compile(rules["respectively"])
    t.list_lead = re.compile(rules["list_lead"])
    joints = trie_alternation(rules["list_joints"])
    t.list_joint = re.compile(rf"\s*(?:{joints})\s*")
    t.member_split = re.compile(joints)
    # 、 和 及 与: the joints one character long, between two names of a list
    t.list_joint_chars = frozenset(j for j in rules["list_joints"] if len(j) == 1)
    t.project_head = re.compile(
        f"{rules['project_list_marker']}"
        f'(?P<name>[^，,。；;、：:\\s“”"]{{4,40}}?{ending}){followed_by}'
    )
    t.project_generic_starts = tuple(rules["project_generic_starts"])
    t.capacity_in_name = re.compile(rules["project_capacity_in_name"])
    t.project_not_anywhere = re.compile(trie_alternation(rules["project_not_anywhere"]))
    t.project_not_inside = re.compile(trie_alternation(rules["project_not_inside"]))


@table_group
def _parks_in_a_clause(t, units: dict, rules: dict, measures: dict) -> None:
    """Words around a park in a clause that make a figure another's: a partner's deal, an event
    held there, the place it lies in (所在的), what went to it (落户…的)."""
    t.partner_before = re.compile(rules["partners"]["before"])
    t.partner_deal = re.compile(rules["partners"]["deal"])
    t.venue_before = tuple(rules["venue"]["before"])
    t.venue_event = re.compile("|".join(rules["venue"]["events"]))
    t.where_it_lies = re.compile(rules["where_it_lies"])
    t.went_to = re.compile(rules["went_to"])


@table_group
def _periods(t, units: dict, rules: dict, measures: dict) -> None:
    """Period labels (今年上半年, 1-9月) and the frames that end a period's reach."""
    periods = rules["periods"]
    t.periods = re.compile(prefiltered_alternation(periods["patterns"]))
    t.period_clause_only = re.compile(periods["clause_only"])
    t.period_sentence_only = re.compile(periods["sentence_only"])
    t.same_as_before = frozenset(periods["same_as_before"])
    t.same_day = frozenset(periods["same_day"])
    t.news_moments = frozenset(periods["news_moments"])
    t.future_label = re.compile("|".join(periods["future_labels"]))
    t.same_period = frozenset(periods["same_period"])
    t.note_line = re.compile(periods["note_line"])
    t.breakdown_opening = re.compile(periods["breakdown_opening"])
    t.earlier_day_before = re.compile(periods["earlier_day_before"])
    t.news_day_after = re.compile(periods["news_day_after"])
    t.reporting_period = re.compile(prefiltered(periods["reporting"]))
    t.stock_markers = re.compile(periods["stock_markers"])
    t.stock_part_words = tuple(periods["stock_part_words"])
    t.stock_measures = frozenset(periods["stock_measures"])
    t.flow_words = re.compile(trie_alternation(periods["flow_words"]))
    t.attribute_measures = frozenset(periods["attribute_measures"])
    t.day_framed_measures = frozenset(periods["day_framed_measures"])
    t.flow_events = re.compile("|".join(map(re.escape, periods["flow_events"])))
    t.standing_measures = frozenset(periods["standing_measures"])
    t.standing_subject_kinds = frozenset(periods["standing_subject_kinds"])
    t.land_flow_words = re.compile("|".join(map(re.escape, periods["land_flow_words"])))
    t.attribute_subject_kinds = frozenset(periods["attribute_subject_kinds"])
    t.event_name_after = re.compile(periods["event_name_after"])
    t.part_of_a_year = re.compile(periods["part_of_a_year"])
    t.period_clause_only_after = tuple(sorted(periods["clause_only_after"], key=len, reverse=True))
    t.no_period_kinds = set(periods["no_period_kinds"])
    breakers = periods["frame_breakers"] + "|" + periods["evaluation_scope"]
    t.lasting_frame_breakers = re.compile(prefiltered(breakers, unicode_digits=True))
    t.future_conditions = re.compile(periods["future_conditions"])
    t.frame_breakers = re.compile(
        prefiltered(breakers + "|" + periods["future_conditions"], unicode_digits=True)
    )
    t.evaluation_scope = re.compile(periods["evaluation_scope"])
    t.frame_breakers_but_evaluations = re.compile(
        prefiltered(
            periods["frame_breakers"] + "|" + periods["future_conditions"], unicode_digits=True
        )
    )
    t.relative_year = re.compile(r"(?:今年|去年|前年|明年|上年|本年|当年)(?:同期)?$")
    t.comparison_base = re.compile(rf"[较比](?:{periods['rank_bases']})")
    t.base_after = re.compile(periods["base_after"])
    t.target_after = re.compile(periods["target_after"])
    t.same_year_attributive = re.compile(periods["same_year_attributive"])
    t.rank_moves = re.compile(periods["rank_moves"])


@table_group
def _measures(t, units: dict, rules: dict, measures: dict) -> None:
    """The measure rules of data/measures.yml, indexed by unit kind and keyword."""
    t.family_of = {
        code: frozenset(family) for family in measures["subset_families"] for code in family
    }
    t.growth_of = measures.get("growth_of", {})
    t.table_growth_headers = tuple(rules["table_growth_headers"])
    t.comparison_words = re.compile("|".join(rules["comparison_words"]))
    t.class_suffixes = tuple(rules["class_suffixes"])
    t.level_reached = re.compile(f"(?:{trie_alternation(rules['level_reached'])})$")
    t.measure_rules = []
    t.measure_defaults = {}
    for rule in measures["rules"]:
        keywords = []
        for word in rule.get("keywords", []):
            word, _, where = word.partition("@")
            keywords.append((word, where or "any"))
        t.measure_rules.append(
            {
                "measure": rule["measure"],
                "kinds": set(rule.get("kinds", [])),
                "keywords": keywords,
                "requires": tuple(rule.get("requires", [])),
                "window": rule.get("window", "clause"),
                "requires_in": rule.get("requires_in", "clause"),
                "unless": tuple(rule.get("unless", [])),
            }
        )
        for kind in rule.get("default_for", []):
            t.measure_defaults[kind] = rule["measure"]
    t.keywords_by_kind = {}
    for index, rule in enumerate(t.measure_rules):
        for kind in rule["kinds"]:
            for word, where in rule["keywords"]:
                t.keywords_by_kind.setdefault(kind, []).append((word, where, index))
    t.far_keywords = {
        (kind, word)
        for rule in measures["rules"]
        if rule.get("far")
        for kind in rule.get("kinds", [])
        for word in rule.get("keywords", [])
    }
    t.rules_by_keyword = {}  # (unit kind, keyword) → [(rule, where)], in file order
    for rule in t.measure_rules:
        if rule["window"] == "sentence":
            continue
        for kind in rule["kinds"]:
            for word, where in rule["keywords"]:
                t.rules_by_keyword.setdefault((kind, word), []).append((rule, where))
    t.sentence_rules_by_kind = {}  # unit kind → its sentence-window rules, in file order
    for rule in t.measure_rules:
        if rule["window"] == "sentence":
            for kind in rule["kinds"]:
                t.sentence_rules_by_kind.setdefault(kind, []).append(rule)
    t.keyword_regex_by_kind = {
        kind: re.compile(trie_alternation(w for w, _, _ in entries))
        for kind, entries in t.keywords_by_kind.items()
    }


TABLES = MetricTables()
