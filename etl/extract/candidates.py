"""The types one number passes through while it is read: a candidate (its span, value, unit,
qualifier, measure), and an index of the text's sentences, clauses and paragraphs.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass


@dataclass(slots=True)  # slots: created and read several times per number of every article
class Candidate:
    start: int  # of number_text in body
    end: int
    value: float
    unit_word: str  # unit word without magnitude, simplified ('元', '平方米', '个')
    magnitude: str
    qualifier: str | None = None
    value_high: float | None = None
    rule: str = "quantity"
    written_unit: str | None = None  # overrides magnitude + unit_word
    normalized_unit: str | None = None
    normalized_value: float | None = None
    kind: str | None = None
    measure: str | None = None
    currency_hint: str | None = None
    per_unit: str | None = None  # denominator of a per-unit value: person, mu, m2
    qualifier_from: str | None = None  # before / after / inside: where the qualifier word stood
    # The number's comma clause and sentence (bounds in the text), looked up once: several steps ask.
    comma_clause: tuple | None = None
    sentence: tuple | None = None


# A clause mark, or a comma not followed by three digits (1,000 is a number). Written to
# start with one character class, which lets the scan skip to the next mark in C.
_BOUNDARY = re.compile(r"[，。；;：:！？!?、\n,](?:(?<=,)(?!\d{3})|(?<!,))")
FULLWIDTH_CHARS = re.compile("[０-９．％﹪－～]")


LEAD_MIN_CHARS = 40  # shorter, or without a full stop: a headline, a dateline or page chrome


class TextIndex:
    """One article's simplified text with its boundaries indexed for fast look-ups."""

    def __init__(self, text: str):
        self.text = text
        # Each list is the previous one filtered (every boundary is one character).
        self.clause_ends = [m.start() for m in _BOUNDARY.finditer(text)]
        self.comma_ends = [at for at in self.clause_ends if text[at] != "、"]
        self.sentence_ends = [at for at in self.comma_ends if text[at] in "。；;！？!?\n"]
        self.full_stops = [at for at in self.sentence_ends if text[at] not in "；;"]
        self.paragraph_ends = [at for at in self.full_stops if text[at] == "\n"]
        self._lead = None

        self.length = len(text)

    # Each look-up is written out (no shared helper): they run several times per number.

    def lead(self) -> tuple[int, int]:
        """(start, end) of the first paragraph of prose (LEAD_MIN_CHARS long, with a full stop):
        the lead, after a headline, a dateline and page chrome."""
        if self._lead is None:
            self._lead, start = (0, self.length), 0
            for end in [*self.paragraph_ends, self.length]:
                if end - start >= LEAD_MIN_CHARS and "。" in self.text[start:end]:
                    self._lead = (start, end)
                    break
                start = end + 1
        return self._lead

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
