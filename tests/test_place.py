"""Where an article is (etl/extract/place.py), and the currency of its bare 元, which comes from
the place and never from the script. Each phenomenon on a text as sites publish it, read, cleaned
and extracted by the real stages."""

import pytest

from etl.clean import clean_document
from etl.extract import extract_facts
from etl.extract.place import default_currency
from etl.extract.units import is_taiwan_article
from etl.model import Place
from etl.read import read_bytes

# A Taipei paper's repost, in traditional script with Taiwan names (台資, 台灣新竹, 台中), of a
# story about a park in Rizhao.
REPOST = (
    "日照經開區集中簽約16個項目\n"
    "來源：工商時報\n"
    "記者王小明／綜合報導\n"
    "日照經濟技術開發區近日舉行重點項目集中簽約儀式，共簽約項目16個，計劃總投資56億元。"
    "其中一家台資企業投資的精密模具項目投資5億元，將於年內開工。\n"
    "日照經開區管委會表示，今年以來該區新引進台資企業3家，與台灣新竹、台中的電子產業鏈合作不斷深化。\n"
)
HSINCHU = (
    "竹科去年營業額1兆3,218億元\n"
    "記者張家瑋／新竹報導\n"
    "國科會新竹科學園區管理局昨日公布，竹科去年營業額達1兆3,218億元，較前年減少11%；"
    "其中積體電路產業營業額9,874億元，仍是園區最大支柱。\n"
)
ROUND_UP = (
    "新华社合肥4月17日电（记者 陈静）一季度，合肥高新区实现规上工业总产值420亿元，同比增长9.1%；"
    "苏州工业园区实现规上工业总产值1100亿元，同比增长6.3%；"
    "芜湖高新区实现规上工业总产值260亿元，同比增长8.2%；"
    "无锡高新区实现规上工业总产值600亿元，同比增长7.5%。\n"
)
HONG_KONG = (
    "【大公報訊】香港科技園公司昨日公布，將投資20億元擴建園區實驗室，"
    "特區政府另撥款3億港元支持初創企業。香港創科產業持續發展。\n"
)
NOWHERE = "今年以来，园区新签约项目37个，计划总投资286亿元，项目建设势头强劲。\n"


def facts_of(text: str):
    doc = clean_document(read_bytes(text.encode("utf-8"), "a.txt"))
    return doc, extract_facts(doc)


def place_of(text: str) -> tuple:
    p = facts_of(text)[1].place
    return (p.region, p.province, p.city, p.rule)


def test_a_taiwan_sites_repost_of_a_shandong_park_story_is_in_shandong():
    doc, _ = facts_of(REPOST)
    assert doc.script != "simplified" and doc.source_name == "工商时报"
    assert place_of(REPOST) == ("mainland", "山东", "日照", "park")


def test_a_taiwan_science_park_article_is_in_taiwan():
    doc, _ = facts_of(HSINCHU)
    assert doc.dateline == "新竹"
    assert place_of(HSINCHU) == ("taiwan", "台湾", "新竹", "park")


def test_a_dateline_city_and_a_park_give_the_province_and_the_city():
    """The park names the province and no city (江苏自贸试验区); the wire's dateline (南京) names
    a city in that province, so it fills the city."""
    text = (
        "新华社南京6月3日电（记者 王明）江苏自贸试验区挂牌以来，累计新增企业3.2万家，"
        "实际使用外资18亿美元。江苏自贸试验区将继续深化制度创新。\n"
    )
    assert facts_of(text)[0].dateline == "南京"
    assert place_of(text) == ("mainland", "江苏", "南京", "park+dateline")


def test_a_wire_datelined_in_beijing_about_a_shandong_park_is_in_shandong():
    assert place_of(
        "新华社北京5月8日电（记者 李华）记者从商务部获悉，日照经济技术开发区一季度实际使用外资"
        "1.2亿美元，日照经开区综合排名进入全国前30位。\n"
    ) == ("mainland", "山东", "日照", "park")


def test_a_round_up_of_parks_in_two_provinces_leaves_the_province_empty():
    assert place_of(ROUND_UP) == ("mainland", None, None, "park:provinces_disagree")


def test_a_round_up_of_parks_in_one_province_keeps_the_province_only():
    assert place_of(
        "今年以来，合肥高新区新签约项目58个，芜湖高新区新签约项目41个，"
        "蚌埠高新区新签约项目23个，三地协同推进科创走廊建设。\n"
    ) == ("mainland", "安徽", None, "park:cities_disagree")


def test_place_names_in_the_text_when_no_park_is_named():
    assert place_of(
        "连云港市今年一季度完成外贸进出口总额300亿元，同比增长12%。"
        "连云港市将加快建设“一带一路”强支点。\n"
    ) == ("mainland", "江苏", "连云港", "text")


def test_a_direction_is_not_a_province():
    """湖北 in 太湖北岸 is the lake's north bank: the text names Jiangsu's Wuxi only."""
    assert place_of(
        "无锡市在太湖北岸规划建设太湖湾科创带，无锡市今年计划新开工重大项目120个。\n"
    ) == ("mainland", "江苏", "无锡", "text")


def test_a_park_named_after_hong_kong_is_in_hong_kong():
    assert place_of(HONG_KONG)[:2] == ("hong_kong", "香港")


def test_the_outlet_places_an_article_that_names_nothing_else():
    assert place_of(
        "来源：日照日报\n今年以来，全市新签约过亿元项目37个，总投资达到286亿元，项目建设势头强劲。\n"
    ) == ("mainland", "山东", "日照", "source")


def test_no_evidence_no_place():
    assert place_of(NOWHERE) == (None, None, None, None)


# --- the currency of a bare 元 -----------------------------------------------------------


def currency_of(text: str, number_text: str) -> str:
    return next(
        m.normalized_unit for m in facts_of(text)[1].metrics if m.number_text == number_text
    )


def test_a_taiwan_sites_repost_of_a_shandong_park_story_keeps_renminbi():
    doc, _ = facts_of(REPOST)
    assert is_taiwan_article(doc.body_simplified, doc.body, doc.script)  # what the script said
    assert currency_of(REPOST, "56億元") == "CNY"
    assert currency_of(REPOST, "5億元") == "CNY"


def test_a_taiwan_science_park_article_counts_new_taiwan_dollars():
    assert currency_of(HSINCHU, "1兆3,218億元") == "TWD"
    assert currency_of(HSINCHU, "9,874億元") == "TWD"


def test_an_explicit_declaration_still_wins_over_the_place():
    text = "國科會新竹科學園區管理局表示，園區廠商赴大陸投資（人民幣，下同）累計120億元。\n"
    assert place_of(text)[0] == "taiwan"
    assert currency_of(text, "120億元") == "CNY"


def test_a_round_up_with_no_province_stays_in_renminbi():
    assert {m.normalized_unit for m in facts_of(ROUND_UP)[1].metrics if m.unit == "亿元"} == {"CNY"}


def test_a_hong_kong_report_that_writes_gangyuan_counts_its_yuan_in_hong_kong_dollars():
    assert currency_of(HONG_KONG, "20億元") == "HKD"
    assert currency_of(HONG_KONG, "3億港元") == "HKD"


def test_no_place_is_renminbi():
    assert currency_of(NOWHERE, "286亿元") == "CNY"


@pytest.mark.parametrize(
    "place, text, currency",
    [
        (Place("mainland", "山东", "日照"), "", "CNY"),
        (Place("taiwan", "台湾", None), "", "TWD"),
        (Place("hong_kong", "香港"), "投资20亿元", "CNY"),  # no 港元 written: the gold rule's CNY
        (Place("hong_kong", "香港"), "投资20亿元，另拨款3亿港元", "HKD"),
        (Place("macao", "澳门"), "投资5亿澳门元", "MOP"),
        (Place(), "", "CNY"),
        (None, "", "CNY"),
    ],
)
def test_default_currency_is_the_places(place, text, currency):
    assert default_currency(place, text) == currency
