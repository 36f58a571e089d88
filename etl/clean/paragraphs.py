"""Paragraphs: lines broken by a PDF or a dump joined again, repeated lines dropped, and each
block given its kind (headline, body, caption, table …).
"""

import re

from etl.clean.blocks import HEADING_TAGS
from etl.clean.chrome import bare
from etl.clean.rules import (
    CLAUSE_PUNCT,
    HEADLINE_COUPLET,
    SENTENCE_FINAL,
    SENTENCE_PUNCT,
    count,
    rules,
)
from etl.clean.titles import title_tag_headline
from etl.text import HANZI, PARAGRAPH_FINAL


def merge_broken_lines(blocks: list, title: str | None, removed: dict) -> list:
    """Join lines a PDF or a scraper broke inside a sentence.

    A line is broken when it stops without closing punctuation although it reads
    as prose (has clause punctuation or runs to the page width), and the next
    line follows closely.
    """
    if len(blocks) < 2:
        return blocks
    open_ended = sorted(
        len(b.text)
        for b in blocks[1:]
        if not b.text.endswith(tuple(PARAGRAPH_FINAL)) and len(b.text) >= 10
    )
    # PDF text breaks most lines at the same width, which is then the typical open-ended length.
    page_width = open_ended[len(open_ended) // 2] if open_ended else 0
    pdf_like = len(open_ended) >= 3 and len(open_ended) >= 0.3 * len(blocks) and page_width <= 120
    # A text with a blank line after most lines (a portal dump) breaks lines by sentences, not
    # by width: a line as long as the others (a headline) is no proof of a broken one.
    width_gap = 1 if is_double_spaced(blocks) else 2
    merged = [blocks[0]]
    for block in blocks[1:]:
        previous = merged[-1]
        by_width = pdf_like and block.gap < width_gap
        if (
            block.gap <= 1
            and not block.image
            and previous.text != title
            and previous.tag not in HEADING_TAGS  # ### （一）坚持项目为王，…: a heading, whole
            and block.tag not in HEADING_TAGS
            and is_broken(previous.text, block.text, by_width, page_width)
        ):
            joiner = (
                " "
                if re.search(r"[A-Za-z]$", previous.text) and re.match(r"[A-Za-z]", block.text)
                else ""
            )
            previous.text = previous.text + joiner + block.text
            count(removed, "broken_lines")
            continue
        merged.append(block)
    return merged


def is_double_spaced(blocks: list) -> bool:
    """Whether most lines stand after a blank line (a portal dump, 焦作日报数字报)."""
    return sum(1 for b in blocks[1:] if b.gap >= 1) >= DOUBLE_SPACED * (len(blocks) - 1)


DOUBLE_SPACED = 0.6  # share of lines after a blank line


def is_broken(text: str, following: str, pdf_like: bool, page_width: int) -> bool:
    if (
        not text
        or text.endswith(tuple(PARAGRAPH_FINAL))
        or text.endswith(("：", ":", "—", "-", "…", "·"))
    ):
        return False
    if re.match(r"[，。、；：！？%）」』”,.;:!?)]", following):
        return True  # no line starts with closing punctuation: it was pushed over the edge
    if not re.match(f"[{HANZI}0-9a-z.%（(“]", following):
        return False
    if pdf_like and len(text) >= 0.9 * page_width:
        return True
    # Outside PDF text only a comma proves prose: headlines and decks have none,
    # and a headline couplet separates its halves with a space.
    return len(text) >= 15 and bool(re.search("[，,]", text)) and not HEADLINE_COUPLET.search(text)


def drop_repeats(blocks: list, title: str | None, removed: dict) -> list:
    """Drop repeated copies of the headline, the page's <title> dumped into the text (标题 - 天天要闻:
    the headline and the site's name, browser chrome) and a paragraph repeated right after itself."""
    kept, title_seen = [], False
    for block in blocks:
        if title and block.text == title:
            if title_seen:
                count(removed, "repeated_headlines")
                continue
            title_seen = True
        elif title and block.text.startswith(title) and title_tag_headline(block.text) == title:
            count(removed, "repeated_headlines")
            continue
        elif kept and block.text and block.text == kept[-1].text:
            count(removed, "repeated_lines")
            continue
        kept.append(block)
    return kept


def assign_kinds(blocks: list, title: str | None):
    table = rules()
    in_commentary = in_background = False
    after_image = False
    for i, block in enumerate(blocks):
        text = block.text
        if not text:
            after_image = block.image
            continue
        if bare(text) in table["commentary_markers"]:
            in_commentary = True
        if bare(text) in table["background_markers"]:
            in_background = True
        short = len(text) <= 40
        if in_background:
            block.kind = "background"
        elif in_commentary:
            block.kind = "commentary"
        elif block.tag == "tr":
            block.kind = "table"
        elif (
            block.caption
            or (short and (block.image or after_image))
            or (short and table["caption"].search(text))
            or (
                i > 0
                and block.gap >= 2
                and short
                and text.endswith("。")
                and not CLAUSE_PUNCT.search(text)
            )
        ):
            block.kind = "caption"
        elif (
            block.tag in HEADING_TAGS
            or text == title
            or (block.strong and len(text) <= 60)
            or (
                len(text) <= 40
                and not SENTENCE_FINAL.search(text)
                and not SENTENCE_PUNCT.search(text)
            )
        ):
            block.kind = "heading"
        after_image = False
