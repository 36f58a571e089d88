"""data/listed_companies.csv: the register that lets a firm named by its short name alone
(比亚迪, 华新水泥, 仁宝) be found, from public exchange listings.

- A shares of Shanghai, Shenzhen and Beijing: the tushare `stock_basic` export in the GitHub
  repository henrylin99/stock_web_app, data/stock_basic.csv at commit cdda5fa0 (5,448 listings,
  newest listed 2025-11; ts_code, symbol, name, area, industry, list_date), transcribed from the
  file and checked against its length.
- Hong Kong, and the colloquial short forms of A shares (三一 for 三一重工) as `brand`: matchina
  0.2.4 on PyPI (MIT), matchina/data/entities.db, table entities (written 2026-03/04).
- Taiwan (TWSE, TPEx): twstock 1.5.1 on PyPI (MIT), twstock/codes/twse_equities.csv and
  tpex_equities.csv (the TWSE ISIN listing, 2026-03): common stock, innovation board and TDRs.

`name` is the listed short name in simplified script without the listing's markers (ST, *ST,
万科A's A, 小米集团-W's -W, spaces); `name_common`/`brand_common` mark a name that is also a
common word (统一, 美的: see etl/imports/counties.py), a place name (tagged ns) or a phrase of such
words by jieba's dictionary, which the build does not look for alone. The build never imports the
packages. Run:

    pip download --no-deps -d /tmp/listed matchina==0.2.4 twstock==1.5.1
    pip install jieba==0.42.1
    python -m etl import-listed stock_basic.csv /tmp/listed/matchina-*.whl /tmp/listed/twstock-*.whl
"""

import csv
import io
import re
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from etl.imports.counties import NAME_TAGS, _jieba_vocabulary, is_common_word
from etl.knowledge import DATA_DIR
from etl.script import to_simplified
from etl.words import WordSet

COLUMNS = (
    "code",
    "exchange",
    "listed_name",
    "name",
    "brand",
    "industry",
    "list_date",
    "source",
    "name_common",
    "brand_common",
)
TW_KINDS = {"股票", "創新板", "臺灣存託憑證(TDR)"}
TW_FILES = {"twstock/codes/twse_equities.csv": "TWSE", "twstock/codes/tpex_equities.csv": "TPEx"}
# Listing markers around a firm's name: special treatment, share class, weighted votes.
MARKERS = re.compile(
    r"^(?:\*?ST|S\*?ST|S|N|C|XD|XR|DR)(?=[^\sA-Za-z*])|[\s　*]+|[AＡBＢ]$|-(?:[A-Z]{1,3}|創|创)$"
)
OLD_NAME = "（旧）"  # a listing's former name kept beside the new one


def clean_name(listed: str) -> str:
    """The name news writes: 万  科Ａ → 万科, *ST海润 → 海润, 小米集团-W → 小米集团, 鴻海 → 鸿海."""
    return to_simplified(MARKERS.sub("", listed.strip()))


def stock_basic_rows(path: Path) -> list[dict]:
    """A shares from a tushare stock_basic export (000001.SZ, 600000.SH, 920001.BJ)."""
    exchanges = {"SH": "SSE", "SZ": "SZSE", "BJ": "BSE"}
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [
            _row(
                r["symbol"],
                exchanges[r["ts_code"].rsplit(".", 1)[1]],
                r["name"],
                "",
                r["industry"],
                r["list_date"],
                "henrylin99/stock_web_app data/stock_basic.csv @cdda5fa0",
            )
            for r in csv.DictReader(f)
        ]


def matchina_rows(wheel: Path) -> tuple[list[dict], dict]:
    """(Hong Kong listings, A-share code → colloquial short form) from matchina's entities."""
    inner = "matchina/data/entities.db"
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(wheel) as z:
        z.extract(inner, tmp)
        db = sqlite3.connect(Path(tmp) / inner)
        rows = db.execute(
            "select id, name_cn, name_short_cn, source from entities "
            "where source in ('ashare', 'hk_stock') order by id"
        ).fetchall()
        db.close()
    hong_kong, brands = [], {}
    for id_, name, brand, source in rows:
        code = id_.removeprefix("HK").removeprefix("A")
        if source == "hk_stock" or len(code) == 5:  # A00700: a Hong Kong code filed as A
            if source == "hk_stock":
                hong_kong.append(_row(code, "HKEX", name, brand, "", "", "matchina 0.2.4"))
        elif brand:
            brands[code] = brand
    return hong_kong, brands


def twstock_rows(wheel: Path) -> list[dict]:
    found = []
    with zipfile.ZipFile(wheel) as z:
        for inner, exchange in TW_FILES.items():
            for r in csv.DictReader(io.TextIOWrapper(z.open(inner), encoding="utf-8")):
                if r["type"] in TW_KINDS:
                    found.append(
                        _row(
                            r["code"],
                            exchange,
                            r["name"],
                            "",
                            r["group"],
                            r["start"],
                            "twstock 1.5.1",
                        )
                    )
    return found


def _row(code, exchange, listed, brand, industry, list_date, source) -> dict:
    return {
        "code": code,
        "exchange": exchange,
        "listed_name": listed,
        "name": clean_name(listed or ""),
        "brand": to_simplified(brand or ""),
        "industry": industry,
        "list_date": list_date,
        "source": source,
    }


def is_word_or_place(word: str, vocabulary: dict, parts: WordSet | None = None) -> bool:
    """A common word (统一, 大成), a place name (tagged ns) or a phrase of common words (线上线下,
    航天科技, 中国动力) by jieba's dictionary: a name the build does not take for a firm alone."""
    parts = parts if parts is not None else phrase_parts(vocabulary)
    return (
        is_common_word(word, vocabulary)
        or vocabulary.get(word, (0, ""))[1] == "ns"
        or parts.covers(word)
    )


PHRASE_PART_FREQUENCY = 100


def phrase_parts(vocabulary: dict) -> WordSet:
    """The words a phrase is cut into: two characters or more, common (a frequency of
    PHRASE_PART_FREQUENCY, not a name) or places (成都先导 = 成都 + 先导)."""
    return WordSet(
        word
        for word, (frequency, tag) in vocabulary.items()
        if len(word) >= 2
        and (tag == "ns" or (frequency >= PHRASE_PART_FREQUENCY and tag not in NAME_TAGS))
    )


def mark_common_words(rows: list[dict], vocabulary: dict) -> list[dict]:
    parts = phrase_parts(vocabulary)
    for r in rows:
        r["name_common"] = int(is_word_or_place(r["name"], vocabulary, parts))
        r["brand_common"] = int(
            bool(r["brand"]) and is_word_or_place(r["brand"], vocabulary, parts)
        )
    return rows


def import_listed(
    stock_basic: Path, matchina: Path, twstock: Path, out=DATA_DIR / "listed_companies.csv"
):
    a_shares = stock_basic_rows(stock_basic)
    hong_kong, brands = matchina_rows(matchina)
    for row in a_shares:
        row["brand"] = to_simplified(brands.get(row["code"], ""))
    rows = [*a_shares, *hong_kong, *twstock_rows(twstock)]
    rows = [
        r
        for r in mark_common_words(rows, _jieba_vocabulary())
        if r["name"] and OLD_NAME not in r["listed_name"]
    ]
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
