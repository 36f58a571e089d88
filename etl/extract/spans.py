"""Span helpers the entity readers share: overlaps, quotes, sentence bounds, and the leftward scan
that reads a name back from its suffix to a boundary word.
"""

import re
from bisect import bisect_left
from functools import lru_cache

from etl.extract.lexicon import ASCII_DIGIT, QUOTES_CLOSE, QUOTES_OPEN, SENTENCE_END, rules
from etl.text import HANZI, HANZI_SET, is_hanzi
from etl.words import WordSet


def overlaps_any(spans, start: int, end: int) -> bool:
    for s, e in spans:  # a plain loop: called for every candidate against every span
        if s < end and start < e:
            return True
    return False


def strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in QUOTES_OPEN or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTES_CLOSE or text[end - 1].isspace()):
        end -= 1
    return start, end


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """From just after the last sentence end before `start` (0 if none) to just after the
    first one at or after `end` (the text's end if none)."""
    ends = _sentence_ends(text)
    i = bisect_left(ends, max(start, 0))
    j = bisect_left(ends, max(end, 0))
    return (ends[i - 1] + 1 if i else 0), (ends[j] + 1 if j < len(ends) else len(text))


@lru_cache(
    maxsize=4
)  # the sentences of the article being read, asked for every company and sub-park
def _sentence_ends(text: str) -> list[int]:
    return [m.start() for m in SENTENCE_END.finditer(text)]


def overlap_test(spans):
    """`overlaps_any(spans, start, end)` as a function of (start, end), for a fixed list asked
    many times: the spans sorted by start, with the furthest end reached so far."""
    ordered = sorted(spans)
    starts, furthest, reach = [s for s, _ in ordered], [], None
    for _, e in ordered:
        reach = e if reach is None or e > reach else reach
        furthest.append(reach)

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end)  # the spans that start before `end`
        return i > 0 and furthest[i - 1] > start

    return overlaps


def scan_left(
    text: str,
    end: int,
    lo: int,
    boundary: WordSet,
    max_len: int,
    core,
    prefer_punctuation: bool = False,
) -> tuple[int, bool]:
    """Start of the name that ends at `end`, reading leftwards over hanzi.

    Stops at the first boundary word (a verb, preposition or measure word from the rules)
    that stands before a span whose core (see `core`) has two characters or more; a
    boundary before a shorter span (以 in 以岭药业) is only used when nothing better
    follows. Returns (start, hit_limit): hit_limit means no boundary within max_len."""
    start, fallback = end, None
    ends_with, words = boundary._by_last, boundary.words  # boundary.ending_at, inlined below
    hanzi = HANZI_SET  # is_hanzi, inlined: this loop runs for every character of every name
    while start > lo:
        ch = text[start - 1]
        if ch not in hanzi:
            hop = _paren_inside_name(text, start, lo)
            if hop is None:
                break
            start = hop  # 三星（中国）|半导体有限公司: read on over the parenthesis
            continue
        at_boundary = False
        for n in ends_with.get(ch, ()):  # most characters end no boundary word: one dict look-up
            if n <= start and text[start - n : start] in words:
                at_boundary = True
                break
        if at_boundary:
            if len(core(text[start:end])) >= 2:
                crossed = text[start:fallback] if fallback is not None else ""
                if (
                    crossed
                    and boundary.covers(crossed)
                    and not (len(crossed) == 1 and len(core(text[fallback:end])) == 1)
                ):
                    return (
                        fallback,
                        False,
                    )  # 在此|布局|新能源: the words crossed are verbs, not a name
                return (
                    start,
                    False,
                )  # 引进了|以岭药业: 岭 alone is no trade name, so 以 belongs to it
            if fallback is None:
                fallback = start
        if end - start >= max_len:
            return (fallback, False) if fallback is not None else (start, True)
        start -= 1
    if fallback is None:
        start = latin_prefix(text, start, lo)
    elif not (
        prefer_punctuation
        and start > 0
        and not is_hanzi(text[start - 1])
        and not ASCII_DIGIT.match(text[start - 1])
        and len(core(text[start:end])) >= 2
    ):
        return fallback, False  # unless a punctuation mark (not a digit) stops the name
    if start > 0 and ASCII_DIGIT.match(text[start - 1]):
        while start < end:
            n = rules().measure.starting_at(text, start)
            if not n:
                break
            start += n
    return start, False


PAREN_BEFORE = re.compile(f"[（(]([{HANZI}]{{2,4}})[）)]$")
LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9０-９.])[A-Z][A-Za-z]{1,5}$")


def _paren_inside_name(text: str, start: int, lo: int) -> int | None:
    """Start of a parenthesised place or 集团 that sits inside a registered name and ends at
    `start` (三星（中国）半导体), or None."""
    m = PAREN_BEFORE.search(text, max(lo, start - 8), start)
    if (
        not m
        or m.start() <= lo
        or not is_hanzi(text[m.start() - 1])
        or not is_hanzi(text[start : start + 1] or "。")
    ):
        return None
    return m.start() if m.group(1) in rules().paren_name_parts else None


def latin_prefix(text: str, start: int, lo: int) -> int:
    """Include Latin capitals that open a name (TCL华星光电, SK海力士), but not a unit after a
    number (25GW高效电池)."""
    last = text[start - 1 : start]
    if not ("A" <= last <= "Z" or "a" <= last <= "z" or last == "\n"):
        return start  # no Latin letter ends here (\n: `$` matches before a final newline)
    m = LATIN_BEFORE.search(text, max(lo, start - 6), start)
    return m.start() if m else start
