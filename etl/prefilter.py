"""Cheap tests that rule text out before a regular expression scans it, read from the pattern
alone: the characters a match can start with (a look-ahead in front lets a scan skip most
positions after one class test) and the literal text every match contains (a substring test
rules most texts out).

The pattern is read by a small parser of its own, for the subset of Python's syntax the rules
use: the stdlib's parser (re._parser, sre_parse) is private and may change under us. Whatever
the parser does not model gives no prefilter, which costs speed and never changes a match.
"""

import re
import unicodedata
from dataclasses import dataclass

_DIGITS = "0123456789"
_OCTAL = "01234567"
_HEX = "0123456789abcdefABCDEF"
_FLAGS = "aiLmsux"
_CATEGORIES = "dDsSwW"  # \d \D \s \S \w \W
_ANCHORS = "AbBZ"  # \A \b \B \Z outside a class
_CONTROL_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


class _Unknown(Exception):
    """The pattern uses something the parser does not model: no prefilter."""


# A parsed sequence is a list of items. The simple ones are tuples, compared by value as the
# stdlib compares them when it moves a prefix every branch shares out of an alternation:
#   ("lit", ch), ("in", negated, elements), ("any",), ("at", anchor), ("ref", group number),
# where a class element is ("lit", ch), ("range", low ch, high ch) or ("cat", letter of \d …).
# The compound ones below are compared by identity, as the stdlib's are.


@dataclass(eq=False)
class _Group:
    body: list
    capturing: bool
    flags: str = ""  # the scoped flags of (?flags:...), as written

    @property
    def spliced(self) -> bool:
        """A plain (?:...) is its body, in the sequence around it."""
        return not self.capturing and not self.flags


@dataclass(eq=False)
class _Branch:
    branches: list


@dataclass(eq=False)
class _Repeat:
    low: int
    body: list
    possessive: bool


@dataclass(eq=False)
class _LookAround:
    body: list


@dataclass(eq=False)
class _Atomic:
    body: list


def first_chars(pattern: str, unicode_digits: bool = False) -> str | None:
    """The set of characters a match can start with, as a class body; None if unknown or if
    the pattern can match the empty string. A class is always a superset of the true first
    characters, except that without `unicode_digits` \\d counts as 0-9 only: the caller
    promises the text has ASCII digits. An invalid pattern raises re.error."""
    items, global_flags = _parse(pattern)
    if items is None or global_flags:  # (?i)…: nothing may stand before global flags
        return None
    try:
        chars, can_be_empty = _first(items, unicode_digits)
    except _Unknown:
        return None
    return None if can_be_empty or not chars else "".join(sorted(chars))


def required_text(pattern: str) -> str:
    """The longest run of plain characters every match of `pattern` contains ("下同" in
    "{currency}[（(][^）)]{0,4}下同[）)]"), "" if none: a substring test on it rules most texts
    out before the regex scans them. Only characters at the pattern's top level count."""
    items, global_flags = _parse(pattern.replace("{currency}", "(?P<currency>.)"))
    if items is None or "i" in global_flags:  # ignoring case, a literal stands for several
        return ""
    runs, run = [], ""
    for item in items:
        if isinstance(item, tuple) and item[0] == "lit":
            run += item[1]
        else:
            runs.append(run)
            run = ""
    runs.append(run)
    return max(runs, key=len)


def prefiltered(pattern: str, unicode_digits: bool = False) -> str:
    """Prefix a pattern with a look-ahead for its possible first characters, so a scan over
    the whole text skips most positions after one character-class test. `unicode_digits`
    lets \\d in the look-ahead match every digit \\d matches, not 0-9 only."""
    first = first_chars(pattern, unicode_digits)
    return pattern if first is None else f"(?=[{first}])(?:{pattern})"


def prefiltered_alternation(patterns, unicode_digits: bool = False) -> str:
    """`prefiltered` of the patterns' alternation, tried in the order given, with each branch
    behind a look-ahead of its own first characters where they are known: at a position where
    some branch may start, `re` then tries only the branches that may start there, not every
    branch in turn (a fifth less time for the period words over an article). Same matches."""
    branches = (f"(?:{prefiltered(pattern, unicode_digits)})" for pattern in patterns)
    return prefiltered("|".join(branches), unicode_digits)


def _parse(pattern: str) -> tuple[list | None, str]:
    """(The pattern's top-level sequence, or None if it uses something not modelled; its
    global flags). The stdlib compiles it first, so the parser may assume valid syntax."""
    re.compile(pattern)
    parser = _Parser(pattern)
    try:
        items = parser.alternation()
        if parser.at != len(pattern):
            raise _Unknown("unbalanced parenthesis")
    except _Unknown:
        return None, parser.global_flags
    return items, parser.global_flags


def _first(items: list, unicode_digits: bool) -> tuple[set, bool]:
    """(The class-body pieces a match of the sequence `items` can start with, whether it can
    match the empty string). Raises _Unknown where the answer is not known."""
    chars = set()
    for item in items:
        if isinstance(item, tuple):
            kind = item[0]
            if kind == "at":  # an anchor consumes nothing
                continue
            if kind == "lit":
                chars.add(re.escape(item[1]))
                return chars, False
            if kind == "in":
                chars |= _class_pieces(item, unicode_digits)
                return chars, False
            raise _Unknown(kind)  # any character, or a back-reference (possibly empty)
        if isinstance(item, _LookAround):  # consumes nothing
            continue
        if isinstance(item, _Group):
            if "i" in item.flags.partition("-")[0]:  # (?i:a) also starts with A
                raise _Unknown("scoped ignore-case")
            inner, can_be_empty = _first(item.body, unicode_digits)
            chars |= inner
            if not can_be_empty:
                return chars, False
        elif isinstance(item, _Branch):
            can_be_empty = False
            for branch in item.branches:
                inner, branch_empty = _first(branch, unicode_digits)
                chars |= inner
                can_be_empty = can_be_empty or branch_empty
            if not can_be_empty:
                return chars, False
        elif isinstance(item, _Repeat) and not item.possessive:
            inner, can_be_empty = _first(item.body, unicode_digits)
            chars |= inner
            if item.low > 0 and not can_be_empty:
                return chars, False
        else:  # atomic groups and possessive repeats: left unknown, as the old reader did
            raise _Unknown(type(item).__name__)
    return chars, True


def _class_pieces(item: tuple, unicode_digits: bool) -> set:
    """A class's elements as pieces of a class body, each escaped so that no two run together."""
    _, negated, elements = item
    if negated:
        raise _Unknown("negated class")
    pieces = set()
    for element in elements:
        if element[0] == "lit":
            pieces.add(re.escape(element[1]))
        elif element[0] == "range":
            pieces.add(f"{re.escape(element[1])}-{re.escape(element[2])}")
        elif element == ("cat", "d"):
            pieces.add("\\d" if unicode_digits else "0-9")
        else:  # \s \w and the negated categories: left unknown, as the old reader did
            raise _Unknown(element[1])
    return pieces


def _merged(branches: list) -> list:
    """An alternation as the stdlib parses it: items every branch starts with moved in front,
    then one class if each branch is a single character or class, else one _Branch. The
    moved prefix counts as top-level literal text in required_text, as it did before."""
    if len(branches) == 1:
        return branches[0]
    items = []
    while all(branches) and all(b[0] == branches[0][0] for b in branches[1:]):
        items.append(branches[0][0])
        for branch in branches:
            del branch[0]
    if all(len(b) == 1 and _is_plain_char_set(b[0]) for b in branches):
        elements = []
        for (item,) in branches:
            elements += [item] if item[0] == "lit" else item[2]
        items.append(("in", False, tuple(dict.fromkeys(elements))))
    else:
        items.append(_Branch(branches))
    return items


def _is_plain_char_set(item) -> bool:
    return isinstance(item, tuple) and (item[0] == "lit" or (item[0] == "in" and not item[1]))


class _Parser:
    """A recursive-descent reading of a valid pattern, keeping the structure the stdlib's
    parser gives (shared prefixes moved out of alternations, plain (?:...) groups spliced),
    since required_text counts top-level literals as the stdlib's parse shows them."""

    def __init__(self, pattern: str):
        self.text = pattern
        self.at = 0
        self.global_flags = ""
        self.groups = 0
        self.group_numbers = {}

    def peek(self) -> str:
        return self.text[self.at] if self.at < len(self.text) else ""

    def next_in(self, allowed: str) -> bool:
        return self.peek() != "" and self.peek() in allowed

    def take(self) -> str:
        if self.at >= len(self.text):
            raise _Unknown("unexpected end")
        self.at += 1
        return self.text[self.at - 1]

    def take_while(self, allowed: str, most: int) -> str:
        start = self.at
        while self.at - start < most and self.next_in(allowed):
            self.at += 1
        return self.text[start : self.at]

    def take_until(self, end: str) -> str:
        stop = self.text.find(end, self.at)
        if stop < 0:
            raise _Unknown(f"no {end}")
        word, self.at = self.text[self.at : stop], stop + 1
        return word

    def alternation(self) -> list:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.at += 1
            branches.append(self.sequence())
        return _merged(branches)

    def sequence(self) -> list:
        items = []
        while (ch := self.peek()) and ch not in "|)":
            self.at += 1
            if ch == "\\":
                items.append(self.escape())
            elif ch == "[":
                items.append(self.char_class())
            elif ch in "*+?{":
                self.quantify(items, ch)
            elif ch == ".":
                items.append(("any",))
            elif ch in "^$":
                items.append(("at", ch))
            elif ch == "(":
                self.group(items)
            else:
                items.append(("lit", ch))
        spliced = []
        for item in items:
            spliced += item.body if isinstance(item, _Group) and item.spliced else [item]
        return spliced

    def quantify(self, items: list, ch: str):
        """Apply ?, *, + or {m,n} (greedy, lazy or possessive) to the item before it."""
        if ch == "{":
            low = self.repeat_low()
            if low is None:  # not a repeat: "{" is a literal
                items.append(("lit", "{"))
                return
        else:
            low = 1 if ch == "+" else 0
        target = items[-1] if items else ("at", "")
        if isinstance(target, _Repeat) or (isinstance(target, tuple) and target[0] == "at"):
            raise _Unknown("nothing to repeat")
        body = target.body if isinstance(target, _Group) and target.spliced else [target]
        possessive = self.peek() == "+"
        if self.peek() in ("?", "+"):
            self.at += 1
        items[-1] = _Repeat(low, body, possessive)

    def repeat_low(self) -> int | None:
        """The lower bound of a {m,n} just opened, or None (nothing consumed) if the brace
        starts no repeat, as in "{currency}"."""
        start = self.at
        if self.peek() == "}":
            return None
        low = self.take_while(_DIGITS, len(self.text))
        if self.peek() == ",":
            self.at += 1
            self.take_while(_DIGITS, len(self.text))
        if self.peek() != "}":
            self.at = start
            return None
        self.at += 1
        return int(low) if low else 0

    def group(self, items: list):
        """Read what follows "(" and append its item (a comment or global flags add none)."""
        if self.peek() != "?":
            items.append(_Group(self.capturing_body(None), capturing=True))
            return
        self.at += 1
        kind = self.take()
        if kind == "P" and self.peek() == "<":
            self.at += 1
            items.append(_Group(self.capturing_body(self.take_until(">")), capturing=True))
        elif kind == "P" and self.peek() == "=":
            self.at += 1
            items.append(("ref", self.group_numbers[self.take_until(")")]))
        elif kind == ":":
            items.append(_Group(self.closed_body(), capturing=False))
        elif kind == "#":
            self.take_until(")")
        elif kind in "=!":
            items.append(_LookAround(self.closed_body()))
        elif kind == "<" and self.next_in("=!"):
            self.at += 1
            items.append(_LookAround(self.closed_body()))
        elif kind == ">":
            items.append(_Atomic(self.closed_body()))
        elif kind in _FLAGS or kind == "-":
            flags = kind + self.take_while(_FLAGS + "-", len(self.text))
            if "x" in flags.partition("-")[0]:  # verbose: spaces and # mean something else
                raise _Unknown("verbose")
            if self.take() == ")":
                self.global_flags += flags
            else:
                items.append(_Group(self.closed_body(), capturing=False, flags=flags))
        else:  # conditionals (?(1)a|b) and whatever a later Python adds
            raise _Unknown(f"(?{kind}")

    def capturing_body(self, name: str | None) -> list:
        self.groups += 1
        if name is not None:
            self.group_numbers[name] = self.groups
        return self.closed_body()

    def closed_body(self) -> list:
        body = self.alternation()
        if self.take() != ")":
            raise _Unknown("unclosed group")
        return body

    def escape(self):
        """The item for a backslash escape outside a class."""
        ch = self.take()
        if ch in _ANCHORS:
            return ("at", ch)
        if ch in _CATEGORIES:
            return ("in", False, (("cat", ch),))
        if ch in "123456789":  # a back-reference, or an octal escape of three digits
            number = ch + (self.take() if self.next_in(_DIGITS) else "")
            if len(number) == 2 and set(number) <= set(_OCTAL) and self.next_in(_OCTAL):
                return ("lit", chr(int(number + self.take(), 8)))
            return ("ref", int(number))
        return ("lit", self.escaped_char(ch))

    def escaped_char(self, ch: str, in_class: bool = False) -> str:
        """The one character a backslash and `ch` (and what follows) stand for."""
        if ch in _CONTROL_ESCAPES:
            return _CONTROL_ESCAPES[ch]
        if ch == "b" and in_class:
            return "\b"
        if ch in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[ch]
            digits = self.take_while(_HEX, width)
            if len(digits) != width:
                raise _Unknown("short hex escape")
            return chr(int(digits, 16))
        if ch == "N":
            if self.take() != "{":
                raise _Unknown("\\N without {")
            return unicodedata.lookup(self.take_until("}"))
        if ch == "0" or (in_class and ch in _OCTAL):
            return chr(int(ch + self.take_while(_OCTAL, 2), 8))
        if ch.isascii() and ch.isalnum():  # a bad escape, or one a later Python adds
            raise _Unknown(f"\\{ch}")
        return ch

    def char_class(self) -> tuple:
        """The item for [...] just opened: a literal if it holds one character, as the stdlib
        has it (so "[下]同" has the required text "下同")."""
        negated = self.peek() == "^"
        if negated:
            self.at += 1
        elements = []
        while True:
            ch = self.take()
            if ch == "]" and elements:
                break
            low = self.class_atom(ch)
            if self.peek() != "-":
                elements.append(low)
                continue
            self.at += 1
            ch = self.take()
            if ch == "]":  # [a-]: the hyphen is a literal
                elements += [low, ("lit", "-")]
                break
            high = self.class_atom(ch)
            if low[0] != "lit" or high[0] != "lit":
                raise _Unknown("bad range")
            elements.append(("range", low[1], high[1]))
        elements = tuple(dict.fromkeys(elements))
        if len(elements) == 1 and elements[0][0] == "lit" and not negated:
            return elements[0]
        return ("in", negated, elements)

    def class_atom(self, ch: str) -> tuple:
        if ch != "\\":
            return ("lit", ch)
        ch = self.take()
        if ch in _CATEGORIES:
            return ("cat", ch)
        return ("lit", self.escaped_char(ch, in_class=True))
