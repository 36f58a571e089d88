"""Reading numbers as Chinese news writes them: Arabic or Chinese numerals, full-width
digits, odd decimal points, stray spaces, and the magnitude words 万/亿/兆.

Pure functions on short spans; finding the spans is etl/metrics.py's job.
"""

import re
from functools import lru_cache

# Same-length translation, so offsets in the translated text stay valid in the original.
FULLWIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "．": ".",
        "％": "%",
        "﹪": "%",
        "，": "，",
        "－": "-",
        "～": "~",
    }
)
# 仟 and 佰, the formal 千 and 百, are written after an ordinary digit too (两到三仟元).
TRADITIONAL_NUMERALS = str.maketrans(
    {"萬": "万", "億": "亿", "兩": "两", "點": "点", "仟": "千", "佰": "百"}
)

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
# Checked in this order: 万亿 is 万 × 亿, and a section can hold 亿 and 万 (3亿5000万).
BIG_UNITS = (("兆", 10**12), ("亿", 10**8), ("万", 10**4))
# Magnitude words that belong to the unit as written (亿元, 万平方米, 千万元).
MAGNITUDES = {
    "万亿": 10**12,
    "兆": 10**12,
    "亿": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "万": 10**4,
    "千": 10**3,
}
# After a Chinese numeral, 千 and 百 are part of the number (三千万 = 3000 万).
CHINESE_MAGNITUDES = ("万亿", "兆", "亿", "万")

_SPACES = re.compile(r"\s+")
# A decimal point written as 。 or ． or ·, only between two digits (Arabic or Chinese).
_ODD_POINT = re.compile(
    r"(?<=[0-9零〇○一二两三四五六七八九])[。．·](?=[0-9零〇○一二三四五六七八九])"
)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_ARABIC = re.compile(r"\d+(?:\.\d+)?")


def normalize_number_text(text: str) -> str:
    """Canonical spelling of a number span: ASCII digits, '.' as the decimal point,
    no spaces, no thousands separators, simplified magnitude words."""
    text = text.translate(FULLWIDTH).translate(TRADITIONAL_NUMERALS)
    text = _SPACES.sub("", text)
    text = _ODD_POINT.sub(".", text)
    return _THOUSANDS.sub("", text)


@lru_cache(maxsize=16384)  # pure, and the same few spans recur in every article
def read_number(text: str) -> float:
    """The value of a written number: '1,755.7亿' → 175570000000.0, '六萬三四九二' → 63492.0,
    '二．二六兆' → 2.26e12, '百余' is read by the caller without '余' → '百' → 100.0.

    A bare magnitude ('亿') is an implicit one, as in 超亿元. Raises ValueError on text
    that is not a number.
    """
    canonical = normalize_number_text(text)
    if not canonical:
        raise ValueError("empty number")
    return float(_read_sections(canonical))


_APPROXIMATE = re.compile(r"^(.*?)([一两二三四五六七八九])([两二三四五六七八九])([十百千]?)$")


def read_approximate(text: str) -> tuple[float, float] | None:
    """Two neighbouring digits give a rough range: '三四' → (3, 4), '十五六' → (15, 16),
    '五六十' → (50, 60), '两三' → (2, 3). None for any other number ('三四九二' after 万 is
    read digit by digit)."""
    canonical = normalize_number_text(text)
    m = _APPROXIMATE.match(canonical)
    if not m or any(big in canonical for big, _ in BIG_UNITS):
        return None
    head, first, second, unit = m.groups()
    if DIGITS[second] != DIGITS[first] + 1 or head and (head[-1] not in SMALL_UNITS or unit):
        return None
    return float(_read_small(head + first + unit)), float(_read_small(head + second + unit))


_SCALE_WORDS = "十百千万亿兆"


def shared_scale(low: float, high_text: str) -> int:
    """The factor the low end of a range takes from its high end when the low end is written
    bare, with neither magnitude nor unit (2——3万元, 两到三仟元, 八百到九百亿元, 8500到3万港元).

    The magnitude words that close the high end (the 十百千万亿兆 after its last digit: 百亿 in
    九百亿, 千万 in 三千万, 万 in 3万) are shared, from the last one back: the low end takes the
    longest tail of them that keeps it below the high end, and stands as written when none does.
    So 2——3万 is 20,000-30,000 (万), 两到三百亿 is 200亿-300亿 (百亿), 八百到九百亿 is 800亿-900亿
    (亿: 800百亿 would pass the high end), and 8500到3万 is 8,500-30,000 (8500万 would pass it, so
    nothing is shared and the scale is 1). A high end written in Arabic digits alone (2到3000元)
    shares nothing.
    """
    canonical = normalize_number_text(high_text)
    run = len(canonical)
    while run and canonical[run - 1] in _SCALE_WORDS:
        run -= 1
    high = read_number(canonical)
    for start in range(run, len(canonical)):  # the longest tail first
        scale = read_number(canonical[start:])
        if low * scale < high:
            return int(scale)
    return 1


def split_magnitude(text: str) -> tuple[str, str]:
    """Split a trailing magnitude word off a number span: '2.8万亿' → ('2.8', '万亿'),
    '9万8794' → ('9万8794', ''). The magnitude belongs to the unit as written (万元)."""
    canonical = text.rstrip()
    for word in sorted(MAGNITUDES, key=len, reverse=True):
        if canonical.endswith(word):
            head = canonical[: -len(word)].rstrip()
            last = head[-1:]
            if (
                last.isdigit()
                or last == "."
                or (last in DIGITS or last in SMALL_UNITS)
                and word in CHINESE_MAGNITUDES
            ):
                return head, word
            if not head:
                return head, word
    return canonical, ""


def _read_sections(text: str):
    """Split on the largest magnitude present: '3亿5000万' = 3 × 亿 + read('5000万')."""
    for word, factor in BIG_UNITS:
        at = text.find(word)
        if at >= 0:
            head, tail = text[:at], text[at + 1 :]
            head_value = _read_sections(head) if head else 1
            if tail.startswith("零"):
                tail = tail[1:]
            return head_value * factor + (_read_sections(tail) if tail else 0)
    return _read_small(text)


def _read_small(text: str):
    """A number below 万: Arabic ('5000', '2.26'), Chinese with 十百千 ('一百五十'),
    a digit string ('三四九二', '二.二六'), or a mix ('5千')."""
    if _ARABIC.fullmatch(text):
        return float(text) if "." in text else int(text)
    if "." in text:
        whole, _, fraction = text.partition(".")
        if not fraction or any(ch not in DIGITS for ch in fraction):
            raise ValueError(f"not a number: {text!r}")
        return _read_small(whole or "零") + float(
            "0." + "".join(str(DIGITS[ch]) for ch in fraction)
        )
    if not any(ch in SMALL_UNITS for ch in text):
        if all(ch in DIGITS for ch in text):
            return int("".join(str(DIGITS[ch]) for ch in text))
        raise ValueError(f"not a number: {text!r}")
    total, pending = 0, None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            pending = float(text[i:j]) if "." in text[i:j] else int(text[i:j])
            i = j
            continue
        if ch in DIGITS:
            pending = DIGITS[ch] if pending is None or ch != "零" else pending
            if ch == "零":
                pending = None
        elif ch in SMALL_UNITS:
            total += (1 if pending is None else pending) * SMALL_UNITS[ch]
            pending = None
        else:
            raise ValueError(f"not a number: {text!r}")
        i += 1
    if pending is not None:
        total += pending
    return total
