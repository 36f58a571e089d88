import os
from pathlib import Path

import pytest
import pytest_asyncio
from hypothesis import settings
from site_fixture import build_site_db, make_datasette

from etl.build import build

# Property tests explore freely on a developer's machine; under CI they replay a fixed
# sequence (derandomize) with no per-example deadline, so a loaded machine cannot fail them.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    """The site's fixture database (tests/site_fixture.py), one per test module."""
    return build_site_db(tmp_path_factory.mktemp("site") / "parks.db")


@pytest_asyncio.fixture
async def ds(db_path):
    """The site in process on that database, started."""
    datasette = make_datasette(db_path)
    await datasette.invoke_startup()
    return datasette


@pytest.fixture(scope="session")
def built_db(tmp_path_factory):
    """The real corpus in data/raw built once per test session."""
    db_path = tmp_path_factory.mktemp("built") / "parks.db"
    build(ROOT / "data" / "raw", db_path, workers=1)
    return db_path
