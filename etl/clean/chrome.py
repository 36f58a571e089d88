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


MARKER_DECORATION = re.compile(r"^[\s【\[〖>》|｜■□●◆]+|[\s】\]〗《|｜：:>]+$")


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
