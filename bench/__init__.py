"""Benchmarks of parks-warehouse, outside the product's import graph: `python -m bench`.

corpus.py generates a synthetic corpus and times the build against its floor; loadtest.py loads
a database of a million metric rows into Datasette; same_rows.py dumps every table built from
the reference corpora, to show a refactoring changed no row.
"""
