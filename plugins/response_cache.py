"""An in-process response cache for a baked, immutable database.

A database served with `-i` answers the same URL with the same bytes until the next
deployment, so a successful GET can be replayed from memory: the metrics table with its
facets, popular searches and canned queries become memory copies instead of a 1M-row
GROUP BY each. This is what a CDN in front of the replicas does, in-process. It stays off
while any attached database is mutable (tests, `datasette serve` without -i).

Identical requests that arrive while the first is still being computed wait for it and
get its bytes (request coalescing, as a CDN does): eight users opening the same new
search at once cost one query, not eight queued behind each other.
Settings (metadata.yml): `plugins: {parks-response-cache: {max_mb: 64, max_entry_kb: 2048}}`.
"""

import asyncio
from collections import OrderedDict

from datasette import hookimpl

DEFAULT_MAX_MB = 64
DEFAULT_MAX_ENTRY_KB = 2048


class ResponseCache:
    """Bytes-bounded LRU of (start message, body) by path and query string."""

    def __init__(self, max_bytes: int, max_entry_bytes: int):
        self.max_bytes, self.max_entry_bytes = max_bytes, max_entry_bytes
        self.entries: OrderedDict = OrderedDict()
        self.size = 0

    def get(self, key):
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    def put(self, key, start: dict, body: bytes):
        if len(body) > self.max_entry_bytes or key in self.entries:
            return
        self.entries[key] = (start, body)
        self.size += len(body)
        while self.size > self.max_bytes:
            _, (_, evicted) = self.entries.popitem(last=False)
            self.size -= len(evicted)


def cacheable(scope) -> bool:
    if scope["type"] != "http" or scope["method"] != "GET":
        return False
    headers = dict(scope.get("headers") or [])
    query = scope.get("query_string", b"")
    # Signed-in users and traces see per-request pages; never replay those.
    return b"cookie" not in headers and b"authorization" not in headers and b"_trace" not in query


@hookimpl
def asgi_wrapper(datasette):
    config = datasette.plugin_config("parks-response-cache") or {}
    cache = ResponseCache(
        int(config.get("max_mb", DEFAULT_MAX_MB)) * 1024 * 1024,
        int(config.get("max_entry_kb", DEFAULT_MAX_ENTRY_KB)) * 1024,
    )

    in_flight: dict = {}  # key -> asyncio.Event set when the first request for it has finished

    def wrap(app):
        async def cached_app(scope, receive, send):
            immutable = all(
                not db.is_mutable for name, db in datasette.databases.items() if name != "_internal"
            )
            if not immutable or not cacheable(scope):
                await app(scope, receive, send)
                return
            key = (scope["path"], scope.get("query_string", b""))
            hit = cache.get(key)
            if hit is None and key in in_flight:
                await in_flight[key].wait()
                hit = cache.get(key)  # still None if that response was an error or too big to keep
            if hit is not None:
                start, body = hit
                await send({**start, "headers": [*start["headers"], (b"x-parks-cache", b"hit")]})
                await send({"type": "http.response.body", "body": body})
                return
            captured = {"start": None, "chunks": [], "size": 0}

            async def capture(message):
                if message["type"] == "http.response.start":
                    captured["start"] = message
                elif message["type"] == "http.response.body" and captured["chunks"] is not None:
                    captured["chunks"].append(message.get("body", b""))
                    captured["size"] += len(message.get("body", b""))
                    if captured["size"] > cache.max_entry_bytes:
                        captured["chunks"] = (
                            None  # a streamed export: pass it through, keep nothing
                        )
                    elif not message.get("more_body") and captured["start"]["status"] == 200:
                        cache.put(key, captured["start"], b"".join(captured["chunks"]))
                await send(message)

            leader = key not in in_flight
            if leader:
                in_flight[key] = asyncio.Event()
            try:
                await app(scope, receive, capture)
            finally:
                if leader:
                    in_flight.pop(key).set()

        return cached_app

    return wrap
