"""Hostile input and hostile clients (issue 16, Datasette part), replayed against the real app in
process: search queries that must never reach FTS5 as a syntax error, ordinary mistakes that must
answer 4xx instead of 500, oversized query strings, and SQL functions that must not be callable."""

import csv
import io
import sqlite3
import time

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.load.schema import ensure_db_shape
from etl.load.search import FTS_TABLE, fts_query, index_articles

# Search: the rewriter never emits invalid FTS5 ------------------------------------------------

_FTS = sqlite3.connect(":memory:")
_FTS.execute("create virtual table t using fts5(body, content='', tokenize='ascii')")
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


# Ordinary mistakes: a clear 4xx, never a 500 -------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path, status, message",
    [
        ("/parks/articles?_facet_one_pass=x", 400, "Cannot facet by x"),
        ("/parks/articles.json?_facet_one_pass=x", 400, "Cannot facet by x"),
        ("/parks/articles?_facet_one_pass=%7B%22a%22:1%7D", 400, "Invalid one_pass facet"),
        ("/parks/articles?_facet_one_pass=%7Bbad", 400, "not valid JSON"),
        ("/parks/articles?_facet_year=nope", 400, "Cannot facet by nope"),
        ("/parks/metrics?_sort=nope", 400, "Cannot sort table by nope"),
        ("/parks/metrics.json?_sort_desc=nope", 400, "Cannot sort table by nope"),
    ],
)
async def test_bad_facets_and_sorts_are_a_400_that_says_why(ds, path, status, message):
    response = await ds.client.get(path)
    assert response.status_code == status, response.text[:300]
    assert message in response.text


@pytest.mark.asyncio
async def test_a_one_pass_facet_from_the_url_counts_a_real_column(ds):
    data = (await ds.client.get("/parks/articles.json?_facet_one_pass=script")).json()
    assert {v["value"] for v in data["facet_results"]["script"]["results"]} >= {"traditional"}


@pytest.mark.asyncio
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
@pytest.mark.parametrize("path", ["/parks/search", "/parks/articles", "/parks/articles/1", "/"])
async def test_writes_to_a_read_only_site_are_a_405(ds, method, path):
    response = await getattr(ds.client, method)(path)
    assert response.status_code == 405
    assert "read-only" in response.text


def test_no_canned_query_is_writable():
    from test_datasette import QUERIES

    assert not [name for name, query in QUERIES.items() if query.get("write")]


# Oversized query strings: answered at once, before Datasette parses them ----------------------


@pytest.mark.asyncio
async def test_many_parameters_are_refused_at_once(ds):
    start = time.perf_counter()
    response = await ds.client.get("/parks/articles?" + "&".join(f"a{i}=1" for i in range(4000)))
    assert response.status_code == 414
    assert time.perf_counter() - start < 0.5
    short = await ds.client.get("/parks/articles?" + "&".join("a=" for _ in range(300)))
    assert short.status_code == 400
    assert "Too many query parameters" in short.text
    assert (await ds.client.get("/parks/articles?" + "&".join("a=" for _ in range(50)))).is_success


@pytest.mark.asyncio
async def test_a_megabyte_query_string_is_a_414(ds):
    """Straight to the ASGI app: httpx itself refuses a URL this long."""
    messages = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        messages.append(message)

    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/parks/articles",
        "raw_path": b"/parks/articles",
        "root_path": "",
        "query_string": b"q=" + b"x" * 1_000_000,
        "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 1234),
        "server": ("localhost", 80),
    }
    await ds.app()(scope, receive, send)
    assert messages[0]["status"] == 414


# Hardening -----------------------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "sql",
    [
        "select hex(fts3_tokenizer('simple'))",
        "select fts3_tokenizer('simple', x'00')",
        "select load_extension('x')",
        "select load_extension('x', 'y')",
    ],
)
async def test_dangerous_sql_functions_are_not_callable(ds, sql):
    response = await ds.client.get("/parks.json", params={"sql": sql})
    assert response.status_code == 400
    function = "fts3_tokenizer" if "fts3_tokenizer" in sql else "load_extension"
    assert response.json()["error"] == f"not authorized to use function: {function}"
    assert not response.json()["rows"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path", ["/-/threads", "/-/threads.json", "/-/actor.json", "/-/permissions", "/-/messages"]
)
async def test_debug_pages_are_off(ds, path):
    assert (await ds.client.get(path)).status_code == 404


@pytest.mark.asyncio
async def test_csvbom_redirect_keeps_size(ds):
    redirect = await ds.client.get("/parks/articles.csvbom?_size=2&script=simplified")
    location = redirect.headers["location"]
    assert "_size=2" in location and "script=simplified" in location and "_stream" not in location
    rows = list(csv.reader(io.StringIO((await ds.client.get(location)).text.lstrip("\ufeff"))))
    assert len(rows) == 1 + 2


# A crawl: every table, view and canned query with bad arguments added; no 500 ---------------

BAD_ARGUMENTS = [
    "_sort=nope",
    "_sort_desc=nope",
    "_facet=nope",
    "_facet_one_pass=nope",
    "_facet_year=%7Bbad",
    "_size=abc",
    "_next=zzz",
    "_next=1,2,3",
    "_timelimit=abc",
    "_through=%7B%7D",
    "_through=%7Bbad",
    "_search=%22(%E5%9C%92%E5%8D%80%20OR",
    "q=%22%28%20NEAR",
    "id__gt=abc",
]


@pytest.mark.asyncio
@pytest.mark.parametrize("argument", BAD_ARGUMENTS)
async def test_no_page_answers_a_bad_argument_with_a_500(ds, argument):
    from test_datasette import QUERIES

    database = ds.get_database("parks")
    pages = await database.table_names() + await database.view_names() + list(QUERIES)
    failures = []
    for page in pages:
        for suffix in ("", ".json"):
            response = await ds.client.get(f"/parks/{page}{suffix}?{argument}")
            if response.status_code >= 500:
                failures.append(f"/parks/{page}{suffix}?{argument}")
    assert not failures


SLOW_SQL = (
    "with recursive c(x) as (select 1 union all select x + 1 from c where x < 2500000)"
    " select count(*) from c"
)


async def _get_as(app, client_ip, path):
    """A GET through one ASGI app as a client at `client_ip` (httpx's ASGI client is one)."""
    import httpx

    transport = httpx.ASGITransport(app=app, client=(client_ip, 1234))
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
        start = time.perf_counter()
        response = await client.get(path, timeout=30)
        return response, time.perf_counter() - start


@pytest.mark.asyncio
async def test_one_client_runs_one_ad_hoc_query_at_a_time_and_pages_stay_quick(ds):
    import asyncio
    from urllib.parse import quote

    app, slow = ds.app(), f"/parks.json?sql={quote(SLOW_SQL)}"
    first, second, page = await asyncio.gather(
        _get_as(app, "10.0.0.1", slow),
        _get_as(app, "10.0.0.1", slow + "&_shape=array"),
        _get_as(app, "10.0.0.9", "/parks/articles.json?_shape=array&_size=1"),
    )
    statuses = sorted([first[0].status_code, second[0].status_code])
    assert statuses == [200, 429]  # the same client's second query waits its turn
    refused = first[0] if first[0].status_code == 429 else second[0]
    assert refused.headers["retry-after"] == "3"
    assert page[0].status_code == 200
    ran = first if first[0].status_code == 200 else second
    assert page[1] < ran[1]  # a reader's page did not wait for the query


@pytest.mark.asyncio
async def test_ad_hoc_queries_at_once_are_capped_so_a_thread_stays_free(ds):
    import asyncio
    from urllib.parse import quote

    app, slow = ds.app(), f"/parks.json?sql={quote(SLOW_SQL)}"
    results = await asyncio.gather(*(_get_as(app, f"10.0.1.{i}", slow) for i in range(3)))
    assert sorted(r.status_code for r, _ in results) == [200, 200, 503]
    again, _ = await _get_as(app, "10.0.1.7", slow)
    assert again.status_code == 200  # the slots are given back when a query ends
