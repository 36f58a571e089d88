"""Hostile input and hostile clients (issue 16, Datasette part), replayed against the real app in
process: search queries that must never reach FTS5 as a syntax error, ordinary mistakes that must
answer 4xx instead of 500, oversized query strings, and SQL functions that must not be callable."""

import sqlite3

import pytest
import pytest_asyncio
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st
from site_fixture import build_site_db
from test_datasette import make_datasette

from etl.load.schema import ensure_db_shape
from etl.load.search import FTS_TABLE, fts_query, index_articles


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_site_db(tmp_path_factory.mktemp("hostile") / "parks.db")


@pytest_asyncio.fixture
async def ds(db_path):
    datasette = make_datasette(db_path)
    await datasette.invoke_startup()
    return datasette


# Search: the rewriter never emits invalid FTS5 ------------------------------------------------

_FTS = sqlite3.connect(":memory:")
_FTS.execute("create virtual table t using fts5(body, content='', tokenize='unicode61')")
_FTS.execute("insert into t (rowid, body) values (1, '兴华 华半 半导 导体 体')")

# FTS5's own syntax, both scripts, Latin, digits, punctuation, whitespace and control characters.
QUERY_ALPHABET = st.sampled_from(
    list("\"()*^:+-.,;{}[]~!?#\\/'")
    + list(" \t\n\u3000\x00\x01")
    + list("兴華华半导体軟體软件园區区經開开")
    + list("aAzZ09ANDORNOTNEAR")
    + ["AND", "OR", "NOT", "NEAR", "NEAR(", "title:", "body:", "{title}"]
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.lists(QUERY_ALPHABET, max_size=20).map("".join), st.text(max_size=30)))
def test_every_rewritten_query_is_valid_fts5(query):
    _FTS.execute("select rowid from t where t match ?", [fts_query(query)]).fetchall()


@pytest.mark.parametrize(
    "query", ["經開區 软件", "兴華 半导体", "軟體 园区", "園區 5G", "(園區) OR", '"軟體" NEAR(']
)
def test_mixed_script_queries_are_valid_fts5(query):
    _FTS.execute("select rowid from t where t match ?", [fts_query(query)]).fetchall()


def _db_with(texts):
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    for i, text in enumerate(texts, 1):
        db["articles"].insert({"id": i, "path": f"{i}.txt", "title": "", "content_hash": str(i)})
        db["article_texts"].insert({"article_id": i, "body": text, "body_simplified": text})
    index_articles(db)
    return db


@pytest.mark.parametrize(
    "query, expected",
    [
        ("兴華 半导体", {1}),
        ("軟體 园区", {2}),
        ("經開區 软件", {3}),
        ("園區 5G", {2}),
        ("半導體 AND", set()),  # the user's AND is a word to find, not an operator
    ],
)
def test_mixed_script_searches_find_the_right_articles(query, expected):
    db = _db_with(
        ["山东兴华半导体投产", "园区软件企业建设5G基站", "经开区软件园开工", "半导体园区"]
    )
    found = {
        row[0]
        for row in db.execute(
            f"select rowid from {FTS_TABLE} where {FTS_TABLE} match ?", [fts_query(query)]
        )
    }
    assert found == expected


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    [
        "/parks/search.json?q=兴華%20半导体&_shape=array",
        "/parks/articles.json?_search=兴華%20半导体&_shape=array",
    ],
)
async def test_mixed_script_search_pages_answer_with_the_articles(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text[:300]
    assert {row.get("article_id", row.get("id")) for row in response.json()} == {1, 2}
