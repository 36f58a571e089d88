from pathlib import Path

import pytest

from etl.build import build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_db(tmp_path_factory):
    """The real corpus in data/raw built once per test session."""
    db_path = tmp_path_factory.mktemp("built") / "parks.db"
    build(ROOT / "data" / "raw", db_path, workers=1)
    return db_path
