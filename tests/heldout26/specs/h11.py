FILE = "h11_qingyuan_devzone_163.md"
TITLE = "庆元经开区一季度12个工业项目完成交地 百兴智能化工厂计划6月开工"
PUBLISHED = "2025-04-18"
SOURCE = "庆元县人民政府网站"
BYLINE = None
URL = None
SCRIPT = "simplified"
CURRENCY = "CNY"

PARKS = [
    ("庆元经济开发区", "庆元经济开发区", ["庆元经开区", "经开区"]),
]
SUB_PARKS = [
    ("屏都综合新区", "屏都综合新区", "庆元经济开发区"),
    ("竹口工业功能区", "竹口工业功能区", "庆元经济开发区"),
]
COMPANIES = [
    ("百兴食品", "浙江百兴食品有限公司", ["百兴", "浙江百兴食品有限公司"]),
    ("菇乡竹木制品", "庆元县菇乡竹木制品有限公司", ["庆元县菇乡竹木制品有限公司"]),
    ("方格药业", None, ["方格药业"]),
]
KINDS = {"庆元县": "place", "标准厂房（三期）项目": "project"}

Z = "庆元经济开发区"
P = "今年一季度"
L = "一季度"
Q = [
    ("一季度12个工业项目完成交地", "12个", 12, "个", None, "projects", Z, "一季度"),
    ("共完成12个工业项目交地", "12个", 12, "个", None, "projects", Z, P),
    ("交地面积486亩", "486亩", 486, "亩", None, "land_area", Z, P),
    ("项目计划总投资37.6亿元", "37.6亿元", 37.6, "亿元", None, "planned_investment", Z, P),
    ("屏都综合新区完成交地8个", "8个", 8, "个", None, "projects", "屏都综合新区", P),
    ("面积352亩", "352亩", 352, "亩", None, "land_area", "屏都综合新区", P),
    ("竹口工业功能区完成交地4个", "4个", 4, "个", None, "projects", "竹口工业功能区", P),
    ("面积134亩", "134亩", 134, "亩", None, "land_area", "竹口工业功能区", P),
    ("总用地面积约48620.5平方米", "48620.5平方米", 48620.5, "平方米", "about", "land_area", "百兴食品", None),
    ("建筑面积69215.3平方米", "69215.3平方米", 69215.3, "平方米", None, "floor_area", "百兴食品", None),
    ("计划总投资6.8亿元", "6.8亿元", 6.8, "亿元", None, "planned_investment", "百兴食品", None),
    ("年产12000吨", "12000吨", 12000, "吨", None, "capacity", "百兴食品", None),
    ("年产50万套", "50万套", 50, "万套", None, "capacity", "菇乡竹木制品", L),
    ("用地32亩", "32亩", 32, "亩", None, "land_area", "菇乡竹木制品", L),
    ("总投资1.2亿元", "1.2亿元", 1.2, "亿元", None, "planned_investment", "菇乡竹木制品", L),
    ("用地41亩", "41亩", 41, "亩", None, "land_area", "方格药业", L),
    ("总投资2.6亿元", "2.6亿元", 2.6, "亿元", None, "planned_investment", "方格药业", L),
    ("用地68亩", "68亩", 68, "亩", None, "land_area", "标准厂房（三期）项目", L),
    ("建筑面积9.6万平方米", "9.6万平方米", 9.6, "万平方米", None, "floor_area", "标准厂房（三期）项目", L),
    ("总投资3.1亿元", "3.1亿元", 3.1, "亿元", None, "planned_investment", "标准厂房（三期）项目", L),
    ("计划实施重点工业项目25个", "25个", 25, "个", None, "projects", Z, "今年"),
    ("年度计划投资18.5亿元", "18.5亿元", 18.5, "亿元", None, "planned_investment", Z, "今年"),
    ("规上工业增加值同比增长9.2%", "9.2%", 9.2, "%", None, "growth_rate", "庆元县", "一季度"),
    ("占全县的比重达71.4%", "71.4%", 71.4, "%", None, "share", Z, "一季度"),
]

NOTES = [
    "Markdown dump of a NetEase 网易号 page (account 庆元发布) reposting a 庆元县人民政府网站 item on 庆元经济开发区 (浙江丽水, a provincial development zone). Annotated: the # headline and the body from 日前 to 71.4%. Not annotated: the breadcrumb, the info line (2025-04-18 16:22:07, account link digits), 举报/0/分享至, （来源：…）, the 特别声明 / English notice and 相关推荐 (6.1%, 3个, 15亿元 — other articles).",
    "published 2025-04-18 from the info line; source 庆元县人民政府网站 (来源 at the end; 庆元发布 is the posting account, 网易号 the host); no byline, no URL.",
    "Park: the zone is written in full as 庆元经济开发区 (a provincial 经济开发区), and also as 庆元经开区 (headline) and 经开区 (body) by the article itself. The name keeps the full kind as written (庆元经济开发区); 庆元经开区 and 经开区 are aliases. Sub-parks: 屏都综合新区 and 竹口工业功能区, the two areas of the zone (其中，…); their 8个/352亩 and 4个/134亩 are their own (they sum to the zone's 12个/486亩, which stay with the zone).",
    "Period: the headline's 一季度 for the headline 12个; the lead's 今年一季度 for the lead and the 其中 paragraph (no period of its own). The 百兴 paragraph has no period for its figures: land area, floor area, 计划总投资 and 年产 capacity are standing project attributes → null (2015年以来 qualifies only the 零突破 clause, and 2024年 is the edition of a list). The bullet list is headed 一季度完成交地的项目还包括 → its figures take 一季度. 今年 for the annual plan (25个, 18.5亿元 年度计划投资 → planned_investment). 一季度 again for the county (庆元县 9.2%) and the zone's share of the county (71.4%, subject the zone).",
    "Projects: 百兴智能化工厂建设项目 is carried by 浙江百兴食品有限公司 (百兴 in the project name is a company form) → subject 百兴食品; 庆元县菇乡竹木制品有限公司 (full legal name; the canonical name drops 庆元县 and 有限公司) → 菇乡竹木制品; 方格药业二期扩建项目 → 方格药业 (brand); 经开区标准厂房（三期）项目 has no company → subject_kind project (标准厂房（三期）项目), and its 68亩/9.6万平方米/3.1亿元 do not drift to the zone. 12000吨 → t (capacity); 50万套 → count.",
    "Excluded: 6月 (date), 025-02-35-1 (plot identifier), 2015年以来 (period), 2024年 (list edition), 二期/（三期） (ordinals), 零突破 (idiom).",
]
