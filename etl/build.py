"""Build the database from a folder of article files: incremental, parallel, atomic.

A build works on a copy of the last good database and swaps it in with an atomic
rename at the very end, so a crash or a kill mid-build leaves the old database
(and a Datasette serving it) untouched.
"""

import hashlib
import multiprocessing
import os
import shutil
import time
from collections import deque
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Callable, Optional

import sqlite_utils

from . import EXTRACTOR_VERSION, dedupe, reference
from .clean import clean_document
from .entities import merge_company_names
from .extract import extract_facts
from .load import Loader
from .model import IngestError
from .read import iter_input_files, read_document
from .schema import INDEXES, SCHEMA_VERSION, ensure_db_shape, schema_version
from .search import index_articles

# Below this many files a process pool costs more than it saves.
POOL_THRESHOLD = 64
# Files per pool task, and per window of tasks in flight (see _map_files).
CHUNKSIZE = 32
WINDOW = 512
# Rows ANALYZE samples per index.
ANALYSIS_LIMIT = 2000
# SQLite page cache of the writer: the metrics indexes of a 20,000-article build fit in it.
CACHE_KIB = 64 * 1024


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


def process_file(args):
    """Read, clean and extract one file. Pure: runs in a worker process.

    Any failure becomes an error record: one bad file must never stop the others,
    and an unexpected exception is a bug worth a row, not a crash.
    """
    path, root, content_hash, size = args
    relative = Path(path).relative_to(root).as_posix()
    stage = "read"
    try:
        raw = read_document(Path(path), Path(root))
        stage = "clean"
        doc = clean_document(raw)
        stage = "extract"
        facts = extract_facts(doc)
        return {"status": "article", "path": relative, "doc": doc, "facts": facts,
                "fingerprint": dedupe.fingerprint(doc.body_simplified)}
    except IngestError as error:
        return {"status": "error", "path": relative, "stage": error.stage, "error_class": error.error_class,
                "message": error.message, "content_hash": content_hash, "size": size}
    except Exception as error:  # noqa: BLE001 - recorded in ingest_errors, never swallowed
        return {"status": "error", "path": relative, "stage": stage, "error_class": type(error).__name__,
                "message": f"unexpected {type(error).__name__}: {error}", "content_hash": content_hash,
                "size": size}


def _warm_up():
    """Load heavy resources once per worker instead of once per file."""
    reference.warm_up()


def _map_files(jobs, workers):
    if workers <= 1 or len(jobs) < POOL_THRESHOLD:
        _warm_up()
        yield from map(process_file, jobs)
        return
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(workers, initializer=_warm_up) as pool:
        # One imap over every job lets finished results pile up in the parent whenever it is
        # slower than the workers (about 30 KB each: 20,000 of them are 600 MB). Two windows
        # in flight keep the workers busy and the backlog bounded.
        windows = (jobs[i:i + WINDOW] for i in range(0, len(jobs), WINDOW))
        in_flight = deque(pool.imap(process_file, window, chunksize=CHUNKSIZE) for window in islice(windows, 2))
        while in_flight:
            yield from in_flight.popleft()
            following = next(windows, None)
            if following:
                in_flight.append(pool.imap(process_file, following, chunksize=CHUNKSIZE))


def drop_secondary_indexes(db):
    """A bulk load into an empty database is faster without its non-unique indexes; the
    ensure_db_shape at the end of the build creates them again in one sorted pass each."""
    for table, indexes in INDEXES.items():
        for columns in indexes:
            for index in db[table].indexes:
                if index.columns == columns and not index.unique and index.name.startswith("idx_"):
                    db.execute(f"drop index [{index.name}]")


def temporary_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.building-{os.getpid()}")


def remove_stale_temporaries(db_path: Path):
    """A killed build leaves its work file behind; the next build clears it."""
    for stale in db_path.parent.glob(f"{db_path.name}.building-*"):
        stale.unlink()


def open_work_copy(db_path: Path, full: bool) -> Path:
    """Copy the last good database to a work file (or start empty) and return its path."""
    work = temporary_path(db_path)
    if db_path.exists() and not full:
        # A plain file copy (sendfile, in the kernel) is several times faster than the
        # page-by-page backup API, and safe: only a build writes the database, and a build
        # replaces it by an atomic rename of a closed file.
        shutil.copyfile(db_path, work)
        db = sqlite_utils.Database(work)
        stale_schema = schema_version(db) != SCHEMA_VERSION
        db.close()
        if stale_schema:
            work.unlink()
    return work


def build(
    input_dir: Path,
    db_path: Path,
    workers: Optional[int] = None,
    full: bool = False,
    on_error: Callable[[dict], None] = lambda error: None,
    progress: Callable[[int], None] = lambda n: None,
) -> BuildSummary:
    """Bring db_path up to date with the files under input_dir.

    A file is re-processed only when its bytes or EXTRACTOR_VERSION changed;
    files that disappeared lose their rows.
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
    work = open_work_copy(db_path, full)
    try:
        db = sqlite_utils.Database(work)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        fresh = not db["articles"].exists() or not db["articles"].count
        ensure_db_shape(db)
        if fresh:
            drop_secondary_indexes(db)
        loader = Loader(db)
        loader.save_measures(reference.measures())
        loader.save_park_gazetteer(reference.park_gazetteer())

        files = iter_input_files(input_dir)
        summary.files_seen = len(files)
        known = {r["path"]: r for r in db["files"].rows}
        current = {}
        jobs = []
        stats = {}
        for path in files:
            relative = path.relative_to(input_dir).as_posix()
            stat = path.stat()
            stats[relative] = (stat.st_size, stat.st_mtime_ns)
            previous = known.get(relative)
            current_version = previous and previous["extractor_version"] == EXTRACTOR_VERSION
            # Like make and rsync: same size and modification time means same bytes, so an
            # unchanged corpus is not read at all (--full reads everything again).
            if current_version and (previous["size_bytes"], previous["mtime_ns"]) == stats[relative]:
                current[relative] = previous["content_hash"]
                summary.files_unchanged += 1
                continue
            content_hash, size = file_hash(path)
            current[relative] = content_hash
            if current_version and previous["content_hash"] == content_hash:
                summary.files_unchanged += 1
                continue
            jobs.append((str(path), str(input_dir), content_hash, size))

        removed = [p for p in known if p not in current]
        summary.files_removed = len(removed)
        changed = {Path(job[0]).relative_to(input_dir).as_posix() for job in jobs}
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

        index = dedupe.DuplicateIndex()
        if jobs:  # an unchanged corpus needs no duplicate lookups
            for row in db.execute("select id, fingerprint from articles where fingerprint is not null"):
                index.add(row[0], row[1])

        for result in _map_files(jobs, workers):
            summary.files_processed += 1
            if result["status"] == "error":
                loader.save_error(result["path"], result["stage"], result["error_class"], result["message"],
                                  result["content_hash"], result["size"], EXTRACTOR_VERSION)
                on_error(result)
            else:
                doc, facts, fingerprint = result["doc"], result["facts"], result["fingerprint"]
                match = index.match(fingerprint)
                if match is not None:
                    canonical_id, similarity = match
                    kind = "exact" if similarity >= 1.0 else "near"
                    loader.save_duplicate(doc, canonical_id, kind, similarity, EXTRACTOR_VERSION)
                else:
                    article_id = loader.save_article(doc, facts, EXTRACTOR_VERSION, fingerprint)
                    index.add(article_id, fingerprint)
            progress(1)

        loader.flush()
        with db.atomic():
            db.conn.executemany("update files set size_bytes = ?, mtime_ns = ? where path = ?",
                                [(*stat, relative) for relative, stat in stats.items()
                                 if relative not in known or stat != (known[relative]["size_bytes"],
                                                                      known[relative]["mtime_ns"])])
        loader.merge_companies(merge_company_names([r["name"] for r in db["companies"].rows]))
        loader.prune_orphans()
        index_articles(db)
        ensure_db_shape(db)
        summary.articles = db["articles"].count
        summary.duplicates = db["duplicates"].count
        summary.errors = db["ingest_errors"].count
        summary.metrics = db["metrics"].count
        summary.seconds = round(time.perf_counter() - started, 3)
        db["etl_runs"].insert(
            {"started": started_at, "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
             "extractor_version": EXTRACTOR_VERSION, **asdict(summary)}
        )
        # Statistics from a sample of each index: as good for the planner, and it costs the
        # same at 20,000 articles as at 20 (a full ANALYZE scans every index every build).
        db.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        db.execute("ANALYZE")
        db.close()
        os.replace(work, db_path)
    except BaseException:
        if work.exists():
            work.unlink()
        raise
    return summary


def _duplicates_of(db, paths):
    """Paths of duplicate files whose canonical article belongs to one of `paths`."""
    if not paths:
        return set()
    rows = db.execute(
        "select duplicates.path, files.path from duplicates join files on files.article_id = duplicates.article_id"
        " and files.status = 'article'"
    ).fetchall()
    return {dup for dup, canonical in rows if canonical in paths}
