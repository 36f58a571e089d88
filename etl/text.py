"""Text facts every stage shares: character classes, sentence and clause ends, the cell separator.

One home for them, so the cleaner and the extractors never disagree on what a hanzi or the end
of a sentence is.
"""

# A statistics-table row becomes one paragraph of its cells joined by this.
CELL_SEPARATOR = " | "
