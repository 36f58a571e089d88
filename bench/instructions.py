"""Instructions per file: the workers' cost of read, clean and extract, counted by valgrind.

On the shared development machine two runs of the same build differ by 10% and more in wall
and CPU time, so a change that saves 3% cannot be seen there. valgrind's callgrind counts the
instructions the interpreter executes instead, and that count is the same from run to run.
`python -m bench.instructions` processes bench files in one process under callgrind, once N of
them and once 2N (both after a worker's warm-up), and prints the difference per file: what the
second N files cost, with start-up, warm-up and whatever is built at a first use left out. Run it
before and after a change on the same corpus: the ratio of the two counts is the change's effect
on the workers (cache misses are not counted: a change that only saves memory traffic shows in
seconds, not here). About eight minutes for N = 150.
"""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import click

from bench.corpus import corpus_path, generate_corpus

# The child: warm up as a build worker does, then process files [skip, skip + count) in order.
CHILD = """
import sys
from pathlib import Path
from etl import build
files = sorted(p for p in Path(sys.argv[1]).rglob("*") if p.is_file())
skip, count = int(sys.argv[2]), int(sys.argv[3])
build._warm_up()
done = [build.process_file((str(path), sys.argv[1], "x", path.stat().st_size), budget=None)
        for path in files[skip : skip + count]]
print(len(done), sum(result["status"] == "article" for result in done))
"""


def instructions(corpus: Path, skip: int, count: int, scratch: Path) -> int:
    """Instructions callgrind counts for warm-up plus `count` files."""
    out = scratch / f"callgrind-{count}.out"
    subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            CHILD,
            str(corpus),
            str(skip),
            str(count),
        ],
        check=True,
        capture_output=True,
    )
    summary = re.search(r"^summary: (\d+)", out.read_text(), re.M)
    return int(summary.group(1))


@click.command()
@click.option("--files", "count", default=150, show_default=True, help="N: files measured.")
@click.option(
    "--skip",
    default=2000,
    show_default=True,
    help="Files of the corpus skipped first (the first ones fill the per-process caches).",
)
@click.option("--articles", default=20000, show_default=True, help="Size of the bench corpus.")
@click.option(
    "--out", type=click.Path(path_type=Path), default=Path("data/bench"), show_default=True
)
def main(count: int, skip: int, articles: int, out: Path):
    """Print the instructions per file of read, clean and extract, under callgrind."""
    if not shutil.which("valgrind"):
        raise click.ClickException("valgrind is not installed (apt-get install valgrind)")
    generate_corpus(out, articles, 1)
    corpus = corpus_path(out, articles, 1) / "files"
    with tempfile.TemporaryDirectory() as scratch:
        first = instructions(corpus, skip, count, Path(scratch))
        both = instructions(corpus, skip, 2 * count, Path(scratch))
    click.echo(
        f"{(both - first) / count / 1e6:.2f} M instructions per file "
        f"(files {skip + count} to {skip + 2 * count - 1}; the run over the first {count} "
        f"with start-up took {first / 1e9:.2f} G)"
    )


if __name__ == "__main__":
    main()
