"""Benchmark: the build against its physical floor, on a synthetic corpus made from data/raw.

`python -m bench` generates N articles (bench/corpus.py) deterministically (recombined paragraphs of
the five real files, perturbed numbers, swapped park and company names, both scripts,
the original file formats, ~2% duplicates, ~1% broken files), builds them in a
subprocess (wall time, peak memory of every build process), measures the floor on the
same files in the same run (read, NFKC, one regex pass, executemany of as many rows as
the build wrote), times an incremental rebuild after changing one file, and loads a
database of a million metric rows into Datasette (bench/loadtest.py).

Speed is judged here and never in a unit test: on a shared machine only a ratio to a
floor measured in the same run means anything.
"""

import json
import os
import platform
import re
import sqlite3
import subprocess
import sys
import threading
import time
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import click

from bench.corpus import ROOT, corpus_path, generate_corpus, load_material, relative_name
from bench.pathological import measure_unpunctuated

# Targets of issue 7, checked by this command only.
TARGETS = {
    "articles_per_s": 1000.0,  # at least
    "floor_ratio": 8.0,  # at most
    "incremental_s": 2.0,  # at most
    "peak_memory_mb": 600.0,  # at most
    "datasette_p95_ms": 250.0,  # at most, every page
    "unpunctuated_spread": 2.0,  # at most: time per KB of unpunctuated text, largest / smallest
}


# Largest change of the host probe's time between before and after the build for a steady host.
STEADY_DRIFT = 0.10
# Rows the host probe inserts (the floor's own insert is of as many rows as the build wrote).
PROBE_ROWS = 200_000

FLOOR_PATTERN = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)?(元|平方米|亩|个|家|名|人|%)")


def metric_columns() -> list[str]:
    from etl.load.schema import TABLES

    return list(TABLES["metrics"][0])


def scan_floor(files: list) -> tuple[list, int]:
    """The floor's first half: read each file, NFKC it, one regex pass; (matches, bytes)."""
    matches, size = [], 0
    for path in files:
        data = Path(path).read_bytes()
        size += len(data)
        text = unicodedata.normalize("NFKC", data.decode("utf-8", errors="replace"))
        matches.extend(m.group(0) for m in FLOOR_PATTERN.finditer(text))
    return matches, size


def probe_host(files: list, db_path: Path, evict: bool = False) -> float:
    """Seconds the floor's work takes now on a fixed PROBE_ROWS rows, with the files in the page
    cache (read once first, untimed): the same work before and after the build shows whether the
    host ran as fast during the one as during the other. `evict` drops the files from the page
    cache again afterwards, so the build reads them as it would have without the probe: cold."""
    for path in files:
        Path(path).read_bytes()
    seconds = measure_floor(files, PROBE_ROWS, db_path)["seconds"]
    db_path.unlink()
    if evict and hasattr(os, "posix_fadvise"):
        for path in files:
            with open(path, "rb") as f:
                os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return seconds


def host_steadiness(probe_before_s: float, probe_after_s: float) -> dict:
    """The same probe before and after the build. On a shared host the same work can take a
    fifth longer from one minute to the next; when the two differ by more than STEADY_DRIFT, the
    host's load changed during the run and its ratio is not to be trusted either way (a slow
    floor flatters the build, a fast one penalizes it)."""
    drift = probe_after_s / probe_before_s - 1 if probe_before_s else 0.0
    return {
        "probe_before_s": probe_before_s,
        "probe_after_s": probe_after_s,
        "drift": round(drift, 3),
        "steady": abs(drift) <= STEADY_DRIFT,
    }


def measure_floor(files: list, rows: int, db_path: Path) -> dict:
    """The least any build must do: read each file, NFKC it, one regex pass, then
    executemany `rows` metric-shaped rows into a fresh SQLite file."""
    started = time.perf_counter()
    matches, size = scan_floor(files)
    scanned = time.perf_counter()
    columns = metric_columns()
    if db_path.exists():
        db_path.unlink()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(f"create table metrics ({', '.join(f'[{c}]' for c in columns)})")
    quotes = matches or ["0"]
    width = len(columns)

    def row(i):
        quote = quotes[i % len(quotes)]
        values = {
            "id": i,
            "article_id": i // 20,
            "park_id": i % 97,
            "measure": "investment",
            "value": 1.0 * i,
            "unit": "亿元",
            "normalized_value": 1e8 * i,
            "normalized_unit": "CNY",
            "currency": "CNY",
            "number_text": quote,
            "period_label": "今年",
            "period_start": "2022-01-01",
            "period_end": "2022-12-31",
            "period_rule": "sentence",
            "period_char_start": i,
            "period_char_end": i + 2,
            "subject": "园区",
            "subject_kind": "park",
            "subject_rule": "clause",
            "subject_start": i,
            "subject_end": i + 2,
            "quote": quote,
            "char_start": i,
            "char_end": i + 10,
            "number_start": i,
            "number_end": i + 4,
            "rule": "floor",
        }
        return tuple(values.get(c) for c in columns)

    with conn:
        conn.executemany(
            f"insert into metrics values ({', '.join('?' * width)})", (row(i) for i in range(rows))
        )
    conn.close()
    inserted = time.perf_counter()
    return {
        "seconds": round(inserted - started, 3),
        "scan_s": round(scanned - started, 3),
        "insert_s": round(inserted - scanned, 3),
        "bytes": size,
        "regex_matches": len(matches),
        "rows": rows,
    }


# Runs the build as its child so RUSAGE_CHILDREN covers the build and its pool workers.
RUSAGE_WRAPPER = (
    "import json, resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[2:])\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "open(sys.argv[1], 'w').write(json.dumps({'maxrss_kb': usage.ru_maxrss, 'user_s': usage.ru_utime,"
    " 'system_s': usage.ru_stime}))\n"
    "sys.exit(code)\n"
)


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found.extend(int(child) for child in f.read().split())
    except OSError:
        pass
    return found


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB; PSS shares copy-on-write pages among the forked workers."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def _rss_kb(pid: int) -> int:
    """RSS of one process in kB from /proc/<pid>/statm: O(1), where smaps_rollup walks the page
    tables (about 6 ms for a 400 MB process)."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
# PSS is read when the tree's RSS has grown by this share since the last reading, else once a
# second: reading it ten times a second took about a sixth of a core from the build it measured.
PSS_GROWTH = 1.02
PSS_EVERY = 1.0


class TreeMemory:
    """Polls a process tree's total PSS and RSS; keeps the peaks.

    RSS is cheap and read every `interval`; PSS (what the peak is judged on) is read when RSS
    has grown since the last reading, so a peak is caught without the poller competing with the
    build for the CPU it measures."""

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid, self.interval = pid, interval
        self.peak_pss_kb = self.peak_rss_sum_kb = self.peak_processes = 0
        self.timeline = []  # (seconds, total PSS MB, largest process RSS MB), about one a second
        self._started = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._pss_at = self._rss_at_pss = 0

    def _tree(self):
        pending, seen = _children(self.pid), []  # the wrapper itself is not part of the build
        while pending:
            pid = pending.pop()
            seen.append(pid)
            pending.extend(_children(pid))
        return seen

    def _run(self):
        while not self._stop.is_set():
            pids = self._tree()
            rss = [_rss_kb(pid) for pid in pids]
            self.peak_rss_sum_kb = max(self.peak_rss_sum_kb, sum(rss))
            self.peak_processes = max(self.peak_processes, len(pids))
            elapsed = time.perf_counter() - self._started
            if pids and (
                sum(rss) > self._rss_at_pss * PSS_GROWTH or elapsed - self._pss_at >= PSS_EVERY
            ):
                totals = [_memory_kb(pid) for pid in pids]
                self.peak_pss_kb = max(self.peak_pss_kb, sum(p for _, p in totals))
                self._pss_at, self._rss_at_pss = elapsed, sum(r for r, _ in totals)
                if not self.timeline or elapsed - self.timeline[-1][0] >= 1.0:
                    self.timeline.append(
                        (
                            round(elapsed, 1),
                            round(sum(p for _, p in totals) / 1024),
                            round(max(r for r, _ in totals) / 1024),
                        )
                    )
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


SUMMARY_LINE = re.compile(
    r"(\d+) files read \((\d+) processed.*?: (\d+) articles, (\d+) duplicates, "
    r"(\d+) errors, (\d+) metrics in ([\d.]+)s"
)


def run_build(input_dir: Path, db_path: Path, workers: int, full: bool, scratch: Path) -> dict:
    """`python -m etl build` in a subprocess: wall time, its own reported time, peak memory."""
    usage_file = scratch / "rusage.json"
    command = [
        sys.executable,
        "-c",
        RUSAGE_WRAPPER,
        str(usage_file),
        sys.executable,
        "-m",
        "etl",
        "build",
        "--input",
        str(input_dir),
        "--db",
        str(db_path),
        "--workers",
        str(workers),
        "--quiet",
    ]
    if full:
        command.append("--full")
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    with TreeMemory(process.pid) as memory:
        stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise click.ClickException(
            f"build failed ({process.returncode}):\n{stdout}\n{stderr[-3000:]}"
        )
    usage = json.loads(usage_file.read_text())
    match = SUMMARY_LINE.search(stdout)
    result = {
        "wall_s": round(wall, 3),
        "stdout": stdout.strip(),
        "max_process_rss_mb": round(usage["maxrss_kb"] / 1024, 1),
        "peak_pss_mb": round(memory.peak_pss_kb / 1024, 1),
        "peak_rss_sum_mb": round(memory.peak_rss_sum_kb / 1024, 1),
        "processes": memory.peak_processes,
        "memory_timeline": memory.timeline,
        "cpu_s": round(usage["user_s"] + usage["system_s"], 2),
    }
    if match:
        seen, processed, articles, duplicates, errors, metrics, seconds = match.groups()
        result.update(
            files=int(seen),
            processed=int(processed),
            articles=int(articles),
            duplicates=int(duplicates),
            errors=int(errors),
            metrics=int(metrics),
            reported_s=float(seconds),
        )
    return result


def measure_full_build(corpus: Path, manifest: dict, out: Path, workers: int) -> dict:
    db_path = out / "parks.db"
    build = run_build(corpus, db_path, workers, full=True, scratch=out)
    seconds = build["wall_s"]
    build.update(
        articles_per_s=round(manifest["files"] / seconds, 1),
        mb_per_s=round(manifest["bytes"] / 1e6 / seconds, 2),
        metrics_per_s=round(build.get("metrics", 0) / seconds, 1),
        db_mb=round(db_path.stat().st_size / 1e6, 1),
    )
    return build


def pick_changed_file(corpus: Path, count: int) -> Path:
    """A UTF-8 plain-text article in the middle of the corpus (appending to it keeps it valid)."""
    for index in list(range(count // 2, count)) + list(range(count // 2)):
        path = corpus / relative_name(index)
        data = path.read_bytes()
        if (
            data
            and not data.startswith((b"---", b"<!DOCTYPE", b"\xef\xbb\xbf"))
            and b"\r" not in data
        ):
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            return path
    raise click.ClickException("no plain UTF-8 article in the corpus to change")


def measure_incremental(corpus: Path, count: int, out: Path, workers: int) -> dict:
    """Change one file, rebuild without --full, restore the file (the corpus is cached)."""
    path = pick_changed_file(corpus, count)
    original = path.read_bytes()
    try:
        path.write_bytes(original + "新增一段：园区新签约3个项目，总投资12亿元。\n".encode())
        result = run_build(corpus, out / "parks.db", workers, full=False, scratch=out)
    finally:
        path.write_bytes(original)
    result["changed_file"] = path.relative_to(corpus).as_posix()
    return result


def machine() -> dict:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "git_commit": commit.stdout.strip() or None,
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
    }


def judge(results: dict) -> dict:
    """Pass/fail per target of issue 7 for whatever was measured."""
    verdicts = {}
    build = results.get("build")
    if build:
        verdicts["articles_per_s"] = build["articles_per_s"] >= TARGETS["articles_per_s"]
        verdicts["peak_memory_mb"] = build["peak_pss_mb"] <= TARGETS["peak_memory_mb"]
    if results.get("floor_ratio") is not None:
        verdicts["floor_ratio"] = results["floor_ratio"] <= TARGETS["floor_ratio"]
    if results.get("unpunctuated"):
        verdicts["unpunctuated_spread"] = (
            results["unpunctuated"]["spread"] <= TARGETS["unpunctuated_spread"]
        )
    if results.get("incremental"):
        verdicts["incremental_s"] = results["incremental"]["wall_s"] <= TARGETS["incremental_s"]
    pages = (results.get("datasette") or {}).get("pages")
    if pages:
        verdicts["datasette_p95_ms"] = all(
            p["p95_ms"] is not None
            and p["p95_ms"] <= TARGETS["datasette_p95_ms"]
            and p["errors"] == 0
            for p in pages.values()
            if p["judged"]
        )
    return verdicts


def _ok(verdicts, key):
    return "" if key not in verdicts else ("ok" if verdicts[key] else "MISS")


def format_table(results: dict) -> str:
    rows = [("measure", "value", "target", "")]
    v = results.get("verdicts", {})
    corpus = results["corpus"]
    kinds = corpus["kinds"]
    duplicates = kinds.get("exact_duplicate", 0) + kinds.get("near_duplicate", 0)
    broken = sum(n for k, n in kinds.items() if k.startswith("broken"))
    rows.append(
        (
            "corpus",
            f"{corpus['files']} files, {corpus['bytes'] / 1e6:.1f} MB: {duplicates} duplicates "
            f"({kinds.get('exact_duplicate', 0)} exact), {broken} broken",
            "",
            "",
        )
    )
    build = results.get("build")
    if build:
        rows += [
            (
                "full build (wall, incl. start-up)",
                f"{build['wall_s']:.2f} s  ({results['workers']} workers, "
                f"{build.get('cpu_s', 0):.1f} CPU s)",
                "",
                "",
            ),
            (
                "articles/s",
                f"{build['articles_per_s']:.0f}",
                f">= {TARGETS['articles_per_s']:.0f}",
                _ok(v, "articles_per_s"),
            ),
            ("MB/s", f"{build['mb_per_s']:.2f}", "", ""),
            (
                "metrics/s",
                f"{build['metrics_per_s']:.0f}  ({build.get('metrics', 0)} metric rows)",
                "",
                "",
            ),
            (
                "rows",
                f"{build.get('articles', 0)} articles, {build.get('duplicates', 0)} duplicates, "
                f"{build.get('errors', 0)} errors",
                "",
                "",
            ),
            (
                "peak memory, all build processes (PSS)",
                f"{build['peak_pss_mb']:.0f} MB  (RSS sum "
                f"{build['peak_rss_sum_mb']:.0f} MB, largest process {build['max_process_rss_mb']:.0f} MB)",
                f"<= {TARGETS['peak_memory_mb']:.0f} MB",
                _ok(v, "peak_memory_mb"),
            ),
            ("database size", f"{build['db_mb']:.1f} MB", "", ""),
        ]
    floor = results.get("floor")
    if floor:
        rows.append(
            (
                "floor (read+NFKC+regex+executemany)",
                f"{floor['seconds']:.2f} s  (scan {floor['scan_s']:.2f}"
                f" s, insert {floor['rows']} rows {floor['insert_s']:.2f} s)",
                "",
                "",
            )
        )
        host = floor.get("host")
        if host:
            rows.append(
                (
                    "host steadiness (the same probe before / after the build)",
                    f"{host['probe_before_s']:.2f} s / {host['probe_after_s']:.2f} s "
                    f"({host['drift']:+.0%})",
                    f"within {STEADY_DRIFT:.0%}",
                    "ok" if host["steady"] else "UNSTEADY: the host's load changed, run again",
                )
            )
        rows.append(
            (
                "ETL time / floor time",
                f"{results['floor_ratio']:.1f}x",
                f"<= {TARGETS['floor_ratio']:.0f}x",
                _ok(v, "floor_ratio"),
            )
        )
    incremental = results.get("incremental")
    if incremental:
        rows.append(
            (
                f"rebuild after changing 1 of {corpus['files']}",
                f"{incremental['wall_s']:.2f} s  (build's own {incremental.get('reported_s', 0):.2f} s, "
                f"{incremental.get('processed', '?')} processed)",
                f"<= {TARGETS['incremental_s']:.0f} s",
                _ok(v, "incremental_s"),
            )
        )
    unpunctuated = results.get("unpunctuated")
    if unpunctuated:
        rows.append(
            (
                "unpunctuated text, time per KB",
                ", ".join(
                    f"{p['chars'] // 1000}k chars {p['ms_per_kb']:.1f} ms/KB"
                    for p in unpunctuated["points"]
                )
                + f"  (spread {unpunctuated['spread']:.2f}x)",
                f"<= {TARGETS['unpunctuated_spread']:.0f}x",
                _ok(v, "unpunctuated_spread"),
            )
        )
    datasette = results.get("datasette")
    if datasette:
        rows.append(
            (
                "datasette database",
                f"{datasette['metric_rows']} metric rows, {datasette['articles']} "
                f"articles, {datasette['db_mb']:.0f} MB; {datasette['clients']} clients, "
                f"{datasette['replicas']} server(s), {datasette['requests_per_s']} req/s"
                + (
                    f", {datasette['not_run']} requests not run (time limit)"
                    if datasette["not_run"]
                    else ""
                ),
                "",
                "",
            )
        )
        for name, page in datasette["pages"].items():
            p95 = page["p95_ms"]
            rows.append(
                (
                    f"  {name}",
                    f"p50 {page['p50_ms']} / p95 {p95} / p99 {page['p99_ms']} / max "
                    f"{page['max_ms']} ms, {page['requests']} req, {page['errors']} errors",
                    f"p95 <= {TARGETS['datasette_p95_ms']:.0f} ms"
                    if page["judged"]
                    else "(alone, info)",
                    ""
                    if not page["judged"]
                    else "ok"
                    if p95 is not None and p95 <= TARGETS["datasette_p95_ms"] and not page["errors"]
                    else "MISS",
                )
            )
    widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
    lines = ["  ".join(str(cell).ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_curve(curve: list) -> str:
    lines = ["articles  workers  build s  articles/s  floor s  ratio  peak PSS MB  metrics"]
    for point in curve:
        lines.append(
            f"{point['articles']:>8}  {point['workers']:>7}  {point['wall_s']:>7.2f}  "
            f"{point['articles_per_s']:>10.0f}  {point['floor_s']:>7.2f}  {point['floor_ratio']:>5.1f}  "
            f"{point['peak_pss_mb']:>11.0f}  {point.get('metrics', 0):>7}"
        )
    return "\n".join(lines)


def corpus_files(corpus: Path) -> list:
    return sorted(p for p in corpus.rglob("*") if p.is_file())


def bench_size(out: Path, articles: int, seed: int, workers: int, material=None) -> tuple:
    """Generate (or reuse) a corpus, build it fully, measure the floor on it."""
    manifest = generate_corpus(out, articles, seed, material)
    corpus = corpus_path(out, articles, seed) / "files"
    work = out / f"build-{articles}"
    work.mkdir(parents=True, exist_ok=True)
    files = corpus_files(corpus)
    before = probe_host(files, work / "probe.db", evict=True)
    build = measure_full_build(corpus, manifest, work, workers)
    floor = measure_floor(files, build.get("metrics", 0), work / "floor.db")
    (work / "floor.db").unlink()
    floor["host"] = host_steadiness(before, probe_host(files, work / "probe.db"))
    return manifest, corpus, work, build, floor


@click.command(
    help="Benchmark the build against its floor on a synthetic corpus, the incremental "
    "rebuild, peak memory, and Datasette latency on a million metric rows. Prints one "
    "table and writes the results as JSON."
)
@click.option(
    "--articles",
    type=click.IntRange(min=20),
    default=20000,
    show_default=True,
    help="Files in the synthetic corpus.",
)
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Build workers [default: cores]."
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data/bench"),
    show_default=True,
    help="Folder for corpora, databases and results (cached between runs).",
)
@click.option("--seed", type=int, default=1, show_default=True, help="Corpus generator seed.")
@click.option("--skip-datasette", is_flag=True, help="Skip the Datasette load test.")
@click.option(
    "--datasette-rows",
    type=click.IntRange(min=1000),
    default=1_000_000,
    show_default=True,
    help="Metric rows in the Datasette load-test database.",
)
@click.option(
    "--datasette-replicas",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Identical read-only Datasette servers sharing the clients (scale-out on one machine).",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the results here [always appended to OUT/history.jsonl].",
)
@click.option(
    "--curve",
    default=None,
    metavar="SIZES",
    help="Instead: full-build time at each comma-separated corpus size, e.g. 2000,20000,50000.",
)
@click.option(
    "--curve-workers",
    default=None,
    metavar="COUNTS",
    help="With --curve: worker counts to try at each size, e.g. 1,2 [default: --workers].",
)
def bench(
    articles,
    workers,
    out,
    seed,
    skip_datasette,
    datasette_rows,
    datasette_replicas,
    json_path,
    curve,
    curve_workers,
):
    workers = workers or os.cpu_count() or 1
    out = Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    results = {"started": started, "machine": machine(), "seed": seed, "workers": workers}
    material = load_material()
    if curve:
        points = []
        for size in [int(s) for s in curve.split(",") if s.strip()]:
            for count in [int(w) for w in (curve_workers or str(workers)).split(",") if w.strip()]:
                click.echo(f"curve: {size} articles, {count} workers ...", err=True)
                manifest, _, _, build, floor = bench_size(out, size, seed, count, material)
                points.append(
                    {
                        "articles": size,
                        "workers": count,
                        "bytes": manifest["bytes"],
                        "wall_s": build["wall_s"],
                        "articles_per_s": build["articles_per_s"],
                        "floor_s": floor["seconds"],
                        "host_drift": floor["host"]["drift"],
                        "floor_ratio": round(build["wall_s"] / floor["seconds"], 2),
                        "peak_pss_mb": build["peak_pss_mb"],
                        "metrics": build.get("metrics", 0),
                        "cpu_s": build["cpu_s"],
                    }
                )
        results["curve"] = points
        click.echo(format_curve(points))
    else:
        click.echo(f"corpus: {articles} files (seed {seed}) ...", err=True)
        manifest, corpus, work, build, floor = bench_size(out, articles, seed, workers, material)
        results.update(
            corpus={k: manifest[k] for k in ("files", "bytes", "kinds", "sha256")},
            build=build,
            floor=floor,
            floor_ratio=round(build["wall_s"] / floor["seconds"], 2),
        )
        click.echo("incremental rebuild ...", err=True)
        results["incremental"] = measure_incremental(corpus, articles, work, workers)
        click.echo("unpunctuated text ...", err=True)
        results["unpunctuated"] = measure_unpunctuated()
        if not skip_datasette:
            from bench.loadtest import run_loadtest

            results["datasette"] = run_loadtest(
                out / "loadtest",
                datasette_rows,
                seed,
                material=material,
                log=lambda line: click.echo(line, err=True),
                replicas=datasette_replicas,
            )
        results["verdicts"] = judge(results)
        click.echo(format_table(results))
    results["finished"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with open(out / "history.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(results, ensure_ascii=False) + "\n")
    if json_path:
        Path(json_path).write_text(
            json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8"
        )
