FILE = "h04_urumqi_etdz_plan_report.html"
TITLE = "乌鲁木齐经济技术开发区2023年国民经济和社会发展计划执行情况"
PUBLISHED = "2024-03-18"
PUBLISHED_HINT = None
SOURCE = None
BYLINE = None
URL = None
SCRIPT = "simplified"
PARKS = [
    ("乌鲁木齐经开区", "乌鲁木齐经济技术开发区", ["经开区（头屯河区）", "经开区"]),
]
SUB_PARKS = [
    ("乌鲁木齐国际陆港区", "乌鲁木齐国际陆港区", "乌鲁木齐经开区"),
    ("乌鲁木齐综合保税区", "乌鲁木齐综合保税区", "乌鲁木齐经开区"),
    ("纺服中心", "纺服中心", "乌鲁木齐经开区"),
]
COMPANIES = [
    ("陕汽", None, ["陕汽"]),
    ("上汽", None, ["上汽"]),
    ("东风", None, ["东风"]),
    ("铁建", None, ["铁建"]),
    ("牧神", None, ["牧神"]),
    ("卓郎", None, ["卓郎"]),
    ("八钢", None, ["八钢"]),
    ("新疆卷烟厂", None, ["新疆卷烟厂"]),
    ("乌苏啤酒", None, ["乌苏啤酒"]),
    ("康师傅", None, ["康师傅"]),
    ("哈立得", None, ["哈立得"]),
    ("华润怡宝", None, ["华润怡宝"]),
]
KINDS = {"头屯河区第二污水处理厂扩建项目": "project"}
Z = "乌鲁木齐经开区"
Y = "2023年"
Q = [
    # 一、主要指标
    ("地区生产总值同比增长4.8%", "4.8%", 4.8, "%", None, "gdp_growth", Z, Y),
    ("规模以上工业增加值同比增长5.6%", "5.6%", 5.6, "%", None, "growth_rate", Z, Y),
    ("高于全市0.9个百分点", "0.9个百分点", 0.9, "个百分点", None, "growth_rate", Z, Y),
    ("外贸进出口同比增长31%", "31%", 31, "%", None, "growth_rate", Z, Y),
    ("一般公共预算收入同比增长42.6%", "42.6%", 42.6, "%", None, "growth_rate", Z, Y),
    ("社会消费品零售总额同比增长12.4%", "12.4%", 12.4, "%", None, "growth_rate", Z, Y),
    # 二、(一) equipment: unnamed makers
    ("千辆纯电动重卡", "千辆", 1000, "辆", None, "other", None, Y),
    ("等6款车型", "6款", 6, "款", None, "other", None, Y),
    ("首批订单超百台", "百台", 100, "台", "more_than", "other", None, Y),
    # (二) named firms
    ("高档烟比例提高1.9%", "1.9%", 1.9, "%", None, "share", "新疆卷烟厂", Y),
    ("占全疆市场的88%", "88%", 88, "%", None, "share", "乌苏啤酒", Y),
    ("产量增加650万箱", "650万箱", 650, "万箱", None, "other", "康师傅", Y),
    # (三) sub-parks, 全年
    ("班列1206列", "1206列", 1206, "列", None, "other", "乌鲁木齐国际陆港区", "全年"),
    ("同比增长15.3%", "15.3%", 15.3, "%", None, "growth_rate", "乌鲁木齐国际陆港区", "全年"),
    ("进出口额86.4亿元", "86.4亿元", 86.4, "亿元", None, "trade_value", "乌鲁木齐综合保税区", "全年"),
    ("同比增长37.2%", "37.2%", 37.2, "%", None, "growth_rate", "乌鲁木齐综合保税区", "全年"),
    ("四成以上", "四成", 4, "成", "more_than", "share", "乌鲁木齐综合保税区", "全年"),
    ("入驻商户1300余户", "1300余户", 1300, "户", "more_than", "enterprise_count", "纺服中心", "全年"),
    # 三、项目
    ("重点项目138个", "138个", 138, "个", None, "projects", Z, Y),
    ("完成投资217.6亿元", "217.6亿元", 217.6, "亿元", None, "completed_investment", Z, Y),
    ("新开工项目57个", "57个", 57, "个", None, "started_projects", Z, Y),
    ("完成投资6.8亿元", "6.8亿元", 6.8, "亿元", None, "completed_investment", "陕汽", Y),
    ("完成投资4.1亿元", "4.1亿元", 4.1, "亿元", None, "completed_investment", "头屯河区第二污水处理厂扩建项目", Y),
    # 四、改革开放
    ("招商项目94个", "94个", 94, "个", None, "signed_projects", Z, "全年"),
    ("签约额412.7亿元", "412.7亿元", 412.7, "亿元", None, "investment", Z, "全年"),
    ("到位资金286.3亿元", "286.3亿元", 286.3, "亿元", None, "investment", Z, "全年"),
    ("同比增长18.4%", "18.4%", 18.4, "%", None, "growth_rate", Z, "全年"),
    ("新增经营主体6230户", "6230户", 6230, "户", None, "enterprise_count", Z, "全年"),
    ("达到216家", "216家", 216, "家", None, "high_tech_enterprise_count", Z, "截至年底"),
    # 五、民生
    ("新增就业1.12万人", "1.12万人", 1.12, "万人", None, "jobs", Z, "全年"),
    ("七成以上", "七成", 7, "成", "more_than", "share", Z, "全年"),
]
NOTES = [
    "Model page: 乌鲁木齐经济技术开发区（头屯河区）portal (uetd.gov.cn), 2023年国民经济和社会发展计划执行情况. Layout kept: government portal chrome (nav, 当前位置 crumb, 发布时间/来源/浏览次数/字体 line, 【打印本页】【关闭窗口】, ICP footer), a centred two-line report title, a work report in numbered sections 一、…五、 with （一）（二）（三） subsections, growth-only headline indicators, firms named by brand in strings (陕汽创新提升、上汽优化结构…), the 以陆港区、综保区、纺服中心为核心 sentence and a literal 略. Rewritten, every figure changed; sections 三–五 are written in the report's style (the stored page is abridged with 略). Province: 新疆.",
    "Published 2024-03-18 from the 发布时间 line. Source: the 来源 is a department of the zone itself (发展和改革委员会), a government body, not an outlet → source null; no byline, no URL. Title: the h2 report title (the centred two-line title in the body repeats it split over two lines; it has no numbers).",
    "Overlapping administration: the zone and 头屯河区 are one administration (区政合一), written 经开区（头屯河区）; 全区 figures are merged statistics → the zone 乌鲁木齐经开区, as heldout6 does for 长沙经开区（长沙县）. 高于全市0.9个百分点 is the zone's margin over 乌鲁木齐市 (no city figure is given). 头屯河区 in 头屯河区第二污水处理厂扩建项目 is part of a project name.",
    "Sub-parks of the zone: 陆港区 = 乌鲁木齐国际陆港区 (班列 1206列, 15.3%), 综保区 = 乌鲁木齐综合保税区 (86.4亿元, 37.2%, 四成以上 of the zone's trade), 纺服中心 (a trade centre platform; 1300余户 merchants). They are listed under the first full surface form; the short forms 陆港区/综保区 come first in the text but are abbreviations.",
    "Companies named by brand only, as the report writes them: 陕汽, 上汽, 东风, 铁建, 牧神, 卓郎, 八钢, 新疆卷烟厂 (kept with 新疆: without it the name is a generic noun), 乌苏啤酒 (brand), 康师傅 (Taiwanese-run group), 哈立得, 华润怡宝 (Hong Kong 华润 group). 陕汽新能源重卡扩能项目 → 陕汽. The figures of 新疆卷烟厂 (1.9%), 乌苏啤酒 (88% of the Xinjiang market) and 康师傅 (650万箱) are the firms'.",
    "Null subjects on purpose: 千辆纯电动重卡订单, 新增…6款车型 and 辣椒收获机首批订单超百台 name no firm (the 6 models follow a list of three carmakers without saying whose), and they are orders/models of unnamed makers, not zone statistics → subject null rather than a guess.",
    "Periods: the lead and section 一 say 2023年; sections 二(一)(二) have none of their own and inherit 2023年; 全年 opens section 二(三)'s figures (陆港区…纺服中心), section 四 and section 五; 截至年底 overrides for the stock of high-tech firms (216家); section 三 states 2023年 again.",
    "Excluded: 六行采棉机 (a machine type, six-row, not a measured number), 全疆首批 (ordinal), 二十大 (congress ordinal), 中欧（中亚）班列 names, 略. Chinese-numeral magnitudes: 千辆 → 1000 辆; 超百台 → 100 台 more_than; 四成以上/七成以上 → 40/70 percent more_than.",
]
