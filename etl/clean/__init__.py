"""Clean stage: RawDocument → CleanDocument (plain paragraphs, metadata, junk counts).

The document is turned into blocks (one per paragraph or line), scraper junk is
removed inside and between blocks, metadata lines (byline, source, date, URL)
are read and taken out of the body, and the rest is joined with "\\n". The
simplified body is converted paragraph by paragraph with the same length as the
original, so character offsets found in one are valid in the other.
"""

import html
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html.parser import HTMLParser
from typing import Optional
from urllib.parse import urlsplit

from etl.model import CleanDocument, IngestError, Paragraph, RawDocument
from etl.text import CELL_SEPARATOR
from etl.knowledge import load_yaml
from etl.script import changed_chars, convert_body, converter, to_simplified

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile(f"[{HAN}]")
# What is left after removing it is the text's hanzi, counted in one pass. A run of a class is
# written [x][x]* rather than [x]+ throughout: `re` then scans for the class in one tight loop
# (it does so only for a pattern that opens with a class); same matches.
NOT_HAN = re.compile(f"[^{HAN}][^{HAN}]*")
# Paragraph-final punctuation: a line ending otherwise is a heading or a broken line.
SENTENCE_END = "。！？!?…；;”」』\"）)】"
CLAUSE_PUNCT = re.compile(r"[，,、；;：:]")
# A line ending like this is a finished sentence, so not a heading.
SENTENCE_FINAL = re.compile(r"(?:[。！？!?…；;，,：:]|[。！？!?…][”」』\"’])$")
HEADLINE_COUPLET = re.compile(f"[{HAN}”」》][ \u3000]+[{HAN}“「《]")
SENTENCE_PUNCT = re.compile(r"[，。！？；,!?;]")
MIN_USABLE_CHARS = 20


@dataclass
class Block:
    """One paragraph candidate with the layout hints that decide its kind."""

    text: str
    kind: str = "body"
    gap: int = 0  # blank lines before it in plain text (an image leaves a wide gap)
    tag: str = ""
    strong: bool = False  # all of its text is bold
    caption: bool = False  # inside a figcaption or a caption-classed element
    image: bool = False  # held an <img>
    link_share: float = 0.0  # share of its characters inside links
    ancestors: tuple = ()


# Knowledge from data/cleaning.yml and data/sources.yml, compiled once per process.


@lru_cache(maxsize=None)
def rules() -> dict:
    cleaning = load_yaml("cleaning.yml")
    sources = load_yaml("sources.yml")
    tone = cleaning["pinyin"]["tone_letters"]
    syllable = f"[a-zü{tone}]*[{tone}][a-zü{tone}]*|[a-zü]{{1,6}}[1-5]"
    # One regex per pattern, not one alternation: each keeps its own fast prefix scan.
    inline = [(name, re.compile(p, re.M)) for name, patterns in cleaning["inline_junk"].items() for p in patterns]
    roles = "|".join(map(re.escape, sources["reporter_roles"]))
    return {
        "cut_markers": both_scripts(cleaning["cut_markers"]),
        "commentary_markers": both_scripts(cleaning["commentary_markers"]),
        "chrome": line_matcher(cleaning["chrome_lines"]),
        "noise": line_matcher(cleaning["noise_lines"]),
        "caption": re.compile("|".join(f"(?:{p})" for p in cleaning["caption_markers"])),
        "inline": inline,
        "pinyin": re.compile(f"[(（](?<=[{HAN}][(（])\\s*(?:{syllable})(?:\\s+(?:{syllable}))*\\s*[)）]"),
        "html_chrome_classes": frozenset(cleaning["html_chrome_classes"]),
        "categories": sources["categories"],
        "tag_suffixes": tuple(sources["tag_suffixes"]),
        "outlet_suffixes": tuple(sorted(sources["outlet_suffixes"], key=len, reverse=True)),
        "byline_outlet": re.compile(f"^(.*?)(?:{roles})*(?:记者|記者)"),
        "domains": sources["domains"],
        "not_outlets": frozenset(sources["not_outlets"]),
        # The author field of an info line runs up to the next field label.
        "author_field": re.compile(
            r"(?:作者|撰文|记者|記者)\s*[：:]\s*([^，,。；;|｜]{2,30}?)\s*"
            rf"(?=(?:{alternatives(sources['info_field_labels'])})\s*[：:]|[，,。；;|｜]|$)"),
        "byline_dateline": re.compile(rf"\s*[／/]\s*[^\s／/]{{1,8}}(?:{alternatives(sources['dateline_words'])})$"),
        # 来源：青岛经开区管委办公室浏览次数：2386: a value ends where the next field's label starts
        "next_field": re.compile(rf"(?:{alternatives(sources['info_field_labels'])})\s*(?:次数|数|量)?\s*[：:]"),
        "masthead_endings": tuple(cleaning["masthead_endings"]),
    }


def alternatives(words: list) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def line_matcher(patterns: list):
    """One test for a list of line patterns: anchored ones are tried only at the start."""
    anchored = re.compile("|".join(f"(?:{p[1:]})" for p in patterns if p.startswith("^")) or "(?!)")
    floating = re.compile("|".join(f"(?:{p})" for p in patterns if not p.startswith("^")) or "(?!)")

    @lru_cache(maxsize=8192)  # the same chrome and short lines recur on every page of a site
    def matches(line: str) -> bool:
        return anchored.match(line) is not None or floating.search(line) is not None

    return matches


def both_scripts(words: list) -> frozenset:
    """Marker words as written in the data file plus their traditional forms."""
    forms = set(words)
    for config in ("s2t", "s2tw", "s2twp"):
        forms.update(converter(config).convert(word) for word in words)
    return frozenset(forms)



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
    blocks = cut_sidebars(blocks, removed)
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
    if len(body) < 4 * MIN_USABLE_CHARS and \
            len(HAN_CHAR.findall(body)) + len(re.findall(r"[A-Za-z]+", body)) < MIN_USABLE_CHARS:
        raise IngestError("clean", "no article text left after removing page chrome and junk", "NoText")
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
        script=detect_script(body, body_simplified),
        body=body,
        body_simplified=body_simplified,
        paragraphs=paragraphs,
        removed={k: v for k, v in removed.items() if v},
        warnings=list(raw.decode_warnings),
    )


def count(removed: dict, key: str, n: int = 1):
    if n:
        removed[key] = removed.get(key, 0) + n


# Blocks from plain text -------------------------------------------------------

EDGE_SPACE = " \t\u3000\u00a0\ufeff"


def text_blocks(text: str) -> list:
    blocks, gap = [], 0
    for line in text.split("\n"):
        line = line.strip(EDGE_SPACE)
        if not line:
            gap += 1
            continue
        blocks.append(Block(line, gap=gap))
        gap = 0
    return blocks


# Blocks from HTML -------------------------------------------------------------

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol table tbody thead tr td th section article header footer main aside "
    "nav blockquote figure figcaption dd dt dl pre center address hr form fieldset details summary".split())
SKIP_TAGS = frozenset("script style noscript template svg iframe object canvas select button textarea head "
                      "nav aside footer".split())
VOID_TAGS = frozenset("br img hr input meta link wbr area source col base param track embed".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
CLASS_SPLIT = re.compile(r"[\s_-][\s_-]*")
# Anti-scraping noise is often hidden text interleaved with the article.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px)?\s*(?:;|$)", re.I)
CAPTION_CLASSES = frozenset(("caption", "pic", "pictext", "img-desc", "imgtxt"))
CONTENT_HINTS = frozenset("article articlebody content article-content post-content entry-content text "
                          "detail main-content news-content trs_editor".split())
MARKDOWN_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>")
MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.M)
MARKDOWN_BOLD = re.compile(r"\*\*(\S.*?)\*\*|__(\S.*?)__")
MARKDOWN_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
WHITESPACE_RUN = re.compile(r"[ \t\n\r\f\u00a0][ \t\n\r\f\u00a0]*")  # [x][x]*: see NOT_HAN
DATE_META = ("article:published_time", "pubdate", "publishdate", "publish_date", "og:release_date",
             "datepublished", "date", "dc.date", "dc.date.issued", "firstpublishedtime", "time")


class BlockParser(HTMLParser):
    """Streams HTML into Blocks, tolerating the broken nesting of scraped pages.

    `<p><strong>x</p><p></strong>y` gives two clean paragraphs: an end tag closes
    everything opened inside its element, and a stray end tag is ignored.
    """

    def __init__(self, chrome_classes: frozenset, skip_chrome: bool):
        super().__init__(convert_charrefs=True)
        self.chrome_classes = chrome_classes
        self.skip_chrome = skip_chrome
        self.stack: list = []  # (tag, node_id, skips, caption)
        self.open: dict = {}  # tag → how many are open, so tests on the stack cost O(1)
        self.block_depth = 0
        self.caption_depth = 0
        self.blocks: list = []
        self.pieces: list = []  # (text, strong, link)
        self.image = False
        self.skip_depth = 0
        self.next_id = 0
        self.hinted: set = set()  # node ids whose class says "article content"
        self.meta: dict = {}
        self.in_title = False
        self.title_parts: list = []
        self.node_tags: dict = {}  # node id → tag, for the table rows (see join_table_rows)
        self.row_cells: dict = {}  # <tr> node id → its <td>/<th> node ids, in order

    # Tree bookkeeping
    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs} if attrs else {}
        if tag in VOID_TAGS:
            self.void_tag(tag, attrs)
            return
        if tag == "title":
            self.in_title = True
        if tag == "time" and attrs and not self.skip_depth:
            stamp = attrs.get("datetime")
            if stamp:
                self.meta.setdefault("time", stamp.strip())
            self.pieces.append((" ", False, False))  # 記者張家瑋／新竹報導<time>2024.02.27</time>: two fields
        if tag in ("p", "li") and self.open.get(tag):
            self.close_element(tag)
        if tag in BLOCK_TAGS:
            self.flush()
        node_id = self.next_id
        self.next_id += 1
        if tag in TABLE_TAGS:
            self.node_tags[node_id] = tag
            if tag != "tr":
                row = next((entry[1] for entry in reversed(self.stack) if entry[0] in ("tr", "table")), None)
                if row is not None and self.node_tags.get(row) == "tr":
                    span = attrs.get("colspan", "1") if attrs else "1"
                    span = min(int(span), 20) if span.isdigit() and int(span) > 0 else 1
                    # a cell spanning columns keeps the ones after it aligned, as empty cells
                    self.row_cells.setdefault(row, []).extend([node_id] + [None] * (span - 1))
        skips = tag in SKIP_TAGS
        caption = tag == "figcaption"
        if tag == "article":
            self.hinted.add(node_id)
        if attrs:
            names = f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()
            tokens = set(CLASS_SPLIT.split(names)) - {""}
            skips = skips or (self.skip_chrome and bool(tokens & self.chrome_classes)) or \
                HIDDEN_STYLE.search(attrs.get("style", "")) is not None or "hidden" in attrs
            if tokens & CONTENT_HINTS or set(names.split()) & CONTENT_HINTS or attrs.get("itemprop") == "articleBody":
                self.hinted.add(node_id)
            caption = caption or bool(tokens & CAPTION_CLASSES)
        self.stack.append((tag, node_id, skips, caption))
        self.open[tag] = self.open.get(tag, 0) + 1
        self.block_depth += tag in BLOCK_TAGS
        self.caption_depth += caption
        if skips:
            self.skip_depth += 1

    def void_tag(self, tag, attrs):
        if tag == "br":
            self.flush()
        elif tag == "img" and not self.skip_depth:
            self.image = True
        elif tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"].strip())
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower() and attrs.get("href"):
            self.meta.setdefault("canonical", attrs["href"].strip())
        elif tag == "hr":
            self.flush()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if self.open.get(tag):
            self.close_element(tag)

    def close_element(self, tag):
        while self.stack:
            name, _, skips, caption = self.stack[-1]
            if name in BLOCK_TAGS and not self.skip_depth:
                self.flush()
            self.stack.pop()
            self.open[name] -= 1
            self.block_depth -= name in BLOCK_TAGS
            self.caption_depth -= caption
            if skips:
                self.skip_depth -= 1
            if name == tag:
                break

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        strong = bool(self.open.get("strong") or self.open.get("b"))
        link = bool(self.open.get("a"))
        if not self.block_depth:
            # Bare text (a Jekyll body's trailer): each line is its own block.
            lines = data.split("\n")
            for i, line in enumerate(lines):
                if i:
                    self.flush()
                self.pieces.append((line, strong, link))
            return
        self.pieces.append((data, strong, link))

    def flush(self):
        if not self.pieces and not self.image:
            return
        pieces = self.pieces
        text = pieces[0][0] if len(pieces) == 1 else "".join([p[0] for p in pieces])
        if not self.image and (not text or text.isspace()):
            self.pieces = []
            return
        text = WHITESPACE_RUN.sub(" ", text).strip(EDGE_SPACE)
        visible = strong = linked = 0
        for piece, is_strong, is_link in self.pieces:
            size = len(piece.strip())
            visible += size
            strong += size if is_strong else 0
            linked += size if is_link else 0
        visible = visible or 1
        tags = [entry[0] for entry in self.stack]
        block_tag = ""
        for tag in reversed(tags):  # the innermost block element
            if tag in BLOCK_TAGS:
                block_tag = tag
                break
        self.blocks.append(Block(
            text=text,
            tag=block_tag,
            strong=bool(text) and strong >= 0.9 * visible,
            caption=self.caption_depth > 0,
            image=self.image,
            link_share=linked / visible,
            ancestors=tuple([entry[1] for entry in self.stack]),
        ))
        if not HEADING_TAGS.isdisjoint(tags):
            self.blocks[-1].tag = next(t for t in reversed(tags) if t in HEADING_TAGS)
        self.pieces = []
        self.image = False


def parse_html(markup: str, skip_chrome: bool) -> BlockParser:
    parser = BlockParser(rules()["html_chrome_classes"], skip_chrome)
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some truncated markup
        pass
    parser.flush()
    return parser


MARKDOWN_TABLE = re.compile(r"^[ \t]*\|.*\|[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\n"
                            r"(?:[ \t]*\|.*\|[ \t]*(?:\n|$))*", re.M)


def markdown_table_html(m) -> str:
    """| 指标 | 2023年 | 同比 | with its |---| line and rows as an HTML table, so its rows are read
    like any page's (join_table_rows, etl/tables.py)."""
    lines = [line.strip() for line in m.group().splitlines() if line.strip()]
    rows = [lines[0]] + lines[2:]
    out = []
    for i, line in enumerate(rows):
        tag = "th" if i == 0 else "td"
        cells = [html.escape(cell.strip()) for cell in line.strip("|").split("|")]
        out.append("<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>")
    return "\n<table>" + "".join(out) + "</table>\n"


def markdown_to_html(markup: str) -> str:
    """The Markdown a Jekyll body may hold (share links, navigation, headings, images, bold,
    pipe tables) as HTML."""
    markup = MARKDOWN_TABLE.sub(markdown_table_html, markup)
    markup = MARKDOWN_AUTOLINK.sub(lambda m: f"\n{m.group(1)}\n", markup)
    markup = MARKDOWN_IMAGE.sub("\n<img>\n", markup)
    markup = MARKDOWN_LINK.sub(lambda m: m.group(1), markup)
    markup = MARKDOWN_HEADING.sub(lambda m: f"<h{len(m.group(1))}>{m.group(2)}</h{len(m.group(1))}>", markup)
    markup = MARKDOWN_BOLD.sub(lambda m: f"<strong>{m.group(1) or m.group(2)}</strong>", markup)
    return MARKDOWN_QUOTE.sub("", markup)


SIMPLE_TAGS = frozenset("p br strong b span em i u font sup sub a".split())
ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b([^<>]*)>")
ATTRIBUTE = re.compile(r"""([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/]+)))?""")


def paragraph_blocks(markup: str) -> Optional[list]:
    """Blocks of markup made only of <p>, <br> and inline tags, without html.parser's tokenizer.

    Most Jekyll bodies are like that. The tags are fed to the same BlockParser, so
    the blocks are the parser's (tested), including for the broken
    `<p><strong>x</p><p></strong>y` nesting; about three times faster. None when
    the markup needs the real tokenizer.
    """
    tags = ANY_TAG.findall(markup)
    if markup.count("<") != len(tags) or any(name.lower() not in SIMPLE_TAGS for _, name, _ in tags):
        return None
    parser = BlockParser(rules()["html_chrome_classes"], skip_chrome=False)
    position = 0
    for match in ANY_TAG.finditer(markup):
        if match.start() > position:
            parser.handle_data(html.unescape(markup[position:match.start()]))
        closing, name, rest = match.groups()
        name = name.lower()
        if closing:
            parser.handle_endtag(name)
        else:
            attrs = [(k.lower(), v1 or v2 or v3) for k, v1, v2, v3 in ATTRIBUTE.findall(rest)] if rest else []
            parser.handle_starttag(name, attrs)
            if rest.endswith("/"):
                parser.handle_endtag(name)
        position = match.end()
    if position < len(markup):
        parser.handle_data(html.unescape(markup[position:]))
    parser.flush()
    return parser.blocks


def html_blocks(markup: str, whole_page: bool) -> tuple[list, dict]:
    """Blocks and page metadata (title, h1, canonical URL, meta tags) of an HTML body or page."""
    if not whole_page:
        markup = markdown_to_html(markup)
        simple = paragraph_blocks(markup)
        if simple is not None:
            return [b for b in simple if b.text or b.image], {"title_tag": ""}
    parser = parse_html(markup, skip_chrome=whole_page)
    blocks = parser.blocks
    if whole_page and len("".join(b.text for b in blocks)) < MIN_USABLE_CHARS:
        parser = parse_html(markup, skip_chrome=False)  # the chrome filter ate the article
        blocks = parser.blocks
    if parser.row_cells:
        blocks = join_table_rows(blocks, parser.node_tags, parser.row_cells)
    meta = dict(parser.meta)
    meta["title_tag"] = WHITESPACE_RUN.sub(" ", "".join(parser.title_parts)).strip()
    headline = headline_block(blocks, meta["title_tag"])
    if headline:
        meta["h1"] = headline.text
    if whole_page:
        content = main_content(blocks, parser.hinted, headline)
        meta["header_lines"] = header_lines(blocks, content, headline)
        blocks = content
    return [b for b in blocks if b.text or b.image], meta


TABLE_TAGS = frozenset(("table", "tr", "td", "th"))


def join_table_rows(blocks: list, node_tags: dict, row_cells: dict) -> list:
    """One block per row of a data table, its cells joined by " | " (an empty cell stays, so
    columns line up): a statistics table's numbers read with their row label and column
    header. A layout table, whose cells hold paragraphs or other tables, is left alone."""
    def cell_and_row(block):
        cell = None
        for node in reversed(block.ancestors):
            tag = node_tags.get(node)
            if tag is None:
                continue
            if cell is None and tag in ("td", "th"):
                cell = node
            elif cell is not None and tag == "tr":
                return cell, node
            elif tag in ("table", "tr"):
                return None, None
        return None, None

    rows: dict = {}  # tr → {cell: [texts]}, or None when a block makes the row a layout row
    placement = []
    for block in blocks:
        cell, row = cell_and_row(block) if block.tag in ("td", "th") else (None, None)
        if row is None:
            for node in block.ancestors:  # a paragraph inside a cell: its rows are layout
                if node_tags.get(node) == "tr":
                    rows[node] = None
            placement.append((block, None))
            continue
        cells = rows.setdefault(row, {})
        if cells is not None:
            cells.setdefault(cell, []).append(block.text)
        placement.append((block, row))
    joined, emitted = [], set()
    for block, row in placement:
        cells = rows.get(row) if row is not None else None
        if cells is None or len(row_cells.get(row, ())) < 2:
            joined.append(block)
            continue
        if row in emitted:
            continue
        emitted.add(row)
        text = CELL_SEPARATOR.join(" ".join(cells.get(cell, ())) if cell is not None else ""
                                   for cell in row_cells[row])
        ancestors = block.ancestors[:block.ancestors.index(row) + 1]
        joined.append(Block(text=text, tag="tr", link_share=block.link_share, ancestors=ancestors))
    return joined


def headline_block(blocks: list, title_tag: str):
    """The page's headline: its <h1>, else the <h2>/<h3> the <title> starts with (many government
    sites put the site's name in the <h1> of every page, or use no <h1> at all)."""
    h1 = next((b for b in blocks if b.tag == "h1" and b.text), None)
    if h1:
        return h1
    return next((b for b in blocks if b.tag in ("h2", "h3") and len(b.text) >= 4 and title_tag.startswith(b.text)),
                None)


def header_lines(page: list, content: list, headline) -> list:
    """Short lines between the headline and the article's content element: the 发布时间 / 来源 /
    作者 line of most pages sits there, outside the element that holds the prose."""
    kept = {id(b) for b in content}
    first = next((i for i, b in enumerate(page) if id(b) in kept and b is not headline), None)
    title = next((i for i, b in enumerate(page) if b is headline), None)
    if first is None or title is None or title > first:
        return []
    return [b.text for b in page[title + 1:first] if b.text and len(b.text) <= METADATA_MAX and id(b) not in kept]


def main_content(blocks: list, hinted: set, headline=None) -> list:
    """Keep the blocks of the element holding the article: the deepest one with most of the prose.

    Link text does not count as prose, so navigation lists and "related" sidebars
    do not pull the choice towards the page root.
    """
    totals: dict = {}
    for block in blocks:
        prose = len(block.text) * (1 - block.link_share)
        for node in block.ancestors:
            totals[node] = totals.get(node, 0) + prose
    if not totals:
        return blocks
    grand_total = sum(len(b.text) * (1 - b.link_share) for b in blocks) or 1
    depth = {}
    for block in blocks:
        for i, node in enumerate(block.ancestors):
            depth[node] = i
    hinted_nodes = [n for n in hinted if totals.get(n, 0) >= 0.4 * grand_total]
    if hinted_nodes:
        best = max(hinted_nodes, key=lambda n: depth.get(n, 0))
    else:
        candidates = [n for n, total in totals.items() if total >= 0.75 * grand_total]
        if not candidates:
            return blocks
        best = max(candidates, key=lambda n: depth.get(n, 0))
    title = headline if headline is not None and best not in headline.ancestors else None
    kept = [b for b in blocks if best in b.ancestors]
    return ([title] if title else []) + kept


# Inline junk ------------------------------------------------------------------

# The same matches as (?<=[HAN])[ \u3000]+(?=[HAN]), written to start with the space: a scan then
# stops only at spaces, not at every hanzi.
SPACED_OUT = re.compile(f"[ \u3000](?<=[{HAN}][ \u3000])[ \u3000]*(?=[{HAN}])")


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
    return gaps >= 0.6 * len(HAN_CHAR.findall(text))


# Sidebars, chrome and metadata lines ----------------------------------------------

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
        seen_prose = seen_prose or (len(block.text) >= 15 and bool(SENTENCE_PUNCT.search(block.text)))
        kept.append(block)
    return kept


SOURCE_LABELS = ("来源", "來源", "出处", "出處", "稿源")
SOURCE_LINE = re.compile(
    rf"(?:文章|稿件|新闻|新聞|信息|資訊|资讯)?(?:{'|'.join(SOURCE_LABELS)})\s*[：:]\s*"
    r"(https?://[^\s<>）)]+|[^\s，,。；;|｜）)】\]<>]{2,30})")
URL_LABELLED = re.compile(
    r"^[（(【\[]?\s*(?:URL|Url|url|链接|鏈接|原文链接|原文鏈接|原文地址|原文网址|原文網址|本文链接|本文鏈接|网址|網址|"
    r"文章来源|文章來源|来源|來源|转载自|轉載自|出处|出處)\s*[：:]\s*<?(https?://[^\s<>]+?)>?\s*[）)】\]]?$")
# 《 人民日报 》（ 2022年06月06日   第 01 版）: a paper's own citation of a page.
PAPER_CITATION = re.compile(r"^《\s*([^《》\s]{2,12})\s*》\s*[（(]\s*(.{8,16}?)\s*第\s*\d{1,3}\s*版\s*[）)]$")
URL_ALONE = re.compile(r"^<?(https?://[^\s<>]+?)>?$")
TITLE_LINE = re.compile(r"^(?:标题|標題|题目|題目|Title|TITLE)\s*[：:]\s*(.+)$")
# Each alternative opens with a literal character: `re` then scans a line for those characters only.
DATE_LABEL = re.compile(r"时间\s*[：:]|時間\s*[：:]|日期\s*[：:]|发布于|發布於|发表于|發表於")
# 长沙经开区发布 2024-04-08 18:06 湖南: a date with its clock time is a publication stamp.
DATE_WITH_CLOCK = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?!\d)")
DATE_CONTEXT = re.compile(r"来源|來源|作者|编辑|編輯|星期|周[一二三四五六日]|浏览|瀏覽|阅读|閱讀")
BYLINE_WORDS = re.compile(r"记者|記者|通讯员|通訊員|撰稿|特约|特約|作者\s*[：:]|编译|編譯|^文\s*[/／|｜：:]|"
                          r"\s文\s*[/／|｜]|撰文")
BYLINE_MARKED = re.compile(f"^[□■◎●]\\s*([{HAN}·\\s、]{{2,24}})$")
PHOTO_CREDIT = re.compile(r"图片|圖片|提供|配图|配圖|图/|圖/|^图[：:]|摄$|攝$")
BYLINE_LABEL = re.compile(r"^(?:作者|撰文|文)\s*[：:/／|｜]\s*")
INLINE_BYLINE = re.compile(r"^(?:本报讯|本報訊|本台讯|本網訊|本网讯|讯|訊)?\s*[（(]([^()（）]{0,40}?(?:记者|記者|通讯员|通訊員)"
                           r"[^()（）]{0,40})[)）]")
# 新华社合肥4月17日电（记者 …）, 【大公報訊】記者…報道：: a wire or paper's dateline opening the text
# names the outlet (本报讯, "this paper", does not).
WIRE_DATELINE = re.compile(f"^【?\\s*(?!本)(?P<outlet>[{HAN}]{{1,6}}(?:社|网|網|报|報|台))"
                           f"(?:[{HAN}]{{0,6}}?(?:\\d{{1,2}}月\\d{{1,2}}日)?)?(?:电|電|讯|訊)\\s*】?")
CREDIT_AFTER_DATELINE = re.compile(r"^\s*((?:记者|記者)[^：:，,。；;（()）]{2,30}?(?:报道|報道|电|電))\s*[：:]")
BRACKETS = re.compile(r"^[\s（(【\[]+|[\s）)】\]]+$")
METADATA_MAX = 80


def take_metadata_lines(blocks: list, removed: dict) -> tuple[list, dict]:
    """Read byline, source, date, URL and breadcrumb lines; drop them and page chrome from the body."""
    table = rules()
    found: dict = {"loose_dates": []}
    kept = []
    prose_seen = 0
    for block in blocks:
        text = block.text
        if not text:
            kept.append(block)
            continue
        found["position"] = (prose_seen, len(kept))
        short = len(text) <= METADATA_MAX
        if short and table["chrome"](text):
            if BREADCRUMB_SPLIT.search(text):
                found.setdefault("breadcrumb", text)
            count(removed, "page_chrome")
            continue
        if short and table["noise"](text):
            count(removed, "noise_lines")
            continue
        if (short or "http" in text and len(text) <= 500 and (URL_LABELLED.match(text) or URL_ALONE.match(text))) \
                and metadata_line(text, found):
            continue
        if not found.get("byline"):
            dateline = WIRE_DATELINE.match(text) if prose_seen < 2 else None
            rest = text[dateline.end():] if dateline else text
            inline = INLINE_BYLINE.match(rest) or (CREDIT_AFTER_DATELINE.match(rest) if dateline else None)
            if inline and not PHOTO_CREDIT.search(inline.group(1).strip()):
                found["byline"] = inline.group(1).strip()
            if dateline and (inline or dateline.group(0).endswith(("电", "電", "】"))):
                found.setdefault("source", dateline.group("outlet"))
        label = DATE_LABEL.search(text) if "date" not in found else None
        if label:
            parsed = parse_date(text[label.end():])
            if parsed:
                found["date"] = parsed
        kept.append(block)
        prose_seen += len(text) >= 15 and bool(SENTENCE_PUNCT.search(text))
    found.pop("position", None)
    loose = found.pop("loose_dates")
    if "date" not in found and len({d for d, *_ in loose}) <= 2:
        # A bare date line counts in the header (before the second paragraph) or
        # just after the article; elsewhere, or in a list of many, it dates something else.
        found["date"] = next((d for d, prose, index in loose if prose < 2 or index >= len(kept) - 3), None)
        if found["date"] is None:
            del found["date"]
    return kept, found


def read_header_lines(lines, found: dict) -> None:
    """Metadata of the lines above the article's content element, where the body has none."""
    header: dict = {"loose_dates": [], "position": (0, 0)}
    for text in lines:
        metadata_line(text, header)
    loose = header.pop("loose_dates")
    if loose and "date" not in header:
        header["date"] = loose[0][0]
    for key in ("date", "source", "byline", "labelled_url"):
        if key in header and key not in found:
            found[key] = header[key]


def metadata_line(text: str, found: dict) -> bool:
    """Record what a short metadata line says; True when the line is only metadata."""
    match = URL_LABELLED.match(text)
    if match:
        found.setdefault("labelled_url", clean_url(match.group(1)))
        return True
    match = URL_ALONE.match(text)
    if match:
        found.setdefault("bare_url", clean_url(match.group(1)))
        return True
    match = TITLE_LINE.match(text)
    if match:
        found.setdefault("title", match.group(1).strip())
        return True
    match = PAPER_CITATION.match(text)
    if match:
        found.setdefault("source", match.group(1))
        parsed = parse_date(match.group(2))
        if parsed:
            found.setdefault("date", parsed)
        return True
    is_metadata = False
    labelled = any(label in text for label in SOURCE_LABELS)  # a substring test rules most texts out
    for match in SOURCE_LINE.finditer(text) if labelled else ():
        value = rules()["next_field"].split(match.group(1), 1)[0]
        if value.startswith("http"):
            found.setdefault("labelled_url", clean_url(value))
        else:
            if to_simplified(value) not in rules()["not_outlets"]:
                found.setdefault("source", value)
        is_metadata = True
    label = DATE_LABEL.search(text)
    parsed = parse_date(text[label.end():] if label else text)
    if parsed and (label or DATE_CONTEXT.search(text) or parsed[2] >= 0.5 * len(text)
                   or (len(text) <= 40 and DATE_WITH_CLOCK.search(text))):
        if label:
            found.setdefault("date", parsed)
        else:
            found["loose_dates"].append((parsed, *found["position"]))
        is_metadata = True
    if is_metadata:
        author = rules()["author_field"].search(text)
        if author:
            found.setdefault("byline", author.group(1))
        elif not labelled and "byline" not in found:
            # 記者張家瑋／新竹報導 2024.02.27 05:10: a credit and a date stamp on one line
            credit = byline_of(DATE_YMD.sub("", DATE_WITH_CLOCK.sub("", text)).strip())
            if credit:
                found["byline"] = credit
    if is_metadata and not SENTENCE_PUNCT.search(BRACKETS.sub("", text)):
        return True
    byline = byline_of(text)
    if byline:
        found.setdefault("byline", byline)
        return True
    return is_metadata and len(text) <= 40


def byline_of(text: str) -> Optional[str]:
    """The credit line without its □ marker, brackets or 作者： label, if the line is one."""
    inner = BRACKETS.sub("", text)
    if len(inner) > METADATA_MAX or SENTENCE_PUNCT.search(inner) or re.search(r"[“”\"]", inner) \
            or inner.startswith(("——", "—")):
        return None  # ——记者走访四地园区: a subtitle, not a credit
    marked = BYLINE_MARKED.match(inner)
    if marked:
        return marked.group(1).strip()
    if not BYLINE_WORDS.search(inner) or PHOTO_CREDIT.search(inner) and not re.search(r"撰稿|撰文|文字", inner):
        return None
    return rules()["byline_dateline"].sub("", BYLINE_LABEL.sub("", inner)).strip() or None


def clean_url(url: str) -> str:
    return url.rstrip(".,;:!?。，；：！？)）>」】\"'")


# Dates --------------------------------------------------------------------------

DATE_YMD = re.compile(r"(?<!\d)(19\d{2}|20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?")
DATE_YM = re.compile(r"(?<!\d)(19\d{2}|20\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)")
TWO_DIGITS = re.compile(r"\d\d")
DATE_ROC = re.compile(r"(?<![\d.])(?:民國|民国)?\s*(\d{2,3})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d.])\s*日?")


def parse_date(text: str):
    """(iso, precision, matched_length) of the first date in text, or None.

    ROC years (109-12-26 = 2020-12-26) are read only when no western date is there.
    """
    if not TWO_DIGITS.search(text):
        return None  # every date pattern needs two digits in a row: most lines have none
    for pattern, precision in ((DATE_YMD, "day"), (DATE_YM, "month")):
        for match in pattern.finditer(text):
            year, month = int(match.group(1)), int(match.group(2))
            day = int(match.group(3)) if precision == "day" else 1
            iso = valid_date(year, month, day)
            if iso:
                return (iso if precision == "day" else iso[:7]), precision, len(match.group(0))
    for match in DATE_ROC.finditer(text):
        year = int(match.group(1))
        if 1 <= year <= 200:
            iso = valid_date(year + 1911, int(match.group(2)), int(match.group(3)))
            if iso:
                return iso, "day", len(match.group(0))
    return None


def valid_date(year: int, month: int, day: int) -> Optional[str]:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value.isoformat() if 1900 <= year <= date.today().year + 1 else None


URL_DATES = (
    re.compile(r"(?<!\d)(20\d{2}|19\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"/(20\d{2}|19\d{2})/(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])/"),  # /art/2021/3/4/
    re.compile(r"/(\d{2})/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"),  # 163.com: /22/0614/
)


def date_from_url(url: str):
    path = urlsplit(url).path
    for pattern in URL_DATES:
        for match in pattern.finditer(path):
            year = int(match.group(1))
            year += 2000 if year < 100 else 0
            iso = valid_date(year, int(match.group(2)), int(match.group(3)))
            if iso:
                return iso
    return None


# Broken lines, repeats, titles and kinds ------------------------------------------


def merge_broken_lines(blocks: list, title: Optional[str], removed: dict) -> list:
    """Join lines a PDF or a scraper broke inside a sentence.

    A line is broken when it stops without closing punctuation although it reads
    as prose (has clause punctuation or runs to the page width), and the next
    line follows closely.
    """
    if len(blocks) < 2:
        return blocks
    open_ended = sorted(len(b.text) for b in blocks[1:] if not b.text.endswith(tuple(SENTENCE_END))
                        and len(b.text) >= 10)
    # PDF text breaks most lines at the same width, which is then the typical open-ended length.
    page_width = open_ended[len(open_ended) // 2] if open_ended else 0
    pdf_like = len(open_ended) >= 3 and len(open_ended) >= 0.3 * len(blocks) and page_width <= 120
    merged = [blocks[0]]
    for block in blocks[1:]:
        previous = merged[-1]
        if block.gap <= 1 and not block.image and previous.text != title and \
                is_broken(previous.text, block.text, pdf_like, page_width):
            joiner = " " if re.search(r"[A-Za-z]$", previous.text) and re.match(r"[A-Za-z]", block.text) else ""
            previous.text = previous.text + joiner + block.text
            count(removed, "broken_lines")
            continue
        merged.append(block)
    return merged


def is_broken(text: str, following: str, pdf_like: bool, page_width: int) -> bool:
    if not text or text.endswith(tuple(SENTENCE_END)) or text.endswith(("：", ":", "—", "-", "…", "·")):
        return False
    if re.match(r"[，。、；：！？%）」』”,.;:!?)]", following):
        return True  # no line starts with closing punctuation: it was pushed over the edge
    if not re.match(f"[{HAN}0-9a-z.%（(“]", following):
        return False
    if pdf_like and len(text) >= 0.9 * page_width:
        return True
    # Outside PDF text only a comma proves prose: headlines and decks have none,
    # and a headline couplet separates its halves with a space.
    return len(text) >= 15 and bool(re.search("[，,]", text)) and not HEADLINE_COUPLET.search(text)


def pick_title(raw: RawDocument, html_meta: dict, found: dict, blocks: list) -> Optional[str]:
    title = str(raw.front_matter.get("title") or "").strip()
    if title:
        return title
    if found.get("title"):
        return found["title"]
    if raw.format == "html":
        return html_meta.get("h1") or html_meta.get("og:title") or title_tag_headline(html_meta.get("title_tag"))
    crumb = last_crumb(found.get("breadcrumb"))
    if crumb and any(b.text == crumb for b in blocks[:8]):
        return crumb  # 当前位置：首页 > 江北新区 > <headline>, and the headline line itself below it
    for block in blocks[:8]:
        text = block.text
        if is_headline(text) and len(text) >= 6 and not is_masthead(text) and (len(text) <= 40 or not PROSE_PUNCT.search(text)):
            return text  # a headline may hold a comma (挂牌三周年：新设企业超2万家，…), a paragraph is longer
        if len(text) >= 15 and PROSE_PUNCT.search(text):
            break  # the first paragraph of prose: the headline stands before it
    if blocks and is_headline(blocks[0].text) and len(blocks) > 1:
        return blocks[0].text
    return None


FIELD_LINE = re.compile(r"^[^：:]{2,8}[：:]")
PROSE_PUNCT = re.compile(r"[，。！？；!?;]|,(?!\d{3})")  # not the comma of 5,800


def is_masthead(text: str) -> bool:
    """太和县融媒体中心, 南部科學園區管理局　新聞稿, 证券代码：…, ——记者走访…: the lines above a
    dump's headline that name the site, the issuer or a field, or are a subtitle."""
    return text.endswith(rules()["masthead_endings"]) or FIELD_LINE.match(text) is not None \
        or text.startswith(("——", "—", "【"))


def last_crumb(breadcrumb: Optional[str]) -> Optional[str]:
    if not breadcrumb:
        return None
    crumb = BREADCRUMB_SPLIT.split(breadcrumb)[-1].strip()
    return crumb if is_headline(crumb) else None


def is_headline(text: str) -> bool:
    return 4 <= len(text) <= 60 and not text.endswith(("。", "，", ",", "；", ";", "：", ":")) \
        and "。" not in text and not byline_of(text)


def title_tag_headline(title_tag: Optional[str]) -> Optional[str]:
    """<title>标题_网易订阅</title> → 标题: the site name follows a separator."""
    if not title_tag:
        return None
    head = re.split(r"\s+[-–—|｜]\s+|_|｜|\|", title_tag)[0].strip()
    return head if len(head) >= 4 else title_tag


def drop_repeats(blocks: list, title: Optional[str], removed: dict) -> list:
    """Drop repeated copies of the headline and a paragraph repeated right after itself."""
    kept, title_seen = [], False
    for block in blocks:
        if title and block.text == title:
            if title_seen:
                count(removed, "repeated_headlines")
                continue
            title_seen = True
        elif kept and block.text and block.text == kept[-1].text:
            count(removed, "repeated_lines")
            continue
        kept.append(block)
    return kept


def assign_kinds(blocks: list, title: Optional[str]):
    table = rules()
    in_commentary = False
    after_image = False
    for i, block in enumerate(blocks):
        text = block.text
        if not text:
            after_image = block.image
            continue
        if bare(text) in table["commentary_markers"]:
            in_commentary = True
        short = len(text) <= 40
        if in_commentary:
            block.kind = "commentary"
        elif block.tag == "tr":
            block.kind = "table"
        elif block.caption or (short and (block.image or after_image)) or \
                (short and table["caption"].search(text)) or \
                (i > 0 and block.gap >= 2 and short and text.endswith("。") and not CLAUSE_PUNCT.search(text)):
            block.kind = "caption"
        elif block.tag in HEADING_TAGS or text == title or (block.strong and len(text) <= 60) or \
                (len(text) <= 40 and not SENTENCE_FINAL.search(text) and not SENTENCE_PUNCT.search(text)):
            block.kind = "heading"
        after_image = False


# Source, URL, date ------------------------------------------------------------------

BREADCRUMB_SPLIT = re.compile(r"\s*[>＞»›]\s*")


def pick_url(raw: RawDocument, html_meta: dict, found: dict) -> Optional[str]:
    for candidate in (found.get("labelled_url"), html_meta.get("canonical"), html_meta.get("og:url"),
                      *(raw.front_matter.get(k) for k in ("url", "link", "source_url", "original_url",
                                                          "canonical_url", "source")),
                      found.get("bare_url")):
        if isinstance(candidate, str) and candidate.startswith(("http://", "https://")):
            return clean_url(candidate.strip())
    return None


def pick_date(raw: RawDocument, html_meta: dict, found: dict, url: Optional[str]):
    """(published, precision, date_source): stated dates only; a URL date counts as stated."""
    stated = raw.front_matter.get("date")
    if isinstance(stated, str):
        parsed = parse_date(stated)
        if parsed:
            return parsed[0], parsed[1], "front_matter"
    for key in DATE_META:
        if html_meta.get(key):
            parsed = parse_date(html_meta[key])
            if parsed:
                return parsed[0], parsed[1], "html_meta"
    if found.get("date"):
        iso, precision, _ = found["date"]
        return iso, precision, "text"
    if url:
        iso = date_from_url(url)
        if iso:
            return iso, "day", "url"
    return None, None, None


def pick_source(raw: RawDocument, html_meta: dict, found: dict, url: Optional[str]) -> Optional[str]:
    """The outlet: stated 来源 > front-matter category > newspaper in the byline > host channel > domain."""
    table = rules()
    name = found.get("source")
    if not name:
        categories = raw.front_matter.get("categories") or raw.front_matter.get("category")
        for category in categories if isinstance(categories, list) else str(categories or "").split():
            if category in table["categories"]:
                name = table["categories"][category]
                break
    if not name:
        tags = raw.front_matter.get("tags")
        for tag in tags if isinstance(tags, list) else str(tags or "").split():
            if tag.endswith(table["tag_suffixes"]) and len(tag) > 4:
                name = re.sub("(?:" + "|".join(table["tag_suffixes"]) + ")$", "", tag)
                break
    if not name and found.get("byline"):
        name = outlet_in_byline(found["byline"])
    if not name and found.get("breadcrumb"):
        name = channel_in_breadcrumb(found["breadcrumb"])
    if not name:
        name = html_meta.get("og:site_name")
    if not name and url:
        host = urlsplit(url).hostname or ""
        name = next((outlet for domain, outlet in table["domains"].items()
                     if host == domain or host.endswith("." + domain)), None)
    return to_simplified(name.strip()) if name else None


def outlet_in_byline(byline: str) -> Optional[str]:
    """日照報業全媒體記者 王小寧 → 日照報業; 观海新闻/青岛早报记者 → 青岛早报."""
    table = rules()
    match = table["byline_outlet"].match(byline)
    if not match:
        return None
    prefix = match.group(1).strip()
    if not prefix:
        return None
    prefix = re.split(r"[/／、\s]+", prefix)[-1]
    return prefix if len(prefix) >= 3 and prefix.endswith(table["outlet_suffixes"]) else None


def channel_in_breadcrumb(line: str) -> Optional[str]:
    """网易首页 > 网易山东 > 正文 → 网易山东: the site's channel, named after the site."""
    crumbs = [c for c in BREADCRUMB_SPLIT.split(line) if c]
    site = next((c[:-2] for c in crumbs if c.endswith("首页") and len(c) > 2), None)
    if not site:
        return None
    channels = [c for c in crumbs if c.startswith(site) and not c.endswith("首页")]
    return channels[-1] if channels else site


def detect_script(body: str, body_simplified: str) -> str:
    """simplified / traditional / mixed from the share of script-specific characters."""
    if body == body_simplified:
        return "simplified"
    han = len(NOT_HAN.sub("", body)) or 1
    traditional = len(changed_chars("tw2s").findall(body))
    simplified = len(changed_chars("s2t").findall(body))
    t_share, s_share = traditional / han, simplified / han
    if t_share >= 0.03 and s_share >= 0.03:
        return "mixed"
    return "traditional" if t_share > s_share else "simplified"
