"""Statistics tables: rows joined by the clean stage, cells read as metrics (etl/tables.py)."""

from etl.clean import clean_document
from etl.extract import extract_facts
from etl.read import read_bytes

TABLE_PAGE = """<html><head><title>2024年1-9月天津开发区经济运行情况</title></head><body><article>
<h1>2024年1-9月天津开发区经济运行情况</h1><div class="content">
<p>今年以来，天津经济技术开发区经济运行总体平稳，稳中有进，主要指标完成情况如下：</p>
<table><thead><tr><th>指标名称</th><th>1-9月</th><th>同比增长%</th></tr></thead><tbody>
<tr><td>地区生产总值（亿元）</td><td>1865.3</td><td>5.8</td></tr>
<tr><td>规模以上工业增加值</td><td>—</td><td>7.2</td></tr>
<tr><td>　其中：出口（亿元）</td><td>598.4</td><td>-3.1</td></tr>
<tr><td>实际使用外资（亿美元）</td><td>16.82</td><td></td></tr>
<tr><td>新签约项目（个）</td><td>136</td><td>—</td></tr>
<tr><td>备注</td><td>2024</td><td>—</td></tr>
</tbody></table>
<p>下一步，全区将聚焦全年目标任务，加力推动在建项目早竣工、早投产、早达效。</p></div></article></body></html>"""


def facts_of(markup: str, name="page.html"):
    doc = clean_document(read_bytes(markup.encode("utf-8"), name))
    return doc, extract_facts(doc)


def test_rows_of_a_data_table_are_one_paragraph_each_and_empty_cells_keep_their_column():
    doc, _ = facts_of(TABLE_PAGE)
    rows = [doc.body[p.start : p.end] for p in doc.paragraphs if p.kind == "table"]
    assert rows[0] == "指标名称 | 1-9月 | 同比增长%"
    assert "实际使用外资（亿美元） | 16.82 |" in rows
    assert len(rows) == 7


def test_cells_take_unit_from_the_row_label_or_column_header_and_period_from_the_header():
    _, facts = facts_of(TABLE_PAGE)
    table = [
        (
            m.number_text,
            m.value,
            m.unit,
            m.normalized_value,
            m.normalized_unit,
            m.measure,
            m.period_label,
        )
        for m in facts.metrics
        if m.rule == "table"
    ]
    assert table == [
        ("1865.3", 1865.3, "亿元", 186530000000, "CNY", "gdp", "1-9月"),
        (
            "5.8",
            5.8,
            "%",
            5.8,
            "percent",
            "gdp_growth",
            "1-9月",
        ),  # the growth column takes its sibling's period
        ("7.2", 7.2, "%", 7.2, "percent", "growth_rate", "1-9月"),
        ("598.4", 598.4, "亿元", 59840000000, "CNY", "trade_value", "1-9月"),
        ("-3.1", -3.1, "%", -3.1, "percent", "growth_rate", "1-9月"),
        ("16.82", 16.82, "亿美元", 1682000000, "USD", "foreign_investment", "1-9月"),
        ("136", 136, "个", 136, "count", "signed_projects", "1-9月"),
    ]  # 备注 | 2024: no unit reads it, so it is no quantity
    first = next(m for m in facts.metrics if m.rule == "table")
    assert first.quote == "地区生产总值（亿元） | 1865.3 | 5.8"  # one click shows the whole row


def test_layout_table_keeps_its_paragraphs():
    page = (
        "<html><body><table><tr><td><a href='/'>首页</a></td><td><div><p>日照高新区签约7个项目，计划总投资71.3亿元。</p>"
        "<p>项目涵盖新一代信息技术、高端装备等产业，将进一步壮大园区主导产业集群，带动上下游企业集聚发展。</p></div></td></tr></table></body></html>"
    )
    doc, facts = facts_of(page)
    assert not any(p.kind == "table" for p in doc.paragraphs)
    assert [m.number_text for m in facts.metrics] == ["7个", "71.3亿元"]


def test_a_cell_spanning_columns_keeps_the_next_columns_aligned():
    page = TABLE_PAGE.replace(
        "<tr><td>规模以上工业增加值</td><td>—</td><td>7.2</td></tr>",
        "<tr><td colspan='2'>规模以上工业增加值（%）</td><td>7.2</td></tr>",
    )
    doc, facts = facts_of(page)
    rows = [doc.body[p.start : p.end] for p in doc.paragraphs if p.kind == "table"]
    assert "规模以上工业增加值（%） |  | 7.2" in rows
    cell = next(m for m in facts.metrics if m.number_text == "7.2")
    assert (cell.unit, cell.period_label) == ("%", "1-9月")


def test_markdown_pipe_table_in_a_jekyll_post_is_read_like_an_html_one():
    post = (
        '---\nlayout: post\ntitle: "高新区前三季度经济运行情况"\ndate: 2024-10-20 08:00:00 +0800\n---\n'
        "今年以来，高新区经济运行总体平稳，主要指标如下：\n\n"
        "| 指标 | 1-9月 | 同比增长(%) |\n|---|---:|---:|\n| 营业收入（亿元） | 2310.5 | 9.6 |\n"
        "| 高新技术企业（家） | 1280 | — |\n\n下一步，高新区将持续推进项目建设，确保全年目标任务顺利完成。\n"
    )
    doc, facts = facts_of(post, "post.md")
    rows = [doc.body[p.start : p.end] for p in doc.paragraphs if p.kind == "table"]
    assert rows == [
        "指标 | 1-9月 | 同比增长(%)",
        "营业收入（亿元） | 2310.5 | 9.6",
        "高新技术企业（家） | 1280 | —",
    ]
    table = [
        (m.number_text, m.unit, m.measure, m.period_label)
        for m in facts.metrics
        if m.rule == "table"
    ]
    assert table == [
        ("2310.5", "亿元", "revenue", "1-9月"),
        ("9.6", "%", "growth_rate", "1-9月"),
        ("1280", "家", "high_tech_enterprise_count", "1-9月"),
    ]


def test_a_cell_that_writes_its_percent_takes_its_measure_from_the_headers():
    """A Markdown table's growth column writes the %: the number is read as prose, which finds
    no measure word beside it; the row label and column header name it."""
    post = (
        "---\ntitle: 东湖高新区2023年主要经济指标\ndate: 2024-01-20\n---\n\n"
        "2023年东湖高新区主要经济指标如下：\n\n"
        "| 指标 | 2023年 | 同比 |\n| --- | ---: | ---: |\n"
        "| 地区生产总值（亿元） | 2862.4 | 6.9% |\n"
        "| 规上工业总产值（亿元） | 3105.7 | 8.2% |\n"
        "| 固定资产投资（亿元） | 1216.3 | -2.1% |\n"
    )
    _, facts = facts_of(post, "post.md")
    measures = {m.number_text: m.measure for m in facts.metrics}
    assert measures["6.9%"] in ("gdp_growth", "growth_rate")  # no longer `other`
    assert measures["8.2%"] == "growth_rate"
    assert measures["-2.1%"] == "growth_rate"


MONTHS_PAGE = """<html><head><title>郑州经开综保区上半年进出口</title></head><body><article>
<h1>郑州经开综保区上半年进出口</h1><div class="content"><p>发布时间：2024-07-20</p>
<p>郑州经开综保区今年各月进出口情况如下：</p>
<table><tr><th>月份</th><th>进出口值（亿元）</th><th>同比（%）</th></tr>
<tr><td>1月</td><td>398.7</td><td>15.2</td></tr>
<tr><td>2月</td><td>301.5</td><td>-9.6</td></tr></table></div></article></body></html>"""


def test_a_row_labelled_with_a_month_is_that_months():
    doc, facts = facts_of(MONTHS_PAGE)
    found = {m.number_text: m for m in facts.metrics if m.rule == "table"}
    assert (found["398.7"].period_label, found["398.7"].period_rule) == ("1月", "table_header")
    assert (found["301.5"].period_start, found["301.5"].period_end) == ("2024-02-01", "2024-02-29")
    label = found["-9.6"]
    assert doc.body[label.period_char_start : label.period_char_end] == "2月"


def test_a_row_of_a_table_of_parks_is_that_rows_even_when_its_park_is_unknown():
    html = (
        "<html><head><title>2024年园区经济简析</title></head><body>"
        "<p>2024年，泰兴经济开发区发挥了重要支撑作用。</p>"
        "<table><tr><td>园区</td><td>开票销售收入（亿元）</td><td>同比增长（%）</td></tr>"
        "<tr><td>泰兴经济开发区</td><td>712.3</td><td>9.8</td></tr>"
        "<tr><td>泰兴高新区</td><td>248.65</td><td>7.6</td></tr>"
        "<tr><td>泰兴农业开发区</td><td>50.46</td><td>4.1</td></tr></table></body></html>"
    )
    _, facts = facts_of(html)
    metrics = facts.metrics
    found = {m.number_text: m for m in metrics}
    assert found["712.3"].park == "泰兴经济开发区"
    assert found["248.65"].park == "泰兴高新区"
    assert (found["50.46"].park, found["50.46"].subject_rule) == (None, "table_row")


def test_a_tables_caption_line_gives_its_cells_their_period():
    html = (
        "<html><head><title>园区经济简析</title></head><body>"
        "<p>泰兴经济开发区发挥了重要支撑作用。</p>"
        "<p>表　2024年“一区四园”主要指标完成情况</p>"
        "<table><tr><td>园区</td><td>开票销售收入（亿元）</td><td>同比增长（%）</td></tr>"
        "<tr><td>泰兴经济开发区</td><td>712.3</td><td>9.8</td></tr>"
        "<tr><td>泰兴高新区</td><td>248.65</td><td>7.6</td></tr></table></body></html>"
    )
    _, facts = facts_of(html)
    found = {m.number_text: m for m in facts.metrics}
    assert (found["712.3"].period_label, found["712.3"].period_rule) == ("2024年", "table_caption")
    assert found["7.6"].period_label == "2024年"


def test_a_caption_saying_the_year_of_a_header_period_names_the_cells_period():
    """九江经开区2025年1—9月主要指标 over a 单位 line and a 1—9月 column: the caption says the same
    months with their year, so the cells take it; a 6月 column under 2024年1—6月 keeps its own."""
    html = (
        "<html><head><title>九江经开区统计</title></head><body>"
        "<p>1—9月，九江经开区规模以上工业增加值同比增长8.6%。</p>"
        "<p>九江经开区2025年1—9月主要经济指标</p><p>单位：亿元、%</p>"
        "<table><tr><th>指标名称</th><th>1—9月</th><th>同比增长（%）</th></tr>"
        "<tr><td>规上工业营业收入</td><td>1286.7</td><td>7.2</td></tr></table>"
        "<p>表　2024年1—6月主要指标</p>"
        "<table><tr><th>指标名称</th><th>6月</th><th>同比增长（%）</th></tr>"
        "<tr><td>规上工业营业收入（亿元）</td><td>512.6</td><td>17.9</td></tr></table></body></html>"
    )
    _, facts = facts_of(html)
    found = {m.number_text: m for m in facts.metrics}
    assert (found["1286.7"].period_label, found["1286.7"].period_rule) == (
        "2025年1—9月",
        "table_caption",
    )
    assert found["512.6"].period_label == "6月"


SPANNING_HEADER_PAGE = """<html><head><title>天津经开区前10月规上工业总产值增长6.8%</title></head><body>
<h1>天津经开区前10月规上工业总产值增长6.8%</h1>
<p>今年以来，天津经开区经济运行稳中有进，规模以上工业总产值同比增长6.8%。</p>
<p>2024年1—10月天津经开区主要经济指标</p><p>单位：亿元，%</p>
<table><tr><th rowspan="2">指　标</th><th colspan="2">2024年1—10月</th></tr>
<tr><th>绝对值</th><th>同比增长</th></tr>
<tr><td>地区生产总值</td><td>1865.3</td><td>5.6</td></tr>
<tr><td>实际使用外资（亿美元）</td><td>18.36</td><td>7.9</td></tr>
<tr><td>外贸进出口总额</td><td>1423.6</td><td>-4.7</td></tr>
</table><p>从产业看，三大主导产业合计实现产值2187.5亿元。</p></body></html>"""


def test_a_header_spanning_two_columns_and_the_row_under_it_head_the_columns():
    """指标 | 2024年1—10月 over 绝对值 | 同比增长, with 单位：亿元，%: the values take 亿元 (or their
    row's 亿美元) and the period above them; the growth column takes % and the same period."""
    _, facts = facts_of(SPANNING_HEADER_PAGE)
    table = [
        (m.number_text, m.unit, m.measure, m.period_label)
        for m in facts.metrics
        if m.rule == "table"
    ]
    assert table == [
        ("1865.3", "亿元", "gdp", "2024年1—10月"),
        ("5.6", "%", "gdp_growth", "2024年1—10月"),
        ("18.36", "亿美元", "foreign_investment", "2024年1—10月"),
        ("7.9", "%", "growth_rate", "2024年1—10月"),
        ("1423.6", "亿元", "trade_value", "2024年1—10月"),
        ("-4.7", "%", "growth_rate", "2024年1—10月"),
    ]


def test_a_period_in_brackets_in_a_rows_label_is_that_rows():
    """规上工业企业营业收入（1—2月） under a 1—3月 column: the row says its own months; the other rows
    keep the header's."""
    html = (
        "<html><head><title>绵阳高新区统计</title></head><body>"
        "<p>一季度，绵阳高新区地区生产总值同比增长7.6%。</p><p>单位：亿元，%</p>"
        "<table><tr><th>指标</th><th>1—3月</th><th>同比±</th></tr>"
        "<tr><td>地区生产总值</td><td>186.42</td><td>7.6</td></tr>"
        "<tr><td>规上工业企业营业收入（1—2月）</td><td>251.63</td><td>8.4</td></tr></table>"
        "</body></html>"
    )
    _, facts = facts_of(html)
    found = {m.number_text: m for m in facts.metrics}
    assert (found["251.63"].period_label, found["251.63"].period_rule) == ("1—2月", "row_label")
    assert found["186.42"].period_label == "1—3月"
