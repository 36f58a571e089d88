"""The build end to end on the real corpus: accounting, idempotency, incremental and atomic rebuilds."""

import gc
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from etl import build as build_module
from etl.build import build
from etl.load import search

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"

CONTENT_TABLES = [
    "articles",
    "metrics",
    "parks",
    "park_aliases",
    "companies",
    "company_aliases",
    "article_parks",
    "article_companies",
    "company_parks",
    "sub_parks",
    "article_sub_parks",
    "duplicates",
    "ingest_errors",
    "sources",
    "measures",
]


def snapshot(db_path):
    db = sqlite_utils.Database(db_path)
    return {
        table: [tuple(r) for r in db.execute(f"select * from [{table}] order by 1, 2")]
        for table in CONTENT_TABLES
    }


def copy_corpus(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return raw


def add_copies(raw, count):
    """`count` copies of one article: work for a build, all duplicates of one canonical."""
    for i in range(count):
        shutil.copy(raw / "003_2db5ca5c603bf9af.txt", raw / f"copy_{i:04}.txt")


def start_build(raw, db_path, *options):
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "etl",
            "build",
            "--input",
            str(raw),
            "--db",
            str(db_path),
            "--workers",
            "1",
            *options,
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def kill(process):
    assert process.poll() is None, "the build finished before it could be killed: add more files"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def test_every_file_accounted_for(tmp_path):
    raw = copy_corpus(tmp_path)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.bin").write_bytes(bytes(range(256)) * 64)
    summary = build(raw, tmp_path / "parks.db", workers=1)
    db = sqlite_utils.Database(tmp_path / "parks.db")
    files = {p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file()}
    articles = {r["path"] for r in db["articles"].rows}
    duplicates = {r["path"] for r in db["duplicates"].rows}
    errors = {r["path"] for r in db["ingest_errors"].rows}
    assert articles | duplicates | errors == files
    assert not (articles & duplicates) and not (articles & errors) and not (duplicates & errors)
    assert errors == {"empty.txt", "binary.bin"}
    assert len(articles) == 5
    assert summary.articles == 5 and summary.errors == 2 and summary.files_seen == 7
    for row in db["articles"].rows:
        assert row["title"] or row["path"].startswith("001"), row["path"]
        assert (
            db.execute("select count(*) from metrics where article_id = ?", [row["id"]]).fetchone()[
                0
            ]
            > 0
        )
    # Every quote is the verbatim span its offsets point at.
    bad = list(
        db.query("""
        select metrics.id from metrics join article_texts as texts on texts.article_id = metrics.article_id
        where substr(texts.body, metrics.char_start + 1, metrics.char_end - metrics.char_start) != metrics.quote""")
    )
    assert bad == []
    # The planner leaves a new file's hash to the worker that reads it: every file's row,
    # article or error, still carries the sha256 of its bytes.
    hashes = {r["path"]: r["content_hash"] for r in db["files"].rows}
    assert hashes == {path: hashlib.sha256((raw / path).read_bytes()).hexdigest() for path in files}


def test_build_twice_gives_same_rows(tmp_path):
    raw = copy_corpus(tmp_path)
    build(raw, tmp_path / "one.db", workers=1)
    build(raw, tmp_path / "two.db", workers=1)
    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")
    again = build(raw, tmp_path / "one.db", workers=1)
    assert again.files_processed == 0 and again.files_unchanged == 5
    touched = sorted(raw.iterdir())[1]
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    same_bytes = build(raw, tmp_path / "one.db", workers=1)
    assert same_bytes.files_processed == 0 and same_bytes.files_unchanged == 5
    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


def test_incremental_rebuild_reprocesses_only_changed_and_drops_removed(tmp_path):
    raw = copy_corpus(tmp_path)
    db_path = tmp_path / "parks.db"
    build(raw, db_path, workers=1)
    changed = sorted(raw.iterdir())[4]  # a plain-text file: text appended at its end is body
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n新增一段：园区新签约3个项目。\n", encoding="utf-8"
    )
    removed = sorted(raw.iterdir())[0]
    removed.unlink()
    summary = build(raw, db_path, workers=1)
    assert (summary.files_processed, summary.files_unchanged, summary.files_removed) == (1, 3, 1)
    db = sqlite_utils.Database(db_path)
    assert {r["path"] for r in db["articles"].rows} == {p.name for p in raw.iterdir()}
    body = db.execute(
        "select body from article_texts join articles on articles.id = article_id where path = ?",
        [changed.name],
    ).fetchone()[0]
    assert "新签约3个项目" in body
    # The search index forgot the old version of the changed file and knows the new one.
    changed_id = db.execute("select id from articles where path = ?", [changed.name]).fetchone()[0]
    hits = db.execute(
        "select rowid from articles_fts where articles_fts match ?", [search.fts_query("新签约3个")]
    ).fetchall()
    assert hits == [(changed_id,)]
    assert db.execute("select count(*) from articles_fts").fetchone()[0] == db["articles"].count
    db.execute("insert into articles_fts(articles_fts) values ('integrity-check')")


def test_killed_build_leaves_last_good_database(tmp_path):
    raw = copy_corpus(tmp_path)
    db_path = tmp_path / "parks.db"
    build(raw, db_path, workers=1)
    before = snapshot(db_path)
    add_copies(raw, 1000)
    process = start_build(raw, db_path, "--full")
    deadline = time.time() + 60
    while not list(tmp_path.glob("parks.db.building-*")) and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    kill(process)
    assert snapshot(db_path) == before
    summary = build(raw, db_path, workers=1)
    assert not list(tmp_path.glob("parks.db.building-*"))
    assert summary.files_processed == 1000 and summary.duplicates == 1000


def test_killed_incremental_build_is_rolled_back(tmp_path):
    """An incremental build writes in place, in one transaction: killed half-way (after the loader
    has flushed batches of rows), the database is still the last good one."""
    raw = copy_corpus(tmp_path)
    db_path = tmp_path / "parks.db"
    build(raw, db_path, workers=1)
    before = snapshot(db_path)
    add_copies(raw, 1500)
    process = start_build(raw, db_path)
    time.sleep(3.0)
    kill(process)
    assert not list(tmp_path.glob("parks.db.building-*")), (
        "an incremental build must not copy the database"
    )
    assert snapshot(db_path) == before
    summary = build(raw, db_path, workers=1)
    assert summary.files_processed == 1500 and summary.duplicates == 1500


def test_failed_incremental_build_changes_nothing(tmp_path):
    """A failure after the loader flushed several batches (FLUSH_EVERY files each) rolls them all back."""
    from etl.load.writer import FLUSH_EVERY

    raw = copy_corpus(tmp_path)
    db_path = tmp_path / "parks.db"
    build(raw, db_path, workers=1)
    before = snapshot(db_path)
    changed = sorted(raw.glob("*.txt"))[0]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n新签约3个项目。\n", encoding="utf-8"
    )
    add_copies(raw, 2 * FLUSH_EVERY + 1)
    (raw / "zzz_empty.txt").write_bytes(b"")  # sorted last: fails after two flushes
    processed = []

    def fail(error):
        raise RuntimeError("stop the build")

    try:
        build(raw, db_path, workers=1, on_error=fail, progress=processed.append)
    except RuntimeError:
        pass
    else:
        raise AssertionError("the build should have failed")
    assert len(processed) > 2 * FLUSH_EVERY
    assert snapshot(db_path) == before
    assert not (tmp_path / "parks.db-journal").exists()


def test_incremental_duplicate_lookup_uses_stored_bands(tmp_path):
    """A repost added later is found through article_bands, not by loading every fingerprint."""
    raw = copy_corpus(tmp_path)
    db_path = tmp_path / "parks.db"
    build(raw, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    assert (
        db.execute("select count(*) from article_bands").fetchone()[0] == 43 * db["articles"].count
    )
    original = sorted(raw.glob("*.txt"))[1]
    text = original.read_text(encoding="utf-8")
    (raw / "repost.txt").write_text("转载\n" + text.replace("。", "。 ", 3), encoding="utf-8")
    summary = build(raw, db_path, workers=1)
    assert summary.files_processed == 1
    row = (
        sqlite_utils.Database(db_path)
        .execute(
            "select duplicates.kind, files.path from duplicates join files on files.article_id = duplicates.article_id"
            " and files.status = 'article' where duplicates.path = 'repost.txt'"
        )
        .fetchone()
    )
    assert row == ("near", original.name)


def test_search_index_written_during_the_build_equals_a_rebuilt_one(tmp_path):
    """The writer indexes each article as it saves it; rebuilding the index from the stored
    texts must give the same index."""

    raw = copy_corpus(tmp_path)
    db_path = tmp_path / "parks.db"
    build(raw, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    db.execute("insert into articles_fts(articles_fts) values ('integrity-check')")
    queries = [search.fts_query(q) for q in ("园区", "高新区", "71.3亿元", "兴华")]

    def hits():
        return [
            sorted(
                r[0]
                for r in db.execute(
                    "select rowid from articles_fts where articles_fts match ?", [q]
                )
            )
            for q in queries
        ]

    def vocabulary():
        db.execute(
            "create virtual table if not exists temp.vocab using fts5vocab(main, 'articles_fts', 'instance')"
        )
        rows = sorted(db.execute("select term, doc, col, offset from temp.vocab").fetchall())
        db.execute("drop table temp.vocab")
        return rows

    during_build, terms = hits(), vocabulary()
    assert all(during_build)
    search.create_index(db)
    search.index_articles(db)
    assert hits() == during_build and vocabulary() == terms


def unpunctuated(text: str, chars: int) -> str:
    """A real article's words with every sentence end and comma taken out, repeated to `chars`:
    the one-line text with no 。 that once made extraction quadratic."""
    words = "".join(c for c in text if c.isalnum())
    return (words * (chars // len(words) + 1))[:chars]


def test_file_over_the_time_budget_is_an_error_row_and_the_build_goes_on(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    article = (RAW / "003_2db5ca5c603bf9af.txt").read_text(encoding="utf-8")
    (raw / "a_article.txt").write_text(article, encoding="utf-8")
    (raw / "z_one_line.txt").write_text(unpunctuated(article, 320_000), encoding="utf-8")
    errors = []
    started = time.perf_counter()
    summary = build(raw, tmp_path / "parks.db", workers=1, file_budget=1.5, on_error=errors.append)
    assert time.perf_counter() - started < 20
    assert summary.articles == 1 and summary.errors == 1
    db = sqlite_utils.Database(tmp_path / "parks.db")
    row = next(db["ingest_errors"].rows)
    assert (row["path"], row["stage"], row["error_class"]) == (
        "z_one_line.txt",
        "extract",
        "Timeout",
    )
    assert "time budget of 1.5 s" in row["message"]
    assert errors[0]["error_class"] == "Timeout"


def test_time_budget_interrupts_a_worker_process(tmp_path):
    """The pool path (64 files and more): the alarm fires inside the worker, which takes the next file."""
    raw = copy_corpus(tmp_path)
    add_copies(raw, 64)
    article = (RAW / "003_2db5ca5c603bf9af.txt").read_text(encoding="utf-8")
    (raw / "one_line.txt").write_text(unpunctuated(article, 320_000), encoding="utf-8")
    summary = build(raw, tmp_path / "parks.db", workers=2, file_budget=1.5)
    db = sqlite_utils.Database(tmp_path / "parks.db")
    rows = list(
        db.query("select path, error_class from ingest_errors where error_class = 'Timeout'")
    )
    assert rows == [{"path": "one_line.txt", "error_class": "Timeout"}]
    assert summary.articles + summary.duplicates + summary.errors == summary.files_seen


def test_symlinked_files_and_folders_are_followed_and_bad_links_recorded(tmp_path):
    raw = tmp_path / "raw"
    (raw / "real").mkdir(parents=True)
    shutil.copy(RAW / "003_2db5ca5c603bf9af.txt", raw / "real" / "a.txt")
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(RAW / "000_ac0eb8fe6a94c1bb.txt", outside / "b.txt")
    (raw / "linked_file.txt").symlink_to(outside / "b.txt")
    (raw / "linked_folder").symlink_to(outside, target_is_directory=True)
    (raw / "real" / "loop").symlink_to(raw, target_is_directory=True)
    (raw / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    for _ in range(2):  # a rebuild records the same
        summary = build(raw, tmp_path / "parks.db", workers=1)
        db = sqlite_utils.Database(tmp_path / "parks.db")
        statuses = {r["path"]: r["status"] for r in db["files"].rows}
        assert statuses == {
            "dangling.txt": "error",
            "linked_file.txt": "article",
            "linked_folder/b.txt": "duplicate",
            "real/a.txt": "article",
            "real/loop": "error",
        }
        errors = {r["path"]: (r["error_class"], r["message"]) for r in db["ingest_errors"].rows}
        assert errors["dangling.txt"][0] == "BadSymlink" and "dangling" in errors["dangling.txt"][1]
        assert "loop" in errors["real/loop"][1]
        assert summary.files_seen == 5


def test_the_writer_collects_less_often_while_it_builds_and_as_before_after():
    before = gc.get_threshold()
    with build_module.fewer_collections((123_457, 7, 9)):
        assert gc.get_threshold() == (123_457, 7, 9)
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), build_module.fewer_collections((123_457, 7, 9)):
        raise RuntimeError("a failed build")
    assert gc.get_threshold() == before


def test_a_fresh_build_ends_with_every_index_and_keeps_the_ordered_ones_while_it_loads(tmp_path):
    """Indexes dropped for the bulk load come back at the end; the ones kept (their rows arrive
    in index order) are there while the writer saves rows."""
    from etl.load.schema import INDEXES

    while_loading = set()
    original = build_module.Loader.flush

    def flush_and_look(loader):
        original(loader)
        if not while_loading:  # the first flush saves the articles' rows
            while_loading.update(
                (table, tuple(index.columns))
                for table in INDEXES
                for index in loader.db[table].indexes
                if index.name.startswith("idx_")
            )

    build_module.Loader.flush = flush_and_look
    try:
        build(copy_corpus(tmp_path), tmp_path / "parks.db", workers=1, full=True)
    finally:
        build_module.Loader.flush = original
    db = sqlite_utils.Database(tmp_path / "parks.db")
    for table, indexes in INDEXES.items():
        have = {tuple(index.columns) for index in db[table].indexes}
        assert {tuple(columns) for columns in indexes} <= have, table
    assert build_module.KEPT_DURING_LOAD <= while_loading
    assert ("metrics", ("company_id",)) not in while_loading  # dropped for the load


def test_the_indexes_are_sorted_in_small_runs_by_helper_threads(tmp_path, monkeypatch):
    """SQLite's sorter uses its helper threads only for a sort that spills into several runs, and
    a run is as large as the page cache: the indexes are created with a small cache and the
    threads allowed, and the writer's cache comes back for what follows."""
    seen = []

    def looking(step):
        def look_then_step(db, *args):
            pragmas = [
                db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "threads")
            ]
            seen.append(tuple(pragmas))
            return step(db, *args)

        return look_then_step

    monkeypatch.setattr(build_module, "ensure_db_shape", looking(build_module.ensure_db_shape))
    monkeypatch.setattr(build_module, "_record_run", looking(build_module._record_run))
    build(copy_corpus(tmp_path), tmp_path / "parks.db", workers=1, full=True)
    threads = min(os.cpu_count() or 1, build_module.SORT_THREADS)
    # the shape check before the load, the index builds, and the cache the build ends with
    assert seen == [
        (-build_module.CACHE_KIB, 0),
        (-build_module.SORT_CACHE_KIB, threads),
        (-build_module.CACHE_KIB, 0),
    ]
