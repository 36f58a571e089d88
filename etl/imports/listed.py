"""data/listed_companies.csv from the exchange listings three PyPI packages ship as data files:
the register that lets a firm named by its short name alone (比亚迪, 华新水泥, 仁宝) be found.

- A shares of Shanghai and Shenzhen, and Hong Kong: matchina 0.2.4 (MIT),
  matchina/data/entities.db, table entities, rows with source 'ashare' or 'hk_stock' (written
  2026-03/04): code, 证券简称, and the colloquial short form (三一 for 三一重工) as `brand`.
- Beijing Stock Exchange: adata 2.9.5 (Apache-2.0), adata/stock/cache/code.csv (2023-10),
  the codes the package's own prefix table puts on the BSE (43, 83, 87, 92).
- Taiwan (TWSE, TPEx): twstock 1.5.1 (MIT), twstock/codes/twse_equities.csv and
  tpex_equities.csv (the TWSE ISIN listing, 2026-03), common stock, innovation board and TDRs.

`name` is the listed short name in simplified script without the listing's markers (ST, *ST,
万科Ａ's A, 小米集团-W's -W, spaces); `name_common`/`brand_common` mark a name that is also a
common word (统一, 美的: see etl/imports/counties.py) or a place name (陆家嘴, tagged ns) by
jieba's dictionary, which the build does not look for alone. The build never imports the packages. Run:

    pip download --no-deps -d /tmp/listed matchina==0.2.4 adata==2.9.5 twstock==1.5.1
    pip install jieba==0.42.1
    python -m etl import-listed /tmp/listed/matchina-*.whl /tmp/listed/adata-*.whl \\
        /tmp/listed/twstock-*.whl
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
BSE_PREFIXES = ("43", "83", "87", "92")
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


def matchina_rows(wheel: Path) -> list[dict]:
    inner = "matchina/data/entities.db"
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(wheel) as z:
        z.extract(inner, tmp)
        db = sqlite3.connect(Path(tmp) / inner)
        rows = db.execute(
            "select id, name_cn, name_short_cn, source from entities "
            "where source in ('ashare', 'hk_stock') order by id"
        ).fetchall()
        db.close()
    found = []
    for id_, name, brand, source in rows:
        code = id_.removeprefix("HK").removeprefix("A")
        if source == "hk_stock" or len(code) == 5:  # A00700: a Hong Kong code the list files as A
            exchange = "HKEX"
        else:
            exchange = "SSE" if code.startswith("6") else "SZSE"
        found.append(_row(code, exchange, name, brand, "", "", f"matchina 0.2.4 ({source})"))
    return found


def adata_bse_rows(wheel: Path) -> list[dict]:
    with zipfile.ZipFile(wheel) as z:
        text = io.TextIOWrapper(z.open("adata/stock/cache/code.csv"), encoding="utf-8")
        return [
            _row(r["stock_code"], "BSE", r["short_name"], "", "", r["list_date2"], "adata 2.9.5")
            for r in csv.DictReader(text)
            if r["stock_code"].startswith(BSE_PREFIXES)
        ]


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


def is_word_or_place(word: str, vocabulary: dict) -> bool:
    """A common word (统一, 大成), a place name (tagged ns) or a phrase of common words (线上线下,
    航天科技, 中国动力) by jieba's dictionary: a name the build does not take for a firm alone."""
    return (
        is_common_word(word, vocabulary)
        or vocabulary.get(word, (0, ""))[1] == "ns"
        or _common_words_cover(word, vocabulary)
    )


PHRASE_PART_FREQUENCY = 100


def _common_words_cover(word: str, vocabulary: dict) -> bool:
    """True when `word` cuts entirely into words of two characters or more that are common (a
    frequency of PHRASE_PART_FREQUENCY, not a name) or places (成都先导 = 成都 + 先导)."""
    reachable = [True] + [False] * len(word)
    for i in range(len(word)):
        if reachable[i]:
            for j in range(i + 2, len(word) + 1):
                frequency, tag = vocabulary.get(word[i:j], (0, "nz"))
                if tag == "ns" or (frequency >= PHRASE_PART_FREQUENCY and tag not in NAME_TAGS):
                    reachable[j] = True
    return reachable[-1]


def mark_common_words(rows: list[dict], vocabulary: dict) -> list[dict]:
    for r in rows:
        r["name_common"] = int(is_word_or_place(r["name"], vocabulary))
        r["brand_common"] = int(bool(r["brand"]) and is_word_or_place(r["brand"], vocabulary))
    return rows


def import_listed(
    matchina: Path, adata: Path, twstock: Path, out=DATA_DIR / "listed_companies.csv"
):
    rows = [*matchina_rows(matchina), *adata_bse_rows(adata), *twstock_rows(twstock)]
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
