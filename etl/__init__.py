"""parks-warehouse ETL: Chinese industrial-park news → normalized SQLite for Datasette.

One package per stage, data flowing one way (docs/architecture.md):
read (bytes → RawDocument) → clean (→ CleanDocument) → extract (→ Facts) → load (→ SQLite),
driven by etl.build.
"""
