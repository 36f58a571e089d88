"""Chinese search in Datasette's own search box and in canned queries.

Datasette builds `?_search=` as `match escape_fts(:search)`, and registers
`escape_fts` itself in a prepare_connection hook. This hook runs after it
(`trylast=True`) and replaces the function with `etl.search.fts_query`, which
converts the query to simplified script and spaces it the way the index was
built. Canned queries call the explicit names:

- `cjk_fts_query(q)`: the MATCH expression for q ('""' matches nothing for an empty q);
- `cjk_snippet(body, body_simplified, q)`: an excerpt with hits between ⟦ and ⟧;
- `cjk_hits(body_simplified, q)`: how many times q occurs;
- `cjk_simplified(text)`: text in simplified script, so a parameter typed in
  traditional script matches simplified names (日照高新區 → 日照高新区).

On HTML pages the ⟦ ⟧ markers of a `snippet` column become <mark>; CSV and JSON keep them;
templates get the same as the `cjk_snippet` filter.
An empty search box (`?_search=`) means no search, as users expect, instead of "match nothing".
"""

import re
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from markupsafe import Markup, escape

from etl.load.search import (
    MARK_END,
    MARK_START,
    fts_query,
    hit_spans,
    snippet,
    to_simplified,
)

_MARKED = re.compile(re.escape(MARK_START) + "(.*?)" + re.escape(MARK_END), re.S)


def _snippet(body, body_simplified, query):
    return snippet(body or "", body_simplified or "", query or "")


def _hits(text, query):
    return len(hit_spans(text or "", query or ""))


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, lambda q: fts_query(q or ""), deterministic=True)
    conn.create_function("cjk_fts_query", 1, lambda q: fts_query(q or ""), deterministic=True)
    conn.create_function("cjk_snippet", 3, _snippet, deterministic=True)
    conn.create_function("cjk_hits", 2, _hits, deterministic=True)
    conn.create_function(
        "cjk_simplified", 1, lambda text: to_simplified(text) if text else text, deterministic=True
    )


def mark_snippet(value: str) -> Markup:
    """Escape the snippet, then turn its ⟦hit⟧ markers into <mark>hit</mark>."""
    escaped = str(
        escape(value)
    )  # markers survive escaping; the text between them is escaped already
    return Markup(_MARKED.sub(r"<mark>\1</mark>", escaped))


@hookimpl
def prepare_jinja2_environment(env):
    """`{{ body|cjk_snippet(body_simplified, query) }}`: a marked, escaped snippet for templates."""
    env.filters["cjk_snippet"] = lambda body, body_simplified, query: mark_snippet(
        _snippet(body, body_simplified, query)
    )


@hookimpl
def extra_template_vars(view_name, table, database, datasette):
    """`article_snippets(ids, query)` for the articles table page: the text lives in
    `article_texts`, so the page's own rows (a few hundred bytes each) carry none."""
    if view_name != "table" or table != "articles":
        return {}

    async def article_snippets(display_rows, query):
        """{article id as text: marked snippet} for the rows on the page."""
        ids = [
            int(cell["raw"])
            for row in display_rows
            for cell in row
            if cell["column"] == "id" and str(cell["raw"]).isdigit()
        ]
        if not ids or not query:
            return {}
        result = await datasette.get_database(database).execute(
            f"select article_id, body, body_simplified from article_texts"
            f" where article_id in ({', '.join('?' * len(ids))})",
            ids,
        )
        return {str(row[0]): mark_snippet(_snippet(row[1], row[2], query)) for row in result.rows}

    return {"article_snippets": article_snippets}


@hookimpl
def render_cell(value, column):
    if column == "snippet" and isinstance(value, str) and MARK_START in value:
        return mark_snippet(value)
    return None


def without_blank_search(query_string: str) -> str:
    """The query string minus any blank `_search` / `_search_<column>` argument."""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    kept = [
        (k, v)
        for k, v in pairs
        if not (k.startswith("_search") and k != "_searchmode" and not v.strip())
    ]
    return query_string if len(kept) == len(pairs) else urlencode(kept)


@hookimpl
def asgi_wrapper():
    def wrap(app):
        async def drop_blank_search(scope, receive, send):
            if scope.get("type") == "http" and b"_search" in scope.get("query_string", b""):
                query_string = scope["query_string"].decode("utf-8", "replace")
                cleaned = without_blank_search(query_string)
                if cleaned != query_string:
                    scope = {**scope, "query_string": cleaned.encode("utf-8")}
            await app(scope, receive, send)

        return drop_blank_search

    return wrap
