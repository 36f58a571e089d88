"""data/common_words.csv: the general vocabulary a company's name core may not be made of
(影响, 风险, 标志性, 大企业 + 大集团), from jieba's dictionary (jieba 0.42.1, dict.txt: a word,
its frequency in jieba's corpus and its part of speech; MIT licence): every word of two characters
or more at least COMMON_WORD_FREQUENCY frequent, tagged as anything but a name. The build reads
the committed file and never imports jieba. Run:

    pip install jieba==0.42.1
    python -m etl import-common-words
"""

import csv

from etl.imports.counties import NAME_TAGS, _jieba_vocabulary
from etl.knowledge import DATA_DIR

COMMON_WORD_FREQUENCY = 100


def common_words(vocabulary: dict) -> list[tuple[str, int, str]]:
    return sorted(
        (word, frequency, tag)
        for word, (frequency, tag) in vocabulary.items()
        if len(word) >= 2 and frequency >= COMMON_WORD_FREQUENCY and tag not in NAME_TAGS
    )


def import_common_words(out=DATA_DIR / "common_words.csv") -> int:
    rows = common_words(_jieba_vocabulary())
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("word", "frequency", "tag"))
        writer.writerows(rows)
    return len(rows)
