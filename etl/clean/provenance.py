"""Where an article comes from: its URL, publication date (with how it was found) and outlet,
from the page's own fields, its header lines, a byline or a breadcrumb.
"""

import re
from urllib.parse import urlsplit

from etl.clean.dates import date_from_url, parse_date
from etl.clean.metadata import clean_url
from etl.clean.rules import BREADCRUMB_SPLIT, rules
from etl.model import RawDocument
from etl.script import to_simplified

DATE_META = (
    "article:published_time",
    "pubdate",
    "publishdate",
    "publish_date",
    "og:release_date",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "firstpublishedtime",
    "time",
)


def pick_url(raw: RawDocument, html_meta: dict, found: dict) -> str | None:
    for candidate in (
        found.get("labelled_url"),
        html_meta.get("canonical"),
        html_meta.get("og:url"),
        *(
            raw.front_matter.get(k)
            for k in ("url", "link", "source_url", "original_url", "canonical_url", "source")
        ),
        found.get("bare_url"),
    ):
        if isinstance(candidate, str) and candidate.startswith(("http://", "https://")):
            return clean_url(candidate.strip())
    return None


def pick_date(raw: RawDocument, html_meta: dict, found: dict, url: str | None):
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


def pick_source(raw: RawDocument, html_meta: dict, found: dict, url: str | None) -> str | None:
    """The outlet: stated 来源 > front-matter category > newspaper in the byline > host channel > domain."""
    table = rules()
    name = found.get("source")
    if not name:
        categories = raw.front_matter.get("categories") or raw.front_matter.get("category")
        for category in (
            categories if isinstance(categories, list) else str(categories or "").split()
        ):
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
        name = next(
            (
                outlet
                for domain, outlet in table["domains"].items()
                if host == domain or host.endswith("." + domain)
            ),
            None,
        )
    return to_simplified(name.strip()) if name else None


def outlet_in_byline(byline: str) -> str | None:
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


LOCATION_LABEL = re.compile(r"^\s*[^：:>＞]{0,6}位置\s*[：:]\s*")


def channel_in_breadcrumb(line: str) -> str | None:
    """网易首页 > 网易山东 > 正文 → 网易山东: the site's channel, named after the site. The label
    before the trail (您的位置：首页 > …) names nothing."""
    crumbs = [c for c in BREADCRUMB_SPLIT.split(LOCATION_LABEL.sub("", line)) if c]
    site = next((c[:-2] for c in crumbs if c.endswith("首页") and len(c) > 2), None)
    if not site:
        return None
    channels = [c for c in crumbs if c.startswith(site) and not c.endswith("首页")]
    return channels[-1] if channels else site
