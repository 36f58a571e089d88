"""Number reading: every written form from issue 3, and a round-trip property test."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract.numbers import (
    normalize_number_text,
    read_approximate,
    read_number,
    shared_scale,
    split_magnitude,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("1,755.7亿", 175_570_000_000),
        ("１０亿", 1_000_000_000),
        ("８００", 800),
        ("3 。 68", 3.68),
        ("1。12", 1.12),
        ("二．二六兆", 2.26e12),
        ("129 .06", 129.06),
        ("71.27 ", 71.27),
        ("143.3\n", 143.3),
        ("2022.6亿", 202_260_000_000),
        ("三十", 30),
        ("两", 2),
        ("百", 100),
        ("十二", 12),
        ("十", 10),
        ("一百五十", 150),
        ("一百零五", 105),
        ("二十五", 25),
        ("两千", 2000),
        ("六萬三四九二", 63_492),
        ("三萬七千", 37_000),
        ("9萬8794", 98_794),
        ("2.8万亿", 2.8e12),
        ("97800万", 978_000_000),
        ("3亿5000万", 350_000_000),
        ("5千万", 50_000_000),
        ("三千万", 30_000_000),
        ("一百五十億", 15_000_000_000),
        ("二十五万三千二百", 253_200),
        ("一千二百亿", 120_000_000_000),
        ("三仟", 3000),  # the formal 仟 and 佰 are 千 and 百
        ("五仟三佰", 5300),
        ("三万五仟", 35_000),
        ("亿", 100_000_000),  # the implicit one of 超亿元
        ("二〇二一", 2021),
        ("百分之", None),
    ],
)
def test_read_number(text, value):
    if value is None:
        with pytest.raises(ValueError):
            read_number(text)
    else:
        assert read_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "亿元", "三点", "第一"])
def test_read_number_rejects_what_is_not_a_number(text):
    with pytest.raises(ValueError):
        read_number(text)


@pytest.mark.parametrize(
    "text, head, magnitude",
    [
        ("2.8万亿", "2.8", "万亿"),
        ("三十亿", "三十", "亿"),
        ("一百五十亿", "一百五十", "亿"),
        ("三千万", "三千", "万"),  # after a Chinese numeral 千 belongs to the number
        ("5千万", "5", "千万"),
        ("9万8794", "9万8794", ""),  # an inner 万 is part of the value
        ("亿", "", "亿"),
        ("2000", "2000", ""),
    ],
)
def test_split_magnitude(text, head, magnitude):
    assert split_magnitude(text) == (head, magnitude)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("三四", (3, 4)),
        ("两三", (2, 3)),
        ("一两", (1, 2)),
        ("七八", (7, 8)),
        ("十五六", (15, 16)),
        ("五六十", (50, 60)),
        ("三四百", (300, 400)),
        ("三四九二", None),
        ("三十", None),
        ("三五", None),
        ("六万三四", None),
        ("34", None),
    ],
)
def test_read_approximate(text, expected):
    assert read_approximate(text) == expected


@pytest.mark.parametrize(
    "low, high_text, scale",
    [
        (2, "3万", 10**4),  # 2——3万元: 20,000-30,000
        (8500, "3万", 1),  # 8500到3万港元: 8500万 would pass 3万, so 8500 stands as written
        (2, "三仟", 1000),  # 两到三仟元: 2,000-3,000
        (800, "九百亿", 10**8),  # 八百到九百亿元: 800亿, not 800百亿
        (2, "三百亿", 10**10),  # 两到三百亿元: 200亿-300亿
        (2000, "三千万", 10**4),  # 两千到三千万元
        (2, "三千万", 10**7),  # 两到三千万元
        (1, "十万", 10**4),  # 一到十万: 1万-10万 (十万 would equal the high end)
        (30, "三十亿", 1),
        (3, "四十", 10),  # 三到四十家: 30-40
        (5, "十", 1),
        (2, "3000", 1),  # 2到3000元: an Arabic high end shares nothing
        (0.8, "1.2万", 10**4),
    ],
)
def test_shared_scale(low, high_text, scale):
    assert shared_scale(low, high_text) == scale


def test_normalize_number_text_keeps_only_the_number():
    assert normalize_number_text("１,２３４ 。 ５") == "1234.5"


# --- round trip: write a number the ways Chinese news does, read it back ---------------

DIGIT_WORDS = "零一二三四五六七八九"


def chinese_below_10000(n: int) -> str:
    """一百零五, 两千三百, 十二: the standard Chinese reading of 0 < n < 10000."""
    words, zero_pending = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit == 0:
            zero_pending = bool(words)
            continue
        if zero_pending:
            words.append("零")
            zero_pending = False
        if value == 10 and digit == 1 and not words:
            words.append("十")
        else:
            words.append(DIGIT_WORDS[digit] + unit)
    return "".join(words)


def chinese(n: int) -> str:
    """Up to 亿 sections: 六万三千四百九十二, 三亿零五百万."""
    if n < 10000:
        return chinese_below_10000(n)
    for size, word in ((10**8, "亿"), (10**4, "万")):
        if n >= size:
            head, tail = divmod(n, size)
            text = chinese(head) + word
            if tail:
                text += ("零" if tail < size // 10 else "") + chinese(tail)
            return text
    raise AssertionError(n)


def digit_by_digit(n: int) -> str:
    return "".join(DIGIT_WORDS[int(d)] for d in str(n))


def fullwidth(text: str) -> str:
    return text.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_integers_round_trip_in_every_form(n):
    forms = [
        str(n),
        f"{n:,}",
        fullwidth(str(n)),
        " ".join(str(n)) if n < 10**6 else str(n),  # stray spaces inside the number
        chinese(n),
    ]
    if n < 10**8 and n % 10000:
        forms.append(f"{n // 10000}萬{n % 10000:04d}" if n >= 10000 else str(n))
    if n % 10000 == 0:
        forms.append(f"{n // 10000}万")
    if n % 10**8 == 0:
        forms.append(f"{n // 10**8}亿")
    for form in forms:
        assert read_number(form) == n, form


@given(st.integers(min_value=0, max_value=99_999), st.integers(min_value=1, max_value=99))
def test_decimals_round_trip_with_any_decimal_point(whole, cents):
    expected = float(Decimal(f"{whole}.{cents:02d}"))
    for point in (".", "．", "。", " 。 ", " ."):
        assert read_number(f"{whole}{point}{cents:02d}") == pytest.approx(expected)
    assert read_number(fullwidth(f"{whole}.{cents:02d}")) == pytest.approx(expected)


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=99))
def test_decimals_with_magnitudes_round_trip(whole, cents):
    value = float(Decimal(f"{whole}.{cents:02d}"))
    assert read_number(f"{whole}.{cents:02d}亿") == pytest.approx(value * 10**8)
    assert read_number(f"{whole}.{cents:02d}万亿") == pytest.approx(value * 10**12)
    assert read_number(f"{whole}.{cents:02d}兆") == pytest.approx(value * 10**12)


@given(st.integers(min_value=1, max_value=10**6))
def test_chinese_digit_strings_round_trip(n):
    assert read_number(digit_by_digit(n)) == n
