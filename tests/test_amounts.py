"""Amounts are readable in HTML (910.7亿) and raw in CSV and JSON."""

import csv
import io
import sys
from pathlib import Path

import pytest
from datasette.app import Datasette

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from pages import readable_amount  # noqa: E402


@pytest.mark.parametrize(
    "value, unit, shown",
    [
        (91070000000.0, "CNY", "91,070,000,000 · 910.7亿"),
        (7130000000.0, "CNY", "7,130,000,000 · 71.3亿"),
        (4300000.0, "CNY", "4,300,000 · 430万"),
        (5000.0, "CNY", "5,000"),
        (-120000000.0, "USD", "-120,000,000 · -1.2亿"),
        (2832000.0, "m2", "2,832,000"),  # not money: no 万
        (391300.5, "m2", "391,300.5"),
        (23.2, "percent", "23.2"),
        (7, "count", "7"),
    ],
)
def test_readable_amount(value, unit, shown):
    assert readable_amount(value, unit) == shown


@pytest.mark.asyncio
async def test_the_metrics_page_shows_amounts_and_the_json_keeps_numbers(built_db):
    ds = Datasette([str(built_db)], plugins_dir=str(ROOT / "plugins"), immutables=[])
    query = "?normalized_unit=CNY&_sort_desc=normalized_value&_size=1"
    raw = (await ds.client.get(f"/parks/metrics.json{query}&_shape=array")).json()[0]
    assert isinstance(raw["normalized_value"], float) and raw["normalized_value"] >= 10**8
    html = (await ds.client.get(f"/parks/metrics{query}")).text
    assert readable_amount(raw["normalized_value"], "CNY") in html
    assert f"{raw['normalized_value']}</td>" not in html
    exported = (await ds.client.get(f"/parks/metrics.csv{query}")).text
    row = next(csv.DictReader(io.StringIO(exported)))
    assert float(row["normalized_value"]) == raw["normalized_value"]
