"""etl/words.py: an automaton finds the words `compile_trie` finds, alone or sharing one walk
over the text with other lists (SharedScan), whatever the lists have in common."""

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.words import Automaton, SharedScan, compile_trie

# Few characters, so words overlap, nest and repeat across the lists, and occur in the texts.
ALPHABET = "高新区园开发经济"
WORD = st.text(alphabet=ALPHABET, min_size=1, max_size=4)
WORDS = st.lists(WORD, min_size=1, max_size=12)
TEXT = st.text(alphabet=ALPHABET + "，。1", max_size=60)


def trie_matches(words, text):
    return [(m.start(), m.end(), m.group()) for m in compile_trie(words).finditer(text)]


@settings(max_examples=300, deadline=None)
@given(lists=st.lists(WORDS, min_size=1, max_size=3), texts=st.lists(TEXT, min_size=1, max_size=3))
def test_lists_sharing_a_scan_find_what_each_finds_alone(lists, texts):
    scan = SharedScan()
    shared = [Automaton(words, scan=scan) for words in lists]
    alone = [Automaton(words) for words in lists]
    for text in texts:
        for words, one, other in zip(lists, shared, alone):
            expected = trie_matches(words, text)
            assert list(other.finditer(text)) == expected
            assert list(one.finditer(text)) == expected


def test_a_shared_scan_walks_a_text_once_and_then_the_next():
    scan = SharedScan()
    parks = Automaton(["日照高新区", "高新区"], scan=scan)
    firms = Automaton(["日照", "兴华半导体"], scan=scan)
    text = "日照高新区引进兴华半导体"
    assert list(parks.finditer(text)) == [(0, 5, "日照高新区")]
    assert scan.occurrences(text) is scan.occurrences(text)  # the walk is kept for the text
    assert list(firms.finditer(text)) == [(0, 2, "日照"), (7, 12, "兴华半导体")]
    other = "高新区的兴华半导体"
    assert list(parks.finditer(other)) == [(0, 3, "高新区")]
    assert list(firms.finditer(other)) == [(4, 9, "兴华半导体")]


def test_a_list_joining_after_a_walk_is_found_too():
    scan = SharedScan()
    parks = Automaton(["高新区"], scan=scan)
    assert list(parks.finditer("高新区")) == [(0, 3, "高新区")]
    late = Automaton(["新区"], scan=scan)
    assert list(late.finditer("高新区")) == [(1, 3, "新区")]
    assert list(parks.finditer("高新区")) == [(0, 3, "高新区")]
