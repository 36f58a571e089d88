"""Article, park and chart pages: the data behind templates/row-parks-articles.html,
row-parks-parks.html and charts.html.

Everything from an article reaches the page as plain strings rendered by Jinja
with autoescaping on, so a <script> in a body shows as text. The one exception is the
highlighted article body (`segments_html`): thousands of small pieces, which Jinja's async
renderer took ~20 ms to loop over; it escapes every string with markupsafe, as Jinja would.
"""

import json
from dataclasses import dataclass, field

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils import urlsafe_components
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from etl.load.schema import VIEWS
from etl.load.search import simplified_variants

DATABASE = "parks"
# Query and view columns holding a row id, linked to that row's page.
ID_COLUMNS = {
    "article_id": "articles",
    "park_id": "parks",
    "company_id": "companies",
    "metric_id": "metrics",
}
# The table each view's own `id` column comes from.
VIEW_IDS = {"metrics_detail": "metrics", "park_summary": "parks", "company_summary": "companies"}
# The priority of what a stretch of highlighted text links to when spans overlap. A subject or
# period mention links to nothing: the numbers that took it light it up (static/evidence.js).
PRIORITY = {"number": 3, "company": 2, "park": 2, "quote": 1}
MONEY_UNITS = ("CNY", "USD", "TWD", "EUR", "HKD", "JPY", "GBP", "KRW", "SGD", "MOP")


@dataclass
class Span:
    start: int
    end: int
    kind: str  # quote / number / park / company, or mention (a number's subject or period)
    href: str = ""
    title: str = ""
    anchor: str | None = (
        None  # id marking where a metric quote starts (m12), the metrics table links to it
    )
    key: str | None = None  # a mention's id, which the numbers that took it name
    attrs: dict = field(default_factory=dict)  # a number's data attributes (data-subject …)


@dataclass
class Segment:
    text: str
    classes: list = field(default_factory=list)
    href: str | None = None
    title: str = ""
    anchors: list = field(default_factory=list)  # ids of metric quotes starting here
    mentions: list = field(default_factory=list)  # keys of the subject/period mentions covering it
    attrs: dict = field(default_factory=dict)


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) of needle in text, overlapping ones included."""
    spans, start = [], text.find(needle) if needle else -1
    while start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """Cut text at every span boundary; each piece knows the spans covering it.

    A piece links to its highest-priority span (a metric's number, then a park or
    company name, then the metric's quote; the longer span wins a tie, then the first)
    and carries a CSS class for every kind covering it, so overlapping evidence stays
    visible; it lists the keys of the subject and period mentions covering it, however
    they nest or overlap with the rest.
    """
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starting = {}
    for index, span in enumerate(spans):
        starting.setdefault(span.start, []).append(index)
    anchored, active, pieces = set(), [], []
    for start, end in zip(cuts, cuts[1:]):
        # The spans covering this piece, in their given order: those still open, and those opening.
        active = sorted([i for i in active if spans[i].end > start] + starting.get(start, []))
        covering = [spans[i] for i in active]
        mentions = sorted({s.key for s in covering if s.key})
        linked = [s for s in covering if s.kind in PRIORITY]
        if not linked:
            pieces.append(Segment(text[start:end], mentions=mentions))
            continue
        best = max(linked, key=lambda s: (PRIORITY[s.kind], s.end - s.start))
        anchors = [s.anchor for s in covering if s.anchor and s.anchor not in anchored]
        anchored.update(anchors)
        classes = sorted({f"hl-{s.kind}" for s in linked})
        pieces.append(
            Segment(text[start:end], classes, best.href, best.title, anchors, mentions, best.attrs)
        )
    return pieces


def segments_html(pieces: list[Segment]) -> Markup:
    """The highlighted body as HTML: each piece escaped, linked to its evidence row when it has one."""
    out = []
    for seg in pieces:
        for anchor in seg.anchors:
            out.append(f'<span class="anchor" id="{escape(anchor)}"></span>')
        text = escape(seg.text)
        classes = escape(" ".join(seg.classes))
        data = {"data-mention": " ".join(seg.mentions)} if seg.mentions else {}
        data = "".join(
            f' {name}="{escape(value)}"' for name, value in {**data, **seg.attrs}.items()
        )
        if seg.href:
            out.append(
                f'<a href="{escape(seg.href)}" class="{classes}" title="{escape(seg.title)}"{data}>{text}</a>'
            )
        elif seg.classes:
            out.append(f'<span class="{classes}"{data}>{text}</span>')
        elif data:
            out.append(f"<span{data}>{text}</span>")
        else:
            out.append(str(text))
    return Markup("".join(out))


def entity_spans(
    body: str,
    body_simplified: str,
    names: list[str],
    kind: str,
    href: str,
    title: str,
    first: tuple | None = None,
) -> list[Span]:
    """Spans of every occurrence of any of an entity's names, in either script."""
    searched = body_simplified if body_simplified and len(body_simplified) == len(body) else body
    found = set()
    for name in names:
        for variant in simplified_variants(name):
            found.update(find_all(searched, variant))
            found.update(find_all(body, variant))
    if first and first[0] is not None and first[1] is not None:
        found.add((first[0], first[1]))
    # Drop a span lying inside a longer one for the same entity (兴华半导体 inside 山东兴华半导体有限公司).
    kept = [s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found)]
    return [Span(a, b, kind, href, title) for a, b in sorted(kept)]


def evidence_caption(metric: dict) -> str:
    """Whose number it is and when, each with the rule that decided it, or why it is empty
    (a subject_rule such as roundup or respectively_mismatch): a number's tooltip and caption."""
    if metric.get("subject"):
        kind = metric.get("subject_kind") or "kind unknown"
        subject = (
            f"subject 主体: {metric['subject']} ({kind}; rule {metric.get('subject_rule') or '—'})"
        )
    else:
        subject = f"no subject 无主体 (rule {metric.get('subject_rule') or 'none'})"
    if metric.get("period_label"):
        dates = " – ".join(d for d in (metric.get("period_start"), metric.get("period_end")) if d)
        dates = f"{dates}; " if dates else ""
        period = f"period 时间: {metric['period_label']} ({dates}rule {metric.get('period_rule') or '—'})"
    elif metric.get("period_rule"):
        period = f"no period 无时间 (rule {metric['period_rule']})"
    else:
        period = "no period 无时间 (none governs it)"
    return f"{subject} · {period}"


def _json_list(value) -> list:
    if not value:
        return []
    try:
        loaded = json.loads(value)
    except (TypeError, ValueError):
        return []
    return loaded if isinstance(loaded, list) else []


def format_number(value, decimals: int = 2) -> str:
    """12,345.6 for 12345.6; 91,070,000,000 for 91070000000.0."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")


# Large amounts readable in HTML: 91070000000.0 CNY shows as 91,070,000,000 · 910.7亿. Only the
# HTML pages change (render_cell): CSV and JSON keep the raw number, which is what a spreadsheet
# or a script wants. Money is shown in 亿 or 万 as Chinese reports write it.
AMOUNT_COLUMNS = frozenset(
    ("normalized_value", "normalized_value_high", "total_normalized_value", "largest_figure")
)
UNIT_COLUMNS = ("normalized_unit", "currency")


def unit_of(row) -> str | None:
    for column in UNIT_COLUMNS:
        try:
            unit = row[column]
        except (IndexError, KeyError):
            continue
        if unit:
            return unit
    return None


def in_chinese_units(value) -> str | None:
    """910.7亿 or 43万 for an amount of money, None below 10,000."""
    for size, word in ((10**8, "亿"), (10**4, "万")):
        if abs(value) >= size:
            return f"{format_number(round(value / size, 4), 4)}{word}"
    return None


def readable_amount(value, unit: str | None) -> str:
    text = format_number(value, 4)
    if unit in MONEY_UNITS:
        chinese = in_chinese_units(value)
        return f"{text} · {chinese}" if chinese else text
    return text


def amount_cell(row, value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    amount = readable_amount(value, unit_of(row))
    return Markup('<span class="amount" title="{}">{}</span>').format(repr(value), amount)


def safe_url(url: str | None) -> str | None:
    """Only web addresses become links; `javascript:` and the like stay text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


async def _rows(datasette, sql, params=None):
    return [
        dict(r) for r in (await datasette.get_database(DATABASE).execute(sql, params or {})).rows
    ]


async def _section(datasette, timed_out: list, name: str, sql: str, params=None) -> list[dict]:
    """Rows for one part of a page; a part that hits sql_time_limit_ms is left empty and named
    in `timed_out`, so a huge park still gets a page instead of an error."""
    try:
        return await _rows(datasette, sql, params)
    except QueryInterrupted:
        timed_out.append(name)
        return []


def _row_id(request) -> int:
    pks = urlsafe_components(request.url_vars["pks"])
    try:
        return int(pks[0])
    except (ValueError, IndexError):
        raise NotFound("Record not found") from None


async def article_context(datasette, article_id: int) -> dict:
    url = datasette.urls.row
    rows = await _rows(
        datasette,
        """
        select articles.*, texts.body, texts.body_simplified, texts.paragraphs, sources.name as source_name,
               parks.name as main_park_name
        from articles left join article_texts as texts on texts.article_id = articles.id
        left join sources on sources.id = articles.source_id
        left join parks on parks.id = articles.main_park_id where articles.id = :id""",
        {"id": article_id},
    )
    if not rows:
        return {}
    article = rows[0]
    body, simplified = article["body"] or "", article["body_simplified"] or ""
    metrics = await _rows(
        datasette,
        """
        select metrics.*, measures.label_en, measures.label_zh, parks.name as park_name,
               companies.name as company_name
        from metrics left join measures on measures.code = metrics.measure
        left join parks on parks.id = metrics.park_id
        left join companies on companies.id = metrics.company_id
        where metrics.article_id = :id order by metrics.char_start, metrics.id""",
        {"id": article_id},
    )
    parks = await _rows(
        datasette,
        """
        select article_parks.*, parks.name, parks.name_en, parks.official_name
        from article_parks join parks on parks.id = article_parks.park_id
        where article_parks.article_id = :id order by article_parks.is_main desc, article_parks.mentions desc""",
        {"id": article_id},
    )
    companies = await _rows(
        datasette,
        """
        select article_companies.*, companies.name, companies.full_name
        from article_companies join companies on companies.id = article_companies.company_id
        where article_companies.article_id = :id order by article_companies.first_char_start""",
        {"id": article_id},
    )
    duplicates = await _rows(
        datasette,
        "select * from duplicates where article_id = :id order by path",
        {"id": article_id},
    )
    spans, mentions = [], {}

    def mention_key(start, end) -> str | None:
        """The key of the mention at start–end: one span however many numbers took it."""
        if start is None or end is None or not 0 <= start < end <= len(body):
            return None
        if (start, end) not in mentions:
            mentions[start, end] = f"{start}-{end}"
            spans.append(Span(start, end, "mention", key=mentions[start, end]))
        return mentions[start, end]

    for m in metrics:
        href = url(DATABASE, "metrics", m["id"])
        label = m["label_en"] or m["measure"]
        title = (
            f"{label}: {format_number(m['normalized_value'])} {m['normalized_unit'] or ''}".strip()
        )
        spans.append(
            Span(m["char_start"] or 0, m["char_end"] or 0, "quote", href, title, f"m{m['id']}")
        )
        if m["number_end"]:
            # Focusable, and naming the mentions its subject and period came from: hovering or
            # focusing it lights them and shows its title (static/evidence.js).
            attrs = {"tabindex": "0", "data-metric": str(m["id"])}
            for role, (start, end) in (
                ("subject", (m["subject_start"], m["subject_end"])),
                ("period", (m["period_char_start"], m["period_char_end"])),
            ):
                if key := mention_key(start, end):
                    attrs[f"data-{role}"] = key
            spans.append(
                Span(
                    m["number_start"],
                    m["number_end"],
                    "number",
                    href,
                    f"{title} · {evidence_caption(m)}",
                    attrs=attrs,
                )
            )
        m["display_value"] = format_number(m["normalized_value"])
    # Names as this article writes them (the extractor's surfaces) plus the canonical ones; not every
    # alias ever seen, since a generic form (园区, 该区) found in one article may mean another park here.
    for p in parks:
        names = [p["name"], p["official_name"] or "", *_json_list(p["surfaces"])]
        spans += entity_spans(
            body,
            simplified,
            [n for n in names if n],
            "park",
            url(DATABASE, "parks", p["park_id"]),
            p["name_en"] or p["name"],
            (p["first_char_start"], p["first_char_end"]),
        )
        p["surfaces"] = _json_list(p["surfaces"])
    for c in companies:
        names = [c["name"], c["full_name"] or "", *_json_list(c["surfaces"])]
        spans += entity_spans(
            body,
            simplified,
            [n for n in names if n],
            "company",
            url(DATABASE, "companies", c["company_id"]),
            c["full_name"] or c["name"],
            (c["first_char_start"], c["first_char_end"]),
        )
        c["surfaces"] = _json_list(c["surfaces"])
    return {
        "article": article,
        "article_url": safe_url(article["url"]),
        "body_html": segments_html(segments(body, spans)),
        "metrics": metrics,
        "parks": parks,
        "companies": companies,
        "duplicates": [{**d, "safe_url": safe_url(d["url"])} for d in duplicates],
    }


# Rows a park page lists per section; the full lists are one click away (table and query pages).
PAGE_ROWS = 200
# Points a chart draws per series: the most recent distinct figures.
CHART_POINTS = 500
# Characters of a figure's quote kept for its tooltip.
TOOLTIP_CHARS = 80

# A park's charts draw its own figures: a sub-park's figure has the parent's park_id, and drawn
# with the parent's it would read as the parent's.
OWN_FIGURES = "metrics.subject_kind = 'park'"

# One point per distinct figure: the same number reported by several articles is drawn once.
FIGURES_SQL = """
    select metrics.park_id, metrics.measure, metrics.normalized_unit, measures.label_en, measures.label_zh,
           substr(coalesce(metrics.period_start, articles.published), 1, 10) as date,
           metrics.normalized_value, count(*) as reports, min(metrics.id) as id,
           substr(min(metrics.quote), 1, {tooltip}) as quote
    from metrics join articles on articles.id = metrics.article_id
    left join measures on measures.code = metrics.measure
    where metrics.normalized_value is not null and coalesce(metrics.period_start, articles.published) is not null
      and {where}
    group by metrics.park_id, metrics.measure, metrics.normalized_unit, date, metrics.normalized_value
    order by date desc
    limit {limit}"""

# Figures no chart can place in time (no period, and an article with no date): counted, so a
# caption can say they were left out instead of letting a reader think the chart is complete.
UNDATED_SQL = """
    select metrics.measure, metrics.normalized_unit, count(*) as n
    from metrics join articles on articles.id = metrics.article_id
    where metrics.normalized_value is not null and coalesce(metrics.period_start, articles.published) is null
      and {where}
    group by metrics.measure, metrics.normalized_unit"""


async def park_context(datasette, park_id: int) -> dict:
    timed_out = []
    rows = await _rows(datasette, "select * from parks where id = :id", {"id": park_id})
    if not rows:
        return {}
    params = {"id": park_id, "limit": PAGE_ROWS}
    aliases = [
        r["alias"]
        for r in await _section(
            datasette,
            timed_out,
            "aliases",
            "select alias from park_aliases where park_id = :id order by alias",
            params,
        )
    ]
    sub_parks = await _section(
        datasette,
        timed_out,
        "sub-parks",
        "select id, name from sub_parks where park_id = :id order by name",
        params,
    )
    counts = (
        await _section(
            datasette,
            timed_out,
            "counts",
            """
        select (select count(*) from metrics where park_id = :id) as metrics,
               (select count(*) from article_parks where park_id = :id) as articles""",
            params,
        )
        or [{}]
    )[0]
    metrics = await _section(
        datasette,
        timed_out,
        "metrics",
        """
        select metrics.*, coalesce(metrics.period_start, articles.published) as date, articles.title,
               measures.label_en, measures.label_zh, companies.name as company_name
        from metrics join articles on articles.id = metrics.article_id
        left join measures on measures.code = metrics.measure
        left join companies on companies.id = metrics.company_id
        where metrics.park_id = :id order by date desc, metrics.id desc limit :limit""",
        params,
    )
    companies = await _section(
        datasette,
        timed_out,
        "companies",
        """
        with links as (
          select company_id, article_id, quote, 1 as stated from company_parks where park_id = :id
          union all
          select article_companies.company_id, article_companies.article_id, null, 0 from article_companies
          join article_parks on article_parks.article_id = article_companies.article_id
          where article_parks.park_id = :id)
        select companies.id, companies.name, companies.full_name, max(stated) as located_in_park,
               count(distinct article_id) as articles, max(quote) as quote
        from links join companies on companies.id = links.company_id
        group by companies.id order by located_in_park desc, articles desc, companies.name limit :limit""",
        params,
    )
    articles = await _section(
        datasette,
        timed_out,
        "articles",
        """
        select articles.id, articles.title, articles.published, articles.script, sources.name as source,
               article_parks.mentions, article_parks.is_main, articles.metric_count
        from article_parks join articles on articles.id = article_parks.article_id
        left join sources on sources.id = articles.source_id
        where article_parks.park_id = :id order by articles.published desc, articles.id desc limit :limit""",
        params,
    )
    figures = await _section(
        datasette,
        timed_out,
        "chart",
        FIGURES_SQL.format(
            where=f"metrics.park_id = :id and {OWN_FIGURES}",
            limit=20 * CHART_POINTS,
            tooltip=TOOLTIP_CHARS,
        ),
        params,
    )
    undated = await _section(
        datasette,
        timed_out,
        "chart",
        UNDATED_SQL.format(where=f"metrics.park_id = :id and {OWN_FIGURES}"),
        params,
    )
    for m in metrics:
        m["display_value"] = format_number(m["normalized_value"])
    return {
        "park": rows[0],
        "aliases": aliases,
        "sub_parks": sub_parks,
        "counts": counts,
        "limit": PAGE_ROWS,
        "metrics": metrics,
        "companies": companies,
        "articles": articles,
        "chart": timeline_series(figures, undated),
        "timed_out": timed_out,
    }


def timeline_series(figures: list[dict], undated: list[dict] = ()) -> dict:
    """Chart data: for each measure (and unit), its dated figures, oldest first, at most
    CHART_POINTS of the most recent ones (`figures` comes newest first), and how many of its
    figures have no date to be drawn at."""
    left_out = {f"{u['measure']}|{u['normalized_unit'] or ''}": u["n"] for u in undated}
    series = {}
    for f in figures:
        key = f"{f['measure']}|{f['normalized_unit'] or ''}"
        entry = series.setdefault(
            key,
            {
                "measure": f["measure"],
                "label": f.get("label_en") or f["measure"],
                "label_zh": f.get("label_zh") or "",
                "unit": f["normalized_unit"] or "",
                "points": [],
                "total": 0,
                "undated": left_out.get(key, 0),
            },
        )
        entry["total"] += 1
        if len(entry["points"]) < CHART_POINTS:
            entry["points"].append(
                {
                    "x": f["date"],
                    "y": f["normalized_value"],
                    "quote": f["quote"],
                    "id": f["id"],
                    "reports": f["reports"],
                }
            )
    for entry in series.values():
        entry["points"].reverse()
    # Money first (what researchers come for), named measures before the catch-all `other`,
    # then the measures with most points.
    return {
        "series": sorted(
            series.values(),
            key=lambda s: (
                s["unit"] not in MONEY_UNITS,
                s["measure"] == "other",
                -s["total"],
                s["measure"],
            ),
        )
    }


async def canned(datasette, name: str, params: dict) -> list[dict]:
    """Run a canned query from metadata.yml, so charts and tables share one definition."""
    query = await datasette.get_canned_query(DATABASE, name, None)
    return await _rows(datasette, query["sql"], params)


async def charts_context(datasette, request) -> dict:
    timed_out = []
    measure = request.args.get("measure") or "planned_investment"
    park = request.args.get("park") or ""
    investment = await canned(
        datasette, "planned_investment_by_park_year", {"park": "", "year": "", "measure": measure}
    )
    years = sorted({r["year"] for r in investment if r["year"]})
    by_park = {}
    for r in investment:
        if r["currency"] != "CNY" or not r["year"]:
            continue
        values = by_park.setdefault(r["park"], {y: None for y in years})
        values[r["year"]] = r["total_yi"]
    bars = {
        "labels": years,
        "datasets": [{"label": p, "data": [v[y] for y in years]} for p, v in by_park.items()],
    }
    where = f"metrics.measure = :measure and metrics.park_id is not null and {OWN_FIGURES}"
    if park:
        where += " and metrics.park_id = :park"
    figures = await _section(
        datasette,
        timed_out,
        "timeline",
        FIGURES_SQL.format(where=where, limit=20 * CHART_POINTS, tooltip=TOOLTIP_CHARS),
        {"measure": measure, "park": park},
    )
    undated = await _section(
        datasette,
        timed_out,
        "timeline",
        UNDATED_SQL.format(where=where),
        {"measure": measure, "park": park},
    )
    park_names = {r["id"]: r["name"] for r in await _rows(datasette, "select id, name from parks")}
    lines = {}
    for f in reversed(figures):  # oldest first
        points = lines.setdefault(park_names.get(f["park_id"], str(f["park_id"])), [])
        points.append(
            {
                "x": f["date"],
                "y": f["normalized_value"],
                "quote": f["quote"],
                "id": f["id"],
                "unit": f["normalized_unit"],
                "reports": f["reports"],
            }
        )
    measures = await _section(
        datasette,
        timed_out,
        "measures",
        """
        select code, label_en, label_zh, (select count(*) from metrics where metrics.measure = measures.code) as n
        from measures order by n desc, code""",
    )
    parks = await _section(
        datasette,
        timed_out,
        "parks",
        """
        select parks.id, parks.name, parks.name_en, count(metrics.id) as n from parks
        join metrics on metrics.park_id = parks.id group by parks.id order by n desc, parks.name""",
    )
    return {
        "measure": measure,
        "park": park,
        "measures": measures,
        "parks": parks,
        "bars": bars,
        "lines": {
            "datasets": [{"label": p, "points": pts[-CHART_POINTS:]} for p, pts in lines.items()],
            "undated": sum(u["n"] for u in undated),
        },
        "measure_label": next((m["label_en"] for m in measures if m["code"] == measure), measure),
        "timed_out": timed_out,
    }


async def charts_page(datasette, request):
    context = await charts_context(datasette, request)
    return Response.html(await datasette.render_template("charts.html", context, request=request))


@hookimpl
def register_routes():
    return [(r"^/-/charts$", charts_page)]


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or database != DATABASE or table not in ("articles", "parks"):
        return {}

    async def inner():
        row_id = _row_id(request)
        if table == "articles":
            return {"article_page": await article_context(datasette, row_id)}
        return {"park_page": await park_context(datasette, row_id)}

    return inner


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/static/parks.css")]


@hookimpl
def extra_js_urls(template, datasette):
    """Lists to pick a canned query's measure and park from (static/params.js); on an article,
    a number's subject and period lit while it is hovered or focused (static/evidence.js)."""
    if template and template.startswith("query"):
        return [datasette.urls.path("/static/params.js")]
    if template == "row-parks-articles.html":
        return [datasette.urls.path("/static/evidence.js")]
    return []


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Large amounts readable, and id columns of canned queries and views linked to their rows
    (tables link through foreign keys). One hook for both: it runs for every cell of a page."""
    if column in AMOUNT_COLUMNS:
        return amount_cell(row, value)
    if database != DATABASE or (table is not None and table not in VIEWS):
        return None
    target = ID_COLUMNS.get(column) or (VIEW_IDS.get(table) if column == "id" else None)
    if target and isinstance(value, int):
        return Markup('<a href="{}">{}</a>').format(
            datasette.urls.row(DATABASE, target, value), value
        )
    return None
