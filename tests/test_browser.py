"""The site in a real browser: Debian's headless Chromium driven by Playwright, against
`datasette serve` started the way `make serve` starts it. Asserts on what a reader sees and
saves screenshots under tests/artifacts/ (the README's come from here)."""

import shutil
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlite_utils
from serving import free_port, make_serve
from site_fixture import build_site_db

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
DATASETTE = Path(sys.executable).parent / "datasette"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian chromium: apt-get install -y chromium"
    ),
]
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs playwright (pip install -e '.[browser]')"
)

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def serve_command(db: Path, inspect_file: Path, port: int) -> list[str]:
    """The serve command line of `make serve`: immutable, inspected, with deliberate limits."""
    return [
        str(DATASETTE),
        "serve",
        "-i",
        str(db),
        "--inspect-file",
        str(inspect_file),
        "--metadata",
        "metadata.yml",
        "--plugins-dir",
        "plugins",
        "--template-dir",
        "templates",
        "--static",
        "static:static",
        "--setting",
        "sql_time_limit_ms",
        "3000",
        "--setting",
        "max_returned_rows",
        "1000",
        "--setting",
        "facet_time_limit_ms",
        "500",
        "--setting",
        "default_page_size",
        "50",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]


@contextmanager
def serve(db: Path):
    """`datasette serve` on a free loopback port, as `make serve` runs it; yields the base URL."""
    inspect_file = db.with_name("inspect.json")
    subprocess.run(
        [str(DATASETTE), "inspect", str(db), "--inspect-file", str(inspect_file)],
        check=True,
        cwd=ROOT,
    )
    port = free_port()
    server = subprocess.Popen(
        serve_command(db, inspect_file, port),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    output = (
                        server.stdout.read().decode(errors="replace")
                        if server.poll() is not None
                        else ""
                    )
                    pytest.fail(f"datasette did not start: {output}")
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The fixture database (tests/site_fixture.py), served."""
    with serve(build_site_db(tmp_path_factory.mktemp("browser") / "parks.db")) as base:
        yield base


@pytest.fixture(scope="module")
def corpus_site(built_db, tmp_path_factory):
    """The real corpus built by the pipeline, served from a copy (inspect writes next to it)."""
    db = tmp_path_factory.mktemp("browser-corpus") / "parks.db"
    shutil.copy(built_db, db)
    with serve(db) as base:
        yield base


@pytest.fixture(scope="module")
def page(site, tmp_path_factory):
    """A fresh Chromium profile; records every request and any JavaScript dialog."""
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
            locale="zh-CN",
        )
        page = context.new_page()
        page.requests, page.dialogs = [], []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        yield page
        context.close()


def shot(page, name, full_page=True):
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    assert path.stat().st_size > 10_000


def test_home_page_search_then_article(page, site):
    page.goto(site + "/")
    assert "Industrial parks in Chinese news" in page.inner_text("h1")
    assert "Articles 文章" in page.inner_text("body")
    shot(page, "home")
    page.fill("#home-q", "興華半導體")  # traditional script; the index is simplified
    page.press("#home-q", "Enter")
    page.wait_for_load_state()
    assert page.locator("td.col-snippet mark").all_inner_texts() == [
        "兴华半导体",
        "兴华半导体",
        "興華半導體",
    ]
    page.click("td.col-article_id a >> text='1'")
    page.wait_for_selector(".article-body")
    assert page.inner_text("h1") == "厚植创新沃土 做实“高”新“文章"
    assert page.locator(".article-body a.hl-number").all_inner_texts() == [
        "7个",
        "71.3亿元",
        "20亿元",
    ]


def test_search_box_then_article_page(page, site):
    page.goto(site + "/parks/articles")
    page.fill("input[name=_search]", "兴华半导体")
    page.press("input[name=_search]", "Enter")
    page.wait_for_load_state()
    assert "2 rows where search matches" in page.inner_text("body")
    titles = page.inner_text("table.rows-and-columns")
    assert "日照高新區項目建設" in titles  # the traditional article, found by a simplified query
    shot(page, "search")
    page.click("table.rows-and-columns td.col-id a >> text='2'")
    page.wait_for_selector(".article-body")
    body = page.locator(".article-body")
    assert "興華半導體" in body.inner_text()
    assert page.locator(".article-body a.hl-company").first.inner_text() == "興華半導體"
    assert page.locator(".article-body a.hl-number").count() == 2
    assert "計劃總投資15億元" in page.inner_text("#metrics + .table-wrapper")
    shot(page, "article")


def test_search_query_highlights_snippets(page, site):
    page.goto(site + "/parks/search?q=半导体")
    marks = page.locator("td.col-snippet mark").all_inner_texts()
    assert "半导体" in marks and "半導體" in marks
    shot(page, "search-query")


def test_canned_query_hides_its_sql_and_offers_choices(page, site):
    page.goto(site + "/parks/park_metrics")
    assert page.locator("textarea#sql-editor").count() == 0  # hide_sql: results first
    page.wait_for_selector("datalist#choices-measure option", state="attached")
    page.wait_for_selector("datalist#choices-park option", state="attached")
    measures = page.eval_on_selector_all(
        "datalist#choices-measure option", "options => options.map(o => o.value)"
    )
    assert "planned_investment" in measures
    parks = page.eval_on_selector_all(
        "datalist#choices-park option", "options => options.map(o => o.value)"
    )
    assert "日照高新区" in parks
    page.fill("input[name=park]", "日照高新区")
    page.fill("input[name=measure]", "planned_investment")
    page.click("form.sql input[type=submit]")
    page.wait_for_selector("table.rows-and-columns")
    assert "日照高新区" in page.inner_text("table.rows-and-columns")
    shot(page, "canned-query")


def test_article_script_is_shown_not_run(page, site):
    page.goto(site + "/parks/articles/3")
    assert "<script>alert(1)</script>" in page.inner_text(".article-body")
    assert "<b>XSS</b>" in page.inner_text("h1")
    assert page.dialogs == []


def lit(page, name: str) -> str:
    """The text the article body shows with a class evidence.js sets (hl-subject-on …)."""
    return "".join(page.locator(f".article-body .{name}").all_inner_texts())


def test_a_number_lights_its_subject_and_period(page, site):
    """Focusing a number (or tabbing to it, or hovering it) lights the mention its subject was
    attributed to and its period's label, wherever they are, and the caption names both."""
    page.goto(site + "/parks/articles/1")
    page.focus('.article-body [data-metric="3"]')  # 20亿元, in the second paragraph
    assert lit(page, "hl-active") == "20亿元"
    assert lit(page, "hl-subject-on") == "日照高新区"
    assert lit(page, "hl-period-on") == "2022年"
    between = page.evaluate(
        """() => {  // the text from the lit period to the focused number
            const range = document.createRange();
            range.setStartAfter(document.querySelector('.article-body .hl-period-on'));
            range.setEndBefore(document.activeElement);
            return range.toString();
        }"""
    )
    assert "\n" in between  # the period opens an earlier paragraph
    caption = page.inner_text("#evidence-caption")
    assert "subject 主体: 日照高新区 (park; rule sentence)" in caption
    assert "period 时间: 2022年 (2022-01-01 – 2022-12-31; rule article)" in caption
    page.focus('.article-body [data-metric="1"]')
    for _ in range(5):  # the keyboard: Tab past the quote's link to the next number
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.metric") == "2":
            break
    assert lit(page, "hl-active") == "71.3亿元"
    assert lit(page, "hl-subject-on") == "日照高新区" and lit(page, "hl-period-on") == "3月25日"
    page.evaluate("document.activeElement.blur()")
    assert lit(page, "hl-subject-on") == "" and not page.is_visible("#evidence-caption")
    page.goto(site + "/parks/articles/4")
    page.hover('.article-body [data-metric="7"]')  # 45%: no subject, and it says why
    assert lit(page, "hl-active") == "45%" and lit(page, "hl-subject-on") == ""
    assert "no subject 无主体 (rule none)" in page.inner_text("#evidence-caption")
    page.mouse.move(0, 0)
    assert lit(page, "hl-active") == ""


def test_charts_render_offline(page, site):
    page.goto(site + "/-/charts")
    page.wait_for_selector("#investment-chart[data-rendered='1']")
    page.wait_for_selector("#timeline-chart[data-rendered='1']")
    captions = page.locator(".chart-caption").all_inner_texts()
    assert captions[0].startswith("Chart: 1 park(s) over 2 year(s)")
    assert captions[1].startswith("Chart: 4 figure(s) for 1 park(s)")
    shot(page, "charts")
    page.goto(site + "/parks/parks/1")
    page.wait_for_selector("#park-timeline[data-rendered='1']")
    assert "Chart: 4 figure(s) of Planned investment" in page.inner_text(".chart-caption")
    page.select_option("#timeline-measure", label="Projects signed 签约项目 (count, 1)")
    assert "Chart: 1 figure(s) of Projects signed" in page.inner_text(".chart-caption")
    assert "Rizhao High-tech Zone" in page.inner_text("h1")
    shot(page, "park")


def test_real_corpus_tour(page, corpus_site, built_db):
    """The README's screenshots: the five articles of data/raw as built by the pipeline."""
    db = sqlite_utils.Database(built_db)
    containing = [
        r
        for r in db.query(
            "select id, title, body_simplified from articles join article_texts on article_id = id order by id"
        )
        if "园区" in r["body_simplified"]
    ]
    page.goto(corpus_site + "/")
    assert "parks" in page.inner_text("h2")
    shot(page, "corpus-home", full_page=False)
    page.goto(corpus_site + "/parks/articles")
    page.fill("input[name=_search]", "園區")  # traditional query, simplified articles found too
    page.press("input[name=_search]", "Enter")
    page.wait_for_load_state()
    assert f"{len(containing)} row" in page.inner_text("h3")
    page.evaluate(
        "document.querySelector('h3').scrollIntoView()"
    )  # the results, under the column notes
    shot(page, "corpus-search", full_page=False)
    page.goto(corpus_site + "/parks/search?q=半导体")
    assert "半导体" in page.locator("td.col-snippet mark").all_inner_texts()
    shot(page, "corpus-search-query", full_page=False)
    article = db.query(
        "select id, title from articles where title is not null order by metric_count desc"
    ).__next__()
    page.goto(corpus_site + f"/parks/articles/{article['id']}")
    assert page.inner_text("h1") == article["title"]
    numbers = db.execute(
        "select count(*) from metrics where article_id = ? and number_end > number_start",
        [article["id"]],
    ).fetchone()[0]
    assert page.locator(".article-body a.hl-number").count() >= numbers > 0
    shot(page, "corpus-article", full_page=False)
    # a number lighting its subject in an earlier paragraph
    metric = db.query(
        """select metrics.*, body from metrics join article_texts using (article_id)
        where subject_start is not null and period_char_start is not null
          and instr(substr(body, subject_end + 1, number_start - subject_end), char(10)) > 0
        order by metrics.id limit 1"""
    ).__next__()
    page.goto(corpus_site + f"/parks/articles/{metric['article_id']}")
    page.focus(f'.article-body [data-metric="{metric["id"]}"]')
    body = metric["body"]
    assert lit(page, "hl-subject-on") == body[metric["subject_start"] : metric["subject_end"]]
    assert (
        lit(page, "hl-period-on") == body[metric["period_char_start"] : metric["period_char_end"]]
    )
    assert metric["subject"] in page.inner_text("#evidence-caption")
    park = db.query(
        "select park_id, count(*) n from metrics where park_id is not null group by park_id"
        " order by n desc limit 1"
    ).__next__()
    page.goto(corpus_site + f"/parks/parks/{park['park_id']}")
    page.wait_for_selector("#park-timeline[data-rendered='1']")
    assert "Chart:" in page.inner_text(".chart-caption")
    shot(page, "corpus-park", full_page=False)
    page.goto(corpus_site + "/-/charts")
    page.wait_for_selector("#investment-chart[data-rendered='1']")
    assert page.locator(".chart-caption").first.inner_text().startswith("Chart: ")
    shot(page, "corpus-charts", full_page=False)


def test_no_request_leaves_the_site(page, site, corpus_site):
    """Everything (Chart.js included) comes from the site itself: it works offline."""
    assert page.requests, "the other tests made no requests"
    assert [url for url in page.requests if not url.startswith((site, corpus_site))] == []


def test_newcomer_path(page, tmp_path):
    """A researcher's first hour, as a browser walks it on `make serve`: search, an article, a
    canned query with choices, the metrics with readable amounts and quotes, a park, the
    charts, then a new file built while the server runs."""
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "data" / "raw", raw)
    spare = sorted(raw.iterdir())[-1]
    spare.rename(tmp_path / spare.name)
    with make_serve(raw, tmp_path / "parks.db") as base:
        page.goto(base + "/")
        page.fill("#home-q", "兴华半导体")
        page.press("#home-q", "Enter")
        page.wait_for_selector("td.col-snippet mark")
        shot(page, "newcomer-search", full_page=False)
        page.click("table.rows-and-columns td.col-article_id a >> nth=0")
        page.wait_for_selector(".article-body a.hl-number")
        assert page.locator(".article-body a.hl-company").count() > 0
        # the number whose subject and period are nearest, focused: what the evidence looks like
        article_id = int(page.url.rstrip("/").split("/")[-1])
        nearest = """select id from metrics where article_id = ?
            and subject_start is not null and period_char_start is not null
            order by abs(number_start - subject_start) + abs(number_start - period_char_start)"""
        db = sqlite_utils.Database(tmp_path / "parks.db")
        number = db.execute(nearest, [article_id]).fetchone()[0]
        selector = f'.article-body [data-metric="{number}"]'
        page.eval_on_selector(selector, "e => e.scrollIntoView({block: 'center'})")
        page.focus(selector)
        assert lit(page, "hl-subject-on") and lit(page, "hl-period-on")
        shot(page, "newcomer-article", full_page=False)

        page.goto(base + "/parks/park_metrics")
        page.wait_for_selector("datalist#choices-park option", state="attached")
        page.fill("input[name=park]", "日照高新区")
        page.fill("input[name=measure]", "planned_investment")
        page.click("form.sql input[type=submit]")
        page.wait_for_selector("table.rows-and-columns td.col-normalized_value .amount")
        assert "亿" in page.inner_text("table.rows-and-columns")

        page.goto(base + "/parks/metrics_detail?_sort_desc=normalized_value&normalized_unit=CNY")
        amount = page.inner_text("td.col-normalized_value >> nth=0")
        assert "," in amount and "亿" in amount  # 12,906,000,000 · 129.06亿, not 12906000000.0
        quote_width = page.eval_on_selector(
            "td.col-quote", "td => td.getBoundingClientRect().width"
        )
        assert quote_width > 200  # readable, not one character wide
        page.evaluate("document.querySelector('table.rows-and-columns').scrollIntoView()")
        shot(page, "newcomer-metrics", full_page=False)

        page.goto(base + "/parks/parks/1")
        page.wait_for_selector("#park-timeline[data-rendered='1']")
        shot(page, "newcomer-park", full_page=False)
        page.goto(base + "/-/charts")
        page.wait_for_selector("#investment-chart[data-rendered='1']")
        shot(page, "newcomer-charts", full_page=False)

        shutil.copy(tmp_path / spare.name, raw / spare.name)
        subprocess.run(
            ["make", "-s", "build", f"INPUT={raw}", f"DB={tmp_path / 'parks.db'}"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        listing = base + f"/parks/articles?path={spare.name}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the server restarts itself (--reload) meanwhile
            try:
                page.goto(listing)
                if page.locator("table.rows-and-columns td.col-title").count():
                    break
            except sync_api.Error:
                pass  # refused while it restarts
            time.sleep(1)
        assert page.locator("table.rows-and-columns td.col-title").count() == 1
