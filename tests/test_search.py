"""Chinese full-text search: spacing, query rewriting, snippets and the FTS5 index itself."""

import sqlite3

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.load.schema import ensure_db_shape
from etl.load.search import (
    BOUNDARY,
    CREATE_SQL,
    FTS_TABLE,
    fts_query,
    hit_spans,
    index_articles,
    indexed_text,
    pairs_with_next,
    query_terms,
    snippet,
    spaced_cjk,
    term_phrase,
)

B = BOUNDARY


@pytest.mark.parametrize(
    "text, expected",
    [
        ("园区", "园 区"),
        ("日照高新区", "日 照 高 新 区"),
        ("公园。区域", f"公 园 {B} 区 域"),  # punctuation is a token: no phrase spans it
        ("71.3亿元", f"7 1 {B} 3 亿 元"),  # digits one by one: 1.3亿 is found inside 71.3亿
        ("5G基站 AI芯片", f"5 G 基 站 {B} AI 芯 片"),  # Latin words stay whole
        ("“高新速度”！！", f"{B} 高 新 速 度 {B}"),  # a run of separators is one boundary
        ("a\n\nb", f"a {B} b"),
        ("", ""),
    ],
)
def test_spaced_cjk(text, expected):
    assert spaced_cjk(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("日照高新区", "日照 照高 高新 新区 区"),  # each character with the next one of its run
        ("公园。区域", f"公园 园 {B} 区域 域"),  # never across punctuation
        ("71.3亿元", f"7 1 {B} 3 亿元 元"),  # digits stay alone
        ("5G基站 AI芯片", f"5 G 基站 站 {B} AI 芯片 片"),  # and Latin words whole
        ("園", "園"),
        ("", ""),
    ],
)
def test_indexed_text_pairs_cjk_characters_within_a_run(text, expected):
    assert indexed_text(text) == expected


def _indexed_text_one_token_at_a_time(text):
    """The definition `indexed_text` computes with array lanes, written plainly."""
    tokens = spaced_cjk(text).split(" ")
    return " ".join(
        token + tokens[i + 1]
        if pairs_with_next(token) and i + 1 < len(tokens) and pairs_with_next(tokens[i + 1])
        else token
        for i, token in enumerate(tokens)
    )


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="园区高新aB1２。 ，\n_é😀中\U00020000ｶ-" + BOUNDARY, max_size=40))
def test_indexed_text_equals_the_plain_definition(text):
    assert indexed_text(text) == _indexed_text_one_token_at_a_time(text)


@pytest.mark.parametrize(
    "term, expected",
    [
        ("园区", '"园区"'),
        ("兴华半导体", '"兴华 华半 半导 导体"'),  # the last character is inside the last pair
        ("园", '"园" *'),  # alone at the end: 园 followed by anything, or by nothing
        ("5G基", '"5 G 基" *'),
        ("基站5G", '"基站 站 5 G"'),  # 站 before a digit is a token of its own in the text too
        ("71.3亿元", f'"7 1 {B} 3 亿元"'),
        ("「高新速度」", '"高新 新速 速度"'),  # quotes around a term are not required in the text
        ("。，", ""),
    ],
)
def test_term_phrase(term, expected):
    assert term_phrase(term) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("园区", '"园区"'),
        ("半导体", '"半导 导体"'),
        (
            "園區",
            '("園區" OR "园区")',
        ),  # traditional: the simplified variant is what the index holds
        ("兴华 半导体", '"兴华" AND "半导 导体"'),  # words are ANDed
        ('"日照 高新区"', f'"日照 照 {B} 高新 新区"'),  # a quoted phrase keeps its separator
        ("", '""'),
        ("   ", '""'),
        ("。，", '""'),
        ('a"b', f'"a {B} b"'),
    ],
)
def test_fts_query(query, expected):
    assert fts_query(query) == expected


def test_query_terms_keeps_quoted_phrases():
    assert query_terms('园区 "日照 高新区" 半导体') == ["园区", "日照 高新区", "半导体"]


@pytest.mark.parametrize(
    "body, simplified, query, expected",
    [
        (
            "日照高新區園區",
            "日照高新区园区",
            "园区",
            "日照高新區⟦園區⟧",
        ),  # shown in the article's own script
        (
            "签约兴华半导体项目",
            "签约兴华半导体项目",
            "半导体 兴华半导体",
            "签约⟦兴华半导体⟧项目",
        ),  # longest hit wins
        ("AI芯片与ai", "AI芯片与ai", "ai", "⟦AI⟧芯片与⟦ai⟧"),
        ("没有命中", "没有命中", "园区", "没有命中"),
    ],
)
def test_snippet_marks_hits(body, simplified, query, expected):
    assert snippet(body, simplified, query) == expected


def test_snippet_cuts_around_first_hit():
    body = "甲" * 100 + "园区" + "乙" * 100
    result = snippet(body, body, "园区", width=5)
    assert result == "…甲甲甲甲甲⟦园区⟧乙乙乙乙乙…"


def test_hit_spans_never_cross_punctuation():
    assert hit_spans("公园。区域，园区", "园区") == [(6, 8)]


def _insert_article(db, id_, text, title=None):
    db["articles"].insert(
        {"id": id_, "path": f"{id_}.txt", "title": title, "content_hash": str(id_)}
    )
    db["article_texts"].insert({"article_id": id_, "body": text, "body_simplified": text})


def _db_with(texts):
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    for i, text in enumerate(texts, 1):
        _insert_article(db, i, text, f"标题{i}")
    index_articles(db)
    return db


def _search(db, query):
    return {
        r[0]
        for r in db.execute(
            f"select rowid from {FTS_TABLE} where {FTS_TABLE} match ?", [fts_query(query)]
        )
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        ("园区", {1, 3}),
        ("半导体", {2, 3}),
        ("兴华半导体", {3}),
        ("華半", {3}),
        ("公园", {4}),
        ("区域", {4}),
        ("园区域", set()),
        ("1.3亿", {2}),
        ("71.3亿元", {2}),
        ("标题4", {4}),  # titles are indexed too
        ("园区 兴华", {3}),
        ("园", {1, 3, 4}),  # one character: a prefix of the pairs
        ("设", {1}),  # one character at the end of a run
        ("华半导", {3}),  # a phrase starting inside a run
        ("亿元", {2}),
        ("1", {1, 2}),  # digits one by one: 71.3 and the title 标题1
    ],
)
def test_index_finds_exactly_the_articles_containing_the_query(query, expected):
    db = _db_with(
        ["日照高新区园区建设", "半导体项目总投资71.3亿元", "园区内兴华半导体投产", "公园。区域绿化"]
    )
    assert _search(db, query) == expected


def test_index_is_readable_by_plain_sqlite(tmp_path):
    db = _db_with(["园区建设"])
    db.conn.execute(f"vacuum into '{tmp_path / 'plain.db'}'")
    conn = sqlite3.connect(tmp_path / "plain.db")  # no plugin, no custom function or tokenizer
    assert conn.execute(
        f"select rowid from {FTS_TABLE} where {FTS_TABLE} match '\"园区\"'"
    ).fetchall() == [(1,)]
    assert conn.execute(
        f"select rowid from {FTS_TABLE} where {FTS_TABLE} match '\"建\" *'"
    ).fetchall() == [(1,)]


def test_index_appends_new_articles_and_rebuilds_after_a_removal():
    db = _db_with(["园区一", "园区二"])
    _insert_article(db, 3, "园区三")
    index_articles(db)
    assert _search(db, "园区") == {1, 2, 3}
    db.execute("delete from articles where id = 2")
    index_articles(db)
    assert _search(db, "园区") == {1, 3}
    assert {r[0] for r in db.execute(f"select rowid from {FTS_TABLE}")} == {1, 3}


def test_index_rebuilds_when_its_rules_changed():
    db = _db_with(["园区一"])
    db.execute(f"drop table {FTS_TABLE}")
    db.execute(
        f"create virtual table {FTS_TABLE} using fts5(title, body, content='')"
    )  # an older layout
    db.execute(f"insert into {FTS_TABLE} (rowid, title, body) values (1, '', '园区一')")
    index_articles(db)
    assert (
        db.execute("select sql from sqlite_master where name = ?", [FTS_TABLE]).fetchone()[0]
        == CREATE_SQL
    )
    assert _search(db, "园区") == {1}


ALPHABET = "园区公半导体兴华1a。，"


@settings(max_examples=80, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=12), min_size=1, max_size=6),
    query=st.text(alphabet="园区公半导体兴华1", min_size=1, max_size=5),
)
def test_search_is_exact_substring_matching(texts, query):
    db = _db_with(texts)
    expected = {i for i, t in enumerate(texts, 1) if query in t or query in f"标题{i}"}
    assert _search(db, query) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("nestle", {1}),
        ("NESTLÉ", {1}),
        ("Café", {2}),
        ("cafe", {2}),
        ("ｌｇ", {3}),
        ("ωmega", {3}),
        ("bmw", set()),
    ],
)
def test_search_folds_case_and_latin_diacritics_as_unicode61_did(query, expected):
    """The ascii tokenizer folds ASCII letters only; fold_case does the rest for both the text
    and the query (a user typing nestle finds 雀巢Nestlé, Ｌｇ finds ＬＧ)."""
    db = _db_with(["雀巢Nestlé在园区投资", "园区新开CAFÉ", "ＬＧ显示与ΩMEGA签约"])
    assert _search(db, query) == expected
