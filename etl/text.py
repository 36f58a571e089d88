"""Text facts every stage shares: what a hanzi is, where sentences and clauses end, the cell
separator of a table row.

One home for them, so the cleaner and the extractors never disagree on what a hanzi or the end
of a sentence is. Each constant is the body of a character class, for use inside [...].
"""

import re

# CJK unified ideographs, extension A and the compatibility block.
HANZI_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # first and last code point
HANZI = "".join(f"{chr(first)}-{chr(last)}" for first, last in HANZI_RANGES)
HANZI_CHAR = re.compile(f"[{HANZI}]")
# A full stop ends a sentence; a semicolon ends one of a list of sentences (…；…；…).
FULL_STOPS = "。！？!?"
SENTENCE_ENDS = FULL_STOPS + "；;"
# The marks between the clauses of a sentence, the enumeration comma 、 included.
CLAUSE_ENDS = "，,。；;：:！？!?、"
# Punctuation a finished paragraph ends with (closing quotes and brackets after a stop).
PARAGRAPH_FINAL = SENTENCE_ENDS + '…”」』"）)】'

# A statistics-table row becomes one paragraph of its cells joined by this.
CELL_SEPARATOR = " | "


# is_hanzi(ch): a set's own membership test, a C call with no Python frame: the entity readers
# ask it of every character they scan.
HANZI_SET = frozenset(chr(code) for first, last in HANZI_RANGES for code in range(first, last + 1))
is_hanzi = HANZI_SET.__contains__
