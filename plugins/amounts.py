"""Large amounts readable in HTML: 91070000000.0 CNY shows as 91,070,000,000 · 910.7亿.

Only the HTML pages change (render_cell): CSV and JSON keep the raw number, which is what a
spreadsheet or a script wants. Money is shown in 亿 or 万 as Chinese reports write it; other
units get thousands separators and lose a trailing .0.
"""

from datasette import hookimpl
from markupsafe import Markup

AMOUNT_COLUMNS = frozenset(
    ("normalized_value", "normalized_value_high", "total_normalized_value", "largest_figure")
)
UNIT_COLUMNS = ("normalized_unit", "currency")
MONEY = frozenset(("CNY", "USD", "TWD", "EUR", "HKD", "JPY", "GBP", "KRW", "SGD", "MOP"))


def unit_of(row) -> str | None:
    for column in UNIT_COLUMNS:
        try:
            unit = row[column]
        except (IndexError, KeyError):
            continue
        if unit:
            return unit
    return None


def plain_number(value) -> str:
    """12,345.6 for 12345.6; 91,070,000,000 for 91070000000.0."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def in_chinese_units(value) -> str | None:
    """910.7亿 or 43万 for an amount of money, None below 10,000."""
    for size, word in ((10**8, "亿"), (10**4, "万")):
        if abs(value) >= size:
            return f"{plain_number(round(value / size, 4))}{word}"
    return None


def readable_amount(value, unit: str | None) -> str:
    text = plain_number(value)
    if unit in MONEY:
        chinese = in_chinese_units(value)
        return f"{text} · {chinese}" if chinese else text
    return text


@hookimpl
def render_cell(row, value, column):
    if column not in AMOUNT_COLUMNS or isinstance(value, bool):
        return None
    if not isinstance(value, (int, float)):
        return None
    amount = readable_amount(value, unit_of(row))
    return Markup('<span class="amount" title="{}">{}</span>').format(repr(value), amount)
