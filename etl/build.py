"""Build the database from a folder of article files: incremental, parallel, atomic.

Two ways to be atomic, by the size of the job:

- A full build (`--full`, no database yet, a new schema, or a rule change that
  re-extracts most files) writes a new file next to the database and swaps it in
  with an atomic rename at the very end.
- An incremental build changes the database in place inside one SQLite transaction
  (rollback journal): a failure rolls it back, and a killed build leaves a hot
  journal that SQLite rolls back on the next open. Copying an 800 MB database to
  change one article would cost more than the change.

Either way a crash or a kill leaves the last good database.
"""

import gc
import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from functools import partial
from itertools import islice
from pathlib import Path

import sqlite_utils

from etl import clean, extract, knowledge
from etl.clean import clean_document
from etl.extract import extract_facts
from etl.extract.companies import merge_company_names
from etl.extract.gazetteer import load_park_gazetteer
from etl.load import dedupe, search
from etl.load.schema import INDEXES, SCHEMA_VERSION, ensure_db_shape, schema_version
from etl.load.search import index_articles
from etl.load.writer import Loader, article_record, stored_candidates
from etl.model import IngestError
from etl.read import read_document, scan_input_files
from etl.version import extractor_version

# Below this many files a process pool costs more than it saves.
# The version recorded on every row this build writes (etl.version: a digest of code and knowledge).
EXTRACTOR_VERSION = extractor_version()

POOL_THRESHOLD = 64
# Files per pool task, and per window of tasks in flight (see _map_files).
CHUNKSIZE = 32
WINDOW = 512
# Rows ANALYZE samples per index.
ANALYSIS_LIMIT = 2000
# An incremental build re-analyzes when more than this share of the files changed.
ANALYZE_SHARE = 0.05
# Helper threads SQLite's sorter may use when the build creates its indexes at the end.
SORT_THREADS = 4
# SQLite page cache of the writer: the metrics indexes of a 20,000-article build fit in it.
CACHE_KIB = 64 * 1024
# Page cache while the build creates its indexes, which also sets the size of the sorter's runs:
# small runs are sorted by SORT_THREADS threads in parallel and merged. At 20,000 articles on two
# cores, creating every index took 4.3-4.9 s instead of 5.7-7.0 s (2 and 4 MB alike; 64 MB is one
# run per index, sorted by one thread).
SORT_CACHE_KIB = 4 * 1024
# Seconds one file may spend in read, clean and extract before it becomes a Timeout error row:
# ordinary articles take milliseconds, so a file this slow is pathological, and the whole build of
# a 7.6 MB single-line file beside others still ends in under a minute (issue 16).
FILE_BUDGET_SECONDS = 45.0


@dataclass
class BuildSummary:
    files_seen: int = 0
    files_processed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    articles: int = 0
    duplicates: int = 0
    errors: int = 0
    metrics: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{self.files_seen} files read ({self.files_processed} processed, {self.files_unchanged} unchanged, "
            f"{self.files_removed} removed): {self.articles} articles, {self.duplicates} duplicates, "
            f"{self.errors} errors, {self.metrics} metrics in {self.seconds:.2f}s"
        )


def file_hash(path: Path) -> tuple[str, int]:
    """sha256 and size, read in chunks: a 50 MB file of noise must not sit in memory."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _hash_or_empty(path: Path) -> str:
    try:
        return file_hash(path)[0]
    except OSError:
        return ""  # unreadable: the error row says why


class OverBudget(BaseException):
    """Raised by the budget's alarm. A BaseException, so no `except Exception` on the way
    (a rule's own fallback) can swallow it and let the file run on."""


@contextmanager
def time_budget(seconds: float | None):
    """Interrupt the block with OverBudget after `seconds` of wall time.

    SIGALRM reaches a running regex too (the re engine checks for signals as it backtracks), so a
    catastrophic pattern in a worker ends at the budget instead of stalling the build. Signals
    only reach the main thread of a Unix process: elsewhere, or without a budget, no limit.
    """
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signum, frame):
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_file(args, budget: float | None = FILE_BUDGET_SECONDS):
    """Read, clean and extract one file within `budget` seconds. Pure: runs in a worker process.

    Any failure becomes an error record: one bad file must never stop the others,
    and an unexpected exception is a bug worth a row, not a crash.
    """
    path, root, content_hash, size = args
    relative = Path(path).relative_to(root).as_posix()
    running = ["read"]
    try:
        with time_budget(budget):
            return _process(Path(path), Path(root), relative, running)
    except OverBudget:
        stage, error_class = "extract", "Timeout"
        message = (
            f"over the time budget of {budget:g} s per file for read, clean and extract "
            f"(stopped during {running[0]}); the file was skipped and the build went on"
        )
    except IngestError as error:
        stage, error_class, message = error.stage, error.error_class, error.message
    except Exception as error:  # noqa: BLE001 - recorded in ingest_errors, never swallowed
        stage, error_class = running[0], type(error).__name__
        message = f"unexpected {type(error).__name__}: {error}"
    if content_hash is None:  # a file new to the database: the planner left the hash to us
        content_hash = _hash_or_empty(Path(path))
    return {
        "status": "error",
        "path": relative,
        "stage": stage,
        "error_class": error_class,
        "message": message,
        "content_hash": content_hash,
        "size": size,
    }


def _process(path: Path, root: Path, relative: str, running: list) -> dict:
    """The article result of one file; `running[0]` names the stage running, for error rows."""
    raw = read_document(path, root)
    running[0] = "clean"
    doc = clean_document(raw)
    running[0] = "extract"
    facts = extract_facts(doc)
    fingerprint = dedupe.fingerprint(doc.body_simplified)
    return {
        "status": "article",
        "path": relative,
        "record": article_record(doc, facts, EXTRACTOR_VERSION),
        "fingerprint": fingerprint,
        "keys": dedupe.lookup_keys(fingerprint),
        "search": search.document_search_row(doc),
    }


# A worker allocates a great many short-lived objects per file (matches, spans, events) that
# reference counting frees; at CPython's default (700, 10, 10) the cyclic collector runs every few
# hundred allocations and finds next to nothing. A gen-0 threshold of 10,000 cut the workers' CPU
# by about 6% on 2,000 bench files (19.6 -> 18.3 s, mean of three A/B runs) for a few MB.
WORKER_GC_THRESHOLDS = (10_000, 20, 20)


# The writer keeps what it unpickles until the next flush (rows of 500 articles) and the duplicate
# index for the whole build (hundreds of thousands of lists): at the default thresholds the
# collector walked them again and again, 4.2 s of its 50 s of CPU at 20,000 files; at these, a
# tenth of that (0.93 -> 0.14 s at 4,000 files), for a few MB more between collections.
WRITER_GC_THRESHOLDS = (200_000, 100, 1000)


@contextmanager
def fewer_collections(thresholds=WRITER_GC_THRESHOLDS):
    """The collector at `thresholds` for the time of the block, then as it was."""
    previous = gc.get_threshold()
    gc.set_threshold(*thresholds)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _warm_up():
    """Load heavy resources once per worker instead of once per file.

    The build owns the process pool, so it decides what each worker loads up front: the OpenCC
    converters and cleaning patterns, the compiled extraction tables and the gazetteers.
    """
    clean.warm_up()
    extract.warm_up()
    knowledge.measures()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def _map_files(jobs, workers, budget=FILE_BUDGET_SECONDS):
    work = partial(process_file, budget=budget)
    if workers <= 1 or len(jobs) < POOL_THRESHOLD:
        # No warm-up: each resource loads when the first file needs it, and a rebuild that
        # finds nothing to do loads none of them.
        yield from map(work, jobs)
        return
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(workers, initializer=_warm_up) as pool:
        # One imap over every job lets finished results pile up in the parent whenever it is
        # slower than the workers (about 30 KB each: 20,000 of them are 600 MB). Two windows
        # in flight keep the workers busy and the backlog bounded.
        windows = (jobs[i : i + WINDOW] for i in range(0, len(jobs), WINDOW))
        in_flight = deque(
            pool.imap(work, window, chunksize=CHUNKSIZE) for window in islice(windows, 2)
        )
        while in_flight:
            yield from in_flight.popleft()
            following = next(windows, None)
            if following:
                in_flight.append(pool.imap(work, following, chunksize=CHUNKSIZE))


# Indexes whose rows arrive in index order (the writer saves articles with rising ids, each
# with its rows): each insert appends at the index's right edge, which costs the load nothing
# measurable, while creating them at the end is a serial scan of the table (0.7 s for metrics at
# 20,000 articles, with the workers idle).
KEPT_DURING_LOAD = {("metrics", ("article_id",)), ("company_parks", ("article_id",))}


def drop_secondary_indexes(db):
    """A bulk load into an empty database is faster without its non-unique indexes; the
    ensure_db_shape at the end of the build creates them again in one sorted pass each."""
    for table, indexes in INDEXES.items():
        for columns in indexes:
            if (table, tuple(columns)) in KEPT_DURING_LOAD:
                continue
            for index in db[table].indexes:
                if index.columns == columns and not index.unique and index.name.startswith("idx_"):
                    db.execute(f"drop index [{index.name}]")


def temporary_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.building-{os.getpid()}")


def remove_stale_temporaries(db_path: Path):
    """A killed build leaves its work file behind; the next build clears it."""
    for stale in db_path.parent.glob(f"{db_path.name}.building-*"):
        stale.unlink()


def needs_fresh_build(db_path: Path, full: bool) -> bool:
    """True when the build should start from an empty file rather than update in place:
    asked for, nothing to update, another schema, or a rule change that re-extracts most
    files (one bulk load with deferred indexes beats deleting and re-inserting them all)."""
    if full or not db_path.exists():
        return True
    db = sqlite_utils.Database(db_path)
    try:
        if schema_version(db) != SCHEMA_VERSION or not db["files"].exists():
            return True
        total, outdated = db.execute(
            "select count(*), count(*) filter (where extractor_version is not ?) from files",
            [EXTRACTOR_VERSION],
        ).fetchone()
        return total == 0 or outdated * 2 > total
    finally:
        db.close()


def build(
    input_dir: Path,
    db_path: Path,
    workers: int | None = None,
    full: bool = False,
    on_error: Callable[[dict], None] = lambda error: None,
    progress: Callable[[int], None] = lambda n: None,
    file_budget: float | None = FILE_BUDGET_SECONDS,
) -> BuildSummary:
    """Bring db_path up to date with the files under input_dir.

    A file is re-processed only when its bytes or EXTRACTOR_VERSION changed;
    files that disappeared lose their rows. A file over `file_budget` seconds becomes a
    Timeout error row (None: no budget).
    """
    started = time.perf_counter()
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    input_dir, db_path = Path(input_dir), Path(db_path)
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(db_path)
    workers = workers or os.cpu_count() or 1
    summary = BuildSummary()
    fresh = needs_fresh_build(db_path, full)
    work = temporary_path(db_path) if fresh else db_path
    db = None
    try:
        db = sqlite_utils.Database(work)
        loader = _begin(db, fresh)
        jobs, stats, known = _plan(db, loader, input_dir, summary)
        # A fresh build holds every article it adds in memory; an incremental one looks the
        # earlier ones up in `article_bands` (whose index a fresh build drops until the end).
        index = dedupe.DuplicateIndex(stored=None if fresh else stored_candidates(db))
        with fewer_collections():
            for result in _map_files(jobs, workers, file_budget):
                summary.files_processed += 1
                _save_result(result, loader, index, on_error)
                progress(1)
        _finish(db, loader, fresh, stats, known)
        summary.seconds = round(time.perf_counter() - started, 3)
        _record_run(db, summary, started_at, fresh)
        db.conn.execute("COMMIT")
        db.close()
        if fresh:
            os.replace(work, db_path)
    except BaseException:
        if db is not None:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            db.close()
        if fresh and work.exists():
            work.unlink()
        raise
    return summary


def _begin(db, fresh: bool) -> Loader:
    """Open the build's one transaction and a loader with the reference tables saved."""
    if fresh:  # a file nobody reads until the rename: no journal, no syncs
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    # One transaction for the whole build (sqlite-utils nests its own blocks as savepoints).
    # In place, it is what makes the build atomic; in a fresh file it saves a commit per
    # batch, and the search index writes a few large segments instead of one per batch.
    db.execute("BEGIN IMMEDIATE")
    ensure_db_shape(db)
    if fresh:
        drop_secondary_indexes(db)
        search.begin_bulk_load(db)
    # The writer indexes each article for search as it saves it, while the workers are
    # still busy, instead of reading every text back at the end (unless the index is
    # about to be rebuilt anyway, under new rules).
    loader = Loader(db, index_search=search.index_is_current(db))
    loader.save_measures(knowledge.measures())
    loader.save_park_gazetteer(load_park_gazetteer())
    return loader


def _plan(db, loader: Loader, input_dir: Path, summary: BuildSummary):
    """The files to process, and the rows of changed and removed files forgotten.

    Returns (jobs, stats, known): the worker jobs, each path's (size, mtime_ns) now, and what the
    database recorded of each path before."""
    bad_links: list = []
    files = scan_input_files(input_dir, bad_links)
    summary.files_seen = len(files) + len(bad_links)
    known = {
        r[0]: r[1:]
        for r in db.execute(
            "select path, content_hash, extractor_version, size_bytes, mtime_ns from files"
        )
    }
    current, jobs, stats, changed_paths = {}, [], {}, []
    for relative, size, mtime_ns in files:
        stats[relative] = (size, mtime_ns)
        previous = known.get(relative)
        current_version = previous is not None and previous[1] == EXTRACTOR_VERSION
        # Like make and rsync: same size and modification time means same bytes, so an
        # unchanged corpus is not read at all (--full reads everything again).
        if current_version and previous[2:] == stats[relative]:
            current[relative] = previous[0]
            summary.files_unchanged += 1
            continue
        path = input_dir / relative
        if previous is None:  # new to the database: the worker hashes the bytes it reads
            current[relative] = None
            jobs.append((str(path), str(input_dir), None, stats[relative][0]))
            changed_paths.append(relative)
            continue
        content_hash, size = file_hash(path)
        current[relative] = content_hash
        if current_version and previous[0] == content_hash:
            summary.files_unchanged += 1
            continue
        jobs.append((str(path), str(input_dir), content_hash, size))
        changed_paths.append(relative)

    for relative, message in bad_links:  # no bytes to hash: recorded again on every build
        current[relative] = ""
        if relative in known:
            loader.forget_path(relative)
        loader.save_error(relative, "read", "BadSymlink", message, "", 0, EXTRACTOR_VERSION)
    removed = [p for p in known if p not in current]
    summary.files_removed = len(removed)
    changed = set(changed_paths)
    # Files whose canonical article goes away must be looked at again.
    orphaned = _duplicates_of(db, set(removed) | changed) - changed - set(removed)
    for relative in sorted(orphaned):
        content_hash, size = file_hash(input_dir / relative)
        jobs.append((str(input_dir / relative), str(input_dir), content_hash, size))
        summary.files_unchanged -= 1
    jobs.sort()
    for relative in [*removed, *changed, *orphaned]:
        if relative in known:  # a path the database never saw has no rows to delete
            loader.forget_path(relative)
    return jobs, stats, known


def _save_result(result: dict, loader: Loader, index, on_error) -> None:
    """One worker result: an error row, a duplicate of an earlier article, or a new article."""
    if result["status"] == "error":
        loader.save_error(
            result["path"],
            result["stage"],
            result["error_class"],
            result["message"],
            result["content_hash"],
            result["size"],
            EXTRACTOR_VERSION,
        )
        on_error(result)
        return
    record, fingerprint = result["record"], result["fingerprint"]
    match = index.match(fingerprint, result["keys"])
    if match is not None:
        canonical_id, similarity = match
        kind = "exact" if similarity >= 1.0 else "near"
        loader.save_duplicate(record.article, canonical_id, kind, similarity, EXTRACTOR_VERSION)
    else:
        article_id = loader.save_record(record, fingerprint, result["keys"], result["search"])
        index.add(article_id, fingerprint, result["keys"])


def _finish(db, loader: Loader, fresh: bool, stats: dict, known: dict) -> None:
    """What needs every article saved first: file stats, indexes, company merges, search."""
    loader.flush()
    with db.atomic():
        db.conn.executemany(
            "update files set size_bytes = ?, mtime_ns = ? where path = ?",
            [
                (*stat, relative)
                for relative, stat in stats.items()
                if relative not in known or stat != known[relative][2:]
            ],
        )
    # Indexes first (a fresh build dropped them for the bulk load): the company merges and the
    # orphan pruning below look rows up by company and park id, a full scan each without them.
    # The workers are done by now, so SQLite's sorter may use the other cores. It hands sorted
    # runs to its helper threads only when a sort spills, and a run is as large as the page
    # cache: with the writer's cache each index was one run sorted by one thread.
    db.execute(f"PRAGMA threads = {min(os.cpu_count() or 1, SORT_THREADS)}")
    db.execute(f"PRAGMA cache_size = -{SORT_CACHE_KIB}")
    ensure_db_shape(db)
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    db.execute("PRAGMA threads = 0")
    loader.merge_companies(merge_company_names([r["name"] for r in db["companies"].rows]))
    loader.prune_orphans()
    if fresh:
        search.end_bulk_load(db)
    # Whatever the writer did not index (none, unless the index rules changed).
    index_articles(db)


def _record_run(db, summary: BuildSummary, started_at: str, fresh: bool) -> None:
    """The build's row in etl_runs, and fresh planner statistics when much has changed."""
    summary.articles = db["articles"].count
    summary.duplicates = db["duplicates"].count
    summary.errors = db["ingest_errors"].count
    summary.metrics = db["metrics"].count
    db["etl_runs"].insert(
        {
            "started": started_at,
            "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "extractor_version": EXTRACTOR_VERSION,
            **asdict(summary),
        }
    )
    changed = summary.files_processed + summary.files_removed
    if fresh or changed > ANALYZE_SHARE * summary.files_seen:
        # Statistics from a sample of each index: as good for the planner, and it costs the
        # same at 20,000 articles as at 20 (a full ANALYZE scans every index every build).
        # A handful of changed files leaves the statistics as true as they were.
        db.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        db.execute("ANALYZE")


def _duplicates_of(db, paths):
    """Paths of duplicate files whose canonical article belongs to one of `paths`."""
    if not paths:
        return set()
    rows = db.execute(
        "select duplicates.path, files.path from duplicates join files on files.article_id = duplicates.article_id"
        " and files.status = 'article'"
    ).fetchall()
    return {dup for dup, canonical in rows if canonical in paths}
