"""The response cache replays pages of an immutable database and stays off otherwise."""

from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette
from site_fixture import build_site_db

ROOT = Path(__file__).resolve().parent.parent
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))


def make(db_path, immutable):
    return Datasette(
        [] if immutable else [str(db_path)],
        immutables=[str(db_path)] if immutable else [],
        metadata=METADATA,
        plugins_dir=str(ROOT / "plugins"),
        template_dir=str(ROOT / "templates"),
    )


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_site_db(tmp_path_factory.mktemp("cache") / "parks.db")


@pytest.mark.asyncio
async def test_immutable_database_pages_are_replayed(db_path):
    ds = make(db_path, immutable=True)
    first = await ds.client.get("/parks/metrics?_facet=measure")
    second = await ds.client.get("/parks/metrics?_facet=measure")
    assert first.status_code == second.status_code == 200
    assert "x-parks-cache" not in first.headers and second.headers["x-parks-cache"] == "hit"
    assert first.content == second.content
    other = await ds.client.get("/parks/metrics?_facet=normalized_unit")
    assert "x-parks-cache" not in other.headers


@pytest.mark.asyncio
async def test_mutable_database_and_signed_requests_are_never_cached(db_path):
    ds = make(db_path, immutable=False)
    await ds.client.get("/parks/metrics")
    assert "x-parks-cache" not in (await ds.client.get("/parks/metrics")).headers
    immutable = make(db_path, immutable=True)
    await immutable.client.get("/parks/articles", cookies={"ds_actor": "x"})
    again = await immutable.client.get("/parks/articles", cookies={"ds_actor": "x"})
    assert "x-parks-cache" not in again.headers


@pytest.mark.asyncio
async def test_identical_concurrent_requests_are_computed_once(db_path):
    import asyncio

    ds = make(db_path, immutable=True)
    traced = []
    await ds.invoke_startup()
    database = ds.get_database("parks")
    original = database.execute

    async def counting_execute(sql, *args, **kwargs):
        traced.append(sql)
        await asyncio.sleep(0.01)  # keep the first request in flight while the others arrive
        return await original(sql, *args, **kwargs)

    database.execute = counting_execute
    url = "/parks/metrics?_facet=park_id&_size=5"

    def facet_queries():
        return sum("park_id as value" in sql for sql in traced)

    await ds.client.get(url + "&_probe=1")
    per_page = facet_queries()
    assert per_page > 0
    responses = await asyncio.gather(*(ds.client.get(url) for _ in range(6)))
    assert all(r.status_code == 200 for r in responses)
    assert len({r.content for r in responses}) == 1
    assert facet_queries() == 2 * per_page  # one computation for six identical requests
    assert sum("x-parks-cache" in r.headers for r in responses) == 5


@pytest.mark.asyncio
async def test_errors_are_not_cached(db_path):
    ds = make(db_path, immutable=True)
    assert (await ds.client.get("/parks/no_such_table")).status_code == 404
    assert "x-parks-cache" not in (await ds.client.get("/parks/no_such_table")).headers
