"""Clean stage: RawDocument → CleanDocument (plain paragraphs, metadata, junk counts).

The document is turned into blocks (one per paragraph or line: blocks.py), scraper junk is
removed inside and between blocks (chrome.py), metadata lines (byline, source, date, URL) are
read and taken out of the body (metadata.py, dates.py, provenance.py, titles.py), and the rest is
joined with "\\n" (paragraphs.py). The simplified body is converted paragraph by paragraph with
the same length as the original, so character offsets found in one are valid in the other.
"""

import re

from etl.clean.blocks import html_blocks, text_blocks
from etl.clean.chrome import cut_sidebars, keep_longest_block, strip_inline_junk
from etl.clean.metadata import read_header_lines, take_metadata_lines
from etl.clean.paragraphs import assign_kinds, drop_repeats, merge_broken_lines
from etl.clean.provenance import pick_date, pick_source, pick_url
from etl.clean.rules import MIN_NOTICE_CHARS, MIN_USABLE_CHARS, NOT_HANZI, Block, rules
from etl.clean.titles import pick_title
from etl.model import CleanDocument, IngestError, Paragraph, RawDocument
from etl.script import changed_chars, convert_body
from etl.text import HANZI_CHAR


def warm_up() -> None:
    rules()
    changed_chars("tw2s")


def clean_document(raw: RawDocument) -> CleanDocument:
    """Turn a decoded file into cleaned text and metadata; IngestError if no text is left."""
    removed: dict = {}
    html_meta: dict = {}
    if raw.format == "text":
        blocks = text_blocks(raw.text)
    else:
        blocks, html_meta = html_blocks(raw.text, whole_page=raw.format == "html")
    blocks = strip_inline_junk(blocks, removed)
    blocks = keep_longest_block(blocks, cut_sidebars(blocks, removed), removed)
    blocks, found = take_metadata_lines(blocks, removed)
    read_header_lines(html_meta.get("header_lines", ()), found)
    title = pick_title(raw, html_meta, found, blocks)
    if raw.format == "jekyll" and title and all(b.text != title for b in blocks):
        # The front-matter title is the post's headline: it opens the body, as the headline line
        # of a page or a dump does, so the figures a headline reports are quoted like any other.
        blocks.insert(0, Block(title, tag="h1"))
    if raw.format == "text":
        blocks = merge_broken_lines(blocks, title, removed)
    blocks = drop_repeats(blocks, title, removed)
    assign_kinds(blocks, title)
    blocks = [b for b in blocks if b.text]
    body = "\n".join(b.text for b in blocks)
    require_article_text(body, removed)
    paragraphs, start = [], 0
    for block in blocks:
        paragraphs.append(Paragraph(start, start + len(block.text), block.kind))
        start += len(block.text) + 1
    body_simplified = convert_body(body)
    url = pick_url(raw, html_meta, found)
    published, precision, date_source = pick_date(raw, html_meta, found, url)
    return CleanDocument(
        path=raw.path,
        content_hash=raw.content_hash,
        size=raw.size,
        encoding=raw.encoding,
        format=raw.format,
        title=title,
        published=published,
        published_precision=precision,
        date_source=date_source,
        source_name=pick_source(raw, html_meta, found, url),
        byline=found.get("byline"),
        url=url,
        dateline=found.get("dateline"),
        script=detect_script(body, body_simplified),
        body=body,
        body_simplified=body_simplified,
        paragraphs=paragraphs,
        removed={k: v for k, v in removed.items() if v},
        warnings=list(raw.decode_warnings),
    )


def require_article_text(body: str, removed: dict) -> None:
    """IngestError (NoText) unless `body` is an article, naming the rule that refused it.

    A short text is an article when it reports a figure (an 18-character notice of a capital
    increase); without one it needs MIN_USABLE_CHARS hanzi or words.
    """
    if len(body) >= 4 * MIN_USABLE_CHARS:
        return
    size = len(HANZI_CHAR.findall(body)) + len(re.findall(r"[A-Za-z]+", body))
    if size >= MIN_USABLE_CHARS or (size >= MIN_NOTICE_CHARS and re.search(r"\d", body)):
        return
    if not size:
        rules_fired = ", ".join(f"{rule} ({n})" for rule, n in sorted(removed.items()) if n)
        message = "no text left: everything was page chrome or junk"
        raise IngestError(
            "clean",
            f"{message}, removed by {rules_fired}"
            if rules_fired
            else "no text in the file: nothing but markup, figures or punctuation",
            "NoText",
        )
    raise IngestError(
        "clean",
        f"only {size} characters of text, under the minimum of {MIN_USABLE_CHARS}"
        f" ({MIN_NOTICE_CHARS} for a text with a figure)",
        "NoText",
    )


def detect_script(body: str, body_simplified: str) -> str:
    """simplified / traditional / mixed from the share of script-specific characters."""
    if body == body_simplified:
        return "simplified"
    han = len(NOT_HANZI.sub("", body)) or 1
    traditional = len(changed_chars("tw2s").findall(body))
    simplified = len(changed_chars("s2t").findall(body))
    t_share, s_share = traditional / han, simplified / han
    if t_share >= 0.03 and s_share >= 0.03:
        return "mixed"
    return "traditional" if t_share > s_share else "simplified"
