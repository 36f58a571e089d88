"""Whose number it is and when (issue 14): each rule of the frame model on a realistic text, run
through the whole extract stage with the real gazetteer, as a build would run it."""

import sqlite_utils
import yaml
from documents import make_doc

from etl.build import build
from etl.extract import extract_facts


def facts_of(text, published="2024-06-27", title=None):
    return extract_facts(make_doc(text, published, title=title))


def attributed(text, **kwargs):
    """(number_text, subject, subject_kind, park, subject_rule) of every metric."""
    return [
        (m.number_text, m.subject, m.subject_kind, m.park, m.subject_rule)
        for m in facts_of(text, **kwargs).metrics
    ]


def by_number(text, **kwargs):
    return {m.number_text: m for m in facts_of(text, **kwargs).metrics}


def test_a_respectively_list_maps_numbers_to_members_in_order():
    text = "宝鸡高新区、渭南高新区分别实现营业收入986.2亿元、428.7亿元，同比分别增长9.4%、11.8%。"
    found = {n: (park, rule) for n, _, _, park, rule in attributed(text)}
    assert found == {
        "986.2亿元": ("宝鸡高新区", "respectively"),
        "428.7亿元": ("渭南高新区", "respectively"),
        "9.4%": ("宝鸡高新区", "respectively"),  # the second 分别 reuses the sentence's list
        "11.8%": ("渭南高新区", "respectively"),
    }


def test_a_respectively_list_of_another_length_is_left_empty():
    """Two parks, three numbers: a member is missing from what was read, so no guess."""
    text = "宝鸡高新区、渭南高新区分别实现营业收入986.2亿元、312.5亿元、428.7亿元。"
    assert {(park, rule) for _, _, _, park, rule in attributed(text)} == {
        (None, "respectively_mismatch")
    }


def test_a_member_no_gazetteer_knows_keeps_its_place_in_the_list():
    text = "宝鸡高新区、秦岭未来谷、渭南高新区分别实现营业收入986.2亿元、312.5亿元、428.7亿元。"
    found = [(n, subject, park) for n, subject, _, park, _ in attributed(text)]
    assert found == [
        ("986.2亿元", "宝鸡高新区", "宝鸡高新区"),
        ("312.5亿元", "秦岭未来谷", None),
        ("428.7亿元", "渭南高新区", "渭南高新区"),
    ]


def test_measures_of_one_subject_after_fenbie_are_not_a_list():
    text = "日照经开区重点项目中，制造业项目投资额和数量分别占重点项目的92%和83%。"
    assert {park for _, _, _, park, _ in attributed(text)} == {"日照经开区"}


def test_a_group_of_parks_is_the_subject_of_its_totals_not_one_park():
    text = (
        "陕西7家国家级高新区前5月营收超1.1万亿元 西安高新区占比近七成\n"
        "今年1至5月，全省7家国家级高新区实现营业收入11236.5亿元，同比增长8.9%。"
        "西安高新区实现营业收入7812.3亿元。"
    )
    found = by_number(text)
    assert (found["7家"].subject_kind, found["7家"].park) == ("group", None)
    assert (found["11236.5亿元"].subject, found["11236.5亿元"].park) == (
        "全省7家国家级高新区",
        None,
    )
    assert found["8.9%"].subject_kind == "group"  # the clause after it names nothing new
    assert found["7812.3亿元"].park == "西安高新区"


def test_a_round_up_gives_no_park_to_a_sentence_that_names_none():
    text = (
        "1—9 月，全省184个开发区实现营业收入5.63万亿元。\n"
        "郑州高新区规上工业增加值增长10.4%。\n"
        "实际使用外资12.6亿美元，占全省总量的72.5%。"
    )
    found = by_number(text)
    assert found["10.4%"].park == "郑州高新区"
    assert (found["12.6亿美元"].park, found["12.6亿美元"].subject_rule) == (None, "roundup")


def test_in_a_round_up_a_bare_park_word_with_no_park_in_focus_is_no_ones():
    """13个重点园区…。二、…园区累计完成固定资产投资938.47亿元: in a round-up, 园区 in a
    paragraph that names no park is the parks together, not the article's main park; in a
    paragraph on one park it is that park."""
    text = (
        "前三季度，全省13个重点园区累计实现营业收入16088.52亿元。洋浦经济开发区、海口江东新区、"
        "三亚中央商务区、海口综合保税区四个园区拉动园区总营收增长11.2个百分点。\n"
        "二、投资增速快于全省。前三季度，园区累计完成固定资产投资938.47亿元。\n"
        "分园区看，洋浦经济开发区实现营业收入5211.60亿元，园区规上工业产值增长11.6%。"
    )
    found = by_number(text, title="前三季度海南自贸港重点园区营业收入同比增长12.7%")
    assert found["938.47亿元"].park is None
    assert found["11.6%"].park == "洋浦经济开发区"


def test_a_list_of_parks_as_the_subject_owns_the_figure_together():
    """石家庄、保定、唐山、燕郊、承德国家高新区营业收入合计…: the parks together, nobody's alone; a
    zone with its district (广州开发区、黄埔区实现…) stays the zone's."""
    found = by_number(
        "上半年，全省34家高新区实现营业收入8925.6亿元。"
        "石家庄、保定、唐山、承德国家高新区营业收入合计3081.4亿元，占全省高新区的34.5%。"
    )
    assert (found["3081.4亿元"].park, found["3081.4亿元"].subject_rule) == (None, "shared")
    merged = by_number(
        "记者从广州开发区（黄埔区）获悉，今年上半年，广州开发区、黄埔区实现地区生产总值2091.7亿元。",
        title="广州开发区上半年规上工业产值逾3400亿元",
    )
    assert merged["2091.7亿元"].park is not None


def test_the_compared_park_is_never_the_subject():
    text = (
        "苏州工业园区实际使用外资22.6亿美元，比排名第二的广州开发区高出约4亿美元。"
        "与合肥高新区相比，合肥经开区高新技术企业多出120家。"
    )
    found = by_number(text)
    assert found["4亿美元"].park == "苏州工业园区"
    assert found["第二"].park == "广州经开区"  # the rank modifies the park it stands before
    assert found["120家"].park == "合肥经开区"


def test_a_city_figure_and_the_clauses_after_it_are_the_citys():
    text = "上半年，苏州市实现地区生产总值1.19万亿元，同比增长4.6%；苏州工业园区实现地区生产总值1720亿元。"
    found = by_number(text)
    assert (found["1.19万亿元"].subject, found["1.19万亿元"].subject_kind) == ("苏州市", "place")
    assert (found["4.6%"].subject_kind, found["4.6%"].park) == ("place", None)
    assert found["1720亿元"].park == "苏州工业园区"


def test_a_named_project_opening_a_list_item_is_its_figures_subject():
    text = (
        "光谷7月18日集中签约项目38个，总投资861.5亿元。部分签约项目一览：\n"
        "① 华为武汉研究所三期项目，总投资110亿元；\n"
        "④ 联影医疗高端医疗装备研发生产基地二期，投资30亿元，用地约150亩；\n"
    )
    found = by_number(text)
    assert (found["110亿元"].subject_kind, found["110亿元"].park) == ("project", None)
    assert found["110亿元"].subject == "华为武汉研究所三期项目"
    # 联影医疗 is a listed firm (data/listed_companies.csv): a project's figures are the
    # company's that carries it (tests/heldout6/README.md, Projects)
    assert (found["150亩"].subject_kind, found["150亩"].park) == ("company", None)
    assert found["30亿元"].subject == "联影医疗"


def test_a_plan_is_not_a_project_name():
    text = "乙方拟在长春新区投资建设生产基地，项目用地约200亩。"
    assert attributed(text)[0][2] != "project"


def test_evidence_offsets_point_at_the_mention():
    text = "今年一季度，成都高新区规上工业增加值增长9.8%。"
    (metric,) = facts_of(text).metrics
    assert text[metric.subject_start : metric.subject_end] == "成都高新区"
    assert metric.subject_rule == "clause"
    assert text[metric.period_char_start : metric.period_char_end] == "今年一季度"
    assert metric.period_rule == "sentence"


def test_a_reporting_period_in_the_lead_governs_later_paragraphs():
    text = (
        "今年1至5月，全省7家国家级高新区实现营业收入11236.5亿元。\n"
        "从各高新区看，西安高新区实现营业收入7812.3亿元。\n"
        "目前，西安软件园聚集企业超过3200家。"
    )
    found = by_number(text)
    later = found["7812.3亿元"]
    assert (later.period_label, later.period_rule) == ("今年1至5月", "article")
    assert (later.period_start, later.period_end) == ("2024-01-01", "2024-05-31")
    assert found["3200家"].period_label == "目前"  # a new period ends the frame


def test_a_moment_opening_a_paragraph_does_not_govern_the_next():
    text = "目前，园区入驻企业120家。\n园区计划新建标准厂房20万平方米。"
    found = by_number(text)
    assert found["120家"].period_label == "目前"
    assert found["20万平方米"].period_label is None


def test_a_list_item_keeps_the_period_of_its_introduction():
    text = "7月18日，光谷集中签约项目38个。部分签约项目一览：\n① 华为武汉研究所三期项目，总投资110亿元；"
    assert by_number(text)["110亿元"].period_label == "7月18日"


def test_period_words_written_with_spaces_or_as_a_fiscal_year():
    text = "1—9 月，郑州高新区营收增长8%。2023年度，郑州高新区营收1200亿元。"
    found = by_number(text)
    assert (found["8%"].period_start, found["8%"].period_end) == ("2024-01-01", "2024-09-30")
    assert (found["1200亿元"].period_start, found["1200亿元"].period_end) == (
        "2023-01-01",
        "2023-12-31",
    )


def test_a_segment_after_a_semicolon_that_names_nothing_keeps_the_subject():
    text = (
        "今年1至5月，全省7家国家级高新区实现营业收入11236.5亿元，同比增长8.9%；"
        "实现工业总产值5128.4亿元。"
    )
    assert by_number(text)["5128.4亿元"].subject_kind == "group"


def test_a_company_named_in_one_segment_is_not_the_next_segments_subject():
    text = (
        "科创园积极促成园区企业内循环，东丽医疗科技公司透析器实现地产地销；"
        "电商进驻企业带货卖货，50余家企业外贸转内销。"
    )
    found = by_number(text)["50余家"]
    assert found.subject_kind != "company"


def test_a_park_named_only_as_compared_is_not_what_the_paragraph_is_on():
    text = (
        "2023年，苏州工业园区实际使用外资规模比排名第二的广州开发区高出约4亿美元。"
        "目前，园区累计吸引外资项目超5600个。"
    )
    assert by_number(text)["5600个"].park == "苏州工业园区"


def test_a_park_word_inside_a_longer_name_is_not_an_anaphor():
    """經濟部產業園區管理局 is the ministry's agency: neither a sub-park nor 园区 the park."""
    text = (
        "經濟部產業園區管理局昨日公布營運成果，臨廣園區全年新增投資金額達1,086.5億元；"
        "全年進出口貿易額186.4億美元。"
    )
    facts = facts_of(text, published="2025-01-16")
    assert not [p for p in facts.parks if p.is_sub_park]
    assert all(m.subject != "经济部产业园区" for m in facts.metrics)


def test_a_science_park_named_after_the_main_zones_city_lies_inside_it():
    text = (
        "西安高新区1至5月规上工业总产值同比增长12.7%。"
        "目前，西安软件园聚集软件和信息服务企业超过3200家。"
    )
    facts = facts_of(text)
    inner = [p for p in facts.parks if p.name == "西安软件园"]
    assert inner and inner[0].is_sub_park and inner[0].parent == "西安高新区"
    found = by_number(text)["3200家"]
    assert (found.subject, found.subject_kind, found.park) == (
        "西安软件园",
        "sub_park",
        "西安高新区",
    )


def test_listing_is_not_a_city():
    """新增上市企业2家: 上市 ends in 市 but names no city."""
    text = "苏州工业园区上半年完成股权融资42.6亿元，新增上市企业2家。"
    assert by_number(text)["2家"].park == "苏州工业园区"


def test_a_share_of_the_city_is_the_parks_figure():
    text = "苏州工业园区以占苏州市约3%的土地，贡献了全市约15%的经济总量。"
    found = by_number(text)
    assert found["3%"].park == found["15%"].park == "苏州工业园区"


def test_the_set_a_park_is_ranked_in_is_not_its_subject():
    text = "2023年，合肥经开区规上工业总产值2865.2亿元，总量居全市各开发区首位；一般公共预算收入96.3亿元。"
    assert by_number(text)["96.3亿元"].park == "合肥经开区"


def test_the_park_compared_with_in_a_tong_xiangbi_clause_is_not_the_subject():
    text = "同苏州工业园区相比，东湖高新区的高新技术企业多出2000余家，但上市公司只有52家。"
    found = by_number(text)
    assert found["2000余家"].park == found["52家"].park == "东湖高新区"


def test_a_sum_of_several_parks_is_a_group():
    text = (
        "郑州经开区、郑州高新区分别实现营业收入3105.2亿元、1862.7亿元，"
        "两家合计占全省开发区营收总额的9%。"
    )
    found = by_number(text)["9%"]
    assert (found.subject_kind, found.park) == ("group", None)
    parts = by_number(  # the parts of one park together: no one part's, nor the park's own
        "上半年，长春汽车经开区规上工业总产值1368.2亿元。上半年，区内智能网联汽车产业园、"
        "新能源汽车零部件产业园、汽车电子产业园三大产业园合计实现产值982.6亿元。"
    )["982.6亿元"]
    assert (parts.subject_kind, parts.park) == ("group", None)


def test_a_parks_totals_leave_out_its_sub_parks_and_the_citys_figures(tmp_path):
    """A sub-park's figure rolls up to its parent's park_id, so a total that summed park_id
    would count it twice; the views and canned queries sum the park's own figures only."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(
        "西安高新区签约项目\n2024-06-27\n"
        "今年上半年，西安高新区新签约项目28个，计划总投资316.8亿元。"
        "西安软件园新签约项目6个，计划总投资40亿元。"
        "全市新签约项目120个，计划总投资980亿元。\n",
        encoding="utf-8",
    )
    db_path = tmp_path / "parks.db"
    build(raw, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    kinds = {
        r["normalized_value"]: (r["subject_kind"], r["park"])
        for r in db.query(
            "select normalized_value, subject_kind, parks.name as park from metrics"
            " left join parks on parks.id = metrics.park_id where measure = 'planned_investment'"
        )
    }
    assert kinds == {
        31_680_000_000: ("park", "西安高新区"),
        4_000_000_000: ("sub_park", "西安高新区"),
        98_000_000_000: ("place", None),
    }
    (total,) = db.query(
        "select total_normalized_value from investment_by_park_year"
        " where park = '西安高新区' and measure = 'planned_investment'"
    )
    assert total["total_normalized_value"] == 31_680_000_000
    db.conn.create_function("cjk_simplified", 1, lambda text: text)  # plugins/cjk_search.py
    metadata = yaml.safe_load(open("metadata.yml", encoding="utf-8"))
    canned = metadata["databases"]["parks"]["queries"]["planned_investment_by_park_year"]["sql"]
    rows = list(db.query(canned, {"measure": "", "park": "", "year": ""}))
    assert [(r["park"], r["total"]) for r in rows] == [("西安高新区", 31_680_000_000)]


def test_a_scope_word_is_named_as_the_place_it_stands_for():
    text = (
        "今年上半年，苏州工业园区实现地区生产总值1787.6亿元。"
        "同期，全市实现地区生产总值1.19万亿元；全国178家国家高新区营收增长7.5%。"
        "武汉全市共有高新技术企业1.5万家。"
    )
    found = by_number(text)
    assert found["1.19万亿元"].subject == "苏州市"  # the article is placed in 苏州
    assert (found["1.5万家"].subject_kind, found["1.5万家"].park) == ("place", None)
    assert found["1787.6亿元"].park == "苏州工业园区"


def test_the_lead_frame_is_the_last_period_opening_a_clause_before_its_first_number():
    """10月28日，记者…获悉，1—9 月，全省…: the date is when the news was given, the months are
    what the figures cover, and the months go on framing the next paragraph."""
    text = (
        "10月28日，记者从省商务厅获悉，1—9 月，全省184个开发区实现营业收入5.63万亿元。\n"
        "郑州经开区、郑州高新区分别实现营业收入3105.2亿元、1862.7亿元。"
    )
    found = by_number(text, published="2024-10-29")
    assert found["3105.2亿元"].period_label == "1—9 月"
    assert found["3105.2亿元"].period_rule == "article"


def test_a_stock_takes_no_inherited_period():
    text = (
        "前三季度，东湖高新区地区生产总值同比增长8.1%。\n"
        "光谷已集聚光电子信息企业超过1.6万家，累计引进项目286个。"
    )
    found = by_number(text)
    assert found["8.1%"].period_label == "前三季度"
    assert found["1.6万家"].period_label is None
    assert found["286个"].period_label is None


def test_an_ftz_area_named_in_full_is_its_own_park_and_keeps_its_short_form():
    """湖南自贸区长沙片区 is the Changsha area of the Hunan FTZ: its figures are the area's,
    not the whole FTZ's, and the article's later 长沙片区 is the same park."""
    text = (
        "湖南自贸区长沙片区挂牌三周年。\n"
        "三年来，长沙片区累计新设企业2.16万家，实际使用外资14.6亿美元。"
    )
    facts = facts_of(text)
    assert "长沙自贸片区" in {p.name for p in facts.parks if not p.is_sub_park}
    assert {m.park for m in facts.metrics} == {"长沙自贸片区"}


def test_zone_kinds_joined_to_a_group_are_the_same_group():
    text = "今年一季度，安徽省国家级经开区和高新区合计实际使用外资12.6亿美元，同比增长9.3%。"
    found = by_number(text)["12.6亿美元"]
    assert (found.subject, found.subject_kind, found.park) == (
        "安徽省国家级经开区和高新区",
        "group",
        None,
    )


def test_a_project_in_a_markdown_bullet_is_the_subject_of_its_figures():
    text = (
        "临港新片区今年新签约项目12个。\n"
        "- 沪临新能源科技固态电池研发及产业化项目，总投资62亿元，达产后预计年产值约150亿元；\n"
        "- 临港氢能港口物流装备项目，计划投资18.6亿元。"
    )
    found = by_number(text)
    assert found["12个"].park == "临港新片区"
    assert {found[n].subject_kind for n in ("62亿元", "150亿元", "18.6亿元")} == {"project"}
    assert {found[n].park for n in ("62亿元", "150亿元", "18.6亿元")} == {None}


def test_the_national_zones_as_a_whole_are_a_group_and_yuanqu_after_them_is_theirs():
    text = (
        "东湖高新区营收增长9%。\n"
        "科技部火炬中心数据显示，去年国家高新区实现营业收入48.4万亿元，同比增长12.6%；"
        "园区生产总值15.3万亿元。"
    )
    found = by_number(text)
    assert found["9%"].park == "东湖高新区"
    for number in ("48.4万亿元", "12.6%", "15.3万亿元"):
        assert (found[number].subject_kind, found[number].park) == ("group", None), number


def test_the_whole_park_and_a_set_the_park_belongs_to_are_not_groups():
    text = (
        "厦门火炬高新区是国务院首批批准设立的国家高新区之一，在最新一次国家高新区综合评价中位列全国第13位。"
        "从全园区看，上半年园区生物医药产业产值达到782.1亿元。"
    )
    found = by_number(text)
    assert found["第13位"].park == found["782.1亿元"].park == "厦门火炬高新区"


def test_a_clause_opening_with_zuowei_is_not_a_project_name():
    text = "苏州工业园区作为两国政府间的重要合作项目，以占苏州市3.4%的土地，创造了全市约15%的经济总量。"
    found = by_number(text)
    assert found["3.4%"].park == found["15%"].park == "苏州工业园区"


def test_a_part_of_a_year_takes_the_year_its_sentence_named():
    """Published in January 2025, 全年 after 113年 is 2024's whole year, not 2025's."""
    text = "經濟部產業園區管理局昨（15）日公布113年營運成果，轄下加工出口區全年新增投資金額達新台幣1,086.5億元。"
    (metric,) = facts_of(text, published="2025-01-16").metrics
    assert metric.period_label == "全年"
    assert (metric.period_start, metric.period_end) == ("2024-01-01", "2024-12-31")
    (metric,) = facts_of("2023年，合肥经开区上半年营收增长5%。", published="2025-01-16").metrics
    assert (metric.period_start, metric.period_end) == ("2023-01-01", "2023-06-30")


def test_since_the_parks_own_event_is_a_window_ending_at_publication():
    (metric,) = facts_of("长沙片区挂牌以来，累计新设企业2.16万家。", published="2023-09-24").metrics
    assert metric.period_label == "挂牌以来"
    assert (metric.period_start, metric.period_end) == (None, "2023-09-24")


def test_the_same_day_is_the_day_named_before():
    text = "9月8日，厦门火炬高新区签约项目18个。同日，海沧区签约项目12个。"
    found = by_number(text, published="2024-09-09")
    assert found["12个"].period_label == "同日"
    assert (found["12个"].period_start, found["12个"].period_end) == ("2024-09-08", "2024-09-08")


def test_a_city_named_without_shi_at_a_clause_start_is_the_subject():
    text = (
        "今年上半年，苏州工业园区实现地区生产总值1787.6亿元。"
        "同期，苏州规上工业总产值突破2万亿元；武汉共有高新技术企业1.5万家。"
        "苏州银行园区支行新增贷款30亿元。"
    )
    found = by_number(text)
    assert (found["2万亿元"].subject, found["2万亿元"].park) == ("苏州市", None)
    assert (found["1.5万家"].subject, found["1.5万家"].subject_kind) == ("武汉市", "place")
    assert found["30亿元"].subject_kind != "place"  # 苏州银行 is a bank, not the city


def test_a_standing_attribute_and_a_part_of_a_stock_take_no_inherited_period():
    text = (
        "前三季度，东湖高新区地区生产总值同比增长8.1%。\n"
        "光谷已集聚光电子信息企业超过1.6万家，其中上市企业60余家；新增企业312家。\n"
        "中新合作区规划面积278平方公里。"
    )
    found = by_number(text)
    assert found["60余家"].period_label is None  # 其中: part of the stock before it
    assert found["278平方公里"].period_label is None  # a planned area is no quarter's


def test_a_comprehensive_bonded_zone_of_the_main_zones_city_lies_inside_it():
    text = "济南高新区上半年营收增长9%。济南综合保税区实现进出口总额206.3亿元。"
    facts = facts_of(text)
    (zone,) = [p for p in facts.parks if p.name == "济南综合保税区"]
    assert zone.is_sub_park and zone.parent == "济南高新区"
    found = by_number(text)["206.3亿元"]
    assert (found.subject_kind, found.park) == ("sub_park", "济南高新区")


def test_a_park_written_in_full_then_by_its_tail_is_one_park():
    text = "厦门火炬高新区规上工业总产值862.4亿元。今年以来，火炬高新区集中开工项目21个。"
    facts = facts_of(text)
    assert {p.name for p in facts.parks if not p.is_sub_park} == {"厦门火炬高新区"}
    assert {m.park for m in facts.metrics} == {"厦门火炬高新区"}


def test_a_national_zone_written_with_guojia_is_the_gazetteers_park():
    facts = facts_of("宁波国家高新区规上工业总产值1046.7亿元，同比增长8.1%。")
    assert {m.park for m in facts.metrics} == {"宁波高新区"}


def test_a_group_of_provincial_and_higher_zones_is_a_group():
    text = "1—9 月，全省121家省级以上开发区（园区）实现规上工业增加值1.31万亿元。"
    found = by_number(text, published="2024-10-31")["1.31万亿元"]
    assert (found.subject_kind, found.park) == ("group", None)


def test_the_evaluation_a_park_is_ranked_in_is_not_its_subject():
    text = "日照经开区在2021年全省省级以上开发区综合评价中再次连续进位、居第15位。"
    assert by_number(text, published="2022-03-01")["第15位"].park == "日照经开区"


def test_an_ftz_area_after_the_full_ftz_name_and_its_bonded_zone():
    text = (
        "本公司与绥芬河片区签署跨境冷链物流中心项目投资协议\n"
        "东极冷链科技股份有限公司与中国（黑龙江）自由贸易试验区绥芬河片区管理委员会签署协议。"
        "绥芬河片区实施范围19.99平方公里，其中绥芬河综合保税区规划面积1.8平方公里。"
        "根据协议，项目计划总投资8.6亿元。"
    )
    facts = facts_of(text)
    area = [p for p in facts.parks if p.name == "绥芬河自贸片区"]
    assert area and not area[0].is_sub_park
    found = {m.number_text: m for m in facts.metrics}
    assert found["19.99平方公里"].park == "绥芬河自贸片区"
    assert (found["1.8平方公里"].subject_kind, found["1.8平方公里"].park) == (
        "sub_park",
        "绥芬河自贸片区",
    )
    # 项目 points back to the company's project, never to the bonded zone named before it
    assert found["8.6亿元"].subject_kind != "sub_park"


def test_a_period_naming_an_event_is_not_the_figures_period():
    text = (
        "7月18日，光谷举行2024年第三季度重大项目集中签约活动，现场签约项目38个，总投资861.5亿元。"
    )
    found = by_number(text, published="2024-07-19")
    assert set(found) == {"38个", "861.5亿元"}  # the event's name holds no quantity either
    assert {m.period_label for m in found.values()} == {"7月18日"}


def test_a_count_of_what_a_park_has_takes_no_inherited_period_unless_it_is_a_flow():
    text = (
        "今年一季度，合肥高新区实现规上工业产值410亿元。\n"
        "园区现有上市公司54家，国家高新技术企业2240家。\n"
        "园区新增企业312家，新认定高新技术企业41家。"
    )
    found = by_number(text)
    assert found["410亿元"].period_label == "今年一季度"
    for stock in ("54家", "2240家"):
        assert (found[stock].period_label, found[stock].period_rule) == (None, "stock")
    for flow in ("312家", "41家"):  # the quarter's new firms
        assert (found[flow].period_label, found[flow].period_rule) == ("今年一季度", "article")


def test_a_firms_project_figures_take_no_inherited_period():
    text = (
        "今年一季度，苏州工业园区新签约项目32个，总投资216亿元。\n"
        "其中，信达生物有限公司计划总投资25亿元，用地约180亩，建设研发生产基地。"
    )
    found = by_number(text)
    assert found["216亿元"].period_label == "今年一季度"  # the quarter's signings
    assert found["25亿元"].subject_kind == "company"
    assert (found["25亿元"].period_label, found["25亿元"].period_rule) == (None, "attribute")
    assert found["180亩"].period_label is None


def test_a_plants_capacity_never_takes_the_articles_park_by_default():
    text = (
        "今年以来，北京经开区新开工项目32个。\n"
        "位于科创十三街的超级工厂一期工程用时不到一年即建成投产，规划年产能15万辆。"
    )
    found = by_number(text)
    assert found["32个"].park == "北京经开区"
    assert (found["15万辆"].park, found["15万辆"].subject_rule) == (None, "no_default")


def test_a_named_quarter_of_a_zone_is_a_sub_park_of_it():
    text = (
        "今年1—9月，杭州高新区实现营业收入3105.2亿元。\n"
        "其中，物联网小镇集聚物联网企业320余家，实现营收463.2亿元；"
        "星沙产业基地、光谷生物城等载体加快建设。"
    )
    found = by_number(text)
    assert (found["3105.2亿元"].subject, found["3105.2亿元"].subject_kind) == ("杭州高新区", "park")
    for n in ("320余家", "463.2亿元"):
        assert (found[n].subject, found[n].subject_kind) == ("物联网小镇", "sub_park")
        assert found[n].park == "杭州高新区"  # rolled up, and left out of the park's own totals


def test_a_firms_own_base_is_not_a_quarter_of_the_park():
    text = (
        "今年一季度，长沙经开区签约项目21个。湘域重工有限公司董事长表示，将加快建设。"
        "总投资120亿元的湘域重工高端液压件产业基地项目、总投资65亿元的华曜新能源储能电池项目等"
        "一批重大项目相继落地。"
    )
    metric = by_number(text)["120亿元"]
    assert metric.subject_kind != "sub_park"
    assert metric.park is None


def test_a_county_or_a_town_opening_a_clause_is_the_subject_not_the_countys_zone():
    text = (
        "2023年，沭阳经开区工业开票销售812亿元。\n"
        "据初步测算，2023年沭阳全县地区生产总值增长8.1%以上，一般公共预算收入达到71.4亿元。\n"
        "青伊湖镇是工业强镇，2023年全镇工业开票销售63.8亿元。"
    )
    found = by_number(text)
    assert found["812亿元"].park == "沭阳经开区"
    for n in ("8.1%", "71.4亿元"):
        assert (found[n].subject_kind, found[n].park) == ("place", None)
    assert (found["63.8亿元"].subject, found["63.8亿元"].park) == ("全镇", None)


def test_an_export_processing_zone_of_the_main_zones_place_lies_inside_it():
    text = (
        "合肥经开区今年上半年实现规上工业增加值增长12.1%。\n"
        "合肥出口加工区进出口总额累计32.4亿美元，增幅达76.5%。"
    )
    found = by_number(text)
    assert found["32.4亿美元"].subject_kind == "sub_park"
    assert found["32.4亿美元"].park == "合肥经开区"


def test_an_airport_economic_zone_is_a_park_and_its_short_forms_point_to_it():
    text = (
        "郑州航空港经济综合实验区上半年完成地区生产总值318.6亿元，同比增长10.8%。\n"
        "航空港区已成为全省对外开放的重要门户，实验区新签智能终端项目13个。"
    )
    found = by_number(text)
    for n in ("318.6亿元", "10.8%", "13个"):
        assert found[n].park == "郑州航空港区"


def test_the_zone_a_park_lies_in_is_not_what_the_sentence_is_about():
    text = (
        "今年上半年，郑州经开区实现进出口总值186.2亿元。\n"
        "新郑综保区位于郑州航空港经济综合实验区，在区内推广新的监管模式，企业货物通关时间压缩至2小时以内。"
    )
    metric = by_number(text)["2小时"]
    assert metric.park != "郑州航空港区"


def test_a_provinces_zones_named_together_are_a_group_not_a_park():
    text = (
        "钦州港经开区在全国国家级经开区综合考评中排第36位。\n"
        "自2019年以来，广西经开区由当年仅有的3个国家级经开区，扩容至目前的15个。"
        "2022年全区15家经开区完成外贸进出口总额1786亿元，同比增长41.3%。"
    )
    facts = facts_of(text)
    assert "广西经开区" not in {p.name for p in facts.parks}
    found = {m.number_text: m for m in facts.metrics}
    for n in ("3个", "15个", "1786亿元", "41.3%"):
        assert (found[n].subject_kind, found[n].park) == ("group", None)
    assert found["第36位"].park == "钦州港经开区"


def test_parks_of_an_article_that_names_no_zone_are_parks_in_their_own_right():
    """A district's parks (东西湖区's 食品工业园, 台商产业园): no zone holds them, so they are
    not dropped as sub-parks without a parent, and a round-up of them gives no sentence a default."""
    text = (
        "1—10月份，东西湖区各园区经济保持较快增长。其中，食品工业园完成工业总产值382.7亿元，"
        "同比增长27.3%；台商产业园实现工业总产值126.35亿元，同比增长18%；"
        "保税物流园实现进出口总额2.7亿美元。"
    )
    facts = facts_of(text)
    assert {"食品工业园", "台商产业园", "保税物流园"} <= {p.name for p in facts.parks}
    found = {m.number_text: m for m in facts.metrics}
    assert found["382.7亿元"].park == "食品工业园"
    assert found["18%"].park == "台商产业园"
    assert found["2.7亿美元"].park == "保税物流园"


def test_a_firms_site_next_to_a_zone_is_not_a_quarter_of_it():
    text = "上半年，两江新区实际使用外资6.3亿美元。德国博世有限公司今年4月宣布在龙兴工业园追加投资1.2亿美元。"
    assert by_number(text)["1.2亿美元"].subject_kind != "sub_park"


def test_a_district_named_like_its_zone_makes_unnamed_figures_nobodys():
    """曹妃甸区 (the district, with its 区委书记) and 曹妃甸经开区 (its zone): 全区 and a sentence
    naming nothing may be either, so they are left empty; the zone's own figures stay its own."""
    text = (
        "今年上半年，86个大项目落户曹妃甸，总投资712.6亿元；全区完成全部财政收入68.3亿元。\n"
        "据曹妃甸区区委书记介绍，曹妃甸把开放强区作为发展战略。\n"
        "曹妃甸经济技术开发区上半年完成规模以上工业总产值1186.4亿元，同比增长9.3%。"
    )
    found = by_number(text)
    for n in ("712.6亿元", "68.3亿元"):
        assert found[n].park is None
    assert found["68.3亿元"].subject_rule in ("district_or_zone", "none")
    assert found["1186.4亿元"].park == "曹妃甸经开区"


def test_a_county_written_with_its_zone_as_one_administration_keeps_the_zone():
    text = "长沙经开区（长沙县）1—8月实现规模工业总产值2816.3亿元。\n全区新签约项目21个。"
    found = by_number(text)
    assert found["2816.3亿元"].park == "长沙经开区"
    assert found["21个"].park == "长沙经开区"


def test_a_park_whose_places_are_joined_by_a_dash_keeps_its_whole_name():
    text = "钦州港经开区排第36位，广西—东盟经开区排在第147位，较上年前移61位。"
    found = by_number(text)
    assert found["第147位"].park == "广西—东盟经开区"
    assert found["61位"].park == "广西—东盟经开区"


def test_a_firm_described_by_its_standing_in_the_park_is_a_company_and_owns_its_figures():
    text = (
        "合肥经开区上半年规上工业增加值增长12.1%。"
        "去年一年，联宝电子作为园区龙头企业共生产笔记本电脑2136.4万台套，营业收入达到561亿元。"
    )
    facts = facts_of(text)
    assert "联宝电子" in {c.name for c in facts.companies}
    found = {m.number_text: m for m in facts.metrics}
    assert (found["561亿元"].subject, found["561亿元"].park) == ("联宝电子", None)
    assert found["12.1%"].park == "合肥经开区"
    assert not facts_of("合肥经开区作为全省重点企业集聚地，去年引进项目32个。").companies


def test_an_autonomous_regions_whole_is_a_place_not_the_parks_anaphor():
    text = (
        "一季度，钦州港片区规模以上工业总产值达到204.6亿元。"
        "同期，广西全区规模以上工业增加值同比增长19.8%。"
    )
    metric = by_number(text)["19.8%"]
    assert (metric.subject, metric.subject_kind, metric.park) == ("广西壮族自治区", "place", None)


def test_a_project_named_in_a_qizhong_clause_owns_the_figures_after_it():
    text = (
        "目前，广西自贸试验区钦州港片区已有18个产业项目落地开工，总投资3286亿元，"
        "其中华谊钦州化工新材料一体化基地一期项目已满负荷运转，首季实现产值约21亿元。"
    )
    found = by_number(text)
    assert found["3286亿元"].park == "钦州港自贸片区"
    assert (found["21亿元"].subject_kind, found["21亿元"].park) == ("project", None)


def test_a_number_of_big_zones_is_a_group():
    text = (
        "一季度，大连金普新区、大连高新区、大连长兴岛经开区、大连保税区四大园区合计实现规上工业产值1426.8亿元，"
        "占全市的68.7%。"
    )
    found = by_number(text)
    for n in ("1426.8亿元", "68.7%"):
        assert (found[n].subject_kind, found[n].park) == ("group", None)


def test_a_bonded_zone_named_after_a_port_is_a_park_of_its_own():
    text = (
        "天津经开区前三季度地区生产总值增长5.8%。\n"
        "天津港保税区前三季度完成进出口总额1863.5亿元，同比增长9.6%。"
    )
    found = by_number(text)
    assert found["5.8%"].park == "天津经开区"
    assert found["1863.5亿元"].park == "天津港保税区"


def test_ranks_listed_after_fenlie_map_in_order():
    text = "其中，昆明高新区营业收入居全省开发区第一，昆明经开区、曲靖经开区分列第二、第三。"
    found = by_number(text)
    assert (found["第二"].park, found["第二"].subject_rule) == ("昆明经开区", "respectively")
    assert (found["第三"].park, found["第三"].subject_rule) == ("曲靖经开区", "respectively")


def test_a_henan_cluster_and_a_taiwanese_investment_zone_are_parks():
    facts = facts_of(
        "今年以来，武陟县产业集聚区实现营业收入120亿元。\n记者从漳州台商投资区获悉，该区新开工项目14个。"
    )
    names = {p.name for p in facts.parks}
    assert {"武陟产业集聚区", "漳州台商投资区"} <= names


def test_a_provinces_parks_above_a_level_are_a_group_and_a_date_is_no_county():
    text = (
        "前三季度湖南省级以上产业园区技工贸总收入增长9.6%。"
        "根据省统计局发布的2024年1—7月全省工业园区发展情况，长沙经开区营业收入增长8.1%。"
    )
    facts = facts_of(text)
    assert not any("全省" in p.name for p in facts.parks)
    found = {m.number_text: m for m in facts.metrics}
    assert (found["9.6%"].subject_kind, found["9.6%"].park) == ("group", None)
    assert found["8.1%"].park == "长沙经开区"


def test_a_district_bracketed_with_its_zone_stands_for_the_zone():
    text = "今年，浑南区（沈阳高新区）首批签约项目71个。沈阳经济技术开发区也有项目签约。浑南区新开工项目12个。"
    facts = extract_facts(
        make_doc(text, "2024-02-20", title="沈阳浑南区首批签约项目71个 总额812亿元")
    )
    assert facts.main_park == "沈阳高新区"
    found = {m.number_text: m for m in facts.metrics}
    assert found["71个"].park == "沈阳高新区"
    assert found["12个"].park == "沈阳高新区"


def test_a_new_area_declared_the_same_as_its_zone_stands_for_the_zone():
    """辽东湾新区（即盘锦辽滨沿海经济技术开发区）: 即 declares the new area and the zone one, as a
    district bracketed with its zone is."""
    text = (
        "盘锦辽东湾新区（即盘锦辽滨沿海经济技术开发区）全年实现工业总产值812亿元。"
        "同期，盘锦全市地区生产总值增长5.6%，辽东湾新区增速高出全市4个百分点。"
    )
    found = by_number(text, published="2025-01-20")
    assert found["812亿元"].park == "盘锦辽滨沿海经开区"
    assert found["4个百分点"].park == "盘锦辽滨沿海经开区"


def test_a_city_after_a_comma_and_spaces_opens_its_clause():
    """同期 ， 盘锦全市地区生产总值…: a spaced page (PDF text, odd sites) puts spaces around its
    commas; the city still opens the clause, and its figure is the city's."""
    text = "辽东湾新区全年工业总产值812亿元 。⏎同期 ， 盘锦全市地区生产总值增长5.6% 。".replace(
        "⏎", "\n"
    )
    found = by_number(text, published="2025-01-20")
    assert (found["5.6%"].subject, found["5.6%"].park) == ("盘锦市", None)


def test_a_single_named_place_with_no_zone_is_not_made_a_park():
    """One 产业园 in an article that names no zone is as likely a project as a park."""
    facts = facts_of("角美智造产业园项目总投资约15亿元，用地320亩。")
    assert "角美智造产业园" not in {p.name for p in facts.parks}


def test_a_citys_parks_of_a_category_are_a_group_and_a_reporter_is_no_place():
    text = (
        "近日，笔者从县产业集聚区获悉，武陟县产业集聚区一季度签约项目6个。"
        "同期，焦作市产业集聚区规模以上工业增加值增长8.1%。上饶市工业园区共实现营业收入1683.5亿元。"
    )
    facts = facts_of(text)
    names = {p.name for p in facts.parks}
    assert not any(n.startswith(("笔者", "焦作", "上饶")) for n in names)
    found = {m.number_text: m for m in facts.metrics}
    for n in ("8.1%", "1683.5亿元"):
        assert (found[n].subject_kind, found[n].park) == ("group", None)


def test_a_quoted_group_of_zones_with_gong_is_the_groups():
    text = (
        "2024年，泰兴经济开发区开票销售712.3亿元。"
        "“一区四园”共完成开票销售收入1286.47亿元，同比增长7.9%。"
    )
    found = by_number(text)
    assert found["712.3亿元"].park == "泰兴经济开发区"
    for n in ("1286.47亿元", "7.9%"):
        assert (found[n].subject_kind, found[n].park) == ("group", None)


def test_one_place_the_headline_names_is_the_articles_park_when_no_zone_holds_it():
    facts = extract_facts(
        make_doc(
            "两个产业项目签约落户广梅产业园。广梅产业园规划总面积38.6平方公里，入驻企业156家。",
            "2024-03-12",
            title="广梅产业园一周两签",
        )
    )
    assert facts.main_park == "广梅产业园"
    found = {m.number_text: m for m in facts.metrics}
    assert found["156家"].park == "广梅产业园"


def test_a_countys_name_inside_its_zones_name_is_no_district_of_its_own():
    text = "今年以来，武陟县产业集聚区新签约项目6个。一季度，集聚区完成销售收入21亿元。"
    found = by_number(text)
    assert found["21亿元"].park == "武陟产业集聚区"


def test_dangtian_is_the_day_just_named_and_a_trend_window_frames_no_later_sentence():
    text = (
        "6月16日，漳州台商投资区14个项目集中开工。当天，长兴化学新材料项目总投资约15亿元。\n"
        "近年来，广梅产业园加快发展。此次签约的4个项目计划总投资13.6亿元。"
    )
    found = by_number(text)
    metric = found["15亿元"]
    assert metric.period_label == "当天"
    assert (metric.period_start, metric.period_end) == ("2024-06-16", "2024-06-16")
    assert found["13.6亿元"].period_label is None


def test_a_project_named_with_its_capacity_owns_its_figures_and_its_relative_clause():
    text = (
        "6月16日，漳州台商投资区14个项目集中开工。"
        "当天开工的项目中，总投资约15亿元、用地320亩的角美智造产业园（台胞创业基地）项目最受关注。"
        "其中，长兴化学年产6万吨特种树脂及280万平方米电子基材生产线扩建项目当天开工，总投资3.2亿元。"
    )
    found = by_number(text)
    assert found["14个"].park == "漳州台商投资区"
    for n in ("15亿元", "6万吨", "280万平方米", "3.2亿元"):
        assert (found[n].subject_kind, found[n].park) == ("project", None), n


def test_a_county_level_city_beside_its_zone_makes_unnamed_figures_nobodys():
    text = (
        "嵊州经济开发区投资实绩排名全市第一。\n"
        "前三季度，嵊州规上工业增加值增长11.4%。嵊州市有效投资增速16.8%。"
    )
    found = by_number(text)
    assert found["11.4%"].park is None
    assert found["第一"].park == "嵊州经济开发区"


def test_the_key_parks_together_are_a_group():
    text = (
        "海南省13个自贸港重点园区（以下简称重点园区）经济运行稳中向好，洋浦经济开发区营收增长12.1%。"
        "前三季度，重点园区实现税收收入548.21亿元，同比增长5.8%。"
    )
    found = by_number(text)
    assert found["12.1%"].park == "洋浦经济开发区"
    for n in ("548.21亿元", "5.8%"):
        assert (found[n].subject_kind, found[n].park) == ("group", None)


def test_the_count_of_a_list_of_projects_is_not_its_first_firms():
    text = "邹城经济开发区鲁晟新材高强铝合金型材、华晟智能装备等9个新建项目集中开工。"
    found = by_number(text)
    assert found["9个"].subject_kind != "company"
    assert found["9个"].park == "邹城经济开发区"


def test_a_bonded_zone_named_after_a_new_area_lies_inside_it_even_in_the_headline():
    """The headline names the bonded zone, the body the new area it belongs to: the area is
    the main park, and the bonded zone's figures roll up to it."""
    text = (
        "滇中综保区前三季度进出口额增长21.4%\n"
        "滇中新区融媒体中心讯 今年前三季度，滇中综合保税区实现外贸进出口额62.3亿元。"
        "滇中新区规上工业总产值同比增长12.6%。"
    )
    facts = facts_of(text, title="滇中综保区前三季度进出口额增长21.4%")
    assert facts.main_park == "滇中新区"
    found = by_number(text, title="滇中综保区前三季度进出口额增长21.4%")["62.3亿元"]
    assert (found.subject, found.subject_kind, found.park) == (
        "滇中综合保税区",
        "sub_park",
        "滇中新区",
    )


def test_parks_listed_after_qizhong_under_the_zones_figure_are_its_parts():
    text = (
        "1-6月，长寿经开区规模以上工业增加值同比增长9.1%，高于全市2.3个百分点。"
        "其中：东川工业园区增长11.2%，江南工业园区增长6.4%。"
    )
    found = by_number(text)
    assert (found["11.2%"].subject, found["11.2%"].subject_kind, found["11.2%"].park) == (
        "东川工业园区",
        "sub_park",
        "长寿经开区",
    )
    assert found["6.4%"].park == "长寿经开区"


def test_parks_listed_beside_another_zone_are_peers_not_parts():
    """园区 split 分园区看 into industrial parks and 经济开发区: a round-up of peers."""
    text = (
        "长寿经开区一季度规上工业总产值增长8.2%。"
        "分园区看，东川工业园区、达拉特经济开发区等园区产值增长较快，东川工业园区增长15.3%。"
    )
    parks = {p.name: p for p in facts_of(text, title="长寿经开区一季度经济运行").parks}
    assert not parks["东川工业园区"].is_sub_park


def test_a_paragraph_on_a_sub_park_keeps_it_for_the_sentences_that_name_nothing():
    text = (
        "成都高新区、成都经开区、天府新区上半年主要经济指标均实现正增长。\n"
        "8月11日，成都高新区天府软件园产业项目集中投产仪式举行。此次集中投产项目8个，总投资11.6亿元。"
    )
    found = by_number(text)["11.6亿元"]
    assert (found.subject, found.subject_kind, found.park, found.subject_rule) == (
        "天府软件园",
        "sub_park",
        "成都高新区",
        "paragraph",
    )


def test_a_project_anaphor_nothing_resolves_leaves_the_figure_empty_not_the_parks():
    """该工程 points back to a road no rule named: its cost is the project's, whose is not said."""
    text = (
        "万州经开区抢抓施工黄金期。近日，新材料产业园主干道跨河大桥最后一片箱梁顺利吊装。"
        "该工程按城市主干路标准建设，总投资约2.36亿元。"
    )
    found = by_number(text)["2.36亿元"]
    assert (found.park, found.subject_rule) == (None, "unresolved_anaphor")


def test_figures_under_a_project_heading_are_the_projects_unless_the_park_is_named():
    text = (
        "广州经开区上半年实现地区生产总值1920.6亿元。"
        "重大项目方面，乐金显示广州模组项目追加投资2.1亿美元。"
        "招商项目方面，上半年园区新签约亿元以上项目83个。"
    )
    found = by_number(text)
    assert (found["2.1亿美元"].park, found["2.1亿美元"].subject_rule) == (None, "project_heading")
    assert found["83个"].park == "广州经开区"


def test_a_respectively_list_in_the_clause_before_of_parks_no_list_knows_is_theirs():
    """The members are the clause before 分别, named after places (万宁, 琼中): their figures
    are theirs, not the park the sentence before was about."""
    text = (
        "洋浦经济开发区完成投资186.3亿元。"
        "万宁滨海智造园和琼中绿色产业开发区投资增长较快，分别增长46.3%和38.7%。"
    )
    found = by_number(text)
    assert [(found[n].subject, found[n].park) for n in ("46.3%", "38.7%")] == [
        ("万宁滨海智造园", None),
        ("琼中绿色产业开发区", None),
    ]


def test_a_second_respectively_in_a_sentence_reuses_its_list():
    text = (
        "宝鸡高新区、渭南高新区和西安高新区分别完成税收28.74亿元、17.65亿元和6.13亿元，"
        "分别增长6.8%、12.4%和21.5%。"
    )
    found = by_number(text)
    assert [found[n].park for n in ("6.8%", "12.4%", "21.5%")] == [
        "宝鸡高新区",
        "渭南高新区",
        "西安高新区",
    ]


def test_taiwans_parks_together_are_a_group_not_the_article_park():
    text = (
        "新竹科學園區上半年營業額達7,153億元。"
        "今年上半年全台三大科學園區營業額合計1兆8,627億元，全臺10處科技產業園區營業額合計約5,460億元。"
    )
    found = by_number(text, published="2024-08-10")
    for number in ("1兆8,627億元", "5,460億元"):
        assert (found[number].subject_kind, found[number].park) == ("group", None)


def test_a_districts_whole_is_the_district_not_the_zone_named_after_it():
    """万州全区: the district's whole; 全区 alone after the zone is still the zone's."""
    text = (
        "万州经开区上半年完成投资37.2亿元。"
        "同期，万州全区规上工业产值同比增长9.4%，其中经开区对全区工业增长的贡献率达到71.3%。"
    )
    found = by_number(text)
    assert (found["9.4%"].subject_kind, found["9.4%"].park) == ("place", None)
    assert found["37.2亿元"].park == "万州经开区"


def test_a_month_range_with_month_on_both_ends_is_a_period():
    text = (
        "示范区上半年完成投资86.1亿元。\n1月到6月，示范区规模以上工业企业实现工业总产值712.38亿元。"
    )
    assert by_number(text)["712.38亿元"].period_label == "1月到6月"


def test_a_release_day_opening_the_lead_gives_way_to_the_reporting_period_after_it():
    """7月25日 is when the figures came out; 上半年 is what they cover, and it frames the next
    paragraph."""
    text = (
        "7月25日，山西综改示范区上半年经济运行数据出炉：完成地区生产总值318.64亿元，同比增长9.2%。\n"
        "从结构看，第二产业占地区生产总值的比重为71.6%。"
    )
    found = by_number(text, published="2024-07-26")
    assert (found["71.6%"].period_label, found["71.6%"].period_rule) == ("上半年", "article")


def test_a_reporting_period_opening_a_later_clause_of_the_lead_wins_over_the_meetings():
    """7月18日，记者从…上半年经济运行分析会上获悉，今年上半年，…: the period that opens the clause
    before the figures frames the next paragraph, not the one in the meeting's name."""
    text = (
        "7月18日，记者从襄阳高新区上半年经济运行分析会上获悉，今年上半年，襄阳高新区完成规上工业"
        "总产值1286.4亿元。\n分园区看，新能源汽车产业园实现产值486.3亿元。"
    )
    found = by_number(text, published="2024-07-19")
    assert (found["486.3亿元"].period_label, found["486.3亿元"].period_rule) == (
        "今年上半年",
        "article",
    )


def test_the_regions_bonded_zones_together_are_a_group():
    """全区综合保税区进出口… in a 南宁综保区 article is 广西's zones together: no park's figure."""
    found = by_number(
        "南宁综合保税区前三季度进出口增长31.6%。同期，全区综合保税区进出口2166.3亿元，占广西外贸的40.8%。",
        published="2024-10-24",
    )
    assert (found["2166.3亿元"].subject_kind, found["2166.3亿元"].park) == ("group", None)


def test_the_headlines_year_frames_the_paragraphs_after_the_one_it_opens():
    """2023年全省开发区营业收入3.58万亿元 (headline) over 2023年，全省开发区实现…。 and then a paragraph
    with no time of its own: the year the headline reports frames it; a year no headline names
    stays its paragraph's."""
    body = (
        "本报讯 5月17日，省里公布2023年度全省开发区综合考评结果，南昌高新区蝉联第一。\n"
        "2023年，全省开发区实现营业收入3.58万亿元，同比增长8.6%。\n"
        "头部园区领跑态势明显。南昌高新区实现营业收入3316.8亿元，增长9.4%。"
    )
    found = by_number("2023年全省开发区营业收入3.58万亿元\n" + body, published="2024-05-21")
    assert (found["3316.8亿元"].period_label, found["3316.8亿元"].period_rule) == (
        "2023年",
        "article",
    )
    found = by_number("全省开发区营业收入再创新高\n" + body, published="2024-05-21")
    assert found["3316.8亿元"].period_label is None


def test_a_ranking_of_the_periods_own_statistic_keeps_the_frame():
    """在全市各区固定资产投资增速排名中，经开区位列第一: a ranking of the quarter's growth, not an
    evaluation of its own year, so the paragraph's 前三季度 frames it and what follows."""
    text = (
        "前三季度，经开区完成固定资产投资756.3亿元，同比增长18.4%。在全市各区固定资产投资增速排名中，"
        "经开区位列第一。\n新一代信息技术产业实现产值1380.5亿元。"
    )
    found = by_number(text, published="2024-10-29")
    assert found["第一"].period_label == "前三季度"
    assert found["1380.5亿元"].period_label == "前三季度"


def test_ranks_before_a_list_map_to_its_members_in_order():
    """分列第四、第五位的九江经开区、上饶经济技术开发区，营业收入分别为A和B: the ranks before 的 and
    the amounts after 分别 both go to the list's members in order, not all to the one nearest."""
    found = by_number(
        "分列第四、第五位的九江经开区、上饶经济技术开发区，营业收入分别为1431.5亿元和1378.2亿元。",
        published="2024-05-21",
    )
    assert {n: found[n].park for n in ("第四", "第五位", "1431.5亿元", "1378.2亿元")} == {
        "第四": "九江经开区",
        "第五位": "上饶经开区",
        "1431.5亿元": "九江经开区",
        "1378.2亿元": "上饶经开区",
    }


def test_period_labels_keep_the_words_that_belong_to_them():
    """截至年底, 今年截至11月底 and 去年同期 are labels as written, not 年底, 截至11月底 and 去年; and
    a stock's 截至11月底 frames no later paragraph, where a window (1至11月) would."""
    found = by_number(
        "今年截至11月底，园管局已核准148件投资案。截至年底，园区入驻企业达到186家。"
        "去年同期，经开区规上工业总产值增速为5.8%。\n园区面积约4.2公顷，招商率已达100%。",
        published="2024-12-27",
    )
    assert found["148件"].period_label == "今年截至11月底"
    assert found["186家"].period_label == "截至年底"
    assert found["5.8%"].period_label == "去年同期"
    assert found["100%"].period_label is None


def test_a_places_growth_the_park_drives_is_the_places():
    """带动全市规上工业增加值增长7.9%: the city's growth; 拉动全省…增长0.8个百分点 is the park's own
    contribution, in points."""
    found = by_number(
        "2024年，宝鸡高新区规上工业增加值占全市的比重提高到31.4%，带动全市规上工业增加值增长7.9%，"
        "拉动全省规上工业增长0.8个百分点。",
        published="2025-02-26",
    )
    assert (found["7.9%"].subject_kind, found["7.9%"].park) == ("place", None)
    assert found["0.8个百分点"].park == "宝鸡高新区"


def test_a_firm_heading_one_item_of_a_counted_list_is_not_the_topic_after_it():
    """…推进京东方柔性显示模组扩能项目等28个重点项目建设，计划完成投资42亿元: the plan is the
    park's for all 28 projects, not 京东方's."""
    found = by_number(
        "二季度，绵阳高新区将加快推进总投资85亿元的京东方柔性显示模组扩能项目等28个重点项目建设，"
        "计划完成投资42亿元。",
        published="2024-04-24",
    )
    assert (found["42亿元"].subject_kind, found["42亿元"].park) == ("park", "绵阳高新区")
    assert found["85亿元"].subject == "京东方"


def test_an_unowned_park_project_is_a_project_not_a_place_in_the_park():
    """总投资8.2亿元的高端装备零部件产业园项目: a project to be built, not a quarter of the zone, so
    its figure rolls up to no park (the zone's totals would count it twice)."""
    found = by_number(
        "滁州经开区签约项目16个。此外，总投资8.2亿元的高端装备零部件产业园项目也现场签约。",
        published="2024-04-18",
    )
    assert found["8.2亿元"].park is None and found["8.2亿元"].subject_kind in (None, "project")
    assert found["16个"].park == "滁州经开区"


def test_who_the_reporter_asked_is_no_place():
    """记者从市工业和信息化局获悉，…: 记者从市 is no city, and the figure after it is not its."""
    found = by_number(
        "记者从市工业和信息化局获悉，今年上半年，惠州“3+7”工业园区完成规上工业总产值4862.3亿元。",
        published="2024-07-20",
    )
    assert found["4862.3亿元"].subject != "记者从市"


def test_taiwans_quarters_are_labels_with_their_year():
    """竹科今年前三季營業額…; 第三季單季營業額…; 今年全年營業額可達…: the label as written, 今年 and
    all, and a quarter written 第三季 without 度."""
    found = by_number(
        "竹科今年前三季營業額達新台幣1兆1,826億元。第三季單季營業額4,352億元。"
        "今年全年營業額可達1兆6,000億元。",
        published="2024-10-23",
        title="竹科前三季營業額創新高",
    )
    assert found["1兆1,826億元"].period_label == "今年前三季"
    assert found["4,352億元"].period_label == "第三季"
    assert found["1兆6,000億元"].period_label == "今年全年"


def test_where_the_capital_comes_from_names_no_firm():
    """新增台资项目12个: 新增台资 is no company, so the zone keeps its figures."""
    found = by_number(
        "泉州台商投资区对台招商持续发力，新增台资项目12个，合同台资1.36亿美元，同比增长42.1%。",
        published="2024-04-20",
    )
    assert {found[n].park for n in ("12个", "1.36亿美元", "42.1%")} == {"泉州台商投资区"}


def test_tongqi_opening_a_clause_frames_the_rest_of_its_paragraph():
    """从全市看，同期襄阳规上工业总产值增长8.8%。…宜城市…增长12.4%: the paragraph's 同期 (the
    frame said again) is the label of its later sentences too, and resolves to the frame's dates."""
    found = by_number(
        "今年上半年，襄阳高新区规上工业总产值增长11.6%。\n从全市看，同期襄阳规上工业总产值增长8.8%。"
        "各县（市、区）中，宜城市规上工业总产值增长12.4%。",
        published="2024-07-19",
    )
    m = found["12.4%"]
    assert (m.period_label, m.period_rule) == ("同期", "paragraph")
    assert (m.period_start, m.period_end) == ("2024-01-01", "2024-06-30")


def test_a_quarter_in_an_events_name_is_not_the_period_of_its_figures():
    text = (
        "10月9日，湘潭经开区2023年四季度重点项目集中开工暨新能源产业园二期开工仪式举行。\n"
        "本次开工的14个项目总投资达203.6亿元。"
    )
    found = by_number(text, published="2023-10-10")
    assert found["203.6亿元"].period_label != "2023年四季度"


def test_a_reporting_period_opening_a_clause_after_a_lead_in_frames_the_paragraphs_after():
    """从总体看，前三季度13个重点园区中…: the period opens the sentence's content, so the next
    paragraph's figures, which name none, are 前三季度's too."""
    text = (
        "今年前三季度，重点园区实现营业收入16427.35亿元。\n"
        "从总体看，前三季度13个重点园区中有9个实现营收增长。\n"
        "分行业看，主要行业全部实现增长。其中，批发和零售业营收增长9.3%。"
    )
    found = by_number(text, published="2025-11-05")
    assert (found["9.3%"].period_label, found["9.3%"].period_rule) == ("前三季度", "article")


def test_a_citys_report_naming_a_park_in_passing_gives_no_park_to_figures_naming_none():
    """The headline and lead are the city's; the park is named only further down, so a figure
    that names nothing is nobody's park, not the park's (subject_rule not_the_topic)."""
    text = (
        "鄂尔多斯市1-9月份亿元以上重点工业项目进展情况\n"
        "今年以来，全市安排亿元以上重点工业项目158项，已开复工109项，累计完成投资431.06亿元。\n"
        "蒙苏经济开发区：今年安排亿元以上重点工业项目12项，已开复工9项。\n"
        "据统计，前三季度新增入库项目46项。"
    )
    found = by_number(text, title="鄂尔多斯市1-9月份亿元以上重点工业项目进展情况")
    assert (found["46项"].park, found["46项"].subject_rule) == (None, "not_the_topic")
    assert found["9项"].park == "蒙苏经济开发区"


def test_the_park_a_project_lands_in_is_not_what_the_lead_is_about():
    text = (
        "8月20日，孝感市举行三季度招商项目集中签约。其中，华侨城临空云谷落户孝感临空经济区，"
        "总投资360亿元。\n今年以来，累计引进各类项目183个。"
    )
    found = by_number(text, title="20天，孝感签约3个逾200亿元项目")
    assert found["183个"].park is None
    assert found["360亿元"].park is None


def test_a_citys_zones_together_are_a_group_not_the_citys_own_zone():
    text = (
        "上饶经开区上半年完成投资37.2亿元。"
        "省统计局日前公布1—8月全省开发区主要经济指标，上饶市开发区共实现营业收入1736.4亿元。"
    )
    found = by_number(text)
    assert (found["1736.4亿元"].subject_kind, found["1736.4亿元"].park) == ("group", None)
    assert found["37.2亿元"].park == "上饶经开区"


def test_a_park_named_alone_on_a_line_heads_its_section():
    """A WeChat post's sections are headed by a park's name: 区内 in a paragraph that names no
    park is the section's park, not the article's main one."""
    text = (
        "常州两家开发区领跑省级开发区百强榜\n"
        "🔹江苏常州经济开发区\n"
        "今年前三季度，常州经开区实现地区生产总值768.4亿元。\n"
        "截至9月底，区内共有高新技术企业近520家。\n"
        "🔹江苏省溧阳高新技术产业开发区\n"
        "溧阳高新区全年规上工业总产值突破千亿元，溧阳高新区新增项目32个。\n"
        "区内共有规上企业412家。"
    )
    found = by_number(text, published="2025-11-04")
    assert found["520家"].park == "常州经济开发区"
    assert found["412家"].park == "溧阳高新区"


def test_a_level_word_cut_by_a_boundary_is_no_sub_parks_name():
    """国家|级特色产业基地: a class of bases, not a place named 级特色产业基地."""
    text = "常州经开区区内共有国家级特色产业基地3个。"
    assert not [p for p in facts_of(text).parks if p.is_sub_park]


def test_a_plants_capacity_never_takes_the_park_named_before_it():
    """孟州产业集聚区的西泠电器120万台冰柜: the capacity is the firm's plant's, whoever the
    rules found; the park is where it is."""
    text = "今年以来，孟州产业集聚区的西泠电器年产120万台冰柜项目建成投产。"
    found = by_number(text)["120万台"]
    assert (found.park, found.subject_rule) == (None, "no_default")


def test_a_comprehensive_bonded_zone_lies_in_the_older_bonded_zone_of_its_place():
    text = "天津港保税区2024年实现营收增长5%。其中天津港综合保税区跨境电商单量同比增长21%。"
    found = by_number(text, published="2025-01-20")["21%"]
    assert (found.subject, found.subject_kind, found.park) == (
        "天津港综合保税区",
        "sub_park",
        "天津港保税区",
    )


def test_a_reporting_period_in_the_lead_frames_its_later_sentences():
    """中部科学园区今年上半年营业额达…: the lead's period is not at its opening, yet the lead's
    later sentences are the same half-year's."""
    text = (
        "中科上半年营业额5,612亿元\n"
        "中科管理局今天公布，中部科学园区今年上半年营业额达5,612.38亿元，较去年同期成长9.26%。"
        "园区就业人数也来到61,042人，较去年同期增加5,117人。\n"
    )
    found = by_number(text, published="2025-09-24")
    assert found["61,042人"].period_label == "今年上半年"


def test_a_quarter_written_after_its_zones_name_is_its_sub_park_by_either_name():
    """沧州经济开发区新华园, then 新华工业园区: one quarter of the zone, whose figures roll up to it,
    not a park of its own."""
    text = (
        "经沧州市政府批准，该区域划定为沧州经济开发区新华园，总占地16.4平方公里。\n"
        "2023年，新华工业园区固定资产投资、销售收入和税收分别完成5186万元、8.12亿元和3950万元。"
    )
    facts = facts_of(text, title="沧州经济开发区新华园")
    assert {p.name for p in facts.parks if not p.is_sub_park} == {"沧州经济开发区"}
    assert {(p.name, p.parent) for p in facts.parks if p.is_sub_park} == {
        ("新华园", "沧州经济开发区")
    }
    found = by_number(text, title="沧州经济开发区新华园")
    assert {found[n].park for n in ("5186万元", "8.12亿元", "3950万元")} == {"沧州经济开发区"}
    assert found["8.12亿元"].subject_kind == "sub_park"


def test_a_quarter_after_a_zone_may_end_in_a_longer_park_word():
    text = "经省政府批准，西宁经济技术开发区甘河工业园区总占地16平方公里，合肥经开区新港工业园总投资5亿元。"
    subs = {(p.name, p.parent) for p in facts_of(text).parks if p.is_sub_park}
    assert subs == {("甘河工业园区", "西宁经开区"), ("新港工业园", "合肥经开区")}


def test_a_common_word_ending_in_yuan_after_a_zone_is_no_quarter():
    facts = facts_of("日照经济开发区公园、日照经济开发区家园小区分别投资3亿元、5亿元。")
    assert not [p for p in facts.parks if p.is_sub_park]


def test_one_subjects_measures_listed_before_fenbie_keep_the_subject():
    """新华工业园区固定资产投资、销售收入…分别: a list of measures opened by its subject, not a
    list of subjects."""
    text = "2023年，日照高新区固定资产投资、销售收入、税收分别完成5.2亿元、81.2亿元、3.9亿元。"
    assert {park for _, _, _, park, _ in attributed(text)} == {"日照高新区"}


def test_a_headlines_bare_short_form_makes_the_main_park_the_topic():
    """上半年经开区规上工业增加值增长19.2%: the headline's 经开区 is the zone named once below, so a
    figure naming nothing is that zone's."""
    text = (
        "1—6月，完成固定资产投资37.9亿元，同比增长12.8%，其中工业投资24.6亿元，新签约项目14个。\n"
        "从行业看，主要行业全部实现增长，其中批发和零售业营收增长9.3%，住宿和餐饮业营收增长6.1%。\n"
        "同期，雅安市规上工业增加值同比增长8.9%，雅安经开区增速高出全市10.3个百分点。"
    )
    title = "上半年经开区规上工业增加值增长19.2% 增速持续领跑全市"
    found = by_number(text, title=title)
    assert found["37.9亿元"].park == "雅安经济开发区"
    untitled = by_number(text, title="雅安市上半年经济运行情况")
    assert untitled["37.9亿元"].park is None


def test_a_change_of_rank_takes_its_base_as_its_period():
    """较上年前移3位 spans from last year to now; a growth rate's base (较上年增长) is no period."""
    text = "2024年度国家级经开区综合考评中，日照经开区排名第56位，较上年前移3位，营业收入较上年增长8.2%。"
    found = by_number(text)
    assert (found["3位"].period_label, found["3位"].period_rule) == ("较上年", "comparison_base")
    assert found["8.2%"].period_label == "2024年度"


def test_a_plants_capacity_takes_no_period_from_the_clause_before():
    text = "一季度，日照经开区新开工年产20万吨高纯晶硅项目，完成投资12亿元。"
    found = by_number(text)
    assert (found["20万吨"].period_label, found["20万吨"].period_rule) == (None, "capacity")
    assert found["12亿元"].period_label == "一季度"


def test_a_marked_section_heading_frames_figures_that_name_nothing():
    """🔹江苏常州经济开发区 heads its section in a round-up: a figure there that names nothing is
    its; a bare name on a line of its own (a broken sentence) heads nothing."""
    text = (
        "常州两家开发区领跑省级开发区百强榜\n"
        "榜单发布后，江苏共有16家省级开发区入选百强，数量居全国首位，位次领先。\n"
        "🔹江苏常州经济开发区\n"
        "今年前三季度，常州经开区实现地区生产总值768.4亿元。\n"
        "“四特三新三潜”产业产值占规上工业的比重超过82%。\n"
        "🔹江苏省溧阳高新技术产业开发区\n"
        "溧阳高新区全年规上工业总产值突破千亿元。\n"
        "动力电池产业链已集聚企业超110家。"
    )
    found = by_number(text, published="2025-11-04", title="常州两家开发区领跑省级开发区百强榜")
    assert (found["82%"].park, found["82%"].subject_rule) == ("常州经济开发区", "section")
    assert found["110家"].park == "溧阳高新区"
    # unmarked, a name's line heads the prose under it, but not a line a sentence broke
    unmarked = by_number(text.replace("🔹", ""), published="2025-11-04",
                         title="常州两家开发区领跑省级开发区百强榜")  # fmt: skip
    assert unmarked["82%"].subject_rule == "section"
    broken = by_number(
        "常州两家开发区领跑省级开发区百强榜\n会上发布了百强榜单，参评的全国2100余个省级开发区中：\n"
        "江苏常州经济开发区\n蝉联全国第一\n江苏共有16家省级开发区入选百强。",
        published="2025-11-04",
        title="常州两家开发区领跑省级开发区百强榜",
    )
    assert broken["第一"].subject_rule != "section"


def test_the_day_opening_the_lead_frames_later_paragraphs_without_a_period():
    """(记者 周思远)10月9日，…集中开工: the day the story is of governs the next paragraph's figures,
    which name no period; a day opening a later paragraph frames only that paragraph."""
    text = (
        "(湘潭日报社全媒体记者 周思远 通讯员 李婷)10月9日，湘潭经开区重点项目集中开工仪式举行，"
        "湘潭市主要领导宣布开工。\n"
        "本次开工的14个项目总投资达203.6亿元，覆盖先进制造、电子信息等领域。\n"
    )
    found = by_number(text, published="2023-10-10")
    assert (found["14个"].period_label, found["14个"].period_rule) == ("10月9日", "article")
    later = by_number(
        "湘潭经开区今年发展势头良好，各项指标稳中有进，产业结构持续优化。\n"
        + text[text.index("10月9日") :].replace("10月9日，", "此前，10月9日，"),
        published="2023-10-10",
    )
    assert later["14个"].period_label != "10月9日"


def test_as_of_a_part_of_this_year_and_hong_kongs_first_months_are_one_label():
    found = by_number(
        "截至今年上半年，园区累计入驻企业248家。今年首5个月，口岸日均通关量近6.8万人次。"
    )
    assert found["248家"].period_label == "截至今年上半年"
    assert found["6.8万人次"].period_label == "今年首5个月"


def test_one_projects_figure_is_not_the_parks_but_a_count_of_projects_is():
    """项目总投资约58亿元 (a project no rule named): the project's, though it lies in the park the
    paragraph is on; 本次开工的14个项目总投资203.6亿元 is the park's total."""
    text = (
        "湘潭经开区重点项目集中开工仪式举行。\n"
        "湘潭经开区本次开工的14个项目总投资达203.6亿元。项目总投资约58亿元，按两个片区分步开发。"
    )
    found = by_number(text, title="湘潭经开区四季度重点项目集中开工")
    assert found["203.6亿元"].park == "湘潭经开区"
    assert (found["58亿元"].park, found["58亿元"].subject_rule) == (None, "one_project")


def test_one_projects_figure_in_a_sentence_naming_its_park_is_the_projects():
    """威海临港经济技术开发区的一个船舶配套件项目，总投资3.2亿元 / 为总投资110亿元的…项目: the
    park is where the project lies, not whose figure it is. The park keeps its totals of
    projects, and a slogan (“项目落地年”) names no project."""
    text = (
        "威海临港经济技术开发区的一个船舶配套件项目，总投资3.2亿元，用地96亩。"
        "安庆经开区1个，为总投资110亿元的新能源汽车零部件基地项目。"
        "威海临港经济技术开发区新签约项目27个，总投资318亿元。"
        "青岛科技创新园紧紧围绕“项目落地年”部署要求，引进总投资额30.49亿元的“四新经济”项目。"
    )
    found = by_number(text)
    for number in ("3.2亿元", "96亩"):
        assert (found[number].park, found[number].subject_rule) == (None, "one_project")
    assert (found["110亿元"].park, found["110亿元"].subject_kind) == (None, "project")
    assert found["318亿元"].park == "威海临港经开区"
    assert found["30.49亿元"].park == "青岛科技创新园"


def test_a_project_named_clauses_before_its_figures_keeps_them():
    """…封装项目，总投资25亿元，用地210亩: the project opens its ；-segment and its figures
    follow clause after clause; they are the project's, not the park the article is on."""
    text = (
        "泉州台商投资区举行台资招商大会，现场签约项目16个，总投资146亿元。主要签约项目有："
        "台湾晶元光电投资的Mini LED芯片封装项目，总投资25亿元，用地210亩；"
        "钜闽机械二期数控机床项目，总投资4.5亿元。"
    )
    found = by_number(text, title="泉州台商投资区台资招商大会签约项目16个")
    assert found["146亿元"].park == "泉州台商投资区"
    for number in ("25亿元", "210亩"):
        assert (found[number].park, found[number].subject_rule) == (None, "one_project")
    assert (found["4.5亿元"].subject, found["4.5亿元"].park) == ("钜闽机械二期数控机床项目", None)


def test_a_bare_company_word_after_a_firm_is_named_is_that_firm():
    """2018年入驻瑞丽的瑞丽音皇电子科技有限公司…。…李静说，去年公司实现营业收入3.41亿元: 公司
    opening the clause is the firm the paragraph is on; 公司副总经理 is its officer, no subject."""
    text = (
        "瑞丽沿边产业园区上半年实现营业收入13.46亿元。\n"
        "2018年入驻瑞丽的瑞丽音皇电子科技有限公司，已完成全产业链搬迁。"
        "公司副总经理李静说，去年公司实现营业收入3.41亿元。"
    )
    found = by_number(text, title="瑞丽沿边产业园区上半年营收增长")
    assert found["13.46亿元"].park == "瑞丽沿边产业园区"
    assert found["3.41亿元"].subject_kind == "company"
    assert found["3.41亿元"].subject.startswith("瑞丽音皇")


def test_several_firms_named_as_the_clauses_subject_own_its_figure_together():
    """A、B等企业实现产值…: the firms' output together, nobody's alone, not the park's. The
    count of firms a park attracted is the park's, and so is a trade's figure the firms drive."""
    text = (
        "宿迁经开区上半年规上工业总产值增长12%。"
        "区内，华为技术有限公司、比亚迪股份有限公司等龙头企业实现产值120亿元；"
        "今年引进华为技术有限公司、比亚迪股份有限公司等企业20家；"
        "华为技术有限公司、比亚迪股份有限公司等企业带动新型显示产业产值增长21.4%。"
    )
    found = by_number(text, title="宿迁经开区上半年规上工业总产值增长12%")
    assert (found["120亿元"].park, found["120亿元"].subject_rule) == (None, "firms_together")
    assert found["20家"].park == "宿迁经开区"
    assert found["21.4%"].park == "宿迁经开区"


def test_a_figure_modifying_a_project_named_after_its_park_is_the_projects():
    """总投资8亿元的正阳县产业集聚区标准化厂房三期项目: the park opens the project's name; the
    figure is the project's."""
    text = (
        "正阳县产业集聚区5个项目集中开工，分别为总投资26亿元的城南片区综合开发项目、"
        "总投资8亿元的正阳县产业集聚区标准化厂房三期项目。"
    )
    found = by_number(text, title="正阳县产业集聚区5个项目集中开工")
    assert (found["8亿元"].park, found["8亿元"].subject_rule) == (None, "one_project")


def test_a_county_written_whole_opening_a_clause_is_the_figures_place():
    """同期，鱼台县规上工业营业收入同比增长6.4%: the county's figure, not its zone's."""
    text = "鱼台经济开发区营业收入86.47亿元。\n同期，鱼台县规上工业营业收入同比增长6.4%。"
    found = by_number(text)
    assert (found["6.4%"].subject, found["6.4%"].subject_kind, found["6.4%"].park) == (
        "鱼台县",
        "place",
        None,
    )


def test_a_relative_base_of_a_change_is_not_the_figures_period():
    """比年初增加9家, 与上年同期持平, 由上年第91位上升至第48位: the base, not the period."""
    found = by_number(
        "截至9月底，园区规上工业企业增至31家，比年初增加9家。"
        "今年前三季度，新设外商投资企业7家，与上年同期持平；实现财政收入902.7亿元。"
        "2023年度考评中，柯桥经开区排名由上年第91位上升至第48位。"
    )
    assert found["9家"].period_label == "截至9月底"
    assert found["902.7亿元"].period_label == "今年前三季度"
    assert found["第48位"].period_label == "2023年度"


def test_the_year_of_a_target_is_not_the_figures_period():
    found = by_number(
        "前10个月，园区实际利用外资1860万美元，完成全年目标的92.5%。全年计划投资4.2亿元。"
    )
    assert found["92.5%"].period_label == "前10个月"
    assert found["4.2亿元"].period_label == "全年"  # a plan for the year is the year's


def test_tong_nian_is_the_year_named_before_again():
    found = by_number("2023年，园区实现营业收入860亿元。同年，全区地区生产总值4479亿元。")
    assert (found["4479亿元"].period_label, found["4479亿元"].period_start) == (
        "同年",
        "2023-01-01",
    )


def test_period_labels_as_a_reader_would_cut_them():
    """第一季度 whole; 目前 without the 到 before it; 2024年 in 从…增长到2024年的…; and last year's
    同期 is the base of a year-on-year change, not the period."""
    found = by_number(
        "第一季度，园区新开工项目6个。到目前，区内共有经开区14个。"
        "工业产值从2019年的101.2亿元增长到2024年的151.2亿元。"
        "一季度规上工业总产值204.6亿元，集装箱71865个标准箱，较2024年同期增长91.2%。",
        published="2025-04-20",
    )
    assert found["6个"].period_label == "第一季度"
    assert found["14个"].period_label == "目前"
    assert found["151.2亿元"].period_label == "2024年"
    assert found["91.2%"].period_label == "一季度"


def test_a_park_named_in_an_aside_is_not_the_topic_but_an_alias_in_brackets_is():
    text = (
        "1月至6月，湖北省31个高新区（未含新获批的潜江高新区）实现规模以上工业总产值1.46万亿元。"
        "平房区（哈尔滨经开区）现场签下48个重点项目。"
    )
    found = by_number(text)
    assert found["1.46万亿元"].park is None
    assert found["48个"].park == "哈尔滨经开区"


def test_a_regions_zones_written_with_quan_qu_or_a_level_are_no_parks_anaphor():
    text = "平果经开区上半年实现产值86亿元。目前，广西全区经开区数量已达13家，其中国家级经开区5家、自治区级经开区8家。"
    found = by_number(text)
    assert {found[n].park for n in ("13家", "5家", "8家")} == {None}
    assert found["86亿元"].park == "平果经开区"


def test_a_threshold_a_list_reached_together_is_no_ones_own():
    text = (
        "河口边境经济合作区、昌宁产业园区、盈江产业园区规模以上工业总产值同比增长均超过50%。"
        "河口边境经济合作区规模以上工业总产值同比增长68.2%。"
    )
    found = by_number(text)
    assert (found["50%"].park, found["50%"].subject_rule) == (None, "shared")
    assert found["68.2%"].park == "河口边境经济合作区"


def test_a_threshold_modifying_a_bare_zone_word_is_a_class_not_the_park():
    text = (
        "河口边境经济合作区营业收入增长12%。到2025年全省将培育形成营业收入超过千亿元的开发区7个。"
    )
    found = by_number(text)
    assert (found["千亿元"].park, found["千亿元"].subject_rule) == (None, "class_threshold")


def test_quarters_a_zone_lists_after_its_yi_qu_wu_yuan_are_its_sub_parks_wherever_named():
    text = (
        "近日，记者从万州经开区了解到，万州正按照“一区五园”的总体布局加速迈进。"
        "据悉，“一区五园”即按照高峰园、天子园、五桥园、九龙园、新田园的总体布局推进开发建设，着力打造一流开发区。\n"
        "- 高峰园：规划面积29.4平方公里，重点发展装备制造；\n"
        "- 天子园：规划面积3.85平方公里，重点发展汽车制造。"
    )
    found = by_number(text, title="重庆万州经开区打造五大特色产业园区")
    assert (found["29.4平方公里"].subject, found["29.4平方公里"].park) == ("高峰园", "万州经开区")
    assert found["3.85平方公里"].subject_kind == "sub_park"


def test_a_group_after_the_park_in_its_headline_is_its_parts_not_a_round_up():
    text = (
        "重庆万州经开区打造五大特色产业园区\n万州经开区规划面积65平方公里，正按照一区五园布局推进开发建设。\n"
        "今年1-9月，规模以上工业企业完成产值438.6亿元。"
    )
    found = by_number(text, title="重庆万州经开区打造五大特色产业园区")
    assert found["438.6亿元"].park == "万州经开区"


def test_quan_qu_before_a_zone_word_is_the_regions_zones_not_the_parks_whole():
    text = (
        "钦州港经开区去年产值超百亿元。\n"
        "2024年，全区经开区实现外贸进出口总额2035.6亿元，同比增长11.3%。截至目前，全区共有企业800家。"
    )
    found = by_number(text)
    assert found["2035.6亿元"].park is None
    assert found["800家"].park == "钦州港经开区"  # 全区 alone is the zone's whole


def test_co_built_parks_are_parks_of_their_own_and_a_list_before_paiming_fenbie_maps_in_order():
    text = (
        "宿迁进入前10的共建园区为苏宿工业园区、张家港经济技术开发区宿豫工业园、常熟高新区泗洪工业园、"
        "昆山沭阳工业园区和吴江经济技术开发区泗阳工业园，排名分别为第一、第三、第四、第七、第九。"
        "张家港宿豫工业园和常熟泗洪工业园业务总收入分别达到88.3亿元和76.5亿元。"
    )
    facts = facts_of(text)
    names = {p.name for p in facts.parks if not p.is_sub_park}
    assert {"张家港经开区宿豫工业园", "常熟高新区泗洪工业园", "昆山沭阳工业园区"} <= names
    assert not {"张家港经开区", "常熟高新区", "张家港宿豫工业园"} & names
    found = by_number(text)
    assert found["第三"].park == "张家港经开区宿豫工业园"
    assert found["88.3亿元"].park == "张家港经开区宿豫工业园"
    # a quarter named after a county of the zone's own city stays its quarter
    subs = {
        (p.name, p.parent)
        for p in facts_of("沧州经济开发区新华园总占地16.4平方公里。").parks
        if p.is_sub_park
    }
    assert subs == {("新华园", "沧州经济开发区")}


def test_partner_parks_a_park_signs_with_are_not_what_the_paragraph_is_on():
    text = (
        "兰州经开区还与乌鲁木齐经开区、东营经开区签订了战略合作协议。全年共有168个项目列入全市投资项目清单。"
        "全市共建园区新引进项目104个。"
    )
    found = by_number(text, title="兰州经开区2023年经济运行情况")
    assert found["168个"].park == "兰州经开区"
    assert found["104个"].park != "兰州经开区"  # 共建园区: the city's co-built parks, not the zone


def test_a_park_said_to_lie_in_a_zone_is_its_quarter_whatever_place_it_is_named_after():
    text = (
        "河南温县产业集聚区规划面积23.6平方公里，目前入驻企业216家。"
        "位于集聚区东区的中原泛家居产业园由县政府与深圳一家传媒企业合作开发，总投资40亿元，占地1600亩。"
    )
    facts = facts_of(text)
    assert ("中原泛家居产业园", "温县产业集聚区") in {
        (p.name, p.parent) for p in facts.parks if p.is_sub_park
    }


def test_a_park_the_lead_names_as_a_venue_is_not_the_articles_topic():
    text = (
        "高陵区2024年第一批重大项目集中开工 15个项目总投资142.6亿元\n"
        "3月18日上午，高陵区2024年第一批重大项目集中开工仪式在西安经开区泾渭新城陕汽新能源整车基地项目现场举行。"
        "区委、区政府主要领导参加。\n"
        "去年，高陵先后引进比亚迪、中建等34个、总投资620亿元的项目。"
    )
    found = by_number(text, title="高陵区2024年第一批重大项目集中开工 15个项目总投资142.6亿元")
    assert (found["620亿元"].park, found["620亿元"].subject_rule) == (None, "not_the_topic")


def test_a_number_of_big_functional_zones_is_a_group():
    text = (
        "六大高端产业功能区主要经济指标（2017年1-9月）\n"
        "前三季度，中关村科技园区收入增长12.8%。六大高端产业功能区（剔重）实现收入46318.7亿元，同比增长9.2%。"
    )
    found = by_number(text, title="六大高端产业功能区主要经济指标（2017年1-9月）")
    assert (found["46318.7亿元"].subject_kind, found["46318.7亿元"].park) == ("group", None)


def test_dang_nian_before_xin_says_new_this_year_not_the_period():
    found = by_number(
        "1~11月，我县共上报浙商回归项目31个，其中当年新引进项目27个，历年结转项目2个。"
    )
    assert found["27个"].period_label == "1~11月"


def test_a_county_written_whole_before_its_count_is_the_counts_place():
    text = "其中，安庆高新区1个，为总投资65亿元的新材料项目；宿松县1个，为光伏电池片项目。"
    found = {(m.number_text, m.number_start): m for m in facts_of(text).metrics}
    county = next(m for (n, s), m in found.items() if n == "1个" and s > text.index("宿松县"))
    assert (county.subject, county.park) == ("宿松县", None)


def test_a_lead_day_after_a_photo_credit_or_a_slashed_credit_frames_later_paragraphs():
    """▲…现场。刘振宇 摄2月28日上午，…; /大湾区经济网获悉/ 2025年1月21日，…: what a page writes
    before the day does not stop it opening the lead."""
    caption = (
        "▲衡水高新区一季度项目集中开工活动现场。刘振宇 摄2月28日上午，衡水高新区项目集中开工活动"
        "在中车智能风机制造项目现场举行。\n本次集中开工项目共7个，总投资31.6亿元。\n"
    )
    found = by_number(caption, published="2024-03-01")
    assert (found["7个"].period_label, found["7个"].period_rule) == ("2月28日", "article")
    slashed = by_number(
        "/大湾区经济网肇庆频道获悉/ 2025年1月21日，肇庆高新区举行招商大会，会议总结了一年工作。\n"
        "现场31个项目集中签约，计划总投资126亿元。\n",
        published="2025-01-22",
    )
    assert slashed["126亿元"].period_label == "2025年1月21日"
    unrelated = by_number(caption.replace("刘振宇 摄2月28日上午", "刘振宇 摄。据悉，2月28日上午"))
    assert unrelated["7个"].period_label is None


def test_a_same_day_aside_in_the_lead_keeps_the_leads_day_but_one_heading_a_paragraph_frames():
    """2月26日，…。当天，全省开发区共签约…: the later paragraphs are the lead's day; a 当天 that
    heads a paragraph opens a section on that day, which the next paragraph continues."""
    text = (
        "本报讯（记者张晓燕）2月26日，我市举行开发区集中签约活动，与太原主会场同步进行。"
        "当天，全省开发区共签约项目406个。\n集中签约仪式上，临汾经济开发区签约精密智造项目，"
        "总投资18.6亿元。\n"
    )
    found = by_number(text, published="2022-02-27")
    assert found["18.6亿元"].period_label == "2月26日"
    heading = by_number(
        "3月30日，磴口县春季重点项目集中开工仪式在工业园区举行。\n"
        "当天，主会场所在的和瑞包装项目开工建设，占地约150亩。\n开工仪式同时设立7个分会场。\n",
        published="2023-03-30",
    )
    assert heading["7个"].period_label == "当天"


def test_a_day_before_an_events_name_is_its_date_and_yesterday_opening_a_clause_is_the_day():
    """6月27日集中开工的重点项目共16个: the event's day, not a part of its name (2024年第二批…集中开工
    is); 昨日，…举办招商大会 is the day before publication, 管理局昨日公布 is no period."""
    found = by_number(
        "正阳县举行2024年第二批重点项目集中开工仪式。\n6月27日集中开工的重点项目共16个。"
        "为打造第一家园，昨日，泉州台商投资区举办招商大会，总投资212亿元。",
        published="2021-05-01",
    )
    assert found["16个"].period_label == "6月27日"
    assert found["212亿元"].period_label == "昨日"
    announced = by_number("管理局昨日公布，园区营业额达1.2万亿元。", published="2021-05-01")
    assert announced["1.2万亿元"].period_label is None


def test_last_years_whole_year_is_one_label_and_a_target_with_its_amount_is_no_period():
    """去年全年全市新签约项目…: 去年全年, not 全年; 占全年48亿元目标任务的48.8%: the target's year."""
    found = by_number(
        "去年全年全市新签约项目协议投资总额2286.4亿元。"
        "上半年，招商引资到位资金23.4亿元，占全年48亿元目标任务的48.8%。",
        published="2024-01-10",
    )
    assert found["2286.4亿元"].period_label == "去年全年"
    assert found["48.8%"].period_label == "上半年"


def test_one_projects_figure_in_a_sub_parks_paragraph_is_the_projects():
    """青岛前湾保税港区开工项目4个。其中，总投资85亿元的芯恩…二期项目…: the sub-park's paragraph
    frames the count, not one project's investment; a count of projects keeps the sub-park."""
    found = by_number(
        "青岛西海岸新区重点项目集中开工。\n从分布看，青岛前湾保税港区开工项目4个、总投资31亿元。"
        "其中，总投资85亿元的芯恩12英寸集成电路二期项目建成后可新增月产能3万片。",
        title="青岛西海岸新区重点项目集中开工",
    )
    assert found["31亿元"].subject == "青岛前湾保税港区"
    assert (found["85亿元"].park, found["85亿元"].subject_rule) == (None, "one_project")


def test_a_place_after_a_clauses_period_and_an_autonomous_prefecture_by_its_short_name():
    """同期黔东南州规模以上工业增加值同比增长9.4%: the prefecture's figure (黔东南州, as news writes
    黔东南苗族侗族自治州), though a period opens the clause before it."""
    found = by_number(
        "凯里经济开发区1-10月工业企业用电量达到61247万千瓦时。"
        "据了解，同期黔东南州规模以上工业增加值同比增长9.4%。",
        title="凯里经济开发区工业增长",
    )
    assert found["61247万千瓦时"].park == "凯里经济开发区"
    assert (found["9.4%"].subject, found["9.4%"].park) == ("黔东南苗族侗族自治州", None)


def test_a_count_of_zones_opening_a_clause_is_a_group():
    """上半年，5家县域经开区合计实现营业收入312.7亿元: the five zones', not the last one named;
    签约5个产业园区项目 counts projects, not a group."""
    found = by_number(
        "凤县工业园区晋级省级经济技术开发区以来，园区承载能力明显增强。"
        "上半年，5家县域经开区合计实现营业收入312.7亿元，同比增长10.4%。",
        title="宝鸡开发区上半年",
    )
    assert (found["312.7亿元"].subject, found["312.7亿元"].park) == ("5家县域经开区", None)
    assert found["10.4%"].subject_kind == "group"
    single = by_number("凤县工业园区上半年签约5个产业园区项目，总投资12亿元。")
    assert single["12亿元"].subject_kind != "group"


def test_zones_a_threshold_picks_out_are_a_class_not_the_articles_park():
    """全市营收规模超百亿元的开发区有6个：上饶经济技术开发区…: the count is of a class of zones;
    the zones listed after it keep their own figures."""
    found = by_number(
        "全市营收规模超百亿元的开发区有6个：上饶经济技术开发区以538.27亿元领跑；"
        "广丰经济开发区实现341.06亿元。",
        title="上饶开发区营收突破1700亿元",
    )
    assert (found["6个"].subject_kind, found["6个"].park) == ("group", None)
    assert found["538.27亿元"].park == "上饶经开区"
    assert found["341.06亿元"].park == "广丰经济开发区"


def test_a_sentence_opening_with_qizhong_takes_the_period_of_the_sentence_it_breaks_down():
    """…5家国家高新区龙头带动作用突出，一季度营业收入占全省高新区的35.2%。其中，石家庄高新区营业收入
    增长15.7%: 一季度, wherever the sentence before wrote it; not a day inside an exception
    (除3月18日率先开工的…外)."""
    found = by_number(
        "河北日报讯 4月16日，从推进会上获悉，1—3月，我省高新区营业收入增长12.64%。\n"
        "石家庄、保定5家国家高新区龙头带动作用突出，一季度营业收入占全省高新区的35.2%。"
        "其中，石家庄高新区营业收入增长15.7%。",
        published="2024-04-17",
    )
    assert (found["15.7%"].period_label, found["15.7%"].period_rule) == ("一季度", "paragraph")
    spring = by_number(
        "磴口县共集中开工28个重点项目，除3月18日率先开工的光储项目外，本次开工27个重点项目。"
        "其中，企业投资类项目18个。",
        published="2023-03-30",
    )
    assert spring["18个"].period_label != "3月18日"


def test_a_city_named_right_after_qizhong_before_its_growth_is_the_figures_place():
    """其中郑州市增长18.2%: the city's figure, not the zone the article named last."""
    found = by_number(
        "孟州市产业集聚区规上工业增加值增长9%。分省辖市看，一季度有11个省辖市增速高于全省平均水平，"
        "其中郑州市增长18.2%，居各省辖市首位。"
    )
    assert (found["18.2%"].subject, found["18.2%"].park) == ("郑州市", None)


def test_a_bare_zone_word_after_a_group_in_its_paragraph_is_the_groups_not_a_parks():
    """一季度全省高新区实现…。高新区高新技术产业产值占…的比重达63.8%: the province's zones again,
    not the park named in another paragraph; 3个园区合计 is a group too."""
    found = by_number(
        "石家庄高新区营业收入增长15.7%。\n"
        "数据显示，一季度全省高新区实现工业总产值同比增长8.91%。高新区高新技术产业产值占规上工业产值的"
        "比重达63.8%。\n洋浦经济开发区、海南生态软件园、海口江东新区分别完成税收136.58亿元、52.17亿元和"
        "31.64亿元，3个园区合计占重点园区税收的比重近六成。",
        title="一季度我省高新区营业收入同比增长12.64%",
    )
    assert found["63.8%"].park is None
    assert (found["六成"].subject_kind, found["六成"].park) == ("group", None)


def test_a_planned_period_written_as_a_clause_of_its_own_frames_its_sentence():
    """预计全年，地区生产总值增长5.5%；规上工业增加值增长6.2%: the year's estimate; 将于2025年通车 is
    still the date of its own clause only."""
    found = by_number(
        "2023年，全区经济运行企稳回升。\n预计全年，地区生产总值增长5.5%；规上工业增加值增长6.2%。"
        "项目将于2025年建成，届时可新增产值30亿元。",
        published="2024-01-10",
    )
    assert found["5.5%"].period_label == "全年"
    assert found["6.2%"].period_label == "全年"
    assert found["30亿元"].period_label != "2025年"


def test_a_comparison_base_does_not_end_the_frame_and_a_half_year_is_a_rank_base():
    """1—9月，…；广丰经济开发区…排全省第九位，比上半年前移2位。\\n从增速看，…增长12.6%: 1—9月 still
    frames the next paragraph (比上半年 is a base); the move of rank spans from 比上半年."""
    found = by_number(
        "1—9月，全市工业园区实现工业增加值421.5亿元。广丰经济开发区389.02亿元，排全省第九位，"
        "比上半年前移2位。\n从增速看，广丰经济开发区营业收入同比增长10.3%。",
        published="2023-10-20",
    )
    assert found["10.3%"].period_label == "1—9月"
    assert found["2位"].period_label == "比上半年"


def test_a_word_with_a_numeral_in_it_is_no_first_number_before_the_sentences_period():
    """园区以汽车及零部件…为主导产业,前三季度,吉利汽车…生产整车8.6万辆: 零部件 reports no number,
    so 前三季度 opens the sentence's figures and frames the next sentence."""
    found = by_number(
        "湘潭经开区前三季度技工贸总收入1402.8亿元。\n"
        "负责人介绍,园区以汽车及零部件、智能装备制造为主导产业,前三季度,吉利汽车湘潭基地生产整车8.6万辆。"
        "园区41家高新技术企业实现高新技术产值436.2亿元。",
        published="2017-10-27",
    )
    assert found["436.2亿元"].period_label == "前三季度"


def test_a_day_of_the_month_alone_opening_a_clause_is_the_day_and_frames_its_breakdown():
    """18日，在…签约仪式上，10个项目完成签约: the 18th of the publication month (18日，记者从…获悉
    is the day the news came out). A paragraph opening with 其中 breaks down the signing, and
    takes its day."""
    text = (
        "海城市地处辽东半岛腹地。\n"
        "18日，在海城经济开发区重点项目集中签约仪式上，10个项目完成签约，总投资达73.5亿元。"
        "本次签约项目包括智能机器人制造项目、锂电池组装项目。\n"
        "其中，锂电池组装项目总投资15亿元，规划用地180亩。"
    )
    found = by_number(text, published="2024-07-19")
    assert found["10个"].period_label == "18日"
    assert found["15亿元"].period_label == "18日"
    assert found["180亩"].period_label == "18日"
    news_day = by_number(
        "18日，记者从海城经济开发区获悉，园区营业收入增长12%。", published="2024-07-19"
    )
    assert news_day["12%"].period_label is None


def test_a_signed_projects_investment_and_land_take_the_signing_day():
    """6月22日上午，…集中签约活动。其中，…项目投资额为7.35亿元，用地约210亩: the investment and
    land signed that day are the day's (heldout6's README: only a 续建 or 累计 project's 总投资
    is timeless). A reporting period (1—5月) frames neither."""
    found = by_number(
        "6月22日上午，温县产业集聚区举办重点项目集中签约活动。\n"
        "其中，河南银港实业集团投资的银港智能家居项目投资额为7.35亿元，用地约210亩。\n"
        "今年1—5月，全县新引进项目38个。\n"
        "河南中建北方建材科技有限公司投资的铝合金模板项目投资额为4.6亿元。",
        published="2021-06-24",
    )
    assert found["7.35亿元"].period_label == "6月22日"
    assert found["210亩"].period_label == "6月22日"
    assert found["4.6亿元"].period_label is None


def test_a_future_condition_in_an_earlier_paragraph_ends_a_quarter_but_not_the_events_day():
    """建成后将成为…新地标 ends the frame within its paragraph. The list of the day's projects
    in the next paragraph is still the day's (6月29日上午，…集中开工活动); a reporting period
    (今年一季度) does not reach past it to a project described after it."""
    day = by_number(
        "6月29日上午，天台县重大项目集中开工活动举行。\n"
        "总部经济大楼项目总投资12.6亿元，建成后将成为城市新地标。\n"
        "本次集中开工的12个重大项目，总投资61.35亿元。",
        published="2023-06-30",
    )
    assert day["12个"].period_label == "6月29日"
    assert day["61.35亿元"].period_label == "6月29日"
    quarter = by_number(
        "今年一季度，长沙经开区累计签约项目46个。\n"
        "其中，湘域重工项目建成后可年产高端液压件20万套。\n"
        "位于星沙智造谷的恒盾重工盾构再制造中心项目总投资18亿元。",
        published="2024-04-02",
    )
    assert quarter["46个"].period_label == "今年一季度"
    assert quarter["18亿元"].period_label is None


def test_a_zones_area_is_a_standing_attribute_unless_land_was_dealt_with_in_the_period():
    """今年1-9月，… frames the paragraph's figures, but 天子园4.2平方公里 is the sub-park's size,
    not a figure of those months; 完成土地供应1860亩 is what happened in them."""
    found = by_number(
        "今年1-9月，万州经开区实现规上工业产值486.2亿元。\n"
        "各园区产业定位明确：高峰园规划面积31.4平方公里，重点发展装备制造；"
        "天子园4.2平方公里，重点发展汽车制造。\n"
        "园区完成土地供应1860亩。",
        published="2024-10-20",
    )
    assert found["486.2亿元"].period_label == "今年1-9月"
    assert found["4.2平方公里"].period_label is None
    assert found["31.4平方公里"].period_label is None
    assert found["1860亩"].period_label == "今年1-9月"


def test_a_year_written_with_a_space_before_its_character_is_a_period():
    """PDF text writes 2024 年 and 1 月 9 日: periods all the same."""
    found = by_number(
        "2023 年，全区经济运行稳中向好。\n全年规上工业总产值达 652 亿元。\n"
        "2024 年全区主要预期目标是：地区生产总值增长 6% 左右。",
        published="2024-01-18",
    )
    assert found["652 亿元"].period_label == "全年"
    assert found["6%"].period_label == "2024 年"
    assert found["6%"].period_start == "2024-01-01"


def test_background_under_a_post_names_parks_but_its_figures_are_not_the_storys():
    """延伸阅读 under a report on Hainan's key parks lists all 13: parks the article names, but no
    figures of its own, and no zone the story's parks lie in (海口综合保税区 stays its own park
    beside 海口高新区)."""
    from etl.clean import clean_document
    from etl.read import read_bytes

    text = (
        "海南自贸港重点园区上半年税收增长\n"
        "上半年，海口综合保税区、海口江东新区分别完成税收29.87亿元、131.42亿元。\n"
        "延伸阅读\n"
        "海南自贸港共有13个重点园区，分别是：洋浦经济开发区、海口国家高新技术产业开发区。"
    )
    doc = clean_document(read_bytes(text.encode("utf-8"), "a.txt"))
    assert [p.kind for p in doc.paragraphs][-2:] == ["background", "background"]
    facts = extract_facts(doc)
    found = {m.number_text: m for m in facts.metrics}
    assert "13个" not in found
    assert found["29.87亿元"].park == "海口综合保税区"
    assert {"洋浦经济开发区", "海口高新区"} <= {p.name for p in facts.parks}


def test_a_count_after_a_stock_marker_is_a_flow_when_its_clause_says_what_happened():
    """共有15个项目开工建设 on the day of a groundbreaking is that day's; 已集聚企业126家 is a stock."""
    found = by_number(
        "3月29日，沧州市春季重点项目集中开工活动举行。\n"
        "在生物医药产业园，共有15个项目开工建设。目前，园区已集聚企业126家。",
        published="2024-03-30",
    )
    assert found["15个"].period_label == "3月29日"
    assert found["126家"].period_label == "目前"
    stock = by_number(
        "3月29日，项目集中开工。\n生物医药产业园已集聚企业126家。", published="2024-03-30"
    )
    assert stock["126家"].period_label is None


def test_a_record_for_the_time_of_year_is_no_period():
    """各项目皆创同期新高，其中营业额达2,718.4亿元: 同期新高 is a record, not 'the same period';
    the figure keeps 今年上半年."""
    found = by_number(
        "经济部近日发布园区今年上半年营运统计，营业额等项目皆创同期新高，其中营业额达2,718.4亿元。",
        published="2024-08-01",
    )
    assert found["2,718.4亿元"].period_label == "今年上半年"


def test_the_base_of_a_multiple_is_never_the_figures_period():
    """2016年，全县实现地区生产总值196.4亿元，是2011年的1.8倍: the multiple is 2016's."""
    found = by_number(
        "2016年，全县实现地区生产总值196.4亿元，是2011年的1.8倍。", published="2017-02-01"
    )
    assert found["1.8倍"].period_label == "2016年"
    found = by_number(  # 是去年同期的6.7倍: the base is last year's same quarter
        "一季度，金义综保区出口总值是去年同期的6.7倍。", published="2023-04-27"
    )
    assert found["6.7倍"].period_label == "一季度"


def test_a_year_opening_a_clause_of_the_lead_frames_the_paragraphs_after_it():
    """国科会今日公布科学园区2025年营运概况，…强劲，去年三大科学园区营业额再创新高: 去年 is the year
    the story reports; the next paragraph's 竹科营业额1.68兆元 is that year's too. 2025年 in the
    report's name does not frame it."""
    found = by_number(
        "〔记者吴佳颖／台北报导〕国科会今（10）日公布科学园区2025年营运概况，受惠AI芯片需求强劲，"
        "去年三大科学园区营业额再创新高，达5.64兆元。\n"
        "国科会统计，其中竹科营业额1.68兆元，较前年成长11.6%。",
        published="2026-02-10",
    )
    assert found["5.64兆元"].period_label == "去年"
    assert found["1.68兆元"].period_label == "去年"


def test_the_day_a_reporter_learned_the_news_is_no_figures_period():
    """1月13日，记者从省商务厅获悉: the day the story was told. The figures it reports take the
    period the text gives them (前三季度) or none, never that day."""
    found = by_number(
        "近日，商务部公布了考核评价结果。1月13日，记者从省商务厅获悉，我省9个国家级经开区中有8个"
        "位列前140名。\n前三季度，郑州经开区实现营业收入520亿元。",
        published="2025-01-15",
    )
    assert found["8个"].period_label is None
    assert found["520亿元"].period_label == "前三季度"
    day = by_number("1月13日，郑州经开区集中签约项目12个。", published="2025-01-15")
    assert day["12个"].period_label == "1月13日"


def test_a_named_project_opening_a_sentence_owns_the_investment_it_completed():
    """…其中新开工项目57个。陕汽新能源重卡扩能项目完成投资6.8亿元: the project's own figure, not the
    zone's (the zone's own 217.6亿元 is no project's)."""
    found = by_number(
        "2023年，经开区实施重点项目138个，完成投资217.6亿元。陕汽新能源重卡扩能项目完成投资6.8亿元。",
        title="乌鲁木齐经开区2023年计划执行情况",
    )
    assert found["6.8亿元"].subject_kind == "project"
    assert found["6.8亿元"].subject == "陕汽新能源重卡扩能项目"
    assert found["217.6亿元"].subject_kind != "project"


def test_a_respectively_lists_members_end_at_the_de_before_its_measure():
    """廣州、南沙經開區的研究與試驗發展經費投入強度分別達6.93%、5.61%: 與 inside the measure joins
    no members; the list is 广州 (经开区, the zone word shared) and 南沙经开区."""
    found = by_number(
        "廣州、南沙經開區的研究與試驗發展經費投入強度分別達6.93%、5.61%。", published="2024-12-20"
    )
    assert found["6.93%"].park == "广州经开区"
    assert found["5.61%"].park == "南沙经开区"


def test_the_place_a_park_lies_in_named_after_it_is_the_subject():
    """广梅产业园所在的梅县区增长9.1%: the county the park lies in, not the park."""
    found = by_number(
        "据梅州市统计局数据，一季度全市规上工业增加值同比增长5.8%，广梅产业园所在的梅县区增长9.1%。",
        title="广梅产业园签约4个项目",
    )
    assert (found["9.1%"].subject, found["9.1%"].subject_kind, found["9.1%"].park) == (
        "梅县区",
        "place",
        None,
    )


def test_a_forecast_reporting_period_holds_for_its_whole_sentence_only():
    """预计全年实现地区生产总值412亿元，增长7.6%左右；实现规模以上工业总产值1360亿元: 全年 is the
    forecast's period for every figure of the sentence (a planned event's date, 将于2025年通车,
    stays its clause's), and no frame for the sentences after it."""
    found = by_number(
        "一是经济运行稳中有进。预计全年实现地区生产总值412亿元，增长7.6%左右；"
        "实现规模以上工业总产值1360亿元，增长16.2%。新建人才公寓3000套。",
        published="2024-01-10",
    )
    for number in ("412亿元", "7.6%", "1360亿元", "16.2%"):
        assert found[number].period_label == "全年", number
    assert found["3000套"].period_label is None


def test_an_evaluation_year_frames_the_ranks_of_that_evaluation():
    """江苏省商务厅关于2023年度…考核评价情况日前出炉: the ranks given later 在全省国家级经济开发区综合考核
    评价中 are of that 年度; after a frame of another kind (上半年) such a scope still ends it."""
    found = by_number(
        "江苏省商务厅关于2023年度全省经济开发区科学发展综合考核评价情况日前出炉，全省118家经济开发区"
        "综合排序中，南京有5家位列前25位。\n在全省国家级经济开发区综合考核评价中，江宁经开区位列第一。",
        published="2024-05-20",
    )
    assert found["第一"].period_label == "2023年度"
    found = by_number(
        "上半年，江宁经开区实现营业收入1200亿元。\n在全省国家级经济开发区综合考核评价中，"
        "江宁经开区位列第一。",
        published="2024-07-20",
    )
    assert found["第一"].period_label is None


def test_a_clause_of_what_went_to_a_park_counts_for_that_park():
    """…其中，落户吉林高新区的 11 个、总投资 58.3 亿元，落户吉林经开区的 9 个…: each clause counts the
    projects one park received, in a city's report that names several parks."""
    found = by_number(
        "上半年，全市新签约亿元以上项目56个，其中，落户吉林高新区的 11 个、总投资 58.3 亿元，"
        "落户吉林经开区的 9 个、总投资 36 亿元。",
        title="吉林市上半年经济运行",
    )
    assert found["56个"].park is None
    assert [found[n].park for n in ("11 个", "58.3 亿元")] == ["吉林高新区"] * 2
    assert [found[n].park for n in ("9 个", "36 亿元")] == ["吉林经开区"] * 2


def test_tongqi_in_a_sentence_keeps_the_frame_for_the_sentences_after_it():
    """…合计进出口值812.7亿元，占同期新疆外贸进出口总值的23.8%。其中，喀什综合保税区进出口值387.5亿元:
    同期 is the frame's own period (前10个月), so it does not end the frame for the next sentence."""
    found = by_number(
        "记者从乌鲁木齐海关获悉：前10个月，新疆外贸进出口总值3412.6亿元。\n"
        "4个综合保税区合计进出口值812.7亿元，占同期新疆外贸进出口总值的23.8%。\n"
        "其中，喀什综合保税区进出口值387.5亿元，位居4个综保区之首。",
        published="2024-11-20",
    )
    assert found["387.5亿元"].period_label == "前10个月"


def test_a_day_opening_a_short_first_paragraph_frames_the_story():
    """3月6日,上蔡县8个重点项目集中开工,投资总额15.36亿元。 — a first paragraph too short to be taken for
    the lead still opens the story: the projects listed after it started that day (a count of them in a
    sentence of its own, 共有…6个, stays a stock)."""
    found = by_number(
        "上蔡县八个重点项目集中开工\n3月6日,上蔡县8个重点项目集中开工,投资总额15.36亿元。\n"
        "上蔡县2018年第一批集中开工的8个亿元以上重点项目,共有工业类项目6个、社会事业类项目2个。\n"
        "其中,市民公园二期项目总投资1.1亿元,建筑面积2.8万平方米。",
        published="2018-03-07",
    )
    assert found["1.1亿元"].period_label == "3月6日"
    assert found["2.8万平方米"].period_label == "3月6日"


def test_a_provinces_border_parks_together_are_a_group():
    """今年1—7月，全省沿边产业园区实现营业收入286.4亿元: the province's border parks together (沿边
    describes the kind, as 重点 does), never the main park's figure."""
    found = by_number(
        "在云南，中国老挝磨憨—磨丁经济合作区等沿边园区正成为首选地。"
        "今年1—7月，全省沿边产业园区实现营业收入286.4亿元，同比增长18.2%。",
        title="磨憨—磨丁经济合作区：通道变产业",
    )
    assert (found["286.4亿元"].subject_kind, found["286.4亿元"].park) == ("group", None)


def test_a_list_of_parks_joined_by_he_owns_the_figure_together():
    """我市袍江经济技术开发区、柯桥经济技术开发区和杭州湾上虞经济技术开发区…全部进入全国前百强: the list's
    last item follows 和, not 、, and the figure is still the three parks' together."""
    found = by_number(
        "我市袍江经济技术开发区、柯桥经济技术开发区和杭州湾上虞经济技术开发区考评排名大幅跃升，"
        "全部进入全国前百强。",
        title="绍兴三个国家级经开区全部进入全国前百强",
    )
    assert found["前百强"].park is None


def test_a_park_named_as_an_events_venue_is_not_whose_figures_they_are():
    """修文县9月重点项目集中开工仪式在贵州修文经济开发区举行，集中开工15个重点项目: the county's batch of
    projects, started at a ceremony held in the zone; the zone does not own the count."""
    found = by_number(
        "9月26日，修文县9月重点项目集中开工仪式在贵州修文经济开发区举行，集中开工15个重点项目，"
        "总投资14.6亿元。",
        title="修文县9月重点项目集中开工",
    )
    assert (found["15个"].park, found["15个"].subject_rule) == (None, "venue")


def test_a_period_naming_the_press_conference_the_news_came_from_frames_nothing():
    """记者从西安高新区2024年三季度经济运行新闻发布会上获悉：今年前三季度，…: 2024年三季度 names the
    press conference; the lead's 今年前三季度 frames the next paragraph."""
    text = (
        "10月24日，记者从西安高新区2024年三季度经济运行新闻发布会上获悉：今年前三季度，西安高新区"
        "实现地区生产总值2436.8亿元。\n丝路软件城实现营业收入2683.4亿元，同比增长31.2%。"
    )
    found = by_number(text, published="2024-10-25")
    assert found["2683.4亿元"].period_label == "今年前三季度"


def test_the_next_paragraph_goes_on_in_the_frame_that_tongqi_referred_to():
    """前三季度，全市开发区…。同期，全市地区生产总值…: 同期 says the frame again for a comparison; the
    next paragraph's figures are of 前三季度, not of 同期. Within its paragraph 同期 goes on."""
    text = (
        "前三季度，全市13个开发区实现地区生产总值1286.4亿元。同期，全市地区生产总值完成4186.2亿元，"
        "同比增长5.1%。\n一是哈尔滨新区龙头作用更加突出。新区实现地区生产总值612.8亿元。"
    )
    found = by_number(text, published="2024-10-25")
    assert found["4186.2亿元"].period_label == "同期"
    assert found["612.8亿元"].period_label == "前三季度"


def test_tongnian_opening_a_sentence_leaves_the_leads_year_framing_the_next_paragraph():
    """记者从市商务局获悉，2024年，全市…。同年，潍坊全市…: 同年 is the lead's year said again; the
    round-up's next paragraph is of 2024年."""
    text = (
        "近日，记者从市商务局获悉，2024年，全市16个开发区实现规上工业营业收入8263.7亿元。"
        "同年，潍坊全市规上工业营业收入达到12081.6亿元。\n"
        "重点开发区挑起大梁。潍坊高新区、潍坊经济开发区规上工业营业收入分别达到2163.5亿元、624.8亿元。"
    )
    found = by_number(text, published="2025-02-10")
    assert found["12081.6亿元"].period_label == "同年"
    assert found["2163.5亿元"].period_label == "2024年"


def test_a_park_opening_a_clause_after_a_sub_parks_figure_owns_its_own_figure():
    """…的滨海化工产业园实现营收986.4亿元，寿光羊口化工产业园实现营收512.7亿元，分别增长4.9%和6.3%:
    the second clause is about the second park, and 分别 maps the growths to the two clauses'
    subjects in order."""
    text = (
        "2024年，全市化工园区合计实现营业收入3120.5亿元。其中，潍坊滨海经开区的滨海化工产业园实现营收"
        "986.4亿元，寿光羊口化工产业园实现营收512.7亿元，分别增长4.9%和6.3%。"
    )
    found = by_number(text, published="2025-02-10")
    assert found["986.4亿元"].subject == "滨海化工产业园"
    assert found["512.7亿元"].subject == "寿光羊口化工产业园"
    assert (found["4.9%"].subject, found["4.9%"].subject_rule) == ("滨海化工产业园", "respectively")
    assert found["6.3%"].subject == "寿光羊口化工产业园"


def test_a_park_after_a_clause_without_a_figure_does_not_take_the_topic_from_it():
    """为将项目引来，日照高新区先后20余次赴河北保定对接: the first clause has no figure of its own;
    the rule above is for a park that follows another subject's figure."""
    text = (
        "日照中兴汽车有限公司又一批次皮卡车发往天津港。为将项目引来，日照高新区先后20余次赴河北保定"
        "对接洽谈，5次跑省进京。"
    )
    found = by_number(text, published="2020-05-10")
    assert found["20余次"].park is None


def test_a_share_of_a_named_citys_total_is_the_parks_and_the_citys_total_is_the_citys():
    """沈阳经开区…实际使用外资3.2亿美元，占沈阳全市的41%: the park's share, though the city is named
    before 全市; 约占武汉全市1.5万家的四成: 1.5万家 is the city's; 高于咸宁全市4.1个百分点 is the
    park's margin."""
    found = by_number(
        "2024年，沈阳经开区实际使用外资3.2亿美元，占沈阳全市的41%。"
        "光谷已集聚高新技术企业超过6300家，约占武汉全市1.5万家的四成以上。"
        "咸宁高新区规上工业增加值增长10.3%，高于咸宁全市4.1个百分点。",
        published="2025-03-01",
    )
    assert found["41%"].park == "沈阳经开区"
    assert (found["1.5万家"].subject_kind, found["1.5万家"].park) == ("place", None)
    assert found["4.1个百分点"].park == "咸宁高新区"


def test_a_tables_footnote_does_not_end_the_articles_period():
    """*注：地区生产总值为1—9月数据* under a table: its 1—9月 is about one row of the table; the
    prose after it is still in the article's 1—10月."""
    text = (
        "记者从天津经开区统计局了解到，今年1—10月，天津经开区实现规模以上工业总产值3962.8亿元。\n"
        "*注：地区生产总值为1—9月数据；增速按可比价计算。*\n"
        "从产业看，汽车、电子信息、生物医药三大主导产业合计实现产值2187.5亿元。"
    )
    found = by_number(text, published="2024-11-20")
    assert found["2187.5亿元"].period_label == "今年1—10月"


def test_a_parks_short_form_right_after_a_time_is_the_park():
    """前三季度高新区127个省市重点项目完成投资683.2亿元: 高新区 after 前三季度 is the park's short form
    (the time ends the word before it), so the projects' figures are the park's."""
    text = (
        "今年前三季度，西安高新区实现地区生产总值2436.8亿元。重点项目建设方面，前三季度高新区127个"
        "省市重点项目完成投资683.2亿元。"
    )
    found = by_number(text, published="2024-10-25")
    assert found["683.2亿元"].park == "西安高新区"


def test_a_party_word_an_article_declares_for_a_firm_stands_for_that_firm():
    """绿港国际物流控股有限公司（下称「本公司」）… 钦州绿港供应链有限公司（乙方）…: later, 乙方注册资本2亿元
    is the subsidiary's and 本公司上半年录得收益18.36亿港元 the listed parent's, not the zone's whose
    管理委员会 is 甲方."""
    found = by_number(
        "同日，港股上市公司绿港国际物流控股有限公司（下称「本公司」）发布公告称，本公司全资附属公司"
        "钦州绿港供应链有限公司（乙方）已与钦州港片区管理委员会（甲方）签订投资协议。根据协议，乙方注册"
        "资本2亿元。公告显示，本公司上半年录得收益18.36亿港元，同比增长9.8%。",
        published="2024-10-30",
    )
    assert found["2亿元"].subject_kind == "company" and found["2亿元"].park is None
    assert found["18.36亿港元"].subject_kind == "company"
    assert found["18.36亿港元"].subject != found["2亿元"].subject


def test_a_firm_building_in_a_sub_park_owns_the_figure_not_the_sub_park():
    """台積電在台中園區擴建…，總投資金額逾1兆元: the sub-park after 在 is where the firm builds;
    the figure is the firm's, with no park (a sub-park's own figure keeps its sub-park)."""
    found = by_number(
        "中科上半年營業額約新台幣5,612億元。分園區看，台中園區營業額4,987.5億元。"
        "投資方面，台積電在台中園區擴建二期興建的晶圓廠已全數動工，總投資金額逾1兆元。"
    )
    assert (found["1兆元"].subject, found["1兆元"].subject_kind, found["1兆元"].park) == (
        "台积电",
        "company",
        None,
    )
    assert found["4,987.5億元"].subject_kind == "sub_park"


def test_a_figure_in_brackets_after_a_scope_word_is_the_scopes():
    """高于全市（2.1%）6.7个百分点: 2.1% is the city's own growth, the margin after it the park's;
    and 较一季度（5.9%）提高2.9个百分点: 5.9% is the first quarter's, the rise after the bracket is
    the sentence's period's, not the comparison base's."""
    found = by_number(
        "数据显示，1—6月，松山湖高新区规上工业增加值增速较一季度（5.9%）提高2.9个百分点，"
        "高于全市（2.1%）6.7个百分点。"
    )
    assert (found["2.1%"].subject_kind, found["2.1%"].park) == ("place", None)
    assert found["6.7个百分点"].park == "松山湖高新区"
    assert found["5.9%"].period_label == "一季度"
    assert found["2.9个百分点"].period_label == "1—6月"


def test_a_list_of_parks_before_a_clause_opening_with_fenbie_is_its_members():
    """…，苏州工业园区、昆山经开区分列第一、第二，江宁经开区和南京经开区进入前五，分别位列第三和
    第五: the parks of the clause right before 分别 are its members, not the earlier list of the
    sentence (which a second 分别 in that list's own clause would reuse); 第三和第五 are both ranks."""
    found = by_number(
        "在全省国家级经济开发区综合考核评价中，苏州工业园区、昆山经济技术开发区分列第一、第二，"
        "南京江宁经济技术开发区和南京经济技术开发区进入前五，分别位列第三和第五。"
    )
    assert (found["第三"].park, found["第五"].park) == ("江宁经开区", "南京经开区")
    again = by_number(
        "宝鸡高新区、渭南高新区分别实现营业收入986.2亿元、428.7亿元，同比分别增长9.4%、11.8%。"
    )
    assert again["11.8%"].park == "渭南高新区"


def test_quan_jiang_is_the_whole_of_xinjiang():
    """全疆规上工业增加值增长7.1%: 全疆 is the autonomous region's own figure, as 全省 is a province's."""
    found = by_number(
        "1—11月，库尔勒经开区规上工业增加值同比增长11.3%。同期，全疆规上工业增加值增长7.1%。"
    )["7.1%"]
    assert (found.subject_kind, found.park) == ("place", None)


def test_counted_firms_or_zones_together_are_no_ones_alone():
    """瑞光热电等12家企业产值增幅超过20%: twelve firms, one named, not the park's figure; 有3个
    开发区投资下降超过20%: three zones no one names, a group, not the park named before."""
    found = by_number(
        "上半年，晋中经开区营业收入增长9.2%。瑞光热电等12家企业产值增幅超过20%。"
        "兰考经济开发区增长18.9%，居第四位。有3个开发区投资同比下降超过30%。"
    )
    assert found["20%"].park is None and found["20%"].subject_rule == "firms_together"
    assert (found["30%"].subject_kind, found["30%"].park) == ("group", None)


def test_a_bare_zone_word_after_a_year_word_is_the_main_park():
    """全年经开区实施亿元以上项目96个: 全年 is a time, and 经开区 after it is the article's park
    written short, not the tail of a name 全年经开区."""
    found = by_number(
        "库尔勒市委书记出席会议。库尔勒经济技术开发区召开工作会议。\n"
        "项目建设方面，全年经开区实施亿元以上项目96个。"
    )["96个"]
    assert found.park == "库尔勒经开区"


def test_a_registered_firm_named_short_later_owns_its_figures():
    """以霍尔果斯豪运电子科技有限公司为代表…，其中豪运电子…实现产值1.46亿元: the short name, without
    its place and 科技, is the same firm, and its output is the firm's, not the zone's."""
    found = by_number(
        "霍尔果斯经济开发区一季度经济运行良好。\n以霍尔果斯豪运电子科技有限公司为代表的一批企业"
        "生产形势向好，其中豪运电子一季度预计实现产值1.46亿元。"
    )["1.46亿元"]
    assert (found.subject, found.subject_kind, found.park) == ("豪运电子", "company", None)


def test_a_firm_the_text_does_not_name_owns_its_figure_not_the_park():
    """另有一家铝型材龙头企业拟投资5亿元: an unnamed firm's investment is no park's; a count of
    firms (引进一家企业) is untouched."""
    found = by_number(
        "上半年，平果经开区新签约项目12个。另有一家铝型材龙头企业拟投资5亿元建设挤压生产线。"
    )
    assert (found["5亿元"].park, found["5亿元"].subject_rule) == (None, "unnamed_firm")
    assert found["12个"].park == "平果经开区"


def test_a_firm_reporting_its_sales_after_a_time_owns_them():
    """国林木业上半年实现开票销售13.2亿元: a trade name and a line of business (木业) reporting its
    sales, with a time between, is a firm; its sales are not the zone's."""
    found = by_number(
        "靖江经开区上半年实现开票销售43.6亿元。国林木业上半年实现开票销售13.2亿元，同比增长21%。"
    )
    assert (found["13.2亿元"].subject, found["13.2亿元"].park) == ("国林木业", None)
    assert found["43.6亿元"].park == "靖江经开区"


def test_a_bare_zone_word_is_the_park_of_its_kind_not_the_park_in_focus():
    """西海岸新区GDP…领跑，高新区营收增长12.4%: 高新区 is the one high-tech zone the round-up names
    (青岛高新区), not the new area its sentence named first; 经开区块 is no 经开区."""
    found = by_number(
        "上半年青岛开发区成绩单：西海岸新区GDP2186.3亿元领跑，高新区营收增长12.4%\n"
        "上半年，青岛西海岸新区实现地区生产总值2186.3亿元。青岛高新区规上工业营业收入486.2亿元。"
    )
    assert found["12.4%"].park == "青岛高新区"
    assert found["2186.3亿元"].park == "青岛西海岸新区"


def test_a_reporting_period_inside_the_sentence_before_frames_the_next():
    """一季度，…。…龙头带动作用明显，1—5月营业收入占…35.2%。石家庄高新区营业收入达到1126.3亿元: the
    sentence before names 1—5月 inside it, not at its opening; the next sentence of the paragraph
    goes on in that period, not in the paragraph's opening 一季度 nor in none."""
    found = by_number(
        "一季度，园区经济平稳。石家庄、保定5家国家高新区龙头带动作用明显，1—5月营业收入占全省"
        "高新区的35.2%。石家庄高新区营业收入达到1126.3亿元，同比增长11.8%。"
    )
    assert (found["1126.3亿元"].period_label, found["1126.3亿元"].period_rule) == (
        "1—5月",
        "paragraph",
    )


def test_a_zone_word_in_a_bodys_name_or_after_quan_tai_is_no_park():
    """國科會召開科學園區審議會: 科學園區審議會 is a body, not a mention of the article's park; 全台
    科學園區營業額 is all the island's parks, not the park named before it. And 占比 compares
    nothing: 竹科 after 南科占比47.2%、 is 竹科占比38.5%'s subject."""
    text = (
        "國科會今日召開科學園區審議會，通過9件投資案。\n南部科學園區部分，新增晶材科技南科分公司。\n"
        "國科會統計，今年前三季全台科學園區營業額達3兆6,842億元，其中南科占比47.2%、竹科占比38.5%。"
    )
    facts = facts_of(text)
    assert not any(p.char_start < 20 for p in facts.parks)  # …科學園區審議會 in the lead
    found = {m.number_text: m for m in facts.metrics}
    assert found["3兆6,842億元"].subject_rule not in ("clause", "sentence")
    assert (found["47.2%"].park, found["38.5%"].park) == ("南部科学园区", "新竹科学园区")


def test_a_registered_firms_trade_name_and_a_firm_that_will_invest_own_their_figures():
    """冠順精密工業股份有限公司…。據介紹，冠順2023年合併營收達新臺幣86億元: the trade name alone is
    the firm; 港資企業嘉里物流將投資4.2億元: a firm that will invest is the figure's subject."""
    found = by_number(
        "4月26日，漳州臺商投資區舉行重大項目集中簽約活動，共簽約項目12個。臺資企業冠順精密工業股份"
        "有限公司投資的精密模具項目總投資15億元。據介紹，冠順2023年合併營收達新臺幣86億元。"
        "港資企業嘉里物流將投資4.2億元建設冷鏈倉儲中心。"
    )
    assert (found["86億元"].subject, found["86億元"].park) == ("冠顺", None)
    assert (found["4.2億元"].subject, found["4.2億元"].park) == ("嘉里物流", None)


def test_a_figure_quoted_from_a_firms_officer_is_the_firms():
    """「今年我們計畫再增加2條自動化生產線。」漳州燦坤相關負責人說: the quotation's figure is the firm
    its officer speaks for (燦坤, the trade name of 漳州燦坤實業有限公司, after its city)."""
    found = by_number(
        "1—4月，漳州臺商投資區規上工業產值486.3億元。臺資龍頭燦坤（漳州燦坤實業有限公司）完成產值"
        "24.6億元。「今年我們計畫再增加2條自動化生產線。」漳州燦坤相關負責人說。"
    )
    assert (found["2條"].subject, found["2條"].park, found["2條"].subject_rule) == (
        "灿坤",
        None,
        "speaker",
    )
    assert found["486.3億元"].park == "漳州台商投资区"


def test_a_project_where_an_event_is_held_is_no_subject_of_the_events_figures():
    """保定高新区在长城汽车…产业园项目现场举行…集中开工活动，12个项目集中开工: the project's site is
    where the park holds its event; the counts are the park's."""
    found = by_number(
        "9月16日，保定高新区在长城汽车新能源零部件产业园项目现场举行2025年第三季度重点项目集中开工"
        "活动，12个项目集中开工，总投资86.4亿元。"
    )
    assert (found["12个"].park, found["86.4亿元"].park) == ("保定高新区", "保定高新区")


def test_a_period_written_with_a_horizontal_bar_is_read():
    """1―8月 (U+2015, a GBK page's dash): a month range, found and kept as written."""
    found = by_number("1―8月，保定高新区37个省市重点项目累计完成投资58.7亿元，同比增长9.1%。")
    assert found["58.7亿元"].period_label == "1―8月"


def test_the_period_a_lead_reports_frames_the_article_after_the_news_moment():
    """近日，青岛市商务局发布上半年全市开发区运行情况: 近日 is when the news came, 上半年 what it covers;
    the paragraphs after the lead go on in 上半年."""
    found = by_number(
        "青岛开发区成绩单出炉\n"
        "“全市开发区实际使用外资21.7亿美元”……近日，青岛市商务局发布上半年全市开发区运行情况。"
        "记者梳理发现，全市开发区成绩亮眼。\n开发区贡献超六成外资\n"
        "数据显示，全市开发区实现规上工业营业收入4826.5亿元，同比增长7.3%。",
        published="2025-08-06",
    )
    assert found["4826.5亿元"].period_label == "上半年"


def test_a_firm_exporting_a_product_owns_the_figure():
    """云耀光电出口液晶显示模组12.6亿元: a trade name and a line of business before 出口 and an amount
    is a firm; 全市出口增长8% is the city's."""
    found = by_number(
        "同期，贵阳综保区实现进出口48.2亿元。云耀光电出口液晶显示模组12.6亿元，全市出口增长8%。"
    )
    assert (found["12.6亿元"].subject, found["12.6亿元"].park) == ("云耀光电", None)
    assert found["48.2亿元"].park == "贵阳综合保税区"


def test_a_quoted_name_that_invests_is_a_firm():
    """南科另有精密機械產業「鼎峰」投資4.2億元: the quoted name before 投資 and an amount is the investor."""
    found = by_number("南科另有精密機械產業「鼎峰」投資4.2億元，將於屏東園區設立智慧製造廠。")
    assert (found["4.2億元"].subject, found["4.2億元"].park) == ("鼎峰", None)
