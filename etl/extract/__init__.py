"""Extract stage: CleanDocument → Facts. One pure function per article, so the build can map it
over a process pool.

Parks (parks.py, from the gazetteer.py and lexicon.py knowledge), companies (companies.py,
company_names.py, known_firms.py, lists.py), the park each company is in (company_parks.py),
every reported number (metrics.py: numbers, units, qualifiers, measures, subjects, periods),
and where the article is (place.py), which gives its 元 a currency.
"""

from etl.extract.companies import extract_companies
from etl.extract.company_parks import link_companies_to_parks
from etl.extract.gazetteer import NAME_SCAN, load_park_gazetteer, park_index, sub_park_index
from etl.extract.known_firms import curated_companies, known_firm_pattern, short_brand_pattern
from etl.extract.lexicon import rules
from etl.extract.metrics import extract_metrics
from etl.extract.parks import ZONE_GROUP, extract_parks
from etl.extract.place import article_place
from etl.extract.place import warm_up as warm_up_places
from etl.model import CleanDocument, Facts


def extract_facts(doc: CleanDocument) -> Facts:
    parks, main_park = extract_parks(doc)
    companies = extract_companies(doc, parks)
    parks = without_firms_bases(parks, companies)
    place = article_place(doc, parks)
    metrics = extract_metrics(doc, parks, companies, main_park, place)
    parks = [p for p in parks if p.kind != ZONE_GROUP]  # a group's figures, not a park's
    return Facts(
        parks=parks,
        main_park=main_park,
        companies=companies,
        metrics=metrics,
        company_parks=link_companies_to_parks(doc, parks, companies, main_park),
        place=place,
    )


def without_firms_bases(parks, companies):
    """A sub-park no gazetteer lists that opens with a firm's name (湘域重工高端液压件产业基地) is
    the firm's own base, not a quarter of the park: its figures stay the firm's."""
    firms = tuple({c.name for c in companies if len(c.name) >= 2})
    return [p for p in parks if not (p.is_sub_park and not p.curated and p.name.startswith(firms))]


def warm_up() -> None:
    """Compile the rule tables and read the gazetteers now, before a worker's first file."""
    rules()
    park_index()
    sub_park_index()
    curated_companies()
    known_firm_pattern()
    short_brand_pattern()
    NAME_SCAN.compile()
    load_park_gazetteer()
    warm_up_places()
