"""The cleaner: metadata as the gold gives it, junk removed and counted, offsets kept."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.clean import clean_document
from etl.clean.blocks import paragraph_blocks, parse_html
from etl.clean.dates import date_from_url, parse_date
from etl.clean.metadata import byline_of, metadata_line
from etl.clean.provenance import channel_in_breadcrumb, outlet_in_byline
from etl.clean.titles import title_tag_headline
from etl.model import IngestError
from etl.read import iter_input_files, read_bytes, read_document
from etl.script import converter

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
GOLD = Path(__file__).resolve().parent / "gold"
REAL_FILES = sorted(RAW.glob("*.txt"))


def clean(text: str, name: str = "a.txt"):
    return clean_document(read_bytes(text.encode("utf-8"), name))


def texts_of(doc, kind=None):
    return [doc.body[p.start : p.end] for p in doc.paragraphs if kind is None or p.kind == kind]


@pytest.fixture(scope="module")
def real_docs():
    return {path.stem: clean_document(read_document(path, RAW)) for path in REAL_FILES}


@pytest.mark.parametrize("stem", [p.stem for p in REAL_FILES])
@pytest.mark.parametrize(
    "field, attribute",
    [
        ("title", "title"),
        ("published", "published"),
        ("source", "source_name"),
        ("byline", "byline"),
        ("url", "url"),
        ("script", "script"),
    ],
)
def test_real_articles_metadata_matches_gold(real_docs, stem, field, attribute):
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    if field in ("title", "published", "url"):
        # Null in gold means the file does not state it: we must not invent it.
        assert getattr(real_docs[stem], attribute) == gold[field]
    elif gold[field] is not None:
        assert getattr(real_docs[stem], attribute) == gold[field]


def test_real_articles_offsets_and_simplified_text(real_docs):
    for doc in real_docs.values():
        assert len(doc.body) == len(doc.body_simplified)
        assert "\n".join(texts_of(doc)) == doc.body
        assert all(p.kind in {"body", "heading", "caption", "commentary"} for p in doc.paragraphs)
        assert "\n\n" not in doc.body


def test_real_article_dates_say_where_they_come_from(real_docs):
    assert (
        real_docs["000_ac0eb8fe6a94c1bb"].published_precision,
        real_docs["000_ac0eb8fe6a94c1bb"].date_source,
    ) == ("day", "front_matter")
    # 002's only dates belong to the NetEase sidebar, which is cut.
    assert real_docs["002_371789308e39c53a"].date_source is None


def test_netease_dump_keeps_article_and_commentary_and_drops_sidebar(real_docs):
    doc = real_docs["002_371789308e39c53a"]
    commentary = texts_of(doc, "commentary")
    assert commentary[:3] == ["短评", "项目为王 创新为要", "杨家德"]
    assert commentary[-1].endswith("实现了产业项目招引、建设新突破。")
    assert "苏有朋" not in doc.body and "进入关怀版" not in doc.body and "分享至" not in doc.body
    assert "网易首页" not in doc.body
    assert doc.removed["sidebar_lines"] > 100
    assert doc.removed["page_chrome"] == 3  # breadcrumb, share counter, 分享至


def test_malformed_strong_markup_gives_clean_headings(real_docs):
    doc = real_docs["000_ac0eb8fe6a94c1bb"]
    assert texts_of(doc, "heading") == [
        "厚植创新沃土 做实“高”新“文章",
        "“高”“新”项目扎堆来",
        "金融活水润企业",
        "科创平台平地起",
        "暖心服务有温度",
    ]
    assert any(t.startswith("2月7日，新年上班第一天") for t in texts_of(doc, "body"))
    assert texts_of(doc, "caption") == ["(本版图片为资料图片，由惠鹏飞、陈洪月、孙墉、朱凯元提供)"]
    assert "返回" not in doc.body and "http" not in doc.body
    assert "全媒体记者" not in doc.body  # the byline paragraph is metadata


def test_plain_dump_headline_deck_captions_and_broken_line(real_docs):
    doc = real_docs["004_40ea9c3b8f9a3083"]
    assert texts_of(doc)[:2] == [
        "聚焦“四新经济” 持续推动创新发展",
        "青岛科技创新园坚持创新发展、转型升级的理念 打造“高精尖”项目吸附平台",
    ]
    assert texts_of(doc, "caption") == [
        "企业引入数字技改。",
        "项目建设现场。",
        "青岛科创园管委办公楼。",
    ]
    assert "在上、中、下游都具有产业的关联性" in doc.body
    assert doc.removed == {"broken_lines": 1}


def test_traditional_article_is_converted_with_same_offsets(real_docs):
    doc = real_docs["001_1ea548b62d4efa2a"]
    assert doc.script == "traditional"
    at = doc.body.index("東華軟體")
    assert doc.body_simplified[at : at + 4] == "东华软件"
    assert doc.body.startswith("3月25日,通過現場和連線")  # no headline: the lead stays body
    assert doc.title is None


# Junk inside lines ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected, key, n",
    [
        ("日照魏(wèi)牌(pái)汽车公司正式成立。", "日照魏牌汽车公司正式成立。", "pinyin_glosses", 2),
        ("建成28.9萬(wàn)平方米的標準廠房。", "建成28.9萬平方米的標準廠房。", "pinyin_glosses", 1),
        ("推動經(jīng)濟(jì)高質量發展。", "推動經濟高質量發展。", "pinyin_glosses", 2),
        (
            "发展經（jing1）济和人工智能(AI)产业。",
            "发展經济和人工智能(AI)产业。",
            "pinyin_glosses",
            1,
        ),
        ("长城汽车[7.73 1.71%]在园区投资。", "长城汽车在园区投资。", "stock_tickers", 1),
        (
            "长城汽车[-7.73 -1.71%]与比亚迪[股吧][行情]合作。",
            "长城汽车与比亚迪合作。",
            "stock_tickers",
            3,
        ),
        ("实现工业总产值— 95 —118.9亿元。", "实现工业总产值118.9亿元。", "page_numbers", 1),
        ("今年1—3月份新签约项目28个。", "今年1—3月份新签约项目28个。", None, 0),
        ("日照高\u200b新区\u200d加快发展。", "日照高新区加快发展。", "zero_width", 2),
    ],
)
def test_inline_junk_is_removed_and_counted(line, expected, key, n):
    doc = clean(f"标题行在这里\n\n{line}\n\n第二段正文，内容足够长，保证文章可以通过最小长度检查。")
    assert texts_of(doc)[1] == expected
    if key:
        assert doc.removed[key] == n
    else:
        assert doc.removed == {}


def test_spaced_out_characters_are_joined():
    doc = clean(
        "标题\n\n日 照 高 新 区 管 委 会 召 开 会 议\n\n第二段正文，内容足够长，保证文章可以通过最小长度检查。"
    )
    assert texts_of(doc)[1] == "日照高新区管委会召开会议"
    assert doc.removed["spaced_out_lines"] == 1


@pytest.mark.parametrize(
    "line, key",
    [
        ("首页 > 新闻中心 > 园区动态", "page_chrome"),
        ("当前位置：首页 > 正文", "page_chrome"),
        ("阅读：1234", "page_chrome"),
        ("2.3万阅读", "page_chrome"),
        ("责任编辑：张三", "page_chrome"),
        ("分享到：微信 微博", "page_chrome"),
        ("返回日照日报新闻｜返回首页", "page_chrome"),
        ("四、优惠政策 …………………………………… 6", "page_chrome"),
        ("本文来自网易号，转载请注明出处", "noise_lines"),
        ("xK9fPq2ZmB7wLr4T", "noise_lines"),
        ("var _hmt = _hmt || [];", "noise_lines"),
    ],
)
def test_chrome_and_noise_lines_are_dropped_and_counted(line, key):
    doc = clean(f"标题行在这里\n\n{line}\n\n正文第一段，内容足够长，保证文章可以通过最小长度检查。")
    assert line not in doc.body
    assert doc.removed[key] == 1


def test_repeated_headline_and_repeated_line_are_dropped():
    doc = clean(
        "日照高新区项目集中开工\n日照高新区项目集中开工\n正文第一段，足够长的正文内容在这里。\n"
        "正文第一段，足够长的正文内容在这里。\n日照高新区项目集中开工\n第二段。"
    )
    assert texts_of(doc) == [
        "日照高新区项目集中开工",
        "正文第一段，足够长的正文内容在这里。",
        "第二段。",
    ]
    assert doc.removed == {"repeated_headlines": 2, "repeated_lines": 1}


def test_sidebar_marker_before_the_article_only_drops_that_line():
    doc = clean(
        "热点推荐\n日照高新区项目集中开工\n正文第一段，足够长的正文内容在这里，说明了项目的情况。\n相关阅读\n别的新闻"
    )
    assert doc.title == "日照高新区项目集中开工"
    assert "别的新闻" not in doc.body and "热点推荐" not in doc.body
    assert doc.removed["page_chrome"] == 1


PDF_PARAGRAPHS = [
    "一、主要经济指标完成情况。全年实现规模以上工业总产值118.9亿元，同比增长25.6%；完成固定资产投资34.86亿元，"
    "同比增长9.9%。新签约项目29个，计划总投资58.4亿元，其中过亿元项目17个。",
    "二、招商引资。全年引进项目156个，其中世界500强投资项目11个，总投资422亿元。",
]


def pdf_dump(width: int) -> str:
    """Paragraphs broken at a fixed width, as PDF text extraction does, with a page number inside."""
    lines = ["日照高新区2021年工作总结"]
    for paragraph in PDF_PARAGRAPHS:
        lines += [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    lines.insert(4, "— 12 —")
    return "\n".join(lines)


@pytest.mark.parametrize("width", [18, 25, 31])
def test_pdf_text_is_rejoined(width):
    doc = clean(pdf_dump(width))
    assert texts_of(doc) == ["日照高新区2021年工作总结", *PDF_PARAGRAPHS]
    assert doc.removed["page_numbers"] == 1
    assert doc.removed["broken_lines"] == len(pdf_dump(width).split("\n")) - 4


def test_a_headline_in_a_double_spaced_dump_is_not_a_line_broken_at_the_page_width():
    """A portal dump (焦作日报数字报, heldout16) with a blank line after every line and short
    chrome lines looks PDF-like by width, but its lines end where its paragraphs do: the
    headline stays apart from the lead (its 17个 is no part of the lead's first sentence)."""
    path = ROOT / "tests" / "heldout16" / "corpus" / "h07_wenxian_jiaozuo_epaper.txt"
    doc = clean(path.read_text(encoding="utf-8"), path.name)
    assert "温县产业集聚区集中签约17个项目 总投资61亿元" in texts_of(doc)
    assert any(text.startswith("本报讯（记者 宋文博") for text in texts_of(doc))


def test_a_markdown_heading_in_a_plain_dump_is_a_heading_of_its_own():
    """### （一）坚持项目为王，产业基础更加牢固: a heading without its marks, never joined to the
    paragraph under it (its comma would otherwise make it look like broken prose)."""
    doc = clean(
        "# 2024 年东洲区政府工作报告\n\n## 一、2023 年工作回顾\n\n"
        "2023 年，是全面贯彻党的二十大精神的开局之年，是实施全面振兴新突破三年行动的首战之年。\n\n"
        "### （一）坚持项目为王，产业基础更加牢固\n\n"
        "全年规上工业总产值达 652 亿元。总投资 72 亿元的中化超高分子量聚乙烯、宏达新材料等\n"
        "11 个重大产业项目开工建设。"
    )
    assert "（一）坚持项目为王，产业基础更加牢固" in texts_of(doc)
    assert "一、2023 年工作回顾" in texts_of(doc)
    assert not any("#" in text for text in texts_of(doc))


def test_image_captions_in_a_plain_dump():
    doc = clean(
        "标题在这里\n\n正文第一段，内容足够长，说明园区的情况。\n\n\n\n企业引入数字技改。\n\n\n\n"
        "正文第二段，继续说明园区的情况。\n\n图为日照高新区的新厂房\n\n（记者 张三 摄）"
    )
    assert texts_of(doc, "caption") == [
        "企业引入数字技改。",
        "图为日照高新区的新厂房",
        "（记者 张三 摄）",
    ]
    assert doc.byline is None


def test_nothing_usable_left_is_a_clean_error():
    with pytest.raises(IngestError) as caught:
        clean("相关推荐\n0\n分享至\n返回首页")
    assert caught.value.stage == "clean"


# HTML pages -------------------------------------------------------------------------

HEAVY_PAGE = """<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>日照高新区项目集中开工 - 大众网</title>
<meta property="og:url" content="https://www.dzwww.com/2022/0614/a123.html">
<meta property="article:published_time" content="2022-06-14T08:00:00+08:00">
<script>var x = "<p>不是正文</p>";</script><style>p {color: red}</style>
</head><body>
<div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li></ul></div>
<div class="breadcrumb">首页 &gt; 山东 &gt; 正文</div>
<div class="wrap"><div class="main">
  <div class="article">
    <h1>日照高新区项目集中开工</h1>
    <div class="info">2022-06-14 08:00 来源：大众日报 作者：张文军</div>
    <p>　　日照高新区12个项目集中开工，总投资43亿元。</p>
    <figure><img src="a.jpg"><figcaption>项目建设现场。</figcaption></figure>
    <p><strong>项目建设加快推进</p><p></strong>今年以来，日照高新区新签约项目29个，计划总投资58.4亿元。</p>
    <p>新一代信息技术产业园已投入使用&nbsp;，吸引东华软件等企业入驻。</p>
    <div class="share-box">分享到：<a>微信</a><a>微博</a></div>
  </div>
  <div class="related"><h3>相关新闻</h3><ul><li><a href="/1">某地发布新政策，涉及多个行业的发展</a></li>
  <li><a href="/2">另一个园区签约10个项目，总投资99亿元</a></li></ul></div>
</div>
<div class="sidebar"><h3>热门排行</h3><p>明星八卦新闻一则，阅读量很高很高很高的那种新闻。</p></div>
</div>
<div class="footer"><p>Copyright © 大众网 版权所有 鲁ICP备09023866号</p></div>
</body></html>"""


def test_heavy_boilerplate_page_keeps_only_the_article():
    doc = clean(HEAVY_PAGE, "page.html")
    assert doc.format == "html"
    assert doc.title == "日照高新区项目集中开工"
    assert texts_of(doc) == [
        "日照高新区项目集中开工",
        "日照高新区12个项目集中开工，总投资43亿元。",
        "项目建设现场。",
        "项目建设加快推进",
        "今年以来，日照高新区新签约项目29个，计划总投资58.4亿元。",
        "新一代信息技术产业园已投入使用 ，吸引东华软件等企业入驻。",
    ]
    assert [p.kind for p in doc.paragraphs] == [
        "heading",
        "body",
        "caption",
        "heading",
        "body",
        "body",
    ]
    assert (doc.published, doc.published_precision, doc.date_source) == (
        "2022-06-14",
        "day",
        "html_meta",
    )
    assert doc.source_name == "大众日报"
    assert doc.byline == "张文军"
    assert doc.url == "https://www.dzwww.com/2022/0614/a123.html"


def test_page_without_classes_picks_the_densest_block():
    page = (
        "<html><body><div><a href=/>首页</a> <a href=/n>新闻</a> <a href=/x>专题</a></div>"
        "<table><tr><td><ul>"
        + "".join(f"<li><a href=/{i}>链接标题{i}号新闻</a></li>" for i in range(30))
        + "</ul></td><td><div><p>日照高新区签约7个项目，计划总投资71.3亿元。</p><p>项目涵盖新一代信息技术、"
        "高端装备制造等产业。</p></div></td></tr></table></body></html>"
    )
    doc = clean(page, "p.html")
    assert texts_of(doc) == [
        "日照高新区签约7个项目，计划总投资71.3亿元。",
        "项目涵盖新一代信息技术、高端装备制造等产业。",
    ]


# Metadata rules --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("发布时间：2024-07-06 15:52:40", ("2024-07-06", "day")),
        ("2016-11-17", ("2016-11-17", "day")),
        ("2022年5月29日 09:18", ("2022-05-29", "day")),
        ("2022 年 5 月 9 日", ("2022-05-09", "day")),
        ("2021/3/4", ("2021-03-04", "day")),
        ("2022年5月", ("2022-05", "month")),
        ("發布日期：109-12-26", ("2020-12-26", "day")),
        ("民國109年12月26日", ("2020-12-26", "day")),
        ("2022-13-45", None),
        ("10.83億元", None),
        ("共有企业174家", None),
    ],
)
def test_parse_date(text, expected):
    parsed = parse_date(text)
    assert (parsed[:2] if parsed else None) == expected


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.163.com/dy/article/22/0614/10/H9ABC.html", "2022-06-14"),
        ("https://sd.news.163.com/22/0614/10/abc.html", "2022-06-14"),
        ("http://www.gov.cn/xinwen/2021-03/04/content_1.htm", "2021-03-04"),
        ("http://www.rizhao.gov.cn/art/2021/3/4/art_1_2.html", "2021-03-04"),
        ("http://paper.dzwww.com/dzrb/content/20220529/Articel09002MT.htm", "2022-05-29"),
        ("http://www.qingdao.gov.cn/zwgk/t20220614_123.shtml", "2022-06-14"),
        ("http://www.example.com/news/123456789012.html", None),
        ("http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202202182281067676", None),
        ("https://twgreatdaily.com/zh-tw/0ohKc3EBnkjnB-0zofBD.html", None),
    ],
)
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


def test_a_date_in_the_url_is_stated_with_its_source():
    doc = clean(
        "日照高新区项目集中开工\n正文第一段，足够长的正文内容在这里。\nURL: https://sd.news.163.com/22/0614/10/abc.html"
    )
    assert (doc.published, doc.date_source, doc.url) == (
        "2022-06-14",
        "url",
        "https://sd.news.163.com/22/0614/10/abc.html",
    )


def test_a_date_in_a_sentence_is_not_a_publication_date():
    doc = clean(
        "日照高新区项目集中开工\n2022年5月29日，日照高新区举行项目集中签约仪式，签约项目12个。"
    )
    assert doc.published is None


@pytest.mark.parametrize(
    "header, published, source",
    [
        ("发布时间：2024-07-06 15:52:40 来源：日照日报", "2024-07-06", "日照日报"),
        ("2022年5月29日 星期日", "2022-05-29", None),
        ("來源：大眾日報　2021-03-04", "2021-03-04", "大众日报"),
        ("【来源：青岛新闻网】", None, "青岛新闻网"),
        ("發布日期：109-12-26", "2020-12-26", None),
    ],
)
def test_header_lines_give_date_and_source(header, published, source):
    doc = clean(f"标题在这里\n{header}\n正文第一段，足够长的正文内容在这里。")
    assert (doc.published, doc.source_name) == (published, source)
    assert header not in doc.body


def test_a_headline_in_a_div_that_the_title_tag_opens_with_heads_the_info_line():
    """A government page with no <h1>: its headline is a <div> the <title> opens with, and the
    来源/date line between it and the content element is read."""
    page = (
        "<html><head><title>泉州台商投资区举办台资招商大会 31个项目签约 - 县市区动态 - 泉州市人民政府"
        "</title></head><body><div class='logo'>泉州市人民政府 www.quanzhou.gov.cn</div>"
        "<div class='xl_box'><div class='xl_title'>泉州台商投资区举办台资招商大会 31个项目签约</div>"
        "<div class='xl_info'>来源：泉州晚报　2023-04-28 08:56　阅读人数：<span>3</span></div>"
        "<div class='xl_con'><p>昨日，泉州台商投资区举办2023年台资招商大会，现场共有31个台资项目"
        "成功签约，总投资212亿元。</p>"
        + "<p>签约项目涵盖高端装备制造、新材料、电子信息、大健康等领域，其中10亿元以上项目7个，"
        "先进制造业项目19个、总投资146亿元，台资集聚效应持续显现。</p>"
        * 4
        + "</div></div></body></html>"
    )
    doc = clean(page, "a.html")
    assert doc.title == "泉州台商投资区举办台资招商大会 31个项目签约"
    assert (doc.published, doc.source_name) == ("2023-04-28", "泉州晚报")


def test_a_heading_the_title_tag_ends_with_after_the_sites_name_is_the_headline():
    """<title>香港文匯報 - 鄂三大汽車園區…</title> over <h2>鄂三大汽車園區…</h2>, outside the content
    element: the heading is the headline, and it opens the body, so its figures are read."""
    page = (
        "<html><head><meta charset='utf-8'><title>香港文匯報 - 鄂三大汽車園區前三季產值超3600億元"
        "</title></head><body><div class='path'>香港文匯報 &gt; 中國經濟 &gt; 正文</div>"
        "<h2 class='title'>鄂三大汽車園區前三季產值超3600億元</h2><div class='content'>"
        + "<p>香港文匯報訊，今年前三季度，武漢經開區、襄陽高新區、十堰經開區三大汽車產業園區合計"
        "實現規上工業產值3612.8億元，同比增長8.9%。</p>" * 3 + "</div></body></html>"
    )
    doc = clean(page, "a.html")
    assert doc.title == "鄂三大汽車園區前三季產值超3600億元"
    assert doc.body.startswith("鄂三大汽車園區前三季產值超3600億元\n")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("□张文军王斌", "张文军王斌"),
        ("(日照報業全媒體記者 王小寧 通訊員 邢慧)", "日照報業全媒體記者 王小寧 通訊員 邢慧"),
        ("全媒体记者王小宁通讯员邢慧陈梦秋", "全媒体记者王小宁通讯员邢慧陈梦秋"),
        (
            "本版撰稿摄影 观海新闻/青岛早报记者 康晓欢 通讯员 邹佳 王宏宁",
            "本版撰稿摄影 观海新闻/青岛早报记者 康晓欢 通讯员 邹佳 王宏宁",
        ),
        ("作者：李明", "李明"),
        ("文/王芳", "王芳"),
        ("(本版图片为资料图片，由惠鹏飞、陈洪月、孙墉、朱凯元提供)", None),
        ("记者 张三 摄", None),
        ("记者从日照高新区获悉，项目进展顺利。", None),
        ("日照高新区召开项目推进会", None),
    ],
)
def test_byline_of(line, expected):
    assert byline_of(line) == expected


@pytest.mark.parametrize(
    "byline, outlet",
    [
        ("日照報業全媒體記者 王小寧 通訊員 邢慧", "日照報業"),
        ("本版撰稿摄影 观海新闻/青岛早报记者 康晓欢", "青岛早报"),
        ("大众日报记者 张文军", "大众日报"),
        ("全媒体记者 牟敦波 刘新英 王小宁", None),
        ("本报记者 张三", None),
        ("张文军王斌", None),
    ],
)
def test_outlet_in_byline(byline, outlet):
    assert outlet_in_byline(byline) == outlet


@pytest.mark.parametrize(
    "line, channel",
    [
        ("网易首页 > 网易山东 > 正文", "网易山东"),
        ("网易首页 > 正文", "网易"),
        ("首页 > 新闻中心 > 园区动态", None),
        ("新浪首页 > 新浪财经 > 产经", "新浪财经"),
        ("您的位置：首页 > 行业资讯 > 本地新闻", None),  # the label is no site
        ("当前位置：网易首页 > 网易山东 > 正文", "网易山东"),
    ],
)
def test_channel_in_breadcrumb(line, channel):
    assert channel_in_breadcrumb(line) == channel


def test_front_matter_category_names_the_source():
    doc = clean(
        "---\ntitle: 标题\ndate: 2022-02-18\ncategories: dazhongribao\n---\n<p>正文第一段，内容足够长，保证文章可以通过检查。</p>"
    )
    assert (doc.source_name, doc.published, doc.date_source) == (
        "大众日报",
        "2022-02-18",
        "front_matter",
    )


def test_unknown_category_falls_back_to_the_tag():
    doc = clean(
        "---\ntitle: 标题\ntags: 烟台晚报新闻\ncategories: yantaiwanbao\n---\n<p>正文第一段，内容足够长，保证文章可以通过检查。</p>"
    )
    assert doc.source_name == "烟台晚报"


# Script ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, script",
    [
        (
            "日照高新区成功签约7个项目，计划总投资71.3亿元，项目涵盖新一代信息技术产业。",
            "simplified",
        ),
        (
            "日照高新區成功簽約7個項目，計劃總投資71.3億元，項目涵蓋新一代信息技術產業。",
            "traditional",
        ),
        (
            "日照高新區成功簽約7個項目，計劃總投資71.3億元。日照高新区成功签约7个项目，计划总投资71.3亿元。",
            "mixed",
        ),
    ],
)
def test_script_detection(text, script):
    assert clean(f"{text}\n{text}。").script == script


def test_length_changing_phrase_falls_back_without_losing_the_paragraph():
    doc = clean(
        "標題在這裡\n我們的記憶體工廠，生產記憶體晶片。\n第二段正文，內容足夠長，保證文章可以通過檢查。"
    )
    assert len(doc.body) == len(doc.body_simplified)
    assert "记忆体工厂" in doc.body_simplified or "内存" not in doc.body_simplified
    assert doc.body_simplified.endswith("第二段正文，内容足够长，保证文章可以通过检查。")


def test_a_list_of_dated_items_does_not_date_the_article():
    sidebar = "\n".join(f"别的新闻标题{i}\n2025-05-2{i} 11:31:43" for i in range(5))
    doc = clean(
        f"日照高新区项目集中开工\n正文第一段，足够长的正文内容在这里。\n正文第二段，继续说明情况。\n{sidebar}"
    )
    assert doc.published is None


def test_a_bare_date_after_the_article_dates_it():
    doc = clean(
        "日照高新区项目集中开工\n正文第一段，足够长的正文内容在这里。\n正文第二段，继续说明情况。\n"
        "正文第三段，继续说明情况。\n2022-06-14"
    )
    assert (doc.published, doc.date_source) == ("2022-06-14", "text")
    assert "2022-06-14" not in doc.body


def test_markdown_jekyll_body():
    doc = clean(
        "---\ntitle: 园区新闻\ndate: 2021-03-04\n---\n## 项目建设\n\n日照高新区**12个项目**集中开工，总投资43亿元。\n\n"
        "![现场](/img/a.jpg)\n\n项目建设现场。\n\n> 来源：网络\n\n[返回首页](/)\n"
    )
    # The front-matter title opens the body as its headline.
    assert texts_of(doc) == [
        "园区新闻",
        "项目建设",
        "日照高新区12个项目集中开工，总投资43亿元。",
        "项目建设现场。",
    ]
    assert [p.kind for p in doc.paragraphs] == ["heading", "heading", "body", "caption"]
    assert doc.source_name is None  # 网络 names no outlet


# A folder of torture files: every one ends as an article or an IngestError ---------------


def torture_files(folder: Path) -> dict:
    """{relative path: expected outcome}: (title, published, source) for articles, error class otherwise."""
    s2tw = converter("s2tw")
    plain = (RAW / "004_40ea9c3b8f9a3083.txt").read_text(encoding="utf-8")
    jekyll = (RAW / "003_2db5ca5c603bf9af.txt").read_text(encoding="utf-8")
    article = (
        "日照高新区项目集中开工\n发布时间：2024-07-06 15:52:40 来源：日照日报\n\n"
        "3月25日，日照高新区成功签约7个项目、计划总投资71.3亿元。\n该区总投资43亿元的12个项目集中开工。\n"
    )
    files = {
        "utf8.txt": (article.encode("utf-8"), ("日照高新区项目集中开工", "2024-07-06", "日照日报")),
        "utf8-bom.txt": (
            article.encode("utf-8-sig"),
            ("日照高新区项目集中开工", "2024-07-06", "日照日报"),
        ),
        "utf16.txt": (
            article.encode("utf-16"),
            ("日照高新区项目集中开工", "2024-07-06", "日照日报"),
        ),
        "gbk.txt": (article.encode("gbk"), ("日照高新区项目集中开工", "2024-07-06", "日照日报")),
        "big5.txt": (
            s2tw.convert(article).encode("big5"),
            ("日照高新區項目集中開工", "2024-07-06", "日照日报"),
        ),
        "gb18030-jekyll.md": (
            jekyll.encode("gb18030"),
            ("日照经开区：奋进高质量发展新征程", "2022-05-29", "大众日报"),
        ),
        "big5-dump.txt": (
            s2tw.convert(plain).encode("big5", errors="replace"),
            (s2tw.convert("聚焦“四新经济” 持续推动创新发展"), None, "青岛早报"),
        ),
        "page.html": (
            HEAVY_PAGE.encode("utf-8"),
            ("日照高新区项目集中开工", "2022-06-14", "大众日报"),
        ),
        "truncated.html": (
            HEAVY_PAGE[: HEAVY_PAGE.index("新一代信息技术")].encode("utf-8"),
            ("日照高新区项目集中开工", "2022-06-14", "大众日报"),
        ),
        "pdf.txt": (pdf_dump(22).encode("utf-8"), ("日照高新区2021年工作总结", None, None)),
        "pinyin.txt": (
            "日照魏(wèi)牌(pái)汽车落户\n\n日照經(jīng)濟(jì)開發區建成28.9萬(wàn)平方米廠房。".encode(),
            ("日照魏牌汽车落户", None, None),
        ),
        "sub/empty.txt": (b"", "EmptyFile"),
        "binary.dat": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "BinaryFile"),
        "noise.txt": (bytes(range(0x80, 0x100)) * 40, "UndecodableFile"),
        "chrome-only.html": (
            "<html><body><div class='nav'><a>首页</a></div><p>分享至</p></body></html>".encode(),
            "NoText",
        ),
        ".hidden.txt": (article.encode("utf-8"), None),
    }
    for name, (data, _) in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    with open(folder / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    expected = {name: outcome for name, (_, outcome) in files.items() if outcome is not None}
    expected["huge.txt"] = "FileTooLarge"
    return expected


def test_every_torture_file_is_accounted_for(tmp_path):
    expected = torture_files(tmp_path)
    outcomes = {}
    for path in iter_input_files(tmp_path):
        relative = path.relative_to(tmp_path).as_posix()
        try:
            doc = clean_document(read_document(path, tmp_path))
        except IngestError as error:
            outcomes[relative] = error.error_class
        else:
            outcomes[relative] = (doc.title, doc.published, doc.source_name)
    assert outcomes == expected


MARKUP_TOKENS = [
    "<p>",
    "</p>",
    "<p class='em_media'>",
    "<strong>",
    "</strong>",
    "<b>",
    "</b>",
    "<br>",
    "<br/>",
    "<a href='x'>",
    "</a>",
    "<span>",
    "</span>",
    "\n",
    " ",
    "\u3000",
    "日照高新区",
    "abc",
    "&amp;",
    "&nbsp;",
    "“高”",
    "。",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(MARKUP_TOKENS), max_size=40))
def test_fast_paragraph_path_gives_the_parser_blocks(tokens):
    markup = "".join(tokens)
    fast = [b for b in paragraph_blocks(markup) if b.text]
    slow = [b for b in parse_html(markup, skip_chrome=False).blocks if b.text]
    assert [(b.text, b.strong, round(b.link_share, 6)) for b in fast] == [
        (b.text, b.strong, round(b.link_share, 6)) for b in slow
    ]


@pytest.mark.parametrize(
    "markup",
    [
        "<div><p>x</p></div>",
        "<p>a<b</p>",
        "<p><img src=a.jpg>图</p>",
        "<!-- c --><p>x</p>",
        "<h2>小标题</h2>",
    ],
)
def test_markup_beyond_paragraphs_goes_to_the_parser(markup):
    assert paragraph_blocks(markup) is None


@pytest.mark.parametrize(
    "hidden",
    [
        '<span style="display:none">xq7随机字</span>',
        "<span style='font-size:0px'>xq7随机字</span>",
        "<i hidden>xq7随机字</i>",
        '<span style="VISIBILITY: hidden">xq7随机字</span>',
    ],
)
def test_hidden_anti_scraping_text_is_dropped(hidden):
    doc = clean(
        f"---\ntitle: 标题\n---\n<p>3月25日，日照高新区{hidden}成功签约7个项目，计划总投资71.3亿元。</p>"
    )
    assert texts_of(doc) == ["标题", "3月25日，日照高新区成功签约7个项目，计划总投资71.3亿元。"]


@pytest.mark.parametrize(
    "line, byline",
    [
        ("記者王大明／台南報導", "記者王大明"),
        ("记者 李明/北京电", "记者 李明"),
        ("记者 李明 通讯员 张华", "记者 李明 通讯员 张华"),
    ],
)
def test_byline_drops_the_dateline(line, byline):
    assert byline_of(line) == byline


@pytest.mark.parametrize(
    "line, byline",
    [
        ("发布时间：2024-04-12 10:30 来源：合肥日报 作者：记者 陈静", "记者 陈静"),
        ("发布时间：2024-04-12 作者：陈静 编辑：王五", "陈静"),
    ],
)
def test_author_field_of_an_info_line(line, byline):
    found = {"loose_dates": [], "position": (0, 0)}
    metadata_line(line, found)
    assert found["byline"] == byline


# ---------------------------------------------------------------- metadata of real page layouts

GOV_PAGE = """<html><head><title>2024年1-9月天津开发区经济运行情况-天津经济技术开发区管理委员会</title></head><body>
<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<article class="detail"><h2 class="detail-title">2024年1-9月天津开发区经济运行情况</h2>
<div class="detail-meta">发布日期：2024-10-23　　来源：天津开发区统计局　　浏览次数：2386</div>
<div class="detail-body"><p>今年以来，天津开发区坚持稳中求进工作总基调，全区经济运行总体平稳、稳中有进。</p>
<p>1-9月，全区实现地区生产总值1865.3亿元，同比增长5.8%，增速较上半年提高0.6个百分点。</p></div>
</article><div class="footer">版权所有：天津经济技术开发区管理委员会</div></body></html>"""


def test_page_headline_in_an_h2_and_the_metadata_line_above_the_content():
    """No <h1>: the <h2> the <title> starts with is the headline; the 发布日期/来源 line sits
    between it and the content element, and is read though it is outside the content."""
    doc = clean(GOV_PAGE, "gov.html")
    assert doc.title == "2024年1-9月天津开发区经济运行情况"
    assert (doc.published, doc.date_source) == ("2024-10-23", "text")
    assert doc.source_name == "天津开发区统计局"
    assert "发布日期" not in doc.body and texts_of(doc)[0] == "2024年1-9月天津开发区经济运行情况"


def test_time_element_dates_the_page_and_separates_the_credit():
    page = (
        "<html><body><article><h1>竹科112年營業額1.32兆元</h1><div class='news-info'><span>記者張家瑋／新竹報導</span>"
        "<time datetime='2024-02-27T05:10:00+08:00'>2024.02.27 05:10</time></div>"
        "<div class='news-content'><p>國科會新竹科學園區管理局26日公布112年園區營運統計，竹科全年營業額為新台幣1兆3,218億元。</p>"
        "<p>中部科學園區同期營業額為9,286億元，兩大園區雙雙終止連續多年的成長紀錄。</p></div></article></body></html>"
    )
    doc = clean(page, "ctee.html")
    assert (doc.published, doc.date_source) == ("2024-02-27", "html_meta")
    assert doc.byline == "記者張家瑋"


@pytest.mark.parametrize(
    "opening, source, byline",
    [
        (
            "新华社合肥4月17日电（记者 周牧 刘晓宁）记者从安徽省商务厅获悉，今年一季度，全省开发区实际使用外资12.6亿美元。",
            "新华社",
            "记者 周牧 刘晓宁",
        ),
        (
            "【大公報訊】記者鄭家俊、李穎欣深圳、廣州報道：粵港澳大灣區兩大重大合作平台前海、南沙擴區提質效應持續顯現。",
            "大公报",
            "記者鄭家俊、李穎欣深圳、廣州報道",
        ),
        (
            "本报讯（记者顾敏 通讯员陈晓宇）记者17日从南京江北新区产业技术研创园获悉，研创园在孵企业突破1200家。",
            None,
            "记者顾敏 通讯员陈晓宇",
        ),
    ],
)
def test_wire_dateline_names_the_outlet_and_the_credit(opening, source, byline):
    doc = clean(opening + "\n\n第二段正文，内容足够长，保证文章可以通过最小长度检查。")
    assert doc.source_name == source
    assert doc.byline == byline


@pytest.mark.parametrize(
    "opening, dateline",
    [
        ("新华社合肥4月17日电（记者 周牧 刘晓宁）记者从安徽省商务厅获悉，全省开发区实际使用外资12.6亿美元。", "合肥"),
        ("中新网北京5月8日电（记者 李华）一季度国家级经开区实际使用外资同比增长。", "北京"),
        ("本报南京6月3日电（记者 王明）江苏自贸试验区挂牌以来，累计新增企业3.2万家。", "南京"),
        ("記者張家瑋／新竹報導\n國科會新竹科學園區管理局昨日公布，竹科去年營業額達1兆3,218億元。", "新竹"),
        ("記者王小明／臺北報導 2024.02.27 05:10\n經濟部昨日公布，加工出口區去年營業額創新高。", "台北"),
        # no place: 本报讯, a wire with none, a credit whose place is not set off by a slash
        ("本报讯（记者顾敏 通讯员陈晓宇）记者17日从南京江北新区产业技术研创园获悉，在孵企业突破1200家。", None),
        ("【大公報訊】記者鄭家俊深圳報道：前海、南沙擴區提質效應持續顯現。", None),
        # kept as written: etl/extract/place.py finds no place in it
        ("记者王小明／综合报道\n日照经开区近日举行重点项目集中签约仪式。", "综合"),
    ],
)  # fmt: skip
def test_the_place_a_dateline_names(opening, dateline):
    doc = clean(opening + "\n\n第二段正文，内容足够长，保证文章可以通过最小长度检查。")
    assert doc.dateline == dateline


def test_wechat_post_header_date_and_follow_prompt():
    doc = clean(
        "一季度签约项目46个、总投资386亿元！长沙经开区跑出项目建设“加速度”\n\n长沙经开区发布 2024-04-08 18:06 湖南\n\n"
        "点击上方蓝字关注我们\n\n今年一季度，长沙经开区累计签约项目46个，总投资386亿元，同比增长27.4%。\n\n"
        "往期推荐\n👉 总投资50亿元！又一重大项目落户星沙\n👉 3月31日起，这12条公交线路有调整"
    )
    assert doc.published == "2024-04-08"
    assert "关注我们" not in doc.body and "往期推荐" not in doc.body and "公交线路" not in doc.body


def test_portal_dump_headline_is_the_breadcrumbs_last_crumb_not_the_site_bar():
    doc = clean(
        "中国江苏网 | 交汇点 | 新华报业网 | 江苏手机报          登录 注册\n首页  新闻  南京  苏州  无锡  经济  科技\n"
        "当前位置：首页 > 南京频道 > 研创园在孵企业突破1200家 专利授权量增长近四成\n\n"
        "研创园在孵企业突破1200家 专利授权量增长近四成\n\n来源：新华日报    作者：顾敏 陈晓宇    时间：2024-01-18 07:35\n\n"
        "本报讯（记者顾敏 通讯员陈晓宇）截至2023年底，研创园在孵企业突破1200家，较上年净增约260家。"
    )
    assert doc.title == "研创园在孵企业突破1200家 专利授权量增长近四成"
    assert "江苏手机报" not in doc.body and "首页" not in doc.body


def test_press_release_headline_after_the_issuer_and_field_lines():
    doc = clean(
        "國家科學及技術委員會南部科學園區管理局　新聞稿\n發布日期：113-07-26\n發稿單位：投資組\n"
        "新聞聯絡人：陳怡君 組長　電話：06-505-1001\n\n南科113年上半年營業額衝破5,800億元　年增逾三成創同期新高\n\n"
        "國家科學及技術委員會南部科學園區管理局今（26）日公布上半年營運統計，營業額再創歷年同期新高。\n"
        "原文網址：https://www.stsp.gov.tw/web/WEB/Jsp/Page/cindex.jsp?frontTarget=DEFAULT&thisRootID=109&a=1"
    )
    assert doc.title == "南科113年上半年營業額衝破5,800億元　年增逾三成創同期新高"
    assert doc.published == "2024-07-26"
    assert doc.url.startswith("https://www.stsp.gov.tw/")  # a URL line longer than a metadata line
    assert "原文網址" not in doc.body


def test_site_name_above_a_dumps_headline_and_fields_run_together():
    doc = clean(
        "太和县融媒体中心\n首页 | 新闻 | 视频 | 直播太和 | 政务公开 | 民生服务\n\n我县28个项目集中签约 总投资126.8亿元\n\n"
        "来源：太和融媒浏览次数：2386字号：大\n\n5月11日上午，太和县经济开发区重点项目集中签约暨开工仪式举行，签约项目28个。"
    )
    assert doc.title == "我县28个项目集中签约 总投资126.8亿元"
    assert doc.source_name == "太和融媒"


def test_paper_citation_footer_and_a_subtitle_that_is_no_byline():
    doc = clean(
        "国家高新区去年营业收入突破48万亿元\n——记者走访苏州、武汉、成都、西安四地园区\n\n本报记者  罗  明  孙晓岚\n\n"
        "初夏时节，记者从长江下游出发，溯江而上，先后走进苏州工业园区、武汉东湖高新区。\n\n"
        "《 人民日报 》（ 2022年06月06日   第 01 版）"
    )
    assert (doc.source_name, doc.published) == ("人民日报", "2022-06-06")
    assert doc.byline == "本报记者  罗  明  孙晓岚"
    assert "第 01 版" not in doc.body


def test_link_in_brackets_after_the_article():
    doc = clean(
        "标题行在这里\n\n正文第一段，内容足够长，保证文章可以通过最小长度检查。\n"
        "（原文链接：https://www.21jingji.com/article/20240813/herald/b2d9e4c7a1f35e8d.html）"
    )
    assert doc.url == "https://www.21jingji.com/article/20240813/herald/b2d9e4c7a1f35e8d.html"


def test_an_e_papers_page_navigation_is_chrome_and_never_the_title():
    """A newspaper's e-paper page: 上一版    下一版, 上一篇    下一篇 and 第A02版：要闻 are its
    navigation and page label; the headline under them is the article's title."""
    doc = clean(
        "山西青年报数字报\n首页 | 往期回顾 | 版面导航 | 标题导航 | 返回主页\n2025年08月11日 星期一\n"
        "第A02版：要闻\n上一版    下一版\n上一篇    下一篇\n\n"
        "山西转型综改示范区上半年主要指标保持两位数增长\n\n"
        "上半年，山西转型综改示范区规上工业增加值增长12.4%、固定资产投资增长28.7%。"
    )
    assert doc.title == "山西转型综改示范区上半年主要指标保持两位数增长"
    assert not {"上一版    下一版", "上一篇    下一篇", "第A02版：要闻"} & set(texts_of(doc))


def test_a_reader_services_dump_header_is_metadata_and_chrome():
    """Title: …, URL Source: …, Markdown Content: and a breadcrumb of Markdown links head a
    reader service's dump of a page: title, address and chrome; the body starts at the headline."""
    doc = clean(
        "Title: 四川省10個國家級經開區前三季度進出口同比增長22%_中國網\n\n"
        "URL Source: http://big5.china.com.cn/gate/big5/sl.china.com.cn/2024/1030/201877.shtml\n\n"
        "Markdown Content:\n[首頁](http://big5.china.com.cn/) > [開發區](http://big5.china.com.cn/node_kfq.htm)\n\n"
        "四川省10個國家級經開區前三季度進出口同比增長22%\n\n"
        "10月28日記者獲悉，前三季度，全省10個國家級經濟技術開發區完成規上工業總産值8921.6億元。",
        "a.md",
    )
    assert doc.url == "http://big5.china.com.cn/gate/big5/sl.china.com.cn/2024/1030/201877.shtml"
    assert doc.body.startswith("四川省10個國家級經開區")


def test_headline_with_a_comma_after_a_portal_title_line():
    doc = clean(
        "新浪首页 新闻 体育 财经 娱乐 科技 博客 图片 专栏 更多\n新浪财经_新浪网\n"
        "新浪财经 > 宏观经济 > 正文\n湖南自贸区长沙片区挂牌三周年：新设企业超2万家，对非贸易额年均增长超30%\n"
        "9月24日，中国（湖南）自由贸易试验区迎来挂牌三周年，记者从湖南省商务厅获悉，改革试点任务实施率达到98.3%。"
    )
    assert doc.title == "湖南自贸区长沙片区挂牌三周年：新设企业超2万家，对非贸易额年均增长超30%"


@pytest.mark.parametrize(
    "first_lines",
    [
        "02BOY資訊網 | 首頁 | 國內 | 財經 | 地方 | 科技 | 娛樂",  # a menu bar
        "简体 | 繁體",  # a two-item switch
        "无障碍浏览  长者模式  English",  # a row of widgets
        "聯合新聞網 udn.com",  # the site and its address
        "原创 衡水高新区融媒体中心 衡水高新区发布 2024-03-01 18:42 河北",  # a WeChat post's header
        "懒人资讯网 - 每日热点一网打尽",  # the site and its slogan
        "香港中通社 HKCNA",  # the site and its Latin brand
        "国家互联网新闻信息服务许可证:61120250002",  # the licence line
        "加權指數 22,345.67 ▲128.40 (0.58%)　櫃買指數 265.31 ▼0.92",  # a ticker
        "中共福建省委宣传部主管",  # the site's sponsor
        "**浙江瑞拓精密部件股份有限公司**",  # the issuer, in Markdown bold
        "德清在线 - 德清本地门户",  # a local portal and its slogan
        "绍兴市科学技术局",  # the agency whose site it is
    ],
)
def test_a_dumps_site_lines_are_never_its_headline(first_lines):
    doc = clean(
        f"{first_lines}\n\n哈尔滨新区平房经济技术片区集中签约48个项目 签约额约410亿元\n\n"
        "7月17日，哈尔滨新区平房经济技术片区举行招商引资项目集中签约活动，现场签下48个重点项目。"
    )
    assert doc.title == "哈尔滨新区平房经济技术片区集中签约48个项目 签约额约410亿元"


@pytest.mark.parametrize(
    "headline",
    ["日照高新区:尽锐出战发起项目招引强力攻坚", "沭阳：工业“雁阵”齐振翅 园区经济挑大梁"],
)
def test_a_headline_that_opens_with_its_place_and_a_colon_is_no_field_line(headline):
    doc = clean(
        f"网易首页 > 网易山东 > 正文\n\n# {headline}\n\n"
        "在年初的一次洽谈交流中，投资10亿元的黄海数字智谷产业园项目签约落地，计划总投资很大。"
    )
    assert doc.title == headline  # a Markdown heading's # is no part of it


SHORT_NOTICE = "公告：本公司增資新台幣3億元擴建廠房"


def test_short_notice_with_a_figure_is_an_article():
    """18 characters in Big5, under the 20-character minimum of a text without a figure."""
    assert len(SHORT_NOTICE) == 18
    doc = clean_document(read_bytes(SHORT_NOTICE.encode("big5"), "notice.txt"))
    assert doc.encoding == "big5" and doc.body == SHORT_NOTICE


@pytest.mark.parametrize(
    "data, name, message",
    [
        (
            "公告：本公司搬遷".encode("big5"),
            "n.txt",
            "only 7 characters of text, under the minimum of 20",
        ),
        (
            "<html><body><div><p>分享至</p><p>返回顶部</p></div></body></html>".encode(),
            "p.html",
            "everything was page chrome or junk, removed by page_chrome",
        ),
        (b"12345 -- 678", "x.txt", "nothing but markup, figures or punctuation"),
    ],
)
def test_no_text_says_which_rule_refused_it(data, name, message):
    with pytest.raises(IngestError) as refused:
        clean_document(read_bytes(data, name))
    assert refused.value.error_class == "NoText" and message in refused.value.message


# A repost on an essay-collection site: the site's slogan as <title>, a one-line site intro, then
# a 热门文章 list, the article, and a 相关文章 list, all loose in <body> with no container.
ESSAY_SITE_REPOST = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>美文网 - 读懂生活，收藏每一篇好文章</title></head>
<body>
<a href="/">首页</a> <a href="/sanwen/">散文</a> <a href="/zuowen/">作文</a> <a href="/lizhi/">励志</a>
<p>美文网致力于收录最优美的散文、随笔和时评，每天更新，陪你读懂生活。</p>
<p>热门文章</p>
<ul><li><a href="/a/1.html">那年夏天的蝉鸣</a></li><li><a href="/a/2.html">写给二十岁的自己</a></li><li><a href="/a/3.html">故乡的老槐树</a></li></ul>

<h2>苏州工业园区前三季度实际使用外资18.6亿美元</h2>
<p>2023-10-25 09:12　来源：苏州日报　阅读：1234</p>
<p>今年前三季度，苏州工业园区实现地区生产总值2515.6亿元，同比增长5.2%；实际使用外资18.6亿美元，同比增长12.3%，总量继续位居全市第一。</p>
<p>园区新引进外资项目126个，其中总投资超1亿美元的重大项目18个，新增注册资本金52.8亿美元。生物医药、纳米技术应用和人工智能三大新兴产业实现产值1563亿元，同比增长9.6%。</p>
<p>规上工业总产值达4152.7亿元，同比增长3.1%；进出口总额达4826亿元，其中出口2791亿元。园区一般公共预算收入完成328.4亿元，同比增长7.5%。</p>
<p>截至9月底，园区累计拥有国家高新技术企业2412家，新增科技型中小企业1630家，研发投入占地区生产总值比重达4.2%。园区共有各类人才总量超过55万人，其中高层次人才2.3万人。</p>

<p>相关文章</p>
<ul><li><a href="/a/9.html">人生没有白走的路</a></li><li><a href="/a/10.html">读书的意义</a></li></ul>
<p>版权声明：本站文章均来自网络，如有侵权请联系删除。</p>
</body></html>
"""


def test_article_between_navigation_lists_is_kept_as_the_longest_block():
    doc = clean_document(read_bytes(ESSAY_SITE_REPOST.encode("utf-8"), "repost.html"))
    assert doc.removed.get("kept_longest_block") == 1
    assert doc.body.startswith("苏州工业园区前三季度实际使用外资18.6亿美元\n今年前三季度")
    assert doc.body.endswith("其中高层次人才2.3万人。")
    assert "美文网致力于" not in doc.body and "人生没有白走的路" not in doc.body
    assert (doc.published, doc.source_name) == ("2023-10-25", "苏州日报")


def test_longest_block_is_not_taken_when_chrome_removal_kept_the_article(real_docs):
    assert all("kept_longest_block" not in doc.removed for doc in real_docs.values())


def test_a_markdown_pages_related_links_are_chrome():
    """相关园区：[…](https://…) | […](https://…) and a **相关阅读** list name other pages, not the
    story's parks."""
    doc = clean(
        "# 山东鱼台经济开发区\n\n鱼台经济开发区2024年1-9月固定资产投资完成31.62亿元，营业总收入86.47亿元。\n\n"
        "相关园区：[山东金乡经济开发区](https://jxjjkfq.010b.com/) | [山东嘉祥经济开发区](https://jiaxiang.010b.com/)"
        " | [济宁高新区](https://jngxq.010b.com/)\n\n"
        "**相关阅读**\n\n- [石嘴山高新区前两月新签约项目9个](/nx/jj/2025032712345.html)\n"
    )
    assert "金乡" not in doc.body and "石嘴山" not in doc.body
    assert "86.47亿元" in doc.body


def test_a_level_one_heading_citing_its_paper_is_the_headline():
    """# 江西日报：2023年全省开发区营业收入3.58万亿元 …: a repost names the paper it quotes before
    the headline; the heading is still the headline, where a bare field line (来源：江西日报) is not."""
    doc = clean(
        "[首页](https://jx.example.com/) > 正文\n\n"
        "# 江西日报：2023年全省开发区营业收入3.58万亿元 南昌高新区综合考评蝉联第一\n\n"
        "来源：江西日报\n\n本报讯 5月17日，省里公布2023年度全省开发区综合考评结果，南昌高新区蝉联第一。\n",
        "a.md",
    )
    assert doc.title == "江西日报：2023年全省开发区营业收入3.58万亿元 南昌高新区综合考评蝉联第一"
    assert clean(
        "# 来源：江西日报\n\n本报讯 南昌高新区营业收入增长9.4%，居全省开发区首位。\n", "a.md"
    ).title != ("来源：江西日报")


def test_the_page_title_with_the_sites_name_dumped_into_the_text_is_dropped():
    """潍坊16个开发区去年成绩单出炉 - 天天要闻: the browser's <title> (headline, separator, site name)
    copied into a page dump is chrome, not a second headline; a line that only begins with the
    headline's words stays."""
    doc = clean(
        "潍坊16个开发区去年成绩单出炉\n近日，全市16个开发区实现营业收入8263.7亿元，同比增长7.8%。\n"
        "潍坊16个开发区去年成绩单出炉 - 天天要闻\n潍坊16个开发区去年成绩单出炉，高新区领跑全市。"
    )
    assert texts_of(doc) == [
        "潍坊16个开发区去年成绩单出炉",
        "近日，全市16个开发区实现营业收入8263.7亿元，同比增长7.8%。",
        "潍坊16个开发区去年成绩单出炉，高新区领跑全市。",
    ]
    assert doc.removed == {"repeated_headlines": 1}


@pytest.mark.parametrize(
    "title_tag, headline",
    [
        ("陕西日报数字报-前三季度西安高新区营收1.86万亿元", "前三季度西安高新区营收1.86万亿元"),
        ("高新区营收突破2100亿元 - 天天要闻", "高新区营收突破2100亿元"),
        ("1-9月经开区数据-统计", "1-9月经开区数据-统计"),  # no site's name before the dash
    ],
)
def test_the_headline_of_a_title_tag_leaves_out_the_sites_name_before_or_after_it(
    title_tag, headline
):
    assert title_tag_headline(title_tag) == headline


def test_a_link_lists_entries_are_chrome_and_never_the_headline():
    """·一季度全市外贸进出口… (cut short) and ·惠来农产品“出海”记: a related-news list above the
    article; the cut entries are dropped, and no entry is taken for the headline."""
    doc = clean(
        "·一季度全市外贸进出口…\n·惠来农产品“出海”记\n"
        "4月28日，揭阳产业园2025年第二季度重点项目集中开工，此次集中开工项目共12个，总投资47.6亿元。"
    )
    assert "·一季度全市外贸进出口…" not in doc.body
    assert doc.title != "·惠来农产品“出海”记"


def test_a_pages_text_size_controls_are_chrome_not_the_headline():
    """放大 缩小 默认 on an e-paper dump: the page's font-size buttons, never the headline."""
    doc = clean(
        "放大 缩小 默认\n\n上半年鄂尔多斯17个重点园区规上工业总产值突破2600亿元\n\n"
        "今年上半年，全市17个重点工业园区累计完成规模以上工业总产值2618.4亿元，同比增长9.6%。"
    )
    assert "放大" not in doc.body
    assert doc.title == "上半年鄂尔多斯17个重点园区规上工业总产值突破2600亿元"


def test_a_markdown_saves_heading_link_and_image_read_as_a_reader_sees_them():
    """# 上半年青岛开发区成绩单：…，高新区营收增长12.4% is the headline though it holds a comma;
    来源: [半岛都市报](…) names the source; ![](…) is no text; a line of several links stays
    one line of chrome."""
    doc = clean(
        "[网易首页](https://www.example.com/) > [网易号](https://www.example.com/dy/) > 正文\n\n"
        "# 上半年青岛开发区成绩单：西海岸新区GDP2186.3亿元领跑，高新区营收增长12.4%\n\n"
        "2025-08-06 09:12:33　来源: [半岛都市报](https://www.example.com/media/1.html)\n\n"
        "数据显示，全市开发区实现规上工业营业收入4826.5亿元，同比增长7.3%。\n\n"
        "![](https://www.example.com/1.jpg)\n\n"
        "同期，青岛全市实现地区生产总值8236.4亿元，同比增长5.9%。\n",
        "a.md",
    )
    assert doc.title == "上半年青岛开发区成绩单：西海岸新区GDP2186.3亿元领跑，高新区营收增长12.4%"
    assert (doc.published, doc.source_name) == ("2025-08-06", "半岛都市报")
    assert "](" not in doc.body and "jpg" not in doc.body


def test_a_markdown_menu_and_a_field_line_before_the_heading_leave_the_headline_found():
    """* [中国开发区](/kfq/): a menu entry, dropped; 服务热线：0527-88216035 [关闭](javascript:…): a
    field line, no paragraph of prose that would end the look for the headline."""
    doc = clean(
        "服务热线：0527-88216035 [关闭](javascript:window.close();)\n\n"
        "* [首页](https://www.example.com/)\n* [中国开发区](https://www.example.com/kfq/)\n\n"
        "# 沭阳：工业“雁阵”齐振翅 园区经济挑大梁\n\n"
        "来源：沭才网 时间：2024-01-12\n\n"
        "2023年，沭阳经开区工业开票规模逐年攀升，在全省县级园区中排名第6位。\n",
        "a.md",
    )
    assert doc.title == "沭阳：工业“雁阵”齐振翅 园区经济挑大梁"
    assert "中国开发区" not in doc.body
