"""The response cache replays pages of an immutable database and stays off otherwise."""

from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette

from site_fixture import build_site_db

ROOT = Path(__file__).resolve().parent.parent
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))


def make(db_path, immutable):
    return Datasette([] if immutable else [str(db_path)], immutables=[str(db_path)] if immutable else [],
                     metadata=METADATA, plugins_dir=str(ROOT / "plugins"), template_dir=str(ROOT / "templates"))


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
async def test_errors_are_not_cached(db_path):
    ds = make(db_path, immutable=True)
    assert (await ds.client.get("/parks/no_such_table")).status_code == 404
    assert "x-parks-cache" not in (await ds.client.get("/parks/no_such_table")).headers
