"""/robots.txt: crawlers are kept out unless the site says otherwise.

A baked-data site with thousands of facet and filter URLs is a crawler trap.
To allow crawling, set in metadata.yml: `plugins: {parks-robots: {allow: true}}`.
"""

from datasette import hookimpl
from datasette.utils.asgi import Response


async def robots_txt(datasette):
    config = datasette.plugin_config("parks-robots") or {}
    rule = "Allow: /" if config.get("allow") else "Disallow: /"
    return Response.text(f"User-agent: *\n{rule}\n")


@hookimpl
def register_routes():
    return [(r"^/robots\.txt$", robots_txt)]
