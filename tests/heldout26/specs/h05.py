FILE = "h05_lingang_projects_wechat.txt"
TITLE = "总投资约126.3亿元！临港12个重大项目集中开工"
PUBLISHED = "2022-06-08"
PUBLISHED_HINT = None
SOURCE = "人民日报"
BYLINE = "记者 谢文岚"
URL = None
SCRIPT = "simplified"
PARKS = [
    ("临港新片区", "中国（上海）自由贸易试验区临港新片区", ["临港新片区", "新片区", "临港"]),
]
SUB_PARKS = [
    ("洋山特殊综合保税区", "洋山特殊综合保税区", "临港新片区"),
    ("金桥临港集成电路装备产业园", "金桥临港集成电路装备产业园", "临港新片区"),
]
COMPANIES = [
    ("中国电信", None, ["中国电信"]),
    ("白特荣", None, ["白特荣"]),
    ("华领", None, ["华领"]),
]
KINDS = {"滴水湖金融湾二期首发项目": "project"}
L = "临港新片区"
Q = [
    # headline: no period
    ("总投资约126.3亿元", "126.3亿元", 126.3, "亿元", "about", "planned_investment", L, None),
    ("临港12个重大项目", "12个", 12, "个", None, "started_projects", L, None),
    # lead: event on 6日
    ("总投资额约126.3亿元", "126.3亿元", 126.3, "亿元", "about", "planned_investment", L, "6日"),
    # resumption, 目前
    ("新片区322家", "322家", 322, "家", None, "enterprise_count", L, "目前"),
    ("实体运营企业达209家", "209家", 209, "家", None, "enterprise_count", "洋山特殊综合保税区", "目前"),
    ("企业总数的96.8%", "96.8%", 96.8, "%", None, "share", "洋山特殊综合保税区", "目前"),
    ("复工率达到61.7%", "61.7%", 61.7, "%", None, "other", L, "目前"),
    # trade
    ("进出口额同比增长35.9%", "35.9%", 35.9, "%", None, "growth_rate", L, "4月"),
    ("累计进出口额达548亿元", "548亿元", 548, "亿元", None, "trade_value", L, "1至4月"),
    ("同比增长34%以上", "34%", 34, "%", "more_than", "growth_rate", L, "1至4月"),
    # project list (6日)
    ("重大项目共12个", "12个", 12, "个", None, "started_projects", L, "6日"),
    ("总投资320亿元", "320亿元", 320, "亿元", None, "planned_investment", "中国电信", "6日"),
    ("一期占地约126亩", "126亩", 126, "亩", "about", "land_area", "中国电信", "6日"),
    ("建筑面积约16.8万平方米", "16.8万平方米", 16.8, "万平方米", "about", "floor_area", "中国电信", "6日"),
    ("总建筑面积约23.6万平方米", "23.6万平方米", 23.6, "万平方米", "about", "floor_area", "滴水湖金融湾二期首发项目", "6日"),
    ("容纳约1.2万名从业人员", "1.2万名", 1.2, "万名", "about", "capacity", "滴水湖金融湾二期首发项目", "6日"),
]
NOTES = [
    "Model page: 人民日报 2022-06-08 p.2 (paper.people.com.cn, also reposted on aggregators) on 临港新片区's 2022 second-quarter project start. Layout kept: headline led by the total investment, 本报上海6月7日电 dateline with 6日 as the event day, the 目前 resumption paragraph with the bonded-zone figures, the 4月 / 1至4月 trade sentence, the list of started projects (named firms, a 产业园, a lab, unnamed projects), one project detailed after 其中, and the closing 南汇新城 paragraph. Stored as a WeChat-account repost (原创 header, 点击蓝字 关注我们, - END -, 来源/编辑/审核, 往期推荐, 阅读原文, 点赞/在看 counters: all chrome, not annotated). Rewritten, every figure changed; the 滴水湖金融湾 sentence is added in the page's style. Province-level unit: 上海.",
    "Published 2022-06-08 from the post header; source 人民日报 (来源 line; 上海临港 is the hosting account); byline 记者 谢文岚 from the dateline; no URL.",
    "Park: 中国（上海）自由贸易试验区临港新片区 → 临港新片区 (an FTZ area is a park, heldout6); aliases 临港新片区, 新片区, and 临港 in the headline. The parent FTZ appears only inside this name and is not listed separately. 南汇新城 is a new town (one of Shanghai's 五个新城) run together with the new area, not a development zone: not a park; it carries no figure.",
    "Sub-parks: 洋山特殊综合保税区 (its 及物流园区 is part of it; 209家 and 96.8% are the bonded zone's) and 金桥临港集成电路装备产业园 (a park named after the 金桥/临港 groups → sub-park only, per tests/gold/README.md), both under 临港新片区. 上海临港医学检测实验室 (a lab), 洋山海洋离岸科创中心 and 滴水湖金融湾二期首发项目 are projects being started, not parks; the last has figures → subject_kind project (no company named).",
    "Companies: 中国电信 (its 临港算力平台项目 figures 320亿元, 126亩, 16.8万平方米 go to the company, heldout6 convention), 白特荣 and 华领 (named only as the holders of their projects, brand-only). 规上工业企业/实体运营企业 are categories.",
    "Periods: headline has no time word → its 126.3亿元 and 12个 take null. The lead's 6日 (event day) governs the start figures and the project list (as heldout6 h04's 9月19日). 2022年第二季度 in 2022年第二季度重大项目 is the batch name, not a period. 目前 governs the resumption paragraph; 4月 and 1至4月 (累计 bounded by 1至4月) the trade sentence.",
    "Qualifiers: 约 → about (126.3亿元 twice, 126亩, 16.8万平方米, 23.6万平方米, 1.2万名); 34%以上 → more_than. Excluded: 6日/6月7日 (dates), 一期/二期 (phases), “五个新城” (slogan-like set name), chrome 往期推荐 figures (“16条”, 1100余家, 九成).",
]
