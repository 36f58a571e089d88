"""Development set for parks and companies: realistic excerpts about parks the five gold
articles never mention, in both scripts, annotated by the gold README conventions.

Each row gives the EXACT expected sets: named parks (canonical names), sub-parks
(name → parent) and companies (canonical name → full registered name or None).
Run `python tests/test_entities_dev.py` for precision/recall over the whole set.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.extract.companies import extract_companies
from etl.extract.parks import extract_parks
from etl.model import CleanDocument  # noqa: E402
from etl.script import convert_body  # noqa: E402

CASES = [
    dict(
        id="suzhou_sip",
        title="苏州工业园区上半年GDP增长6%",
        text="苏州工业园区今年上半年实现地区生产总值1700亿元。园区围绕集成电路、生物医药、纳米技术应用三大产业，"
        "集聚了信达生物制药（苏州）有限公司、和舰芯片制造（苏州）股份有限公司等一批龙头企业。上半年，园区新增"
        "外资项目120个，其中三星电子、博世汽车部件等企业增资扩产。苏州工业园区管委会相关负责人表示，园区将与"
        "中国科学院苏州纳米技术与纳米仿生研究所、西交利物浦大学加强合作。",
        parks={"苏州工业园区"},
        sub_parks={},
        companies={
            "信达生物制药": "信达生物制药（苏州）有限公司",
            "和舰芯片制造": "和舰芯片制造（苏州）股份有限公司",
            "三星电子": None,
            "博世汽车部件": None,
        },
    ),
    dict(
        id="hefei_hitech",
        title="合肥高新区：量子信息产业加速集聚",
        text="2023-06-15 10:21:33　来源: 合肥日报\n合肥高新区管委会消息，今年以来，区内科大讯飞、国盾量子、本源量子等企业"
        "持续加大研发投入。其中，科大讯飞股份有限公司新建的人工智能研发基地项目已封顶。阳光电源、京东方等龙头企业"
        "带动上下游企业200余家。中国科学技术大学、中科院合肥物质科学研究院与园区共建的量子信息创新中心正式揭牌，"
        "长三角量子产业联盟同日成立。合肥高新区还与国家开发银行签署协议，获得授信100亿元。",
        parks={"合肥高新区"},
        sub_parks={},
        companies={
            "科大讯飞": "科大讯飞股份有限公司",
            "国盾量子": None,
            "本源量子": None,
            "阳光电源": None,
            "京东方": None,
            "国家开发银行": None,
        },
    ),
    dict(
        id="chengdu_hitech",
        title=None,
        text="成都高新区电子信息产业今年前5个月实现产值2100亿元。英特尔、德州仪器、富士康等外资企业稳定运行，"
        "京东方第6代柔性AMOLED生产线满产。成都高新区与通威太阳能（成都）有限公司签约，建设年产25GW高效晶硅电池项目。"
        "同时，围绕华为、腾讯上下游，园区引进了一批配套企业。成都高新区党工委书记说，将推动中国电子、长虹等央企国企"
        "在园区布局。",
        parks={"成都高新区"},
        sub_parks={},
        companies={
            "英特尔": None,
            "德州仪器": None,
            "富士康": None,
            "京东方": None,
            "通威太阳能": "通威太阳能（成都）有限公司",
            "华为": None,
            "腾讯": None,
            "中国电子": None,
            "长虹": None,
        },
    ),
    dict(
        id="wuhan_donghu_tc",
        title=None,
        text="武漢東湖高新區（中國光谷）今年引進長江存儲、TCL華星光電等重大項目。光谷生物城已聚集藥明康德、人福醫藥等"
        "企業2000餘家。華中科技大學、武漢大學與園區共建創新平台。東湖高新區管委會表示，將支持長飛光纖光纜股份有限公司"
        "擴大產能。",
        parks={"东湖高新区"},
        sub_parks={"光谷生物城": "东湖高新区"},
        companies={
            "长江存储": None,
            "TCL华星光电": None,
            "药明康德": None,
            "人福医药": None,
            "长飞光纤光缆": "长飞光纤光缆股份有限公司",
        },
    ),
    dict(
        id="xian_hitech",
        title="西安高新区一季度新签约项目32个",
        text="西安高新区今年一季度新签约项目32个。三星（中国）半导体有限公司二期项目全面达产，美光、隆基绿能等企业"
        "加快扩能。隆基绿能科技股份有限公司总部位于西安高新区。陕西电子信息集团与西安交通大学、中科院西安光学精密"
        "机械研究所签署合作协议。西安高新区市场监管局为企业开通绿色通道。",
        parks={"西安高新区"},
        sub_parks={},
        companies={
            "三星半导体": "三星（中国）半导体有限公司",
            "美光": None,
            "隆基绿能": "隆基绿能科技股份有限公司",
            "陕西电子信息集团": None,
        },
    ),
    dict(
        id="tianjin_binhai",
        title=None,
        text="滨海新区上半年实现外贸进出口额4000亿元。天津港集团、一汽丰田、长城汽车等重点企业贡献突出，天津经开区"
        "工业总产值增长8%。新区与招商局集团签署合作协议，共建北方国际航运中心。天津市滨海新区招商局负责人表示，"
        "下半年将举办多场招商推介会。",
        parks={"滨海新区", "天津经开区"},
        sub_parks={},
        companies={"天津港集团": None, "一汽丰田": None, "长城汽车": None, "招商局集团": None},
    ),
    dict(
        id="qingdao_west_coast",
        title="青岛西海岸新区前三季度引进过亿元项目86个",
        text="青岛西海岸新区今年前三季度引进过亿元项目86个。海尔、海信、中车四方等龙头企业持续扩能，山东高速集团与新区"
        "签约建设智慧物流园。德国博世、大众一汽平台零部件有限公司等外资企业加快建设。新区财政局与省新旧动能转换基金"
        "签订协议，共同设立产业子基金。",
        parks={"青岛西海岸新区"},
        sub_parks={},
        companies={
            "海尔": None,
            "海信": None,
            "中车四方": None,
            "山东高速集团": None,
            "博世": None,
            "大众一汽平台零部件": "大众一汽平台零部件有限公司",
            "省新旧动能转换基金": None,
        },
    ),
    dict(
        id="jinan_hitech",
        title=None,
        text="济南高新区今年以来新引进项目45个。浪潮集团、中国重汽、齐鲁制药等企业加快数字化转型。浪潮云计算中心项目"
        "总投资50亿元，预计年底投用。济南高新区还围绕量子通信、生物医药，引进了以岭药业、和辉光电等项目。山东大学、"
        "济南市人民医院与园区签约共建研发平台。",
        parks={"济南高新区"},
        sub_parks={},
        companies={
            "浪潮": None,
            "中国重汽": None,
            "齐鲁制药": None,
            "以岭药业": None,
            "和辉光电": None,
        },
    ),
    dict(
        id="yantai_etdz",
        title="烟台经开区：上半年规上工业增加值增长12%",
        text="上半年经开区实现规上工业增加值增长12%。烟台经济技术开发区内，万华化学、杰瑞集团、富士康等重点企业产值"
        "稳步增长。区招商局负责人介绍，经开区与上汽通用东岳汽车有限公司签订扩产协议。烟台毓璜顶医院与园区企业"
        "共建医疗器械检测平台。",
        parks={"烟台经开区"},
        sub_parks={},
        companies={
            "万华化学": None,
            "杰瑞集团": None,
            "富士康": None,
            "上汽通用东岳汽车": "上汽通用东岳汽车有限公司",
        },
    ),
    dict(
        id="weifang_bonded",
        title=None,
        text="潍坊综合保税区今年进出口额突破200亿元。歌尔股份、潍柴动力等企业依托综保区开展保税维修业务。"
        "潍坊综合保税区管委会与中国银行、潍坊银行签订战略合作协议。潍坊海关派驻专人为企业服务。",
        parks={"潍坊综合保税区"},
        sub_parks={},
        companies={"歌尔股份": None, "潍柴动力": None, "中国银行": None, "潍坊银行": None},
    ),
    dict(
        id="qingdao_ftz",
        title=None,
        text="中国（山东）自由贸易试验区青岛片区今年以来新设企业3000余家。青岛片区围绕中车四方、海尔卡奥斯上下游企业，"
        "推动跨境电商、融资租赁业态集聚。招商银行、中信证券等金融机构入驻片区。青岛海关、市场监管局为企业提供"
        "一站式服务。",
        parks={"青岛自贸片区"},
        sub_parks={},
        companies={"中车四方": None, "海尔卡奥斯": None, "招商银行": None, "中信证券": None},
    ),
    dict(
        id="nanjing_jiangbei",
        title="南京江北新区集成电路产业再添新军",
        text="南京江北新区集成电路产业再添新军。台积电（南京）有限公司扩产项目、紫光展锐、华天科技等企业相继落地新区。"
        "江北新区管委会表示，新区将联合东南大学、清华大学共建集成电路创新中心。新区还与国家集成电路产业投资基金、"
        "南京银行签约。",
        parks={"南京江北新区"},
        sub_parks={},
        companies={
            "台积电": "台积电（南京）有限公司",
            "紫光展锐": None,
            "华天科技": None,
            "国家集成电路产业投资基金": None,
            "南京银行": None,
        },
    ),
    dict(
        id="ningxiang_etdz",
        title=None,
        text="记者从宁乡经开区获悉，今年以来园区新引进项目28个。楚天科技、加加食品、格力电器（长沙）有限公司等骨干企业"
        "产值稳步增长。宁乡经开区党工委书记介绍，园区将围绕储能材料产业链，推动邦普循环、中伟新材料与宁德时代深化"
        "合作。宁乡市人民医院与园区签约共建职工健康服务站。",
        parks={"宁乡经开区"},
        sub_parks={},
        companies={
            "楚天科技": None,
            "加加食品": None,
            "格力电器": "格力电器（长沙）有限公司",
            "邦普循环": None,
            "中伟新材料": None,
            "宁德时代": None,
        },
    ),
    dict(
        id="county_park",
        title=None,
        text="近日，莒南县经济开发区与山东金胜粮油食品有限公司签约。该县坪上工业园区已入驻企业56家，其中临沂新程金锣"
        "肉制品集团有限公司投资建设的冷链物流项目年内投产。县市场监管局、县招商局负责人现场办公。",
        parks={"莒南经济开发区", "坪上工业园区"},
        sub_parks={},
        companies={
            "金胜粮油食品": "山东金胜粮油食品有限公司",
            "新程金锣肉制品": "临沂新程金锣肉制品集团有限公司",
        },
    ),
    dict(
        id="hsinchu_sp_tc",
        title="竹科上半年營業額創新高",
        text="新竹科學園區管理局統計，竹科上半年營業額達新臺幣6,800億元。台積電、聯發科、聯電等半導體大廠持續擴大投資，"
        "力積電則在銅鑼園區興建12吋晶圓廠。工研院與國立清華大學也在園區設有研發中心。此外，SK海力士與台灣美光"
        "等外商亦積極布局。",
        parks={"新竹科学园区"},
        sub_parks={"铜锣园区": "新竹科学园区"},
        companies={
            "台积电": None,
            "联发科": None,
            "联电": None,
            "力积电": None,
            "SK海力士": None,
            "美光": None,
        },
    ),
    dict(
        id="tainan_sp_tc",
        title=None,
        text="南部科學園區台南園區去年營業額突破兆元。台積電在南科興建3奈米晶圓廠，帶動日月光、穩懋半導體股份有限公司"
        "等供應鏈進駐。高雄園區則吸引群創光電、奇美實業進駐。南科管理局表示，國立成功大學、工業技術研究院將協助"
        "廠商培育人才。",
        parks={"南部科学园区"},
        sub_parks={"台南园区": "南部科学园区", "高雄园区": "南部科学园区"},
        companies={
            "台积电": None,
            "日月光": None,
            "稳懋": "稳懋半导体股份有限公司",
            "群创光电": None,
            "奇美实业": None,
        },
    ),
    dict(
        id="taichung_sp_tc",
        title=None,
        text="中部科學園區今年引進美光、友達光電擴廠，台灣積體電路製造股份有限公司也在中科設立先進製程廠。"
        "中科管理局指出，園區就業人數已突破5萬人。",
        parks={"中部科学园区"},
        sub_parks={},
        companies={"美光": None, "友达光电": None, "台积电": "台湾集成电路制造股份有限公司"},
    ),
    dict(
        id="zhangjiang",
        title=None,
        text="张江科学城集聚了中芯国际、华虹半导体、上海微电子装备（集团）股份有限公司等集成电路企业，以及罗氏制药、"
        "和记黄埔医药等生物医药企业。中国科学院上海药物研究所、上海科技大学、张江实验室等科研机构也在此集聚。",
        parks={"张江高科技园区"},
        sub_parks={},
        companies={
            "中芯国际": None,
            "华虹半导体": None,
            "上海微电子装备": "上海微电子装备（集团）股份有限公司",
            "罗氏制药": None,
            "和记黄埔医药": None,
        },
    ),
    dict(
        id="shenzhen_byd",
        title=None,
        text="比亚迪、宁德时代、华为等企业近日与坪山区签约。深圳高新区内，中兴通讯、大疆创新等企业研发投入持续增长。"
        "深圳市市场监督管理局表示，将为企业提供便利。",
        parks={"深圳高新区"},
        sub_parks={},
        companies={
            "比亚迪": None,
            "宁德时代": None,
            "华为": None,
            "中兴通讯": None,
            "大疆创新": None,
        },
    ),
]


def make_doc(case: dict) -> CleanDocument:
    body = case["text"]
    simplified = convert_body(body)
    return CleanDocument(
        path=case["id"] + ".txt",
        content_hash="",
        size=len(body),
        encoding="utf-8",
        format="text",
        title=case["title"],
        body=body,
        body_simplified=simplified,
    )


def extract(case: dict) -> tuple[set, dict, dict]:
    d = make_doc(case)
    parks, _ = extract_parks(d)
    named = {
        p.name
        for p in parks
        if not p.is_sub_park and p.rule in ("gazetteer", "catalogue", "pattern")
    }
    subs = {p.name: p.parent for p in parks if p.is_sub_park}
    companies = {}
    for c in extract_companies(d, parks):
        if companies.get(c.name) is None:
            companies[c.name] = c.full_name
    return named, subs, companies


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_dev_excerpt(case):
    named, subs, companies = extract(case)
    assert named == case["parks"]
    assert subs == case["sub_parks"]
    assert companies == case["companies"]


def test_dev_set_is_large_and_varied():
    assert len(CASES) >= 15
    assert sum(convert_body(c["text"]) != c["text"] for c in CASES) >= 3  # traditional excerpts


def score() -> dict:
    """Precision/recall per kind over the whole set (exact names; a company also needs its full_name)."""
    totals = {k: [0, 0, 0] for k in ("parks", "sub_parks", "companies")}  # tp, predicted, expected
    failures = []
    for case in CASES:
        named, subs, companies = extract(case)
        pairs = {
            "parks": (named, case["parks"]),
            "sub_parks": (set(subs.items()), set(case["sub_parks"].items())),
            "companies": (set(companies.items()), set(case["companies"].items())),
        }
        for kind, (got, want) in pairs.items():
            t = totals[kind]
            t[0] += len(got & want)
            t[1] += len(got)
            t[2] += len(want)
            if got != want:
                failures.append(
                    (case["id"], kind, sorted(got - want, key=str), sorted(want - got, key=str))
                )
    result = {
        k: {"precision": round(tp / p, 3) if p else 1.0, "recall": round(tp / e, 3) if e else 1.0}
        for k, (tp, p, e) in totals.items()
    }
    return {"scores": result, "failures": failures}


if __name__ == "__main__":
    out = score()
    for case_id, kind, extra, missed in out["failures"]:
        print(f"{case_id:22} {kind:10} extra={extra} missed={missed}")
    for kind, s in out["scores"].items():
        print(f"{kind:10} precision {s['precision']:.3f} recall {s['recall']:.3f}")
