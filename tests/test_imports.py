"""The imported lists in data/*.csv: how the importers read a public source, and what the
committed files hold."""

import csv

import pytest

from etl.imports.catalogue import catalogue_row, import_catalogue
from etl.imports.counties import county_rows, county_short, is_common_word
from etl.imports.listed import clean_name, is_word_or_place, stock_basic_rows
from etl.imports.zone_lists import zone_rows
from etl.knowledge import load_csv, load_yaml

NATIONS = ["汉族", "土家族", "拉祜族", "佤族", "布朗族", "傣族", "哈萨克族", "回族"]


@pytest.mark.parametrize(
    "name, short",
    [
        ("太和县", "太和"),
        ("东港区", "东港"),
        ("新郑市", "新郑"),
        ("沛县", None),  # one character names nothing alone
        ("长阳土家族自治县", "长阳"),
        ("双江拉祜族佤族布朗族傣族自治县", "双江"),
        ("巴里坤哈萨克自治县", "巴里坤"),  # 哈萨克 written without 族
        ("鄂伦春自治旗", "鄂伦春"),
    ],
)
def test_county_short(name, short):
    assert county_short(name, NATIONS) == short


def test_is_common_word_by_frequency_and_part_of_speech():
    vocabulary = {"合作": (13478, "vn"), "仙桃": (3117, "ns"), "石棉": (283, "n")}
    assert is_common_word("合作", vocabulary)
    assert not is_common_word("仙桃", vocabulary)  # a place name, however frequent
    assert not is_common_word("石棉", vocabulary)  # too rare to be mistaken
    assert not is_common_word("太和", vocabulary)  # not in the dictionary


def test_county_rows_resolve_city_and_province_and_mark_shared_short_forms():
    adcodes = [
        {"adcode": "410000000000", "name": "河南省"},
        {"adcode": "410100000000", "name": "郑州市"},
        {"adcode": "410184000000", "name": "新郑市"},
        {"adcode": "211300000000", "name": "朝阳市"},
        {"adcode": "211321000000", "name": "朝阳县"},
        {"adcode": "110105000000", "name": "朝阳区"},
        {"adcode": "419001000000", "name": "济源市"},
    ]
    rows = {r["name"]: r for r in county_rows(adcodes, NATIONS, load_yaml("places.yml"), {})}
    assert (rows["新郑市"]["province"], rows["新郑市"]["city"]) == ("河南", "郑州")
    assert rows["朝阳区"]["city"] == "北京"  # a municipality's district
    assert rows["济源市"]["city"] == "济源"  # a county-level city the province runs
    assert rows["新郑市"]["short_shared"] == 0
    assert rows["朝阳县"]["short_shared"] == rows["朝阳区"]["short_shared"] == 1  # and 朝阳市
    assert "郑州市" not in rows and "河南省" not in rows  # prefecture and province rows


def test_committed_counties_cover_the_mainland_with_provenance():
    rows = load_csv("counties.csv")
    assert len(rows) >= 2800
    assert all(r["province"] for r in rows)
    taihe = next(r for r in rows if r["name"] == "太和县")
    assert (taihe["province"], taihe["city"], taihe["short"]) == ("安徽", "阜阳", "太和")
    # every province and autonomous region of the mainland has counties
    provinces = {p["short"] for p in load_yaml("places.yml")["provinces"]}
    assert provinces - {r["province"] for r in rows} <= {"台湾", "香港", "澳门"}


@pytest.mark.parametrize(
    "listed, name",
    [
        ("万  科Ａ", "万科"),
        ("*ST海润", "海润"),
        ("小米集团-W", "小米集团"),
        ("鴻海", "鸿海"),
        ("TCL科技", "TCL科技"),
        ("茂林-創", "茂林"),
    ],
)
def test_listed_names_lose_the_listings_markers(listed, name):
    assert clean_name(listed) == name


def test_listed_names_that_are_words_places_or_phrases_are_marked():
    vocabulary = {
        "统一": (5000, "vn"),
        "陆家嘴": (38, "ns"),
        "航天": (800, "n"),
        "科技": (9000, "n"),
        "成都": (3000, "ns"),
        "先导": (300, "n"),
    }
    assert is_word_or_place("统一", vocabulary)
    assert is_word_or_place("陆家嘴", vocabulary)
    assert is_word_or_place("航天科技", vocabulary)  # common words end to end
    assert is_word_or_place("成都先导", vocabulary)  # a place and a word
    assert not is_word_or_place("比亚迪", vocabulary)


def test_committed_register_has_the_exchanges():
    rows = load_csv("listed_companies.csv")
    exchanges = {r["exchange"] for r in rows}
    assert {"SSE", "SZSE", "BSE", "HKEX", "TWSE", "TPEx"} <= exchanges
    assert len(rows) >= 4000
    assert all(r["source"] for r in rows)


def test_catalogue_rows_take_the_level_from_the_code_and_the_province_short():
    row = catalogue_row(
        {
            "name": "河南驻马店经济开发区",
            "province": "河南省",
            "category": "经济开发区",
            "approved": "2006.03",
            "area_ha": "1380.0",
            "industries": "装备制造、食品",
            "source_row": "序号=700;代码=S417030;批准级别=省政府",
        },
        {"河南省": "河南"},
    )
    assert (row["code"], row["level"], row["province"], row["area_ha"]) == (
        "S417030",
        "provincial",
        "河南",
        "1380",
    )


def test_committed_catalogue_has_the_2018_editions_totals():
    rows = load_csv("zones_2018.csv")
    levels = [r["level"] for r in rows]
    assert (levels.count("national"), levels.count("provincial")) == (552, 1991)
    assert all(r["code"][0] == ("G" if r["level"] == "national" else "S") for r in rows)
    provinces = {p["short"] for p in load_yaml("places.yml")["provinces"]}
    assert {r["province"] for r in rows} <= provinces


def test_stock_basic_rows_read_the_tushare_export(tmp_path):
    path = tmp_path / "stock_basic.csv"
    path.write_text(
        "ts_code,symbol,name,area,industry,list_date\n"
        "000002.SZ,000002,万科A,深圳,全国地产,19910129\n"
        "600031.SH,600031,三一重工,北京,工程机械,20030703\n"
        "920001.BJ,920001,*ST纬达,广东,元器件,20221227\n",
        encoding="utf-8",
    )
    rows = stock_basic_rows(path)
    assert [(r["code"], r["exchange"], r["name"]) for r in rows] == [
        ("000002", "SZSE", "万科"),
        ("600031", "SSE", "三一重工"),
        ("920001", "BSE", "纬达"),
    ]
    assert rows[0]["listed_name"] == "万科A"  # the listing as written is kept


def test_the_catalogue_importer_reads_the_repositorys_own_columns(tmp_path):
    path = tmp_path / "enriched.csv"
    path.write_text(
        "序号,代码,开发区名称,省份,城市/区县,批准级别,开发区类型,批准时间,核准面积_公顷,主导产业\n"
        "1,G111001,北京经济技术开发区,北京市,北京,国务院,经济技术开发区,1994.08,3980.0,汽车、电子信息\n",
        encoding="utf-8",
    )
    out = tmp_path / "zones.csv"
    assert import_catalogue(path, out) == 1
    (row,) = list(csv.DictReader(out.open(encoding="utf-8")))
    assert (row["code"], row["name"], row["level"], row["province"], row["area_ha"]) == (
        "G111001",
        "北京经济技术开发区",
        "national",
        "北京",
        "3980",
    )


def _source_row(name, kind="key_park", short=""):
    return {"name": name, "short": short, "kind": kind, "province": "海南", "approved": "",
            "source": "http://example.org/list"}  # fmt: skip


def test_a_list_row_with_its_parts_in_brackets_is_the_zone_and_its_sub_parks():
    rows = zone_rows(
        _source_row("洋浦经济开发区(含东方临港产业园、临高金牌港开发区)"), "重点园区", ""
    )
    assert [(r["name"], r["parent"]) for r in rows] == [
        ("洋浦经济开发区", ""),
        ("东方临港产业园", "洋浦经济开发区"),
        ("临高金牌港开发区", "洋浦经济开发区"),
    ]
    assert all(r["source"] == "http://example.org/list" for r in rows)


def test_a_cell_naming_several_zones_or_a_whole_provinces_ftz_is_no_zone():
    several = _source_row("上海外高桥保税区、洋山保税港区4个海关特殊监管区域", "ftz_area")
    assert zone_rows(several, "自贸片区", "national") == []
    assert (
        zone_rows(_source_row("中国(海南)自由贸易试验区", "ftz_area"), "自贸片区", "national") == []
    )
    area = _source_row("中国(湖南)自由贸易试验区长沙片区", "ftz_area", "长沙片区")
    assert [r["level"] for r in zone_rows(area, "自贸片区", "national")] == ["national"]


def test_the_later_zone_lists_record_their_list_and_source_on_every_row():
    rows = load_csv("zones_later.csv")
    assert len(rows) >= 100
    assert all(r["list"] and r["source"] for r in rows)
    assert {r["name"] for r in rows if "国家级新区" in r["list"]} >= {
        "贵州贵安新区",
        "河北雄安新区",
    }


def test_the_zone_list_import_names_a_list_it_cannot_find(tmp_path, monkeypatch):
    """A source folder without one of the lists: the others are written, the missing one named."""
    import etl.imports.zone_lists as zone_lists

    source = tmp_path / "lists"
    source.mkdir()
    (source / "new_areas.csv").write_text(
        "name,short,kind,province,approved,source\n"
        "贵州贵安新区,贵安新区,new_area,贵州,2014-01,http://example.org/new-areas\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(zone_lists, "DATA_DIR", tmp_path)
    count, missing = zone_lists.import_zone_lists(source)
    assert count == 1
    assert "hainan_key_parks.csv" in missing and "new_areas.csv" not in missing
    assert "贵州贵安新区" in (tmp_path / "zones_later.csv").read_text(encoding="utf-8")
