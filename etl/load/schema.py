"""The database shape, declared once as data and applied by `ensure_db_shape`.

Table and column names are a contract: users' saved SQL and the Datasette
metadata depend on them. Add columns; never rename.
"""

import sqlite_utils

# Bump when a table changes shape: the build then starts from an empty database
# instead of migrating (the database is a build output, never edited by hand).
SCHEMA_VERSION = 8

TABLES = {
    "sources": (
        {"id": int, "name": str, "domain": str},
        {"pk": "id", "not_null": {"name"}},
    ),
    "articles": (
        {
            "id": int,
            "path": str,
            "url": str,
            "title": str,
            "published": str,
            "published_precision": str,
            "date_source": str,
            "source_id": int,
            "byline": str,
            "script": str,
            "main_park_id": int,
            # where the article is (etl/extract/place.py): mainland / taiwan / hong_kong / macao,
            # the province and city as the gazetteer writes them, and the evidence that decided
            "place_region": str,
            "place_province": str,
            "place_city": str,
            "place_rule": str,
            "content_hash": str,
            "encoding": str,
            "format": str,
            "size_bytes": int,
            "removed": str,
            "removed_total": int,
            "warnings": str,
            "metric_count": int,
            "extractor_version": str,
        },
        {
            "pk": "id",
            "not_null": {"path", "content_hash"},
            "foreign_keys": [("source_id", "sources", "id"), ("main_park_id", "parks", "id")],
        },
    ),
    # The text of each article, one row per article. Apart from `articles` so that listing,
    # sorting and faceting articles (a search over thousands of them) reads a few hundred
    # bytes per article instead of its whole text twice over.
    "article_texts": (
        {
            "article_id": int,
            "body": str,
            "body_simplified": str,
            "paragraphs": str,
            "fingerprint": str,
        },
        {
            "pk": "article_id",
            "not_null": {"body"},
            "foreign_keys": [("article_id", "articles", "id")],
        },
    ),
    "duplicates": (
        {
            "path": str,
            "article_id": int,
            "kind": str,
            "similarity": float,
            "title": str,
            "script": str,
            "url": str,
            "content_hash": str,
            "encoding": str,
        },
        {"pk": "path", "foreign_keys": [("article_id", "articles", "id")]},
    ),
    "ingest_errors": (
        {
            "path": str,
            "stage": str,
            "error_class": str,
            "message": str,
            "content_hash": str,
            "size_bytes": int,
        },
        {"pk": "path"},
    ),
    "files": (
        {
            "path": str,
            "content_hash": str,
            "extractor_version": str,
            "status": str,
            "article_id": int,
            "size_bytes": int,
            "mtime_ns": int,
        },
        {"pk": "path"},
    ),
    "measures": (
        {"code": str, "label_zh": str, "label_en": str, "description": str},
        {"pk": "code"},
    ),
    "parks": (
        {
            "id": int,
            "name": str,
            "official_name": str,
            "kind": str,
            "level": str,
            "province": str,
            "city": str,
            "district": str,
            "name_en": str,
            "curated": int,
            "catalogue_code": str,
            "catalogue_level": str,
            "approved": str,
            "area_ha": float,
            "industries": str,
            "listed_in": str,
        },
        {"pk": "id", "not_null": {"name"}},
    ),
    "park_aliases": (
        {"park_id": int, "alias": str},
        {"pk": ("park_id", "alias"), "foreign_keys": [("park_id", "parks", "id")]},
    ),
    "sub_parks": (
        {"id": int, "name": str, "park_id": int},
        {"pk": "id", "not_null": {"name"}, "foreign_keys": [("park_id", "parks", "id")]},
    ),
    "article_parks": (
        {
            "article_id": int,
            "park_id": int,
            "is_main": int,
            "mentions": int,
            "surfaces": str,
            "first_char_start": int,
            "first_char_end": int,
        },
        {
            "pk": ("article_id", "park_id"),
            "foreign_keys": [("article_id", "articles", "id"), ("park_id", "parks", "id")],
        },
    ),
    "article_sub_parks": (
        {
            "article_id": int,
            "sub_park_id": int,
            "surface": str,
            "char_start": int,
            "char_end": int,
        },
        {
            "pk": ("article_id", "sub_park_id"),
            "foreign_keys": [("article_id", "articles", "id"), ("sub_park_id", "sub_parks", "id")],
        },
    ),
    "companies": (
        {"id": int, "name": str, "full_name": str},
        {"pk": "id", "not_null": {"name"}},
    ),
    "company_aliases": (
        {"company_id": int, "alias": str, "rule": str},
        {"pk": ("company_id", "alias"), "foreign_keys": [("company_id", "companies", "id")]},
    ),
    "article_companies": (
        {
            "article_id": int,
            "company_id": int,
            "mentions": int,
            "surfaces": str,
            "first_char_start": int,
            "first_char_end": int,
        },
        {
            "pk": ("article_id", "company_id"),
            "foreign_keys": [("article_id", "articles", "id"), ("company_id", "companies", "id")],
        },
    ),
    "company_parks": (
        {
            "id": int,
            "company_id": int,
            "park_id": int,
            "article_id": int,
            "quote": str,
            "char_start": int,
            "char_end": int,
            "relation": str,
        },
        {
            "pk": "id",
            "foreign_keys": [
                ("company_id", "companies", "id"),
                ("park_id", "parks", "id"),
                ("article_id", "articles", "id"),
            ],
        },
    ),
    "metrics": (
        {
            "id": int,
            "article_id": int,
            "park_id": int,
            "company_id": int,
            "measure": str,
            "value": float,
            "unit": str,
            "normalized_value": float,
            "normalized_unit": str,
            "qualifier": str,
            "value_high": float,
            "normalized_value_high": float,
            "currency": str,
            "number_text": str,
            "period_label": str,
            "period_start": str,
            "period_end": str,
            "period_rule": str,
            "period_char_start": int,
            "period_char_end": int,
            "subject": str,
            "subject_kind": str,
            "subject_rule": str,
            "subject_start": int,
            "subject_end": int,
            "quote": str,
            "char_start": int,
            "char_end": int,
            "number_start": int,
            "number_end": int,
            "rule": str,
        },
        {
            "pk": "id",
            "not_null": {"article_id", "measure", "value", "quote"},
            "foreign_keys": [
                ("article_id", "articles", "id"),
                ("park_id", "parks", "id"),
                ("company_id", "companies", "id"),
                ("measure", "measures", "code"),
            ],
        },
    ),
    # Near-duplicate lookup keys of each canonical article (its exact-text hash and its 42 LSH
    # bands, see etl/dedupe.py): a rebuild finds the articles a new file may repeat with an
    # indexed lookup instead of loading every fingerprint.
    "article_bands": (
        {"article_id": int, "key": int},
        # No declared foreign key: Datasette would count this table on every article page, and
        # it has no index on article_id (lookups go by key; deletes by key and article).
        {"pk": None, "not_null": {"article_id", "key"}},
    ),
    "etl_runs": (
        {
            "id": int,
            "started": str,
            "finished": str,
            "extractor_version": str,
            "files_seen": int,
            "files_processed": int,
            "files_unchanged": int,
            "files_removed": int,
            "articles": int,
            "duplicates": int,
            "errors": int,
            "metrics": int,
            "seconds": float,
        },
        {"pk": "id"},
    ),
}

# Every facet, filter, join and sort column the site and canned queries use.
INDEXES = {
    "articles": [
        ["path"],
        ["source_id"],
        ["published"],
        ["script"],
        ["main_park_id"],
        ["content_hash"],
    ],
    "sources": [["name"]],
    "parks": [["name"], ["kind"], ["level"], ["province"], ["city"], ["catalogue_code"]],
    "park_aliases": [["alias"]],
    "sub_parks": [["park_id"], ["name"]],
    "article_parks": [["park_id"]],
    "article_sub_parks": [["sub_park_id"]],
    "companies": [["name"]],
    "company_aliases": [["alias"]],
    "article_companies": [["company_id"]],
    "company_parks": [["company_id"], ["park_id"], ["article_id"]],
    "duplicates": [["article_id"]],
    "article_bands": [["key"]],
    # park_id and measure alone are the prefixes of the composite indexes below, which serve
    # them as well: two fewer indexes to build over every metric at the end of a build.
    "metrics": [
        ["article_id"],
        ["company_id"],
        ["normalized_unit"],
        ["qualifier"],
        ["period_start"],
        ["subject_rule"],  # ?_facet=subject_rule: auditing the attribution
        ["park_id", "measure", "period_start"],
        # Covers a park + measure filter and its facets (measure, park_id, normalized_unit) without
        # touching the table: the metrics page filtered to one park costs an index range scan.
        ["park_id", "measure", "normalized_unit"],
        ["measure", "normalized_unit"],
    ],
}

UNIQUE_INDEXES = {
    "sources": [["name"]],
    "articles": [["path"]],
    "parks": [["name"]],
    "companies": [["name"]],
    "sub_parks": [["park_id", "name"]],
}

VIEWS = {
    # One row per metric with everything a reader needs to judge it: a view, so
    # it gets facets and full CSV export (canned queries stop at max_returned_rows).
    "metrics_detail": """
select
  metrics.id,
  articles.published,
  parks.name as park,
  companies.name as company,
  measures.label_en as measure_label,
  metrics.qualifier,
  metrics.value,
  metrics.unit,
  metrics.value_high,
  metrics.quote,
  metrics.period_label,
  metrics.period_start,
  metrics.period_end,
  metrics.measure,
  metrics.normalized_value,
  metrics.normalized_unit,
  metrics.currency,
  coalesce(nullif(articles.title, ''), articles.path) as article_title,
  sources.name as source,
  main_parks.name as article_main_park,
  metrics.article_id,
  metrics.char_start,
  metrics.char_end
from metrics
join articles on articles.id = metrics.article_id
left join sources on sources.id = articles.source_id
left join parks on parks.id = metrics.park_id
left join parks as main_parks on main_parks.id = articles.main_park_id
left join companies on companies.id = metrics.company_id
left join measures on measures.code = metrics.measure
""",
    # Money a park announced as planned or invested, by park, year and measure: the park's own
    # figures, never a sub-park's, a company's or project's, a place's or a group's.
    "investment_by_park_year": """
select
  parks.id as park_id,
  parks.name as park,
  coalesce(substr(metrics.period_start, 1, 4), substr(articles.published, 1, 4)) as year,
  metrics.measure,
  metrics.normalized_unit as currency,
  count(*) as reported_figures,
  sum(metrics.normalized_value) as total_normalized_value,
  max(metrics.normalized_value) as largest_figure,
  count(distinct metrics.article_id) as articles
from metrics
join parks on parks.id = metrics.park_id
join articles on articles.id = metrics.article_id
where metrics.measure in ('planned_investment', 'investment', 'completed_investment', 'fixed_asset_investment')
  and metrics.normalized_unit in ('CNY', 'USD', 'TWD', 'EUR', 'HKD', 'JPY')
  -- 過億元項目17個 names a class of projects: a threshold never enters a total
  and coalesce(metrics.rule, '') != 'class_threshold'
  -- the park's own figures: a sub-park's (park_id is its parent's) would count twice
  and metrics.subject_kind = 'park'
group by parks.id, year, metrics.measure, metrics.normalized_unit
""",
    "park_summary": """
select
  parks.id,
  parks.name,
  parks.name_en,
  parks.kind,
  parks.level,
  parks.province,
  parks.city,
  parks.curated,
  (select count(*) from article_parks where article_parks.park_id = parks.id) as articles,
  (select count(*) from metrics where metrics.park_id = parks.id) as metrics,
  (select count(distinct company_id) from company_parks
     where company_parks.park_id = parks.id and relation not in ('partner', 'lender')) as companies
from parks
-- the parks the news is about; the whole gazetteer is the parks table
where exists (select 1 from article_parks where article_parks.park_id = parks.id)
   or exists (select 1 from metrics where metrics.park_id = parks.id)
""",
    "company_summary": """
select
  companies.id,
  companies.name,
  companies.full_name,
  (select count(*) from article_companies where article_companies.company_id = companies.id) as articles,
  (select group_concat(alias, ' / ') from company_aliases where company_aliases.company_id = companies.id) as aliases,
  (select group_concat(distinct parks.name) from company_parks join parks on parks.id = company_parks.park_id
     where company_parks.company_id = companies.id and relation not in ('partner', 'lender')) as parks
from companies
""",
}


def tables_parents_first() -> list[str]:
    """Table names ordered so every foreign key points at a table created earlier."""
    ordered = []

    def visit(name):
        if name in ordered:
            return
        for _, other, _ in TABLES[name][1].get("foreign_keys", []):
            if other != name:
                visit(other)
        ordered.append(name)

    for name in TABLES:
        visit(name)
    return ordered


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create whatever is missing; running it twice changes nothing."""
    for name in tables_parents_first():
        columns, options = TABLES[name]
        table = db[name]
        if not table.exists():
            table.create(
                columns,
                pk=options["pk"],
                not_null=options.get("not_null"),
                foreign_keys=options.get("foreign_keys"),
            )
        else:
            missing = {c: t for c, t in columns.items() if c not in table.columns_dict}
            for column, column_type in missing.items():
                table.add_column(column, column_type)
    for name, indexes in UNIQUE_INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns, unique=True, if_not_exists=True)
    for name, indexes in INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns, if_not_exists=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]
