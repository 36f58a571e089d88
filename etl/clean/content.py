"""The article inside a page: its headline block, the header lines above the content, and the
run of blocks that is the content rather than navigation or sidebars.
"""

import re

from etl.clean.rules import METADATA_MAX


def headline_block(blocks: list, title_tag: str):
    """The page's headline: its <h1>, else the <h2>/<h3> the <title> starts with (many government
    sites put the site's name in the <h1> of every page, or use no <h1> at all)."""
    h1 = next((b for b in blocks if b.tag == "h1" and b.text), None)
    if h1:
        return h1
    heading = next(
        (
            b
            for b in blocks
            if b.tag in ("h2", "h3") and len(b.text) >= 4 and _titled(title_tag, b.text)
        ),
        None,
    )
    if heading or not title_tag:
        return heading
    # <div class="xl_title">: any element whose whole text the <title> opens with, and then ends
    # or goes on after a separator (泉州台商投资区举办… - 县市区动态 - 泉州市人民政府)
    return next(
        (
            b
            for b in blocks
            if len(b.text) >= HEADLINE_MIN
            and title_tag.startswith(b.text)
            and TITLE_TAG_REST.match(title_tag, len(b.text))
        ),
        None,
    )


HEADLINE_MIN = 8  # characters of a headline found by its <title> alone
TITLE_TAG_REST = re.compile(r"$|\s*[-–—_|｜]")
TITLE_TAG_LEAD = re.compile(r"[-–—_|｜]\s*$")


def _titled(title_tag: str, text: str) -> bool:
    """Whether <title> opens with the heading, or ends with it after the site's name and a
    separator (<title>香港文匯報 - 鄂三大汽車園區…</title>)."""
    if title_tag.startswith(text):
        return True
    return title_tag.endswith(text) and bool(TITLE_TAG_LEAD.search(title_tag[: -len(text)]))


def header_lines(page: list, content: list, headline) -> list:
    """Short lines between the headline and the article's content element: the 发布时间 / 来源 /
    作者 line of most pages sits there, outside the element that holds the prose."""
    kept = {id(b) for b in content}
    first = next((i for i, b in enumerate(page) if id(b) in kept and b is not headline), None)
    title = next((i for i, b in enumerate(page) if b is headline), None)
    if first is None or title is None or title > first:
        return []
    return [
        b.text
        for b in page[title + 1 : first]
        if b.text and len(b.text) <= METADATA_MAX and id(b) not in kept
    ]


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
