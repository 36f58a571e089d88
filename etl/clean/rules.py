"""The cleaner's knowledge from data/cleaning.yml and data/sources.yml, compiled once per process,
and the text classes its steps share.
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from etl.knowledge import load_yaml
from etl.script import converter
from etl.text import HANZI
from etl.words import alternation

METADATA_MAX = 80


BREADCRUMB_SPLIT = re.compile(r"\s*[>＞»›]\s*")


EDGE_SPACE = " \t\u3000\u00a0\ufeff"


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


# What is left after removing it is the text's hanzi, counted in one pass. A run of a class is
# written [x][x]* rather than [x]+ throughout: `re` then scans for the class in one tight loop
# (it does so only for a pattern that opens with a class); same matches.
NOT_HANZI = re.compile(f"[^{HANZI}][^{HANZI}]*")
# Paragraph-final punctuation: a line ending otherwise is a heading or a broken line.
CLAUSE_PUNCT = re.compile(r"[，,、；;：:]")
# A line ending like this is a finished sentence, so not a heading.
SENTENCE_FINAL = re.compile(r"(?:[。！？!?…；;，,：:]|[。！？!?…][”」』\"’])$")
HEADLINE_COUPLET = re.compile(f"[{HANZI}”」》][ \u3000]+[{HANZI}“「《]")
SENTENCE_PUNCT = re.compile(r"[，。！？；,!?;]")


# Knowledge from data/cleaning.yml and data/sources.yml, compiled once per process.

# An article needs this many hanzi or words left after cleaning, or MIN_NOTICE_CHARS and a
# figure: a short notice that reports a number is still an article.
MIN_USABLE_CHARS = 20
MIN_NOTICE_CHARS = 6


@cache
def rules() -> dict:
    cleaning = load_yaml("cleaning.yml")
    sources = load_yaml("sources.yml")
    tone = cleaning["pinyin"]["tone_letters"]
    syllable = f"[a-zü{tone}]*[{tone}][a-zü{tone}]*|[a-zü]{{1,6}}[1-5]"
    # One regex per pattern, not one alternation: each keeps its own fast prefix scan.
    inline = [
        (name, re.compile(p, re.M))
        for name, patterns in cleaning["inline_junk"].items()
        for p in patterns
    ]
    roles = "|".join(map(re.escape, sources["reporter_roles"]))
    return {
        "cut_markers": both_scripts(cleaning["cut_markers"]),
        "commentary_markers": both_scripts(cleaning["commentary_markers"]),
        "background_markers": both_scripts(cleaning["background_markers"]),
        "chrome": line_matcher(cleaning["chrome_lines"]),
        "noise": line_matcher(cleaning["noise_lines"]),
        "caption": re.compile("|".join(f"(?:{p})" for p in cleaning["caption_markers"])),
        "inline": inline,
        "pinyin": re.compile(
            f"[(（](?<=[{HANZI}][(（])\\s*(?:{syllable})(?:\\s+(?:{syllable}))*\\s*[)）]"
        ),
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
            rf"(?=(?:{alternation(sources['info_field_labels'])})\s*[：:]|[，,。；;|｜]|$)"
        ),
        "byline_dateline": re.compile(
            rf"\s*[／/]\s*[^\s／/]{{1,8}}(?:{alternation(sources['dateline_words'])})$"
        ),
        "credit_dateline": re.compile(
            rf"[／/]\s*(?P<place>[{HANZI}]{{2,8}}?)(?:{alternation(sources['dateline_words'])})"
        ),
        # 来源：青岛经开区管委办公室浏览次数：2386: a value ends where the next field's label starts
        "next_field": re.compile(
            rf"(?:{alternation(sources['info_field_labels'])})\s*(?:次数|数|量)?\s*[：:]"
        ),
        "masthead_endings": tuple(cleaning["masthead_endings"]),
        "cited_paper_endings": tuple(cleaning["cited_paper_endings"]),
        "list_bullets": tuple(cleaning["list_bullets"]),
        "masthead_starts": tuple(cleaning["masthead_starts"]),
        "masthead_words": re.compile(alternation(cleaning["masthead_words"])),
    }


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


def count(removed: dict, key: str, n: int = 1):
    if n:
        removed[key] = removed.get(key, 0) + n
