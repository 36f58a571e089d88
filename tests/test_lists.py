"""etl/extract/lists.py: the clauses that may hold a list are found after their marks, as the
look-behind pattern finds them at every character."""

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.lists import LIST_CLAUSE, list_clauses

TEXT = st.text(alphabet="园区A、等为代表，。；（）\n 和", max_size=40)


@settings(max_examples=500, deadline=None)
@given(text=TEXT)
def test_list_clauses_are_the_look_behind_patterns_matches(text):
    assert list_clauses(text) == [m.span() for m in LIST_CLAUSE.finditer(text)]


def test_a_list_clause_runs_from_mark_to_mark():
    text = "引进甲、乙等企业，计划投资5亿元；以丙为代表"
    assert [text[s:e] for s, e in list_clauses(text)] == ["引进甲、乙等企业", "以丙为代表"]
