"""Excel-friendly CSV: the same CSV with a UTF-8 byte-order mark, so Excel shows Chinese.

Any `.csv` URL with `_bom=1` gets the BOM (streamed exports too: `?_stream=on&_bom=1`).
The `csvbom` link Datasette lists under "This data as" redirects to that URL as a
download, all rows for tables and views unless the URL asks for `_size` rows.
"""

from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.utils.asgi import Response

BOM = "\ufeff".encode("utf-8")


def bom_url(path: str, query_string: str, is_table: bool) -> str:
    """The .csv URL for a .csvbom request, keeping every filter argument and `_size` (streaming
    would ignore `_size`, so a sized table export is not streamed)."""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    args = [(k, v) for k, v in pairs if k not in ("_bom", "_dl", "_stream")]
    stream = is_table and not any(k == "_size" for k, _ in pairs)
    args += [("_bom", "1"), ("_dl", "1")] + ([("_stream", "on")] if stream else [])
    return path[: -len(".csvbom")] + ".csv?" + urlencode(args)


async def render_csvbom(request, table, view_name):
    return Response.redirect(
        bom_url(request.path, request.query_string, bool(table) and view_name == "table")
    )


@hookimpl
def register_output_renderer():
    return {"extension": "csvbom", "render": render_csvbom}


def _wants_bom(scope) -> bool:
    if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
        return False
    return ("_bom", "1") in parse_qsl(scope.get("query_string", b"").decode("latin-1"))


@hookimpl
def asgi_wrapper():
    def wrap(app):
        async def add_bom(scope, receive, send):
            if not _wants_bom(scope):
                await app(scope, receive, send)
                return
            first_body = True

            async def send_with_bom(message):
                nonlocal first_body
                if message["type"] == "http.response.start":
                    headers = [
                        (k, v)
                        for k, v in message.get("headers", [])
                        if k.lower() != b"content-length"
                    ]
                    message = {**message, "headers": headers}
                elif message["type"] == "http.response.body" and first_body:
                    first_body = False
                    message = {**message, "body": BOM + message.get("body", b"")}
                await send(message)

            await app(scope, receive, send_with_bom)

        return add_bom

    return wrap
