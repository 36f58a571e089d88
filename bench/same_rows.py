"""Same rows: dump every table built from the reference corpora, to diff two versions of the code.

`python -m bench.same_rows OUT` builds data/raw, every tests/heldout*/corpus and 500 synthetic
bench files into OUT and writes one sorted text dump per corpus; run it before and after a
refactoring and `diff -r` the two folders. Volatile columns (times, versions) are left out.
"""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import click

from bench.corpus import corpus_path, generate_corpus

VOLATILE = {
    "extractor_version",
    "started",
    "finished",
    "built_at",
    "duration_s",
    "elapsed_s",
    "processed_at",
    "mtime",
    "mtime_ns",
    "seconds",
    "ended",
    "started_at",
    "finished_at",
}


def dump(db_path: Path, out: Path) -> int:
    conn = sqlite3.connect(db_path)
    lines = []
    tables = [
        r[0]
        for r in conn.execute(
            "select name from sqlite_master where type in ('table','view') and name not like '%fts%' "
            "and name not like 'sqlite_%' and name != 'etl_runs' order by name"
        )
    ]
    for table in tables:
        cols = [r[1] for r in conn.execute(f"pragma table_info([{table}])")]
        keep = [c for c in cols if c not in VOLATILE]
        rows = conn.execute(
            f"select {', '.join('[' + c + ']' for c in keep)} from [{table}]"
        ).fetchall()
        lines.append(f"## {table} {keep}")
        lines.extend(sorted(json.dumps(r, ensure_ascii=False, default=str) for r in rows))
    # the search index's content, as rows
    for (name,) in conn.execute(
        "select name from sqlite_master where name like '%fts' and type='table'"
    ):
        rows = conn.execute(f"select rowid, * from [{name}]").fetchall()
        lines.append(f"## {name}")
        lines.extend(sorted(json.dumps(r, ensure_ascii=False) for r in rows))
    out.write_text("\n".join(lines) + "\n")
    return len(lines)


@click.command()
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("--bench-files", type=click.IntRange(min=0), default=500, show_default=True)
def main(out: Path, bench_files: int):
    root = Path(__file__).resolve().parent.parent
    corpora = {"raw": root / "data/raw"}
    for d in sorted(root.glob("tests/heldout*/corpus")):
        corpora[d.parent.name] = d
    if bench_files:
        generate_corpus(out / "generated", bench_files, seed=1)
        corpora[f"bench{bench_files}"] = corpus_path(out / "generated", bench_files, 1) / "files"
    out.mkdir(parents=True, exist_ok=True)
    for name, src in corpora.items():
        db = out / f"{name}.db"
        db.unlink(missing_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "etl",
                "build",
                "--input",
                str(src),
                "--db",
                str(db),
                "--full",
                "--quiet",
            ],
            check=True,
        )
        print(name, dump(db, out / f"{name}.txt"), "lines")


if __name__ == "__main__":
    main()
