"""One matcher for many literal words: the word lists of the knowledge files (suffixes, places,
unit words, gazetteer aliases) as set lookups at a position, or as one regex written as a
prefix tree, so a list of a thousand names is one branch per character, not a thousand
alternatives tried at every position.
"""

import re
from operator import itemgetter

from ahocorasick_rs import AhoCorasick, MatchKind


class WordSet:
    """A word list with the lookups the rules need: longest word ending or starting at a
    position, and whether a string can be cut entirely into listed words."""

    def __init__(self, words):
        self.words = frozenset(w for w in words if w)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)
        # Word lengths by last and by first character, longest first: most positions have
        # no word ending or starting there, and that is then one dict lookup, not a slice per length.
        by_last, by_first = {}, {}
        for w in self.words:
            by_last.setdefault(w[-1], set()).add(len(w))
            by_first.setdefault(w[0], set()).add(len(w))
        self._by_last = {c: tuple(sorted(ns, reverse=True)) for c, ns in by_last.items()}
        self._by_first = {c: tuple(sorted(ns, reverse=True)) for c, ns in by_first.items()}

    def __contains__(self, word):
        return word in self.words

    def ending_at(self, text: str, end: int) -> int:
        """Length of the longest word that ends at `end`, 0 if none."""
        if not 0 < end <= len(text):
            return self._ending_at_anywhere(text, end)
        words = self.words
        for n in self._by_last.get(text[end - 1], ()):
            if n <= end and text[end - n : end] in words:
                return n
        return 0

    def starting_at(self, text: str, start: int) -> int:
        if not 0 <= start < len(text):
            return self._starting_at_anywhere(text, start)
        words, size = self.words, len(text)
        for n in self._by_first.get(text[start], ()):
            if text[start : start + n] in words:
                # A word that runs to the end of the text is reported with the longest length,
                # as the plain scan (_starting_at_anywhere) does: its slices there are all the same.
                return n if start + n < size else self.lengths[0]
        return 0

    def _ending_at_anywhere(self, text: str, end: int) -> int:
        """The plain scan, for an end outside the text."""
        for n in self.lengths:
            if n <= end and text[end - n : end] in self.words:
                return n
        return 0

    def _starting_at_anywhere(self, text: str, start: int) -> int:
        """The plain scan, for a start outside the text (a negative start counts from the end)."""
        for n in self.lengths:
            if text[start : start + n] in self.words:
                return n
        return 0

    def covers(self, text: str) -> bool:
        """True when `text` is a sequence of listed words (高端装备制造 = 高端 + 装备制造)."""
        if not text:
            return True
        size, words, by_first = len(text), self.words, self._by_first
        reachable = [True] + [False] * size
        for i in range(size):
            if reachable[i]:
                for n in by_first.get(text[i], ()):
                    if i + n <= size and text[i : i + n] in words:
                        reachable[i + n] = True
        return reachable[-1]

    def strip_tail(self, text: str, keep: int = 0) -> str:
        """Remove listed words from the end while more than `keep` characters remain."""
        while True:
            n = self.ending_at(text, len(text))
            if not n or len(text) - n < keep:
                return text
            text = text[:-n]


def patterns_in_order(patterns) -> str:
    """The alternation of a data file's patterns as its curator listed them: tried in that order,
    each a regular expression (metadata labels, period words), so not escaped."""
    return "|".join(patterns)


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie_alternation(words) -> str:
    """The same matches as `alternation(words)` (the longest word at the leftmost position),
    written as a prefix tree: a gazetteer of a thousand forms is then one branch per
    character instead of a thousand alternatives tried at every position of the text."""
    root = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def build(node) -> str:
        branches = [(ch, re.escape(ch) + build(child)) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0][1] if len(branches) == 1 else "(?:" + _dispatch(branches) + ")"
        return (
            f"(?:{body})?" if "" in node else body
        )  # greedy: the longer word first, else stop here

    return build(root)


TRIE_FANOUT = 32


def _dispatch(branches: list) -> str:
    """The alternation of `branches` ((first character, pattern), each starting with its own
    character), split in halves behind look-aheads for their first characters while longer
    than TRIE_FANOUT: `re` tries the branches of an alternation one by one, so a hundred
    first characters (the root of a gazetteer) cost a hundred tests at every position where
    a name may start; halving costs a few. The branches start with different characters, so
    at most one can match: the matches are the same."""
    if len(branches) <= TRIE_FANOUT:
        return "|".join(pattern for _, pattern in branches)
    half = len(branches) // 2
    return "|".join(
        f"(?=[{''.join(re.escape(ch) for ch, _ in group)}])(?:{_dispatch(group)})"
        for group in (branches[:half], branches[half:])
    )


def compile_trie(words) -> re.Pattern:
    """`trie_pattern(words)`, compiled."""
    return re.compile(trie_pattern(words))


def trie_pattern(words) -> str:
    """`trie_alternation(words)` behind a look-ahead on the words' first characters that rejects
    most positions before the trie is tried."""
    first = "".join(sorted({re.escape(w[0]) for w in words if w}))
    return f"(?=[{first}])(?:{trie_alternation(words)})"


class Automaton:
    """Many literal words found in one pass (Aho-Corasick, the Rust `aho-corasick` crate through
    ahocorasick-rs): the same matches as `compile_trie(words).finditer` (the longest word at the
    leftmost position, then on after it), for lists of thousands of names where one regular
    expression would be slow to compile and to run.

    With `scan`, the words join a `SharedScan` that finds several lists' words in one walk over
    the text (the matches stay this list's own, as above)."""

    def __init__(self, words, scan: "SharedScan | None" = None):
        self.words = list(dict.fromkeys(w for w in words if w))
        self._set = WordSet(self.words)
        self._scan = scan
        if scan is None:
            self._automaton = AhoCorasick(self.words, matchkind=MatchKind.LeftmostLongest)
        else:
            self._bit = scan.join(self.words)

    def longest_at(self, text: str, start: int) -> int:
        """Length of the longest word that starts at `start`, 0 if none."""
        return self._set.starting_at(text, start)

    def finditer(self, text: str):
        """(start, end, word) of each match, in order, as character offsets."""
        if self._scan is not None:
            yield from self._scan.leftmost_longest(text, self._bit)
            return
        for i, start, end in self._automaton.find_matches_as_indexes(text):
            yield start, end, self.words[i]


class SharedScan:
    """Every occurrence of the words of several lists, from one automaton walk over a text,
    kept for the text until the next one is asked for.

    A walk over an article costs mostly cache misses in an automaton of thousands of names,
    which the other rules evict between one list's walk and the next: the gazetteer's and the
    listed firms' walks over the same text each cost about three times a warm walk. One walk
    over all lists, with each list's leftmost-longest matches picked from its occurrences, costs
    about one."""

    def __init__(self):
        self._lists: list[list[str]] = []
        self._automaton = None
        self._last: tuple = (None, [])  # (the last text walked, its occurrences)

    def join(self, words) -> int:
        """Add a list of words; returns the list's bit in `owners`."""
        self._lists.append(list(words))
        self._automaton, self._last = None, (None, [])
        return 1 << (len(self._lists) - 1)

    def compile(self):
        """Build the automaton over every list joined so far (a worker's warm-up does, before
        its first text; else the first walk does)."""
        owners: dict = {}
        for i, words in enumerate(self._lists):
            for word in words:
                owners[word] = owners.get(word, 0) | 1 << i
        self.words = list(owners)
        self.owners = list(owners.values())
        self._automaton = AhoCorasick(self.words)  # every occurrence, overlapping

    def occurrences(self, text: str) -> list:
        """(word index, start, end) of every occurrence, by start, the longest first."""
        if self._automaton is None:
            self.compile()
        last_text, last_found = self._last  # one attribute: a thread never pairs two texts' parts
        if text is last_text:
            return last_found
        found = self._automaton.find_matches_as_indexes(text, overlapping=True)
        found.sort(key=_END, reverse=True)
        found.sort(key=_START)  # stable: the longest first at each start
        self._last = (text, found)
        return found

    def leftmost_longest(self, text: str, bit: int):
        """(start, end, word) of one list's matches: at the leftmost start its longest word,
        then on after its end, as `MatchKind.LeftmostLongest` finds them."""
        found = self.occurrences(text)
        owners, words, after = self.owners, self.words, 0
        for i, start, end in found:
            if start >= after and owners[i] & bit:
                after = end
                yield start, end, words[i]


_START, _END = itemgetter(1), itemgetter(2)
