"""`make serve`, as a newcomer runs it: a `make build` in another terminal shows on the next page
load, without restarting anything, whether the build changes the database in place or renames a
new file over it."""

import json
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from serving import make_serve

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"


def article_paths(base: str):
    url = f"{base}/parks/articles.json?_shape=array&_col=path&_size=max"
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return {row["path"] for row in json.load(response)}
    except OSError:
        return None  # the server is (re)starting


def wait_for_paths(base: str, expected: set, seconds: float = 60) -> set:
    deadline = time.monotonic() + seconds
    paths = None
    while time.monotonic() < deadline:
        paths = article_paths(base)
        if paths == expected:
            return paths
        time.sleep(0.5)
    return paths


def make(target: str, raw: Path, db: Path, *variables: str) -> list[str]:
    return ["make", "--no-print-directory", "-s", target, f"INPUT={raw}", f"DB={db}", *variables]


@pytest.fixture
def corpus(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    spares = sorted(raw.iterdir())[-2:]
    for spare in spares:
        spare.rename(tmp_path / spare.name)
    return raw, tmp_path / "parks.db", [tmp_path / s.name for s in spares]


def test_a_build_shows_in_the_running_server(corpus):
    raw, db, spares = corpus
    with make_serve(raw, db) as base:
        served = {p.name for p in raw.iterdir()}
        assert wait_for_paths(base, served) == served
        # The newcomer's path: add a file, `make build` (in place, one transaction), reload.
        shutil.copy(spares[0], raw / spares[0].name)
        subprocess.run(make("build", raw, db), cwd=ROOT, check=True, capture_output=True)
        served.add(spares[0].name)
        assert wait_for_paths(base, served) == served
        # A full build writes a new file and renames it over the served one.
        inode = db.stat().st_ino
        shutil.copy(spares[1], raw / spares[1].name)
        full = [sys.executable, "-m", "etl", "build", "--input", str(raw), "--db", str(db)]
        subprocess.run([*full, "--full", "--quiet"], cwd=ROOT, check=True, capture_output=True)
        assert db.stat().st_ino != inode
        served.add(spares[1].name)
        assert wait_for_paths(base, served) == served
