"""Period labels as written (今年一季度, 去年, 前5个月, 2021年, 近年来) → ISO start/end dates.

Relative labels need the article's publication date; without one they stay unresolved
(None, None) rather than guessed. Labels that name their own year (2021年上半年) resolve
without it. Vague labels (近年来, 目前) get only the end that can be known.
"""

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from etl.extract.numbers import read_number
from etl.knowledge import load_yaml
from etl.words import patterns_in_order

CALENDAR = load_yaml("metric_rules.yml")["periods"]["calendar"]

_CN = "一二三四五六七八九十两"
_NUM = rf"[\d{_CN}]{{1,3}}"

_YEAR_WORDS = CALENDAR["year_offsets"]
_DAY_WORDS = CALENDAR["day_offsets"]
_PARTS_OF_YEAR = {label: tuple(days) for label, days in CALENDAR["parts_of_year"].items()}
_WINDOW_FUTURE = tuple(CALENDAR["window_future"])


_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_ABS_YEAR = re.compile(r"^(?:较|比|与|到)?(\d{4})年(.*)$")  # 到2025年: a target's horizon
_REL_YEAR = re.compile(rf"^({patterns_in_order(_YEAR_WORDS)})(.*)$")
_QUARTER = re.compile(r"^第?([一二三四1-4])季度?$")  # 第三季: the Taiwan form
_MONTH_RANGE = re.compile(rf"^({_NUM})月?[-—–―~至到]({_NUM})月份?$")  # 1-6月, 1月到6月
_FIRST_MONTHS = re.compile(rf"^[前首]({_NUM})个?月$")  # 前5个月, 首5个月 (Hong Kong)
_DAY_OF_MONTH = re.compile(r"^(\d{1,2})日$")
_MONTH = re.compile(rf"^({_NUM})月份?(?:({_NUM})日|底|末)?$")  # 6月底: the month, up to its end
_DAY = re.compile(r"^(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上|晚间|凌晨)?$")
_WINDOW = re.compile(
    rf"^({patterns_in_order(CALENDAR['window_past'] + CALENDAR['window_future'])})({_NUM})年(?:来|间|内)?$"
)
_YEARS_SINCE = re.compile(rf"^({_NUM})年来$")
_SINCE_YEAR = re.compile(r"^(\d{4})年以来$")
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六])五")
_YEAR_BEFORE_AS_OF = re.compile(
    rf"^({patterns_in_order(list(CALENDAR['year_offsets']))})({patterns_in_order(CALENDAR['as_of'])})(.+)$"
)
_AS_OF_DATE = re.compile(rf"^(?:{patterns_in_order(CALENDAR['as_of'])})(.+)$")
_AS_OF = re.compile(
    rf"^(?:{patterns_in_order(CALENDAR['as_of'] + ['到'])})?(?:{patterns_in_order(CALENDAR['now'])})$"
)
# Bare dates, months and quarters that would fall after the publication date mean last year's.
_PAST_IF_LATER = re.compile(
    rf"^(?:{_NUM}月份?(?:{_NUM}日)?|第?[一二三四1-4]季度?|{_NUM}月?[-—–―~至到]{_NUM}月份?)$"
)
_VAGUE_PAST = frozenset(CALENDAR["vague_past"])
_SINCE_EVENT = re.compile(CALENDAR["since_event"])


def parse_iso(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=16384)  # pure: a label and a publication date, both short strings
def resolve_period(label: str | None, published: str | None) -> tuple[str | None, str | None]:
    """(period_start, period_end) as ISO dates for a label; (None, None) when it cannot be known."""
    if not label:
        return None, None
    label = "".join(label.strip('“”" ').split())  # 1—9 月: a label written with spaces
    pub = parse_iso(published)
    span = _resolve(label, pub)
    if span is None:
        return None, None
    start, end = span
    return (start.isoformat() if start else None), (end.isoformat() if end else None)


def _resolve(label: str, pub: date | None):
    m = _YEAR_BEFORE_AS_OF.match(label)
    if m:  # 今年截至11月底: 截至今年11月底
        label = m.group(2) + m.group(1) + m.group(3)
    m = _AS_OF_DATE.match(label)
    if m:  # 截至2021年底, 截至9月: a stock counted at that moment
        span = _resolve(m.group(1), pub)
        return (None, span[1]) if span else None
    m = _ABS_YEAR.match(label)
    if m:
        return _within_year(int(m.group(1)), m.group(2), pub)
    m = _REL_YEAR.match(label)
    if m:
        if pub is None:
            return None
        return _within_year(pub.year + _YEAR_WORDS[m.group(1)], m.group(2), pub)
    m = _SINCE_YEAR.match(label)
    if m:
        return date(int(m.group(1)), 1, 1), pub
    m = _FIVE_YEAR_PLAN.search(label)
    if m:
        plan = 11 + "一二三四五六".index(m.group(1))  # 十三五 is the 13th five-year plan
        first = 1966 + 5 * (plan - 3)  # the 3rd plan began in 1966, after the 1963–65 gap
        return date(first, 1, 1), date(first + 4, 12, 31)
    if pub is None:
        return None
    if label in _DAY_WORDS:
        day = pub + timedelta(days=_DAY_WORDS[label])
        return day, day
    if _AS_OF.match(label):
        return None, pub
    if label in _VAGUE_PAST or _SINCE_EVENT.match(label):
        return None, pub
    m = _WINDOW.match(label)
    if m:
        years = int(read_number(m.group(2)))
        if m.group(1) in _WINDOW_FUTURE:
            return pub, _add_years(pub, years)
        return _add_years(pub, -years), pub
    m = _YEARS_SINCE.match(label)
    if m:
        return _add_years(pub, -int(read_number(m.group(1)))), pub
    span = _within_year(pub.year, label, pub)
    if span and span[0] and span[0] > pub and _PAST_IF_LATER.match(label):
        return _within_year(pub.year - 1, label, pub)  # 10月18日 in a June article: last October
    return span


def _within_year(year: int, rest: str, pub: date | None):
    """A part of one calendar year: '' (the whole year), 一季度, 上半年, 1—3月份, 前5个月, 年底 …"""
    rest = rest.strip()
    if rest in _PARTS_OF_YEAR:
        first_month, first_day, last_month, last_day = _PARTS_OF_YEAR[rest]
        return date(year, first_month, first_day), date(year, last_month, last_day)
    if rest in CALENDAR["year_to_date"]:
        return date(year, 1, 1), pub
    m = _QUARTER.match(rest)
    if m:
        quarter = _QUARTERS[m.group(1)]
        return date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)
    m = _MONTH_RANGE.match(rest)
    if m:
        first, last = int(read_number(m.group(1))), int(read_number(m.group(2)))
        if 1 <= first <= last <= 12:
            return date(year, first, 1), _month_end(year, last)
        return None
    m = _FIRST_MONTHS.match(rest)
    if m:
        months = int(read_number(m.group(1)))
        if 1 <= months <= 12:
            return date(year, 1, 1), _month_end(year, months)
        return None
    m = _DAY.match(rest)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            return date(year, month, day), date(year, month, day)
        return None
    m = _DAY_OF_MONTH.match(rest)
    if m and pub:  # 截至25日: a day of the month of publication, or of the month before
        day, month, year_of = int(m.group(1)), pub.month, year
        if day > pub.day:
            month, year_of = (month - 1, year_of) if month > 1 else (12, year_of - 1)
        if 1 <= day <= calendar.monthrange(year_of, month)[1]:
            return date(year_of, month, day), date(year_of, month, day)
        return None
    m = _MONTH.match(rest)
    if m:
        month = int(read_number(m.group(1)))
        if not 1 <= month <= 12:
            return None
        if m.group(2):
            day = int(read_number(m.group(2)))
            if 1 <= day <= calendar.monthrange(year, month)[1]:
                return date(year, month, day), date(year, month, day)
            return None
        return date(year, month, 1), _month_end(year, month)
    return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
