"""Schema and loader on an in-memory database: exact tables, foreign keys and rows."""

import pickle

import sqlite_utils

from etl.load.schema import TABLES, VIEWS, ensure_db_shape
from etl.load.writer import Loader, article_record
from etl.model import (
    CleanDocument,
    CompanyMention,
    CompanyParkLink,
    Facts,
    Metric,
    Paragraph,
    ParkMention,
    Place,
)

BODY = "日照高新区签约7个项目、计划总投资71.3亿元。山东兴华半导体落户高新区。"


def make_doc(path="a.txt", body=BODY):
    return CleanDocument(
        path=path,
        content_hash="h-" + path,
        size=100,
        encoding="utf-8",
        format="text",
        title="标题",
        published="2022-05-29",
        published_precision="day",
        date_source="front_matter",
        source_name="日照日报",
        byline="记者 王小宁",
        url="http://example.com/a",
        script="simplified",
        body=body,
        body_simplified=body,
        paragraphs=[Paragraph(0, len(body))],
        removed={"pinyin_glosses": 2, "sidebars": 1},
    )


def make_facts():
    start = BODY.index("71.3亿元")
    return Facts(
        parks=[
            ParkMention("日照高新区", "日照高新区", 0, 5, kind="high_tech_zone", curated=True),
            ParkMention("日照高新区", "高新区", BODY.rindex("高新区"), BODY.rindex("高新区") + 3),
            ParkMention("高新智慧谷", "高新智慧谷", 0, 0, is_sub_park=True, parent="日照高新区"),
        ],
        main_park="日照高新区",
        companies=[
            CompanyMention(
                "兴华半导体",
                "山东兴华半导体",
                BODY.index("山东"),
                BODY.index("山东") + 7,
                rule="list",
            )
        ],
        metrics=[
            Metric(
                measure="planned_investment",
                value=71.3,
                unit="亿元",
                normalized_value=7130000000,
                normalized_unit="CNY",
                number_text="71.3亿元",
                quote="计划总投资71.3亿元",
                char_start=start - 5,
                char_end=start + 6,
                subject="日照高新区",
                subject_kind="park",
                number_start=start,
                number_end=start + 6,
            ),
        ],
        company_parks=[
            CompanyParkLink(
                "兴华半导体",
                "日照高新区",
                "山东兴华半导体落户高新区。",
                BODY.index("山东"),
                len(BODY),
            )
        ],
        place=Place("mainland", "山东", "日照", "park"),
    )


def test_ensure_db_shape_creates_exact_tables_and_is_idempotent():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    first = db.execute("select type, name, sql from sqlite_master order by name").fetchall()
    ensure_db_shape(db)
    assert db.execute("select type, name, sql from sqlite_master order by name").fetchall() == first
    assert set(db.table_names()) == set(TABLES)
    assert set(db.view_names()) == set(VIEWS)


def test_foreign_keys_declared():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    metrics_fks = {
        (fk.column, fk.other_table, fk.other_column) for fk in db["metrics"].foreign_keys
    }
    assert metrics_fks == {
        ("article_id", "articles", "id"),
        ("park_id", "parks", "id"),
        ("company_id", "companies", "id"),
        ("measure", "measures", "code"),
    }
    assert {(fk.column, fk.other_table) for fk in db["articles"].foreign_keys} == {
        ("source_id", "sources"),
        ("main_park_id", "parks"),
    }


def test_save_article_writes_linked_rows():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    loader = Loader(db)
    loader.save_measures(
        [
            {
                "code": "planned_investment",
                "label_zh": "计划投资",
                "label_en": "Planned investment",
                "description": "x",
            }
        ]
    )
    article_id = loader.save_article(make_doc(), make_facts(), "test")
    loader.flush()
    article = db["articles"].get(article_id)
    assert article["title"] == "标题"
    assert article["removed_total"] == 3
    assert db["sources"].get(article["source_id"])["name"] == "日照日报"
    assert [article[f"place_{level}"] for level in ("region", "province", "city", "rule")] == [
        "mainland",
        "山东",
        "日照",
        "park",
    ]
    park = db["parks"].get(article["main_park_id"])
    assert park["name"] == "日照高新区" and park["curated"] == 0
    assert {r["alias"] for r in db["park_aliases"].rows} == {"日照高新区", "高新区"}
    assert [(r["is_main"], r["mentions"]) for r in db["article_parks"].rows] == [(1, 2)]
    assert [r["name"] for r in db["sub_parks"].rows] == ["高新智慧谷"]
    metric = next(db["metrics"].rows)
    assert metric["normalized_value"] == 7130000000 and metric["park_id"] == park["id"]
    body = db["article_texts"].get(article_id)["body"]
    assert body[metric["char_start"] : metric["char_end"]] == metric["quote"]
    company = next(db["companies"].rows)
    assert company["name"] == "兴华半导体"
    assert [r["alias"] for r in db["company_aliases"].rows] == ["山东兴华半导体"]
    assert next(db["company_parks"].rows)["park_id"] == park["id"]
    detail = next(db["metrics_detail"].rows)
    assert (detail["park"], detail["source"], detail["measure_label"]) == (
        "日照高新区",
        "日照日报",
        "Planned investment",
    )


def test_forget_path_removes_every_row_of_a_file():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    loader = Loader(db)
    loader.save_measures(
        [{"code": "planned_investment", "label_zh": "", "label_en": "", "description": ""}]
    )
    loader.save_article(make_doc("a.txt"), make_facts(), "test")
    loader.save_article(make_doc("b.txt"), make_facts(), "test")
    loader.forget_path("a.txt")
    assert [r["path"] for r in db["articles"].rows] == ["b.txt"]
    assert db["metrics"].count == 1
    assert [r["path"] for r in db["files"].rows] == ["b.txt"]
    loader.forget_path("b.txt")
    loader.prune_orphans()
    assert db["companies"].count == 0 and db["parks"].count == 0 and db["sources"].count == 0


def test_errors_and_duplicates_account_for_files():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    loader = Loader(db)
    loader.save_measures(
        [{"code": "planned_investment", "label_zh": "", "label_en": "", "description": ""}]
    )
    article_id = loader.save_article(make_doc("a.txt"), make_facts(), "test")
    duplicate = article_record(make_doc("b.txt"), Facts(), "test").article
    loader.save_duplicate(duplicate, article_id, "near", 0.93, "test")
    loader.save_error("c.bin", "read", "BinaryFile", "looks binary", "h", 10, "test")
    loader.flush()
    assert {(r["path"], r["status"]) for r in db["files"].rows} == {
        ("a.txt", "article"),
        ("b.txt", "duplicate"),
        ("c.bin", "error"),
    }
    assert next(db["duplicates"].rows)["article_id"] == article_id
    assert next(db["ingest_errors"].rows)["message"] == "looks binary"


def test_merge_companies_folds_rows_and_remembers_the_merge():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    loader = Loader(db)
    loader.save_measures(
        [{"code": "planned_investment", "label_zh": "", "label_en": "", "description": ""}]
    )
    long_form = make_facts()
    long_form.companies = [
        CompanyMention("海声尼克微电子", "海声尼克微电子", 0, 7, rule="list_member")
    ]
    long_form.company_parks = [CompanyParkLink("海声尼克微电子", "日照高新区", "q", 0, 1)]
    short_form = make_facts()
    short_form.companies = [
        CompanyMention(
            "海声尼克", "海声尼克", 0, 4, full_name="海声尼克有限公司", rule="list_member"
        )
    ]
    short_form.company_parks = []
    loader.save_article(make_doc("a.txt"), long_form, "test")
    loader.save_article(make_doc("b.txt"), short_form, "test")
    loader.merge_companies({"海声尼克微电子": "海声尼克", "海声尼克": "海声尼克"})
    assert [(r["name"], r["full_name"]) for r in db["companies"].rows] == [
        ("海声尼克", "海声尼克有限公司")
    ]
    company_id = next(db["companies"].rows)["id"]
    assert {r["company_id"] for r in db["article_companies"].rows} == {company_id}
    assert {r["company_id"] for r in db["company_parks"].rows} == {company_id}
    assert {(r["alias"], r["rule"]) for r in db["company_aliases"].rows} == {
        ("海声尼克微电子", "list_member+corpus_merge"),
        ("海声尼克", "list_member"),
    }
    # A later build meeting the long form again resolves it to the merged company.
    assert Loader(db).company_id("海声尼克微电子") == company_id


def test_article_record_is_plain_values_and_loads_like_the_facts():
    """A worker sends the record to the writer: nothing inside it may need a project class to
    unpickle (dataclasses cost the writer three times as much), and it must load the same rows."""
    record = article_record(make_doc(), make_facts(), "test")
    assert pickle.dumps(record).count(b"etl.") == 1  # etl.load.ArticleRecord itself, a tuple
    assert record.texts[1] is record.texts[0]  # equal texts travel once
    assert record.park_names == (("日照高新区", None),)  # main park first, as ids are handed out
    assert record.article_parks == (("日照高新区", 1, 2, '["日照高新区", "高新区"]', 0, 5),)
    assert [m[:4] for m in record.metrics] == [
        ("日照高新区", "park", "日照高新区", "planned_investment")
    ]

    by_facts, by_record = (sqlite_utils.Database(memory=True) for _ in range(2))
    for db in (by_facts, by_record):
        ensure_db_shape(db)
    Loader(by_facts).save_article(make_doc(), make_facts(), "test")
    Loader(by_record).save_record(pickle.loads(pickle.dumps(record)))
    for loader_db in (by_facts, by_record):
        Loader(loader_db).flush()
    for table in (
        "articles",
        "article_texts",
        "article_parks",
        "park_aliases",
        "sub_parks",
        "companies",
        "company_aliases",
        "article_companies",
        "company_parks",
        "metrics",
    ):
        assert list(by_facts[table].rows) == list(by_record[table].rows), table


def test_the_parks_table_is_the_national_catalogue_and_the_curated_gazetteer(built_db):
    db = sqlite_utils.Database(built_db)
    coded = db.execute("select count(distinct catalogue_code) from parks").fetchone()[0]
    assert coded >= 2500  # every zone of data/zones_2018.csv, mentioned or not
    rizhao = next(db["parks"].rows_where("name = ?", ["日照经开区"]))
    assert (rizhao["curated"], rizhao["catalogue_code"], rizhao["approved"]) == (
        1,
        "G371156",
        "2010.04",
    )
    zhumadian = next(db["parks"].rows_where("name = ?", ["驻马店经济开发区"]))
    assert (zhumadian["curated"], zhumadian["level"], zhumadian["province"]) == (
        0,
        "provincial",
        "河南",
    )
    assert zhumadian["area_ha"] > 0 and zhumadian["industries"]
    # … and the zones of the later lists, mentioned or not, each saying which list
    changsha = next(db["parks"].rows_where("name = ?", ["长沙自贸片区"]))
    assert (changsha["kind"], changsha["city"]) == ("ftz_area", "长沙")
    assert "自由贸易试验区片区" in changsha["listed_in"]
    later = db.execute(
        "select count(*) from parks where catalogue_code is null and curated = 0"
        " and listed_in is not null"
    ).fetchone()[0]
    assert later >= 75  # (Taiwan's 楠梓, 前鎮 … 科技產業園區 are curated parks' names since 2021)


def test_saving_the_gazetteer_again_changes_only_what_changed():
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    parks = [
        {"name": "日照高新区", "kind": "high_tech_zone", "province": "山东", "curated": True,
         "aliases": ["日照高新技术产业开发区"]},
        {"name": "苏州工业园区", "kind": "industrial_park", "province": "江苏", "curated": True},
    ]  # fmt: skip
    Loader(db).save_park_gazetteer(parks)
    first = {r["name"]: r for r in db["parks"].rows}
    assert first["日照高新区"]["level"] is None

    parks[0] = {
        **parks[0],
        "level": "national",
        "aliases": ["日照高新技术产业开发区", "日照高新区"],
    }
    parks[1] = {**parks[1], "aliases": ["园区"]}
    Loader(db).save_park_gazetteer(parks)
    second = {r["name"]: r for r in db["parks"].rows}
    assert second["日照高新区"] == {**first["日照高新区"], "level": "national"}
    assert second["苏州工业园区"] == first["苏州工业园区"]
    aliases = {(r["park_id"], r["alias"]) for r in db["park_aliases"].rows}
    assert (first["苏州工业园区"]["id"], "园区") in aliases
    assert (first["日照高新区"]["id"], "日照高新技术产业开发区") in aliases
