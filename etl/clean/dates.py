"""Dates as pages write them: 2024-04-08, 2024年4月8日, ROC years (113年6月30日), and dates in URLs."""

import re
from datetime import date
from urllib.parse import urlsplit

DATE_YMD = re.compile(
    r"(?<!\d)(19\d{2}|20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
)
DATE_YM = re.compile(r"(?<!\d)(19\d{2}|20\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)")
TWO_DIGITS = re.compile(r"\d\d")
DATE_ROC = re.compile(
    r"(?<![\d.])(?:民國|民国)?\s*(\d{2,3})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d.])\s*日?"
)


def parse_date(text: str):
    """(iso, precision, matched_length) of the first date in text, or None.

    ROC years (109-12-26 = 2020-12-26) are read only when no western date is there.
    """
    if not TWO_DIGITS.search(text):
        return None  # every date pattern needs two digits in a row: most lines have none
    for pattern, precision in ((DATE_YMD, "day"), (DATE_YM, "month")):
        for match in pattern.finditer(text):
            year, month = int(match.group(1)), int(match.group(2))
            day = int(match.group(3)) if precision == "day" else 1
            iso = valid_date(year, month, day)
            if iso:
                return (iso if precision == "day" else iso[:7]), precision, len(match.group(0))
    for match in DATE_ROC.finditer(text):
        year = int(match.group(1))
        if 1 <= year <= 200:
            iso = valid_date(year + 1911, int(match.group(2)), int(match.group(3)))
            if iso:
                return iso, "day", len(match.group(0))
    return None


def valid_date(year: int, month: int, day: int) -> str | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value.isoformat() if 1900 <= year <= date.today().year + 1 else None


URL_DATES = (
    re.compile(r"(?<!\d)(20\d{2}|19\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"/(20\d{2}|19\d{2})/(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])/"),  # /art/2021/3/4/
    re.compile(r"/(\d{2})/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"),  # 163.com: /22/0614/
)


def date_from_url(url: str):
    path = urlsplit(url).path
    for pattern in URL_DATES:
        for match in pattern.finditer(path):
            year = int(match.group(1))
            year += 2000 if year < 100 else 0
            iso = valid_date(year, int(match.group(2)), int(match.group(3)))
            if iso:
                return iso
    return None
