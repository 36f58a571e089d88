"""Text → facts. One pure function per article, so the build can map it over a process pool."""

from etl.extract import entities, metrics
from etl.model import CleanDocument, Facts


def extract_facts(doc: CleanDocument) -> Facts:
    parks, main_park = entities.extract_parks(doc)
    companies = entities.extract_companies(doc, parks)
    return Facts(
        parks=parks,
        main_park=main_park,
        companies=companies,
        metrics=metrics.extract_metrics(doc, parks, companies, main_park),
        company_parks=entities.link_companies_to_parks(doc, parks, companies, main_park),
    )


def warm_up() -> None:
    """Compile the rule tables and read the gazetteers now, before a worker's first file."""
    entities.warm_up()
    entities.load_park_gazetteer()
