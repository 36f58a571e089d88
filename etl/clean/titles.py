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
        text = without_markup(block.text)
        if (
            (block.text.startswith("# ") or block.tag == "h1")
            and is_headline(text)
            and (not is_masthead(text) or cites_its_paper(text))
        ):
            return text  # a Markdown dump's level-one heading
        if (
            is_headline(text)
            and len(text) >= 6
            and not is_masthead(text)
            and (len(text) <= 40 or not PROSE_PUNCT.search(text))
        ):
            return text  # a headline may hold a comma (挂牌三周年：新设企业超2万家，…), a paragraph is longer
        if len(text) >= 15 and PROSE_PUNCT.search(text) and not is_masthead(text):
            break  # the first paragraph of prose: the headline stands before it
    if (
        blocks
        and is_headline(blocks[0].text)
        and len(blocks) > 1
        and not is_masthead(blocks[0].text)
    ):
        return blocks[0].text
    return None


# 来源：…, 证券代码：…; not a headline that opens with its place (日照高新区:尽锐出战…, 沭阳：…).
FIELD_LINE = re.compile(r"^[^：:]{1,7}[^：:区县市省州盟旗园港城镇阳][：:]")


def without_markup(text: str) -> str:
    """# 标题 and **标题** as the words a reader sees."""
    return re.sub(r"^#{1,6}\s+|^\*\*(.+)\*\*$", r"\1", text.strip()).strip()


PROSE_PUNCT = re.compile(r"[，。！？；!?;]|,(?!\d{3})")  # not the comma of 5,800


# A site's address (www.zj.gov.cn, 聯合新聞網 udn.com, epaper.jzrb.com), a Markdown link
# ([首页](/) / 正文) and a post's clock time (2024-03-01 18:42) never stand in a headline.
SITE_ADDRESS = re.compile(
    r"https?://|www\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|tw|hk|mo)\b"
    r"|\]\(|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}",
    re.IGNORECASE,
)
NAV_ITEM_MAX = 10  # characters of a menu item (首頁, 財經, 长者模式, 设为首页)


def is_masthead(text: str) -> bool:
    """太和县融媒体中心, 南部科學園區管理局　新聞稿, 证券代码：…, ——记者走访…: the lines above a
    dump's headline that name the site, the issuer or a field, or are a subtitle; and a page's
    menu bar (首頁 | 國內 | 財經, 无障碍浏览  长者模式  English)."""
    R = rules()
    text = without_markup(text)
    return (
        text.endswith(R["masthead_endings"])
        or text.startswith(R["masthead_starts"])
        or R["masthead_words"].search(text) is not None
        or SITE_ADDRESS.search(text) is not None
        or FIELD_LINE.match(text) is not None
        or text.startswith(("——", "—", "【", "* [", "- ["))
        or is_menu(text)
        or is_site_name(text)
    )


def cites_its_paper(text: str) -> bool:
    """江西日报：2023年全省开发区营业收入3.58万亿元 …: a repost's headline that names the paper it
    quotes before its own words, not the paper's masthead nor a field line."""
    paper, colon, rest = text.partition("：")
    return (
        bool(colon)
        and len(paper) <= PAPER_NAME_MAX
        and paper.endswith(rules()["cited_paper_endings"])
        and len(rest) >= HEADLINE_AFTER_PAPER
        and not is_masthead(rest)
    )


HEADLINE_AFTER_PAPER = 10  # characters of a headline after the paper it cites
PAPER_NAME_MAX = 8  # characters of the paper's name (人民日报海外版, 潇湘晨报)


def is_menu(text: str) -> bool:
    """A row of short items split by bars or runs of spaces: a menu, never a headline (a headline
    split in two, 集中签约48个项目 签约额约410亿元, has longer halves)."""
    items = [i for i in re.split(r"[|｜丨]|\s{2,}|\u3000+", text) if i.strip()]
    if len(items) < 2:
        return False
    if len(re.findall(r"[|｜丨]", text)) >= 3:
        return True  # 首页 | 政府信息公开 | 通知公告 | …
    return all(len(i.strip()) <= NAV_ITEM_MAX for i in items) and (
        len(items) >= 3 or bool(re.search(r"[|｜丨]", text))
    )


def is_site_name(text: str) -> bool:
    """懒人资讯网 - 每日热点一网打尽, 中国投资指南网　打造…平台, 香港中通社 HKCNA: a site's name
    followed by its slogan or its Latin brand."""
    first = SITE_SPLIT.split(text.strip())[0]
    if first != text.strip() and first.endswith(rules()["masthead_endings"]):
        return not re.search(r"\d", first)
    return re.fullmatch(r"\S{2,8}\s+[A-Za-z][A-Za-z .]{1,15}", text.strip()) is not None


SITE_SPLIT = re.compile(r"\s*[|｜丨]\s*|\s+[-–—]\s+|\s{2,}|\u3000+")


def last_crumb(breadcrumb: str | None) -> str | None:
    if not breadcrumb:
        return None
    crumb = BREADCRUMB_SPLIT.split(breadcrumb)[-1].strip()
    return crumb if is_headline(crumb) else None


def is_headline(text: str) -> bool:
    """A line that may be the headline: short, no sentence's end, no credit, no list bullet (·惠来
    农产品“出海”记 is an item of a list of links)."""
    return (
        4 <= len(text) <= 60
        and not text.startswith(rules()["list_bullets"])
        and not text.endswith(("。", "，", ",", "；", ";", "：", ":"))
        and "。" not in text
        and not byline_of(text)
    )


def title_tag_headline(title_tag: str | None) -> str | None:
    """<title>标题_网易订阅</title> → 标题: the site name follows a separator; an e-paper's
    name may also lead (陕西日报数字报-前三季度西安高新区营收1.86万亿元)."""
    if not title_tag:
        return None
    head = re.split(r"\s+[-–—|｜]\s+|_|｜|\|", title_tag)[0].strip()
    site, dash, rest = head.partition("-")
    if dash and site.endswith(rules()["masthead_endings"]) and len(rest.strip()) >= 6:
        head = rest.strip()
    return head if len(head) >= 4 else title_tag
