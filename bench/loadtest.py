"""Datasette at scale: a synthetic database of a million metric rows, served the way
`make serve` serves it, hit over loopback by concurrent clients.

The database follows etl/schema.py (ensure_db_shape) and is filled with executemany
(indexes dropped during the load and recreated by ensure_db_shape, like any bulk load):
articles recombined from data/raw by the benchmark generator, metrics at every number
with a unit in their text (so quotes and offsets are real), parks and companies drawn
with a skew so some facets are big. The search index is built by etl.search.

Clients are bounded in number and time and talk to 127.0.0.1 only.
"""

import http.client
import json
import math
import os
import random
import re
import shlex
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import deque
from datetime import date, timedelta
from pathlib import Path

import sqlite_utils
import yaml

from bench.corpus import (
    BENCH_DIR,
    ROOT,
    UNIT_NUMBER,
    Material,
    compose_article,
    load_material,
)
from etl.load.schema import TABLES, ensure_db_shape
from etl.script import converter

# Bump when the synthetic database changes: a cached one is then rebuilt.
LOADTEST_VERSION = 1
CLIENTS = 8
REQUESTS_PER_PAGE = 120
MAX_SECONDS = 300  # for all requests together; what is left is reported as not run
REQUEST_TIMEOUT = 30
HOST = "127.0.0.1"
DATABASE = "parks"  # the file stem, so metadata.yml applies to the test database
BATCH_ARTICLES = 2000

SEARCH_TERMS = {
    2: ["园区", "项目", "企业", "投资"],
    5: ["高质量发展", "新一代信息", "计划总投资", "双招双引工"],
}
# Mirrors of the serve target, used only when the Makefile cannot be read.
FALLBACK_SETTINGS = [
    ("sql_time_limit_ms", "3000"),
    ("max_returned_rows", "1000"),
    ("facet_time_limit_ms", "500"),
    ("default_page_size", "50"),
]


# Synthetic database ---------------------------------------------------------


def _gold_templates(gold_dir: Path = ROOT / "tests" / "gold") -> list[dict]:
    """Measure/unit/qualifier/period combinations as the gold annotations distribute them."""
    templates = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        for quantity in json.loads(path.read_text(encoding="utf-8")).get("quantities", []):
            value, normalized = quantity.get("value"), quantity.get("normalized_value")
            templates.append(
                {
                    "measure": quantity.get("measure") or "other",
                    "unit": quantity.get("unit") or "个",
                    "normalized_unit": quantity.get("normalized_unit"),
                    "factor": (normalized / value) if value and normalized is not None else None,
                    "qualifier": quantity.get("qualifier"),
                    "period": quantity.get("period"),
                }
            )
    return templates or [
        {
            "measure": "other",
            "unit": "个",
            "normalized_unit": "count",
            "factor": 1.0,
            "qualifier": None,
            "period": None,
        }
    ]


def _measure_rows(templates):
    try:
        from etl.knowledge import measures

        rows = measures()
        if rows:
            return rows
    except (OSError, ImportError, KeyError, TypeError):
        pass
    return [
        {"code": code, "label_zh": None, "label_en": code.replace("_", " "), "description": None}
        for code in sorted({t["measure"] for t in templates})
    ]


def _columns(table):
    return list(TABLES[table][0])


def _insert(conn, table, rows):
    if rows:
        columns = _columns(table)
        conn.executemany(
            f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))})",
            [tuple(row.get(c) for c in columns) for row in rows],
        )


def _skewed_index(rng, size, exponent=1.1):
    """An index in [0, size) with a Zipf-like skew: a few parks get most of the news."""
    return min(size - 1, int(size * rng.random() ** (1 + exponent)))


def build_large_db(
    db_path: Path, metric_rows: int, seed: int, material: Material = None, log=print
) -> dict:
    """Write a database of at least `metric_rows` metrics and return counts."""
    material = material or load_material()
    names = yaml.safe_load((BENCH_DIR / "names.yml").read_text(encoding="utf-8"))
    templates = _gold_templates()
    rng = random.Random(f"loadtest:{seed}")
    work = db_path.with_name(db_path.name + ".building")
    for stale in (work, db_path):
        if stale.exists():
            stale.unlink()
    db = sqlite_utils.Database(work)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    ensure_db_shape(db)
    # Indexes are rebuilt once at the end by ensure_db_shape: far cheaper than maintaining them per row.
    for (index,) in db.execute(
        "select name from sqlite_master where type = 'index' and sql is not null"
    ).fetchall():
        db.execute(f"drop index [{index}]")
    conn = db.conn
    started = time.perf_counter()

    measures = _measure_rows(templates)
    park_names = list(
        dict.fromkeys(
            list(names["parks"]) + [c + s for c in names["cities"] for s in names["park_suffixes"]]
        )
    )
    company_names = list(
        dict.fromkeys(
            a + b + trade
            for a in names["company_words"]
            for b in names["company_words"]
            if a != b
            for trade in names["company_trades"]
        )
    )
    rng.shuffle(company_names)
    company_names = company_names[:20000]
    curated = set(names["parks"])
    with conn:
        _insert(conn, "measures", measures)
        _insert(
            conn,
            "sources",
            [{"id": i + 1, "name": outlet} for i, (_, outlet) in enumerate(material.sources)],
        )
        _insert(
            conn,
            "parks",
            [
                {
                    "id": i + 1,
                    "name": name,
                    "kind": "industrial_park",
                    "curated": int(name in curated),
                    "city": next((c for c in names["cities"] if name.startswith(c)), None),
                }
                for i, name in enumerate(park_names)
            ],
        )
        _insert(
            conn,
            "park_aliases",
            [{"park_id": i + 1, "alias": name} for i, name in enumerate(park_names)],
        )
        _insert(
            conn, "companies", [{"id": i + 1, "name": name} for i, name in enumerate(company_names)]
        )
        _insert(
            conn,
            "company_aliases",
            [
                {"company_id": i + 1, "alias": name, "rule": "synthetic"}
                for i, name in enumerate(company_names)
            ],
        )

    to_traditional = converter("s2twp").convert
    article_id = metric_id = company_park_id = 0
    pending = {
        table: []
        for table in (
            "articles",
            "article_texts",
            "article_parks",
            "article_companies",
            "company_parks",
            "metrics",
            "files",
            "duplicates",
            "ingest_errors",
        )
    }

    def flush():
        with conn:
            for table, rows in pending.items():
                _insert(conn, table, rows)
                rows.clear()

    while metric_id < metric_rows:
        article_id += 1
        article = compose_article(material, random.Random(f"loadtest:{seed}:{article_id}"))
        simplified = "\n".join(article.paragraphs)
        body, script = simplified, "simplified"
        if article.script == "traditional":
            converted = to_traditional(simplified)
            if len(converted) == len(simplified):
                body, script = converted, "traditional"
        published = date(2015, 1, 1) + timedelta(days=rng.randrange(10 * 365))
        main_park = _skewed_index(rng, len(park_names)) + 1
        other_parks = {
            _skewed_index(rng, len(park_names)) + 1 for _ in range(rng.randint(0, 2))
        } - {main_park}
        companies = {rng.randrange(len(company_names)) + 1 for _ in range(rng.randint(1, 6))}
        paragraphs, offset = [], 0
        for paragraph in article.paragraphs:
            paragraphs.append([offset, offset + len(paragraph), "body"])
            offset += len(paragraph) + 1
        path = f"{article_id // 1000:03d}/{article_id:06d}.txt"
        matches = list(UNIT_NUMBER.finditer(simplified))
        pending["articles"].append(
            {
                "id": article_id,
                "path": path,
                "title": article.title,
                "published": published.isoformat(),
                "published_precision": "day",
                "date_source": "front_matter",
                "source_id": rng.randrange(len(material.sources)) + 1,
                "script": script,
                "main_park_id": main_park,
                "content_hash": f"{seed:08x}{article_id:056x}",
                "encoding": "utf-8",
                "format": article.format,
                "size_bytes": len(body.encode()),
                "removed": "{}",
                "removed_total": 0,
                "warnings": "[]",
                "metric_count": len(matches),
                "extractor_version": f"loadtest-{LOADTEST_VERSION}",
            }
        )
        pending["article_texts"].append(
            {
                "article_id": article_id,
                "body": body,
                "body_simplified": simplified,
                "paragraphs": json.dumps(paragraphs),
            }
        )
        pending["files"].append(
            {
                "path": path,
                "content_hash": f"{article_id:064x}",
                "status": "article",
                "article_id": article_id,
                "extractor_version": f"loadtest-{LOADTEST_VERSION}",
            }
        )
        for park in [main_park, *sorted(other_parks)]:
            pending["article_parks"].append(
                {
                    "article_id": article_id,
                    "park_id": park,
                    "is_main": int(park == main_park),
                    "mentions": rng.randint(1, 9),
                    "surfaces": json.dumps([park_names[park - 1]], ensure_ascii=False),
                }
            )
        for company in sorted(companies):
            pending["article_companies"].append(
                {
                    "article_id": article_id,
                    "company_id": company,
                    "mentions": rng.randint(1, 4),
                    "surfaces": json.dumps([company_names[company - 1]], ensure_ascii=False),
                }
            )
            if rng.random() < 0.4:
                company_park_id += 1
                pending["company_parks"].append(
                    {
                        "id": company_park_id,
                        "company_id": company,
                        "park_id": main_park,
                        "article_id": article_id,
                        "quote": company_names[company - 1],
                        "char_start": 0,
                        "char_end": 0,
                    }
                )
        for match in matches:
            metric_id += 1
            template = rng.choice(templates)
            value = float(match.group(1))
            start, end = max(0, match.start() - 30), min(len(body), match.end() + 12)
            subject_kind = (
                "park"
                if rng.random() < 0.8
                else "company"
                if companies and rng.random() < 0.5
                else None
            )
            company = rng.choice(sorted(companies)) if subject_kind == "company" else None
            year = published.year - (
                1 if template["period"] and "去年" in template["period"] else 0
            )
            pending["metrics"].append(
                {
                    "id": metric_id,
                    "article_id": article_id,
                    "park_id": main_park if subject_kind == "park" else None,
                    "company_id": company,
                    "measure": template["measure"],
                    "value": value,
                    "unit": template["unit"],
                    "normalized_value": value * template["factor"]
                    if template["factor"] is not None
                    else None,
                    "normalized_unit": template["normalized_unit"],
                    "qualifier": template["qualifier"],
                    "currency": template["normalized_unit"]
                    if template["normalized_unit"] in ("CNY", "USD")
                    else None,
                    "number_text": body[match.start() : match.end() + 2],
                    "period_label": template["period"],
                    "period_start": f"{year}-01-01" if rng.random() < 0.6 else None,
                    "period_end": f"{year}-12-31" if rng.random() < 0.6 else None,
                    "subject": park_names[main_park - 1]
                    if subject_kind == "park"
                    else company_names[company - 1]
                    if company
                    else None,
                    "subject_kind": subject_kind,
                    "quote": body[start:end],
                    "char_start": start,
                    "char_end": end,
                    "number_start": match.start(),
                    "number_end": match.end(),
                    "rule": "synthetic",
                }
            )
        if rng.random() < 0.02:
            duplicate = f"dup/{article_id:06d}.txt"
            pending["duplicates"].append(
                {
                    "path": duplicate,
                    "article_id": article_id,
                    "kind": "exact",
                    "similarity": 1.0,
                    "title": article.title,
                    "script": script,
                }
            )
            pending["files"].append(
                {"path": duplicate, "status": "duplicate", "article_id": article_id}
            )
        if rng.random() < 0.01:
            broken = f"broken/{article_id:06d}.txt"
            pending["ingest_errors"].append(
                {
                    "path": broken,
                    "stage": "read",
                    "error_class": "EmptyFile",
                    "message": "file is empty",
                    "size_bytes": 0,
                }
            )
            pending["files"].append({"path": broken, "status": "error"})
        if article_id % BATCH_ARTICLES == 0:
            flush()
            log(
                f"  loadtest db: {article_id} articles, {metric_id} metrics, {time.perf_counter() - started:.0f}s"
            )
    flush()
    loaded = time.perf_counter()
    ensure_db_shape(db)
    indexed = time.perf_counter()
    log(f"  loadtest db: indexes in {indexed - loaded:.0f}s; search index ...")
    from etl.load.search import index_articles

    index_articles(db)
    searched = time.perf_counter()
    db["etl_runs"].insert(
        {
            "started": "synthetic",
            "extractor_version": f"loadtest-{LOADTEST_VERSION}",
            "articles": article_id,
            "metrics": metric_id,
        }
    )
    db.execute("ANALYZE")
    db.close()
    os.replace(work, db_path)
    return {
        "articles": article_id,
        "metric_rows": metric_id,
        "parks": len(park_names),
        "companies": len(company_names),
        "insert_s": round(loaded - started, 1),
        "index_s": round(indexed - loaded, 1),
        "search_index_s": round(searched - indexed, 1),
        "total_s": round(time.perf_counter() - started, 1),
    }


def ensure_large_db(work_dir: Path, metric_rows: int, seed: int, material=None, log=print) -> dict:
    """Reuse the database built for the same (rows, seed, version), else build it."""
    work_dir.mkdir(parents=True, exist_ok=True)
    db_path = work_dir / f"{DATABASE}.db"
    meta_path = work_dir / "loadtest.json"
    wanted = {
        "version": LOADTEST_VERSION,
        "requested_rows": metric_rows,
        "seed": seed,
        "schema": _schema_digest(),
    }
    if db_path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if all(meta.get(k) == v for k, v in wanted.items()):
            return meta
    log(f"loadtest: building a database of {metric_rows} metric rows ...")
    meta = {**wanted, **build_large_db(db_path, metric_rows, seed, material, log)}
    inspect = work_dir / "inspect.json"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "datasette"),
            "inspect",
            str(db_path),
            "--inspect-file",
            str(inspect),
        ],
        check=True,
        cwd=ROOT,
    )
    meta_path.write_text(json.dumps(meta, indent=2))
    return meta


def _schema_digest() -> str:
    """Of the table definitions and the search index's rules: either changing rebuilds the cache."""
    import hashlib

    from etl.load import schema, search

    digest = hashlib.sha256(Path(schema.__file__).read_bytes())
    digest.update(search.CREATE_SQL.encode("utf-8"))
    return digest.hexdigest()[:16]


# Serving --------------------------------------------------------------------


def makefile_variables(text: str) -> dict:
    """`NAME := value` (or = / ?=) assignments, continuation lines joined."""
    joined = text.replace("\\\n", " ")
    return {
        m.group(1): m.group(2).strip()
        for m in re.finditer(r"^([A-Za-z_][A-Za-z0-9_]*)\s*[:?]?=\s*(.*)$", joined, re.M)
    }


def expand(value: str, variables: dict, depth: int = 0) -> str:
    if depth > 10:
        return value
    return re.sub(
        r"\$\((\w+)\)",
        lambda m: (
            expand(variables[m.group(1)], variables, depth + 1)
            if m.group(1) in variables
            else m.group(0)
        ),
        value,
    )


def serve_arguments_from_makefile(makefile: Path = ROOT / "Makefile") -> list[str]:
    """The options of `datasette serve` in the Makefile's serve target (variables expanded),
    minus the database, inspect file, host and port: the load test supplies its own."""
    try:
        text = makefile.read_text()
    except OSError:
        text = ""
    match = re.search(r"^serve:.*?\n((?:\t.*\n?)+)", text, re.M)
    if not match:
        arguments = []
        for name, value in FALLBACK_SETTINGS:
            arguments += ["--setting", name, value]
        return arguments
    recipe = expand(match.group(1).replace("\\\n", " "), makefile_variables(text))
    tokens = shlex.split(recipe)
    # everything after the program (`datasette serve …`, or `datasette …`: serve is its default)
    program = next((i for i, token in enumerate(tokens) if token.endswith("datasette")), -1)
    tokens = tokens[program + 1 :]
    if tokens[:1] == ["serve"]:
        tokens = tokens[1:]
    arguments, skip = [], 0
    for token in tokens:
        if skip:
            skip -= 1
            continue
        if token in ("-i", "--immutable", "--inspect-file", "--host", "--port", "-h", "-p"):
            skip = 1
            continue
        if token == "--reload":  # a development convenience: the load test measures a fixed file
            continue
        if token.startswith("$(") or token.endswith(".db"):
            continue
        arguments.append(token)
    return arguments


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """`datasette serve -i` on a free loopback port, stopped on exit."""

    def __init__(self, db_path: Path, inspect_file: Path, extra_arguments=(), name="datasette.log"):
        self.port = free_port()
        self.command = [
            str(Path(sys.executable).parent / "datasette"),
            "serve",
            "-i",
            str(db_path),
            "--inspect-file",
            str(inspect_file),
            *serve_arguments_from_makefile(),
            *extra_arguments,
            "--host",
            HOST,
            "--port",
            str(self.port),
        ]
        self.log_path = Path(db_path).with_name(name)
        self.process = None

    def __enter__(self):
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            self.command,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"datasette exited with {self.process.returncode}; see {self.log.name}"
                )
            try:
                connection = http.client.HTTPConnection(HOST, self.port, timeout=2)
                connection.request("GET", "/-/versions.json")
                if connection.getresponse().status == 200:
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("datasette did not start within 60 s")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


# Pages and clients ----------------------------------------------------------


def _canned_query(name_part: str, fallback: str) -> str:
    try:
        metadata = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
        queries = metadata["databases"][DATABASE].get("queries", {})
    except (OSError, KeyError, TypeError, AttributeError):
        queries = {}
    return next((name for name in queries if name_part in name), fallback)


def page_plan(db_path: Path, rng: random.Random) -> dict:
    """name -> (judged against the target?, list of URLs to request in turn)."""
    from urllib.parse import quote

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    top_measure = conn.execute(
        "select measure from metrics group by measure order by count(*) desc limit 1"
    ).fetchone()[0]
    busy_parks = [
        r[0]
        for r in conn.execute(
            "select park_id from metrics where park_id is not null group by park_id order by count(*) desc limit 20"
        )
    ]
    max_article = conn.execute("select max(id) from articles").fetchone()[0]
    conn.close()
    investment = _canned_query("investment_by_park", "investment_by_park_year")
    search = _canned_query("search", None)

    def each(make):
        return [make(i) for i in range(REQUESTS_PER_PAGE)]

    plan = {
        "metrics table, default facets": (True, each(lambda i: f"/{DATABASE}/metrics")),
        "metrics faceted filter": (
            True,
            each(
                lambda i: (
                    f"/{DATABASE}/metrics?measure={quote(top_measure)}"
                    f"&park_id={busy_parks[i % len(busy_parks)]}"
                )
            ),
        ),
        f"canned query {investment}": (True, each(lambda i: f"/{DATABASE}/{investment}")),
        "search 2 chars (articles ?_search)": (
            True,
            each(lambda i: f"/{DATABASE}/articles?_search={quote(SEARCH_TERMS[2][i % 4])}"),
        ),
        "search 5 chars (articles ?_search)": (
            True,
            each(lambda i: f"/{DATABASE}/articles?_search={quote(SEARCH_TERMS[5][i % 4])}"),
        ),
        "article page": (
            True,
            each(lambda i: f"/{DATABASE}/articles/{rng.randint(1, max_article)}"),
        ),
    }
    if search:  # the ranked query with snippets: reported, timed alone
        plan[f"search 2 chars (canned {search}, not a target)"] = (
            False,
            each(lambda i: f"/{DATABASE}/{search}?q={quote(SEARCH_TERMS[2][i % 4])}"),
        )
        plan[f"search 5 chars (canned {search}, not a target)"] = (
            False,
            each(lambda i: f"/{DATABASE}/{search}?q={quote(SEARCH_TERMS[5][i % 4])}"),
        )
    plan["metrics_detail view (not a target)"] = (
        False,
        each(lambda i: f"/{DATABASE}/metrics_detail"),
    )
    return plan


def percentile(sorted_values: list, fraction: float):
    """Nearest-rank percentile of an already sorted list, or None for an empty one."""
    if not sorted_values:
        return None
    return sorted_values[
        min(len(sorted_values) - 1, max(0, math.ceil(fraction * len(sorted_values)) - 1))
    ]


def fetch(connection, url) -> tuple[int, int]:
    connection.request("GET", url, headers={"Accept": "text/html"})
    response = connection.getresponse()
    return response.status, len(response.read())


def run_clients(
    ports: list, jobs: list, clients: int = CLIENTS, max_seconds: float = MAX_SECONDS
) -> dict:
    """Send (page, url) jobs from `clients` threads with keep-alive connections; latencies per page.
    Client i talks to ports[i % len(ports)]."""
    queue = deque(jobs)
    lock = threading.Lock()
    results = {}
    deadline = time.perf_counter() + max_seconds

    def worker(port):
        connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        while time.perf_counter() < deadline:
            with lock:
                if not queue:
                    break
                page, url = queue.popleft()
            started = time.perf_counter()
            try:
                status, size = fetch(connection, url)
                error = None if status == 200 else f"HTTP {status}"
            except (OSError, http.client.HTTPException) as exc:
                error, size = f"{type(exc).__name__}: {exc}", 0
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                entry = results.setdefault(page, {"latencies": [], "errors": [], "bytes": 0})
                entry["latencies"].append(elapsed)
                entry["bytes"] += size
                if error:
                    entry["errors"].append(f"{url}: {error}")
        connection.close()

    threads = [
        threading.Thread(target=worker, args=(ports[i % len(ports)],)) for i in range(clients)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"results": results, "seconds": time.perf_counter() - started, "not_run": len(queue)}


def summarize(entry: dict, judged: bool, first_ms: float, planned: int) -> dict:
    latencies = sorted(entry["latencies"]) if entry else []
    return {
        "judged": judged,
        "requests": len(latencies),
        "planned": planned,
        "errors": len(entry["errors"]) if entry else 0,
        "error_samples": entry["errors"][:3] if entry else [],
        "first_ms": round(first_ms, 1),
        **{
            f"p{int(p * 100)}_ms": (round(percentile(latencies, p), 1) if latencies else None)
            for p in (0.5, 0.95, 0.99)
        },
        "max_ms": round(latencies[-1], 1) if latencies else None,
        "mean_kb": round(entry["bytes"] / len(latencies) / 1024, 1) if latencies else None,
    }


def _cold_request(port, url) -> float:
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    started = time.perf_counter()
    try:
        fetch(connection, url)
    except (OSError, http.client.HTTPException):
        pass
    connection.close()
    return (time.perf_counter() - started) * 1000


def run_loadtest(
    work_dir: Path,
    metric_rows: int = 1_000_000,
    seed: int = 1,
    material=None,
    log=print,
    clients: int = CLIENTS,
    replicas: int = 1,
    extra_arguments: tuple = (),
) -> dict:
    """Pages that have a target are requested concurrently (shuffled together, as users would);
    pages reported for information only are timed alone afterwards, so they do not slow the others.
    With replicas > 1, that many identical read-only servers share the clients (client i uses
    server i mod replicas): the scale-out design of docs/scaling.md, on one machine."""
    meta = ensure_large_db(Path(work_dir), metric_rows, seed, material, log)
    db_path = Path(work_dir) / f"{DATABASE}.db"
    rng = random.Random(f"loadtest-pages:{seed}")
    plan = page_plan(db_path, rng)
    jobs = [(page, url) for page, (judged, urls) in plan.items() if judged for url in urls]
    rng.shuffle(jobs)
    log(
        f"loadtest: serving {db_path} ({db_path.stat().st_size / 1e6:.0f} MB) x{replicas}; {len(jobs)} requests "
        f"from {clients} clients ..."
    )
    servers = [
        Server(db_path, Path(work_dir) / "inspect.json", extra_arguments, name=f"datasette-{i}.log")
        for i in range(replicas)
    ]
    try:
        for server in servers:
            server.__enter__()
        ports = [server.port for server in servers]
        first = {page: _cold_request(ports[0], urls[0]) for page, (_, urls) in plan.items()}
        run = run_clients(ports, jobs, clients)
        alone = {}
        for page, (judged, urls) in plan.items():
            if not judged:
                entry = {"latencies": [], "errors": [], "bytes": 0}
                for url in urls[:5]:
                    connection = http.client.HTTPConnection(HOST, ports[0], timeout=REQUEST_TIMEOUT)
                    started = time.perf_counter()
                    status, size = fetch(connection, url)
                    entry["latencies"].append((time.perf_counter() - started) * 1000)
                    entry["bytes"] += size
                    if status != 200:
                        entry["errors"].append(f"{url}: HTTP {status}")
                    connection.close()
                alone[page] = entry
        command = servers[0].command
    finally:
        for server in servers:
            if server.process is not None:
                server.__exit__(None, None, None)
    pages = {}
    for page, (judged, urls) in plan.items():
        entry = run["results"].get(page) if judged else alone.get(page)
        pages[page] = summarize(entry, judged, first[page], len(urls) if judged else 5)
    return {
        "metric_rows": meta["metric_rows"],
        "articles": meta["articles"],
        "db_mb": round(db_path.stat().st_size / 1e6, 1),
        "build": {
            k: meta[k] for k in ("insert_s", "index_s", "search_index_s", "total_s") if k in meta
        },
        "clients": clients,
        "replicas": replicas,
        "seconds": round(run["seconds"], 1),
        "requests_per_s": round(
            sum(len(e["latencies"]) for e in run["results"].values()) / run["seconds"], 1
        ),
        "not_run": run["not_run"],
        "command": " ".join(shlex.quote(part) for part in command),
        "pages": pages,
    }
