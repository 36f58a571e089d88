"""Reference data shared by the stages: the measures list and the park gazetteer.

Read once per process; `warm_up` also builds the heavy per-process resources
(OpenCC converter, compiled rule tables) so a worker pays for them before its
first file, not inside it.
"""

from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


# libyaml's safe loader parses the gazetteers ten times faster than the pure-Python one, which
# is most of the start-up of a rebuild that finds one changed file; same documents either way.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load_yaml(name: str):
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return yaml.load(f, Loader=SAFE_LOADER)


def measures() -> list[dict]:
    """Rows for the `measures` table: code, label_zh, label_en, description."""
    return [
        {key: entry.get(key) for key in ("code", "label_zh", "label_en", "description")}
        for entry in load_yaml("measures.yml")["measures"]
    ]


def park_gazetteer() -> list[dict]:
    from .entities import load_park_gazetteer

    return load_park_gazetteer()


def warm_up() -> None:
    from . import clean, entities, metrics  # noqa: F401 - importing compiles their tables

    for module in (clean, entities, metrics):
        hook = getattr(module, "warm_up", None)
        if hook:
            hook()
    park_gazetteer()
    measures()
