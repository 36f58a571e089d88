"""The headline: from front matter, a title line, the page's headline block or <title>,
never a masthead, a breadcrumb or a field line.
"""

import re

from etl.clean.metadata import byline_of
from etl.clean.rules import BREADCRUMB_SPLIT, rules
from etl.model import RawDocument


def pick_title(raw: RawDocument, html_meta: dict, found: dict, blocks: list) -> str | None:
    title = str(raw.front_matter.get("title") or "").strip()
    if title:
        return title
    if found.get("title"):
        return found["title"]
    if raw.format == "html":
        return (
            html_meta.get("h1")
            or html_meta.get("og:title")
            or title_tag_headline(html_meta.get("title_tag"))
        )
    crumb = last_crumb(found.get("breadcrumb"))
    if crumb and any(b.text == crumb for b in blocks[:8]):
        return (
            crumb  # 当前位置：首页 > 江北新区 > <headline>, and the headline line itself below it
        )
    for block in blocks[:8]:
        text = block.text
        if (
            is_headline(text)
            and len(text) >= 6
            and not is_masthead(text)
            and (len(text) <= 40 or not PROSE_PUNCT.search(text))
        ):
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
    return (
        text.endswith(rules()["masthead_endings"])
        or FIELD_LINE.match(text) is not None
        or text.startswith(("——", "—", "【"))
    )


def last_crumb(breadcrumb: str | None) -> str | None:
    if not breadcrumb:
        return None
    crumb = BREADCRUMB_SPLIT.split(breadcrumb)[-1].strip()
    return crumb if is_headline(crumb) else None


def is_headline(text: str) -> bool:
    return (
        4 <= len(text) <= 60
        and not text.endswith(("。", "，", ",", "；", ";", "：", ":"))
        and "。" not in text
        and not byline_of(text)
    )


def title_tag_headline(title_tag: str | None) -> str | None:
    """<title>标题_网易订阅</title> → 标题: the site name follows a separator."""
    if not title_tag:
        return None
    head = re.split(r"\s+[-–—|｜]\s+|_|｜|\|", title_tag)[0].strip()
    return head if len(head) >= 4 else title_tag
