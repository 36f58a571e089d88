"""The published site, in process: metadata, facets, search box, canned queries, article and park
pages, charts, exports and escaping, on a fixture database with known rows (tests/site_fixture.py)."""

import csv
import io
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import opencc
import pytest
import pytest_asyncio
import sqlite_utils
import yaml
from datasette.app import Datasette
from site_fixture import SIMPLIFIED_BODY, make_datasette

from etl.load.schema import TABLES, VIEWS
from etl.load.search import fts_query, to_simplified

ROOT = Path(__file__).resolve().parent.parent
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
QUERIES = METADATA["databases"]["parks"]["queries"]


async def get_json(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text[:500]
    return response.json()


async def get_html(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text[:500]
    return response.text


# Metadata -----------------------------------------------------------------


def test_metadata_describes_every_table_view_and_column():
    tables = METADATA["databases"]["parks"]["tables"]
    for name, (columns, _) in TABLES.items():
        assert described(tables[name]), name
        assert set(tables[name]["columns"]) == set(columns), name
    for name in VIEWS:
        assert described(tables[name]), name
        assert tables[name]["columns"], name


def described(entry: dict) -> bool:
    """A plain description, or an HTML one; never Markdown, which Datasette 0.65 shows as written."""
    text = entry.get("description") or entry.get("description_html") or ""
    return bool(text) and "`" not in text


@pytest.mark.asyncio
async def test_view_column_descriptions_match_the_views(ds):
    tables = METADATA["databases"]["parks"]["tables"]
    for name in VIEWS:
        data = await get_json(ds, f"/parks/{name}.json?_size=0")
        assert set(data["columns"]) == set(tables[name]["columns"]), name


def test_every_canned_query_is_bilingual_and_described():
    assert {
        "search",
        "park_metrics",
        "planned_investment_by_park_year",
        "park_companies",
        "company_articles",
        "park_profile",
        "metric_timeline",
    } <= set(QUERIES)
    for name, query in QUERIES.items():
        assert re.search(r"[A-Za-z]", query["title"]) and re.search(
            r"[\u4e00-\u9fff]", query["title"]
        ), name
        assert query["description"], name


@pytest.mark.asyncio
@pytest.mark.parametrize("name", list(TABLES) + list(VIEWS))
async def test_every_table_and_view_page_renders(ds, name):
    html = await get_html(ds, f"/parks/{name}")
    title = METADATA["databases"]["parks"]["tables"][name].get("title")
    if title:
        assert title in html
    data = await get_json(ds, f"/parks/{name}.json?_shape=objects")
    assert isinstance(data["rows"], list)


@pytest.mark.asyncio
async def test_table_labels_and_sort_orders(ds):
    data = await get_json(
        ds, "/parks/metrics.json?_labels=on&_shape=array&measure=planned_investment&_sort=id"
    )
    assert data[0]["park_id"] == {"value": 1, "label": "日照高新区"}
    assert data[0]["measure"] == {"value": "planned_investment", "label": "Planned investment"}
    assert data[0]["article_id"]["label"] == "厚植创新沃土 做实“高”新“文章"
    articles = await get_json(ds, "/parks/articles.json?_shape=array&_col=published")
    dates = [a["published"] for a in articles if a["published"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.asyncio
async def test_default_facets(ds):
    metrics = await get_json(ds, "/parks/metrics.json?_extra=facet_results")
    facets = metrics["facet_results"]
    assert {"park_id", "measure", "normalized_unit"} <= set(facets)
    assert {r["value"]: r["count"] for r in facets["measure"]["results"]} == {
        "planned_investment": 4,
        "signed_projects": 2,
        "other": 1,
    }
    articles = await get_json(ds, "/parks/articles.json")
    facets = articles["facet_results"]
    assert {r["value"]: r["count"] for r in facets["script"]["results"]} == {
        "simplified": 3,
        "traditional": 1,
    }
    assert {r["value"]: r["count"] for r in facets["published"]["results"]} == {
        "2022": 2,
        "2020": 1,
    }
    assert facets["published"]["type"] == "year"


def _facets_plugins():
    """The table_facets module as Datasette loaded it from plugins/ (by file, not by import)."""
    from datasette.plugins import pm

    found = [
        p for p in pm.get_plugins() if str(getattr(p, "__file__", "")).endswith("table_facets.py")
    ]
    assert found
    return found


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "max_groups", [50_000, 1]
)  # 1: more combinations than allowed, counted column by column
@pytest.mark.parametrize(
    "query",
    [
        "",
        "?_search=园区",
        "?_search=高新区&script=simplified",
        "?published__startswith=2022",
        "?_facet_size=1&_search=项目",
        "?source_id=1&_search=园区",
        "?_search=没有这个词",
    ],
)
async def test_one_pass_facets_equal_datasettes_own_facets(db_path, monkeypatch, query, max_groups):
    """The articles table's `one_pass` facet must give what the three stock facets give."""
    stock_metadata = json.loads(json.dumps(METADATA))
    stock_metadata["databases"]["parks"]["tables"]["articles"]["facets"] = [
        "source_id",
        "script",
        {"year": "published"},
    ]
    stock = Datasette(
        [str(db_path)], metadata=stock_metadata, plugins_dir=str(ROOT / "plugins"), immutables=[]
    )
    one_pass = make_datasette(db_path)
    for datasette in (stock, one_pass):
        await datasette.invoke_startup()
    for plugin in _facets_plugins():
        monkeypatch.setattr(plugin, "MAX_GROUPS", max_groups)
    url = "/parks/articles.json" + (query + "&" if query else "?") + "_extra=facet_results"
    expected = (await get_json(stock, url))["facet_results"]
    got = (await get_json(one_pass, url))["facet_results"]
    assert got == expected
    assert set(got) == {"source_id", "script", "published"}


@pytest.mark.asyncio
async def test_one_pass_facets_run_one_statement_on_a_search(db_path):
    from datasette.tracer import capture_traces

    ds = Datasette(
        [str(db_path)],
        metadata=METADATA,
        plugins_dir=str(ROOT / "plugins"),
        immutables=[],
        settings={"suggest_facets": False},
    )  # as `make serve` runs it
    traces = []
    with capture_traces(traces):
        data = await get_json(ds, "/parks/articles.json?_search=园区&_extra=facet_results")
    group_bys = [t["sql"] for t in traces if "group by" in t["sql"]]
    assert len(group_bys) == 1, group_bys
    assert list(data["facet_results"]) == ["source_id", "script", "published"]  # in metadata order


@pytest.mark.asyncio
async def test_year_facet_toggle_filters_by_year(ds):
    articles = await get_json(ds, "/parks/articles.json")
    year_2022 = next(
        r for r in articles["facet_results"]["published"]["results"] if r["value"] == "2022"
    )
    assert "published__startswith=2022" in year_2022["toggle_url"]
    filtered = await get_json(
        ds, "/parks/articles.json?published__startswith=2022&_shape=array&_col=id"
    )
    assert {r["id"] for r in filtered} == {1, 3}


# Search box ------------------------------------------------------------------

SEARCHES = [
    ("园区", {1, 2, 3}),  # 2 characters; article 2 writes 園區; the decoy has 公园。区域
    ("園區", {1, 2, 3}),
    ("半导体", {1, 2}),  # 3 characters
    ("半導體", {1, 2}),
    ("兴华半导体", {1, 2}),  # 5 characters
    ("興華半導體", {1, 2}),
    ("区域", {4}),
    ("园区域", set()),
    ("兴华 芯片", {1}),
    ("71.3亿元", {1}),
    ("alert", {3}),
]


@pytest.mark.asyncio
@pytest.mark.parametrize("query, expected", SEARCHES)
async def test_search_box_finds_exactly_the_articles_containing_the_query(ds, query, expected):
    rows = await get_json(ds, f"/parks/articles.json?_search={query}&_shape=array&_col=id")
    assert {r["id"] for r in rows} == expected


@pytest.mark.asyncio
async def test_search_box_page_shows_results(ds):
    html = await get_html(ds, "/parks/articles?_search=兴华半导体")
    assert 'name="_search"' in html and 'value="兴华半导体"' in html
    assert "2 rows where search matches" in html


@pytest.mark.asyncio
async def test_articles_table_is_compact_and_shows_where_a_search_matches(ds):
    html = await get_html(ds, "/parks/articles?_search=alert")
    table = html.split('class="rows-and-columns articles-compact"', 1)[1].split("</table>", 1)[0]
    assert (
        '<a href="/parks/articles/3">&lt;b&gt;XSS&lt;/b&gt; 日照经开区&lt;script&gt;alert(3)&lt;/script&gt;</a>'
        in table
    )
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in table
    assert "<script>alert" not in html and 'data-column="body"' not in html
    html = await get_html(ds, "/parks/articles?_search=半导体")
    assert "<mark>半導體</mark>" in html  # the traditional article, marked in its own script
    wide = await get_html(ds, "/parks/articles?_wide=1")
    assert (
        'data-column="content_hash"' in wide and 'data-column="body"' not in wide
    )  # texts: article_texts
    texts = await get_html(ds, "/parks/article_texts")
    assert 'data-column="body_simplified"' in texts


@pytest.mark.asyncio
async def test_column_search_and_custom_sql_use_the_same_rewriting(ds):
    rows = await get_json(ds, "/parks/articles.json?_search_title=高新區&_shape=array&_col=id")
    assert {r["id"] for r in rows} == {
        2
    }  # 高新区 is in the bodies of 1 and 2, in the title of 2 only
    sql = "select rowid from articles_fts where articles_fts match escape_fts(:q) order by rowid"
    data = await get_json(ds, f"/parks.json?sql={sql}&q=半导体&_shape=array")
    assert [r["rowid"] for r in data] == [1, 2]


@pytest.mark.asyncio
async def test_blank_search_box_means_no_search(ds):
    rows = await get_json(ds, "/parks/articles.json?_search=&_shape=array&_col=id")
    assert len(rows) == 4


# Canned queries -----------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("query, expected", SEARCHES)
async def test_search_query_matches_search_box(ds, query, expected):
    rows = await get_json(ds, f"/parks/search.json?q={query}&_shape=array")
    assert {r["article_id"] for r in rows} == expected


@pytest.mark.asyncio
async def test_search_query_snippets_are_highlighted(ds):
    rows = await get_json(ds, "/parks/search.json?q=半导体&_shape=array")
    by_id = {r["article_id"]: r for r in rows}
    assert "⟦半导体⟧" in by_id[1]["snippet"] and by_id[1]["hits"] == 3
    assert "⟦半導體⟧" in by_id[2]["snippet"] and by_id[2]["script"] == "traditional"
    html = await get_html(ds, "/parks/search?q=半导体")
    assert "<mark>半導體</mark>" in html
    assert '<a href="/parks/articles/2">2</a>' in html


@pytest.mark.asyncio
async def test_search_snippet_of_xss_article_is_escaped(ds):
    html = await get_html(ds, "/parks/search?q=alert")
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html


CANNED = [
    # (query, parameters, expected rows as {column: value set} or row count)
    ("search", {"q": ""}, 0),
    ("search", {"q": "兴华半导体"}, {"article_id": {1, 2}}),
    ("park_metrics", {"park": "", "measure": ""}, 6),  # every figure with a park: 7 has none
    ("park_metrics", {"park": "日照高新區", "measure": ""}, {"metric_id": {1, 2, 3, 4, 5}}),
    (
        "park_metrics",
        {"park": "Rizhao High-tech", "measure": "planned_investment"},
        {"metric_id": {2, 3, 4, 5}},
    ),
    ("park_metrics", {"park": "2", "measure": ""}, {"metric_id": {6}}),
    ("park_metrics", {"park": "没有这个园区", "measure": ""}, 0),
    (
        "planned_investment_by_park_year",
        {"park": "", "year": "", "measure": ""},
        {"total_yi": {91.3, 58.0}},
    ),
    (
        "planned_investment_by_park_year",
        {"park": "日照高新区", "year": "2020", "measure": ""},
        {"total": {5.8e9}},
    ),
    ("planned_investment_by_park_year", {"park": "", "year": "", "measure": "signed_projects"}, 0),
    ("park_companies", {"park": ""}, {"company": {"兴华半导体", "中兴汽车"}}),
    ("park_companies", {"park": "日照经开区"}, 0),
    ("park_companies", {"park": "1"}, {"located_in_park": {1}}),
    ("company_articles", {"company": ""}, 3),
    ("company_articles", {"company": "興華"}, {"article_id": {1, 2}}),
    ("company_articles", {"company": "中兴汽车"}, {"article_id": {2}}),
    ("park_profile", {"park": ""}, 3),
    ("park_profile", {"park": "rizhao"}, {"park_id": {1, 2}}),
    (
        "park_profile",
        {"park": "日照高新区"},
        {"planned_investment_cny": {14.93e9}, "companies": {2}},
    ),
    ("metric_timeline", {"park": "", "measure": ""}, {"metric_id": {2, 3, 4, 5}}),
    ("metric_timeline", {"park": "1", "measure": "signed_projects"}, {"metric_id": {1}}),
]


@pytest.mark.asyncio
@pytest.mark.parametrize("name, params, expected", CANNED)
async def test_canned_query(ds, name, params, expected):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    rows = await get_json(ds, f"/parks/{name}.json?{query}&_shape=array")
    if isinstance(expected, int):
        assert len(rows) == expected
    else:
        for column, values in expected.items():
            assert {r[column] for r in rows} == values, column


@pytest.mark.asyncio
@pytest.mark.parametrize("name", list(QUERIES))
async def test_every_canned_query_runs_with_missing_parameters(ds, name):
    html = await get_html(ds, f"/parks/{name}")
    assert QUERIES[name]["title"] in html
    data = await get_json(ds, f"/parks/{name}.json")
    assert data["ok"] is True


@pytest.mark.asyncio
async def test_planned_investment_counts_a_repeated_figure_once(db_path, tmp_path):
    copy = tmp_path / "parks.db"
    copy.write_bytes(Path(db_path).read_bytes())
    db = sqlite_utils.Database(copy)
    repeat = dict(db["metrics"].get(2))
    db["metrics"].insert(
        {**repeat, "id": 99, "article_id": 3}
    )  # another article reports the same project
    db.close()
    rows = await get_json(
        make_datasette(copy),
        "/parks/planned_investment_by_park_year.json?park=1&year=2022&measure=&_shape=array",
    )
    assert (
        rows[0]["total_yi"] == 91.3 and rows[0]["reports"] == 3 and rows[0]["distinct_figures"] == 2
    )


@pytest.mark.asyncio
async def test_charts_draw_a_figure_reported_by_several_articles_once(db_path, tmp_path):
    copy = tmp_path / "parks.db"
    copy.write_bytes(Path(db_path).read_bytes())
    db = sqlite_utils.Database(copy)
    db["metrics"].insert(
        {**db["metrics"].get(2), "id": 99, "article_id": 3}
    )  # same figure, another article
    db.close()
    datasette = make_datasette(copy)
    html = await get_html(datasette, "/-/charts")
    points = json.loads(re.search(r'id="timeline-data">(.*?)</script>', html).group(1))["datasets"][
        0
    ]["points"]
    assert [(p["y"], p["reports"]) for p in points] == [
        (4.3e9, 1),
        (1.5e9, 1),
        (2e9, 1),
        (7.13e9, 2),
    ]
    html = await get_html(datasette, "/parks/parks/1")
    chart = json.loads(re.search(r'id="park-timeline-data">(.*?)</script>', html).group(1))
    assert [p["reports"] for p in chart["series"][0]["points"]] == [1, 1, 1, 2]
    assert "Metrics · 指标 (6)" in html  # the table lists every report


# Article page ---------------------------------------------------------------------


@pytest.mark.asyncio
async def test_article_page_highlights_and_links_every_metric_park_and_company(ds):
    html = await get_html(ds, "/parks/articles/1")
    body = html.split('<div class="article-body"', 1)[1].split("</div>", 1)[0]
    for metric_id in (1, 2, 3):
        assert f'id="m{metric_id}"' in body
        assert f'href="/parks/metrics/{metric_id}"' in body
    assert re.search(
        r'<a href="/parks/metrics/2" class="hl-number hl-quote"[^>]*>71\.3亿元</a>', body
    )
    assert re.search(r'<a href="/parks/parks/1" class="hl-park"[^>]*>日照高新区</a>', body)
    # the registered name and, later, the short name both link to the company
    assert len(re.findall(r'<a href="/parks/companies/1" class="[^"]*hl-company[^"]*"', body)) == 2
    assert ">山东兴华半导体有限公司</a>" in body
    assert re.search(r">兴华半导体</a>将建设", body)


@pytest.mark.asyncio
async def test_article_page_shows_metrics_url_and_duplicates(ds):
    html = await get_html(ds, "/parks/articles/1")
    metrics = html.split('id="metrics"', 1)[1].split("</table>", 1)[0]
    assert metrics.count("<tr>") == 1 + 3
    assert (
        "Planned investment" in metrics and "7,130,000,000 CNY" in metrics and "71.3亿元" in metrics
    )
    assert '<a href="http://example.com/rizhao/1.html" rel="nofollow noopener noreferrer">' in html
    assert "000_rizhao_copy.txt" in html and "This is the canonical article" in html


@pytest.mark.asyncio
async def test_traditional_article_highlights_names_in_its_own_script(ds):
    html = await get_html(ds, "/parks/articles/2")
    body = html.split('<div class="article-body"', 1)[1].split("</div>", 1)[0]
    assert re.search(r'<a href="/parks/companies/1" class="hl-company"[^>]*>興華半導體</a>', body)
    assert re.search(r'<a href="/parks/parks/1" class="hl-park"[^>]*>日照高新區</a>', body)
    assert re.search(r'class="hl-number hl-quote"[^>]*>43億元</a>', body)


@pytest.mark.asyncio
async def test_article_page_escapes_everything_from_the_article(ds):
    html = await get_html(ds, "/parks/articles/3")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;b&gt;XSS&lt;/b&gt;" in html
    for raw in ("<script>alert", "<img src=x", "<b>XSS", 'href="javascript:'):
        assert raw not in html, raw
    assert "javascript:alert(4)" in html  # the stored URL is shown, as text


@pytest.mark.asyncio
async def test_article_json_is_datasette_row_json(ds):
    data = await get_json(ds, "/parks/articles/3.json?_shape=array")
    assert data[0]["title"].startswith("<b>XSS</b>") and "body" not in data[0]
    texts = await get_json(ds, "/parks/article_texts/3.json?_shape=array")
    assert texts[0]["body"].startswith("日照经开区通报：<script>")


class BodyPieces(HTMLParser):
    """The article body's pieces as (text, attributes of the element holding it): the body is
    flat, one element deep."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.pieces, self.attrs = [], {}
        self.feed(html.split('<div class="article-body"', 1)[1].split(">", 1)[1].split("</div>")[0])

    def handle_starttag(self, tag, attrs):
        self.attrs = dict(attrs)

    def handle_endtag(self, tag):
        self.attrs = {}

    def handle_data(self, data):
        self.pieces.append((data, self.attrs))

    def mention(self, key: str) -> str:
        """The text of the pieces a mention's key marks."""
        return "".join(t for t, a in self.pieces if key in a.get("data-mention", "").split())

    def number(self, metric_id: int) -> dict:
        return next(a for _, a in self.pieces if a.get("data-metric") == str(metric_id))


@pytest.mark.asyncio
async def test_article_page_numbers_name_their_subject_and_period_mentions(ds):
    html = await get_html(ds, "/parks/articles/1")
    body = BodyPieces(html)
    assert "".join(t for t, _ in body.pieces) == SIMPLIFIED_BODY  # nothing lost or repeated
    numbers = [body.number(i) for i in (1, 2, 3)]
    assert all(n["tabindex"] == "0" for n in numbers)
    # three numbers took one mention of the park: one key, on the park's own link
    park = SIMPLIFIED_BODY.index("日照高新区成功")
    assert {n["data-subject"] for n in numbers} == {f"{park}-{park + 5}"}
    assert body.mention(f"{park}-{park + 5}") == "日照高新区"
    assert (
        '<a href="/parks/parks/1" class="hl-park" title="Rizhao High-tech Zone"'
        f' data-mention="{park}-{park + 5}">日照高新区</a>'
    ) in html
    date = SIMPLIFIED_BODY.index("3月25日")
    assert body.number(1)["data-period"] == f"{date}-{date + 5}"
    assert body.mention(f"{date}-{date + 5}") == "3月25日"
    # 20亿元's period opens the first paragraph
    assert body.number(3)["data-period"] == "0-5" and body.mention("0-5") == "2022年"
    assert SIMPLIFIED_BODY.index("\n") < SIMPLIFIED_BODY.index("20亿元")
    assert body.number(3)["title"] == (
        "Planned investment: 2,000,000,000 CNY · subject 主体: 日照高新区 (park; rule sentence)"
        " · period 时间: 2022年 (2022-01-01 – 2022-12-31; rule article)"
    )
    assert "/static/evidence.js" in html and 'id="evidence-caption"' in html
    assert "/static/evidence.js" not in await get_html(ds, "/parks/parks/1")


@pytest.mark.asyncio
async def test_article_page_says_why_a_number_has_no_subject_or_period(ds):
    html = await get_html(ds, "/parks/articles/4")
    number = BodyPieces(html).number(7)
    assert "data-subject" not in number and "data-period" not in number
    assert number["title"].endswith(
        "· no subject 无主体 (rule none) · no period 无时间 (none governs it)"
    )
    # a period label the text does not hold (今年 in article 2) has no mention to light
    body = BodyPieces(await get_html(ds, "/parks/articles/2"))
    number = body.number(4)
    assert "data-period" not in number and "period 时间: 今年" in number["title"]
    assert body.mention(number["data-subject"]) == "該區"


@pytest.mark.asyncio
async def test_metrics_facet_by_subject_rule_audits_the_attribution(ds):
    data = await get_json(ds, "/parks/metrics.json?_facet=subject_rule&_size=0")
    counts = {r["value"]: r["count"] for r in data["facet_results"]["subject_rule"]["results"]}
    assert counts == {"clause": 3, "sentence": 2, "article": 1, "none": 1}
    html = await get_html(ds, "/parks/metrics")
    assert '<a href="?_facet=subject_rule">' in html
    assert '<a href="/parks/metrics?_facet=subject_rule">' in await get_html(ds, "/parks")


# Park page and charts ---------------------------------------------------------------


@pytest.mark.asyncio
async def test_park_page_profile_chart_companies_articles(ds):
    html = await get_html(ds, "/parks/parks/1")
    assert "Rizhao High-tech Zone" in html and "日照高新技术产业开发区" in html
    assert "high_tech_zone" in html and "national" in html and "山东 · 日照" in html
    assert "日照高新區" in html  # an alias
    chart = json.loads(re.search(r'id="park-timeline-data">(.*?)</script>', html).group(1))
    investment = next(s for s in chart["series"] if s["measure"] == "planned_investment")
    assert [p["y"] for p in investment["points"]] == [4.3e9, 1.5e9, 2e9, 7.13e9]
    assert '<canvas id="park-timeline"' in html
    assert "/static/vendor/chart-4.6.1.umd.min.js" in html
    companies = html.split('id="companies"', 1)[1].split("</ul>", 1)[0]
    assert "兴华半导体" in companies and "中兴汽车" in companies
    articles = html.split('id="articles"', 1)[1].split("</ul>", 1)[0]
    assert '/parks/articles/1"' in articles and '/parks/articles/2"' in articles


@pytest.mark.asyncio
async def test_park_summary_links_to_the_whole_gazetteer_with_its_facets(ds):
    html = await get_html(ds, "/parks/park_summary")
    assert '<a href="/parks/parks?_facet=province&amp;_facet=level&amp;_facet=kind">' in html
    response = await ds.client.get("/parks/parks.json?_facet=province&_facet=level&_facet=kind")
    facets = response.json()["facet_results"]
    facets = facets.get("results", facets)  # Datasette 0.65: a dict of facet name → result
    assert {"province", "level", "kind"} <= set(facets)


@pytest.mark.asyncio
async def test_park_page_shows_the_national_catalogues_profile(ds):
    html = await get_html(ds, "/parks/parks/2")
    catalogue = html.split('id="catalogue"', 1)[1].split("</dl>", 1)[0]
    assert "G371156" in catalogue and "2010.04" in catalogue and "850 公顷" in catalogue
    assert "汽车及零部件、粮油食品、包装" in catalogue and "national · 国家级" in catalogue
    assert 'id="catalogue"' not in await get_html(ds, "/parks/parks/3")  # in no catalogue


@pytest.mark.asyncio
async def test_charts_page_embeds_investment_per_park_per_year_and_a_timeline(ds):
    html = await get_html(ds, "/-/charts")
    bars = json.loads(re.search(r'id="investment-data">(.*?)</script>', html).group(1))
    assert bars == {
        "labels": ["2020", "2022"],
        "datasets": [{"label": "日照高新区", "data": [58.0, 91.3]}],
        "measure_label": "Planned investment",
    }
    # The bars are named for what they sum, not "investment signed".
    assert "Planned investment reported, summed per park and year" in html
    lines = json.loads(re.search(r'id="timeline-data">(.*?)</script>', html).group(1))
    assert [p["id"] for p in lines["datasets"][0]["points"]] == [4, 5, 3, 2]
    assert lines["undated"] == 0
    html = await get_html(ds, "/-/charts?measure=signed_projects&park=2")
    lines = json.loads(re.search(r'id="timeline-data">(.*?)</script>', html).group(1))
    assert lines["datasets"] == [
        {
            "label": "日照经开区",
            "points": [
                {
                    "x": "2022-01-01",
                    "y": 5.0,
                    "quote": "园区新签约项目5个",
                    "id": 6,
                    "unit": "count",
                    "reports": 1,
                }
            ],
        }
    ]


def test_a_timeline_counts_the_figures_it_cannot_place_in_time():
    from pages import timeline_series

    dated = [
        {"measure": "planned_investment", "normalized_unit": "CNY", "date": day, "id": i,
         "normalized_value": 1e8 * i, "quote": "…", "reports": 1}
        for i, day in enumerate(["2022-03-25", "2021-01-01"], 1)
    ]  # fmt: skip
    undated = [{"measure": "planned_investment", "normalized_unit": "CNY", "n": 8}]
    (series,) = timeline_series(dated, undated)["series"]
    assert len(series["points"]) == 2 and series["total"] == 2 and series["undated"] == 8
    assert timeline_series(dated)["series"][0]["undated"] == 0


@pytest.mark.asyncio
async def test_chart_data_cannot_break_out_of_its_script_block(ds):
    html = await get_html(
        ds, "/-/charts?measure=signed_projects&park=%3C/script%3E%3Cscript%3Ealert(5)"
    )
    assert "<script>alert(5)" not in html


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    [
        "/static/vendor/chart-4.6.1.umd.min.js",
        "/static/charts.js",
        "/static/parks.css",
        "/static/evidence.js",
    ],
)
async def test_static_assets_are_served_locally(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200 and len(response.content) > 500


# Exports ---------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_csv_export_of_table_view_and_query(ds):
    response = await ds.client.get("/parks/metrics.csv?_stream=on")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 7 and rows[1]["unit"] == "亿元"
    response = await ds.client.get("/parks/metrics_detail.csv?_stream=on")
    assert "总投资71.3亿元" in response.text
    response = await ds.client.get("/parks/search.csv?q=园区")
    assert "⟦园区⟧" in response.text


@pytest.mark.asyncio
async def test_excel_friendly_csv_has_a_byte_order_mark(ds):
    redirect = await ds.client.get("/parks/metrics_detail.csvbom?measure=planned_investment")
    assert redirect.status_code == 302
    location = redirect.headers["location"]
    assert (
        location.startswith("/parks/metrics_detail.csv?")
        and "measure=planned_investment" in location
    )
    assert "_bom=1" in location and "_stream=on" in location
    response = await ds.client.get(location)
    assert response.content.startswith(b"\xef\xbb\xbfid,published,park")
    assert "attachment" in response.headers["content-disposition"]
    assert len(list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))) == 4
    plain = await ds.client.get("/parks/metrics_detail.csv")
    assert plain.content.startswith(b"id,")
    query = await ds.client.get("/parks/search.csvbom?q=园区")
    assert "_stream" not in query.headers["location"]
    assert (await ds.client.get(query.headers["location"])).content.startswith(b"\xef\xbb\xbf")


@pytest.mark.asyncio
async def test_csvbom_link_is_offered(ds):
    html = await get_html(ds, "/parks/metrics")
    assert "/parks/metrics.csvbom" in html


# Serving ----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_robots_are_blocked(ds):
    response = await ds.client.get("/robots.txt")
    assert response.text == "User-agent: *\nDisallow: /\n"


@pytest.mark.asyncio
async def test_home_page_is_bilingual(ds):
    html = await get_html(ds, "/")
    assert "Industrial parks in Chinese news · 中国产业园区新闻数据库" in html
    html = await get_html(ds, "/parks")
    assert "Tables, in the order a reader meets them" in html
    assert "Full-text search with highlighted snippets · 全文检索" in html


# Page helpers (plugins/pages.py), pure ------------------------------------------------------

sys.path.insert(0, str(ROOT / "plugins"))
import pages  # noqa: E402  (a Datasette plugins-dir module, imported by path like Datasette does)


def _pieces(text, spans):
    return [(s.text, s.classes, s.href, s.anchors) for s in pages.segments(text, spans)]


@pytest.mark.parametrize(
    "spans, expected",
    [
        ([], [("总投资71.3亿元", [], None, [])]),
        # a metric quote with its number: the number links (it is the same metric)
        (
            [pages.Span(0, 9, "quote", "/m/1", anchor="m1"), pages.Span(3, 9, "number", "/m/1")],
            [
                ("总投资", ["hl-quote"], "/m/1", ["m1"]),
                ("71.3亿元", ["hl-number", "hl-quote"], "/m/1", []),
            ],
        ),
        # a park name inside a quote links to the park, and stays marked as part of the quote
        (
            [pages.Span(0, 9, "quote", "/m/2", anchor="m2"), pages.Span(1, 3, "park", "/p/1")],
            [
                ("总", ["hl-quote"], "/m/2", ["m2"]),
                ("投资", ["hl-park", "hl-quote"], "/p/1", []),
                ("71.3亿元", ["hl-quote"], "/m/2", []),
            ],
        ),
        # two metrics quoting the same span both get an anchor
        (
            [
                pages.Span(0, 3, "quote", "/m/3", anchor="m3"),
                pages.Span(0, 3, "quote", "/m/4", anchor="m4"),
            ],
            [("总投资", ["hl-quote"], "/m/3", ["m3", "m4"]), ("71.3亿元", [], None, [])],
        ),
        # spans outside the text are ignored, not an error
        ([pages.Span(5, 99, "park", "/p/9")], [("总投资71.3亿元", [], None, [])]),
    ],
)
def test_segments(spans, expected):
    assert _pieces("总投资71.3亿元", spans) == expected


def test_segments_html_escapes_every_piece_and_links_evidence():
    text = '<script>alert("x")</script>总投资71.3亿元'
    start = text.index("总")
    spans = [
        pages.Span(start, len(text), "quote", '/m/1?a=1&b="2"', title="<b>", anchor="m1"),
        pages.Span(start + 3, len(text), "number", "/m/1"),
    ]
    html = str(pages.segments_html(pages.segments(text, spans)))
    assert html.startswith("&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
    assert (
        '<span class="anchor" id="m1"></span><a href="/m/1?a=1&amp;b=&#34;2&#34;" class="hl-quote"'
        in html
    )
    assert 'title="&lt;b&gt;">总投资</a>' in html
    assert html.endswith('<a href="/m/1" class="hl-number hl-quote" title="">71.3亿元</a>')


def test_segments_mark_overlapping_mentions_piece_by_piece():
    """A subject mention holding a number and a park name, another mention overlapping its end:
    every piece lists the mentions covering it, and a number keeps its own attributes."""
    text = "全省184个开发区上半年产值5亿元"
    number = {"data-metric": "2", "data-subject": "0-9", "data-period": "9-12"}
    spans = [
        pages.Span(0, 9, "mention", key="0-9"),  # 全省184个开发区
        pages.Span(2, 6, "number", "/m/1", attrs={"data-metric": "1"}),
        pages.Span(6, 9, "park", "/p/1"),
        pages.Span(7, 12, "mention", key="7-12"),
        pages.Span(9, 12, "mention", key="9-12"),  # 上半年
        pages.Span(14, 17, "number", "/m/2", attrs=number),
    ]
    pieces = [(s.text, s.classes, s.href, s.mentions, s.attrs) for s in pages.segments(text, spans)]
    assert pieces == [
        ("全省", [], None, ["0-9"], {}),
        ("184个", ["hl-number"], "/m/1", ["0-9"], {"data-metric": "1"}),
        ("开", ["hl-park"], "/p/1", ["0-9"], {}),
        ("发区", ["hl-park"], "/p/1", ["0-9", "7-12"], {}),
        ("上半年", [], None, ["7-12", "9-12"], {}),
        ("产值", [], None, [], {}),
        ("5亿元", ["hl-number"], "/m/2", [], number),
    ]
    html = str(pages.segments_html(pages.segments(text, spans)))
    assert html.startswith(
        '<span data-mention="0-9">全省</span>'
        '<a href="/m/1" class="hl-number" title="" data-mention="0-9" data-metric="1">184个</a>'
    )
    assert '<span data-mention="7-12 9-12">上半年</span>产值' in html
    assert html.endswith(
        '<a href="/m/2" class="hl-number" title="" data-metric="2" data-subject="0-9"'
        ' data-period="9-12">5亿元</a>'
    )


@pytest.mark.parametrize(
    "metric, expected",
    [
        (
            {"subject": "日照高新区", "subject_kind": "park", "subject_rule": "clause",
             "period_label": "今年1—3月份", "period_rule": "sentence",
             "period_start": "2022-01-01", "period_end": "2022-03-31"},
            "subject 主体: 日照高新区 (park; rule clause)"
            " · period 时间: 今年1—3月份 (2022-01-01 – 2022-03-31; rule sentence)",
        ),
        (
            {"subject": None, "subject_rule": "roundup", "period_label": "去年", "period_rule": "article"},
            "no subject 无主体 (rule roundup) · period 时间: 去年 (rule article)",
        ),
        (
            {"subject": None, "subject_rule": "respectively_mismatch", "period_label": None},
            "no subject 无主体 (rule respectively_mismatch) · no period 无时间 (none governs it)",
        ),
        ({}, "no subject 无主体 (rule none) · no period 无时间 (none governs it)"),
    ],
)  # fmt: skip
def test_evidence_caption_names_the_rules_or_why_empty(metric, expected):
    assert pages.evidence_caption(metric) == expected


@pytest.mark.parametrize(
    "body, names, expected",
    [
        (
            "兴华半导体与山东兴华半导体有限公司",
            ["兴华半导体", "山东兴华半导体有限公司"],
            [(0, 5), (6, 17)],
        ),  # nested: longest
        ("興華半導體投產", ["兴华半导体"], [(0, 5)]),  # found through the simplified text
        ("园区园区", ["园区"], [(0, 2), (2, 4)]),
        ("没有", ["园区"], []),
    ],
)
def test_entity_spans(body, names, expected):
    simplified = opencc.OpenCC("t2s").convert(body)
    spans = pages.entity_spans(body, simplified, names, "company", "/c/1", "")
    assert [(s.start, s.end) for s in spans] == expected


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://example.com/a", "https://example.com/a"),
        (" HTTP://example.com ", "HTTP://example.com"),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example", None),
        (None, None),
    ],
)
def test_safe_url(url, expected):
    assert pages.safe_url(url) == expected


# The real corpus, built by the pipeline ------------------------------------------------------


@pytest_asyncio.fixture
async def corpus(built_db):
    return make_datasette(built_db)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "query", ["园区", "園區", "项目", "高新区", "半导体", "华楷半导体", "華楷半導體", "71.3亿元"]
)
async def test_corpus_search_finds_exactly_the_articles_containing_the_query(
    corpus, built_db, query
):
    db = sqlite_utils.Database(built_db)
    wanted = to_simplified(query)
    expected = {
        r["id"]
        for r in db.query(
            "select id, title, body_simplified from articles"
            " join article_texts on article_texts.article_id = articles.id"
        )
        if wanted in (r["body_simplified"] or "") or wanted in to_simplified(r["title"] or "")
    }
    assert expected, f"{query} should occur in the corpus"
    box = await get_json(corpus, f"/parks/articles.json?_search={query}&_shape=array&_col=id")
    assert {r["id"] for r in box} == expected
    canned = await get_json(corpus, f"/parks/search.json?q={query}&_shape=array")
    assert {r["article_id"] for r in canned} == expected
    ranked = [
        r[0]
        for r in db.execute(
            "select rowid from articles_fts where articles_fts match ? order by rank, rowid",
            [fts_query(query)],
        )
    ]
    assert [r["article_id"] for r in canned] == ranked  # best first
    assert all(
        "⟦" in r["snippet"]
        for r in canned
        if wanted in r["snippet"].replace("⟦", "").replace("⟧", "")
    )


@pytest.mark.asyncio
async def test_corpus_every_page_and_query_renders(corpus, built_db):
    for name in list(TABLES) + list(VIEWS):
        await get_html(corpus, f"/parks/{name}")
    for name in QUERIES:
        await get_html(corpus, f"/parks/{name}")
    await get_html(corpus, "/-/charts")
    db = sqlite_utils.Database(built_db)
    for park in db.query("select id from parks where id in (select park_id from metrics)"):
        html = await get_html(corpus, f"/parks/parks/{park['id']}")
        assert 'id="park-timeline-data"' in html


@pytest.mark.asyncio
async def test_corpus_article_pages_highlight_every_metric_park_and_company(corpus, built_db):
    db = sqlite_utils.Database(built_db)
    for article in db.query("select id from articles"):
        html = await get_html(corpus, f"/parks/articles/{article['id']}")
        body = html.split('<div class="article-body"', 1)[1].split("</div>", 1)[0]
        for metric in db.query(
            "select id from metrics where article_id = ? and char_end > char_start", [article["id"]]
        ):
            assert f'id="m{metric["id"]}"' in body
            assert f'href="/parks/metrics/{metric["id"]}"' in body
        for park in db.query(
            "select park_id from article_parks where article_id = ? and mentions > 0",
            [article["id"]],
        ):
            assert f'href="/parks/parks/{park["park_id"]}" class="' in body
        for company in db.query(
            "select company_id from article_companies where article_id = ?", [article["id"]]
        ):
            assert f'href="/parks/companies/{company["company_id"]}" class="' in body


@pytest.mark.asyncio
async def test_corpus_article_pages_mark_every_number_s_subject_and_period(corpus, built_db):
    """On the real corpus, however mentions nest and overlap: the body is whole, and each
    number names the keys of exactly its subject and period mentions."""
    db = sqlite_utils.Database(built_db)
    marked = 0
    for article in db.query("select article_id, body from article_texts"):
        body = BodyPieces(await get_html(corpus, f"/parks/articles/{article['article_id']}"))
        assert "".join(t for t, _ in body.pieces) == article["body"]
        for m in db.query(
            "select * from metrics where article_id = ? and number_end > number_start",
            [article["article_id"]],
        ):
            number = body.number(m["id"])
            for role, start, end in (
                ("subject", m["subject_start"], m["subject_end"]),
                ("period", m["period_char_start"], m["period_char_end"]),
            ):
                if start is None:
                    assert f"data-{role}" not in number
                    continue
                assert number[f"data-{role}"] == f"{start}-{end}"
                assert body.mention(number[f"data-{role}"]) == article["body"][start:end]
                marked += 1
    assert marked > 200
