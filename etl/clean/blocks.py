"""Blocks: a document cut into paragraph candidates, each with the layout hints (heading tag,
bold, link share, caption, chrome classes) that later steps decide by. From plain text, from
HTML in one streaming pass of the stdlib tokenizer, and from Markdown turned into HTML.
"""

import html
import re
from html.parser import HTMLParser

from etl.clean.content import header_lines, headline_block, main_content
from etl.clean.rules import EDGE_SPACE, MIN_USABLE_CHARS, Block, rules
from etl.clean.tables import TABLE_TAGS, join_table_rows
from etl.text import is_hanzi


def text_blocks(text: str) -> list:
    """A block per line. A line in Markdown heading syntax (### （一）坚持项目为王) is a heading,
    without its marks: a dump of a Markdown page keeps them, and its links ([网易号](…)) and
    images (![](…)) too."""
    blocks, gap = [], 0
    for line in text.split("\n"):
        if "](" in line:  # a Markdown save: an image reads as nothing, a link as its words
            line = MARKDOWN_IMAGE.sub("", line)
            if _a_list_of_links(line):
                line = ""  # [首页](…) > [正文](…), 相关阅读：[…](…) · […](…): the site's chrome
            line = MARKDOWN_LINK.sub(lambda m: m.group(1), line)
        line = line.strip(EDGE_SPACE)
        if not line:
            gap += 1
            continue
        heading = MARKDOWN_HEADING.fullmatch(line)
        if heading:
            blocks.append(Block(heading.group(2), gap=gap, tag=f"h{len(heading.group(1))}"))
        else:
            blocks.append(Block(line, gap=gap))
        gap = 0
    return blocks


def _a_list_of_links(line: str) -> bool:
    """Two links or more with little else on the line (separators, 相关阅读：, 正文), or a list
    item that is a link and nothing else (* [中国开发区](/kfq/): a menu's entry)."""
    links = MARKDOWN_LINK.findall(line)
    rest = MARKDOWN_LINK.sub("", line)
    words = sum(is_hanzi(ch) or ch.isalnum() for ch in rest)
    if len(links) == 1 and not words and LINK_ITEM.match(line):
        return True
    return len(links) >= 2 and words <= LINK_LIST_WORDS


LINK_ITEM = re.compile(r"\s*(?:[*+-]|\d+[.)])\s+\[")  # a Markdown list item opening with a link


LINK_LIST_WORDS = 8  # characters outside the links of a line of links (相关园区：, 正文)


BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol table tbody thead tr td th section article header footer main aside "
    "nav blockquote figure figcaption dd dt dl pre center address hr form fieldset details summary".split()
)
SKIP_TAGS = frozenset(
    "script style noscript template svg iframe object canvas select button textarea head "
    "nav aside footer".split()
)
VOID_TAGS = frozenset(
    "br img hr input meta link wbr area source col base param track embed".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
CLASS_SPLIT = re.compile(r"[\s_-][\s_-]*")
# Anti-scraping noise is often hidden text interleaved with the article.
HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px)?\s*(?:;|$)", re.I
)
CAPTION_CLASSES = frozenset(("caption", "pic", "pictext", "img-desc", "imgtxt"))
CONTENT_HINTS = frozenset(
    "article articlebody content article-content post-content entry-content text "
    "detail main-content news-content trs_editor".split()
)
MARKDOWN_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>")
MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.M)
MARKDOWN_BOLD = re.compile(r"\*\*(\S.*?)\*\*|__(\S.*?)__")
MARKDOWN_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
WHITESPACE_RUN = re.compile(r"[ \t\n\r\f\u00a0][ \t\n\r\f\u00a0]*")  # [x][x]*: see NOT_HANZI


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
            self.pieces.append(
                (" ", False, False)
            )  # 記者張家瑋／新竹報導<time>2024.02.27</time>: two fields
        if tag in ("p", "li") and self.open.get(tag):
            self.close_element(tag)
        if tag in BLOCK_TAGS:
            self.flush()
        node_id = self.next_id
        self.next_id += 1
        if tag in TABLE_TAGS:
            self.node_tags[node_id] = tag
            if tag != "tr":
                row = next(
                    (entry[1] for entry in reversed(self.stack) if entry[0] in ("tr", "table")),
                    None,
                )
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
            skips = (
                skips
                or (self.skip_chrome and bool(tokens & self.chrome_classes))
                or HIDDEN_STYLE.search(attrs.get("style", "")) is not None
                or "hidden" in attrs
            )
            if (
                tokens & CONTENT_HINTS
                or set(names.split()) & CONTENT_HINTS
                or attrs.get("itemprop") == "articleBody"
            ):
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
            key = (
                attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
            ).lower()
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
        self.blocks.append(
            Block(
                text=text,
                tag=block_tag,
                strong=bool(text) and strong >= 0.9 * visible,
                caption=self.caption_depth > 0,
                image=self.image,
                link_share=linked / visible,
                ancestors=tuple([entry[1] for entry in self.stack]),
            )
        )
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


MARKDOWN_TABLE = re.compile(
    r"^[ \t]*\|.*\|[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\n"
    r"(?:[ \t]*\|.*\|[ \t]*(?:\n|$))*",
    re.M,
)


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
    markup = MARKDOWN_HEADING.sub(
        lambda m: f"<h{len(m.group(1))}>{m.group(2)}</h{len(m.group(1))}>", markup
    )
    markup = MARKDOWN_BOLD.sub(lambda m: f"<strong>{m.group(1) or m.group(2)}</strong>", markup)
    return MARKDOWN_QUOTE.sub("", markup)


SIMPLE_TAGS = frozenset("p br strong b span em i u font sup sub a".split())
ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b([^<>]*)>")
ATTRIBUTE = re.compile(r"""([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/]+)))?""")


def paragraph_blocks(markup: str) -> list | None:
    """Blocks of markup made only of <p>, <br> and inline tags, without html.parser's tokenizer.

    Most Jekyll bodies are like that. The tags are fed to the same BlockParser, so
    the blocks are the parser's (tested), including for the broken
    `<p><strong>x</p><p></strong>y` nesting; about three times faster. None when
    the markup needs the real tokenizer.
    """
    tags = ANY_TAG.findall(markup)
    if markup.count("<") != len(tags) or any(
        name.lower() not in SIMPLE_TAGS for _, name, _ in tags
    ):
        return None
    parser = BlockParser(rules()["html_chrome_classes"], skip_chrome=False)
    position = 0
    for match in ANY_TAG.finditer(markup):
        if match.start() > position:
            parser.handle_data(html.unescape(markup[position : match.start()]))
        closing, name, rest = match.groups()
        name = name.lower()
        if closing:
            parser.handle_endtag(name)
        else:
            attrs = (
                [(k.lower(), v1 or v2 or v3) for k, v1, v2, v3 in ATTRIBUTE.findall(rest)]
                if rest
                else []
            )
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
