"""parks-warehouse ETL: Chinese industrial-park news → normalized SQLite for Datasette.

Stages, one module each, data flowing one way:
read (bytes → RawDocument) → clean (→ CleanDocument) → extract (→ Facts) → load (→ SQLite).
"""

import hashlib
from pathlib import Path

__version__ = "0.3.0"

_HERE = Path(__file__).resolve().parent
# What decides an article's rows: the stage modules and the knowledge files they read.
RULE_FILES = [
    *(_HERE / f"{name}.py" for name in ("read", "clean", "script", "extract", "entities", "metrics",
                                        "numbers", "periods", "dedupe", "model")),
    *sorted(p for p in (_HERE.parent / "data").glob("*.yml") if p.name != "bench_names.yml"),
]


def rules_digest(paths=RULE_FILES) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# The incremental build re-processes every file whose recorded version differs, so a curator's
# edit of data/parks.yml or a rule change reaches every article without anyone bumping a number.
EXTRACTOR_VERSION = f"{__version__}+{rules_digest()}"
