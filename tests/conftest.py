import os
from pathlib import Path

import pytest
from hypothesis import settings

from etl.build import build

# Property tests explore freely on a developer's machine; under CI they replay a fixed
# sequence (derandomize) with no per-example deadline, so a loaded machine cannot fail them.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_db(tmp_path_factory):
    """The real corpus in data/raw built once per test session."""
    db_path = tmp_path_factory.mktemp("built") / "parks.db"
    build(ROOT / "data" / "raw", db_path, workers=1)
    return db_path
