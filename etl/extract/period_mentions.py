"""Periods of numbers: the time words of a text (今年上半年, 1-9月, 2023年) and which one governs a
number, resolved against the publication date.
"""

import bisect
import re
from bisect import bisect_left

from etl.extract.metric_rules import CN_DIGITS, TABLES
from etl.extract.periods import CALENDAR
from etl.text import FULL_STOPS


def period_mentions(text: str, taiwan: bool = False, published_year: int | None = None):
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
        if (
            m.group() in ("年内", "年初", "年底", "年末", "全年", "年中")
            and previous
            and (previous in CN_DIGITS or previous.isdigit() or previous in "几每")
        ):
            continue
        if (
            previous
            and TABLES.relative_year.match(m.group())
            and (previous in "较比与" or previous == "由" and text.startswith("第", m.end()))
        ):
            continue  # 较上年度翻一番, 与上年同期持平, 由上年第91位: a base, not the period
        if m.group().endswith("日") and TABLES.news_day_after.match(text, m.end()):
            continue  # 1月13日，记者从省商务厅获悉: the day the story was told
        if MULTIPLE_OF.match(text, m.end()):
            continue  # 是2011年的1.8倍: the base of a multiple, never the figure's period
        comparison = (
            bool(previous)
            and previous in "较比"
            or m.group()[:1] in "较比"
            or previous == "是"
            and text[m.end() : m.end() + 1] == "的"
        )  # 是2005年的水平 (a multiple's base, 是2005年的5.2倍, is no mention at all)
        if (
            _after_a_plan_word(text, m.start())
            and not text.startswith(("，", ","), m.end())
            and not TABLES.reporting_period.search(m.group())
        ):
            comparison = True  # 将于2025年通车: the date of a planned event, for its clause only
            # (预计全年，地区生产总值增长5.5%: a clause of its own frames the sentence; 预计全年实现
            # 地区生产总值412亿元，增长7.6%…: a reporting period is the forecast's, all along it)
        if TABLES.event_name_after.match(text, m.end()) and not m.group().endswith("日"):
            continue  # 举行2024年第三季度重大项目集中签约活动: part of an event's name
            # (6月27日集中开工的项目: a day is the event's date)
        if comparison and _last_years_same_period(text, m, published_year):
            continue  # 较2020年同期增长93.6% in 2021: a year-on-year base, not a period
        if m.group() == "当年" and TABLES.same_year_attributive.match(text, m.end()):
            continue  # 当年新引进项目27个, 当年签约、当年开工: "new this year", not a period
        if m.group() in ("全年", "年度") and TABLES.target_after.match(text, m.end()):
            continue  # 完成全年目标的92.5%: the target's year, not the figure's period
        if (
            not comparison
            and previous == "、"
            and found
            and found[-1][3]
            and not any(ch in "，,；;。" for ch in text[found[-1][1] : m.start()])
        ):
            comparison = True
        if m.group().startswith("到") and text.startswith("的", m.end()):
            found.append((m.start() + 1, m.end(), m.group()[1:], comparison))  # 增长到|2024年的…
            continue
        found.append((m.start(), m.end(), m.group(), comparison))
    return found


BRACKETED = re.compile(r"[（(][^（()）]{1,16}[）)]")
MULTIPLE_OF = re.compile(r"(?:同期)?的[\d.一二三四五六七八九十两]+倍")  # 是去年同期的6.7倍 too
FRAME_REACH = 3000  # characters a period frame reaches back
SENTENCE_REACH = 600  # characters of a number's own sentence searched for its period


def period_of(text, index, periods, position):
    """(start, end, rule) of the time reference in force at `position`, or None.

    The rule says where it came from: `sentence`, the nearest one before it in its sentence;
    `paragraph`, one that opened an earlier sentence of the paragraph (去年，…。…); `article`,
    a reporting period stated in the headline, lead or an earlier paragraph's opening.
    """
    periods, starts, first_numbers = periods
    sentence_start, _ = index.full_sentence(position)
    sentence_start = max(sentence_start, position - SENTENCE_REACH)  # linear when unpunctuated
    own = _in_its_sentence(text, periods, starts, sentence_start, position)
    if own is not None:
        return own or None
    if TABLES.frame_breakers_but_evaluations.search(text, sentence_start, position):
        return None
    if _a_stocks_clause(text, index, sentence_start, position):
        return None  # 已集聚企业1.6万家: a stock takes no inherited frame
    breakdown = _breakdown_of_the_last_sentence(text, index, periods, starts, sentence_start)
    if breakdown:
        return breakdown
    # A period that opened an earlier sentence carries on, across paragraphs, until another
    # period appears (今年1至5月，全省…。从各高新区看，…): the frame of a headline, lead or
    # paragraph opening. The look-back is bounded so a long text stays linear.
    s = sentence_start - 1
    floor = max(0, sentence_start - FRAME_REACH)
    paragraph_start = _list_start(text, index, index.paragraph(position)[0])
    after_a_future = False
    while s > floor:
        prev_start = max(index.full_sentence(s)[0], floor)
        if TABLES.note_line.match(text, prev_start):
            s = prev_start - 1  # 注：地区生产总值为1—9月数据: a table's footnote, an aside
            continue
        earlier_paragraph = prev_start < paragraph_start
        breaker, lo, opening = first_numbers.step(text, index, periods, starts, prev_start, s)
        if breaker:
            if not earlier_paragraph or not _only_future_conditions(text, breaker, s):
                return None
            after_a_future = True  # 建成后将成为…: the day of the event goes on past it
        if opening and after_a_future and not LEAD_DAY.fullmatch(text, *opening):
            return None  # …建成后可年产…。|开工项目…总投资18亿元: not the quarter's any more
        if opening and _another_evaluation(text, opening, position):
            return None
        if opening and _said_again_before_its_paragraph(text, index, opening, prev_start, position):
            s = prev_start - 1  # 同期，全市…: in the next paragraph, the frame 同期 referred to
            continue
        if opening:
            if earlier_paragraph and _the_paragraphs_own(text, index, paragraph_start, opening):
                if text[opening[0] : opening[1]] not in TABLES.same_day:
                    return None
                if not _opens_its_paragraph(text, index, opening[0]):
                    s = prev_start - 1  # 当天，全省…: an aside on the day named before it
                    continue
            return (*opening, "article" if earlier_paragraph else "paragraph")
        own = first_numbers.once(("own", lo, s), _time_of_its_own, text, periods, lo, s)
        if own is not None:
            return _frame_after_a_time_of_its_own(text, index, own, earlier_paragraph)
        s = prev_start - 1
    return None


def _the_paragraphs_own(text, index, paragraph_start, opening) -> bool:
    """Across paragraphs only a reporting period (一季度, 1—9月, 上半年) frames an article; a
    moment (目前, 2月7日) or a year opening a paragraph is that paragraph's."""
    return not (
        TABLES.reporting_period.search(text, *opening)
        or _opens_the_lead(index, opening[0])
        or _breaks_down_the_days_paragraph(text, index, paragraph_start, opening)
        or _the_headlines_year(text, index, opening)
    )


def _sentence_step(text, index, periods, starts, first_numbers, start, end):
    """What the frame walk reads in the sentence from `start` to `end`: (its first frame breaker,
    the index of its first period mention, the period that frames it)."""
    breaker = TABLES.frame_breakers_but_evaluations.search(text, start, end)
    lo = bisect.bisect_left(starts, start)
    opening = _opening_period(text, index, periods, lo, start, end, first_numbers)
    return breaker, lo, _the_period_reported(text, periods, lo, end, opening)


def _the_period_reported(text, periods, lo, end, opening):
    """近日，市商务局发布上半年全市开发区运行情况: a sentence opening with when the news came frames
    what follows with the reporting period it names after it; any other opening stays."""
    if not opening or text[opening[0] : opening[1]] not in TABLES.news_moments:
        return opening
    reported = _time_of_its_own(text, periods, lo, end)
    if reported and reported != opening[:2] and _a_past_reporting_period(text, *reported):
        return reported
    return opening


def _frame_after_a_time_of_its_own(text, index, own, earlier_paragraph):
    """A sentence with its own time reference (计划明年投产) ends the older frame; a reporting
    period inside it (…5家国家高新区…，1—5月营业收入占…) is the new frame of its paragraph, and
    of the article when it is in the lead (近日，市商务局发布上半年全市开发区运行情况)."""
    if not own or not _a_past_reporting_period(text, *own):
        return None
    if not earlier_paragraph:
        return (*own, "paragraph")
    lead_start, lead_end = index.lead()
    return (*own, "article") if lead_start <= own[0] < lead_end else None


def _said_again_before_its_paragraph(text, index, opening, sentence_start, position) -> bool:
    """Whether an earlier paragraph's sentence opens with 同期 or 同年, the frame said again (an
    item of a 一是…二是… list is a paragraph of its own)."""
    return (
        sentence_start < index.paragraph(position)[0]
        and text[opening[0] : opening[1]] in TABLES.same_period
    )


def _after_a_plan_word(text, start) -> bool:
    """A time written after 将于, 预计, 计划 … (data: periods clause_only_after): a plan's date or
    a forecast's period."""
    return text[max(0, start - 4) : start].endswith(TABLES.period_clause_only_after)


def _another_evaluation(text, opening, position) -> bool:
    """An evaluation's scope between a frame and the number (在全省…综合考核评价中，…分列第一): its
    ranks are of the evaluation's year, which is the frame's only when it is a 年度 label (关于
    2023年度全省经济开发区…考核评价情况日前出炉)."""
    return bool(TABLES.evaluation_scope.search(text, opening[1], position)) and not text[
        opening[0] : opening[1]
    ].endswith("年度")


def _only_future_conditions(text, breaker, end) -> bool:
    """Whether the breakers from `breaker` on to `end` are future conditions (建成后, 达产后)
    only, which end a frame within their paragraph, not after it."""
    return bool(
        TABLES.future_conditions.fullmatch(breaker.group())
        and not TABLES.lasting_frame_breakers.search(text, breaker.end(), end)
    )


def _in_its_sentence(text, periods, starts, sentence_start, position):
    """The nearest period before `position` in its sentence as (start, end, "sentence"); ()
    when a frame breaker stands between them; None when the sentence names none."""
    hi = bisect.bisect_left(starts, position)
    for start, end, label, comparison in reversed(periods[max(0, hi - 8) : hi]):
        if end > position:
            continue
        if start < sentence_start:
            break
        between = text[end:position]
        after = BRACKETED.match(text, end)  # 较一季度（5.9%）提高2.9个百分点: the base's own figure
        if after and after.end() <= position:
            after = after.end()
        else:
            after = end
        if (
            comparison
            and not ANY_DIGIT.search(label)
            and (TABLES.base_after.match(text, after) or text.startswith("同期", after))
        ):
            continue  # 比年初增加9家, 较上月同期增长: a relative base, not the figure's period
        if (comparison or TABLES.period_clause_only.match(label)) and any(
            ch in "，,；;" for ch in between
        ):
            continue
        if TABLES.frame_breakers.search(text, end, position):
            return ()
        return start, end, "sentence"
    return None


def _breaks_down_the_days_paragraph(text, index, paragraph_start, opening) -> bool:
    """18日，…集中签约仪式上，10个项目完成签约…。|其中，三鱼新能源的项目投资额最大: a paragraph
    opening with 其中 breaks down the one before it, and the day that opened that one (the
    event's day) is its figures' too. A moment (目前，…) stays its own paragraph's."""
    if paragraph_start < 2 or not TABLES.breakdown_opening.match(text, paragraph_start):
        return False
    previous_start = index.paragraph(paragraph_start - 2)[0]
    return opening[0] >= previous_start and bool(LEAD_DAY.fullmatch(text, *opening))


def _a_past_reporting_period(text, start, end) -> bool:
    """一季度, 1—5月, 上半年: a period figures are reported for, not a plan's (明年一季度, 全年,
    下半年, or one after 将于/预计/计划)."""
    return (
        bool(TABLES.reporting_period.search(text, start, end))
        and not TABLES.future_label.search(text, start, end)
        and not _after_a_plan_word(text, start)
    )


def _time_of_its_own(text, periods, lo, end):
    """(start, end) of the last time a sentence names of its own before `end` (计划明年投产,
    力争5月底通车), or None; a comparison base in it (比上半年前移2位) does not count, nor 同期,
    which is the frame's own period (占同期新疆外贸进出口总值的23.8%)."""
    last = None
    for start, stop, label, comparison in periods[lo:]:
        if start >= end:
            break
        base = comparison and (label[:1] in "较比" or text[start - 1 : start] in ("较", "比", "与"))
        if not base and label not in TABLES.same_as_before:
            last = (start, stop)
    return last


def _a_stocks_clause(text, index, sentence_start, position) -> bool:
    """已集聚企业1.6万家: a stock. Not 共有15个项目开工建设, whose clause says what happened."""
    clause_start = max(index.comma_clause(position)[0], sentence_start)
    if text.startswith(TABLES.stock_part_words, clause_start) and clause_start > sentence_start:
        clause_start = max(index.comma_clause(clause_start - 1)[0], sentence_start)  # its whole
    if TABLES.stock_markers.search(text, clause_start, position) is None:
        return False
    clause_end = index.comma_clause(position)[1]
    return TABLES.flow_events.search(text, position, clause_end) is None


def _breakdown_of_the_last_sentence(text, index, mentions, starts, sentence_start):
    """其中，石家庄高新区营业收入增长15.7%: a breakdown of the sentence before it (…一季度营业收入占
    全省高新区的35.2%), whose period it takes wherever that sentence wrote it."""
    if not TABLES.breakdown_opening.match(text, sentence_start) or sentence_start < 2:
        return None
    previous_start = index.full_sentence(sentence_start - 2)[0]
    lo, hi = bisect_left(starts, previous_start), bisect_left(starts, sentence_start)
    for start, end, label, comparison in reversed(mentions[lo:hi]):
        if comparison or TABLES.period_clause_only.match(label) or label in TABLES.same_as_before:
            continue
        opens = not text[index.comma_clause(start)[0] : start].strip()
        if not opens and not TABLES.reporting_period.search(text, start, end):
            continue  # 除3月18日率先开工的…外: a day inside a clause, not what the sentence reports
        if TABLES.period_sentence_only.match(label) or TABLES.frame_breakers.search(
            text, end, sentence_start
        ):
            return None
        return start, end, "paragraph"
    return None


def _last_years_same_period(text, m, published_year) -> bool:
    """较2020年同期 in an article of 2021: the usual year-on-year base. A base further back
    (较2021年同期翻一番 in 2023) spans the years between, and is the figure's period."""
    year = re.search(r"\d{4}", m.group())
    return (
        published_year is not None
        and year is not None
        and int(year.group()) == published_year - 1
        and text.startswith("同期", m.end())
    )


def _the_headlines_year(text, index, opening) -> bool:
    """2023年，全省开发区实现营业收入…。 under the headline 2023年全省开发区营业收入3.58万亿元: a year
    the headline (or a heading before the lead, 一、2024年工作回顾) reports is the article's
    frame, not its paragraph's only."""
    label = text[opening[0] : opening[1]]
    return bool(_YEAR_BEFORE.fullmatch(label)) and text.find(label, 0, index.lead()[0]) >= 0


def _opens_the_lead(index, start) -> bool:
    """Whether a period opens a sentence of the lead (10月9日，湘潭经开区…集中开工): the day the
    story is of frames the paragraphs after it that name no period of their own. What a page
    puts before it (a credit, a photo caption, 本报讯) does not count."""
    lead_start, lead_end = index.lead()
    if lead_start <= start < lead_end and _a_year_opening_a_clause(index, start):
        return True  # …，去年三大科学园区营业额再创新高: the year the story reports
    day = LEAD_DAY.match(index.text, start)
    if day and _a_short_opening_paragraph(index, start, lead_start):
        lead_start, lead_end = index.paragraph(start)  # 3月6日,…集中开工,投资总额15.36亿元。
    if not lead_start <= start < lead_end or not day:
        return False  # a day: not 目前 or 今年以来, which hold for their own paragraph only
    if TABLES.earlier_day_before.search(index.text, max(lead_start, start - 4), start):
        return False  # 此前，10月9日，…: a day before the story's
    # …着力打造台胞台企登陆的第一家园，昨日，泉州台商投资区举办…: a clause of its own
    if index.text.startswith(("，", ","), day.end()):
        return True
    return _only_credits_before(index.text, max(index.full_sentence(start)[0], lead_start), start)


def _a_short_opening_paragraph(index, start, lead_start) -> bool:
    """Whether `start` is in a one-sentence paragraph right before the lead (a story opened by
    a line too short to be taken for its lead: 3月6日,上蔡县8个重点项目集中开工,投资总额15.36亿元。)."""
    p_start, p_end = index.paragraph(start)
    return p_end + 1 == lead_start and "。" in index.text[p_start:p_end]


def _a_year_opening_a_clause(index, start) -> bool:
    """去年 or 2024年 alone, opening a clause (…强劲，去年三大科学园区营业额…)."""
    year = LEAD_YEAR.match(index.text, start)
    return bool(year) and not index.text[index.comma_clause(start)[0] : start].strip()


LEAD_YEAR = re.compile(  # a year alone, by number or by name (今年, 去年: calendar year_offsets)
    rf"(?:{'|'.join(map(re.escape, CALENDAR['year_offsets']))}|\d{{4}} ?年)"
    r"(?!度|底|末|初|内|中|以来|前|后|全年|上半年|下半年|同期"
    r"|第?[一二三四1-4]季度|\d|[一二三四五六七八九十]{1,2}个?月)"
)


def _opens_its_paragraph(text, index, start) -> bool:
    """当天，… at the head of a paragraph opens a section on that day (the later paragraphs
    are of it too); written later in a paragraph it is an aside."""
    return _only_credits_before(text, index.paragraph(start)[0], start)


def _only_credits_before(text, begin, start) -> bool:
    """Whether nothing but a credit, a caption or a few characters (本报讯) stands between."""
    return len(LEAD_CREDIT.sub("", text[begin:start]).strip()) <= LEAD_OPENING


LEAD_OPENING = 6  # characters before a period that still opens the lead (本报讯 7月17日，…)
ANY_DIGIT = re.compile(r"\d")  # 比2020年末增加…: a dated base is the figure's span (heldout3)
_DAY_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")
LEAD_DAY = re.compile(  # … and a day named from the publication date (昨日: day_offsets)
    rf"{_DAY_DATE.pattern}|[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日|\d{{1,2}}日|"
    + "|".join(map(re.escape, CALENDAR["day_offsets"]))
)
# What a page writes before the lead's day: (记者 周思远 通讯员 李婷), /大湾区经济网获悉/,
# a photo's credit (刘振宇 摄)
LEAD_CREDIT = re.compile(
    r"[（(【\[][^）)】\]]{0,40}[）)】\]]|/[^/\n]{1,30}/|\S{2,4}\s*摄(?=\d|[一二三四五六七八九十])"
)

INHERITED_RULES = ("paragraph", "article")


def refuses_inherited_frame(text, index, position, measure, subject_kind, frame):
    """Why a number takes no period inherited from an earlier sentence (`frame`, the
    inherited mention's offsets), or None.

    `stock`: a count of what a park has (上市企业54家) is counted at no reporting period unless
    its clause makes it a flow (新增企业312家). `attribute`: a firm's project figure (总投资120亿元,
    用地860亩) describes the project, not the period the article opened with; its investment
    on the day of a signing the story is of is that day's."""
    if measure in TABLES.stock_measures:
        clause_start = index.comma_clause(position)[0]
        if not TABLES.flow_words.search(text, clause_start, position):
            return "stock"
    on_the_day = LEAD_DAY.fullmatch(text, *frame)
    if (
        measure in TABLES.standing_measures
        and subject_kind in TABLES.standing_subject_kinds
        and not on_the_day
    ):
        clause_start = index.comma_clause(position)[0]
        if not TABLES.land_flow_words.search(text, clause_start, position):
            return "standing"
    if measure in TABLES.attribute_measures and subject_kind in TABLES.attribute_subject_kinds:
        if measure in TABLES.day_framed_measures and on_the_day:
            return None
        return "attribute"
    return None


class FirstNumbers:
    """Each sentence's first number among the numbers the article reports (汽车及零部件 holds
    none), and what the frame walk reads in each sentence, remembered: the next number's walk
    reads the same sentences again (three readings in five, on the bench corpus)."""

    def __init__(self, starts):
        self.starts = sorted(starts)
        self.found = {}
        self.read = {}

    def once(self, key, read, *args):
        """`read(*args)`, the first time `key` is asked for; what it gave, after that."""
        if key not in self.read:
            self.read[key] = read(*args)
        return self.read[key]

    def step(self, text, index, periods, starts, start, end):
        """`_sentence_step` of the sentence from `start` to `end`, read once."""
        return self.once(
            (start, end), _sentence_step, text, index, periods, starts, self, start, end
        )

    def first_in(self, start, end) -> int:
        if (start, end) not in self.found:
            i = bisect_left(self.starts, start)
            first = self.starts[i] if i < len(self.starts) and self.starts[i] < end else end
            self.found[(start, end)] = first
        return self.found[(start, end)]


def _opening_period(text, index, periods, lo, sentence_start, sentence_end, first_numbers):
    """(start, end) of the period that frames a sentence: the last of those that open a clause
    (去年，…; 10月28日，记者…获悉，1—9 月，全省…) before its first number, or None.
    `first_numbers` (FirstNumbers) gives each sentence's first number."""
    if lo >= len(periods) or periods[lo][0] > sentence_end:
        return None  # no period in the sentence at all
    limit = first_numbers.first_in(sentence_start, sentence_end)
    opening = None
    for start, end, label, comparison in periods[lo:]:
        if start > limit:  # (2023年 itself reads as a number: equal is the period)
            break
        if comparison or TABLES.period_clause_only.match(label):
            continue
        if TABLES.period_sentence_only.match(label):
            continue  # 近年来，…: a trend, not the frame of the sentences after it
        if _after_a_plan_word(text, start):
            continue  # 预计全年实现…: the forecast's own sentence, not the frame of the next ones
        clause_start = index.comma_clause(start)[0]
        opens_a_clause = start - clause_start <= 2 and not text[clause_start:start].strip()
        opens_a_clause = opens_a_clause and bool(  # 从总体看，前三季度13个…; 从全市看，同期…
            TABLES.reporting_period.search(text, start, end) or label in TABLES.same_as_before
        )
        if (
            clause_start != sentence_start
            and not opens_a_clause
            and text[end : end + 1] not in "，,"
        ):
            # 二期项目计划明年投产: only a period that opens a sentence or clause (去年，…)
            # frames the next ones, but a day that opens it is when the figures came out
            # (7月25日，示范区上半年经济运行数据出炉：…): the reporting period after it frames them
            # … and in the lead, a reporting period before the first number frames the lead's
            # later sentences (中部科学园区今年上半年营业额达…。园区就业人数也来到61,042人)
            day = opening and _DAY_DATE.fullmatch(text, *opening)
            lead_start, lead_end = index.lead()
            in_lead = not opening and lead_start <= start < lead_end
            if (day or in_lead) and TABLES.reporting_period.search(text, start, end):
                opening = (start, end)
                continue  # …分析会上获悉，今年上半年，…: a period opening a later clause wins
            if lead_start <= start < lead_end and _a_year_opening_a_clause(index, start):
                opening = (start, end)  # …需求强劲，去年三大科学园区营业额…: the lead's year
            break
        opening = (start, end)
    return opening


def _list_start(text, index, paragraph_start):
    """The paragraph that introduces a list (部分签约项目一览：) and its items (① …；) are one
    frame: the start of the introducing paragraph, else `paragraph_start` itself."""
    start = paragraph_start
    for _ in range(LIST_REACH):
        before = text[max(0, start - 3) : start].rstrip()
        if not before or before[-1] not in "：:；;":
            return start
        start = index.paragraph(len(before) + max(0, start - 3) - 1)[0]
    return start


LIST_REACH = 30  # list items a list's introduction frames


_YEAR_BEFORE = re.compile(r"(\d{4})年")
_ROC_YEAR = re.compile(r"(\D*)(\d+)年(.*)")


def resolvable_label(text, label, taiwan, periods):
    """The label in a form etl.periods resolves: 当年 takes the last year written before it
    (2021年，…当年实现…), a 民国 year becomes its Western year (111年 → 2022年)."""
    start, end = label
    written = text[start:end]
    if written in TABLES.same_as_before:  # the same period as the one named last before it
        earlier = [
            m
            for m in periods[0][: bisect_left(periods[1], start)]
            if not m[3] and m[2] not in TABLES.same_as_before
        ]
        return resolvable_label(text, earlier[-1][:2], taiwan, periods) if earlier else written
    if written.startswith("当年"):
        years = _YEAR_BEFORE.findall(text, max(0, start - 300), start)
        return f"{years[-1]}年{written[2:]}" if years else written
    if taiwan:
        m = TABLES.roc_period.fullmatch(written)
        if m:
            prefix, number, rest = _ROC_YEAR.match(written).groups()  # 截至 | 112 | 年底
            return f"{prefix}{int(number) + TABLES.roc_offset}年{rest}"
    if TABLES.part_of_a_year.fullmatch(written):
        year = _year_named_before(text, start, taiwan, periods)
        if year:  # 113年營運成果，…全年新增投資…: the year the sentence named, not this one
            return f"{year}年{written}"
    return written


def _year_named_before(text, start, taiwan, periods):
    """The year an earlier period of the same sentence names outright (2023年, 113年), or None;
    a comparison base (较2022年) names no year for what follows."""
    floor = max(0, start - YEAR_REACH)  # bounded: a text with no full stop stays linear
    sentence_start = max(floor - 1, *(text.rfind(ch, floor, start) for ch in FULL_STOPS + "\n")) + 1
    for m_start, _, label, comparison in reversed(periods[0][: bisect_left(periods[1], start)]):
        if m_start < sentence_start:
            return None
        if comparison:
            continue
        year = _BARE_YEAR.fullmatch(label)
        if year:
            return year.group(1)
        roc = _ROC_BARE_YEAR.fullmatch(label) if taiwan else None
        if roc:
            return str(int(roc.group(1)) + TABLES.roc_offset)
    return None


YEAR_REACH = 300  # characters back a year named in the sentence still anchors a part of a year
_BARE_YEAR = re.compile(r"(\d{4})年度?")
_ROC_BARE_YEAR = re.compile(r"(\d{2,3})年度?")
