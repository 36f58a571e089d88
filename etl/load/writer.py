"""Write documents and their facts into the database.

The loader assigns ids itself and batches rows in memory, so a build of
thousands of articles is a handful of `executemany` calls per table instead of
one round trip per row. It only writes: everything it stores was decided by an
earlier stage.
"""

import json
from collections import defaultdict
from itertools import repeat
from operator import attrgetter, methodcaller
from typing import NamedTuple

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

from etl.load.dedupe import MIN_SHARED_BANDS, lookup_keys
from etl.load.schema import TABLES
from etl.load.search import document_search_row, forget_articles
from etl.load.search import insert_rows as insert_search_rows
from etl.model import CleanDocument, Facts

METRIC_COLUMNS = list(TABLES["metrics"][0])
METRIC_INSERT = (
    f"INSERT OR REPLACE INTO metrics ({', '.join(f'[{c}]' for c in METRIC_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(METRIC_COLUMNS))})"
)
# The columns after the ids are the Metric's own fields, read in one C call.
_metric_fields = attrgetter(*METRIC_COLUMNS[4:])
# Child rows kept as tuples in this column order (many per article: no dict per row).
TUPLE_COLUMNS = {
    "park_aliases": ("park_id", "alias"),
    "company_aliases": ("company_id", "alias", "rule"),
    "article_texts": ("article_id", "body", "body_simplified", "paragraphs", "fingerprint"),
    "article_parks": (
        "article_id",
        "park_id",
        "is_main",
        "mentions",
        "surfaces",
        "first_char_start",
        "first_char_end",
    ),
    "article_sub_parks": ("article_id", "sub_park_id", "surface", "char_start", "char_end"),
    "article_companies": (
        "article_id",
        "company_id",
        "mentions",
        "surfaces",
        "first_char_start",
        "first_char_end",
    ),
    "company_parks": (
        "id",
        "company_id",
        "park_id",
        "article_id",
        "quote",
        "char_start",
        "char_end",
        "relation",
    ),
}
# Rows written per table per flush; large enough to amortize, small enough to keep RSS flat.
FLUSH_EVERY = 500
# Values SQLite takes as they are; anything else (lists, dicts) goes through sqlite-utils' JSON.
_PLAIN_TYPES = frozenset({str, int, float, bytes, type(None)})


class ArticleRecord(NamedTuple):
    """An article and its facts as the rows the loader writes, with names where the rows will
    hold ids. Built by `article_record` in the build worker: plain strings, numbers and tuples
    unpickle several times faster than the dataclasses they come from, and the single writer,
    the one process every article passes through, is left to map names to ids and insert."""

    article: dict  # `articles` columns except id, source_id and main_park_id
    source_name: str | None
    main_park: str | None
    texts: tuple  # (body, body_simplified, paragraphs as JSON)
    park_names: tuple  # ((name, kind), …): every park the rows refer to, in order of first use
    company_names: tuple  # ((name, full_name), …): distinct pairs, in order of use
    park_aliases: tuple  # ((park name, surface as written), …)
    article_parks: (
        tuple  # ((park name, is_main, mentions, surfaces JSON, first start, first end), …)
    )
    sub_parks: tuple  # ((sub-park name, parent park name or None, surface, start, end), …)
    company_aliases: tuple  # ((company name, surface, rule), …)
    article_companies: tuple  # ((company name, mentions, surfaces JSON, first start, first end), …)
    company_parks: tuple  # ((company name, park name, quote, start, end, relation), …)
    metrics: tuple  # ((park, subject_kind, subject, *METRIC_COLUMNS[4:]), …)


def _json(value) -> str:
    """JSON as sqlite-utils writes lists (so rows are the same whichever path wrote them)."""
    return json.dumps(value, default=repr, ensure_ascii=False)


def article_record(doc: CleanDocument, facts: Facts, extractor_version: str) -> ArticleRecord:
    """The rows of one article, keyed by names. Pure: runs in a build worker."""
    article = {
        "path": doc.path,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published,
        "published_precision": doc.published_precision,
        "date_source": doc.date_source,
        "byline": doc.byline,
        "script": doc.script,
        "place_region": facts.place.region,
        "place_province": facts.place.province,
        "place_city": facts.place.city,
        "place_rule": facts.place.rule,
        "content_hash": doc.content_hash,
        "encoding": doc.encoding,
        "format": doc.format,
        "size_bytes": doc.size,
        "removed": doc.removed,
        "removed_total": sum(doc.removed.values()),
        "warnings": doc.warnings,
        "metric_count": len(facts.metrics),
        "extractor_version": extractor_version,
    }
    # The same object twice when the texts are equal (most articles): pickled once, not twice.
    simplified = doc.body if doc.body_simplified == doc.body else doc.body_simplified
    texts = (doc.body, simplified, _json([[p.start, p.end, p.kind] for p in doc.paragraphs]))
    # Names in order of first use (ids are given in this order): main park, mentions, links,
    # metric subjects. A park's value is the kind of its first use: a new park gets that kind.
    park_names = {facts.main_park: None} if facts.main_park else {}
    aliases, by_park, sub_parks = _park_mentions(facts, park_names)
    company_names, company_aliases, by_company = _company_mentions(facts)
    company_parks = []
    for link in facts.company_parks:
        company_names.setdefault((link.company, None), None)
        park_names.setdefault(link.park, None)
        company_parks.append(
            (link.company, link.park, link.quote, link.char_start, link.char_end, link.relation)
        )
    metrics = []
    for m in facts.metrics:
        park = m.park or (m.subject if m.subject_kind == "park" else None)
        if park:
            park_names.setdefault(park, None)
        if m.subject and m.subject_kind == "company":
            company_names.setdefault((m.subject, None), None)
        metrics.append((park, m.subject_kind, m.subject, *_metric_fields(m)))
    return ArticleRecord(
        article,
        doc.source_name,
        facts.main_park,
        texts,
        tuple(park_names.items()),
        tuple(company_names),
        tuple(aliases),
        tuple((*row[:3], _json(row[3]), *row[4:]) for row in by_park.values()),
        tuple(sub_parks),
        tuple(company_aliases),
        tuple((*row[:2], _json(row[2]), *row[3:]) for row in by_company.values()),
        tuple(company_parks),
        tuple(metrics),
    )


def _park_mentions(facts: Facts, park_names: dict) -> tuple[dict, dict, list]:
    """(aliases, one row per park, sub-park rows) from the park mentions; names into park_names."""
    aliases, by_park, sub_parks = {}, {}, []
    for mention in facts.parks:
        if mention.is_sub_park:
            if mention.parent:
                park_names.setdefault(mention.parent, None)
            sub_parks.append(
                (
                    mention.name,
                    mention.parent,
                    mention.surface,
                    mention.char_start,
                    mention.char_end,
                )
            )
            continue
        park_names.setdefault(mention.name, mention.kind)
        # 该区 / 园区 point back at a park but name none: never an alias.
        if mention.rule != "anaphor":
            aliases[(mention.name, mention.surface)] = None
        row = by_park.get(mention.name)
        if row is None:
            is_main = int(mention.name == facts.main_park)
            row = by_park[mention.name] = [
                mention.name, is_main, 0, [], mention.char_start, mention.char_end
            ]  # fmt: skip
        row[2] += 1
        if mention.surface not in row[3]:
            row[3].append(mention.surface)
    if facts.main_park and facts.main_park not in by_park:
        by_park[facts.main_park] = [facts.main_park, 1, 0, [], None, None]
    return aliases, by_park, sub_parks


def _company_mentions(facts: Facts) -> tuple[dict, dict, dict]:
    """(names with full names, aliases, one row per company) from the company mentions."""
    company_names, company_aliases, by_company = {}, {}, {}
    for mention in facts.companies:
        company_names[(mention.name, mention.full_name)] = None
        company_aliases[(mention.name, mention.surface, mention.rule)] = None
        row = by_company.get(mention.name)
        if row is None:
            row = by_company[mention.name] = [
                mention.name, 0, [], mention.char_start, mention.char_end
            ]  # fmt: skip
        row[1] += 1
        if mention.surface not in row[2]:
            row[2].append(mention.surface)
    return company_names, company_aliases, by_company


def _next_id(db, table):
    return (db.execute(f"select coalesce(max(id), 0) from [{table}]").fetchone()[0] or 0) + 1


def stored_candidates(db):
    """`DuplicateIndex(stored=...)` for articles already in the database: those with the same
    exact key, or at least MIN_SHARED_BANDS band keys, found through the index on `key`."""

    def lookup(exact_key, keys):
        return db.execute(
            f"""select article_id, (select fingerprint from article_texts as texts
                                    where texts.article_id = article_bands.article_id)
                from article_bands where key in ({", ".join("?" * (len(keys) + 1))})
                group by article_id having count(*) >= ? or max(key = ?)""",
            [exact_key, *keys, MIN_SHARED_BANDS, exact_key],
        ).fetchall()

    return lookup


GAZETTEER_COLUMNS = (
    "name",
    "official_name",
    "kind",
    "level",
    "province",
    "city",
    "district",
    "name_en",
    "catalogue_code",
    "catalogue_level",
    "approved",
    "area_ha",
    "industries",
    "listed_in",
)


class Loader:
    def __init__(self, db: sqlite_utils.Database, index_search: bool = False):
        self.db = db
        self.index_search = (
            index_search  # also write articles_fts rows (search.search_row) as articles are saved
        )
        self.pending_search = []
        self.pending = defaultdict(list)
        self.pending_bands = []  # (article_id, key) tuples: 43 per article, too many for row dicts
        self.pending_metrics = []  # tuples in METRIC_COLUMNS order
        self.pending_articles = 0
        self.source_ids = {r["name"]: r["id"] for r in db["sources"].rows}
        self.park_ids = {r["name"]: r["id"] for r in db["parks"].rows}
        self.company_ids = {r["name"]: r["id"] for r in db["companies"].rows}
        self.sub_park_ids = {(r["park_id"], r["name"]): r["id"] for r in db["sub_parks"].rows}
        # Names an earlier build merged into another company keep resolving to it.
        self.merged_company_names = {
            r["alias"]: r["company_id"]
            for r in db.query(
                "select alias, company_id from company_aliases where rule like '%corpus_merge'"
            )
        }
        self.company_full_names = {
            r["name"]: r["full_name"] for r in db["companies"].rows if r["full_name"]
        }
        self.next_ids = {
            t: _next_id(db, t)
            for t in (
                "articles",
                "sources",
                "parks",
                "companies",
                "sub_parks",
                "metrics",
                "company_parks",
            )
        }

    def _new_id(self, table):
        value = self.next_ids[table]
        self.next_ids[table] += 1
        return value

    # Reference data -----------------------------------------------------

    def save_measures(self, measures):
        """Upsert the controlled list of measures (code, label_zh, label_en, description)."""
        self.db["measures"].upsert_all(
            [
                {k: m.get(k) for k in ("code", "label_zh", "label_en", "description")}
                for m in measures
            ],
            pk="code",
        )

    def save_park_gazetteer(self, parks):
        """Upsert the gazetteer's parks (curated, and the catalogue's other zones) by name, in one
        statement per table (2,600 parks: a rebuild's start-up); their ids stay stable."""
        rows, aliases = [], []
        for park in parks:
            row = {k: park.get(k) for k in GAZETTEER_COLUMNS}
            row["curated"] = int(bool(park.get("curated")))
            park_id = self.park_ids.get(park["name"])
            if park_id is None:
                park_id = self._new_id("parks")
                self.park_ids[park["name"]] = park_id
            row["id"] = park_id
            rows.append(row)
            written = {park["name"], park.get("official_name"), *(park.get("aliases") or [])}
            aliases.extend({"park_id": park_id, "alias": a} for a in sorted(filter(None, written)))
        # Only what differs from the rows already there: a rebuild of one file finds them all
        # unchanged, and 2,600 upserts were a fifth of its time.
        columns = ", ".join(f"[{c}]" for c in ("id", "curated", *GAZETTEER_COLUMNS))
        stored = {row["id"]: row for row in self.db.query(f"select {columns} from parks")}
        changed = [row for row in rows if stored.get(row["id"]) != row]
        if changed:
            self.db["parks"].upsert_all(changed, pk="id")
        known = set(self.db.execute("select park_id, alias from park_aliases").fetchall())
        new_aliases = [a for a in aliases if (a["park_id"], a["alias"]) not in known]
        if new_aliases:
            self.db["park_aliases"].insert_all(new_aliases, ignore=True)

    # Entities -----------------------------------------------------------

    def source_id(self, name):
        if not name:
            return None
        if name not in self.source_ids:
            self.source_ids[name] = self._new_id("sources")
            self.pending["sources"].append({"id": self.source_ids[name], "name": name})
        return self.source_ids[name]

    def park_id(self, name, kind=None):
        if not name:
            return None
        if name not in self.park_ids:
            self.park_ids[name] = self._new_id("parks")
            self.pending["parks"].append(
                {"id": self.park_ids[name], "name": name, "kind": kind, "curated": 0}
            )
            self.pending["park_aliases"].append((self.park_ids[name], name))
        return self.park_ids[name]

    def company_id(self, name, full_name=None):
        if not name:
            return None
        if name not in self.company_ids and name in self.merged_company_names:
            self.company_ids[name] = self.merged_company_names[name]
        if name not in self.company_ids:
            self.company_ids[name] = self._new_id("companies")
            self.pending["companies"].append(
                {"id": self.company_ids[name], "name": name, "full_name": full_name}
            )
            if full_name:
                self.company_full_names[name] = full_name
        elif full_name and not self.company_full_names.get(name):
            self.company_full_names[name] = full_name
            self.pending["company_full_names"].append((full_name, self.company_ids[name]))
        return self.company_ids[name]

    def sub_park_id(self, name, park_id):
        key = (park_id, name)
        if key not in self.sub_park_ids:
            self.sub_park_ids[key] = self._new_id("sub_parks")
            self.pending["sub_parks"].append(
                {"id": self.sub_park_ids[key], "name": name, "park_id": park_id}
            )
        return self.sub_park_ids[key]

    # Articles -----------------------------------------------------------

    def save_article(
        self,
        doc: CleanDocument,
        facts: Facts,
        extractor_version: str,
        fingerprint=None,
        keys=None,
        search_texts=None,
    ) -> int:
        """Queue an article and its facts (`save_record` of its `article_record`)."""
        if self.index_search and search_texts is None:
            search_texts = document_search_row(doc)
        return self.save_record(
            article_record(doc, facts, extractor_version), fingerprint, keys, search_texts
        )

    def save_record(
        self, record: ArticleRecord, fingerprint=None, keys=None, search_texts=None
    ) -> int:
        """Queue an article's rows; `keys` are its duplicate-lookup keys and `search_texts` its
        search index row (`search.search_row`), as the worker computed them."""
        article_id = self._new_id("articles")
        if self.index_search:
            self.pending_search.append((article_id, *search_texts))
        park_ids = {name: self.park_id(name, kind) for name, kind in record.park_names}
        company_ids = {}
        for name, full_name in record.company_names:
            company_ids[name] = self.company_id(name, full_name)
        self.pending["articles"].append(
            {
                "id": article_id,
                **record.article,
                "source_id": self.source_id(record.source_name),
                "main_park_id": park_ids[record.main_park] if record.main_park else None,
            }
        )
        pending = self.pending
        pending["article_texts"].append((article_id, *record.texts, fingerprint))
        self.pending_bands.extend(
            zip(repeat(article_id), lookup_keys(fingerprint) if keys is None else keys)
        )
        pending["park_aliases"].extend(
            (park_ids[name], surface) for name, surface in record.park_aliases
        )
        pending["article_parks"].extend(
            (article_id, park_ids[name], *rest) for name, *rest in record.article_parks
        )
        for name, parent, surface, start, end in record.sub_parks:
            sub_id = self.sub_park_id(name, park_ids[parent] if parent else None)
            pending["article_sub_parks"].append((article_id, sub_id, surface, start, end))
        pending["company_aliases"].extend(
            (company_ids[name], *rest) for name, *rest in record.company_aliases
        )
        pending["article_companies"].extend(
            (article_id, company_ids[name], *rest) for name, *rest in record.article_companies
        )
        new_id = self._new_id
        pending["company_parks"].extend(
            (new_id("company_parks"), company_ids[company], park_ids[park], article_id, *rest)
            for company, park, *rest in record.company_parks
        )
        # Tuples in METRIC_COLUMNS order, not dicts: metrics are most of the rows a build writes.
        self.pending_metrics.extend(
            (
                new_id("metrics"),
                article_id,
                park_ids[park] if park else None,
                company_ids[subject] if kind == "company" and subject else None,
                *fields,
            )
            for park, kind, subject, *fields in record.metrics
        )
        pending["files"].append(
            {
                "path": record.article["path"],
                "content_hash": record.article["content_hash"],
                "extractor_version": record.article["extractor_version"],
                "status": "article",
                "article_id": article_id,
            }
        )
        self._count_and_maybe_flush()
        return article_id

    def save_duplicate(
        self, article: dict, canonical_id: int, kind: str, similarity: float, extractor_version: str
    ):
        """Queue a file whose text repeats article `canonical_id`; `article` is its record's
        `articles` columns (`article_record(...).article`)."""
        self.pending["duplicates"].append(
            {
                "path": article["path"],
                "article_id": canonical_id,
                "kind": kind,
                "similarity": similarity,
                "title": article["title"],
                "script": article["script"],
                "url": article["url"],
                "content_hash": article["content_hash"],
                "encoding": article["encoding"],
            }
        )
        self.pending["files"].append(
            {
                "path": article["path"],
                "content_hash": article["content_hash"],
                "extractor_version": extractor_version,
                "status": "duplicate",
                "article_id": canonical_id,
            }
        )
        self._count_and_maybe_flush()

    def save_error(self, path, stage, error_class, message, content_hash, size, extractor_version):
        self.pending["ingest_errors"].append(
            {
                "path": path,
                "stage": stage,
                "error_class": error_class,
                "message": message,
                "content_hash": content_hash,
                "size_bytes": size,
            }
        )
        self.pending["files"].append(
            {
                "path": path,
                "content_hash": content_hash,
                "extractor_version": extractor_version,
                "status": "error",
                "article_id": None,
            }
        )
        self._count_and_maybe_flush()

    def forget_path(self, path):
        """Delete every row a previous build wrote for this file."""
        self.flush()
        row = self.db.execute(
            "select article_id, status from files where path = ?", [path]
        ).fetchone()
        with self.db.atomic():
            if row and row[1] == "article" and row[0] is not None:
                article_id = row[0]
                forget_articles(self.db, [article_id])
                fingerprint = self.db.execute(
                    "select fingerprint from article_texts where article_id = ?", [article_id]
                ).fetchone()
                keys = lookup_keys(fingerprint[0] if fingerprint else None)
                if keys:  # by (key, article) through the key index: no scan of the whole table
                    self.db.execute(
                        f"delete from article_bands where article_id = ? and key in "
                        f"({', '.join('?' * len(keys))})",
                        [article_id, *keys],
                    )
                for table in (
                    "metrics",
                    "article_parks",
                    "article_sub_parks",
                    "article_companies",
                    "company_parks",
                    "article_texts",
                ):
                    self.db.execute(f"delete from [{table}] where article_id = ?", [article_id])
                self.db.execute("delete from articles where id = ?", [article_id])
            self.db.execute("delete from duplicates where path = ?", [path])
            self.db.execute("delete from ingest_errors where path = ?", [path])
            self.db.execute("delete from files where path = ?", [path])

    def _count_and_maybe_flush(self):
        self.pending_articles += 1
        if self.pending_articles >= FLUSH_EVERY:
            self.flush()

    def flush(self):
        """Write every pending row in one transaction, parents before children."""
        if not any(self.pending.values()) and not (
            self.pending_bands or self.pending_metrics or self.pending_search
        ):
            return
        order = [
            "sources",
            "parks",
            "park_aliases",
            "sub_parks",
            "companies",
            "company_aliases",
            "articles",
            "article_texts",
            "article_parks",
            "article_sub_parks",
            "article_companies",
            "company_parks",
            "metrics",
            "duplicates",
            "ingest_errors",
            "files",
        ]
        with self.db.atomic():
            for table in order:
                rows = self.pending.pop(table, None)
                if rows:
                    conflict = (
                        "IGNORE" if table in ("park_aliases", "company_aliases") else "REPLACE"
                    )
                    if table in TUPLE_COLUMNS:
                        self._insert_tuples(table, TUPLE_COLUMNS[table], rows, conflict)
                    else:
                        self._insert_rows(table, rows, conflict)
                if table == "metrics" and self.pending_metrics:
                    self.db.conn.executemany(METRIC_INSERT, self.pending_metrics)
                    self.pending_metrics = []
            if self.pending_bands:
                self.db.conn.executemany(
                    "INSERT INTO article_bands (article_id, key) VALUES (?, ?)", self.pending_bands
                )
                self.pending_bands = []
            if self.pending_search:
                insert_search_rows(self.db, self.pending_search)
                self.pending_search = []
            for full_name, company_id in self.pending.pop("company_full_names", []):
                self.db.execute(
                    "update companies set full_name = ? where id = ?", [full_name, company_id]
                )
        self.pending_articles = 0

    def _insert_tuples(self, table, columns, rows, conflict):
        self.db.conn.executemany(
            f"INSERT OR {conflict} INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            rows,
        )

    def _insert_rows(self, table, rows, conflict):
        """`insert_all(rows, replace=/ignore=)` as one executemany: same SQL and the same JSON
        for list/dict values, without sqlite-utils' per-value Python work (a third of a build's
        parent-process time at 20,000 articles)."""
        first = rows[0].keys()
        if all(row.keys() == first for row in rows):
            columns = list(first)
        else:
            columns = list(dict.fromkeys(key for row in rows for key in row))
        sql = (
            f"INSERT OR {conflict} INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        # Column by column, so the per-value work runs in C: transpose, JSON-encode only the
        # columns that hold a list or dict somewhere, transpose back.
        by_column = [list(map(methodcaller("get", column), rows)) for column in columns]
        plain = _PLAIN_TYPES
        for i, column in enumerate(by_column):
            if not plain.issuperset(map(type, column)):
                by_column[i] = [v if type(v) in plain else jsonify_if_needed(v) for v in column]
        self.db.conn.executemany(sql, zip(*by_column))

    def merge_companies(self, mapping: dict):
        """Fold companies into their corpus-wide canonical name (name → canonical name).

        The merged name stays as a `corpus_merge` alias, so later builds resolve it the same
        way and a curator can see, and undo in data/companies.yml, every merge."""
        self.flush()
        ids = {r["name"]: r["id"] for r in self.db["companies"].rows}
        with self.db.atomic():
            for name, canonical in sorted(mapping.items()):
                if name == canonical or name not in ids or canonical not in ids:
                    continue
                old, new = ids[name], ids[canonical]
                self._move_article_companies(old, new)
                self._move_company_aliases(old, new, name)
                for table in ("company_parks", "metrics"):
                    self.db.execute(
                        f"update [{table}] set company_id = ? where company_id = ?", [new, old]
                    )
                self.db.execute(
                    "update companies set full_name = coalesce(full_name,"
                    " (select full_name from companies where id = ?)) where id = ?",
                    [old, new],
                )
                self.db.execute("delete from companies where id = ?", [old])
                self.company_ids[name] = new
                self.merged_company_names[name] = new

    def _move_article_companies(self, old: int, new: int) -> None:
        """Company old's article rows become new's; an article that names both keeps one row
        with the mentions added up and the surfaces of both."""
        rows = list(self.db.query("select * from article_companies where company_id = ?", [old]))
        for row in rows:
            existing = self.db.execute(
                "select mentions, surfaces from article_companies"
                " where article_id = ? and company_id = ?",
                [row["article_id"], new],
            ).fetchone()
            if not existing:
                self.db.execute(
                    "update article_companies set company_id = ? where article_id = ?"
                    " and company_id = ?",
                    [new, row["article_id"], old],
                )
                continue
            surfaces = list(
                dict.fromkeys(json.loads(existing[1] or "[]") + json.loads(row["surfaces"] or "[]"))
            )
            self.db.execute(
                "update article_companies set mentions = ?, surfaces = ? where article_id = ?"
                " and company_id = ?",
                [
                    existing[0] + row["mentions"],
                    json.dumps(surfaces, ensure_ascii=False),
                    row["article_id"],
                    new,
                ],
            )
            self.db.execute(
                "delete from article_companies where article_id = ? and company_id = ?",
                [row["article_id"], old],
            )

    def _move_company_aliases(self, old: int, new: int, name: str) -> None:
        """Company old's aliases become new's, and its name a `corpus_merge` alias of new."""
        self.db.execute(
            "update or ignore company_aliases set company_id = ? where company_id = ?", [new, old]
        )
        self.db.execute("delete from company_aliases where company_id = ?", [old])
        self.db.execute(
            "insert or ignore into company_aliases (company_id, alias, rule)"
            " values (?, ?, 'corpus_merge')",
            [new, name],
        )
        self.db.execute(
            "update company_aliases set rule = rule || '+corpus_merge' where company_id = ?"
            " and alias = ? and rule not like '%corpus_merge'",
            [new, name],
        )

    def prune_orphans(self):
        """Drop parks found only in text, sub-parks and companies that no article mentions any
        more (the gazetteer's parks, curated or from a list, `listed_in`, stay)."""
        self.flush()
        with self.db.atomic():
            self.db.execute("""
                delete from company_aliases where company_id not in (select company_id from article_companies)""")
            self.db.execute("""
                delete from companies where id not in (select company_id from article_companies)
                  and id not in (select company_id from metrics where company_id is not null)""")
            self.db.execute("""
                delete from sub_parks where id not in (select sub_park_id from article_sub_parks)""")
            used = """(select park_id from article_parks union select park_id from metrics where park_id is not null
                       union select park_id from sub_parks union select park_id from company_parks)"""
            orphan = f"curated = 0 and listed_in is null and id not in {used}"
            self.db.execute(
                f"delete from park_aliases where park_id in (select id from parks where {orphan})"
            )
            self.db.execute(f"delete from parks where {orphan}")
            self.db.execute(
                "delete from sources where id not in (select source_id from articles"
                " where source_id is not null)"
            )
        for name, table in (("parks", "parks"), ("companies", "companies"), ("sources", "sources")):
            live = {r["name"]: r["id"] for r in self.db[table].rows}
            setattr(
                self,
                {"parks": "park_ids", "companies": "company_ids", "sources": "source_ids"}[name],
                live,
            )
