"""Junk inside and between blocks: inline scraper noise, spaced-out text, pinyin glosses,
and the sidebars (相关推荐, 延伸阅读 …) that follow an article.
"""

import re

from etl.clean.rules import EDGE_SPACE, SENTENCE_PUNCT, count, rules
from etl.text import HANZI, HANZI_CHAR

# The same matches as (?<=[HANZI])[ \u3000]+(?=[HANZI]), written to start with the space: a scan then
# stops only at spaces, not at every hanzi.
SPACED_OUT = re.compile(f"[ \u3000](?<=[{HANZI}][ \u3000])[ \u3000]*(?=[{HANZI}])")


def strip_inline_junk(blocks: list, removed: dict) -> list:
    table = rules()
    whole = "\n".join(b.text for b in blocks)
    patterns = [(name, p) for name, p in table["inline"] if p.search(whole)]
    pinyin = table["pinyin"] if table["pinyin"].search(whole) else None
    spaced = SPACED_OUT.search(whole) is not None
    for block in blocks:
        text = block.text
        for name, pattern in patterns:
            text, n = pattern.subn("", text)
            count(removed, name, n)
        if pinyin:
            text, n = pinyin.subn("", text)
            count(removed, "pinyin_glosses", n)
        if spaced and is_spaced_out(text):
            text = SPACED_OUT.sub("", text)
            count(removed, "spaced_out_lines")
        block.text = text.strip(EDGE_SPACE)
    return [b for b in blocks if b.text or b.image]


def is_spaced_out(text: str) -> bool:
    """日 照 高 新 区: most hanzi are followed by a space (PDF text, anti-scraping)."""
    gaps = len(SPACED_OUT.findall(text))
    if gaps < 3:
        return False
    return gaps >= 0.6 * len(HANZI_CHAR.findall(text))


MARKER_DECORATION = re.compile(r"^[\s【\[〖>》|｜■□●◆*#_]+|[\s】\]〗《|｜：:>*_]+$")  # **相关阅读**


def bare(text: str) -> str:
    """A short line without its decoration, for comparing against marker words."""
    return MARKER_DECORATION.sub("", text) if len(text) <= 16 else text


def cut_sidebars(blocks: list, removed: dict) -> list:
    """Cut at the first 相关推荐-style marker that follows the article's prose.

    A marker before any prose is navigation at the top of the page: only that
    line goes.
    """
    markers = rules()["cut_markers"]
    seen_prose = False
    kept = []
    for i, block in enumerate(blocks):
        if bare(block.text) in markers:
            if seen_prose:
                count(removed, "sidebar_lines", len(blocks) - i)
                return kept
            count(removed, "page_chrome")
            continue
        seen_prose = seen_prose or (
            len(block.text) >= 15 and bool(SENTENCE_PUNCT.search(block.text))
        )
        kept.append(block)
    return kept


# A line this short and free of links may sit inside an article's run of prose: a date line, a
# subheading, a caption.
RUN_LINE_MAX = 40
# The longest run is kept only when it holds this much prose, and what chrome removal left holds
# under half of it.
RUN_MIN_PROSE = 100


def is_prose(block) -> bool:
    return (
        len(block.text) >= 15 and block.link_share < 0.5 and bool(SENTENCE_PUNCT.search(block.text))
    )


def longest_prose_run(blocks: list) -> tuple[list, int]:
    """The page's longest coherent block of prose and its length in prose characters: consecutive
    prose blocks, with short link-free lines inside or just before it (a headline, a date line)."""
    markers = rules()["cut_markers"]
    best, best_prose, run, prose, pending = [], 0, [], 0, []
    for block in blocks:
        if is_prose(block):
            run += pending if run else pending[-3:]
            run.append(block)
            pending, prose = [], prose + len(block.text)
            if prose > best_prose:
                best, best_prose = list(run), prose
        elif (
            len(block.text) <= RUN_LINE_MAX
            and not block.link_share
            and bare(block.text) not in markers
        ):
            pending.append(block)
        else:
            run, prose, pending = [], 0, []
    return best, best_prose


def keep_longest_block(page: list, kept: list, removed: dict) -> list:
    """`kept`, unless chrome removal left little of the page's prose: then the page's longest
    coherent block of prose, flagged as removed.kept_longest_block. The article of a repost
    between an essay site's navigation lists is never a sidebar."""
    run, run_prose = longest_prose_run(page)
    kept_prose = sum(len(b.text) for b in kept if is_prose(b))
    if run_prose < RUN_MIN_PROSE or kept_prose * 2 >= run_prose:
        return kept
    count(removed, "kept_longest_block")
    return run
