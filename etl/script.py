"""Traditional → simplified conversion that keeps every character offset.

One place for it: the cleaner, the entity finder, search and evaluation must all
see the same simplified text, or a name found in one would be missed by another.
"""

import re
from functools import cache, lru_cache

import opencc

from etl.knowledge import load_yaml

# Text pieces between punctuation: a length-changing conversion is retried piece by piece.
PIECES = re.compile(r"[^，。！？；、,!?;：:\s]+|[，。！？；、,!?;：:\s]+")


@cache
def converter(config: str) -> opencc.OpenCC:
    """One OpenCC instance per configuration per process (loading one costs ~10 ms)."""
    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def taiwan_phrases() -> tuple[dict, re.Pattern]:
    table = load_yaml("script.yml")["taiwan_phrases"]
    uneven = [k for k, v in table.items() if len(k) != len(v)]
    if uneven:
        raise ValueError(f"data/script.yml: phrases must keep their length: {uneven}")
    pattern = "|".join(re.escape(k) for k in sorted(table, key=lambda k: (-len(k), k)))
    return table, re.compile(pattern)


def convert_same_length(text: str, config: str = "tw2s") -> str:
    """OpenCC conversion that never changes the length: a piece whose length changes
    falls back to character-by-character conversion."""
    conv = converter(config)
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    parts = []
    for piece in PIECES.findall(text):
        converted = conv.convert(piece)
        if len(converted) != len(piece):
            chars = conv.convert("\n".join(piece)).split("\n")
            converted = (
                "".join(c if len(c) == 1 else o for c, o in zip(chars, piece))
                if len(chars) == len(piece)
                else piece
            )
        parts.append(converted)
    return "".join(parts)


def to_simplified(text: str) -> str:
    """Simplified script of `text`, same length; Taiwan wording only where script changed."""
    if not text or not changes_script(text):
        return text
    table, pattern = taiwan_phrases()
    return pattern.sub(lambda m: table[m.group()], convert_same_length(text))


def convert_body(body: str) -> str:
    """`to_simplified` for a whole body: one OpenCC call, and only the paragraphs whose
    length changed are redone piece by piece."""
    if not changes_script(body):
        return body
    lines = body.split("\n")
    changed = changed_chars().search
    marked = [i for i, line in enumerate(lines) if changed(line)]
    if 2 * len(marked) < len(lines):
        out = _convert_lines(body, lines, marked)
    else:
        out = _convert_lines(body, lines, range(len(lines)))
    table, pattern = taiwan_phrases()
    return pattern.sub(lambda m: table[m.group()], out)


def _convert_lines(body: str, lines: list, marked) -> str:
    """OpenCC on the lines at `marked` only, the others kept as they are.

    A simplified text often holds one character OpenCC may change (么 outside 什么): only its
    lines need converting. The result is that of converting the whole body, because OpenCC
    matches no dictionary word across a line break (lines convert independently) and a line
    without a character of `changed_chars` converts to itself (what `changes_script` already
    relies on). As for the whole body, a line whose length changed is redone piece by piece,
    unless the changes cancel out over the converted text.
    """
    conv = converter("tw2s")
    originals = [lines[i] for i in marked]
    joined = "\n".join(originals)
    out = conv.convert(joined)
    if len(out) == len(joined):
        if len(originals) == len(lines):
            return out
        converted = out.split("\n")
    else:
        converted = out.split("\n")
        if len(converted) != len(originals):
            converted = [conv.convert(p) for p in originals]
        converted = [
            c if len(c) == len(o) else convert_same_length(o) for c, o in zip(converted, originals)
        ]
    if len(converted) != len(
        originals
    ):  # a conversion that adds or removes line breaks: keep it whole
        converted = [conv.convert(p) for p in originals]
    result = list(lines)
    for i, text in zip(marked, converted):
        result[i] = text
    return "\n".join(result)


@cache
def changed_chars(config: str = "tw2s") -> re.Pattern:
    """A character class of the hanzi an OpenCC configuration changes on their own: lets
    a text with nothing to convert skip OpenCC entirely. Built once per process (~20 ms)."""
    chars = [
        chr(c)
        for block in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
        for c in range(*block)
    ]
    converted = converter(config).convert("\n".join(chars)).split("\n")
    return re.compile(
        "[" + re.escape("".join(c for c, out in zip(chars, converted) if c != out)) + "]"
    )


def changes_script(text: str) -> bool:
    return changed_chars().search(text) is not None


def warm_up() -> None:
    changed_chars()
    taiwan_phrases()
