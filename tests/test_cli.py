"""The command line a user types: help, build summary, errors and --strict."""

import shutil
from pathlib import Path

from click.testing import CliRunner

from etl.cli import cli

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def test_help_lists_commands():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "evaluate"):
        assert command in result.output


def test_version_is_the_extractor_version():
    from etl.version import extractor_version

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and extractor_version() in result.output


def test_build_reports_bad_file_and_strict_fails(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / "empty.txt").write_bytes(b"")
    db = tmp_path / "parks.db"
    result = CliRunner().invoke(
        cli, ["build", "--input", str(raw), "--db", str(db), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "error: empty.txt: read:" in result.output
    assert "5 articles, 0 duplicates, 1 errors" in result.output
    strict = CliRunner().invoke(
        cli, ["build", "--input", str(raw), "--db", str(db), "--strict", "--full"]
    )
    assert strict.exit_code == 1


def test_evaluate_prints_scores(built_db):
    result = CliRunner().invoke(
        cli,
        [
            "evaluate",
            "--gold",
            str(RAW.parent.parent / "tests" / "gold"),
            "--db",
            str(built_db),
            "--no-details",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "quantities" in result.output and "companies" in result.output


def test_the_cli_file_budget_is_the_builds():
    from etl.build import FILE_BUDGET_SECONDS
    from etl.cli import build as build_command

    budget = next(p for p in build_command.params if p.name == "file_budget")
    assert budget.default == FILE_BUDGET_SECONDS < 60  # a 7.6 MB line ends within a minute
