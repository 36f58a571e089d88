"""Where an article is: a mainland province and city, or Taiwan, Hong Kong or Macao, and so the
currency a bare 元 means there.

Four kinds of evidence, trusted in this order: the parks it names (their gazetteer entry, or the
place their name starts with), its dateline (新华社南京6月3日电, 記者…／新竹報導), the place
names in its text, and its outlet's home (data/sources.yml, outlet_places). The first kind that
has any evidence decides. When that evidence disagrees (a round-up of parks in two provinces) the
finer levels stay empty and place_rule says so; a later kind never overrides it, it only fills a
city the first left empty for want of evidence. The script an article is written in is no
evidence: a traditional repost of a Shandong story is still in Shandong. Names, regions and
currencies are in data/places.yml. Entry points: `article_place`, `default_currency`.
"""

import re
from collections import Counter
from functools import lru_cache
from types import SimpleNamespace

from etl.extract.gazetteer import load_park_gazetteer
from etl.knowledge import load_csv, load_yaml
from etl.model import CleanDocument, ParkMention, Place
from etl.script import to_simplified
from etl.words import WordSet, compile_trie, trie_pattern

LEVELS = ("regions", "provinces", "cities")  # as place_rule names a level that disagrees


def article_place(doc: CleanDocument, parks: list[ParkMention]) -> Place:
    """The place of one article, from its parks, dateline, text and outlet, in that order."""
    text = doc.body_simplified or doc.body or ""
    kinds = (
        ("park", lambda: _park_votes(parks)),
        ("dateline", lambda: _name_votes(doc.dateline)),
        ("text", lambda: _text_votes(text)),
        ("source", lambda: _name_votes(_places().outlets.get(doc.source_name))),
    )
    place = None
    for rule, votes_of in kinds:
        votes = votes_of()
        if not votes:
            continue
        found, disagreeing = _decide(votes)
        if place is None:
            place = Place(*found, rule=f"{rule}:{disagreeing}_disagree" if disagreeing else rule)
            if disagreeing or place.city:
                break
        elif found[1] == place.province and found[2] and not disagreeing:
            place.city, place.rule = found[2], f"{place.rule}+{rule}"  # a city the first lacked
            break
    return place or Place()


def default_currency(place: Place, text: str) -> str:
    """The currency of a bare 元 in an article at `place` (data/places.yml, regions): TWD in
    Taiwan, HKD in a Hong Kong article that writes 港元, CNY on the mainland or where unknown."""
    knowledge = _places()
    region = knowledge.regions.get(place.region) if place else None
    if region and (
        not region.get("when_written") or any(w in text for w in region["when_written"])
    ):
        return region["currency"]
    return knowledge.default_currency


def _decide(votes: Counter) -> tuple[tuple, str | None]:
    """((region, province, city), the first level whose votes disagree or None) from weighted
    votes for (region, province, city) triples; a level is kept when its leader has at least
    the agreement share of the votes that name that level."""
    share = _places().agreement
    found = []
    for level in range(3):
        named = Counter()
        for triple, weight in votes.items():
            if triple[level] is not None and triple[:level] == tuple(found):
                named[triple[level]] += weight
        total = sum(w for t, w in votes.items() if t[level] is not None)
        if not named:
            break
        leader, weight = named.most_common(1)[0]
        if weight < share * total:
            return (*found, *[None] * (3 - len(found))), LEVELS[level]
        found.append(leader)
    return (*found, *[None] * (3 - len(found))), None


def _park_votes(parks: list[ParkMention]) -> Counter:
    """Each park mention is a vote for its park's place (a sub-park's for its parent's)."""
    gazetteer = _park_places()
    votes = Counter()
    for mention in parks or ():
        name = mention.parent if mention.is_sub_park and mention.parent else mention.name
        place = gazetteer.get(name)
        if not place or place[2] is None:  # a catalogue zone knows its province, not its city
            started = place_at_start(name)
            if started and (not place or started[1] == place[1]):
                place = started
        if place:
            votes[place] += 1
    return votes


def _name_votes(name: str | None) -> Counter:
    place = place_at_start(to_simplified(name)) if name else None
    return Counter([place] if place else ())


def _text_votes(text: str) -> Counter:
    """Full names (日照市, 山东省), province names (山东, 台湾), a province's name followed by one
    of its cities' (河北保定) and city names of three or more characters (连云港)."""
    knowledge = _places()
    votes = Counter()
    at = 0
    while match := knowledge.text_names.search(text, at):
        place, at = knowledge.forms[match.group()], match.end()
        if text[at : at + 1] in knowledge.not_followed_by:
            continue  # 太湖北岸: a bank of a lake, not 湖北
        if place[2] is None:
            city = knowledge.city_names.match(text, at)
            if city and knowledge.cities[city.group()][1] == place[1]:
                place, at = knowledge.cities[city.group()], city.end()
        votes[place] += 1
    return votes


def place_at_start(name: str) -> tuple | None:
    """The place a name starts with: 烟台 in 烟台高新区, 江苏/南京 in 江苏南京…, 南京 itself."""
    knowledge = _places()
    match = knowledge.start_names.match(name)
    if not match:
        return None
    place = knowledge.forms.get(match.group()) or knowledge.cities[match.group()]
    if place[2] is None:
        city = knowledge.city_names.match(name, match.end())
        if city and knowledge.cities[city.group()][1] == place[1]:
            return knowledge.cities[city.group()]
    return place


@lru_cache(maxsize=1)
def _park_places() -> dict:
    """Curated park name → (region, province, city) from data/parks.yml; a park of a
    municipality (上海自贸试验区) is in that city."""
    knowledge = _places()
    return {
        row["name"]: knowledge.forms[row["province"]][:2]
        + (row.get("city") or knowledge.forms[row["province"]][2],)
        for row in load_park_gazetteer()
        if row.get("province") in knowledge.region_of
    }


def places_named_at(text: str, starts) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each province or city named at one of `starts` as the
    subject of what follows (苏州规上工业总产值…, 武汉共有…): its name, then one of
    data/places.yml subject_followers. Not a name that begins a longer one (苏州银行)."""
    knowledge = _places()
    first_chars = _name_first_chars()
    name_or_county = _name_or_county()
    found = []
    # no province, city or county name starts with most clauses' first character
    for start in [s for s in starts if text[s : s + 1] in first_chars]:
        match = name_or_county.match(text, start)
        if not match:
            continue
        if match.lastgroup == "county":  # 鱼台县规上工业…: a county, written whole
            if text.startswith(knowledge.subject_followers, match.end()) or (
                text[match.end() : match.end() + 1].isdigit()  # 宿松县1个: its count
            ):
                found.append((start, match.end(), match.group()))
            continue
        _, province, city = knowledge.forms.get(match.group()) or knowledge.cities[match.group()]
        short = city or province
        full = knowledge.full_names.get(short, match.group())
        end = match.end()
        if full.endswith("自治州") and text.startswith("州", end):
            end += 1  # 黔东南州, 恩施州: an autonomous prefecture as news writes it
        if not text.startswith(knowledge.subject_followers, end):
            continue
        found.append((start, end, full))
    return found


@lru_cache(maxsize=1)
def _name_first_chars() -> frozenset:
    """The first characters of every name `places_named_at` reads (the names `start_names` and
    `_county_names` are built from): a start with any other is no name, and skipping it saves
    two regular-expression calls."""
    knowledge = _places()
    names = [*knowledge.cities, *knowledge.forms, *_county_name_list()]
    return frozenset(name[0] for name in names)


@lru_cache(maxsize=1)
def _name_or_county() -> re.Pattern:
    """A province or city name (`start_names`), else the full name of one of the mainland's
    counties and districts (data/counties.csv: 鱼台县, 连平县, as written with their 县, 区, 市
    or 旗): one match where two were tried in turn."""
    counties = trie_pattern(_county_name_list())
    return re.compile(f"(?:{_places().start_names.pattern})|(?P<county>{counties})")


def _county_name_list() -> list[str]:
    return [row["name"] for row in load_csv("counties.csv") if len(row["name"]) >= 3]


def place_name(written: str, place: Place | None) -> str:
    """The place a scope word stands for in this article, by its name: 全市 → 苏州市 in an
    article placed in 苏州, 全省 → 河南省, 全国/我国 → 中国, 武汉全市 → 武汉市. The word as
    written when the article's place does not settle it (a round-up across provinces)."""
    knowledge = _places()
    level = knowledge.scope_words.get(written)
    after_a_name = next((w for w in knowledge.after_a_name if written.endswith(w)), None)
    if level is None and after_a_name:
        prefix = written[: -len(after_a_name)]
        return knowledge.full_names.get(prefix, written)  # 长春全市 → 长春市
    if level == "country":
        return knowledge.country_of.get(place.region if place else None, knowledge.country)
    short = getattr(place, level, None) if place and level else None
    return knowledge.full_names.get(short, written) if short else written


@lru_cache(maxsize=1)
def _places() -> SimpleNamespace:
    """data/places.yml compiled: each written form → (region, province, city) and its matchers."""
    data = load_yaml("places.yml")
    region_of, forms, cities = {}, {}, {}
    for entry in data["provinces"]:
        province = entry["short"]
        region = region_of[province] = entry.get("region", "mainland")
        whole = (region, province, province if entry.get("municipality") else None)
        forms[entry["name"]] = forms[province] = whole
        for full, short in {
            **(entry.get("cities") or {}),
            **(entry.get("county_cities") or {}),
        }.items():
            forms[full] = (region, province, short or full)
            if short:
                cities.setdefault(short, (region, province, short))
    text_forms = {**{s: p for s, p in cities.items() if len(s) >= 3}, **forms}
    full_names = {}
    for entry in data["provinces"]:
        full_names[entry["short"]] = entry["name"]
        for full, short in (entry.get("cities") or {}).items():
            full_names.setdefault(short or full, full)
    scope = data["scope_words"]
    return SimpleNamespace(
        full_names=full_names,
        scope_words={word: level for level, words in scope["levels"].items() for word in words},
        country=scope["country"],
        after_a_name=tuple(scope["after_a_name"]),
        country_of=scope["country_of_region"],
        region_of=region_of,
        forms=text_forms,
        cities=cities,
        text_names=compile_trie(text_forms),
        city_names=compile_trie(cities),
        start_names=compile_trie({**cities, **text_forms}),
        subject_followers=tuple(data["subject_followers"]),
        not_followed_by=frozenset(data["not_followed_by"]),
        outlets=load_yaml("sources.yml").get("outlet_places") or {},
        regions=data["regions"],
        default_currency=data["default_currency"],
        agreement=data["agreement"],
    )


@lru_cache(maxsize=2)  # the parks stage and the subjects stage ask for the same text
def place_zone_groups(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of a province's zones named together (广西经开区由当年仅有的3个国家级经开区，扩容至
    目前的15个; 江苏省高新区): a province is no zone's place, so `<province><zone word>` is the group
    of its zones, not a park. A municipality's (北京经开区, 天津经开区) is one zone. So are a city's
    parks of a category its counties each have (上饶市工业园区, 焦作市产业集聚区). The zone words
    are found first, and few: then the name before each is one set lookup."""
    zone_words, levels, provinces, city_words, cities = _place_zone_words()
    found = []
    for m in zone_words.finditer(text):
        end = m.start() - levels.ending_at(text, m.start())  # 江苏省国家级高新区
        n = provinces.ending_at(text, end)
        if not n and m.group() in city_words:  # 上饶市工业园区: the city's parks, together
            n = cities.ending_at(text, end)
        if n:
            found.append((end - n, m.end()))
    return tuple(found)


@lru_cache(maxsize=1)
def _place_zone_words():
    data = load_yaml("places.yml")
    city_shorts = {short for e in data["provinces"] for short in (e.get("cities") or {}).values()}
    names = WordSet(  # 吉林高新区 is 吉林市's zone; 吉林省高新区, the province's zones together
        form
        for e in data["provinces"]
        if not e.get("municipality") and e.get("region", "mainland") == "mainland"
        for form in (e["name"], e["short"])
        if form not in city_shorts
    )
    city_words = data["city_zone_words"]
    cities = WordSet(
        f"{short or full}市"
        for e in data["provinces"]
        for full, short in (e.get("cities") or {}).items()
    )
    zone_words = compile_trie(data["province_zone_words"] + city_words)
    return zone_words, WordSet(data["province_zone_levels"]), names, set(city_words), cities


def is_prefecture_city(short: str) -> bool:
    """日照, 苏州: a prefecture-level city (or a municipality), not a county-level one (嵊州)."""
    knowledge = _places()
    return short in knowledge.cities or short in knowledge.region_of


def warm_up() -> None:
    _places()
    _park_places()
    _name_first_chars()
    _name_or_county()  # thousands of county names: compiled once per worker, before its first file
