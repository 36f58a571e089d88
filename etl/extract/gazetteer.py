"""The park gazetteer: every curated park of data/parks.yml with its aliases in both scripts and
its sub-parks, the national catalogue's other zones (etl/extract/catalogue.py), and one automaton
that finds them all in a text.
"""

import re
from functools import lru_cache

from etl.extract.catalogue import later_sub_parks, link_catalogue
from etl.knowledge import load_yaml
from etl.script import converter, to_simplified
from etl.words import Automaton, SharedScan, compile_trie

# The gazetteer's forms and the firms' (known_firms.py) are found in one walk over each text.
NAME_SCAN = SharedScan()


@lru_cache(maxsize=1)
def _gazetteer() -> tuple:
    rows = []
    for entry in load_yaml("parks.yml")["parks"]:
        written = [entry["name"], entry.get("official_name"), *(entry.get("aliases") or [])]
        written = [w for w in written if w]
        traditional = [converter(c).convert(w) for w in written for c in ("s2t", "s2tw")]
        aliases = [
            a
            for a in dict.fromkeys([*(entry.get("aliases") or []), *traditional])
            if a not in (entry["name"], entry.get("official_name"))
        ]
        rows.append(
            {
                "name": entry["name"],
                "official_name": entry.get("official_name"),
                "kind": entry.get("kind"),
                "level": entry.get("level"),
                "province": entry.get("province"),
                "city": entry.get("city"),
                "district": entry.get("district"),
                "name_en": entry.get("name_en"),
                "aliases": aliases,
                "curated": True,
            }
        )
    curated, catalogue = link_catalogue(rows)
    return tuple(curated + catalogue)


@lru_cache(maxsize=1)
def alone_forms() -> frozenset:
    """Forms (simplified) that count only written alone and in traditional script: names that
    are common phrases elsewhere (科技产业园区) or other names' heads (中科院), listed as
    `alone_forms` in data/parks.yml."""
    return frozenset(
        to_simplified(form)
        for entry in load_yaml("parks.yml")["parks"]
        for form in entry.get("alone_forms") or []
    )


@lru_cache(maxsize=1)
def sub_park_index() -> tuple[dict, re.Pattern | None]:
    """Written form (simplified) → the curated sub-park entries written so (name, parent, kind,
    requires_parent), in data order: 屏东园区 is a part of 南部科学园区 and of 科技产业园区."""
    index = {}
    for entry in (load_yaml("parks.yml").get("sub_parks") or []) + later_sub_parks():
        for form in [entry["name"], *(entry.get("aliases") or [])]:
            entries = index.setdefault(to_simplified(form), [])
            if entry not in entries:
                entries.append(entry)
    return index, (compile_trie(index) if index else None)


def curated_sub_parks(text: str, named: list[dict]) -> list[dict]:
    """Places inside a park known by name (光谷生物城, 竹科铜锣园区). A name that is generic
    outside its park (台南园区) counts only when the article names the parent park."""
    index, pattern = sub_park_index()
    parents = {f["name"] for f in named}
    found = []
    for m in pattern.finditer(text) if pattern else ():
        entry = next(
            (e for e in index[m.group()] if not e.get("requires_parent") or e["parent"] in parents),
            None,
        )
        if entry is None:
            continue
        found.append(
            {
                "start": m.start(),
                "end": m.end(),
                "name": entry["name"],
                "parent": entry["parent"],
                "kind": entry.get("kind"),
            }
        )
    return found


def load_park_gazetteer() -> list[dict]:
    """Rows for the `parks` seed: the curated parks (aliases with traditional forms) and the
    catalogue's other zones, each with the catalogue's columns where it has them."""
    return [dict(row, aliases=list(row["aliases"])) for row in _gazetteer()]


@lru_cache(maxsize=1)
def park_index() -> tuple[dict, Automaton]:
    """Simplified written form → gazetteer row, and one automaton over all forms."""
    index = {}
    for row in _gazetteer():
        for form in (row["name"], row["official_name"], *row["aliases"]):
            if (
                form
            ):  # as listed (simplified articles are not converted) and as etl.script converts it
                index.setdefault(form, row)
                index.setdefault(to_simplified(form), row)
        for form in national_forms(row["name"]):
            index.setdefault(form, row)
    return index, Automaton(index, scan=NAME_SCAN)


@lru_cache(maxsize=1)
def _national_infixes() -> dict:
    return load_yaml("entity_rules.yml")["national_infixes"]


def national_forms(name: str) -> list[str]:
    """宁波高新区 as articles also write it: 宁波国家高新区, 宁波国家级高新区
    (data/entity_rules.yml national_infixes)."""
    for ending, forms in _national_infixes().items():
        if name.endswith(ending) and len(name) > len(ending):
            return [name[: -len(ending)] + form for form in forms]
    return []
