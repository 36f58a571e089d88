"""Parks in an article: gazetteer aliases, `<place><suffix>` patterns (uncurated), sub-parks by
suffix or "A、B等园区" lists, declared short names, and bare short forms resolved to the
article's main park. Entry point: `extract_parks(doc)`.
"""

import re
from functools import cache, lru_cache

from etl.extract.catalogue import kind_by_zone_word
from etl.extract.gazetteer import alone_forms, curated_sub_parks, park_index
from etl.extract.lexicon import (
    ASCII_DIGIT,
    FUNCTION_CHARS,
    ITEM_NOT_START,
    NUMERAL_CHARS,
    PAREN_PLACE,
    common_words,
    rules,
)
from etl.extract.lists import coordinated_lists
from etl.extract.metric_rules import TABLES
from etl.extract.place import place_at_start, place_zone_groups
from etl.extract.spans import overlap_test, overlaps_any, scan_left, sentence_span
from etl.model import CleanDocument, ParkMention
from etl.script import to_simplified
from etl.text import HANZI, is_hanzi


def _place_before(text: str, start: int) -> int | None:
    """Start of the place name right before `start` (日照 in 日照高新区), allowing 市/县/区/旗
    (苏尼特左旗工业园区: a banner is a county)."""
    places = rules().park_places
    for skip in (1, 0) if start and text[start - 1] in "市县区旗" else (0,):
        n = places.ending_at(text, start - skip)
        if n:
            return _with_home_before(text, start - skip - n, start - skip)
    return None


def _with_home_before(text: str, begin: int, end: int) -> int | None:
    """A county's name after its city or province is one name (郑州新郑综合保税区 from 郑州): the
    start of both. After another city or province it is no county of that name but a locality
    of that city (长春北湖科学城: 北湖区 is in Hunan): None, no place. Written alone, a county's
    short form names it only in an article that names its city or province somewhere (北湖科学城
    in a Changchun article is no 北湖区's)."""
    R = rules()
    place = text[begin:end]
    homes = R.county_homes.get(place)
    if homes is None or place in R.named_places:
        return begin
    at = begin - 1 if begin and text[begin - 1] in "省市" else begin
    n = R.home_places.ending_at(text, at) if at else 0
    if not n:  # no city before it: a county's only if the article names its city or province
        return begin if any(home in text for home in homes) else None
    if text[at - n : at] not in homes:
        return None
    return begin if text[at - n : at] in R.province_names else at - n  # 安徽省|太和经开区


def _dash_joined_place(text: str, start: int) -> int:
    """Start of a name whose place is joined to another by a dash (广西—东盟经开区, 中国—马来西亚
    钦州产业园区): the whole name, not its tail."""
    if start >= 3 and text[start - 1] in DASHES:
        n = rules().park_places.ending_at(text, start - 1)
        if n:
            return start - 1 - n
    return start


DASHES = "—–-－"
# The kind of a gazetteer row that names zones together (Taiwan's 科技产业园区, the export
# processing zones as one): its figures are a group's, and it is no article's park.
ZONE_GROUP = "zone_group"
PROJECT = "project"  # a candidate named as a project to be built (…产业园项目): no sub-park


def _after_required(text: str, start: int, words) -> int | None:
    """Start of the 2-4 character name between a required word and a suffix (自由贸易试验区
    绥芬河片区 → 绥芬河): the word bounds it, so no gazetteer of places is needed."""
    for n in (2, 3, 4):
        begin = start - n
        if begin > 0 and all(is_hanzi(c) for c in text[begin:start]):
            if text[:begin].endswith(tuple(words)):
                return begin
    return None


def _curated_after_city(text: str, start: int, name: str, surface: str) -> tuple:
    """(gazetteer row, start) of a curated park written after its city (苏州|吴中经开区), or
    (None, start) when the name with its city is not a curated park's either."""
    n = rules().home_places.starting_at(text, start)
    if n and len(name) > n:
        index = park_index()[0]
        row = index.get(name[n:]) or index.get(surface[n:])
        if row:
            return row, start + n
    return None, start


def _open_prefix(text: str, start: int, after_city: bool = False) -> int | None:
    """Start of an unknown 2-3 character name before a distinctive suffix (，宁乡经开区),
    when a punctuation mark or a function word stands before it, or (`after_city`, for the
    customs zones named so) a prefecture city does (，大连大窑湾综合保税区)."""
    R = rules()
    county = _county_prefix(text, start)
    if county is not None:
        return county
    for n in (2, 3, 4, 5) if after_city else (2, 3):
        begin = start - n
        if begin < 0 or not all(is_hanzi(c) for c in text[begin:start]):
            return None
        prefix = text[begin:start]
        if _ends_a_date(text, begin + 1):
            continue  # 1-9月|新郑综合保税区: the date ends before the name
        if R.park_prefix_stop_re.search(prefix) or prefix[0] in R.admin_chars:
            return None  # 上半年经开区, 推动经开区: a time word or verb, not a name
        if n > 3:  # a longer locality only after its city (成都|国际铁路港|综合保税区)
            city = _city_before(text, begin)
        else:
            city = (
                0 if _hard_left(text, begin) else _city_before(text, begin) if after_city else None
            )
        if not city and (city is None or n > 3):
            continue
        if (
            R.generic.covers(prefix)
            or R.generic_park_modifiers.ending_at(text, start)
            or any(R.boundary.starting_at(prefix, i) for i in range(len(prefix)))
            or prefix[0] in FUNCTION_CHARS
            or common_words().get(prefix[-2:]) in VERB_TAGS
            and prefix[-2:] not in R.county_homes  # 应城 is a county's name before a verb
        ):
            return None  # 共同构成|高新区: a verb of the general vocabulary, not a place
        return begin - city
    return None


def _city_before(text: str, begin: int) -> int | None:
    """Length of a prefecture city written right before a zone's own place name, where a name may
    start (，大连|大窑湾|综合保税区): the zone is the city's; None when no such city stands there."""
    city = rules().home_places.ending_at(text, begin)
    return city if city and _hard_left(text, begin - city) else None


VERB_TAGS = frozenset({"v", "vn", "vd"})
DESCRIPTOR_REACH = 6  # hanzi a zone's descriptor takes between its place and its kind


PARTNER_DESCRIPTOR = 4  # hanzi of a descriptor after two partner cities (阜阳合肥|现代|产业园区)


def _partner_cities(text: str, start: int) -> int | None:
    """Start of a park two cities build together, named by both and a descriptor of a few hanzi
    before its zone word (阜阳合肥现代产业园区: 阜阳 and 合肥, 现代)."""
    R = rules()
    for at in range(start, max(0, start - PARTNER_DESCRIPTOR - 1), -1):
        if any(not is_hanzi(ch) or ch in ITEM_NOT_START for ch in text[at:start]):
            return None
        second = R.home_places.ending_at(text, at)
        first = R.home_places.ending_at(text, at - second) if second else 0
        begin = at - second - first
        if (
            first
            and R.province_names.isdisjoint((text[begin : begin + first], text[at - second : at]))
            and _hard_left(text, begin)
        ):  # two cities, not a province and its city (广东广州)
            return begin
    return None


def _place_and_descriptor(text: str, start: int) -> int | None:
    """Start of a county's or city's name with its 县/市/区, then a descriptor of a few hanzi,
    before a zone word (旬阳市|生态|工业集中区, 汉阴县|新型建材|工业集中区, 鹤壁市|金山|产业集聚区),
    or of a partner city's place with the county in brackets (广州海珠（大埔）|产业转移工业园)."""
    R = rules()
    if text[start - 1 : start] in "）)":
        opening = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
        inside = text[opening + 1 : start - 1]
        if opening >= 2 and 2 <= len(inside) <= 4 and R.park_places.covers(inside):
            for n in range(min(6, opening), 1, -1):  # 广州海珠: the partner city and district
                begin = opening - n
                if R.park_places.covers(text[begin:opening]) and _hard_left(text, begin):
                    return begin
        return None
    for at in range(start - 2, max(0, start - DESCRIPTOR_REACH - 2), -1):
        if not is_hanzi(text[at]):
            return None
        if text[at] in R.place_level_chars:
            n = R.park_places.ending_at(text, at)
            between = text[at + 1 : start]
            if any(ch in ITEM_NOT_START for ch in between):
                return None  # 辽阳市|重要的|工业集中区, 玉林市|以龙潭|产业园区: not a zone's name
            if n and len(between) >= 2 and not R.park_prefix_stop_re.search(between):
                begin = at - n
                return (
                    begin if _hard_left(text, begin) or text[begin - 1] in FUNCTION_CHARS else None
                )
    return None


def _pattern_park(start: int, end: int, name: str, info: dict) -> dict:
    return {"start": start, "end": end, "name": name, "kind": info["kind"], "curated": False,
            "catalogue": False}  # fmt: skip


def _free_before(text: str, start: int) -> bool:
    """A name may start at `start`: where a name may (_hard_left), after a place (安徽|和县…) or
    after a function word (在|射阳经济开发区)."""
    return (
        _hard_left(text, start)
        or rules().park_places.ending_at(text, start) > 0
        or text[start - 1] in FUNCTION_CHARS
    )


def _level_infix(text: str, start: int) -> int:
    """Length of a level written between a zone's place and its kind (嵊州省级高新技术产业园区,
    日照国家级经开区 is a gazetteer form): the name is the place's and the kind's."""
    for infix in rules().level_infixes:
        if text.startswith(infix, start - len(infix)):
            return len(infix)
    return 0


def _cross_border_zones(text: str, found: list[dict]) -> list[dict]:
    """中老磨憨—磨丁经济合作区, 中越凭祥—同登跨境经济合作区: a zone two neighbours name after their
    two border towns, as written (data/entity_rules.yml cross_border_zone)."""
    taken = [(f["start"], f["end"]) for f in found]
    R = rules()
    return [
        _pattern_park(m.start(), m.end(), to_simplified(m.group()), R.cross_border_zone)
        for m in R.cross_border_zone["pattern"].finditer(text)
        if not overlaps_any(taken, m.start(), m.end())
    ]


def _gazetteer_parks(text: str, body: str | None) -> list[dict]:
    """The parks a gazetteer form names, where the form may stand as a name."""
    index, pattern = park_index()
    found = []
    for start, end, form in pattern.finditer(text):
        row = index[form]
        if not row["curated"] and not _free_before(text, start):
            continue  # 太|和县经济开发区: a catalogue zone's name inside another name
        if not _written_as_it_must_be(text, body, start, end):
            continue
        found.append(
            {
                "start": start,
                "end": end,
                "name": row["name"],
                "kind": row["kind"],
                "curated": row["curated"],
                "catalogue": bool(row.get("catalogue_code")),
            }
        )
    return found


def _written_as_it_must_be(text, body, start, end) -> bool:
    """A form that is a common phrase elsewhere (科技产业园区, Taiwan's zones together; 中科)
    counts only written alone (not 南京|科技产业园区, 全台10处|科技产业园区, 中科|院) and in
    traditional script, as Taiwanese news writes it."""
    if text[start:end] not in alone_forms():
        return True
    R = rules()
    if (
        not (_hard_left(text, start) or text[start - 1] in FUNCTION_CHARS)
        or (start > 0 and text[start - 1] in R.category_count_chars)
        or R.generic_park_modifiers.ending_at(text, start)
        or text[end : end + 1] in R.alone_form_not_before
        or text[start - 1 : start] in ("（", "(")  # 中部科学园区（中科）: a declaration
    ):
        return False
    return bool(body) and body != text  # an article written in traditional script


def _ends_a_date(text: str, end: int) -> bool:
    """text[:end] ends with 年, 月 or 日 after a digit (1-9月, 2023年)."""
    return end > 1 and text[end - 1] in "年月日" and text[end - 2].isdigit()


def _hard_left(text: str, begin: int) -> bool:
    """A name may start at `begin`: after the start, a non-hanzi, a boundary word, an
    administrative character (该县|坪上工业园区, 湖南省|宁乡市经开区) or a date (1-9月|新郑综保区)."""
    return (
        begin == 0
        or not is_hanzi(text[begin - 1])
        or rules().boundary.ending_at(text, begin)
        or text[begin - 1] in rules().admin_chars
        or _ends_a_date(text, begin)
    )


def _county_prefix(text: str, start: int) -> int | None:
    """，太和县经济开发区: a county or city of two or three characters with its 县/市/区, after a
    punctuation mark or a boundary word; no gazetteer lists every county."""
    R = rules()
    if start < 3 or text[start - 1] not in R.admin_chars:
        return None
    for n in (2, 3):
        begin = start - 1 - n
        name = text[begin : start - 1] if begin >= 0 else ""
        if len(name) < n or not all(is_hanzi(c) for c in name):
            return None
        if name[-1] in NUMERAL_CHARS:
            return None  # 驻马店、商丘、周口三市|产业集聚区: a count of places, not one's name
        if not _hard_left(text, begin):
            continue
        if (
            R.park_prefix_stop_re.search(text, begin, start)  # 1—7月|全省工业园区: a scope
            or R.generic.covers(name)
            or name[0] in FUNCTION_CHARS
            or R.boundary.starting_at(name, 0)
        ):
            return None  # (太和 holds 和, a boundary word elsewhere: only the first may not be one)
        return begin
    return None


def _named_parks(text: str, body: str | None = None) -> list[dict]:
    """Gazetteer aliases, then `<place><suffix>` patterns not already covered. `body`, the text
    as written, tells a form written in traditional script."""
    R = rules()
    index = park_index()[0]
    found = _gazetteer_parks(text, body)
    found += _cross_border_zones(text, found)
    spans = [(f["start"], f["end"]) for f in found]
    # A match never overlaps the names this loop adds (each ends at an earlier match's end), so
    # only the gazetteer's are asked, with bisect: linear on a text with thousands of names.
    listed = overlap_test(spans)
    for m in R.park_suffix_re.finditer(text):
        if listed(m.start(), m.end()):
            continue
        info = R.park_suffixes[m.group()]
        name_end = m.start() - _level_infix(text, m.start())  # 嵊州|省级|高新技术产业园区
        place_start = _place_before(text, name_end)
        if place_start is None and info.get("requires_before"):
            place_start = _after_required(text, m.start(), info["requires_before"])
        if place_start is None and info.get("descriptor"):
            described = _place_and_descriptor(text, m.start())
            if described is None:
                described = _partner_cities(text, m.start())  # 阜阳合肥|现代|产业园区
            if described is not None:  # 旬阳市生态|工业集中区: the name as written
                surface = text[described : m.end()]
                found.append(_pattern_park(described, m.end(), to_simplified(surface), info))
                spans.append((described, m.end()))
                continue
        if place_start is None:
            name_end = m.start()  # a level after an unknown name (科技部|国家高新区): no name
        if place_start is None and info.get("open_prefix"):
            after_city = info["canonical"].endswith(R.inner_park_endings)
            place_start = _open_prefix(text, name_end, after_city)
        if place_start is None:
            continue
        if info.get("place_only") and not _free_before(text, place_start):
            continue  # 中马|钦州产业园区: a place inside a longer name
        before = info.get("requires_before")
        if before and not text[:place_start].endswith(tuple(before)):
            continue
        place_start = _dash_joined_place(text, place_start)
        place = text[place_start : max(name_end, place_start)]
        place = (
            place.rstrip("市县区") if len(place.rstrip("市县区")) >= 2 else place
        )  # 宁乡市 → 宁乡; 沛县 stays
        name = place + info["canonical"]
        surface = text[place_start : m.end()]
        row = index.get(name) or index.get(surface)
        if row is None:
            row, place_start = _curated_after_city(text, place_start, name, surface)
        if row is None and place in R.province_names and info["kind"] in R.province_group_kinds:
            continue  # 广西综合保税区: a province's zones of that kind together, no one zone
        found.append(
            {
                "start": place_start,
                "end": m.end(),
                "name": row["name"] if row else name,
                "kind": row["kind"] if row else info["kind"],
                "curated": bool(row) and row["curated"],
                "catalogue": bool(row and row.get("catalogue_code")),
            }
        )
        spans.append((place_start, m.end()))
    return _other_mentions(text, index, found, spans)


def _other_mentions(text: str, index: dict, found: list[dict], spans: list) -> list[dict]:
    """The names found, without groups and titles, with the short forms, declared aliases and
    list items that stand for parks, and co-built parks read whole."""
    groups = place_zone_groups(text)
    found = [f for f in found if f["curated"] or (f["start"], f["end"]) not in groups]
    found.extend(_partner_short_forms(text, found, spans))
    found.extend(_declared_alias_mentions(text, found, spans))
    found.extend(_short_form_mentions(text, found, spans))
    found = [f for f in found if f["curated"] or f.get("catalogue") or not _an_honour(text, f)]
    found += _elided_list_parks(text, index, [(f["start"], f["end"]) for f in found])
    found += _places_sharing_a_zone_word(text, index, found)
    found = _co_built_parks(text, sorted(found, key=lambda f: f["start"]))
    return _one_name_per_zone(_tails_as_full_names(found))


@lru_cache(maxsize=1)
def _elided_list_tails() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The count of zones after a list: after 等 (…孝感等4个国家高新区), or right after the last
    item (…燕郊、承德5家国家高新区), found from the 、 before that item (a literal each pattern
    opens with, so the scan stays fast)."""
    kinds = "|".join(rules().elided_list_kinds)
    count = rf"[\d一二三四五六七八九十两]+[个家](?:国家级|国家|省级)?({kinds})"
    last_item = rf"、[{HANZI}]{{2,4}}?(?={count})"
    return re.compile(f"等{count}"), re.compile(last_item), re.compile(count)


def _elided_list_tail_matches(text: str) -> list:
    after_deng, last_item, count = _elided_list_tails()
    tails = list(after_deng.finditer(text))
    for m in last_item.finditer(text):
        tail = count.match(text, m.end())
        if tail:
            tails.append(tail)
    return sorted(tails, key=lambda t: t.start())


ELIDED_ITEMS = re.compile(rf"(?:[{HANZI}]{{2,4}}、)+[{HANZI}]{{2,4}}$")
ELIDED_REACH = 400  # characters of a list before its 等N个…


def _elided_lists(text: str):
    """(items start, items, kind) of each 武汉东湖、襄阳…等7个国家高新区: the count's tail is found
    first, then the items that end right before it, from after the last list read."""
    read_to = 0
    for tail in _elided_list_tail_matches(text):
        lo = max(read_to, tail.start() - ELIDED_REACH)
        items = ELIDED_ITEMS.search(text, lo, tail.start())
        if items:
            read_to = tail.end()
            yield items.start(), items.group().split("、"), tail.group(1)


def _elided_list_parks(text: str, index: dict, taken: list) -> list[dict]:
    """武汉东湖、襄阳、宜昌…等7个国家高新区: the places of a list stand for their zones of the
    kind named after 等, when the gazetteer holds each (襄阳高新区)."""
    found = []
    on_taken = overlap_test(taken)
    for at, items, kind in _elided_lists(text):
        rows = [index.get(item + kind) for item in items]
        if not all(rows):
            continue  # every item a zone of that kind the gazetteer knows, or none is read
        for item, row in zip(items, rows):
            if not on_taken(at, at + len(item)):
                found.append({"start": at, "end": at + len(item), "name": row["name"],
                              "kind": row["kind"], "curated": row["curated"],
                              "catalogue": bool(row.get("catalogue_code"))})  # fmt: skip
            at += len(item) + 1
    return found


def _places_sharing_a_zone_word(text: str, index: dict, found: list[dict]) -> list[dict]:
    """郑州、漯河、鹤壁、红旗渠经开区; 廣州、南沙經開區: the places listed before a zone share its zone
    word, and each names its own zone (郑州经开区), when the gazetteer holds every one of them."""
    R = rules()
    taken = {f["start"] for f in found}
    out = []
    for f in found:
        ending = next((e for e in _canonical_endings() if f["name"].endswith(e)), None)
        items, at = [], f["start"]
        while ending and at > 1 and text[at - 1] in TABLES.list_joint_chars:
            n = R.park_places.ending_at(text, at - 1)
            row = index.get(text[at - 1 - n : at - 1] + ending) if n else None
            if row is None or at - 1 - n in taken:
                break
            items.append({"start": at - 1 - n, "end": at - 1, "name": row["name"],
                          "kind": row["kind"], "curated": row["curated"],
                          "catalogue": bool(row.get("catalogue_code"))})  # fmt: skip
            at -= 1 + n
        if items and (at == 0 or text[at - 1] not in TABLES.list_joint_chars):
            out.extend(items)  # the whole list read, not a place stopped at halfway
    return out


def _an_honour(text: str, f: dict) -> bool:
    """获评“省级一类工业园区”, 是“河南省二星级产业集聚区”和“河南省经济开发区”: a title the park
    holds, in quotes after the verb that gives it, not a park's name."""
    if text[f["end"] : f["end"] + 1] not in '”"」':
        return False
    opened = max(text.rfind(q, max(0, f["start"] - 6), f["start"] + 1) for q in "“「")
    if opened < 0 or "”" in text[opened : f["start"]]:
        return False  # (“省|级一类工业园区”: the quote opens a little before the name found)
    return rules().honour_before.search(text[max(0, opened - 3) : opened + 1]) is not None


def _co_built_parks(text: str, found: list[dict]) -> list[dict]:
    """Parks two places build together are named after both (南北共建园区): a zone, then a park
    of another place (张家港经开区|宿豫工业园), or a city before another city's county zone
    (昆山|沭阳工业园区). The whole is one park of its own, not the partner zone's quarter."""
    R = rules()
    out, by_places = [], {}
    for f in found:
        m = QUARTER_AFTER_ZONE.match(text, f["end"]) if f["kind"] in R.parent_zone_kinds else None
        place = _zone_place(f["name"]) if m else None
        if m and _names_another_place(m.group(1), place):
            name = f["name"] + to_simplified(m.group())
            by_places[(place, m.group(1)[: R.park_places.starting_at(m.group(1), 0)])] = name
            out.append({**f, "end": m.end(), "name": name, "kind": "industrial_park",
                        "curated": False, "catalogue": False})  # fmt: skip
            continue
        n = 0 if f["curated"] or f.get("catalogue") else R.park_places.ending_at(text, f["start"])
        partner = text[f["start"] - n : f["start"]]
        place = place or (_zone_place(f["name"]) if n else None)
        if n and partner not in R.province_names and partner not in R.county_homes.get(place, ()):
            out.append({**f, "start": f["start"] - n, "name": partner + f["name"],
                        "partner": (partner, place)})  # fmt: skip
            continue
        out.append(f)
    for f in out:  # 张家港宿豫工业园 is the 张家港经开区宿豫工业园 the article named in full
        if f.get("partner") in by_places:
            f["name"] = by_places[f["partner"]]
    inside = _spans_inside_others([(f["start"], f["end"]) for f in out])
    return [
        f for f in out if (f["start"], f["end"]) not in inside
    ]  # 宿豫工业园 in 张家港…宿豫工业园


def _spans_inside_others(spans: list) -> set:
    """The spans that lie inside another, longer span, in one sorted pass: in (start, longest
    first) order a span is inside another exactly when an earlier one reaches as far."""
    inside, reach = set(), -1
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if end <= reach:
            inside.add((start, end))
        reach = max(reach, end)
    return inside


def _names_another_place(part: str, place: str) -> bool:
    """宿豫工业 after 张家港经开区: a park named after a place that is not the zone's own nor in
    its city (沧州经济开发区|新华园: 新华区 is 沧州's)."""
    R = rules()
    n = R.park_places.starting_at(part, 0)
    other = part[:n]
    if not n or place.startswith(other) or other.startswith(place):
        return False
    return place not in R.county_homes.get(other, ())


PARTNER_SHORT = re.compile(r"^(?P<partner>[^（(]{2,4})[（(](?P<host>[^）)]{2,4})[）)]产业园$")
PARTNER_PARK = re.compile(
    r"^(?P<partner>[^（(]{2,6})[（(](?P<host>[^）)]{2,4})[）)](?:产业转移工业园|产业园)$"
)


def _partner_short_forms(text: str, found: list[dict], spans: list) -> list[dict]:
    """Guangdong's 产业转移工业园 and partner 产业园 are called by the first characters of the partner
    city and the host (广州（梅州）产业转移工业园 → 广梅产业园), by the partner's district and the host
    (海珠（大埔）产业园) or by the host alone (和平产业园): those mentions are the same park."""
    extra = []
    for f in {f["name"]: f for f in found}.values():
        m = PARTNER_PARK.match(f["name"])
        if not m:
            continue
        short = m.group("partner")[0] + m.group("host")[0] + "产业园"
        extra.extend(_mentions_written(text, short, text.find(short), f, spans))
        for other in found:
            if _short_for_partner_park(other["name"], m.group("partner"), m.group("host")):
                other.update(name=f["name"], kind=f["kind"], curated=f["curated"])
    return extra


def _short_for_partner_park(name: str, partner: str, host: str) -> bool:
    short = PARTNER_SHORT.match(name)
    if short and short.group("host") == host:
        return partner.endswith(short.group("partner")) and partner != short.group("partner")
    return name == host + "产业园"


def _mentions_written(text: str, form: str, at: int, park: dict, spans: list) -> list[dict]:
    """The park's mentions wherever `form` is written from `at` on, outside the spans taken
    (which it extends)."""
    found = []
    while at >= 0:
        if not overlaps_any(spans, at, at + len(form)):
            found.append({**park, "start": at, "end": at + len(form)})
            spans.append((at, at + len(form)))
        at = text.find(form, at + len(form))
    return found


def _one_name_per_zone(found: list[dict]) -> list[dict]:
    """A place's 经济开发区 and its 经开区 in one article are one park (太和县经济开发区, then
    太和经开区), named by the short form (data/entity_rules.yml one_park_endings)."""
    names = {f["name"]: f for f in found}
    renamed = {}
    for long_end, short_end in rules().one_park_endings.items():
        for name in names:
            short = name[: -len(long_end)] + short_end
            if name.endswith(long_end) and not names[name]["curated"] and short in names:
                renamed[name] = names[short]
    for short_end, long_end in rules().one_park_full_endings.items():
        for name in names:  # 沧州开发区 beside 沧州经济开发区: the full name
            full = name[: -len(short_end)] + long_end
            if name.endswith(short_end) and not name.endswith(long_end) and full in names:
                if not names[name]["curated"] and full not in renamed:
                    renamed[name] = names[full]
    return [
        {**renamed[f["name"]], "start": f["start"], "end": f["end"]} if f["name"] in renamed else f
        for f in found
    ]


def _tails_as_full_names(found: list[dict]) -> list[dict]:
    """A park found by pattern whose name is the tail of a park named earlier (厦门火炬高新区,
    then 火炬高新区) is that park, written short: one park, not two."""
    named = []
    for i, f in enumerate(found):
        if not f["curated"]:
            full = next(
                (
                    g
                    for g in named
                    if len(g["name"]) > len(f["name"]) >= 4 and g["name"].endswith(f["name"])
                ),
                None,
            )
            if full:
                found[i] = {**full, "start": f["start"], "end": f["end"]}
                continue
        named.append(f)
    return found


def _short_form_mentions(text: str, found: list[dict], spans: list) -> list[dict]:
    """Later uses of the short form of a park the article named in full (湖南自贸区长沙片区,
    then 长沙片区): data/entity_rules.yml article_short_forms."""
    extra = []
    for ending, short_ending in rules().article_short_forms.items():
        for f in [f for f in found if f["name"].endswith(ending)]:
            short = f["name"][: -len(ending)] + short_ending
            # anywhere: a headline may use it before the full name
            extra.extend(_mentions_written(text, short, text.find(short), f, spans))
    for f, short in _without_their_city(found):
        for g in found:  # 稀土高新区 in a headline before 包头稀土高新区: read as a name of its own
            if g["name"] == short and not g["curated"] and not g.get("catalogue"):
                g.update(name=f["name"], kind=f["kind"], curated=f["curated"])
                g["catalogue"] = f.get("catalogue", False)
        extra.extend(_mentions_written(text, short, text.find(short), f, spans))
    return extra


def _without_their_city(found: list[dict]) -> list[tuple[dict, str]]:
    """(park, its name without the city it opens with) for parks named in full (福州元洪投资区,
    元洪投资区 before or after it), when a place of two characters or more is left before the zone word and no
    list knows the short name as another park's."""
    R, index = rules(), park_index()[0]
    pairs = {}
    for f in found:
        n = R.home_places.starting_at(f["name"], 0)
        rest = f["name"][n:]
        zone_word = R.city_dropped_endings.ending_at(rest, len(rest)) if n else 0
        place = rest[: len(rest) - zone_word]
        if (
            zone_word
            and len(place) >= 2
            and not R.generic.covers(place)
            and place not in R.park_category_heads  # 新竹|科学园区: a kind of park, no name
            and rest not in index
        ):
            pairs[f["name"]] = (f, rest)
    return list(pairs.values())


# 中部科学园区（中科）, 天津经济技术开发区（以下简称“天津开发区”）: a short name the article declares.
DECLARED_ALIAS = re.compile(
    r"[（(]\s*(?:以下简称|以下称|下称|简称)?\s*[“\"‘]?([" + HANZI + r"A-Za-z]{2,10})[”\"’]?\s*[）)]"
)


def _declared_alias_mentions(text: str, found: list[dict], spans: list) -> list[dict]:
    """Later uses of a short name declared right after a park's name, as mentions of that park:
    the article defines the alias, so no gazetteer needs it (中科 is 中国科学院 elsewhere)."""
    extra = []
    for f in list(found):
        m = DECLARED_ALIAS.match(text, f["end"])
        if m:
            alias, at = m.group(1), text.find(m.group(1), m.end())
            if alias == f["name"] or len(alias) >= f["end"] - f["start"]:
                continue
        else:  # 浑南区（沈阳高新区）: the district written as one with its zone, anywhere
            alias = _district_before(text, f)
            if not alias:
                continue
            at = text.find(alias)
        extra.extend(_mentions_written(text, alias, at, f, spans))
    return extra


def _district_before(text: str, f: dict) -> str | None:
    """The district, county or new area a park is put in brackets after (浑南区（沈阳高新区）,
    辽东湾新区（即盘锦辽滨沿海经济技术开发区）), or None."""
    opened = f["start"] - 1 if text[f["start"] - 1 : f["start"]] == "即" else f["start"]
    if not opened or text[opened - 1] not in "（(" or text[f["end"] : f["end"] + 1] not in "）)":
        return None
    m = DISTRICT_BEFORE.search(text, max(0, opened - 6), opened)
    return m.group(1) if m else None


DISTRICT_BEFORE = re.compile(f"([{HANZI}]{{2,4}}[区县])[（(]$")


def _inner_parks(text: str, named: list[dict], title: str | None) -> tuple[list[dict], list[dict]]:
    """(named, inner): the parks named in an article that are places inside another park it names.
    Their figures are not that park's, and they roll up to it; the article's main park is then
    chosen among the rest (贵安综保区 in the headline of a 贵安新区 post)."""
    main = _main_park(text, named, title)
    said = _parts_said_to_belong(text, named, main)
    parent_of = (
        _parents_by_place(text, named, main, _in_title(text, main, title))
        | _named_after_their_zone(named)
        | _breakdown_parts(text, named, main)
        | said
        | _written_after_a_zone(text, named)
        | _bracketed_city_parts(text, named, main)
    )
    quarters = _quarters_after_zones(text, named)
    renamed = _quarter_variants(named, quarters)
    kept, inner = [], list(quarters)
    named_in = cache(text.__contains__)
    peers = _peer_lists(text, named)
    for f in named:
        if f["name"] in renamed:
            parent, name = renamed[f["name"]]
            inner.append({**f, "name": name, "parent": parent})
        elif (
            f["name"] in parent_of
            and not (
                f["kind"] == "industrial_park"
                and f["name"] not in said  # 区内的汉南通用航空产业园: the text says where it lies
                and _named_after_another_place(f["name"], parent_of[f["name"]], named_in)
            )  # 其中，安宁产业园区…: a county's zone of its own, not a part of 河口边境经济合作区
            and not any({f["name"], parent_of[f["name"]]} <= names for names in peers)
        ):
            inner.append({**f, "parent": parent_of[f["name"]]})
        else:
            kept.append(f)
    return kept, inner


def _peer_lists(text: str, mentions: list[dict]) -> list[set]:
    """The names of each run of parks written as one list (洋浦经济开发区、海口江东新区、海口综合保税区):
    items joined by 、 和 及 与 and nothing else."""
    runs, last = [], None
    for f in sorted(mentions, key=lambda f: f["start"]):
        if last is not None and text[last["end"] : f["start"]] in TABLES.list_joint_chars:
            runs[-1].add(f["name"])
        else:
            runs.append({f["name"]})
        last = f
    return [names for names in runs if len(names) > 1]


def _listed_beside_their_parent(text: str, named: list[dict], subs: list[dict]):
    """(sub-parks, parks): a place the gazetteer holds inside a zone, listed as an item beside that
    zone (the thirteen key parks: 洋浦经济开发区、…、临高金牌港开发区), is a park of its own in the
    article, which gives it figures of its own; elsewhere it stays the zone's part."""
    peers = _peer_lists(text, named + subs)
    own = {c["name"] for c in subs if any({c["name"], c["parent"]} <= names for names in peers)}
    if not own:
        return subs, []
    parks = [
        {"start": c["start"], "end": c["end"], "name": c["name"],
         "kind": c.get("kind") or kind_by_zone_word(c["name"], "industrial_park"),
         "curated": False}
        for c in subs if c["name"] in own
    ]  # fmt: skip
    return [c for c in subs if c["name"] not in own], parks


QUARTER_AFTER_ZONE = re.compile(
    rf"([{HANZI}]{{2,4}}?)(分园|园区|片区|组团|园)(?=[^{HANZI}]|$|[的是位总内已共现于为将占和与及以])"
)


def _quarters_after_zones(text: str, named: list[dict]) -> list[dict]:
    """A quarter written right after its zone's name (沧州经济开发区新华园, 合肥经开区新港工业园 is
    found by its suffix): a sub-park of that zone, named by the words after it. Not a common
    word that ends in 园 (公园, 家园) nor a category (产业园, 各园区)."""
    R = rules()
    found = []
    for z in named:
        if z["kind"] not in R.parent_zone_kinds:
            continue
        m = QUARTER_AFTER_ZONE.match(text, z["end"])
        if not m or _not_a_quarter_name(m.group(1)):
            continue
        found.append({"start": m.start(), "end": m.end(), "name": to_simplified(m.group()),
                      "kind": "industrial_park", "curated": False, "parent": z["name"]})  # fmt: skip
    return found


def _not_a_quarter_name(part: str) -> bool:
    R = rules()
    return (
        part[0] in FUNCTION_CHARS
        or part[0] in NUMERAL_CHARS
        or part.endswith(R.quarter_not_name_ends)
        or part in R.quarter_not_names
        or R.generic_sub_starts.starting_at(part, 0) > 0
    )


def _quarter_variants(named: list[dict], quarters: list[dict]) -> dict[str, tuple[str, str]]:
    """A park no list knows that is a quarter's name written longer (新华园 → 新华工业园区): the
    same quarter, not a park of its own."""
    R = rules()
    cores = {_quarter_core(q["name"]): q for q in quarters}
    found = {}
    for f in named:
        if f["curated"] or f.get("catalogue") or f["kind"] not in R.part_park_kinds:
            continue
        q = cores.get(_quarter_core(f["name"]))
        if q and len(_quarter_core(f["name"])) >= 2:
            found[f["name"]] = (q["parent"], q["name"])
    return found


def _quarter_core(name: str) -> str:
    """新华工业园区, 新华园 → 新华."""
    endings = [e for e in rules().quarter_endings if name.endswith(e)]
    return name[: -len(max(endings, key=len))] if endings else name


def _written_after_a_zone(text: str, named: list[dict]) -> dict[str, str]:
    """宜昌高新区湖北深圳工业园: a park no list knows written right after a zone's name (a place
    may stand between) is a part of that zone, wherever else the article names it."""
    R = rules()
    zones = {z["end"]: z for z in named if z["kind"] in R.parent_zone_kinds}
    found = {}
    for f in named:
        if f["curated"] or f.get("catalogue") or f["kind"] not in R.part_park_kinds:
            continue
        gap = R.home_places.ending_at(text, f["start"])
        zone = zones.get(f["start"]) or zones.get(f["start"] - gap)
        if zone and zone["name"] != f["name"]:
            found[f["name"]] = zone["name"]
    return found


def _parents_by_place(
    text: str, named: list[dict], main: dict | None, topical: bool
) -> dict[str, str]:
    """A science park, software park, science city or comprehensive bonded zone no gazetteer
    knows, named after the same place as a zone of the article (西安软件园 in a 西安高新区
    article, 贵安综合保税区 beside 贵安新区), lies inside that zone. For the main park its first
    two characters will do (厦门软件园 in 厦门火炬高新区, 钦州保税港区 in 钦州港片区), or, when the
    title names it (`topical`), a place of its province (太原武宿综保区 in 山西综改示范区); another
    zone must have the whole place, and two such zones leave it alone."""
    R = rules()
    zones = {
        f["name"]: f
        for f in named
        if f["kind"] in R.parent_zone_kinds or _older_bonded_zone(f["name"])
    }  # (天津港保税区 holds 天津港综合保税区)
    found = {}
    for f in named:
        inner_kind = f["kind"] in R.inner_park_kinds or f["name"].endswith(R.inner_park_endings)
        if f["curated"] or not inner_kind or f["name"] in zones:
            continue
        parents = _zones_its_name_carries(f["name"], named, zones)
        if (
            not parents
            and main
            and main["name"] in zones
            and (f["name"].startswith(main["name"][:2]) or topical and _same_province(f, main))
            and not _among_peers_of_its_kind(text, f, named, zones)
        ):
            parents = [main["name"]]
        if not parents:
            parents = _zones_of_its_place(f["name"], zones)
        if len(parents) == 1:
            found[f["name"]] = parents[0]
    return found


def _named_after_their_zone(named: list[dict]) -> dict[str, str]:
    """A park no list knows whose name opens with a zone's written name and goes on with a place
    of its own (桂林高新区|铁山工业园, 大庆高新区|兴化园区): a part of that zone."""
    kinds = rules().parent_zone_kinds
    zones = {f["name"] for f in named if f["kind"] in kinds}
    return {
        f["name"]: zone
        for f in named
        if not (f["curated"] or f.get("catalogue") or f["kind"] in kinds)
        for zone in zones
        if f["name"].startswith(zone) and len(f["name"]) - len(zone) >= 4
    }


def _same_province(f: dict, main: dict) -> bool:
    """Whether both names start with places of one province (太原武宿综保区, 山西综改示范区), the
    zone's province from the gazetteer when its name opens with none (重庆两路寸滩综合保税区 in a
    两江新区 article)."""
    inner, zone = place_at_start(f["name"]), place_at_start(main["name"])
    row = park_index()[0].get(main["name"]) if zone is None else None
    province = zone[1] if zone else row and row.get("province")
    return bool(inner and inner[1] and inner[1] == province)


def _among_peers_of_its_kind(text: str, f: dict, named: list[dict], zones: dict) -> bool:
    """Whether a paragraph reports the inner park beside another of its kind from another place
    and names no zone they could lie in (综合保税区方面，大连大窑湾综合保税区…；沈阳综合保税区…):
    a round-up of bonded zones, each a zone in its own right, not parts of the article's park."""
    start, end = _paragraph_start(text, f["start"]), text.find("\n", f["end"])
    end = len(text) if end < 0 else end
    beside = [g for g in named if start <= g["start"] < end and g is not f]
    return any(
        g["name"].endswith(rules().inner_park_endings) and g["name"][:2] != f["name"][:2]
        for g in beside
    ) and not any(g["name"] in zones for g in beside)


def _zones_its_name_carries(name: str, named: list[dict], zones: dict) -> list[str]:
    """The park whose own name opens the inner park's (苏州工业园|综合保税区 in 苏州工业园区,
    西安高新|综合保税区 in 西安高新区), of whatever kind: the name says where it lies."""
    return sorted({
        f["name"]
        for f in named
        if f["name"] != name and len(f["name"]) > 3 and name.startswith(f["name"][:-1])
        and not f["name"].endswith(rules().inner_park_endings)
    })  # fmt: skip


def _zones_of_its_place(name: str, zones: dict) -> list[str]:
    """The zones named after the inner park's place: the same place (贵安综合保税区, 贵安新区), the
    place without its city (武汉|东湖综合保税区 in 东湖高新区), or its county's city (凭祥综合保税区
    in 崇左自贸片区)."""
    R = rules()
    place = _zone_place(name)
    parents = [z for z in zones if z != name and _zone_place(z) == place]
    if not parents:
        n = R.home_places.starting_at(place, 0)
        rest = place[n:] if n else ""
        parents = [z for z in zones if z != name and len(rest) >= 2 and _zone_place(z) == rest]
    if not parents:
        homes = R.county_homes.get(place, ())
        parents = [z for z in zones if z != name and _zone_place(z) in homes]
    return parents


def _parts_said_to_belong(text: str, named: list[dict], main: dict | None) -> dict[str, str]:
    """A park the text says belongs to a zone (高新区所属的海新工业园区, 开发区下辖的苍山产业集聚区):
    a part of the zone named right before the word, or of the main park for a bare 高新区."""
    R = rules()
    ends = {f["end"]: f for f in named}
    found = {}
    for f in named:
        located = ends.get(f["start"] - 1) if text[f["start"] - 1 : f["start"]] == "的" else None
        if located and text.endswith(R.located_in_before, 0, located["start"]):
            found[f["name"]] = located["name"]  # 位于常州高新区的常州综合保税区
            continue
        word = R.belongs_to_before.search(text, max(0, f["start"] - 4), f["start"])
        if not word:
            continue
        zone = ends.get(word.start())
        if zone is None and main and R.bare_re.search(text, max(0, word.start() - 5), word.start()):
            zone = main  # 高新区所属的…: the main park, named bare
        if zone is None and text[word.start() - 1 : word.start()] == "区":
            zone = _zone_in_focus(text, named, f["start"])  # …。其中，位于区内的合肥综合保税区
        if not zone:
            continue
        listed = _list_from(text, named, f)
        if R.parts_after_list.match(text, listed[-1]["end"]):
            parts = listed  # 宁波经开区下辖宁波保税区、大榭开发区、梅山综合保税区三个功能区块
        else:
            parts = [f] if word.group().endswith("的") and not f["curated"] else []
        for part in parts:
            if part["name"] != zone["name"]:
                found[part["name"]] = zone["name"]
    return found | _platforms_of_zones(text, named)


def _zone_in_focus(text: str, named: list[dict], position: int) -> dict | None:
    """The zone named last before `position` in its paragraph, a compared one aside (仅次于泉州
    经开区。其中，…): the one a bare 区 or a 其中 refers to."""
    p_start = _paragraph_start(text, position)
    before = [
        z
        for z in named
        if p_start <= z["start"] < position
        and z["kind"] in rules().parent_zone_kinds
        and not _named_as_compared(text, z)
        and not _holds_the_subject(text, z)
    ]
    return before[-1] if before else None


def _holds_the_subject(text: str, zone: dict) -> bool:
    """漕河泾开发区…是张江高新区“一区22园”中体量最大的园区之一: the zone the sentence's subject is one
    of the parks of, not the one it talks about."""
    R = rules()
    end = text.find("。", zone["end"], zone["end"] + ONE_OF_REACH)
    return text.endswith(R.one_of_before, 0, zone["start"]) and bool(
        end > 0 and text.endswith(R.one_of_after, 0, end)
    )


ONE_OF_REACH = 40  # characters from a zone after 是 to the 之一 that ends its sentence


def _paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _list_from(text: str, named: list[dict], first: dict) -> list[dict]:
    """The park and the parks listed right after it (joined by 、 和 及 与, with maybe a zone no
    list knows among them: 宁波保税区、大榭开发区、梅山综合保税区)."""
    listed, last = [first], first
    for f in sorted(named, key=lambda f: f["start"]):
        if f["start"] >= last["end"] and _only_joints_and_zones(text[last["end"] : f["start"]]):
            listed.append(f)
            last = f
    return listed


def _only_joints_and_zones(between: str) -> bool:
    """、 alone, or 、<a zone's name>、: what may stand between two items of a list of parks."""
    joints = TABLES.list_joint_chars
    if between in joints:
        return True
    if len(between) > LIST_ITEM_MAX or between[:1] not in joints or between[-1:] not in joints:
        return False
    items = _joint_split().split(between[1:-1])
    return all(len(item) >= 4 and item.endswith(_park_suffixes()) for item in items)


@lru_cache(maxsize=1)
def _joint_split() -> re.Pattern:
    return re.compile(f"[{''.join(sorted(TABLES.list_joint_chars))}]")


@lru_cache(maxsize=1)
def _park_suffixes() -> tuple:
    return tuple(rules().park_suffixes)


LIST_ITEM_MAX = 24  # characters of the unknown zones between two listed parks


def _platforms_of_zones(text: str, named: list[dict]) -> dict[str, str]:
    """作为中国（浙江）自由贸易试验区金义片区的核心平台，金华金义综合保税区…: the text says the park
    is a platform or part of the zone named before it (its city may stand before its name)."""
    R = rules()
    found = {}
    for f in named:
        m = R.as_part_of.search(text, max(0, f["start"] - AS_PART_REACH), f["start"])
        if not m:
            continue
        zones = [
            z
            for z in named
            if m.start(1) <= z["start"]
            and z["end"] <= m.end(1)
            and z["kind"] in R.parent_zone_kinds
        ]
        if zones and zones[-1]["name"] != f["name"]:
            found[f["name"]] = zones[-1]["name"]
    return found


AS_PART_REACH = 60  # characters before a park in which 作为…的核心平台， is looked for


def _older_bonded_zone(name: str) -> bool:
    """An older 保税区 (天津港保税区), a zone of its own that a 综合保税区 may lie in."""
    R = rules()
    return name.endswith(R.older_zone_endings) and not name.endswith(R.inner_park_endings)


def _zone_place(name: str) -> str:
    """The place a zone is named after: its name without the zone word (贵安新区 → 贵安)."""
    R = rules()
    endings = [e for e in (*R.park_suffixes, *R.inner_park_endings) if name.endswith(e)]
    return name[: -len(max(endings, key=len))] if endings else name


def _breakdown_parts(text: str, named: list[dict], main: dict | None) -> dict[str, str]:
    """Parks a sentence gives as parts of the main zone: after the zone's own figure (园区…增长
    10.86%。其中：东川工业园区增长13.52%), or under a heading that splits it (西宁开发区各园区…,
    分园区看，潇河产业园区…). The cue must follow a mention of the zone in the same or the
    previous sentence (a round-up's 全市开发区 is no such mention), and a sentence that also names
    another zone lists peers, not parts."""
    R = rules()
    if not main or main["kind"] not in R.parent_zone_kinds:
        return {}
    main_spans = [(f["start"], f["end"]) for f in named if f["name"] == main["name"]]
    found = {}
    for f in named:
        if f["curated"] or f["name"] == main["name"] or f["kind"] not in R.part_park_kinds:
            continue
        s_start, s_end = sentence_span(text, f["start"], f["start"])
        while s_start > 1 and text[s_start - 1] in "；;" and f["start"] - s_start < BREAKDOWN_REACH:
            s_start = sentence_span(text, s_start - 2, s_start - 2)[0]  # 分园区看，A…；B…: one list
        s_start = max(s_start, f["start"] - BREAKDOWN_REACH)  # linear on unpunctuated text
        s_end = min(s_end, f["end"] + BREAKDOWN_REACH)
        cues = [m for m in R.breakdown_cue_re.finditer(text, s_start, f["start"])]
        if not cues or any(
            z["kind"] in R.parent_zone_kinds
            and (z["name"] != main["name"] or cues[-1].end() <= z["start"] < f["start"])
            and s_start <= z["start"] < s_end
            for z in named
        ):
            # 分园区看，独贵塔拉工业园区、…、达拉特经济开发区: peers of a round-up, not parts; and
            # 其中，棋盘井经济开发区…；独贵塔拉工业园区…: the zone itself is the list's first item
            continue
        p_start = sentence_span(text, s_start - 1, s_start - 1)[0] if s_start else 0
        p_start = max(p_start, s_start - BREAKDOWN_REACH)
        if _mentions_zone(text, p_start, cues[-1].start(), main, main_spans):
            found[f["name"]] = main["name"]
    return found


BREAKDOWN_REACH = 300  # characters a breakdown's cue and the zone it splits are looked for


def _mentions_zone(text: str, start: int, end: int, main: dict, main_spans: list) -> bool:
    """Whether text[start:end] names the main zone, in full or by a bare form that is not
    generic (园区, 开发区, but not 全省开发区)."""
    if any(start <= s and e <= end for s, e in main_spans):
        return True
    R = rules()
    for m in R.bare_re.finditer(text, start, end):
        kinds = R.bare_forms[m.group()]
        if kinds and main["kind"] not in kinds:
            continue
        if not R.generic_park_modifiers.ending_at(text, m.start()):
            return True
    return False


def _without_zone_groups(text: str, body: str, subs: list) -> list:
    """公布科技產業園區 in a traditional-script article: Taiwan's zones together, not a place inside
    a park (a mainland 南京科技产业园区 stays one)."""
    if body == text:
        return subs
    return [sub for sub in subs if not text[sub[0] : sub[1]].endswith(_zone_group_forms())]


@cache
def _zone_group_forms() -> tuple[str, ...]:
    """The written forms of the gazetteer's zone groups (科技产业园区, 加工出口区)."""
    index, _ = park_index()
    return tuple(form for form, row in index.items() if row["kind"] == ZONE_GROUP)


def _main_park(text: str, named: list[dict], title: str | None) -> dict | None:
    """The article's subject: the park in the title, else the most mentioned, else the first."""
    if not named:
        return None
    title = to_simplified(title or "")
    stats = {}
    as_compared = [_named_as_compared(text, f) for f in named]
    compared = {f["name"] for f, c in zip(named, as_compared) if c}
    compared -= {f["name"] for f, c in zip(named, as_compared) if not c}
    for order, f in enumerate(f for f in named if f["name"] not in compared):
        s = stats.setdefault(f["name"], {"park": f, "count": 0, "first": order, "in_title": False})
        s["count"] += 1
        s["in_title"] |= f["name"] in title or text[f["start"] : f["end"]] in title
    if not stats:
        return None  # 仅次于格尔木工业园: a park named only to compare with is not the article's
    best = max(stats.values(), key=lambda s: (s["in_title"], s["count"], -s["first"]))
    return None if best["park"]["kind"] == ZONE_GROUP else best["park"]


def _in_title(text: str, park: dict | None, title: str | None) -> bool:
    """Whether the title names the park, by its name or as the text writes it."""
    title = to_simplified(title or "")
    return bool(park and title) and (
        park["name"] in title or text[park["start"] : park["end"]] in title
    )


def _named_as_compared(text: str, f: dict) -> bool:
    return TABLES.compared_before.search(text, max(0, f["start"] - 4), f["start"]) is not None


def _sub_park_candidates(text: str, named_spans: list) -> list[tuple[int, int, str]]:
    """Named places inside a park by suffix (高新智慧谷, 新一代信息技术产业园); in an article that
    names no zone, also the suffixes marked `without_zone`."""
    R = rules()
    found = []
    on_named = overlap_test(named_spans)
    for m in R.sub_suffix_re.finditer(text):
        if on_named(m.start(), m.end()):
            continue
        if named_spans and R.sub_suffixes[m.group()].get("without_zone"):
            continue
        if R.sub_boundary.ending_at(text, m.start()) and m.group() not in R.standalone_sub_parks:
            continue  # 联合设立的|研创园天使基金: a bare suffix after a function word names nothing
        lo = max((e for s, e in named_spans if e <= m.start()), default=0)
        start, hit = scan_left(text, m.start(), lo, R.sub_boundary, 14, lambda s: s)
        name = text[start : m.end()]
        if hit or _bad_sub_park(name, m.group()):
            continue
        kind = PROJECT if _names_a_project(text, start, m.end()) else None
        found.append((start, m.end(), kind or R.sub_suffixes[m.group()]["kind"]))
    # keep the longest of nested candidates (黄海智谷 inside 黄海智谷服务外包产业园), and none inside a
    # project's name (黄海数字智谷 in 黄海数字智谷产业园项目)
    found = [c for c in found if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in found)]
    return [c for c in found if c[2] != PROJECT]


def _names_a_project(text: str, start: int, end: int) -> bool:
    """三鱼新能源的新能源产业园项目, 集泰股份新材料产业基地项目, 投资12.8亿元的汽车零部件智能制造产业园
    项目: a project to be built, its firm's or its own, not a place in the park (as the annotators of
    heldout13, 18, 22, 24, 29 and 33 all read an unowned 产业园项目)."""
    return text.startswith(rules().project_name_after, end)


def _bad_sub_park(name: str, suffix: str) -> bool:
    R = rules()
    if name == suffix:
        return name not in R.standalone_sub_parks
    if len(name) - len(suffix) < 2 or ASCII_DIGIT.search(name):
        return True
    if any(w in name for w in R.non_company_words):
        return True
    if name[: len(name) - len(suffix)].endswith(R.government_body_ends):
        return True  # 經濟部產業園區: a ministry's, not a place
    return bool(R.generic_sub_starts.starting_at(name, 0)) or _counted(name)


COUNT_START = re.compile(r"[两三四五六七八九十\d]+")
COUNT_OF_BIG = re.compile(r"[两三四五六七八九十]大")


def _counted(name: str) -> bool:
    """三大汽车产业园区, 两个产业园: a count of the parks just listed or of a kind, not one place;
    nor a name run back over the last of them (汽车电子产业园三大产业园)."""
    m = COUNT_START.match(name)
    return (
        bool(m)
        and name[m.end() : m.end() + 1] in rules().category_count_chars
        or bool(COUNT_OF_BIG.search(name))
    )


def _bare_forms(text: str, taken: list, main: dict, named: list[dict]) -> list[tuple]:
    """Bare short forms (高新区, 该区, 园区) that refer to the main park, or, for a kind the main
    park is not, to the one park of that kind the article names (高新区 in a 青岛 round-up led by
    西海岸新区 is 青岛高新区)."""
    R = rules()
    found = []
    of_kind = {}
    for f in named:
        of_kind.setdefault(f["kind"], {})[f["name"]] = f
    on_taken = overlap_test(taken)
    for m in R.bare_re.finditer(text):
        if on_taken(m.start(), m.end()):
            continue
        if R.generic_park_modifiers.ending_at(text, m.start()) or (
            m.start() and ASCII_DIGIT.match(text[m.start() - 1])
        ):
            continue
        category = (  # the test of all of them first: few zone words follow one
            next(w for w in R.park_category_heads if text.endswith(w, 0, m.start()))
            if text.endswith(R.park_category_heads, 0, m.start())
            else ""
        )
        if category and R.generic_park_modifiers.ending_at(text, m.start() - len(category)):
            continue  # 全台|科学|园区: all the island's science parks, not the article's park
        kinds = R.bare_forms[m.group()]
        if kinds and _tail_of_a_name(text, m.start()):
            continue  # 临高金牌港|开发区: the end of a zone no list knows, not the main park
        if text[m.end() - 1 : m.end() + 1] in ("区块", "区域"):
            continue  # 合肥片区经开区块: 区 opens another word, the zone word is no word here
        if text.startswith(R.zone_word_body_after, m.end()):
            continue  # 科学园区审议会, 开发区管委会: a body's name, not the park
        if not kinds and R.park_places.ending_at(text, m.start()):
            continue  # 万州全区: the district's whole, not the zone
        if not kinds and R.bare_re.match(text, m.end()):
            continue  # 全区经开区: the region's zones, not the zone's whole
        park = main
        if kinds and main["kind"] not in kinds:
            others = {n: f for kind in kinds for n, f in of_kind.get(kind, {}).items()}
            if len(others) != 1:
                continue
            park = next(iter(others.values()))
        found.append((m.start(), m.end(), "short_form" if kinds else "anaphor", park))
    return found


def _listed_beside_another_zone(text: str, start: int, end: int, named: list, parent: str) -> bool:
    """Whether a place no list knows is joined by 和 、 及 与 to a named zone other than the one it
    would lie in (省级经济开发区中，南京江北新材料科技园和溧水经济开发区进入前五): a peer in a list of
    zones, a zone of its own, not a part of the zone named earlier (南京经开区)."""
    joints = TABLES.list_joint_chars
    return any(
        f["name"] != parent
        and f["kind"] in rules().parent_zone_kinds
        and (
            f["start"] == end + 1
            and text[end : end + 1] in joints
            or f["end"] == start - 1
            and text[start - 1 : start] in joints
        )
        for f in named
    )


def _named_after_another_place(name: str, parent: str, named_in) -> bool:
    """Whether a place inside a park is named after a county the park is not named after, and
    the article names that county's city or province: then it is the county's zone (安宁产业园区
    in a 云南 round-up is no part of 河口边境经济合作区), not a quarter of the park (西安软件园 in
    西安高新区; 北湖科学城 in a 长春 article is no 郴州 county's)."""
    R = rules()
    n = R.park_places.starting_at(name, 0)
    county = name[:n]
    if not n or len(name) <= n + 2 or county in parent or county not in R.county_homes:
        return False
    return any(named_in(home) for home in R.county_homes[county] if home and home != county)


def _tail_of_a_name(text: str, start: int) -> bool:
    """Whether the hanzi before a short form binds to it (金牌港开发区), where a word of its own
    follows a function word, a place's level, a time or a break (在开发区, 全市高新区, 前三季度高新区,
    ，经开区)."""
    before = text[start - 1 : start]
    return (
        bool(before)
        and is_hanzi(before)
        and before not in TABLES.anaphor_left_words
        and before not in rules().place_level_chars
        and not TABLES.time_before_a_park_word.search(text, max(0, start - 4), start)
    )


def _parent_for(
    text: str, start: int, end: int, named: list[dict], main: dict | None
) -> str | None:
    """The zone a sub-park no list knows lies in: the one its name places it in, else the zone
    named before it in its sentence, else in its paragraph (准格尔经济开发区…；其中，大路产业园…;
    蒙苏经济开发区…。其中，开发区核心区的零碳产业园…; not a zone named to compare with), else the
    main park."""
    placed = _zone_placed_in_the_name(text[start:end], named)
    if placed:
        return placed
    s_start, _ = sentence_span(text, start, start)
    before = [f for f in named if s_start <= f["start"] < start]
    zone = before[-1] if before else _zone_in_focus(text, named, start) or main
    return zone["name"] if zone else None


def _zone_placed_in_the_name(
    name: str, named: list[dict], before: dict | None = None
) -> str | None:
    """中德（许昌）国际合作产业园区: the city in brackets names the zone it lies in, when exactly one
    of the article's zones is named after that city (许昌经开区), whichever zone the text named last;
    of two such zones, the one named last before it in its paragraph (`before`: 一是哈尔滨新区…
    其中，…深圳（哈尔滨）产业园区…, with 哈尔滨经开区 named elsewhere)."""
    bracket = PAREN_PLACE.search(name)
    if not bracket:
        return None
    zones = {f["name"] for f in named if _zone_place(f["name"]) == bracket.group(1)}
    if len(zones) > 1 and before and before["name"] in zones:
        return before["name"]
    return zones.pop() if len(zones) == 1 else None


def _bracketed_city_parts(text: str, named: list[dict], main: dict | None) -> dict[str, str]:
    """Parks named by a partner city with the host city in brackets (深圳（哈尔滨）产业园区, named as
    a park of its own by the pattern): parts of the host city's zone, of the one named before them
    in their paragraph when the city has two (一是哈尔滨新区…其中，…). The article's own park
    (广州（梅州）产业转移工业园, 以下简称广梅产业园) is a park."""
    found = {}
    zones = [f for f in named if f["kind"] in rules().parent_zone_kinds]
    for f in named:
        if f["curated"] or not PAREN_PLACE.search(f["name"]) or f in zones:
            continue
        if main and main["name"] == f["name"]:
            continue
        paragraph_start = _paragraph_start(text, f["start"])
        before = [z for z in zones if paragraph_start <= z["start"] < f["start"]]
        parent = _zone_placed_in_the_name(f["name"], zones, before[-1] if before else None)
        if parent and parent != f["name"]:
            found[f["name"]] = parent
    return found


def extract_parks(doc: CleanDocument) -> tuple[list[ParkMention], str | None]:
    """All park mentions of an article (named, sub-parks, resolved short forms) and the
    canonical name of its main park."""
    text = doc.body_simplified or doc.body
    body = doc.body or text
    named = _named_parks(text, body)
    curated_subs = curated_sub_parks(text, named)
    curated_subs, peers = _listed_beside_their_parent(text, named, curated_subs)
    named = [
        f
        for f in named
        if not any(c["start"] <= f["start"] and f["end"] <= c["end"] for c in curated_subs)
    ] + peers
    named, background = _outside_background(named, doc)
    named, inner = _inner_parks(text, named, doc.title)
    main = _main_park(text, named, doc.title)
    mentions = [
        _mention(body, f["start"], f["end"], f["name"], f["kind"], f["curated"],
                 rule="gazetteer" if f["curated"] else "catalogue" if f.get("catalogue") else "pattern")
        for f in named + background
    ]  # fmt: skip
    for c in curated_subs + inner:
        mentions.append(
            _mention(body, c["start"], c["end"], c["name"], c["kind"], c.get("curated", True),
                     rule="sub_park", parent=c["parent"], is_sub_park=True)
        )  # fmt: skip
    named_spans = [(f["start"], f["end"]) for f in named + background] + [
        (c["start"], c["end"]) for c in curated_subs + inner
    ]
    subs = _without_zone_groups(text, body, _uncurated_sub_parks(text, named_spans))
    orphan_parks = set() if named else _parks_no_zone_holds(text, subs, doc.title)
    named_in = cache(text.__contains__)  # a county's city or province, looked up once an article
    parents = [_parent_for(text, s, e, named, main) for s, e, _ in subs]
    own_zones = {  # 昌宁产业园区 beside 河口边境经济合作区: a county's zone of its own, wherever named
        text[s:e]
        for (s, e, kind), parent in zip(subs, parents)
        if parent is not None
        and kind == "industrial_park"
        and not LOCATED_IN.search(text, max(0, s - 16), s)
        and _named_after_another_place(text[s:e], parent, named_in)
        or parent is not None
        and _listed_beside_another_zone(text, s, e, named, parent)
    }
    for (s, e, kind), parent in zip(subs, parents):
        if parent is not None and text[s:e] in own_zones:
            mentions.append(
                _mention(body, s, e, to_simplified(body[s:e]), kind, False, rule="pattern")
            )
        elif parent is not None:
            mentions.append(
                _mention(body, s, e, to_simplified(body[s:e]), kind, False,
                         rule="sub_park", parent=parent, is_sub_park=True)
            )  # fmt: skip
        elif text[s:e] in orphan_parks:
            mentions.append(
                _mention(body, s, e, to_simplified(body[s:e]), kind, False, rule="pattern")
            )
    quarters = _listed_quarters(text, main, named_spans + [(s, e) for s, e, _ in subs])
    for s, e, name in quarters:
        mentions.append(_mention(body, s, e, name, "industrial_park", False, rule="sub_park",
                                 parent=main["name"], is_sub_park=True))  # fmt: skip
    if not main and len(orphan_parks) == 1:  # 广梅产业园: the one park the article is about
        (s, e, kind), *_ = [sub for sub in subs if text[sub[0] : sub[1]] in orphan_parks]
        main = {"name": to_simplified(body[s:e]), "kind": kind, "curated": False}
    if main:
        taken = named_spans + [(s, e) for s, e, _ in subs + quarters]
        for s, e, rule, park in _bare_forms(text, taken, main, named):
            mentions.append(_mention(body, s, e, park["name"], park["kind"], park["curated"], rule))
    mentions.sort(key=lambda p: (p.char_start, p.char_end))
    return mentions, main["name"] if main else None


def _outside_background(named: list[dict], doc: CleanDocument) -> tuple[list, list]:
    """(named in the story, named only in its background): a park a 延伸阅读 list names is one
    the article names, but neither its main park nor a zone the story's parks lie in."""
    spans = doc.spans_of("background")
    if not spans:
        return named, []
    in_background = overlap_test(spans)
    return (
        [f for f in named if not in_background(f["start"], f["end"])],
        [f for f in named if in_background(f["start"], f["end"])],
    )


# 位于集聚区东区的中原泛家居产业园: a park said to lie in a zone is its quarter, whatever place it
# is named after.
LOCATED_IN = re.compile(r"(?:位于[^，,。；;、]{1,10}|区内|园内)的$")  # 位于经开区的…, 区内的…
QUARTER_LIST_CUE = re.compile(r"一区[多两二三四五六七八九十\d]园")


def _listed_quarters(text: str, main: dict | None, taken: list) -> list[tuple[int, int, str]]:
    """The quarters a zone lists by name after its 一区五园 (高峰园、天子园、五桥园、九龙园、新田园),
    wherever the article names them again (- 高峰园：规划面积29.4平方公里): sub-parks of the zone."""
    if not main:
        return []
    names = set()
    for cue in QUARTER_LIST_CUE.finditer(text):
        start, end = sentence_span(text, cue.end(), cue.end())
        for clause in COMMA_CLAUSE_MARK.split(text[start:end]):
            names |= _quarter_names(clause.split("、"))
    for cue in rules().quarters_heading.finditer(text):  # 从各园区看，雁滩园区…；榆中园区…
        end = text.find("。", cue.end(), cue.end() + BREAKDOWN_REACH)
        end = end if end > 0 else cue.end() + BREAKDOWN_REACH
        for clause in COMMA_CLAUSE_MARK.split(text[cue.end() : end]):
            clause = clause.strip()
            m = QUARTER_NAME.match(clause)
            if m and m.end() < len(clause):
                names.add(m.group())
    on_taken = overlap_test(taken)
    return [
        (m.start(), m.end(), name)
        for name in names
        for m in re.finditer(re.escape(name), text)
        if not on_taken(m.start(), m.end())
    ]


def _quarter_names(pieces: list[str]) -> set:
    """高峰园 | 天子园 | … | 新田园的总体布局 → the names, as long as the ones between the marks."""
    middle = pieces[1:-1]
    if len(pieces) < 3 or not all(QUARTER_NAME.fullmatch(p) for p in middle):
        return set()
    n = len(middle[0])
    ends = [pieces[0][-n:], pieces[-1][:n]]
    return set(middle) | {p for p in ends if QUARTER_NAME.fullmatch(p)}


QUARTER_NAME = re.compile(f"[{HANZI}]{{2,4}}园区?")
COMMA_CLAUSE_MARK = re.compile("[，,；;]")


def _parks_no_zone_holds(text: str, subs: list, title: str | None) -> set:
    """In an article that names no zone, the places found by a sub-park suffix that are parks of
    their own: several of them (a district's 食品工业园, 台商产业园 …), or one the headline names
    or the text repeats (广梅产业园). Never one named as a project (角美智造产业园项目)."""
    title = to_simplified(title or "")
    names = {text[s:e] for s, e, _ in subs}
    projects = {n for n in names if any(n + w in text for w in TABLES.named_as_project_after)}
    names -= projects
    if len(names) >= 2:
        return names
    return {n for n in names if n in title or text.count(n) >= 2}


def _mention(body: str, start: int, end: int, name: str, kind, curated: bool, rule: str,
             **sub_park) -> ParkMention:  # fmt: skip
    return ParkMention(
        name=name,
        surface=body[start:end],
        char_start=start,
        char_end=end,
        kind=kind,
        curated=curated,
        rule=rule,
        **sub_park,
    )


def _uncurated_sub_parks(text: str, named_spans: list) -> list[tuple[int, int, str]]:
    """Sub-parks no gazetteer lists: by their suffix, or as items of a list of parks, in order."""
    subs = _sub_park_candidates(text, named_spans)
    subs += [
        (s, e, "named_place")
        for s, e in _sub_park_list_items(text)
        if not overlaps_any(named_spans, s, e) and not any(c[0] <= s and e <= c[1] for c in subs)
    ]
    return sorted(set(subs))


def _sub_park_list_items(text: str) -> list[tuple[int, int]]:
    """Items of "A、B等园区/平台" lists (蓝海彤翔、日照新发地等园区). A list naming a university
    or institute is a list of research platforms, not of places in the park."""
    R = rules()
    spans = []
    for item in coordinated_lists(text):
        if item["head"] != "sub_park":
            continue
        names = [text[s:e] for s, e in item["items"]]
        if any(w in n for n in names for w in R.non_company_words):
            continue
        if R.sub_list_heads[item["head_word"]] and not any(
            n.endswith(tuple(R.sub_suffixes)) for n in names
        ):
            continue
        spans += [(s, e) for (s, e), n in zip(item["items"], names) if not _is_bad_sub_park_item(n)]
    return spans


def _is_bad_sub_park_item(name: str) -> bool:
    R = rules()
    if any(name.endswith(s) for s in R.sub_suffixes):
        return False
    return (
        len(name) < 2
        or ASCII_DIGIT.search(name) is not None
        or R.generic.covers(name)
        or any(w in name for w in R.non_company_words)
        or R.park_places.covers(name)
    )


def zone_place(name: str | None) -> str | None:
    """The place a zone is named after (曹妃甸经开区 → 曹妃甸, 沭阳经开区 → 沭阳), or None."""
    if not name:
        return None
    for canonical in _canonical_endings():
        if name.endswith(canonical) and len(name) - len(canonical) >= 2:
            return name[: -len(canonical)]
    return None


@lru_cache(maxsize=1)
def _canonical_endings() -> tuple:
    endings = {info["canonical"] for info in rules().park_suffixes.values()}
    return tuple(sorted(endings, key=len, reverse=True))


def starts_a_park_suffix(text: str, at: int) -> bool:
    """A zone word begins at `at` (武陟县|产业集聚区): the name before it is the zone's."""
    return rules().park_suffix_re.match(text, at) is not None
