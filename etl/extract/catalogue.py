"""The national development-zone catalogue (data/zones_2018.csv) as park gazetteer rows: the name
news uses, made by rule from the official one (河南驻马店经济开发区 → 驻马店经济开发区, 北京经济技术
开发区 → 北京经开区), the written forms a text may use, and the curated park of data/parks.yml it
is, if any. A form two zones share (a county name in two provinces) names neither: it is left to
the article's other evidence and listed by `ambiguous_forms`.
"""

from collections import defaultdict
from functools import lru_cache

from etl.knowledge import load_csv, load_yaml
from etl.script import to_simplified
from etl.text import is_hanzi
from etl.words import WordSet

CATALOGUE_FIELDS = ("catalogue_code", "approved", "area_ha", "industries", "catalogue_level")
CATALOGUE_2018 = "中国开发区审核公告目录（2018年版）"
PARKS_YML = "data/parks.yml"


@lru_cache(maxsize=1)
def _rules() -> tuple:
    rules = load_yaml("entity_rules.yml")
    provinces = {
        p["name"]: p["short"]
        for p in load_yaml("places.yml")["provinces"]
        if not p.get("municipality")  # 天津空港经济区: a municipality's name is its city's
    }
    prefixes = sorted({*provinces, *provinces.values()}, key=len, reverse=True)
    zone_words = {*rules["catalogue_short_endings"], *(r["suffix"] for r in rules["park_suffixes"])}
    return (
        rules["catalogue_short_endings"],
        rules["catalogue_kinds"],
        tuple(prefixes),
        rules["catalogue_short_aliases"],
        tuple(sorted(zone_words, key=len, reverse=True)),
    )


def zone_forms(official: str) -> list[str]:
    """The forms a text may write a zone with, the name news uses first: the official name without
    its province (when a place of two characters or more is left before the zone word, and not
    a municipality's: 天津空港经济区, nor a name joined by a dash: 广西—东盟经济技术开发区), the
    short ending of each (经济技术开发区 → 经开区, 高新技术产业开发区 → 高新区), and last the short
    forms that only alias it (太和经济开发区 is also 太和经开区)."""
    short_endings, _, prefixes, short_aliases, zone_words = _rules()
    bases = [official]
    head = official.split("及")[0]  # 成都高新综合保税区及双流园区: the zone and its annexe
    if head != official and head.endswith(zone_words):
        bases.insert(0, head)
    for prefix in prefixes:
        rest = official[len(prefix) :]
        if official.startswith(prefix) and is_hanzi(rest[:1]) and _place_left(rest):
            bases.insert(0, rest)
            break
    forms, aliases = [], []
    for base in bases:
        forms.extend(_shortened(base, short_endings))
        forms.append(base)
        aliases.extend(_shortened(base, short_aliases))
    return list(dict.fromkeys(forms + aliases))


def _shortened(name: str, endings: dict) -> list[str]:
    return [
        name[: -len(long)] + short
        for long, short in endings.items()
        if name.endswith(long) and len(name) - len(long) >= 2
    ]


def _place_left(rest: str) -> bool:
    """At least two characters of a place before the zone word (data/entity_rules.yml's park
    suffixes: 江苏射阳经济开发区 → 射阳…), not a zone word alone (吉林经济开发区 keeps 吉林)."""
    zone_words = _rules()[4]
    ending = next((w for w in zone_words if rest.endswith(w)), None)
    return len(rest) - len(ending) >= 2 if ending else len(rest) >= 4


@lru_cache(maxsize=1)
def catalogue_zones() -> tuple[dict, ...]:
    """One gazetteer row per catalogue zone: name, official_name, kind, level, province and the
    catalogue's own columns; `forms` are the written forms, the name first."""
    kinds = _rules()[1]
    rows = []
    for zone in load_csv("zones_2018.csv"):
        forms = zone_forms(zone["name"])
        city, district = zone_city(zone["name"], zone["province"])
        rows.append(
            _zone_row(
                forms,
                official_name=zone["name"],
                kind=kinds.get(zone["category"]),
                level=zone["level"],
                province=zone["province"],
                city=city,
                district=district,
                catalogue_code=zone["code"],
                catalogue_level=zone["level"],
                approved=zone["approved"],
                area_ha=float(zone["area_ha"]) if zone["area_ha"] else None,
                industries=zone["industries"],
                listed_in=CATALOGUE_2018,
            )
        )
    return tuple(rows)


@lru_cache(maxsize=1)
def later_zones() -> tuple[dict, ...]:
    """Gazetteer rows for the zones of data/zones_later.csv (lists published after 2018) that
    are not a part of another zone; `forms` are made by each kind's rule (_later_forms)."""
    rows = []
    for zone in load_csv("zones_later.csv"):
        if zone["parent"]:
            continue
        forms = _later_forms(zone)
        official = to_simplified(zone["name"])
        city, district = zone_city(official, zone["province"])
        ftz_place = _ftz_place(zone) if zone["kind"] == "ftz_area" else None
        if ftz_place:
            city, district = zone_city(ftz_place, zone["province"])
        rows.append(
            _zone_row(
                forms,
                official_name=_full_width(official),
                kind=zone["kind"]
                if zone["kind"] != "key_park"
                else kind_by_zone_word(official, "key_park"),
                level=zone["level"] or None,
                province=zone["province"],
                city=city,
                district=district,
                approved=zone["approved"] or None,
                listed_in=zone["list"],
            )
        )
    return tuple(rows)


def later_sub_parks() -> list[dict]:
    """The parts a later list names inside a zone (东方临港产业园 in 洋浦经济开发区), as
    data/parks.yml's sub_parks entries."""
    return [
        {"name": to_simplified(z["name"]), "parent": z["parent"], "kind": None, "aliases": []}
        for z in load_csv("zones_later.csv")
        if z["parent"]
    ]


def _later_forms(zone: dict) -> list[str]:
    """A free-trade-zone area is written <place>自贸片区 and by its province's zone (湖南自贸试验区
    长沙片区); a new area by its short name (贵安新区); any other zone by its name, and without a
    prefecture city before it (海口江东新区 → 江东新区) when four characters are left."""
    official = to_simplified(zone["name"])
    short = to_simplified(zone["short"])
    if zone["kind"] == "ftz_area" and short.endswith("片区"):
        province = zone["province"]
        named = _ftz_place(zone)
        return list(
            dict.fromkeys(
                [
                    f"{named}自贸片区" if named else f"{province}自贸试验区{short}",
                    _full_width(official),
                    official,
                    *(
                        f"{province}{ftz}{short}"
                        for ftz in ("自由贸易试验区", "自贸试验区", "自贸区")
                    ),
                ]
            )
        )
    forms = [official]
    if short and len(short) >= 4:  # a new area's name in news (贵安新区), a former name
        forms.insert(0 if zone["kind"] == "new_area" else 1, short)
    cities, _, _ = _province_places()
    for name in cities.get(zone["province"], ()):
        rest = official[len(name) :]
        if official.startswith(name) and len(rest) >= 4 and is_hanzi(rest[:1]):
            if not _common_phrases().covers(rest):  # not 三亚|中央商务区, 屏东|科技产业园区
                forms.append(rest)
            break
    short_aliases = _rules()[3]  # 梅州综合保税区 is also 梅州综保区
    forms += [alias for form in forms for alias in _shortened(form, short_aliases)]
    return list(dict.fromkeys(forms))


def _ftz_place(zone: dict) -> str | None:
    """The place a free-trade-zone area is named after (长沙片区 → 长沙, 钦州港片区 → 钦州港), or
    None where its name is no place alone (北京's 科技创新片区, 成都天府新区片区)."""
    place = to_simplified(zone["short"])[: -len("片区")]
    cities, counties, _ = _province_places()
    province = zone["province"]
    for name in (place, place[:-1]):  # 长沙片区, 钦州港片区
        if name in cities.get(province, {}) or name in counties.get(province, {}):
            return place
    return None


@lru_cache(maxsize=1)
def _common_phrases() -> WordSet:
    """Common words and zone words: a name made of nothing else is no one zone's."""
    rules = load_yaml("entity_rules.yml")
    zone_words = [r["suffix"] for r in rules["park_suffixes"] + rules["sub_park_suffixes"]]
    words = [row["word"] for row in load_csv("common_words.csv")]
    return WordSet([*words, *zone_words, *rules["catalogue_generic_zone_words"]])


def _full_width(name: str) -> str:
    return name.replace("(", "（").replace(")", "）")


def kind_by_zone_word(name: str, default: str) -> str:
    """A park's kind by the zone word its name ends with (江东新区 → new_area, 临高金牌港开发区 →
    development_zone), else `default`."""
    suffixes = load_yaml("entity_rules.yml")["park_suffixes"]
    for row in sorted(suffixes, key=lambda r: -len(r["suffix"])):
        if name.endswith(row["suffix"]):
            return row["kind"]
    return default


def _zone_row(forms: list[str], **fields) -> dict:
    """A gazetteer row of a listed zone: named by its first form, not curated, and the
    columns a list does not give empty."""
    empty = dict.fromkeys(("name_en", *CATALOGUE_FIELDS, "city", "district", "level", "kind"))
    return {**empty, **fields, "name": forms[0], "forms": forms, "curated": False}


def zone_city(official: str, province: str) -> tuple[str | None, str | None]:
    """(city, county) a zone's name starts with, after its province: 河南驻马店经济开发区 → (驻马店,
    None), 安徽太和经济开发区 → (阜阳, 太和县), 东丽经济技术开发区 in 天津 → (天津, 东丽区). A
    municipality is its own city. None where the name starts with no place of that province."""
    cities, counties, municipalities = _province_places()
    rest = official
    for prefix in (f"{province}省", f"{province}市", province):
        if rest.startswith(prefix) and province not in municipalities:
            rest = rest[len(prefix) :]
            break
    city = province if province in municipalities else None
    for name in cities.get(province, ()):  # longest first
        if rest.startswith(name):
            city, rest = cities[province][name], rest[len(name) :].lstrip("市")
            break
    for name, (county_city, county) in counties.get(province, {}).items():
        if rest.startswith(name) and (city is None or county_city in (city, None)):
            return city or county_city, county
    return city, None


@lru_cache(maxsize=1)
def _province_places() -> tuple[dict, dict, frozenset]:
    """Per province: written city name → city (日照市, 日照 → 日照), written county name → (city,
    county) (太和县, 太和 → 阜阳, 太和县; a short form two counties of the province share is left
    out), and the municipalities."""
    places = load_yaml("places.yml")["provinces"]
    cities, counties = {}, {}
    for p in places:
        own = cities.setdefault(p["short"], {})
        for full, short in (p.get("cities") or {}).items():
            own[full] = own[short or full] = short or full
    shared = {}
    for row in load_csv("counties.csv"):
        for name in (row["name"], row["short"]):
            if name:
                shared.setdefault((row["province"], name), []).append(row)
    for (province, name), rows in shared.items():
        if len(rows) == 1 and len(name) >= 2:
            counties.setdefault(province, {})[name] = (rows[0]["city"] or None, rows[0]["name"])
    for by_province in (cities, counties):  # longest first: 太和县 before 太和
        for province, names in by_province.items():
            by_province[province] = dict(sorted(names.items(), key=lambda kv: -len(kv[0])))
    municipalities = frozenset(p["short"] for p in places if p.get("municipality"))
    return cities, counties, municipalities


def link_catalogue(curated: list[dict]) -> tuple[list[dict], list[dict]]:
    """(curated rows with their catalogue columns, catalogue rows no curated park is): a curated
    park is the zone whose name or official name is one of its written forms (日照经开区 is
    日照经济技术开发区). Forms shared by two parks are taken out of every row but a curated one's
    own names."""
    written = {}
    for row in curated:
        for form in (row["name"], row.get("official_name"), *row["aliases"]):
            if form:
                written.setdefault(form, row["name"])
    by_name = {row["name"]: row for row in curated}
    ambiguous = ambiguous_forms()
    rest = []
    for zone in catalogue_zones():
        owner = next((written[f] for f in zone["forms"] if f in written), None)
        if owner is None:
            rest.append(dict(zone))
            continue
        park = by_name[owner]
        for form in zone["forms"]:  # 合肥开发区: the catalogue's short forms of a curated park
            if form not in written and form not in ambiguous:
                park["aliases"].append(form)
                written[form] = owner
        for field in CATALOGUE_FIELDS:
            park.setdefault(field, zone[field])
        if not park.get("level"):
            park["level"] = zone["level"]
        _add_list(park, zone["listed_in"])
    in_catalogue = {f: zone for zone in rest for f in zone["forms"]}
    for zone in later_zones():  # a zone of a later list may be curated or in the catalogue
        owner = next((written[f] for f in zone["forms"] if f in written), None)
        known = (
            by_name[owner]
            if owner
            else next((in_catalogue[f] for f in zone["forms"] if f in in_catalogue), None)
        )
        if known is None:
            rest.append(dict(zone))
            continue
        for field in ("approved", "level"):
            if not known.get(field):
                known[field] = zone[field]
        _add_list(known, zone["listed_in"])
    zones = []
    for zone in rest:
        forms = [f for f in zone["forms"] if f not in written and f not in ambiguous]
        name = forms[0] if forms else zone["official_name"]  # a short name another park has
        row = {k: v for k, v in zone.items() if k != "forms"}
        zones.append(dict(row, name=name, aliases=[f for f in forms if f != name]))
    for park in curated:
        for field in CATALOGUE_FIELDS:
            park.setdefault(field, None)
        park["listed_in"] = "; ".join(filter(None, [PARKS_YML, park.get("listed_in")]))
    return curated, zones


def _add_list(row: dict, list_name: str) -> None:
    lists = [x for x in (row.get("listed_in") or "").split("; ") if x]
    row["listed_in"] = "; ".join(dict.fromkeys([*lists, list_name]))


@lru_cache(maxsize=1)
def ambiguous_forms() -> frozenset:
    """Written forms two catalogue zones share (a short form after two provinces' prefixes are
    dropped): none of them names either zone."""
    owners = defaultdict(set)
    for zone in catalogue_zones():
        for form in zone["forms"]:
            owners[form].add(zone["catalogue_code"] + zone["official_name"])
    return frozenset(form for form, codes in owners.items() if len(codes) > 1)
