"""Load stage: Facts → SQLite.

schema.py declares every table, index and view once; writer.py batches an article's rows into
them; search.py keeps the Chinese full-text index (and rewrites a reader's query for it);
dedupe.py finds the reposts that must not be stored twice.
"""
