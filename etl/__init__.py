"""parks-warehouse ETL: Chinese industrial-park news → normalized SQLite for Datasette.

One package per stage, data flowing one way (docs/architecture.md):
read (bytes → RawDocument) → clean (→ CleanDocument) → extract (→ Facts) → load (→ SQLite),
driven by etl.build.
"""

import os

# numpy serves element-wise arithmetic here (MinHash, search spacing), never linear algebra. On
# import it starts OpenBLAS's thread pool, one thread per core, with its buffers: 0.1 s and 100 MB
# of memory in every build process. One thread does neither (a user's own setting is kept).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
