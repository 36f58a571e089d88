"""Text → metrics: every number an article reports as a measurement, with its unit,
normalized value, qualifier, measure, subject and period.

The search runs on `doc.body_simplified` (same length as `doc.body`), so every offset
found there is valid in the original text; quotes and number_text are cut from `doc.body`.
Knowledge lives in data/units.yml, data/measures.yml and data/metric_rules.yml; this
module only compiles it (once, at import) and applies it.
"""

import bisect
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

from etl.extract.numbers import FULLWIDTH, read_approximate, read_number
from etl.extract.periods import resolve_period
from etl.extract.tables import table_cells
from etl.knowledge import load_yaml
from etl.model import CleanDocument, CompanyMention, Metric, ParkMention

CN_DIGITS = "零〇○一二两三四五六七八九十百千"
CLAUSE_END = "，,。；;：:！？!?、\n"


def _alternation(words) -> str:
    """A regex matching any of the words, longest first, as a trie: Python's `re` tries the
    branches of a flat alternation one by one, which is slow for a hundred unit words."""
    trie = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node) -> str:
    branches = []
    ends_here = "" in node
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"  # greedy: the longer word is tried first
    return body


class _Tables:
    """Every data file compiled once: regexes, unit and measure tables."""

    def __init__(self):
        units = load_yaml("units.yml")
        rules = load_yaml("metric_rules.yml")
        measures = load_yaml("measures.yml")

        self.magnitudes = {k: int(v) for k, v in units["magnitudes"].items()}
        self.money = units["money"]
        self.units = {word: dict(spec) for word, spec in units["units"].items()}
        for word, currency in self.money.items():
            self.units[word] = {"normalized": currency, "factor": 1, "kind": "money"}
        for spec in self.units.values():
            if spec["kind"] == "money" and spec.get("factor", 1) == 10 ** 8:
                spec["written"] = "亿元"
        self.not_unit_before = {k: tuple(v) for k, v in units.get("not_unit_before", {}).items()}
        self.currency_prefixes = units["currency_prefixes"]
        currency_words = _alternation(self.currency_prefixes)
        self.currency_declarations = [
            (re.compile(p.replace("{currency}", f"(?P<currency>{currency_words})")), _required_text(p))
            for p in units["currency_declarations"]
        ]
        taiwan = units["taiwan"]
        self.taiwan_currency = taiwan["currency"]
        self.taiwan_min_markers = taiwan["min_markers"]
        self.taiwan_markers = re.compile(_prefiltered("|".join(f"(?:{m})" for m in taiwan["markers"])))
        self.taiwan_currency_words = {w for w, code in self.currency_prefixes.items() if code == self.taiwan_currency}
        self.roc_years = tuple(taiwan["roc_years"])
        self.roc_year_after = re.compile(taiwan["year_date_after"])
        self.duration_after = re.compile(taiwan["duration_after"])
        self.roc_period = re.compile(taiwan["roc_period"])
        self.roc_offset = taiwan["roc_offset"]
        self.currency_prefix = re.compile(f"({currency_words})\\s*$")

        magnitude = _alternation(self.magnitudes)
        unit = _alternation(self.units)
        arabic = r"\d+(?:,\d{3})*(?:[ \t]{0,2}\.[ \t]{0,2}\d+|\s{0,2}。\s{0,2}\d{1,3}(?=\s{0,2}(?:万|亿|兆|%)))?"
        chinese = rf"[{CN_DIGITS}]+(?:\.[零〇○一二三四五六七八九]+)?"
        number = rf"(?:{arabic}|{chinese})(?:[万亿兆]零?(?:\d+(?:,\d{{3}})*|[{CN_DIGITS}]+))*"
        self.quantity = re.compile(_prefiltered(
            rf"(?P<num>{number})(?P<mid1>\s{{0,2}}[余多])?\s{{0,2}}(?P<mag>{magnitude})?(?P<mid2>[余多])?"
            rf"\s{{0,2}}(?P<unit>{unit})(?P<post>多)?"
        ))
        self.range_hint = re.compile(_alternation(rules["range_separators"]))
        # The low end of a range, searched backwards from a quantity: 10—30亿元, 8000亿元到8500亿元.
        self.range_low = re.compile(
            rf"(?P<lo>{number})\s{{0,2}}(?P<lo_mag>{magnitude})?(?P<lo_unit>{unit})?\s{{0,2}}"
            rf"(?P<sep>{_alternation(rules['range_separators'])})\s{{0,2}}$"
        )
        implicit = _alternation(rules["qualifiers"]["implicit_one"])
        self.implicit_one = re.compile(_prefiltered(
            rf"(?P<q>{implicit})(?P<mag>万亿|千万|百万|亿|万)(?P<unit>{unit})"
            # 亿元以上项目: the threshold word after the unit carries the implicit one too.
            rf"|(?P<mag_t>万亿|千万|百万|亿|万)(?P<unit_t>{unit})(?P<q_t>以上)", unicode_digits=True
        ))
        self.doubling = re.compile(r"翻(?:了)?(?P<num>[一两二三四五\d])番|翻番")
        self.percent_words = re.compile(r"百分之(?P<num>[\d.]+|[零一二两三四五六七八九十百点]+)")
        rank_num = r"(?P<num>\d+|[一二三四五六七八九十百]+)"
        self.ordinal_rank = re.compile(rf"第{rank_num}(?P<u>位|名)?")
        self.front_rank = re.compile(rf"前{rank_num}(?P<u>名|位|强)?")
        self.rank_list_after = tuple(rules["rank"]["list_after"])
        self.rate_markers = tuple(units["rate_markers"])
        per_unit = units["per_unit"]
        self.per_unit_before = re.compile(_alternation(per_unit["before"]))
        self.per_unit_of = per_unit["before"]
        self.per_unit_after = re.compile(
            rf"\s?(?P<marker>{_alternation(self.rate_markers)})(?P<denominator>{_alternation(per_unit['after'])})"
            rf"(?![/／每{CN_DIGITS}\d])")
        self.per_unit_denominators = per_unit["after"]
        self.magnitude_money = re.compile(_prefiltered(
            rf"(?P<num>\d+(?:\.\d+)?|[{CN_DIGITS}]+)(?P<mag>万亿|亿|万)(?={_alternation(rules['magnitude_money_nouns'])})"))
        self.strong_rank = re.compile(r"(?P<num>\d+|[一二三四五六七八九十百]+)(?P<u>强)$")
        self.rank_context = re.compile(_alternation(rules["rank"]["context"]))
        self.standing_verbs = re.compile(_alternation(rules["rank"]["standing_verbs"]))
        self.rank_change_verbs = tuple(rules["rank"]["change_verbs"])
        self.total_words = re.compile(_alternation(rules["total_words"]))
        self.shared_qualifier_joins = set(rules["shared_qualifier_joins"])

        q = rules["qualifiers"]
        self.qualifier_of = {w: name for key in ("before", "after") for name, words in q[key].items() for w in words}
        self.qualifier_before = re.compile(f"({_alternation(w for ws in q['before'].values() for w in ws)})$")
        self.qualified_share = re.compile(
            f"({_alternation(w for ws in q['before'].values() for w in ws)})占[^，,。；;、\\d]{{0,10}}?的?$")
        self.qualifier_after = re.compile(f"[ \t\u3000]*({_alternation(w for ws in q['after'].values() for w in ws)})")
        self.qualifier_not_after = q.get("not_after", {})
        self.qualifier_not_before = q.get("not_before", {})
        self.qualifier_round_before = q.get("round_before", {})
        self.code_neighbours = re.compile(f"[{rules['code_neighbours']}0-9.]")
        self.quote_spans = re.compile(_prefiltered("|".join(
            f"{re.escape(pair[0])}[^{re.escape(pair[0])}{re.escape(pair[1])}\n]{{1,{rules['short_quote_max']}}}{re.escape(pair[1])}"
            for pair in rules["quote_pairs"])))
        window = rules["period_window"]
        self.window_before = tuple(sorted(window["before"], key=len, reverse=True))
        self.window_not_after = window.get("not_after", {})
        self.window_after = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in window["after"].items()}
        self.program_words = tuple(rules["program_words"])
        self.idioms = tuple(rules["idioms"])
        self.furniture_before = re.compile(rules["furniture_before"])
        self.one_time_not_after = rules["one_time_not_after"]
        self.conversion_marks = rules["conversion_marks"]
        self.slogan_nouns = tuple(rules["slogan_nouns"])
        self.identifiers = [re.compile(_prefiltered(p)) for p in rules["identifier_patterns"]]
        self.scope_before = [re.compile(p) for p in rules["scope_before"]]
        self.scope_not_after = tuple(rules["scope_not_after"])
        self.clause_scope_start = re.compile(rules["clause_scope_start"])
        self.count_predicates = tuple(rules["count_predicates"])
        self.count_keyword_reach = rules["count_keyword_reach"]
        self.rank_after = CLAUSE_END + rules["rank"]["after"]
        self.park_anaphors = re.compile(_alternation(rules["park_anaphors"]))
        self.company_anaphors = re.compile(_prefiltered("|".join(f"(?:{p})" for p in rules["company_anaphors"])))
        self.not_topic_after = tuple(rules["company_not_topic_after"])
        facility = rules["facility"]
        self.facility_suffix_dropped = tuple(facility["drop_suffix"])
        self.modified_facility = re.compile(
            rf"[^，,。；;、的\n]{{0,8}}的(?P<name>(?![{CN_DIGITS}\d])[^，,。；;、\d的“”\"\n]{{2,16}}?)"
            rf"(?P<suffix>{_alternation(facility['suffixes'])})(?=[，,。；;、\n]|$|{_alternation(facility['followed_by'])})")
        self.not_topic_before = tuple(sorted(rules["company_not_topic_before"], key=len, reverse=True))

        periods = rules["periods"]
        self.periods = re.compile(_prefiltered("|".join(f"(?:{p})" for p in periods["patterns"])))
        self.period_clause_only = re.compile(periods["clause_only"])
        self.period_clause_only_after = tuple(sorted(periods["clause_only_after"], key=len, reverse=True))
        self.no_period_kinds = set(periods["no_period_kinds"])
        self.frame_breakers = re.compile(_prefiltered(periods["frame_breakers"], unicode_digits=True))
        self.relative_year = re.compile(r"(?:今年|去年|前年|明年|上年|本年|当年)$")

        self.family_of = {code: frozenset(family) for family in measures["subset_families"] for code in family}
        self.growth_of = measures.get("growth_of", {})
        self.comparison_words = re.compile("|".join(rules["comparison_words"]))
        self.class_suffixes = tuple(rules["class_suffixes"])
        self.level_reached = re.compile(f"(?:{_alternation(rules['level_reached'])})$")
        self.measure_rules = []
        self.measure_defaults = {}
        for rule in measures["rules"]:
            keywords = []
            for word in rule.get("keywords", []):
                word, _, where = word.partition("@")
                keywords.append((word, where or "any"))
            self.measure_rules.append({
                "measure": rule["measure"], "kinds": set(rule.get("kinds", [])), "keywords": keywords,
                "requires": tuple(rule.get("requires", [])), "window": rule.get("window", "clause"),
                "requires_in": rule.get("requires_in", "clause"), "unless": tuple(rule.get("unless", [])),
            })
            for kind in rule.get("default_for", []):
                self.measure_defaults[kind] = rule["measure"]
        self.keywords_by_kind = {}
        for index, rule in enumerate(self.measure_rules):
            for kind in rule["kinds"]:
                for word, where in rule["keywords"]:
                    self.keywords_by_kind.setdefault(kind, []).append((word, where, index))
        self.far_keywords = {(kind, word) for rule in measures["rules"] if rule.get("far")
                             for kind in rule.get("kinds", []) for word in rule.get("keywords", [])}
        self.rules_by_keyword = {}  # (unit kind, keyword) → [(rule, where)], in file order
        for rule in self.measure_rules:
            if rule["window"] == "sentence":
                continue
            for kind in rule["kinds"]:
                for word, where in rule["keywords"]:
                    self.rules_by_keyword.setdefault((kind, word), []).append((rule, where))
        self.sentence_rules_by_kind = {}  # unit kind → its sentence-window rules, in file order
        for rule in self.measure_rules:
            if rule["window"] == "sentence":
                for kind in rule["kinds"]:
                    self.sentence_rules_by_kind.setdefault(kind, []).append(rule)
        self.keyword_regex_by_kind = {
            kind: re.compile(_alternation(w for w, _, _ in entries))
            for kind, entries in self.keywords_by_kind.items()
        }


def _prefiltered(pattern: str, unicode_digits: bool = False) -> str:
    """Prefix a pattern with a look-ahead for its possible first characters, so a scan over
    the whole text skips most positions after one character-class test. `unicode_digits`
    lets \\d in the look-ahead match every digit \\d matches, not 0-9 only."""
    first = _first_chars(pattern, unicode_digits)
    return pattern if first is None else f"(?=[{first}])(?:{pattern})"


def _required_text(pattern: str) -> str:
    """The longest run of plain characters every match of `pattern` contains ("下同" in
    "{currency}[（(][^）)]{0,4}下同[）)]"), "" if none: a substring test on it rules most texts
    out before the regex scans them. Only characters at the pattern's top level count."""
    try:
        from re import _constants, _parser  # Python ≥ 3.11
    except ImportError:  # Python 3.10
        import sre_constants as _constants
        import sre_parse as _parser
    runs, run = [], ""
    for op, av in _parser.parse(pattern.replace("{currency}", "(?P<currency>.)")):
        if op is _constants.LITERAL:
            run += chr(av)
        else:
            runs.append(run)
            run = ""
    runs.append(run)
    return max(runs, key=len)


def _first_chars(pattern: str, unicode_digits: bool = False) -> Optional[str]:
    """The set of characters a match can start with, as a class body; None if unknown or if
    the pattern can match the empty string."""
    try:
        from re import _parser  # the stdlib's own parse of the pattern (Python ≥ 3.11)
    except ImportError:  # Python 3.10
        import sre_parse as _parser

    def first(items):
        """(characters a match of `items` can start with, whether it can match nothing)."""
        chars = set()
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                chars.add(re.escape(chr(av)))
                return chars, False
            if name == "IN":
                for sub_op, sub_av in av:
                    sub = str(sub_op)
                    if sub == "LITERAL":
                        chars.add(re.escape(chr(sub_av)))
                    elif sub == "RANGE":
                        chars.add(f"{re.escape(chr(sub_av[0]))}-{re.escape(chr(sub_av[1]))}")
                    elif sub == "CATEGORY" and str(sub_av) == "CATEGORY_DIGIT":
                        chars.add("\\d" if unicode_digits else "0-9")
                    else:
                        raise ValueError(sub)
                return chars, False
            if name == "SUBPATTERN":
                inner, empty = first(av[-1])
                chars |= inner
                if not empty:
                    return chars, False
            elif name == "BRANCH":
                empty = False
                for branch in av[1]:
                    inner, branch_empty = first(branch)
                    chars |= inner
                    empty = empty or branch_empty
                if not empty:
                    return chars, False
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, _, body = av
                inner, empty = first(body)
                chars |= inner
                if low > 0 and not empty:
                    return chars, False
            elif name not in ("ASSERT", "ASSERT_NOT", "AT"):
                raise ValueError(name)
        return chars, True

    try:
        chars, empty = first(_parser.parse(pattern))
    except ValueError:
        return None
    return None if empty or not chars else "".join(sorted(chars))


TABLES = _Tables()


@dataclass(slots=True)  # slots: created and read several times per number of every article
class _Candidate:
    start: int  # of number_text in body
    end: int
    value: float
    unit_word: str  # unit word without magnitude, simplified ('元', '平方米', '个')
    magnitude: str
    qualifier: Optional[str] = None
    value_high: Optional[float] = None
    rule: str = "quantity"
    written_unit: Optional[str] = None  # overrides magnitude + unit_word
    normalized_unit: Optional[str] = None
    normalized_value: Optional[float] = None
    kind: Optional[str] = None
    measure: Optional[str] = None
    currency_hint: Optional[str] = None
    per_unit: Optional[str] = None  # denominator of a per-unit value: person, mu, m2
    qualifier_from: Optional[str] = None  # before / after / inside: where the qualifier word stood
    # The number's comma clause and sentence (bounds in the text), looked up once: several steps ask.
    comma_clause: Optional[tuple] = None
    sentence: Optional[tuple] = None


# A clause mark, or a comma not followed by three digits (1,000 is a number). Written to
# start with one character class, which lets the scan skip to the next mark in C.
_BOUNDARY = re.compile(r"[，。；;：:！？!?、\n,](?:(?<=,)(?!\d{3})|(?<!,))")
_FULLWIDTH_CHARS = re.compile("[０-９．％﹪－～]")


class _Text:
    """One article's simplified text with its boundaries indexed for fast look-ups."""

    def __init__(self, text: str):
        self.text = text
        # Each list is the previous one filtered (every boundary is one character).
        self.clause_ends = [m.start() for m in _BOUNDARY.finditer(text)]
        self.comma_ends = [at for at in self.clause_ends if text[at] != "、"]
        self.sentence_ends = [at for at in self.comma_ends if text[at] in "。；;！？!?\n"]
        self.full_stops = [at for at in self.sentence_ends if text[at] not in "；;"]
        self.paragraph_ends = [at for at in self.full_stops if text[at] == "\n"]

        self.length = len(text)

    # Each look-up is written out (no shared helper): they run several times per number.

    def sentence(self, position):
        ends = self.sentence_ends
        i = bisect_left(ends, position)
        return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else self.length)

    def full_sentence(self, position):
        """A sentence ended by 。！？ only: periods carry across ；."""
        ends = self.full_stops
        i = bisect_left(ends, position)
        return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else self.length)

    def paragraph(self, position):
        ends = self.paragraph_ends
        i = bisect_left(ends, position)
        return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else self.length)

    def clause(self, position):
        ends = self.clause_ends
        i = bisect_left(ends, position)
        return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else self.length)

    def comma_clause(self, position):
        ends = self.comma_ends
        i = bisect_left(ends, position)
        return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else self.length)


def extract_metrics(doc: CleanDocument, parks: list[ParkMention], companies: list[CompanyMention],
                    main_park: Optional[str]) -> list[Metric]:
    """Every measured number of one article, in reading order."""
    body = doc.body or ""
    simplified = doc.body_simplified if doc.body_simplified and len(doc.body_simplified) == len(body) else body
    text = simplified.translate(FULLWIDTH) if _FULLWIDTH_CHARS.search(simplified) else simplified
    index = _Text(text)
    excluded = _excluded_spans(text)
    taiwan = _is_taiwan_article(text, body, doc.script)
    candidates = _find_candidates(text, excluded, taiwan)
    currency_at = _currency_resolver(text, taiwan)
    mentions = _period_mentions(text, taiwan)
    periods = (mentions, [p[0] for p in mentions])
    subjects = _SubjectFinder(text, index, parks or [], companies or [], main_park,
                              counted_ends={c.end for c in candidates if c.kind in ("count", "person")})
    metrics = []
    for cand in candidates:
        cand.comma_clause = index.comma_clause(cand.start)
        cand.sentence = index.sentence(cand.start)
        _mark_per_unit(text, index, cand)
        _normalize(cand, currency_at)
        if cand.measure is None:
            _qualify(text, cand)
    _share_qualifiers(text, candidates)
    for cand in candidates:
        measure = cand.measure or _classify(text, index, cand)
        if cand.measure is None and measure in ("projects", "enterprise_count", "other"):
            measure = _inherit_from_parent(text, index, cand, metrics, measure) or measure
        if cand.measure is None and measure == TABLES.measure_defaults.get(cand.kind, "other"):
            measure = _inherit_from_total(text, index, cand, metrics) or measure
        if measure == "growth_rate" and metrics:
            measure = _growth_of_previous(text, cand, metrics[-1]) or measure
        cand.measure = measure
        subject = subjects.subject_of(cand)
        label = None if cand.kind in TABLES.no_period_kinds else _period_of(text, index, periods, cand.start)
        metrics.append(_metric(doc, body, text, cand, _quote_span(text, index, cand), subject, label, taiwan, periods))
    if any(p.kind == "table" for p in doc.paragraphs or ()):
        metrics.extend(_table_metrics(doc, body, text, candidates, subjects, currency_at, taiwan, periods))
        metrics.sort(key=lambda m: m.number_start)
    return metrics


def _period_header(header, start, taiwan):
    """(start, end) of a column header that is wholly a period (1-9月, 2023年, 本月), else None."""
    if not header or start < 0:
        return None
    spans = _period_mentions(header, taiwan)
    return (start, start + len(header)) if spans and spans[0][0] == 0 and spans[0][1] == len(header) else None


def _table_metrics(doc, body, text, candidates, subjects, currency_at, taiwan, periods) -> list[Metric]:
    """A metric for each numeric cell of the article's tables (etl/tables.py): the phrase its
    row label and column header imply (地区生产总值 + 同比增长 + 5.8 + %) is read with the prose
    rules for its unit and measure; a header that is a period (1-9月) is the cell's period."""
    taken = sorted((c.start, c.end) for c in candidates)  # a cell that wrote its unit was read already
    table_periods = {}  # a table's header row → the spans of its headers that are periods
    metrics = []
    for cell in table_cells(text, doc.paragraphs):
        if _inside(taken, cell.start, cell.end):
            continue
        if cell.headers not in table_periods:
            table_periods[cell.headers] = [_period_header(h, at, taiwan) for h, at in cell.headers]
        header_periods = table_periods[cell.headers]
        header, _ = cell.header
        period = header_periods[cell.column - 1] if cell.column <= len(header_periods) else None
        if period:
            header = ""
        else:
            sibling = [p for p in header_periods if p]
            period = sibling[0] if len(sibling) == 1 else None
        prefix = cell.label + header
        phrase = f"{prefix}{cell.text.lstrip('+-−').replace(',', '')}{cell.unit}"
        cand = next((c for c in _find_candidates(phrase, [], taiwan) if c.start == len(prefix)), None)
        if cand is None:
            continue  # a unit the unit table does not know
        phrase_index = _Text(phrase)
        cand.comma_clause = phrase_index.comma_clause(cand.start)
        cand.sentence = phrase_index.sentence(cand.start)
        _normalize(cand, lambda _, at=cell.start: currency_at(at))
        measure = cand.measure or _classify(phrase, phrase_index, cand)
        sign = -1 if cell.text.startswith(("-", "−")) else 1
        value = None if cand.value is None else sign * cand.value
        normalized = None if cand.normalized_value is None else sign * cand.normalized_value
        cell_cand = _Candidate(cell.start, cell.end, value, cand.unit_word, cand.magnitude, rule="table",
                               written_unit=cand.written_unit, normalized_unit=cand.normalized_unit,
                               normalized_value=normalized, kind=cand.kind, measure=measure,
                               comma_clause=(cell.row_start, cell.row_end), sentence=(cell.row_start, cell.row_end))
        quote = cell.row_start, cell.row_end  # the whole row: label, value, growth
        if quote[1] - quote[0] > 80:
            quote = max(quote[0], cell.start - 40), min(quote[1], cell.end + 30)
        metrics.append(_metric(doc, body, text, cell_cand, quote, subjects.subject_of(cell_cand), period, taiwan,
                               periods))
    return metrics


def _metric(doc, body, text, cand, quote, subject, label, taiwan, periods) -> Metric:
    """The stored row of a read number: `quote` and `label` are (start, end) spans of the text."""
    period_start, period_end = resolve_period(
        _resolvable_label(text, label, taiwan, periods), doc.published) if label else (None, None)
    return Metric(
        measure=cand.measure,
        value=cand.value,
        unit=cand.written_unit if cand.written_unit is not None else cand.magnitude + cand.unit_word,
        normalized_value=cand.normalized_value,
        normalized_unit=cand.normalized_unit,
        number_text=body[cand.start:cand.end],
        quote=body[quote[0]:quote[1]],
        char_start=quote[0],
        char_end=quote[1],
        qualifier=cand.qualifier,
        value_high=cand.value_high,
        normalized_value_high=_scale(cand, cand.value_high),
        currency=cand.normalized_unit if cand.kind == "money" else None,
        subject=subject[0],
        subject_kind=subject[1],
        period_label=body[label[0]:label[1]] if label else None,
        period_start=period_start,
        period_end=period_end,
        number_start=cand.start,
        number_end=cand.end,
        rule=cand.rule,
    )


# --- finding numbers -------------------------------------------------------------------

def _excluded_spans(text: str) -> list[tuple[int, int]]:
    """Short quoted slogans (“3+1”, “五个一”) and identifiers (704所): no quantities inside."""
    spans = [m.span() for m in TABLES.quote_spans.finditer(text)]
    for pattern in TABLES.identifiers:
        spans.extend(m.span() for m in pattern.finditer(text))
    return sorted(spans)


def _inside(spans, start, end) -> bool:
    i = bisect.bisect_right(spans, (start, _INFINITY))
    for s, e in spans[i - 3 if i > 3 else 0:i + 1]:
        if s <= start and end <= e or s < end and start < e:
            return True
    return False


_INFINITY = float("inf")


def _find_candidates(text: str, excluded, taiwan: bool = False) -> list[_Candidate]:
    found = []
    for m in TABLES.quantity.finditer(text):
        cand = _quantity_candidate(text, m, taiwan)
        fallback = TABLES.units[m.group("unit")].get("else") if cand is None else None
        if fallback:  # 3个人才项目: 个人 is rejected, 个 is the unit after all
            shorter = TABLES.quantity.match(text, m.start(), m.end("unit") - len(m.group("unit")) + len(fallback))
            cand = _quantity_candidate(text, shorter, taiwan) if shorter else None
        if cand:
            found.append(cand)
    for m in TABLES.implicit_one.finditer(text):
        cand = _implicit_candidate(text, m)
        if cand:
            found.append(cand)
    for m in TABLES.doubling.finditer(text):
        times = read_number(m.group("num")) if m.group("num") else 1
        found.append(_Candidate(m.start(), m.end(), times, "番", "", rule="doubling",
                                normalized_unit="times", normalized_value=float(2 ** times), kind="times"))
    for m in TABLES.magnitude_money.finditer(text):
        previous = text[m.start() - 1:m.start()]
        if previous and (previous.isdigit() or previous in CN_DIGITS):
            continue
        try:
            total = read_number(m.group("num") + m.group("mag"))
        except ValueError:
            continue
        found.append(_Candidate(m.start(), m.end(), total / TABLES.magnitudes[m.group("mag")], "元",
                                m.group("mag"), rule="magnitude_noun"))
    for m in TABLES.percent_words.finditer(text):
        try:
            value = read_number(m.group("num").replace("点", "."))
        except ValueError:
            continue
        found.append(_Candidate(m.start(), m.end(), value, "%", "", rule="percent_words"))
    found.extend(_rank_candidates(text))
    if excluded:  # most articles have no slogans or identifiers
        found = [c for c in found if not _inside(excluded, c.start, c.end)]
    return _without_overlaps(found)


def _without_overlaps(found):
    """Keep the longest of overlapping candidates, in reading order."""
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept = []
    for cand in found:
        if kept and cand.start < kept[-1].end:
            if cand.end - cand.start > kept[-1].end - kept[-1].start:
                kept[-1] = cand
            continue
        kept.append(cand)
    return kept


_LIST_NUMBER_YEAR = re.compile(r"\d{1,2}\.(?:19|20)\d{2}")


def _is_year_date(text, num_text, value, end, m, taiwan) -> bool:
    if value >= 1000 or _LIST_NUMBER_YEAR.fullmatch(num_text):
        return True  # 2019年; 注：2.2023年实际使用外资…: a list number before a year
    if m.group("mid1") or m.group("mid2") or m.group("post") or not num_text.isdigit() or len(num_text) < 2:
        return False
    if TABLES.roc_year_after.match(text, end):
        return True  # 103年上半年, 97年1-4月
    low, high = TABLES.roc_years
    return taiwan and low <= value <= high and not TABLES.duration_after.match(text, end)


def _quantity_candidate(text: str, m, taiwan: bool = False) -> Optional[_Candidate]:
    num_text, mid1, magnitude, mid2, unit_word, post = m.group("num", "mid1", "mag", "mid2", "unit", "post")
    spec = TABLES.units[unit_word]
    kind = spec["kind"]
    start = m.start("num")
    end = m.end()
    after = text[end:end + 2]
    before = text[start - 4 if start > 4 else 0:start]
    previous = before[-1:]
    if previous == "第" or (previous and TABLES.code_neighbours.match(previous)):
        return None
    if after and after.startswith(TABLES.not_unit_before.get(unit_word, ())):
        return None
    per_unit = None
    if text[end:end + 3].lstrip(" ")[:1] in TABLES.rate_markers:
        rate = TABLES.per_unit_after.match(text, end) if kind == "money" else None
        if not rate:
            return None  # 500元/吨, 30元/平方米/月: a price or rent, not a park figure
        per_unit = TABLES.per_unit_denominators[rate.group("denominator")]  # 300万元/亩
    if spec.get("max_value") and (magnitude or not _is_small(num_text, spec["max_value"])):
        return None  # 三五成群, 20成: not tenths
    if TABLES.furniture_before.search(text, max(0, start - 8), start):
        return None  # 浏览次数：1234次: page furniture
    if text.startswith(TABLES.class_suffixes, end):
        return None  # 千吨级码头, 百万辆级车企, 百亿级项目: a class, not a measurement
    if before[-1:] == "前" and kind == "person":
        return None  # 前3位, 前10名: a rank or an ordinal, not people
    if before[-1:] and before[-1] in TABLES.conversion_marks or after[:1] and after[0] in TABLES.conversion_marks:
        return None  # 1亩≈666.67平方米: a conversion, not a measurement
    is_chinese = num_text[0] in CN_DIGITS
    if is_chinese and num_text.strip("零〇○二") == "":
        return None  # 零部件, 二次利用, 二号: not counts (two of a thing is 两)
    magnitude = magnitude or ""
    try:
        value = read_number(num_text + magnitude) / TABLES.magnitudes.get(magnitude, 1) if magnitude \
            else read_number(num_text)
    except ValueError:
        return None
    if is_chinese:
        if text.startswith(TABLES.idioms, start):
            return None  # 百年企业, 一年一度
        if before[-1:] and before[-1] in "几数" + CN_DIGITS or after[:1] and after[0] in "万亿" + CN_DIGITS:
            return None  # 千家万户, 三个一批, 五个一: idioms and slogans
        if text.startswith(TABLES.program_words, end):
            return None  # 三年行动计划, 千人计划
        if unit_word == "个" and text.startswith(TABLES.slogan_nouns, end):
            return None  # 四个维度, 四个意识
        if num_text == "一" and kind == "duration" and before[-1:] and before[-1] in TABLES.one_time_not_after:
            return None  # 新一年, 每一天
        if num_text == "一" and kind in ("count", "count_events", "person") and not mid1 \
                and not magnitude and (after[:1] and after[0] not in CLAUSE_END + "”」"):
            return None  # indefinite 一: 一名工作人员, 一栋厂房
    if kind == "duration":
        if unit_word == "年" and _is_year_date(text, num_text, value, end, m, taiwan):
            return None  # 2019年, 二〇二一年, 民国101年 / 103年上半年: a date
        if _is_period_window(text, m.start("num"), end, spec["normalized"]):
            return None
    if kind == "person" and before.endswith(TABLES.rank_change_verbs):
        return _Candidate(start, end, value, unit_word, "", rule="rank_change", written_unit=unit_word,
                          normalized_unit="rank", normalized_value=float(value), kind="rank", measure="rank")
    if post and kind != "duration":
        end = m.end("unit")
    qualifier = spec.get("qualifier")
    if mid1 or mid2 or post:
        qualifier = "more_than"
    if kind in ("percent", "percentage_point") and previous in "-−" and previous and not mid1 \
            and not (before[-2:-1].isascii() and before[-2:-1].isalnum()):
        start, value = start - 1, -value  # 年增率-11.3%: a fall written with a minus sign (not 10-30%)
    cand = _Candidate(start, end, value, unit_word, magnitude, qualifier=qualifier, kind=kind,
                      qualifier_from="inside" if qualifier else None)
    if per_unit:
        cand.end = rate.end()
        cand.per_unit = per_unit
        cand.written_unit = magnitude + unit_word + rate.group("marker") + rate.group("denominator")
    approximate = read_approximate(num_text) if is_chinese else None
    if approximate:
        cand.value, cand.value_high = approximate  # 三四个, 十五六家, 五六十人: a rough range
        cand.qualifier = "range"
    if kind == "money":
        prefix = TABLES.currency_prefix.search(text, max(0, start - 4), start)
        if prefix:
            cand.currency_hint = TABLES.currency_prefixes[prefix.group(1)]  # 新台币2兆41亿元
    # 10—30亿元: a range separator just before the number, then its low end before that
    low = TABLES.range_low.search(text, max(0, start - 24), start) \
        if TABLES.range_hint.search(text, max(0, start - 3), start) else None
    if low and _is_range_low(text, low, unit_word, magnitude):
        try:
            low_value = read_number(low.group("lo"))
        except ValueError:
            return cand
        low_magnitude = low.group("lo_mag") or magnitude
        # 5000万元—1亿元: both ends in the low end's unit (5000 to 10000 万元), as written first
        high = value * TABLES.magnitudes.get(magnitude, 1) / TABLES.magnitudes.get(low_magnitude, 1)
        if low_value < high:
            cand.start = low.start("lo")
            cand.value, cand.value_high, cand.qualifier = low_value, high, "range"
            cand.magnitude = low_magnitude
    return cand


def _is_small(num_text: str, max_value: float) -> bool:
    """One digit, maybe with a decimal (3成, 3.5成, 七成, 十成): the only numbers of tenths."""
    try:
        value = read_number(num_text)
    except ValueError:
        return False
    return 0 < value <= max_value and len(num_text.replace(".", "").replace("十", "")) <= 2


def _is_range_low(text, low, unit_word, magnitude) -> bool:
    """The number before a separator is this range's low end: same unit if it has one,
    and not itself part of a code, an ordinal or a date (第1—3名, 1—3月份 never get here)."""
    lo_unit = low.group("lo_unit")
    if lo_unit and (lo_unit != unit_word or (low.group("lo_mag") or "") != magnitude and not (
            low.group("lo_mag") and magnitude)):  # 5000万元—1亿元: two magnitudes of one unit
        return False
    if not lo_unit and (low.group("lo_mag") or "") not in ("", magnitude):
        return False
    before = text[low.start("lo") - 1:low.start("lo")] if low.start("lo") else ""
    return not (before and (before == "第" or TABLES.code_neighbours.match(before)))


def _is_period_window(text, num_start, end, normalized) -> bool:
    """未来五年, 近3年, 前5个月, 3年前, 5年来: a time window used as a period."""
    head = text[max(0, num_start - 3):num_start]
    for word in TABLES.window_before:
        if head.endswith(word):
            previous = head[-len(word) - 1:-len(word)]
            if not (previous and previous in TABLES.window_not_after.get(word, "")):
                return True
    words = TABLES.window_after["year" if normalized == "year" else "month" if normalized == "month" else "other"]
    return text.startswith(words, end)


def _implicit_candidate(text: str, m) -> Optional[_Candidate]:
    """超亿元, 过亿元, 逾万人, 亿元以上: a bare magnitude is an implicit one."""
    trailing = m.group("mag_t") is not None
    mag, unit_group = ("mag_t", "unit_t") if trailing else ("mag", "unit")
    unit_word = m.group(unit_group)
    if TABLES.units[unit_word]["kind"] in ("duration", "age", "rank"):
        return None
    before = text[max(0, m.start() - 1):m.start()]
    if before and (before in CN_DIGITS or before.isdigit() or before in ".．。,，" and trailing):
        return None
    if text.startswith(TABLES.not_unit_before.get(unit_word, ()), m.end(unit_group)):
        return None
    return _Candidate(m.start(mag), m.end(unit_group), 1.0, unit_word, m.group(mag), qualifier="more_than",
                      rule="implicit_one")


def _rank_candidates(text: str) -> list[_Candidate]:
    """第7, 居第15位, 全球销量第一, 跻身全国十强, 全省前三."""
    found = []
    for m in TABLES.ordinal_rank.finditer(text):
        after = text[m.end():m.end() + 1]
        if after and after not in TABLES.rank_after:
            continue
        clause_start = _clause_start(text, m.start())
        if not TABLES.rank_context.search(text, max(clause_start, m.start() - 8), m.start()):
            continue
        found.append(_rank(m, m.group("u") or "第"))
    strong = []
    at = text.find("强")
    while at > 0:
        m = TABLES.strong_rank.search(text, max(0, at - 6), at + 1)
        if m:
            strong.append(m)
        at = text.find("强", at + 1)
    for pattern, matches in ((TABLES.front_rank, TABLES.front_rank.finditer(text)), (TABLES.strong_rank, strong)):
        for m in matches:
            after = text[m.end():m.end() + 1]
            if pattern is TABLES.front_rank and not m.group("u") and after and after not in TABLES.rank_after:
                continue
            if m.group("u") == "强" and text.startswith(TABLES.rank_list_after, m.end()):
                continue  # 百强榜, 500强企业: a list, not a standing
            clause_start = _clause_start(text, m.start())
            if not TABLES.standing_verbs.search(text, max(clause_start, m.start() - 8), m.start()):
                continue
            found.append(_rank(m, m.group("u") or "前"))
    return found


def _rank(m, unit) -> _Candidate:
    return _Candidate(m.start(), m.end(), read_number(m.group("num")), unit, "", rule="rank",
                      written_unit=unit, normalized_unit="rank", kind="rank", measure="rank",
                      normalized_value=float(read_number(m.group("num"))))


def _clause_start(text, position):
    i = position - 1
    while i >= 0 and text[i] not in CLAUSE_END:
        i -= 1
    return i + 1


# --- values, units, currencies -----------------------------------------------------------

def _is_taiwan_article(text: str, original: str, script: str) -> bool:
    """An article from Taiwan: traditional script and Taiwan place or institution names, or
    more such names and an explicit 新台币 in any script."""
    if script not in ("traditional", "mixed") and not any(w in text for w in TABLES.taiwan_currency_words):
        return False  # the common case, decided without scanning for place names
    markers = {_simplified_marker(m.group()) for source in {text, original}
               for m in TABLES.taiwan_markers.finditer(source)}
    if script in ("traditional", "mixed") and len(markers) >= TABLES.taiwan_min_markers:
        return True
    return len(markers) > TABLES.taiwan_min_markers and bool(markers & TABLES.taiwan_currency_words)


def _simplified_marker(word: str) -> str:
    return word.translate(_MARKER_FORMS)


_MARKER_FORMS = str.maketrans("臺灣幣區國會縣民", "台湾币区国会县民")


def _currency_resolver(text: str, taiwan: bool):
    """position → default currency of 元 there (declarations like 新臺幣（以下同） switch it)."""
    default = TABLES.taiwan_currency if taiwan else "CNY"
    switches = []
    for pattern, required in TABLES.currency_declarations:
        for m in pattern.finditer(text) if required in text else ():  # most articles declare nothing
            switches.append((m.start(), TABLES.currency_prefixes[m.group("currency")]))
    switches.sort()
    positions = [p for p, _ in switches]

    def currency_at(position):
        i = bisect.bisect_right(positions, position)
        return switches[i - 1][1] if i else default

    return currency_at


def _normalize(cand: _Candidate, currency_at) -> None:
    if cand.normalized_unit is not None:
        if cand.normalized_value is None:
            cand.normalized_value = cand.value
        return
    spec = TABLES.units[cand.unit_word]
    cand.kind = spec["kind"]
    factor = TABLES.magnitudes.get(cand.magnitude, 1) * spec["factor"]
    if cand.kind == "money":
        currency = spec["normalized"] or cand.currency_hint or currency_at(cand.start)
        cand.normalized_unit = currency if cand.per_unit is None else f"{currency}/{cand.per_unit}"
        if cand.unit_word in ("元人民币", "人民币"):
            cand.written_unit = cand.magnitude + "元"
        elif spec.get("written"):
            cand.written_unit = spec["written"]  # 3个亿 → 3 亿元
    else:
        cand.normalized_unit = spec["normalized"]
    cand.normalized_value = _round(cand.value * factor, cand.normalized_unit)


def _mark_per_unit(text: str, index, cand: _Candidate) -> None:
    """人均劳动生产率28.6万元, 亩均税收由18万元提高到35万元: money per person or per mu."""
    if cand.per_unit or cand.normalized_unit is not None or TABLES.units[cand.unit_word]["kind"] != "money":
        return
    start, _ = cand.comma_clause
    found = None
    for m in TABLES.per_unit_before.finditer(text, start, cand.start):
        found = m
    if found:
        cand.per_unit = TABLES.per_unit_of[found.group()]


def _share_qualifiers(text: str, candidates) -> None:
    """超过5亿元或1亿美元 / 5亿元或1亿美元以上: one qualifier word covers both numbers."""
    for first, second in zip(candidates, candidates[1:]):
        if text[first.end:second.start] not in TABLES.shared_qualifier_joins:
            continue
        if first.qualifier_from == "before" and second.qualifier is None:
            second.qualifier, second.qualifier_from = first.qualifier, "shared"
        elif second.qualifier_from == "after" and first.qualifier is None:
            first.qualifier, first.qualifier_from = second.qualifier, "shared"


def _round(value, unit):
    """亩 → m2 to 2 decimals (gold convention); elsewhere 15 significant digits, which drops
    binary noise such as 5335.64 × 1e8 = 533564000000.00006."""
    if unit == "m2":
        return round(value, 2)
    if value.__class__ is float and value.is_integer() and -1e15 < value < 1e15:
        return value  # at most 15 digits, all before the point: .15g would write it back exactly
    return float(f"{value:.15g}")


def _scale(cand: _Candidate, value):
    if value is None or not cand.value:
        return None
    return _round(value * cand.normalized_value / cand.value, cand.normalized_unit)


# --- qualifiers ----------------------------------------------------------------------------

def _qualify(text: str, cand: _Candidate) -> None:
    """约/近/超过 before the number, 以上/左右/以内 after its unit (余/多 inside were read already)."""
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
        if m and not (m.start() and text[m.start() - 1] in TABLES.qualifier_not_after.get(m.group(1), "")):
            # 约占全国的26%: the qualifier stands before the verb of a share (签约占 is no 约)
            cand.qualifier, cand.qualifier_from = TABLES.qualifier_of[m.group(1)], "before"
            return
    start = cand.start
    if start and text[start] in "百千万" and text[start - 1] in TABLES.qualifier_round_before:
        cand.qualifier = TABLES.qualifier_round_before[text[start - 1]]  # 上百家
        return
    m = TABLES.qualifier_after.match(text, cand.end)
    if m:
        word = m.group(1)
        following = text[m.end():m.end() + 1]
        if not (following and following in TABLES.qualifier_not_before.get(word, "")):
            cand.qualifier = TABLES.qualifier_of[word]  # 3个上下游项目 is not about
            cand.qualifier_from = "after"


# --- measures ----------------------------------------------------------------------------

def _classify(text: str, index: _Text, cand: _Candidate) -> str:
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
    clause_start, _ = index.clause(cand.start)
    comma_start, comma_end = cand.comma_clause
    _, after_end = index.clause(cand.end)
    sentence_start, _ = cand.sentence
    requirement_text = text[comma_start:max(comma_end, after_end)]
    sentence_text = text[sentence_start:max(comma_end, after_end)]
    pre_nominal = cand.end < len(text) and text[cand.end] not in CLAUSE_END \
        and not text[max(0, cand.start - 2):cand.start].endswith(TABLES.count_predicates)
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
    before_clause = before_comma if comma_start == clause_start else \
        [hit for hit in before_comma if hit[1] + len(hit[0]) <= reach]
    if kind in ("count", "person") and pre_nominal:
        adjacent = [hit for hit in before_clause if hit[1] == 0]  # 景观类项目8个在建: post-nominal after all
        measure = _pick_rule(adjacent, requirement_text, sentence_text, kind)
        if measure:
            return measure
        # 5名业务骨干: the noun after the number is what is counted
    else:
        for found in (before_clause, before_comma):
            if kind in ("count", "person"):  # 企业获科学技术奖6项: the noun right before is counted
                found = [hit for hit in found if hit[1] <= TABLES.count_keyword_reach
                         or (kind, hit[0]) in TABLES.far_keywords]
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
    return all(rule["measure"] == "growth_rate" for rule, _ in TABLES.rules_by_keyword.get((kind, word), ()))


def _ranked_by_front(text: str, cand: _Candidate) -> bool:
    """全省前10%: a percentage after 前 and a verb of standing is a rank."""
    if text[cand.start - 1:cand.start] != "前":
        return False
    clause_start = _clause_start(text, cand.start)
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
                    where_required = sentence_text if rule["requires_in"] == "sentence" else requirement_text
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
        window = text[sentence_start:cand.start]
        if any(keyword in window for keyword, _ in rule["keywords"]):
            return rule["measure"]
    return None


def _inherit_from_parent(text, index, cand, metrics, measure):
    """其中过亿元项目17个: a count after 其中 is a subset of the count before it."""
    if cand.kind not in ("count", "person"):
        return None
    sentence_start, _ = cand.sentence
    at = text.rfind("其中", sentence_start, cand.start)
    if at < 0:
        return None
    # 其中 opening the sentence points back to the previous one, for a count of the same family.
    opens = not text[sentence_start:at].strip()
    window_start = index.full_sentence(sentence_start - 1)[0] if opens and sentence_start else sentence_start
    family = TABLES.family_of.get(measure)
    for previous in reversed(metrics):
        if previous.number_start < window_start:
            break
        if previous.number_start < at and previous.normalized_unit == cand.normalized_unit:
            if previous.number_start >= sentence_start or family and previous.measure in family:
                return previous.measure
            return None
    return None


def _growth_of_previous(text, cand, previous):
    """地区生产总值3052.6亿元，同比增长6.8%: a growth rate whose only words since the figure before it
    are growth words is that figure's growth (data/measures.yml, growth_of)."""
    growth = TABLES.growth_of.get(previous.measure)
    if not growth or previous.number_start < cand.sentence[0]:
        return None
    between = text[previous.number_end:cand.start]
    if len(between) > 16:
        return None
    regex = TABLES.keyword_regex_by_kind.get(cand.kind)
    words = [word for word, _, _ in _keywords_near(regex, text, previous.number_end, cand.start, "before")] \
        if regex else []
    if not words:
        # …增长6.8%，高于全市1.2个百分点: a growth compared with another place's is that growth too
        return growth if TABLES.comparison_words.search(between) else None
    return growth if all(_is_growth_word(cand.kind, word) for word in words) else None


def _inherit_from_total(text, index, cand, metrics):
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


# --- subjects ----------------------------------------------------------------------------

class _SubjectFinder:
    """Which park or company a number is about."""

    def __init__(self, text, index, parks, companies, main_park, counted_ends=frozenset()):
        self.text = text
        self.index = index
        self.main_park = main_park
        events = []  # (start, end, kind, name)
        bare = []
        for p in parks:
            if p.is_sub_park:
                events.append((p.char_start, p.char_end, "sub_park", p.name))
            elif p.rule in ("anaphor", "short_form"):
                bare.append(p)  # 园区, 高新区: resolved to the main park by etl.entities
            else:
                events.append((p.char_start, p.char_end, "park", p.name))
        for c in companies:
            if c.char_start in counted_ends:
                continue  # 成立了4家风险投资公司: counted, not talked about
            events.append((c.char_start, c.char_end, "company", c.name))
        covered = sorted((s, e) for s, e, _, _ in events)
        named = sorted((s, name) for s, _, kind, name in events if kind == "park")
        self.named_starts = [s for s, _ in named]
        self.named = named
        for p in bare:  # … unless the paragraph names another park before it
            events.append((p.char_start, p.char_end, "park", self._park_in_focus(p.char_start) or p.name))
        for m in TABLES.park_anaphors.finditer(text):
            if not _inside(covered, m.start(), m.end()):
                events.append((m.start(), m.end(), "park", self._park_in_focus(m.start()) or main_park))
        for m in TABLES.company_anaphors.finditer(text):
            if not _inside(covered, m.start(), m.end()):
                events.append((m.start(), m.end(), "anaphor", None))
        events.sort()
        self.events = events
        self.starts = [e[0] for e in events]

    def subject_of(self, cand: _Candidate):
        text = self.text
        if cand.measure != "rank":
            for pattern in TABLES.scope_before:
                m = pattern.search(text, max(0, cand.start - 10), cand.start)
                if m and not text[max(0, m.start() - 2):m.start()].endswith(TABLES.scope_not_after):
                    return None, None
        entity = self._relative_clause_entity(cand)
        if entity:
            return entity
        if self._about_the_city(cand):
            return None, None
        segment_start, _ = cand.sentence
        topic = None
        lo = bisect.bisect_left(self.starts, segment_start)
        hi = bisect.bisect_left(self.starts, cand.start)
        for start, end, kind, name in self.events[lo:hi]:
            if end > cand.start:
                continue
            if kind == "park":
                topic = topic if topic and topic[1] in ("company", "sub_park") else (name, "park")
            elif kind == "anaphor":
                focus = self._focus(start)
                if focus:
                    topic = focus
            elif self._is_object(start):
                continue  # 引进永励电机, 与金雨茂物合作: not what the clause is about
            elif kind == "sub_park" and end == cand.start:
                topic = (name, kind)  # 臺南園區1,043公頃: a place right before its own figure
            elif self._is_list_member(end, cand.start):
                topic = None if not topic or topic[1] != "park" else topic  # a group: 科睿特、巨擘等项目
            elif self._is_topic(end):
                topic = (name, kind)
        if topic and topic[0]:
            return topic
        park = self._park_in_focus(segment_start)
        if park:
            return park, "park"
        if self.main_park:
            return self.main_park, "park"
        return None, None

    def _park_in_focus(self, position):
        """The park named last before `position` in its paragraph: in a round-up of several
        parks, 园区 and a sentence naming no park are about the park the paragraph is on."""
        i = bisect.bisect_left(self.named_starts, position)
        if not i:
            return None
        start, name = self.named[i - 1]
        paragraph_start, _ = self.index.paragraph(position)
        return name if start >= paragraph_start else None

    def _about_the_city(self, cand):
        """全市规上工业总产值增长5%: the clause opens with the city or province as its subject."""
        if cand.measure == "rank":
            return False
        start, _ = cand.comma_clause
        if not TABLES.clause_scope_start.match(self.text, start, cand.start):
            return False
        lo = bisect.bisect_left(self.starts, start)
        return not any(s < cand.start and kind in ("park", "company", "sub_park")
                       for s, _, kind, _ in self.events[lo:lo + 6])

    def _relative_clause_entity(self, cand):
        """获得2500万元资金贷款的奥莱电子 / 总投资5亿美元科睿特项目: the entity the number modifies."""
        text = self.text
        i = bisect.bisect_left(self.starts, cand.end)
        for start, end, kind, name in self.events[i:i + 3]:
            if kind not in ("company", "sub_park"):
                continue
            between = text[cand.end:start]
            if len(between) <= 14 and not any(ch in CLAUSE_END for ch in between):
                if between == "" and cand.kind not in ("count", "person") \
                        or "的" in between and len(between.rsplit("的", 1)[1]) <= 6:
                    return name, kind
            break
        m = TABLES.modified_facility.match(text, cand.end)
        if m:  # 仅用40天建成的高新技术展示中心: a project or facility no gazetteer knows
            name = m.group("name") + ("" if m.group("suffix") in TABLES.facility_suffix_dropped else m.group("suffix"))
            return name, "facility"
        return None

    def _is_object(self, start):
        head = self.text[max(0, start - 4):start].rstrip("“「\"‘")
        return head.endswith(TABLES.not_topic_before)

    def _is_list_member(self, end, number_start):
        after = self.text[end:end + 1]
        return after in ("等", "、", "和", "及", "与") or end >= number_start - 1

    def _is_topic(self, end):
        after = self.text[end:end + 6]
        return not after.startswith(TABLES.not_topic_after)

    def _focus(self, position):
        """The company or project an anaphor (该项目, 其) points back to."""
        text = self.text
        i = bisect.bisect_left(self.starts, position)
        for start, end, kind, name in reversed(self.events[max(0, i - 12):i]):
            if position - start > 400:
                break
            if kind not in ("company", "sub_park"):
                continue
            after = text[end:end + 6]
            if after.startswith(_LONG_NOT_TOPIC_AFTER):
                continue
            return name, kind
        return None


_LONG_NOT_TOPIC_AFTER = tuple(w for w in TABLES.not_topic_after if len(w) > 1)


# --- periods -----------------------------------------------------------------------------

def _period_mentions(text: str, taiwan: bool = False):
    """(start, end, label, clause_only) of every time reference, in reading order.

    A comparison base (较2019年) qualifies only its own clause; a year listed right after
    one (较2019年前进13个位次、2020年前进3个位次) is one too.
    """
    found = []
    matches = list(TABLES.periods.finditer(text))
    if taiwan:
        matches = sorted(matches + list(TABLES.roc_period.finditer(text)), key=lambda m: m.start())
    for m in matches:
        if not m.group() or found and m.start() < found[-1][1]:
            continue
        previous = text[m.start() - 1] if m.start() else ""
        if m.group() in ("年内", "年初", "年底", "年末", "全年", "年中") and previous \
                and (previous in CN_DIGITS or previous.isdigit() or previous in "几每"):
            continue
        if previous and previous in "较比" and TABLES.relative_year.match(m.group()):
            continue  # 较上年度翻一番: the usual year-on-year base, not the period
        comparison = bool(previous) and previous in "较比" or m.group()[:1] in "较比" \
            or previous == "是" and text[m.end():m.end() + 1] == "的"  # 是2005年的5.2倍
        if text[max(0, m.start() - 4):m.start()].endswith(TABLES.period_clause_only_after):
            comparison = True  # 将于2025年通车: the date of a planned event, for its clause only
        if not comparison and previous == "、" and found and found[-1][3] \
                and not any(ch in "，,；;。" for ch in text[found[-1][1]:m.start()]):
            comparison = True
        found.append((m.start(), m.end(), m.group(), comparison))
    return found


def _period_of(text, index, periods, position):
    """The time reference in force at `position`: the nearest one before it in the sentence,
    else the period that opened the paragraph's earlier sentence (去年，…。…).
    """
    periods, starts = periods
    sentence_start, _ = index.full_sentence(position)
    hi = bisect.bisect_left(starts, position)
    for start, end, label, comparison in reversed(periods[max(0, hi - 8):hi]):
        if end > position:
            continue
        if start < sentence_start:
            break
        between = text[end:position]
        if (comparison or TABLES.period_clause_only.match(label)) and any(ch in "，,；;" for ch in between):
            continue
        if TABLES.frame_breakers.search(text, end, position):
            return None
        return start, end
    if TABLES.frame_breakers.search(text, sentence_start, position):
        return None
    # A period that opened an earlier sentence of the paragraph carries on.
    paragraph_start, _ = index.paragraph(position)
    s = sentence_start - 1
    while s > paragraph_start:
        prev_start, _ = index.full_sentence(s)
        if TABLES.frame_breakers.search(text, prev_start, s):
            return None
        lo = bisect.bisect_left(starts, prev_start)
        opening = None
        for start, end, label, comparison in periods[lo:]:
            if start >= s:
                break
            if comparison or TABLES.period_clause_only.match(label):
                continue
            if index.comma_clause(start)[0] != prev_start and text[end:end + 1] not in "，,":
                break  # 二期项目计划明年投产: only a period that opens a sentence or clause (去年，…) frames the next ones
            first_number = TABLES.quantity.search(text, prev_start, s)
            if first_number and first_number.start() < start:
                break
            opening = (start, end)
            break
        if opening:
            return opening
        if lo < len(periods) and periods[lo][0] < s:
            return None  # a sentence with its own time reference (计划明年投产) ends the older frame
        s = prev_start - 1
    return None


_YEAR_BEFORE = re.compile(r"(\d{4})年")
_ROC_YEAR = re.compile(r"(\D*)(\d+)年(.*)")


def _resolvable_label(text, label, taiwan, periods):
    """The label in a form etl.periods resolves: 当年 takes the last year written before it
    (2021年，…当年实现…), a 民国 year becomes its Western year (111年 → 2022年)."""
    start, end = label
    written = text[start:end]
    if written == "同期":  # the same period as the one named last before it
        earlier = [m for m in periods[0][:bisect_left(periods[1], start)] if not m[3] and m[2] != "同期"]
        return _resolvable_label(text, earlier[-1][:2], taiwan, periods) if earlier else written
    if written.startswith("当年"):
        years = _YEAR_BEFORE.findall(text, max(0, start - 300), start)
        return f"{years[-1]}年{written[2:]}" if years else written
    if taiwan:
        m = TABLES.roc_period.fullmatch(written)
        if m:
            prefix, number, rest = _ROC_YEAR.match(written).groups()  # 截至 | 112 | 年底
            return f"{prefix}{int(number) + TABLES.roc_offset}年{rest}"
    return written


def _quote_span(text, index, cand):
    start, end = cand.comma_clause
    end = max(end, cand.end)
    if end - start > 80:
        start = max(start, cand.start - 30)
        end = min(end, cand.end + 30)
    return start, end
