"""parks-warehouse ETL: Chinese industrial-park news → normalized SQLite for Datasette.

Stages, one module each, data flowing one way:
read (bytes → RawDocument) → clean (→ CleanDocument) → extract (→ Facts) → load (→ SQLite).
"""

# Bump when extraction rules change: the incremental build re-processes every
# file whose recorded extractor version differs.
EXTRACTOR_VERSION = "0.3.0"
