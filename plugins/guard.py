"""A guard in front of Datasette: ordinary mistakes and hostile requests get a clear 4xx at once.

- The site is read-only: a method other than GET, HEAD or OPTIONS is answered 405 (Datasette 0.65
  answers a POST to a table or a canned query that is not writable with a 500).
- A query string over MAX_QUERY_BYTES is answered 414, one of more than MAX_PARAMETERS arguments
  400, before Datasette parses it: 0.65 re-parses the query string once per argument, so 4,000
  arguments took 20 s of the event loop and stalled every other client.
- Debug pages (/-/threads, /-/actor, /-/permissions …) are not served.
- A sort by a column the table does not have, a `_facet…={` argument that is not JSON, a bad
  `_next`, `_timelimit` or `_through` is a 400 (Datasette 0.65 raises each as a 500).
- `fts3_tokenizer` (which hands out a C pointer) and `load_extension` are not callable from SQL.
- Ad hoc SQL (`?sql=`) runs one query at a time per client (429 for a second) and at most
  MAX_SQL_AT_ONCE at once (503): Datasette 0.65 has three SQL threads, and three clients' 3-second
  queries stalled every other page for 3 s. One thread stays free for the pages everybody reads.
"""

import json
import re
import sqlite3
from urllib.parse import parse_qsl

from datasette import hookimpl
from datasette.handle_exception import handle_exception as default_handle_exception
from datasette.views.base import DatasetteError

MAX_QUERY_BYTES = 8 * 1024
MAX_PARAMETERS = 200
READ_METHODS = {"GET", "HEAD", "OPTIONS"}
DEBUG_PAGES = re.compile(r"^/-/(threads|actor|permissions|allow-debug|messages|patterns)(\.json)?$")
DENIED_SQL_FUNCTIONS = {"fts3_tokenizer", "load_extension"}
MAX_SQL_AT_ONCE = 2  # of Datasette's 3 SQL threads (num_sql_threads)
MAX_SQL_PER_CLIENT = 1
RETRY_AFTER_SECONDS = 3  # sql_time_limit_ms: a query running now is over by then
AD_HOC_SQL = re.compile(rb"(?:^|&)sql=")


def refusal(scope) -> tuple[int, str] | None:
    """(status, message) for a request the guard answers itself, or None to pass it on."""
    method = scope.get("method", "GET")
    if method not in READ_METHODS:
        return 405, f"Method {method} not allowed: this site is read-only (GET only)."
    query_string = scope.get("query_string", b"")
    if len(query_string) > MAX_QUERY_BYTES:
        return 414, f"Query string too long: at most {MAX_QUERY_BYTES:,} bytes."
    if query_string.count(b"&") >= MAX_PARAMETERS:
        return 400, f"Too many query parameters: at most {MAX_PARAMETERS}."
    if DEBUG_PAGES.match(scope.get("path", "")):
        return 404, "Not found: debug pages are off on this site."
    if b"_timelimit" in query_string or b"_through" in query_string:
        return _bad_argument(parse_qsl(query_string.decode("utf-8", "replace")))
    return None


def _bad_argument(pairs) -> tuple[int, str] | None:
    """Datasette 0.65 reads `_timelimit` with int() and `_through` with json.loads unchecked."""
    for key, value in pairs:
        if key == "_timelimit" and not value.isdigit():
            return 400, "Invalid _timelimit: a whole number of milliseconds."
        if key == "_through":
            try:
                through = json.loads(value)
            except ValueError:
                through = None
            if not isinstance(through, dict) or not {"table", "column", "value"} <= set(through):
                return 400, 'Invalid _through: JSON like {"table": …, "column": …, "value": …}.'
    return None


class SqlSlots:
    """Who is running ad hoc SQL now: a client may run MAX_SQL_PER_CLIENT queries, everybody
    together MAX_SQL_AT_ONCE."""

    def __init__(self):
        self.by_client = {}

    def refusal(self, client) -> tuple[int, str] | None:
        if self.by_client.get(client, 0) >= MAX_SQL_PER_CLIENT:
            return 429, "Too many queries: one SQL query at a time, retry when yours has finished."
        if sum(self.by_client.values()) >= MAX_SQL_AT_ONCE:
            return 503, "Busy: other SQL queries are running, retry in a few seconds."
        return None

    def take(self, client) -> None:
        self.by_client[client] = self.by_client.get(client, 0) + 1

    def give_back(self, client) -> None:
        self.by_client[client] -= 1
        if not self.by_client[client]:
            del self.by_client[client]


async def _answer(send, status: int, message: str) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8")]
    if status == 405:
        headers.append((b"allow", b"GET, HEAD, OPTIONS"))
    if status in (429, 503):
        headers.append((b"retry-after", str(RETRY_AFTER_SECONDS).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": (message + "\n").encode("utf-8")})


@hookimpl(trylast=True)  # applied last, so it is the outermost wrapper and runs first
def asgi_wrapper():
    def wrap(app):
        slots = SqlSlots()

        async def guard(scope, receive, send):
            refused = refusal(scope) if scope.get("type") == "http" else None
            if refused:
                await _answer(send, *refused)
                return
            if scope.get("type") != "http" or not AD_HOC_SQL.search(scope.get("query_string", b"")):
                await app(scope, receive, send)
                return
            client = (scope.get("client") or ("?",))[0]
            refused = slots.refusal(client)
            if refused:
                await _answer(send, *refused)
                return
            slots.take(client)
            try:
                await app(scope, receive, send)
            finally:
                slots.give_back(client)

        return guard

    return wrap


@hookimpl
def handle_exception(datasette, request, exception):
    """Datasette's own error page, as a 400, for a user's mistake that Datasette lets become a 500."""
    if isinstance(exception, DatasetteError) and exception.message.startswith("Cannot sort"):
        message, title = exception.message + ": no such sortable column.", "Invalid sort"
    elif isinstance(exception, json.JSONDecodeError) and any(
        key.startswith("_facet") and value.startswith("{")
        for key in request.args
        for value in request.args.getlist(key)
    ):
        message, title = f"Invalid facet: a _facet argument is not valid JSON ({exception})", None
    elif (
        isinstance(exception, ValueError)
        and str(exception).startswith("invalid literal for int()")
        and "_next" in request.args
    ):
        message, title = "Invalid _next: use the next link of the page before.", None
    else:
        return None
    return default_handle_exception(
        datasette, request, DatasetteError(message, title=title, status=400)
    )


def _authorize(action, arg1, arg2, database, source):
    """SQLite's authorizer: deny a call of a denied function at prepare time ("not authorized")."""
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_SQL_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn):
    conn.set_authorizer(_authorize)
