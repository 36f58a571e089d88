"""Metadata lines: byline, source, date, URL and title lines read and taken out of the body,
including a wire's dateline (新华社合肥4月17日电) and a paper's citation footer.
"""

import re

from etl.clean.dates import DATE_YMD, parse_date
from etl.clean.rules import BREADCRUMB_SPLIT, METADATA_MAX, SENTENCE_PUNCT, count, rules
from etl.knowledge import load_yaml
from etl.script import to_simplified
from etl.text import HANZI
from etl.words import patterns_in_order

LABELS = load_yaml("sources.yml")["metadata_lines"]


def _labels(key: str) -> str:
    return patterns_in_order(LABELS[key])


SOURCE_LABELS = tuple(LABELS["source_labels"])
SOURCE_LINE = re.compile(
    rf"(?:{_labels('source_label_prefixes')})?(?:{_labels('source_labels')})\s*[：:]\s*"
    r"(https?://[^\s<>）)]+|[^\s，,。；;|｜）)】\]<>]{2,30})"
)
URL_LABELLED = re.compile(
    rf"^[（(【\[]?\s*(?:{_labels('url_labels')})\s*[：:]\s*<?(https?://[^\s<>]+?)>?\s*[）)】\]]?$"
)
# 《 人民日报 》（ 2022年06月06日   第 01 版）: a paper's own citation of a page.
PAPER_CITATION = re.compile(
    r"^《\s*([^《》\s]{2,12})\s*》\s*[（(]\s*(.{8,16}?)\s*第\s*\d{1,3}\s*版\s*[）)]$"
)
URL_ALONE = re.compile(r"^<?(https?://[^\s<>]+?)>?$")
TITLE_LINE = re.compile(rf"^(?:{_labels('title_labels')})\s*[：:]\s*(.+)$")
DATE_LABEL = re.compile(_labels("date_labels"))
# 长沙经开区发布 2024-04-08 18:06 湖南: a date with its clock time is a publication stamp.
DATE_WITH_CLOCK = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?!\d)"
)
DATE_CONTEXT = re.compile(_labels("date_context"))
BYLINE_WORDS = re.compile(_labels("byline_words"))
BYLINE_MARKED = re.compile(f"^[□■◎●]\\s*([{HANZI}·\\s、]{{2,24}})$")
PHOTO_CREDIT = re.compile(_labels("photo_credits"))
BYLINE_LABEL = re.compile(rf"^(?:{_labels('byline_labels')})\s*[：:/／|｜]\s*")
INLINE_BYLINE = re.compile(
    rf"^(?:{_labels('this_paper')})?\s*[（(]([^()（）]{{0,40}}?(?:{_labels('reporters')})"
    r"[^()（）]{0,40})[)）]"
)
# 新华社合肥4月17日电（记者 …）, 【大公報訊】記者…報道：: a wire or paper's dateline opening the text
# names the outlet (本报讯, "this paper", does not) and the place it was filed from (合肥).
WIRE_DATELINE = re.compile(
    f"^【?\\s*(?!本)(?P<outlet>[{HANZI}]{{1,6}}(?:{_labels('wire_outlet_endings')}))"
    f"(?:(?P<place>[{HANZI}]{{0,6}}?)(?:\\d{{1,2}}月\\d{{1,2}}日)?)?(?:{_labels('wire_dateline_words')})\\s*】?"
)
# 本报南京6月3日电: a paper's own dateline names a place (本报讯 names none).
PAPER_DATELINE = re.compile(
    f"^\\s*(?:{_labels('this_paper_datelines')})(?P<place>[{HANZI}]{{2,6}}?)"
    f"\\d{{1,2}}月\\d{{1,2}}日(?:{_labels('wire_dateline_words')})"
)
CREDIT_AFTER_DATELINE = re.compile(
    rf"^\s*((?:{_labels('dateline_reporters')})[^：:，,。；;（()）]{{2,30}}?(?:{_labels('credit_endings')}))\s*[：:]"
)
LINK_TARGET = re.compile(r"\]\([^)\s]*\)")  # [济宁高新区](https://…): a reader sees the words only
BRACKETS = re.compile(r"^[\s（(【\[]+|[\s）)】\]]+$")


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
        visible = LINK_TARGET.sub("]", text) if "](" in text else text
        if len(visible) <= METADATA_MAX and table["chrome"](text):
            if BREADCRUMB_SPLIT.search(text):
                found.setdefault("breadcrumb", text)
            count(removed, "page_chrome")
            continue
        if short and table["noise"](text):
            count(removed, "noise_lines")
            continue
        if (
            short
            or "http" in text
            and len(text) <= 500
            and (URL_LABELLED.match(text) or URL_ALONE.match(text))
        ) and metadata_line(text, found):
            continue
        if not found.get("byline"):
            dateline = WIRE_DATELINE.match(text) if prose_seen < 2 else None
            rest = text[dateline.end() :] if dateline else text
            inline = INLINE_BYLINE.match(rest) or (
                CREDIT_AFTER_DATELINE.match(rest) if dateline else None
            )
            if inline and not PHOTO_CREDIT.search(inline.group(1).strip()):
                found["byline"] = inline.group(1).strip()
                _note_dateline(found, _credit_place(inline.group(1)))
            if dateline and (inline or dateline.group(0).endswith(("电", "電", "】"))):
                found.setdefault("source", dateline.group("outlet"))
                _note_dateline(found, dateline.group("place"))
            elif prose_seen < 2 and (paper := PAPER_DATELINE.match(text)):
                _note_dateline(found, paper.group("place"))
        label = DATE_LABEL.search(text) if "date" not in found else None
        if label:
            parsed = parse_date(text[label.end() :])
            if parsed:
                found["date"] = parsed
        kept.append(block)
        prose_seen += len(text) >= 15 and bool(SENTENCE_PUNCT.search(text))
    found.pop("position", None)
    loose = found.pop("loose_dates")
    if "date" not in found and len({d for d, *_ in loose}) <= 2:
        # A bare date line counts in the header (before the second paragraph) or
        # just after the article; elsewhere, or in a list of many, it dates something else.
        found["date"] = next(
            (d for d, prose, index in loose if prose < 2 or index >= len(kept) - 3), None
        )
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
    for key in ("date", "source", "byline", "dateline", "labelled_url"):
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
    labelled = any(
        label in text for label in SOURCE_LABELS
    )  # a substring test rules most texts out
    for match in SOURCE_LINE.finditer(text) if labelled else ():
        value = rules()["next_field"].split(match.group(1), 1)[0]
        if value.startswith("http"):
            found.setdefault("labelled_url", clean_url(value))
        else:
            if to_simplified(value) not in rules()["not_outlets"]:
                found.setdefault("source", value)
        is_metadata = True
    label = DATE_LABEL.search(text)
    parsed = parse_date(text[label.end() :] if label else text)
    if parsed and (
        label
        or DATE_CONTEXT.search(text)
        or parsed[2] >= 0.5 * len(text)
        or (len(text) <= 40 and DATE_WITH_CLOCK.search(text))
    ):
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
                _note_dateline(found, _credit_place(text))
    if is_metadata and not SENTENCE_PUNCT.search(BRACKETS.sub("", text)):
        return True
    byline = byline_of(text)
    if byline:
        found.setdefault("byline", byline)
        _note_dateline(found, _credit_place(text))
        return True
    return is_metadata and len(text) <= 40


def byline_of(text: str) -> str | None:
    """The credit line without its □ marker, brackets or 作者： label, if the line is one."""
    inner = BRACKETS.sub("", text)
    if (
        len(inner) > METADATA_MAX
        or SENTENCE_PUNCT.search(inner)
        or re.search(r"[“”\"]", inner)
        or inner.startswith(("——", "—"))
    ):
        return None  # ——记者走访四地园区: a subtitle, not a credit
    marked = BYLINE_MARKED.match(inner)
    if marked:
        return marked.group(1).strip()
    if (
        not BYLINE_WORDS.search(inner)
        or PHOTO_CREDIT.search(inner)
        and not re.search(r"撰稿|撰文|文字", inner)
    ):
        return None
    return rules()["byline_dateline"].sub("", BYLINE_LABEL.sub("", inner)).strip() or None


def _credit_place(text: str) -> str | None:
    """新竹 in 記者張家瑋／新竹報導 (a date stamp after it allowed)."""
    match = rules()["credit_dateline"].search(text)
    return match.group("place") if match else None


def _note_dateline(found: dict, place: str | None) -> None:
    if place:
        found.setdefault("dateline", to_simplified(place))


def clean_url(url: str) -> str:
    return url.rstrip(".,;:!?。，；：！？)）>」】\"'")
