"""Two facet types for metadata.yml.

`year` counts rows by the year of an ISO date column (`facets: [{year: published}]`).
Datasette's `date` facet counts by day, too fine for news spread over years. Selecting a year
filters with the stock `column__startswith=YYYY` filter, so the URL stays a plain Datasette URL.

`one_pass` computes several facets in one statement
(`facets: [{one_pass: [source_id, script, {year: published}]}]`). Datasette runs one GROUP BY
per facet, each over the page's whole filtered query; on a search page that query re-runs the
full-text match, so three facets cost three matches (docs/scaling.md). This type groups by all
its columns at once and adds up each column's counts from the groups: the same values, counts,
labels and toggle links as Datasette's column facet and the `year` facet, one statement instead
of one per facet. Over an unfiltered table, or past MAX_GROUPS distinct combinations, it runs a
statement per column instead. A `year` facet is the one-column case.
"""

from collections import Counter

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import BadRequest

# Distinct value combinations one grouped statement may return before each column is counted alone.
MAX_GROUPS = 50_000
YEAR_GLOB = "[0-9][0-9][0-9][0-9]*"


def _year_expression(column: str) -> str:
    quoted = escape_sqlite(column)
    return f"case when {quoted} glob '{YEAR_GLOB}' then substr({quoted}, 1, 4) end"


def _parts(config) -> list[tuple[str, str]]:
    """[(kind, column)] of a one_pass config: a name is a column facet, {year: name} a year facet;
    `?_facet_one_pass=name` arrives as {simple: name}, one column."""
    if isinstance(config, dict) and list(config) == ["simple"]:
        config = config["simple"]
    parts = []
    for entry in config if isinstance(config, list) else [config]:
        if isinstance(entry, str):
            parts.append(("column", entry))
        elif isinstance(entry, dict) and list(entry) == ["year"]:
            parts.append(("year", entry["year"]))
        else:
            raise ValueError(
                f"one_pass facet entries are column names or {{year: column}}, not {entry!r}"
            )
    return parts


def _sort_key(item):
    """Datasette's `order by count desc, value`, with SQLite's order of types (numbers before text)."""
    value, count = item
    return (-count, isinstance(value, str), isinstance(value, bytes), value)


async def column_facet_result(
    facet: Facet, column: str, source: str, counted: list, facet_size: int
) -> dict:
    """A column facet's result from (value, count) pairs sorted by count: what Datasette's
    ColumnFacet returns for the same counts (labels of foreign keys, toggle links, selection)."""
    qs_pairs = facet.get_querystring_pairs()
    shown = counted[:facet_size]
    expanded = {}
    if facet.table:
        expanded = await facet.ds.expand_foreign_keys(
            facet.database, facet.table, column, [value for value, _ in shown]
        )
    column_qs = f"{column}__exact" if column.startswith("_") else column
    values = []
    for value, count in shown:
        selected = (column_qs, str(value)) in qs_pairs
        toggle_path = (
            path_with_removed_args(facet.request, {column_qs: str(value)})
            if selected
            else path_with_added_args(facet.request, {column_qs: value})
        )
        values.append(
            {
                "value": value,
                "label": expanded.get((column, value), value),
                "count": count,
                "toggle_url": facet.ds.absolute_url(facet.request, facet.ds.urls.path(toggle_path)),
                "selected": selected,
            }
        )
    return {
        "name": column,
        "type": "column",
        "hideable": source != "metadata",
        "toggle_url": facet.ds.urls.path(path_with_removed_args(facet.request, {"_facet": column})),
        "results": values,
        "truncated": len(counted) > facet_size,
    }


def year_facet_result(
    facet: Facet, column: str, source: str, counted: list, facet_size: int
) -> dict:
    """A year facet's result from (year, count) pairs sorted newest first."""
    args = dict(facet.get_querystring_pairs())
    key = f"{column}__startswith"
    values = []
    for value, count in counted[:facet_size]:
        selected = args.get(key) == value
        path = (
            path_with_removed_args(facet.request, {key: value})
            if selected
            else path_with_added_args(facet.request, {key: value})
        )
        values.append(
            {
                "value": value,
                "label": value,
                "count": count,
                "toggle_url": facet.ds.absolute_url(facet.request, path),
                "selected": selected,
            }
        )
    return {
        "name": column,
        "type": "year",
        "results": values,
        "hideable": source != "metadata",
        "toggle_url": path_with_removed_args(facet.request, {"_facet_year": column}),
        "truncated": len(counted) > facet_size,
    }


class OnePassFacet(Facet):
    type = "one_pass"

    def parts(self, config) -> list[tuple[str, str]]:
        return _parts(config)

    async def facet_results(self):
        results, timed_out = [], []
        facet_size = self.get_facet_size()
        columns = (
            set(await self.ds.get_database(self.database).table_columns(self.table))
            if self.table
            else None
        )
        for source_and_config in self.get_configs():
            try:
                parts = self.parts(source_and_config["config"])
            except (ValueError, KeyError, TypeError) as error:
                raise BadRequest(f"Invalid {self.type} facet: {error}") from error
            unknown = [
                column for _, column in parts if columns is not None and column not in columns
            ]
            if unknown:
                raise BadRequest(f"Cannot facet by {', '.join(unknown)}: no such column")
            try:
                counts = await self._counts(parts)
            except QueryInterrupted:
                timed_out.extend(column for _, column in parts)
                continue
            for (kind, column), counter in zip(parts, counts):
                if kind == "year":
                    counted = sorted(counter.items(), reverse=True)
                    results.append(
                        year_facet_result(
                            self, column, source_and_config["source"], counted, facet_size
                        )
                    )
                else:
                    counted = sorted(counter.items(), key=_sort_key)
                    results.append(
                        await column_facet_result(
                            self, column, source_and_config["source"], counted, facet_size
                        )
                    )
        return results, timed_out

    def _filtered(self) -> bool:
        """True when the page's rows come from a filter or a search (Datasette's table SQL has a
        where clause). Over a whole table, a statement per column reads a narrow index each,
        which beats one pass over every row."""
        return not self.table or f"from {escape_sqlite(self.table)} where " in self.sql

    async def _counts(self, parts) -> list[Counter]:
        """{value: rows} per part, non-null values only, from one grouped statement if it is small."""
        expressions = [
            _year_expression(column) if kind == "year" else escape_sqlite(column)
            for kind, column in parts
        ]
        limit = self.ds.setting("facet_time_limit_ms")
        counts = [Counter() for _ in parts]
        if len(parts) > 1 and self._filtered():
            grouped = await self.ds.execute(
                self.database,
                f"select {', '.join(expressions)}, count(*) from ({self.sql}) "
                f"group by {', '.join(str(i + 1) for i in range(len(parts)))} limit {MAX_GROUPS + 1}",
                self.params,
                truncate=False,
                custom_time_limit=limit,
            )
            if len(grouped.rows) <= MAX_GROUPS:
                for row in grouped.rows:
                    for i, counter in enumerate(counts):
                        if row[i] is not None:
                            counter[row[i]] += row[-1]
                return counts
        for i, expression in enumerate(expressions):
            rows = await self.ds.execute(
                self.database,
                f"select {expression}, count(*) from ({self.sql}) where {expression} is not null group by 1",
                self.params,
                truncate=False,
                custom_time_limit=limit,
            )
            counts[i].update({row[0]: row[1] for row in rows.rows})
        return counts


class YearFacet(OnePassFacet):
    """`{year: column}`: the one-part case of `one_pass`."""

    type = "year"

    def parts(self, config) -> list[tuple[str, str]]:
        return [("year", config.get("column") or config["simple"])]


@hookimpl
def register_facet_classes():
    return [YearFacet, OnePassFacet]
