"""A small database with known rows for the Datasette tests, independent of extraction quality.

Four articles: a simplified one, a traditional one (simplified searches must find
it), an XSS one whose body holds a <script>, and a decoy containing 公园。区域
but not 园区 (a phrase must not match across punctuation); plus one duplicate file.
"""

from pathlib import Path

import opencc
import sqlite_utils
import yaml

from etl.load.schema import ensure_db_shape
from etl.load.search import index_articles

ROOT = Path(__file__).resolve().parent.parent

_T2S = opencc.OpenCC("t2s")

SIMPLIFIED_BODY = (
    "2022年，全面起势的日照高新区，聚力项目引进。\n"
    "项目是园区生命线。3月25日，日照高新区成功签约7个项目、计划总投资71.3亿元，"
    "其中山东兴华半导体有限公司投资的半导体封装项目总投资20亿元。\n"
    "兴华半导体将建设芯片生产线。"
)
TRADITIONAL_BODY = (
    "日照高新區園區內項目建設依然熱度不減。\n"
    "該區總投資43億元的12個項目集中開工，興華半導體二期項目計劃總投資15億元。\n"
    "中興汽車首台整車下線。"
)
XSS_BODY = (
    "日照经开区通报：<script>alert(1)</script> 园区新签约项目5个。\n<img src=x onerror=alert(2)>"
)
DECOY_BODY = "青岛科技创新园旁边的公园。区域内绿化率提高到45%。"

SOURCES = [
    {"id": 1, "name": "日照日报", "domain": "rzrb.com"},
    {"id": 2, "name": "日照报业", "domain": None},
    {"id": 3, "name": "网易", "domain": "163.com"},
]
MEASURES = [
    {
        "code": "planned_investment",
        "label_zh": "计划投资",
        "label_en": "Planned investment",
        "description": "A project's 计划(总)投资 or 总投资",
    },
    {
        "code": "signed_projects",
        "label_zh": "签约项目",
        "label_en": "Projects signed",
        "description": "Number of projects signed",
    },
    {
        "code": "growth_rate",
        "label_zh": "增长率",
        "label_en": "Growth rate",
        "description": "同比增长",
    },
    {"code": "other", "label_zh": "其他", "label_en": "Other", "description": "Anything else"},
]
PARKS = [
    {
        "id": 1,
        "name": "日照高新区",
        "official_name": "日照高新技术产业开发区",
        "kind": "high_tech_zone",
        "level": "national",
        "province": "山东",
        "city": "日照",
        "district": None,
        "name_en": "Rizhao High-tech Zone",
        "curated": 1,
    },
    {
        "id": 2,
        "name": "日照经开区",
        "official_name": "日照经济技术开发区",
        "kind": "etdz",
        "level": "national",
        "province": "山东",
        "city": "日照",
        "district": None,
        "name_en": "Rizhao ETDZ",
        "curated": 1,
        "catalogue_code": "G371156",
        "catalogue_level": "national",
        "approved": "2010.04",
        "area_ha": 850.0,
        "industries": "汽车及零部件、粮油食品、包装",
    },
    {
        "id": 3,
        "name": "青岛科技创新园",
        "official_name": None,
        "kind": "science_park",
        "level": None,
        "province": "山东",
        "city": "青岛",
        "district": "即墨区",
        "name_en": "Qingdao Sci-Tech Innovation Park",
        "curated": 1,
    },
]
PARK_ALIASES = [
    {"park_id": 1, "alias": "日照高新区"},
    {"park_id": 1, "alias": "日照高新區"},
    {"park_id": 1, "alias": "日照高新技术产业开发区"},
    {"park_id": 2, "alias": "日照经开区"},
    {"park_id": 3, "alias": "青岛科技创新园"},
]
COMPANIES = [
    {"id": 1, "name": "兴华半导体", "full_name": "山东兴华半导体有限公司"},
    {"id": 2, "name": "中兴汽车", "full_name": None},
]
COMPANY_ALIASES = [
    {"company_id": 1, "alias": "山东兴华半导体有限公司", "rule": "full_name"},
    {"company_id": 1, "alias": "兴华半导体", "rule": "short"},
    {"company_id": 1, "alias": "興華半導體", "rule": "short"},
    {"company_id": 2, "alias": "中興汽車", "rule": "short"},
]


def _metric(
    id_,
    article_id,
    body,
    quote,
    number_text,
    measure,
    value,
    unit,
    normalized_value,
    normalized_unit,
    park_id=None,
    company_id=None,
    period_start=None,
    period_label=None,
    period_rule=None,
    period_span=(None, None),
    subject=None,
    subject_rule=None,
    subject_span=(None, None),
):
    char_start = body.index(quote)
    number_start = body.index(number_text, char_start)
    return {
        "id": id_,
        "article_id": article_id,
        "park_id": park_id,
        "company_id": company_id,
        "measure": measure,
        "value": value,
        "unit": unit,
        "normalized_value": normalized_value,
        "normalized_unit": normalized_unit,
        "qualifier": None,
        "number_text": number_text,
        "period_label": period_label,
        "period_start": period_start,
        "period_end": period_start[:4] + "-12-31" if period_start else None,
        "period_rule": period_rule,
        "period_char_start": period_span[0],
        "period_char_end": period_span[1],
        "subject": subject,
        "subject_kind": "park" if park_id else ("company" if company_id else None),
        "subject_rule": subject_rule,
        "subject_start": subject_span[0],
        "subject_end": subject_span[1],
        "quote": quote,
        "char_start": char_start,
        "char_end": char_start + len(quote),
        "number_start": number_start,
        "number_end": number_start + len(number_text),
        "rule": "fixture",
    }


def _span(body, surface, context=None):
    """(start, end) of surface in body, inside the first occurrence of context if one is given."""
    start = body.index(context or surface) + (context or surface).index(surface)
    return start, start + len(surface)


def _mention(article_id, key, id_, body, surface, **extra):
    start = body.index(surface)
    return {
        "article_id": article_id,
        key: id_,
        "mentions": body.count(surface),
        "surfaces": [surface],
        "first_char_start": start,
        "first_char_end": start + len(surface),
        **extra,
    }


TEXT_COLUMNS = ("body", "body_simplified", "paragraphs", "fingerprint")


def _article(id_, path, title, body, script, source_id, published, url, main_park_id):
    simplified = _T2S.convert(body)
    assert len(simplified) == len(body)
    return {
        "id": id_,
        "path": path,
        "url": url,
        "title": title,
        "published": published,
        "published_precision": "day" if published else None,
        "date_source": "front_matter",
        "source_id": source_id,
        "byline": "记者 王小宁",
        "script": script,
        "main_park_id": main_park_id,
        "body": body,
        "body_simplified": simplified,
        "paragraphs": [],
        "fingerprint": None,
        "content_hash": f"hash{id_}",
        "encoding": "utf-8",
        "format": "text",
        "size_bytes": len(body.encode()),
        "removed": {},
        "removed_total": 0,
        "warnings": [],
        "metric_count": 0,
        "extractor_version": "fixture",
    }


def make_datasette(db_path):
    """The site as `make serve` configures it, in process, on `db_path`."""
    from datasette.app import Datasette

    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    return Datasette(
        [str(db_path)],
        metadata=metadata,
        plugins_dir=str(ROOT / "plugins"),
        template_dir=str(ROOT / "templates"),
        static_mounts=[("static", str(ROOT / "static"))],
        immutables=[],
        settings={"sql_time_limit_ms": 3000, "max_returned_rows": 1000},
    )


def build_site_db(path: Path) -> Path:
    """Write the fixture database at `path` (replacing it) and return the path."""
    path = Path(path)
    if path.exists():
        path.unlink()
    db = sqlite_utils.Database(path)
    ensure_db_shape(db)
    db["sources"].insert_all(SOURCES)
    db["measures"].insert_all(MEASURES)
    db["parks"].insert_all(PARKS)
    db["park_aliases"].insert_all(PARK_ALIASES)
    db["companies"].insert_all(COMPANIES)
    db["company_aliases"].insert_all(COMPANY_ALIASES)
    articles = [
        _article(
            1,
            "000_rizhao.txt",
            "厚植创新沃土 做实“高”新“文章",
            SIMPLIFIED_BODY,
            "simplified",
            1,
            "2022-02-18",
            "http://example.com/rizhao/1.html",
            1,
        ),
        _article(
            2,
            "001_traditional.txt",
            "日照高新區項目建設",
            TRADITIONAL_BODY,
            "traditional",
            2,
            "2020-04-15",
            "https://twgreatdaily.com/zh-tw/x.html",
            1,
        ),
        _article(
            3,
            "002_xss.txt",
            "<b>XSS</b> 日照经开区<script>alert(3)</script>",
            XSS_BODY,
            "simplified",
            3,
            "2022-05-29",
            "javascript:alert(4)",
            2,
        ),
        _article(
            4, "003_decoy.txt", "青岛科技创新园绿化", DECOY_BODY, "simplified", 3, None, None, 3
        ),
    ]
    db["articles"].insert_all(
        [{k: v for k, v in a.items() if k not in TEXT_COLUMNS} for a in articles]
    )
    db["article_texts"].insert_all(
        [{"article_id": a["id"], **{k: a[k] for k in TEXT_COLUMNS}} for a in articles]
    )
    db["duplicates"].insert(
        {
            "path": "000_rizhao_copy.txt",
            "article_id": 1,
            "kind": "exact",
            "similarity": 1.0,
            "title": "厚植创新沃土 做实“高”新“文章",
            "script": "simplified",
            "url": "http://mirror.example.com/1",
            "content_hash": "hash-copy",
            "encoding": "utf-8",
        }
    )
    metrics = [
        _metric(
            1,
            1,
            SIMPLIFIED_BODY,
            "成功签约7个项目",
            "7个",
            "signed_projects",
            7,
            "个",
            7,
            "count",
            park_id=1,
            period_start="2022-03-25",
            period_label="3月25日",
            period_rule="sentence",
            period_span=_span(SIMPLIFIED_BODY, "3月25日"),
            subject="日照高新区",
            subject_rule="clause",
            subject_span=_span(SIMPLIFIED_BODY, "日照高新区", "日照高新区成功"),
        ),
        _metric(
            2,
            1,
            SIMPLIFIED_BODY,
            "计划总投资71.3亿元",
            "71.3亿元",
            "planned_investment",
            71.3,
            "亿元",
            7130000000,
            "CNY",
            park_id=1,
            period_start="2022-03-25",
            period_label="3月25日",
            period_rule="sentence",
            period_span=_span(SIMPLIFIED_BODY, "3月25日"),
            subject="日照高新区",
            subject_rule="clause",
            subject_span=_span(SIMPLIFIED_BODY, "日照高新区", "日照高新区成功"),
        ),
        _metric(
            3,
            1,
            SIMPLIFIED_BODY,
            "半导体封装项目总投资20亿元",
            "20亿元",
            "planned_investment",
            20,
            "亿元",
            2000000000,
            "CNY",
            company_id=1,
            park_id=1,
            period_start="2022-01-01",
            # the year the first paragraph opens with: a period from an earlier paragraph
            period_label="2022年",
            period_rule="article",
            period_span=_span(SIMPLIFIED_BODY, "2022年"),
            subject="日照高新区",
            subject_rule="sentence",
            subject_span=_span(SIMPLIFIED_BODY, "日照高新区", "日照高新区成功"),
        ),
        _metric(
            4,
            2,
            TRADITIONAL_BODY,
            "總投資43億元",
            "43億元",
            "planned_investment",
            43,
            "亿元",
            4300000000,
            "CNY",
            park_id=1,
            period_start="2020-01-01",
            period_label="今年",  # a label the text does not hold: no offsets
            period_rule="article",
            subject="日照高新区",
            subject_rule="clause",
            subject_span=_span(TRADITIONAL_BODY, "該區"),
        ),
        _metric(
            5,
            2,
            TRADITIONAL_BODY,
            "計劃總投資15億元",
            "15億元",
            "planned_investment",
            15,
            "亿元",
            1500000000,
            "CNY",
            park_id=1,
            company_id=1,
            period_start="2020-01-01",
            subject="日照高新区",
            subject_rule="article",
            subject_span=_span(TRADITIONAL_BODY, "日照高新區"),
        ),
        _metric(
            6,
            3,
            XSS_BODY,
            "园区新签约项目5个",
            "5个",
            "signed_projects",
            5,
            "个",
            5,
            "count",
            park_id=2,
            period_start="2022-01-01",
            subject="日照经开区",
            subject_rule="sentence",
            subject_span=_span(XSS_BODY, "日照经开区"),
        ),
        # no subject: 区域 is not the park
        _metric(
            7,
            4,
            DECOY_BODY,
            "绿化率提高到45%",
            "45%",
            "other",
            45,
            "%",
            45,
            "percent",
            subject_rule="none",
        ),
    ]
    db["metrics"].insert_all(metrics)
    for article_id in (1, 2, 3, 4):
        db.execute(
            "update articles set metric_count = (select count(*) from metrics where article_id = ?)"
            " where id = ?",
            [article_id, article_id],
        )
    db["article_parks"].insert_all(
        [
            _mention(1, "park_id", 1, SIMPLIFIED_BODY, "日照高新区", is_main=1),
            _mention(2, "park_id", 1, TRADITIONAL_BODY, "日照高新區", is_main=1),
            _mention(3, "park_id", 2, XSS_BODY, "日照经开区", is_main=1),
            _mention(4, "park_id", 3, DECOY_BODY, "青岛科技创新园", is_main=1),
        ]
    )
    db["article_companies"].insert_all(
        [
            _mention(1, "company_id", 1, SIMPLIFIED_BODY, "山东兴华半导体有限公司"),
            _mention(2, "company_id", 1, TRADITIONAL_BODY, "興華半導體"),
            _mention(2, "company_id", 2, TRADITIONAL_BODY, "中興汽車"),
        ]
    )
    db["company_parks"].insert_all(
        [
            {
                "id": 1,
                "company_id": 1,
                "park_id": 1,
                "article_id": 1,
                "quote": "山东兴华半导体有限公司投资的半导体封装项目",
                "char_start": SIMPLIFIED_BODY.index("山东兴华"),
                "char_end": SIMPLIFIED_BODY.index("山东兴华") + 20,
            },
            {
                "id": 2,
                "company_id": 2,
                "park_id": 1,
                "article_id": 2,
                "quote": "中興汽車",
                "char_start": TRADITIONAL_BODY.index("中興汽車"),
                "char_end": TRADITIONAL_BODY.index("中興汽車") + 4,
            },
        ]
    )
    index_articles(db)
    ensure_db_shape(db)
    db.close()
    return path


if __name__ == "__main__":
    import sys

    print(build_site_db(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/site.db")))
