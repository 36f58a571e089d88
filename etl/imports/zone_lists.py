"""data/zones_later.csv: zone lists the 2018 catalogue does not hold, each row with its public source.

- 海南自由贸易港重点园区: the 11 key parks listed at their 2020-06-03 挂牌 (新华社, reprinted in
  甘肃日报 2020-06-04 第05版).
- 国家级新区: the 19 state-level new areas with their month of approval (百科 mirror "国家级新区",
  as of 2023; short names from a 2023 news page).
- 自由贸易试验区片区: the areas of the pilot free-trade zones, as of 2023, one news page per batch
  (Shaanxi's three areas were not found).
- Taiwan: part of the zones 經濟部產業園區管理局 runs (科技產業園區, former 加工出口區, and some
  產業園區), from zh.wikipedia mirrors and 聯合報 2025-11-26. The science parks are not in it.
- 综合保税区: comprehensive bonded zones set up or merged after the 2018 catalogue, one news page
  per zone or per province (no national list was found), 29 of them.

The lists were read from stored copies of those pages and copied row by row into one CSV per
list (columns name, short, kind, province, approved, source), in a folder given to:

    python -m etl import-zone-lists DIR

Two rules turn a list's rows into zones: a name that lists several zones (上海外高桥保税区、…4个
海关特殊监管区域) or a free-trade zone with no 片区 (a whole province) is no zone; a name with its
parts in brackets (洋浦经济开发区(含东方临港产业园、临高金牌港开发区)) is the zone, and each part
a row with the zone as its parent.
"""

import csv
import re
from pathlib import Path

from etl.knowledge import DATA_DIR

# file in the source folder → (the list it is, the level its zones have where the list says)
LISTS = {
    "hainan_key_parks.csv": ("海南自由贸易港重点园区（2020）", ""),
    "new_areas.csv": ("国家级新区（截至2023年）", "national"),
    "ftz_areas.csv": ("自由贸易试验区片区（截至2023年）", "national"),
    "taiwan_parks.csv": ("經濟部產業園區管理局所轄園區（部分）", ""),
    "bonded_zones.csv": ("国务院批复设立或整合的综合保税区（目录版后，据新闻报道）", "national"),
}
COLUMNS = ("name", "short", "kind", "level", "province", "parent", "approved", "list", "source")
PARTS = re.compile(r"^(?P<zone>[^（(]+)[（(]含(?P<parts>[^）)]+)[）)]$")


def zone_rows(row: dict, list_name: str, level: str) -> list[dict]:
    """The zones one source row names: none, the zone, or the zone and its parts."""
    name = row["name"].strip()
    if "、" in name and not PARTS.match(name):
        return []  # several zones in one cell: a description, not a name
    if row["kind"] == "ftz_area" and "片区" not in name:
        return []  # a free-trade zone that covers a whole province is a place, not a park
    base = {
        "short": (row.get("short") or "").strip(),
        "kind": row["kind"].strip(),
        "level": level,
        "province": row["province"].strip(),
        "parent": "",
        "approved": (row.get("approved") or "").strip(),
        "list": list_name,
        "source": row["source"].strip(),
    }
    parts = PARTS.match(name)
    if not parts:
        return [dict(base, name=name)]
    zone = parts.group("zone").strip()
    return [dict(base, name=zone)] + [
        dict(base, name=part.strip(), short="", kind="", parent=zone)
        for part in parts.group("parts").split("、")
    ]


def import_zone_lists(folder) -> tuple[int, list[str]]:
    """(rows written, the list files the folder lacks): a list not found is named, not skipped
    in silence."""
    rows, missing = [], []
    for file_name, (list_name, level) in LISTS.items():
        path = Path(folder) / file_name
        if not path.exists():
            missing.append(file_name)
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                rows.extend(zone_rows(row, list_name, level))
    with open(DATA_DIR / "zones_later.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({k: r[k] for k in COLUMNS} for r in rows)
    return len(rows), missing
