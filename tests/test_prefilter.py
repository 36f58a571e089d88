"""etl/prefilter.py against the reader it replaces. For every pattern the metric tables hand to
the prefilter helpers it gives the answers the stdlib-parser version gave (kept below as the
oracle); a table of tricky patterns pins the edge cases; and the property that matters is
checked at random: a prefiltered pattern finds exactly the matches the pattern finds."""

import re
import sys
import unicodedata
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import prefilter
from etl.extract import metric_rules
from etl.prefilter import first_chars, prefiltered, prefiltered_alternation, required_text

# --- the oracle: the old readers of etl/extract/metric_rules.py, as they were ---------------
# They walk the stdlib's private parse of the pattern; this test is the only place allowed to.


def old_required_text(pattern: str) -> str:
    try:
        from re import _constants, _parser  # Python ≥ 3.11
    except ImportError:  # Python 3.10
        import sre_constants as _constants
        import sre_parse as _parser
    runs, run = [], ""
    for op, av in _parser.parse(pattern.replace("{currency}", "(?P<currency>.)")):
        if op is _constants.LITERAL:
            run += chr(av)
        else:
            runs.append(run)
            run = ""
    runs.append(run)
    return max(runs, key=len)


def old_first_chars(pattern: str, unicode_digits: bool = False) -> str | None:
    try:
        from re import _parser  # Python ≥ 3.11
    except ImportError:  # Python 3.10
        import sre_parse as _parser

    def first(items):
        chars = set()
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                chars.add(re.escape(chr(av)))
                return chars, False
            if name == "IN":
                for sub_op, sub_av in av:
                    sub = str(sub_op)
                    if sub == "LITERAL":
                        chars.add(re.escape(chr(sub_av)))
                    elif sub == "RANGE":
                        chars.add(f"{re.escape(chr(sub_av[0]))}-{re.escape(chr(sub_av[1]))}")
                    elif sub == "CATEGORY" and str(sub_av) == "CATEGORY_DIGIT":
                        chars.add("\\d" if unicode_digits else "0-9")
                    else:
                        raise ValueError(sub)
                return chars, False
            if name == "SUBPATTERN":
                inner, empty = first(av[-1])
                chars |= inner
                if not empty:
                    return chars, False
            elif name == "BRANCH":
                empty = False
                for branch in av[1]:
                    inner, branch_empty = first(branch)
                    chars |= inner
                    empty = empty or branch_empty
                if not empty:
                    return chars, False
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, _, body = av
                inner, empty = first(body)
                chars |= inner
                if low > 0 and not empty:
                    return chars, False
            elif name not in ("ASSERT", "ASSERT_NOT", "AT"):
                raise ValueError(name)
        return chars, True

    try:
        chars, empty = first(_parser.parse(pattern))
    except ValueError:
        return None
    return None if empty or not chars else "".join(sorted(chars))


def old_prefiltered(pattern: str, unicode_digits: bool = False) -> str:
    first = old_first_chars(pattern, unicode_digits)
    return pattern if first is None else f"(?=[{first}])(?:{pattern})"


# --- 1. every pattern the metric tables use -------------------------------------------------


def record_metric_rule_calls() -> tuple[list, list]:
    """Build the metric tables again with the prefilter helpers wrapped, under whichever names
    metric_rules (or etl.prefilter, if metric_rules calls it) has them, and return the
    (pattern, unicode_digits) pairs asked for first characters and the patterns asked for
    required text, in call order, each once."""
    first_calls, text_calls = {}, {}

    def recording_first(real):
        def wrapper(pattern, unicode_digits=False):
            first_calls[(pattern, unicode_digits)] = None
            return real(pattern, unicode_digits)

        return wrapper

    def recording_text(real):
        def wrapper(pattern):
            text_calls[pattern] = None
            return real(pattern)

        return wrapper

    with pytest.MonkeyPatch.context() as patch:
        for owner in (metric_rules, prefilter):
            for name in ("prefiltered", "first_chars"):
                if hasattr(owner, name):
                    patch.setattr(owner, name, recording_first(getattr(owner, name)))
            for name in ("required_text",):
                if hasattr(owner, name):
                    patch.setattr(owner, name, recording_text(getattr(owner, name)))
        type(metric_rules.TABLES)()  # the tables class, whatever it is called now
    return list(first_calls), list(text_calls)


FIRST_CALLS, TEXT_CALLS = record_metric_rule_calls()


def test_the_recording_saw_the_metric_tables_ask():
    assert TEXT_CALLS, "no pattern was asked for its required text"
    assert {unicode_digits for _, unicode_digits in FIRST_CALLS} == {False, True}


@pytest.mark.parametrize(
    "pattern, unicode_digits",
    FIRST_CALLS,
    ids=[f"rule{i}-{pattern[:12]}" for i, (pattern, _) in enumerate(FIRST_CALLS)],
)
def test_first_chars_of_each_metric_rule_are_the_old_readers(pattern, unicode_digits):
    assert first_chars(pattern, unicode_digits) == old_first_chars(pattern, unicode_digits)
    assert prefiltered(pattern, unicode_digits) == old_prefiltered(pattern, unicode_digits)


@pytest.mark.parametrize(
    "pattern", TEXT_CALLS, ids=[f"rule{i}-{p[:12]}" for i, p in enumerate(TEXT_CALLS)]
)
def test_required_text_of_each_metric_rule_is_the_old_readers(pattern):
    assert required_text(pattern) == old_required_text(pattern)


# --- 2. tricky patterns ---------------------------------------------------------------------

TRICKY_FIRST = [
    # (pattern, unicode_digits, the class body first_chars gives, or None)
    ("a|", False, None),  # an empty branch: can match nothing
    ("(?:a|)b", False, "ab"),
    ("(?:a|b?)c", False, "abc"),
    ("a?b", False, "ab"),  # an optional prefix
    ("(?:a?)b", False, "ab"),
    ("(?:截至|截止|到)?目前", False, "到截目"),
    ("(?<=x)\\d{3}所", False, "0-9"),  # a look-behind first consumes nothing
    ("(?<=x)\\d{3}所", True, "\\d"),
    ("(?<![^，,])(?:仅|短短)?[一二]+天", False, "一二仅短"),
    ("(?<=a)(?<!b)(?=c)(?!d)c", False, "c"),
    ("(?=a)", False, None),
    ("a*?b", False, "ab"),  # lazy quantifiers
    ("a+?b", False, "a"),
    ("a??b", False, "ab"),
    ("a{0,3}?b", False, "ab"),
    ("a{2,}?b", False, "a"),
    ("a{,2}b", False, "ab"),
    ("a{0}b", False, "ab"),  # a never matches, but a superset is fine (and what the old gave)
    ("a*", False, None),
    ("((?:(a)|b)?c)d", False, "abc"),  # nested groups
    ("(?P<n>x|y)?(?:(?:z))", False, "xyz"),
    ("(?P<n>a)(?P=n)", False, "a"),
    ("(a)?\\1", False, None),  # a back-reference first: unknown
    ("\\.x", False, "\\."),  # escaped specials
    ("\\(x", False, "\\("),
    ("\\\\x", False, "\\\\"),
    ("\\[\\]\\{", False, "\\["),
    ("\\-", False, "\\-"),
    ("\\n", False, "\\\n"),
    ("[\\t\\n]", False, "\\\t\\\n"),
    ("\\x41", False, "A"),
    ("\\101", False, "A"),  # three octal digits
    ("\\0", False, "\x00"),
    ("\\N{EM DASH}", False, "—"),
    ("\\u4e00x", False, "一"),
    ("[\\u4e00-\\u9fff]+", False, "一-\u9fff"),  # unicode ranges
    ("[\u4e00-\u9fff]+", False, "一-\u9fff"),
    ("[\\u4e00-\\u9fff\\d]", False, "0-9一-\u9fff"),
    ("[\\u4e00-\\u9fff\\d]", True, "\\d一-\u9fff"),
    ("\\d+", False, "0-9"),  # \d with and without unicode_digits
    ("\\d+", True, "\\d"),
    ("[\\d.]", False, "0-9\\."),
    ("[0-9]|\\d", False, "0-9"),
    ("[0-9]|\\d", True, "0-9\\d"),
    ("[a-c]+(?:x|y)", False, "a-c"),
    ("[]a]", False, "\\]a"),  # a ] first in a class is a literal
    ("[^]a]b", False, None),
    ("[a-]", False, "\\-a"),
    ("[-a]", False, "\\-a"),
    ("[\\]\\\\]", False, "\\\\\\]"),
    ("[\\b]", False, "\b"),  # \b in a class is a backspace
    ("a|b|c", False, "abc"),
    ("ab|ac", False, "a"),
    ("[ab]|c", False, "abc"),
    ("^\\bfoo$", False, "f"),  # anchors consume nothing
    ("\\A\\B\\w|\\Ax\\Z", False, None),
    ("$a", False, "a"),
    ("a{", False, "a"),  # a brace that starts no repeat is a literal
    ("{x}", False, "\\{"),
    ("x{}", False, "x"),
    ("(?#a comment)b", False, "b"),
    ("(?s:a).", False, "a"),  # scoped flags that change no literal
    ("[^a]b", False, None),  # what the reader leaves unknown
    (".a", False, None),
    ("\\sa", False, None),
    ("[\\s，]", False, None),
    ("\\wa", False, None),
    ("\\Da", False, None),
    ("", False, None),
    ("()", False, None),
    ("(?i)ab", False, None),  # global flags (see OLD_READER_WRONG)
    ("(?i:a)b", False, None),  # ignoring case, a match may start with A
    ("(?x)a b", False, None),  # verbose: spaces mean nothing
]
TRICKY_FIRST_PY311 = [  # atomic groups and possessive repeats: unknown, as before
    ("(?>a)b", False, None),
    ("a*+b", False, None),
]

# Where the new reader must differ from the old: the old answers, each wrong.
OLD_READER_WRONG = {
    "(?i)ab": "a",  # the look-ahead would stand before the global flags: refused by 3.11
    "(?i:a)b": "a",  # the look-ahead [a] is case-sensitive: it would skip the match "Ab"
    "(?x)a b": "a",  # right, but the look-ahead would stand before the flags: refused by 3.11
}


def _cases(rows, marks=()):
    return [pytest.param(*row, id=repr(row[0]), marks=marks) for row in rows]


FIRST_CASES = _cases(TRICKY_FIRST) + _cases(
    TRICKY_FIRST_PY311,
    pytest.mark.skipif(sys.version_info < (3, 11), reason="atomic groups came in 3.11"),
)


@pytest.mark.parametrize("pattern, unicode_digits, expected", FIRST_CASES)
def test_first_chars_of_a_tricky_pattern(pattern, unicode_digits, expected):
    assert first_chars(pattern, unicode_digits) == expected
    old = OLD_READER_WRONG.get(pattern, expected)
    assert old_first_chars(pattern, unicode_digits) == old


def test_where_the_old_reader_was_wrong_its_prefilter_changed_matches():
    assert re.search("(?i:a)b", "Ab")
    assert not re.search(old_prefiltered("(?i:a)b"), "Ab")
    assert prefiltered("(?i:a)b") == "(?i:a)b"
    if sys.version_info >= (3, 11):
        for pattern in ("(?i)ab", "(?x)a b"):
            with pytest.raises(re.error):
                re.compile(old_prefiltered(pattern))
            assert prefiltered(pattern) == pattern


TRICKY_TEXT = [
    # (pattern, what required_text gives)
    ("{currency}[（(][^）)]{0,4}下同[）)]", "下同"),
    ("[（(]单位[:：]\\s*(?:[万亿千百]*){currency}[）)]", "单位"),
    ("{currency}下同", "下同"),
    ("a(?:bc)d", "abcd"),  # a plain group is its body
    ("a(bc)d", "a"),
    ("(?:xy)?z", "z"),
    ("下同a|下同b", "下同"),  # what every branch starts with counts
    ("abc|abd", "ab"),
    ("(?:a|b)c|(?:a|b)d", ""),
    ("a|b", ""),
    ("ab+c", "a"),  # a repeated character is not required
    ("ab{1}c", "a"),
    ("[下]同", "下同"),  # a one-character class is that character
    ("x\\.y\\u4e00", "x.y一"),
    ("a(?#c)b", "ab"),
    ("^ab$", "ab"),
    ("ab{cd", "ab{cd"),
    ("ab(?:c|d)efg", "efg"),
    ("(?<=a)bc(?=d)", "bc"),
    ("", ""),
    ("(?s)abc", "abc"),
    ("(?i)abc", ""),  # ignoring case, "abc" need not be there as written (the old said "abc")
]


@pytest.mark.parametrize("pattern, expected", _cases(TRICKY_TEXT))
def test_required_text_of_a_tricky_pattern(pattern, expected):
    assert required_text(pattern) == expected
    old = "abc" if pattern == "(?i)abc" else expected
    assert old_required_text(pattern) == old


# --- 3. the same matches, at random ---------------------------------------------------------

EXTRA_CHARS = " \n，。,.:0123456789０٣Aa_-年月日亿万元Ab"
HEALTH = [HealthCheck.too_slow, HealthCheck.filter_too_much]


def _ascii_digits(text: str) -> str:
    """Without unicode_digits the look-ahead has 0-9 for \\d: the caller promises a text whose
    digits are ASCII (metrics folds ０-９ before it scans), so the texts keep that promise."""
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text
    )


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


@cache
def texts_for(pattern: str, unicode_digits: bool):
    """Texts of the pattern's own characters and some others, with matches of the pattern
    (and what hypothesis puts around them) mixed in. The matches come from the pattern without
    its inner (?=[...]) look-aheads, which hypothesis mostly fails to satisfy."""
    alphabet = st.sampled_from(sorted(set(pattern) | set(EXTRA_CHARS)))
    unguarded = re.sub(r"\(\?=\[[^\]]*\]\)", "", pattern)
    matches = st.from_regex(unguarded if _compiles(unguarded) else pattern)
    texts = st.lists(st.one_of(st.text(alphabet, max_size=8), matches), max_size=4)
    texts = texts.map("".join)
    return texts if unicode_digits else texts.map(_ascii_digits)


def _matches(regex, text, pos, endpos):
    return [(m.span(), m.groups()) for m in regex.finditer(text, pos, endpos)]


def _assert_same_matches(pattern, unicode_digits, text, pos, endpos):
    fast = re.compile(prefiltered(pattern, unicode_digits))
    slow = re.compile(pattern)
    assert _matches(fast, text, 0, len(text)) == _matches(slow, text, 0, len(text))
    assert _matches(fast, text, pos, endpos) == _matches(slow, text, pos, endpos)


def _draw_and_check(data, pattern, unicode_digits):
    text = data.draw(texts_for(pattern, unicode_digits), label="text")
    pos = data.draw(st.integers(0, len(text)), label="pos")
    endpos = data.draw(st.integers(pos, len(text)), label="endpos")
    _assert_same_matches(pattern, unicode_digits, text, pos, endpos)


@pytest.mark.parametrize(
    "pattern, unicode_digits",
    FIRST_CALLS,
    ids=[f"rule{i}-{pattern[:12]}" for i, (pattern, _) in enumerate(FIRST_CALLS)],
)
@settings(max_examples=25, suppress_health_check=HEALTH)
@given(data=st.data())
def test_a_prefiltered_metric_rule_finds_the_same_matches(pattern, unicode_digits, data):
    _draw_and_check(data, pattern, unicode_digits)


@pytest.mark.parametrize(
    "pattern, unicode_digits",
    [pytest.param(*case.values[:2], id=case.id, marks=case.marks) for case in FIRST_CASES],
)
@settings(max_examples=10, suppress_health_check=HEALTH)
@given(data=st.data())
def test_a_prefiltered_tricky_pattern_finds_the_same_matches(pattern, unicode_digits, data):
    _draw_and_check(data, pattern, unicode_digits)


# --- 4. random patterns: the old reader's answers, and the same matches ---------------------

ATOMS = [
    "a", "b", "c", "下", "同", "", "\\.", "\\(", "\\\\", "\\-", "\\n", "\\u4e00", "\\x62", "\\101",
    "\\d", "\\s", "\\w", ".", "[ab]", "[^a]", "[a-c]", "[\\d下]", "[b]", "[]a]", "[\\u4e00-\\u9fff]",
    "(a)\\1", "a{", "{b}",
]  # fmt: skip
ZERO_WIDTH = ["^", "$", "\\b", "\\B", "\\A", "\\Z", "(?#c)"]  # nothing to repeat
QUANTIFIERS = ["", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,}", "{,1}", "??", "*?", "+?"]
GROUPS = ["(?:{})", "({})", "(?P<g{n}>{})", "(?={})", "(?!{})", "(?<={})", "(?<!{})", "(?s:{})"]
CASELESS = ["(?i:{})"]  # the old reader got these wrong: only the matches are compared


def _patterns(groups):
    """Random valid patterns over the atoms, nested in the given kinds of group."""
    atoms = st.builds(
        lambda atom, quantifier: atom if atom in ZERO_WIDTH else atom + quantifier,
        st.sampled_from(ATOMS + ZERO_WIDTH),
        st.sampled_from(QUANTIFIERS),
    )

    def alternation(items):
        branch = st.lists(items, min_size=1, max_size=4).map("".join)
        return st.lists(branch, min_size=1, max_size=3).map("|".join)

    def grouped(items):
        return st.builds(
            lambda group, body, quantifier, n: group.format(body, n=n) + quantifier,
            st.sampled_from(groups),
            alternation(items),
            st.sampled_from(QUANTIFIERS),
            st.integers(0, 10**6),
        )

    return alternation(st.recursive(atoms, grouped, max_leaves=6)).filter(_compiles)


@settings(max_examples=60, suppress_health_check=HEALTH)
@given(pattern=_patterns(GROUPS), unicode_digits=st.booleans())
def test_a_random_pattern_reads_as_the_old_reader_read_it(pattern, unicode_digits):
    assert first_chars(pattern, unicode_digits) == old_first_chars(pattern, unicode_digits)
    assert required_text(pattern) == old_required_text(pattern)


@settings(max_examples=40, suppress_health_check=HEALTH)
@given(
    pattern=_patterns(GROUPS + CASELESS),
    text=st.text(st.sampled_from("aab下下一bA\n .-\\(1٣_{}"), max_size=12),
    unicode_digits=st.booleans(),
)
def test_a_random_prefiltered_pattern_finds_the_same_matches(pattern, text, unicode_digits):
    text = text if unicode_digits else _ascii_digits(text)
    _assert_same_matches(pattern, unicode_digits, text, 0, len(text))


@settings(max_examples=40, suppress_health_check=HEALTH)
@given(
    patterns=st.lists(_patterns(GROUPS), min_size=1, max_size=4).filter(
        lambda ps: _compiles("|".join(f"(?:{p})" for p in ps))
    ),
    text=st.text(st.sampled_from("aab下下一bA\n .-\\(1٣_{}"), max_size=12),
    unicode_digits=st.booleans(),
)
def test_an_alternation_prefiltered_branch_by_branch_finds_the_same_matches(
    patterns, text, unicode_digits
):
    text = text if unicode_digits else _ascii_digits(text)
    fast = re.compile(prefiltered_alternation(patterns, unicode_digits))
    slow = re.compile("|".join(f"(?:{p})" for p in patterns))
    assert _matches(fast, text, 0, len(text)) == _matches(slow, text, 0, len(text))
