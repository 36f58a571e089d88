"""Text → metrics: every number an article reports as a measurement, with its unit,
normalized value, qualifier, measure, subject and period.

The search runs on `doc.body_simplified` (same length as `doc.body`), so every offset
found there is valid in the original text; quotes and number_text are cut from `doc.body`.
Knowledge lives in data/units.yml, data/measures.yml and data/metric_rules.yml, compiled once
by metric_rules.py. Each step is its own module: quantities.py finds the numbers, units.py
normalizes them, qualifiers.py, measures.py, subjects.py and period_mentions.py say what each
reports, about whom and when; this module puts them together. Entry point: `extract_metrics`.
"""

import bisect

from etl.extract.candidates import FULLWIDTH_CHARS, Candidate, TextIndex
from etl.extract.measures import (
    classify,
    growth_of_previous,
    inherit_from_parent,
    inherit_from_total,
)
from etl.extract.metric_rules import TABLES
from etl.extract.numbers import FULLWIDTH
from etl.extract.period_mentions import (
    INHERITED_RULES,
    FirstNumbers,
    period_mentions,
    period_of,
    refuses_inherited_frame,
    resolvable_label,
)
from etl.extract.periods import resolve_period
from etl.extract.place import article_place, default_currency
from etl.extract.qualifiers import qualify
from etl.extract.quantities import excluded_spans, find_candidates, inside_spans
from etl.extract.subjects import FRAME_RULES, SubjectFinder
from etl.extract.tables import UNIT_LINE, table_cells
from etl.extract.units import (
    currency_resolver,
    is_taiwan_article,
    mark_per_unit,
    normalize_candidate,
    scale_value,
    share_qualifiers,
)
from etl.model import CleanDocument, CompanyMention, Metric, ParkMention, Place
from etl.script import to_simplified


def extract_metrics(
    doc: CleanDocument,
    parks: list[ParkMention],
    companies: list[CompanyMention],
    main_park: str | None,
    place: Place | None = None,
) -> list[Metric]:
    """Every measured number of one article, in reading order. `place` (extract_facts decides
    it once, with the parks) gives a bare 元 its currency; decided here when not given."""
    body = doc.body or ""
    simplified = (
        doc.body_simplified
        if doc.body_simplified and len(doc.body_simplified) == len(body)
        else body
    )
    text = simplified.translate(FULLWIDTH) if FULLWIDTH_CHARS.search(simplified) else simplified
    index = TextIndex(text)
    excluded = sorted(excluded_spans(text) + doc.spans_of("background"))  # 延伸阅读's figures
    taiwan = is_taiwan_article(text, body, doc.script)
    candidates = find_candidates(text, excluded, taiwan)
    place = place or article_place(doc, parks)
    currency_at = currency_resolver(text, default_currency(place, text))
    mentions = period_mentions(text, taiwan, _year_of(doc.published))
    periods = (mentions, [p[0] for p in mentions], FirstNumbers(c.start for c in candidates))
    subjects = SubjectFinder(
        text,
        index,
        parks or [],
        companies or [],
        main_park,
        counted_ends={c.end for c in candidates if c.kind in ("count", "person")},
        place=place,
        title=to_simplified(doc.title or ""),
        periods=mentions,
    )
    metrics = []
    for cand in candidates:
        cand.comma_clause = index.comma_clause(cand.start)
        cand.sentence = index.sentence(cand.start)
        mark_per_unit(text, index, cand)
        normalize_candidate(cand, currency_at)
        if cand.measure is None:
            qualify(text, cand)
    share_qualifiers(text, candidates)
    subjects.assign_lists(candidates)
    for cand in candidates:
        cand.measure = _measure_of(text, index, cand, metrics)
        if cand.kind == "money" and TABLES.class_threshold_after.match(text, cand.end):
            cand.rule = "class_threshold"  # 過億元項目17個: a class of projects, not an amount
        subject = subjects.subject_of(cand)
        label = _period_label(text, index, periods, cand, subject)
        quote = _quote_span(text, index, cand)
        metrics.append(_metric(doc, body, text, cand, quote, subject, label, taiwan, periods))
    if any(p.kind == "table" for p in doc.paragraphs or ()):
        metrics.extend(
            _table_metrics(doc, body, text, metrics, subjects, currency_at, taiwan, periods)
        )
        metrics.sort(key=lambda m: m.number_start)
    return metrics


def _year_of(published: str | None) -> int | None:
    return int(published[:4]) if published and published[:4].isdigit() else None


def _period_label(text, index, periods, cand, subject) -> tuple | None:
    """(start, end, rule) of the number's period, or (None, None, why) when it takes none."""
    if cand.kind in TABLES.no_period_kinds:
        return None
    label = period_of(text, index, periods, cand.start)
    if label and label[2] in INHERITED_RULES:
        refused = refuses_inherited_frame(
            text, index, cand.start, cand.measure, subject.kind, label[:2]
        )
        if refused:
            label = (None, None, refused)  # no period, and the reason
    if label and label[0] is not None and _capacity_outside_its_clause(cand, label):
        label = (None, None, "capacity")
    if cand.measure == "rank":
        label = _rank_change_base(text, cand) or label
    return label


def _capacity_outside_its_clause(cand: Candidate, label: tuple) -> bool:
    """A plant's capacity (年产20万吨高纯晶硅) is per year of running, not of the period its
    sentence opened with (一季度，…开工建设年产20万吨…): only a time word in its own clause
    (达产后年产…) is its period."""
    return cand.measure in TABLES.timeless_measures and label[0] < cand.comma_clause[0]


def _rank_change_base(text: str, cand: Candidate) -> tuple | None:
    """较上年前移3位: a change of rank spans from its base to now, so the base (较上年, 比上月)
    is its period, where a growth rate's base (较上年增长) is not."""
    clause_start = cand.comma_clause[0]
    for m in reversed(list(TABLES.comparison_base.finditer(text, clause_start, cand.start))):
        if TABLES.rank_moves.fullmatch(text, m.end(), cand.start):
            return m.start(), m.end(), "comparison_base"
    return None


def _measure_of(text: str, index: TextIndex, cand: Candidate, metrics: list) -> str:
    """The measure a number reports: its own keywords, else what the figures before it say (a
    part of a total, a growth of the figure just before)."""
    measure = cand.measure or classify(text, index, cand)
    if cand.measure is None and measure in ("projects", "enterprise_count", "other"):
        measure = inherit_from_parent(text, index, cand, metrics, measure) or measure
    if cand.measure is None and measure == TABLES.measure_defaults.get(cand.kind, "other"):
        measure = inherit_from_total(text, index, cand, metrics) or measure
    if measure == "growth_rate" and metrics:
        measure = growth_of_previous(text, cand, metrics[-1]) or measure
    return measure


def _period_header(header, start, taiwan):
    """(start, end) of a column header that is wholly a period (1-9月, 2023年, 本月), else None."""
    if not header or start < 0:
        return None
    spans = period_mentions(header, taiwan)
    whole = spans and spans[0][0] == 0 and spans[0][1] == len(header)
    return (
        (start, start + len(header)) if whole or TABLES.part_of_a_year.fullmatch(header) else None
    )


def _table_metrics(
    doc, body, text, prose_metrics, subjects, currency_at, taiwan, periods
) -> list[Metric]:
    """A metric for each numeric cell of the article's tables (etl/extract/tables.py): the
    phrase its row label and column header imply (地区生产总值 + 同比增长 + 5.8 + %) is read with
    the prose rules for its unit and measure; a header that is a period (1-9月) is its period."""
    # a cell that wrote its unit was read already, as prose
    read = {m.number_start: m for m in prose_metrics}
    taken = sorted((m.number_start, m.number_end) for m in prose_metrics)
    table_periods = {}  # a table's header row → the spans of its headers that are periods
    metrics, tables = [], []
    for cell in table_cells(text, doc.paragraphs):
        if inside_spans(taken, cell.start, cell.end):
            _measure_from_headers(read.get(cell.start), cell, currency_at, taiwan)
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
        if not period:  # a row whose label is a period (1月 | 398.7 | 15.2): the row's period
            at = text.find(cell.label, cell.row_start, cell.start) if cell.label else -1
            period = _period_header(cell.label, at, taiwan)
        caption = _caption_period(text, cell, periods)
        if period and caption and _names_the_same_months(text, caption, period):
            period = caption  # 2025年1—9月 above a 1—9月 column: the caption's, with its year
        elif period:
            period = (*period, "table_header")
        else:
            period = caption
        period = _row_label_period(text, cell, taiwan) or period
        cell_cand = _cell_candidate(cell, cell.label + header, currency_at, taiwan)
        if cell_cand is None:
            continue  # a unit the unit table does not know
        quote = cell.row_start, cell.row_end  # the whole row: label, value, growth
        if quote[1] - quote[0] > 80:
            quote = max(quote[0], cell.start - 40), min(quote[1], cell.end + 30)
        subject = subjects.subject_of(cell_cand)
        metrics.append(_metric(doc, body, text, cell_cand, quote, subject, period, taiwan, periods))
        tables.append(cell.headers)
    return _rows_of_parks_name_their_own(metrics, tables)


def _row_label_period(text, cell, taiwan) -> tuple | None:
    """规上工业企业营业收入（1—2月） | 251.63 | 8.4: a period in brackets in the row's label is that
    row's, whatever the column header says."""
    if not cell.label or "（" not in cell.label and "(" not in cell.label:
        return None
    at = text.find(cell.label, cell.row_start, cell.start)
    if at < 0:
        return None
    for start, end, _, comparison in period_mentions(cell.label, taiwan):
        opened = cell.label[start - 1 : start] in ("（", "(")
        if not comparison and opened and cell.label[end : end + 1] in ("）", ")"):
            return at + start, at + end, "row_label"
    return None


def _names_the_same_months(text, caption, header) -> bool:
    """Whether a caption's period is the header's with its year said (2025年1—9月 over 1—9月; not
    2024年1—6月 over a 6月 column, another span)."""
    written, short = text[caption[0] : caption[1]], text[header[0] : header[1]]
    return written.endswith(short) and written[: -len(short)].endswith("年")


def _caption_period(text, cell, periods):
    """(start, end, "table_caption") of the period in the caption line right above a table (表
    2024年“一区四园”主要指标完成情况), or None: a caption is a short line with no full stop. A
    unit line (单位：亿元、%) may stand between them."""
    header_start = cell.headers[0][1] if cell.headers else cell.row_start
    line_end = text.rfind("\n", 0, header_start)
    if line_end <= 0:
        return None
    line_start = text.rfind("\n", 0, line_end) + 1
    if UNIT_LINE.match(text, line_start) and line_start > 1:
        line_end = line_start - 1
        line_start = text.rfind("\n", 0, line_end) + 1
    if line_end - line_start > CAPTION_LENGTH or "。" in text[line_start:line_end]:
        return None
    mentions, starts, _ = periods
    lo = bisect.bisect_left(starts, line_start)
    for start, end, _, comparison in mentions[lo:]:
        if start >= line_end:
            break
        if not comparison:
            return start, end, "table_caption"
    return None


CAPTION_LENGTH = 60  # characters a table's caption line takes at most


def _rows_of_parks_name_their_own(metrics, tables) -> list[Metric]:
    """In a table whose rows are parks (园区 | 开票销售收入 | 同比增长, one park a row), a row whose
    label names no park it knows (泰兴农业开发区 | 50.46) is that row's, not the article's main park."""
    parks_by_table = {}
    for metric, table in zip(metrics, tables):
        if metric.subject_rule in ("clause", "sentence") and metric.subject_kind == "park":
            parks_by_table.setdefault(table, set()).add(metric.subject)
    for metric, table in zip(metrics, tables):
        if len(parks_by_table.get(table, ())) >= 2 and metric.subject_rule in FRAME_RULES:
            metric.subject = metric.subject_kind = metric.park = None
            metric.subject_start = metric.subject_end = None
            metric.subject_rule = "table_row"
    return metrics


def _measure_from_headers(metric, cell, currency_at, taiwan: bool) -> None:
    """地区生产总值（亿元） | 2862.4 | 6.9% under 指标 | 2023年 | 同比: the 6.9% was read as prose,
    which sees no measure word near it; its row label and column header name it (a GDP growth)."""
    if metric is None or metric.measure != "other":
        return
    header, _ = cell.header
    cand = _cell_candidate(cell, cell.label + header, currency_at, taiwan)
    if cand is not None and cand.measure != "other":
        metric.measure = cand.measure


def _cell_candidate(cell, prefix: str, currency_at, taiwan: bool) -> Candidate | None:
    """A cell's number read as the phrase prefix + value + unit, placed back on the cell."""
    phrase = f"{prefix}{cell.text.lstrip('+-−').replace(',', '')}{cell.unit}"
    cand = next((c for c in find_candidates(phrase, [], taiwan) if c.start == len(prefix)), None)
    if cand is None:
        return None
    phrase_index = TextIndex(phrase)
    cand.comma_clause = phrase_index.comma_clause(cand.start)
    cand.sentence = phrase_index.sentence(cand.start)
    normalize_candidate(cand, lambda _, at=cell.start: currency_at(at))
    measure = cand.measure or classify(phrase, phrase_index, cand)
    sign = -1 if cell.text.startswith(("-", "−")) else 1
    value = None if cand.value is None else sign * cand.value
    normalized = None if cand.normalized_value is None else sign * cand.normalized_value
    return Candidate(
        cell.start,
        cell.end,
        value,
        cand.unit_word,
        cand.magnitude,
        rule="table",
        written_unit=cand.written_unit,
        normalized_unit=cand.normalized_unit,
        normalized_value=normalized,
        kind=cand.kind,
        measure=measure,
        comma_clause=(cell.row_start, cell.row_end),
        sentence=(cell.row_start, cell.row_end),
    )


def _metric(doc, body, text, cand, quote, subject, label, taiwan, periods) -> Metric:
    """The stored row of a read number: `quote` is a (start, end) span of the text, `label`
    (start, end, rule) the period's, `subject` an etl.extract.subjects.Attribution."""
    rule = label[2] if label else None
    label = label if label and label[0] is not None else None
    period_start, period_end = (
        resolve_period(resolvable_label(text, label[:2], taiwan, periods), doc.published)
        if label
        else (None, None)
    )
    return Metric(
        measure=cand.measure,
        value=cand.value,
        unit=cand.written_unit
        if cand.written_unit is not None
        else cand.magnitude + cand.unit_word,
        normalized_value=cand.normalized_value,
        normalized_unit=cand.normalized_unit,
        number_text=body[cand.start : cand.end],
        quote=body[quote[0] : quote[1]],
        char_start=quote[0],
        char_end=quote[1],
        qualifier=cand.qualifier,
        value_high=cand.value_high,
        normalized_value_high=scale_value(cand, cand.value_high),
        currency=cand.normalized_unit if cand.kind == "money" else None,
        subject=subject.subject,
        subject_kind=subject.kind if subject.subject else None,
        period_label=body[label[0] : label[1]] if label else None,
        period_start=period_start,
        period_end=period_end,
        number_start=cand.start,
        number_end=cand.end,
        rule=cand.rule,
        park=subject.park,
        subject_rule=subject.rule,
        subject_start=subject.start,
        subject_end=subject.end,
        period_rule=rule,
        period_char_start=label[0] if label else None,
        period_char_end=label[1] if label else None,
    )


def _quote_span(text, index, cand):
    start, end = cand.comma_clause
    end = max(end, cand.end)
    if end - start > 80:
        start = max(start, cand.start - 30)
        end = min(end, cand.end + 30)
    return start, end
