"""The knowledge files: where `data/*.yml` are, and each read once per process.

From a checkout they are the curator's `data/` beside the package; from an installed wheel,
the same files shipped as package data in `etl/data/`.
"""

import csv
from functools import cache
from pathlib import Path

import yaml


def data_dir_for(package_dir: Path) -> Path:
    installed = package_dir / "data"
    return installed if installed.is_dir() else package_dir.parent / "data"


DATA_DIR = data_dir_for(Path(__file__).resolve().parent)


# libyaml's safe loader parses the gazetteers ten times faster than the pure-Python one, which
# is most of the start-up of a rebuild that finds one changed file; same documents either way.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_yaml(name: str):
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return yaml.load(f, Loader=SAFE_LOADER)


@cache
def load_csv(name: str) -> tuple[dict, ...]:
    """A data/*.csv table (a list imported from a public source) as rows of strings."""
    with open(DATA_DIR / name, encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def measures() -> list[dict]:
    """Rows for the `measures` table: code, label_zh, label_en, description."""
    return [
        {key: entry.get(key) for key in ("code", "label_zh", "label_en", "description")}
        for entry in load_yaml("measures.yml")["measures"]
    ]
