"""data/zones_2018.csv: the national development-zone catalogue 中国开发区审核公告目录（2018年版）
(国家发展改革委等六部门公告2018年第4号): 2,543 zones, 552 approved by the State Council and 1,991
by provincial governments, each with its code, approval date, approved area and leading industries.

The source is a public extraction of the catalogue's PDF into a table: the GitHub repository
kaiwulaw/china-industrial-zones-atlas, data/enriched.csv at commit 358d79bb (its README: "China
Development Zones Review Announcement (2018 ed.)", extracted from the PDF). Its catalogue columns
were transcribed row by row (the repository's geocodes and covariates were not); the structure
was checked against the catalogue's own totals (552 + 1,991, codes G/S by level, code digits by
province and type). This command turns either that transcription or the repository's own
enriched.csv into the committed file:

    python -m etl import-catalogue enriched.csv
"""

import csv
from pathlib import Path

from etl.knowledge import DATA_DIR, load_yaml

SOURCE = "中国开发区审核公告目录（2018年版）, via kaiwulaw/china-industrial-zones-atlas data/enriched.csv @358d79bb"
COLUMNS = (
    "code",
    "name",
    "level",
    "category",
    "province",
    "approved",
    "area_ha",
    "industries",
    "source",
)
# The repository's own column names, for reading its enriched.csv directly.
SOURCE_COLUMNS = {
    "代码": "code",
    "开发区名称": "name",
    "省份": "province",
    "开发区类型": "category",
    "批准时间": "approved",
    "核准面积_公顷": "area_ha",
    "主导产业": "industries",
}
LEVELS = {"国务院": "national", "省政府": "provincial"}


def catalogue_row(row: dict, province_short: dict) -> dict:
    """One zone with the province as data/places.yml writes it (山东省 → 山东), the level from
    the code (G: State Council, S: province) and the area as a number."""
    row = {SOURCE_COLUMNS.get(k, k): v for k, v in row.items()}
    code = row.get("code") or _code_in(row.get("source_row", ""))
    area = (row.get("area_ha") or "").strip()
    return {
        "code": code,
        "name": row["name"].strip(),
        "level": "national" if code.startswith("G") else "provincial",
        "category": row["category"].strip(),
        "province": province_short.get(row["province"].strip(), row["province"].strip()),
        "approved": (row.get("approved") or "").strip(),
        "area_ha": f"{float(area):g}" if area else "",
        "industries": (row.get("industries") or "").strip(),
        "source": SOURCE,
    }


def _code_in(source_row: str) -> str:
    """代码=G111001 from the transcription's source_row (序号=1;代码=G111001;批准级别=国务院)."""
    fields = dict(part.split("=", 1) for part in source_row.split(";") if "=" in part)
    return fields.get("代码", "")


def import_catalogue(path: Path, out: Path = DATA_DIR / "zones_2018.csv") -> int:
    province_short = {p["name"]: p["short"] for p in load_yaml("places.yml")["provinces"]}
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = [catalogue_row(r, province_short) for r in csv.DictReader(f)]
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
