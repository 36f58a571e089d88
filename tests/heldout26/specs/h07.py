FILE = "h07_henan_etdz_ranking_portal.txt"
TITLE = "国家级经开区“国考”放榜 河南8家进入全国前140名"
PUBLISHED = "2025-01-15"
SOURCE = "河南日报"
BYLINE = "记者 宋雅琳"
URL = None
SCRIPT = "simplified"
CURRENCY = "CNY"

PARKS = [
    ("郑州经开区", "郑州经开区", []),
    ("红旗渠经开区", "红旗渠经开区", []),
    ("漯河经开区", "漯河经开区", []),
    ("鹤壁经开区", "鹤壁经开区", []),
    ("新乡经开区", "新乡经开区", []),
    ("许昌经开区", "许昌经开区", []),
    ("开封经开区", "开封经开区", []),
]
SUB_PARKS = [
    ("中德（许昌）国际合作产业园区", "中德（许昌）国际合作产业园区", "许昌经开区"),
    ("中日（开封）国际合作产业园区", "中日（开封）", "开封经开区"),
    ("鹤壁电子信息国际合作产业园区", "鹤壁电子信息", "鹤壁经开区"),
    ("漯河食品国际合作产业园区", "漯河食品", "漯河经开区"),
]
COMPANIES = [
    ("双汇", None, ["双汇"]),
    ("卫龙", None, ["卫龙"]),
    ("奇瑞汽车", "奇瑞汽车河南有限公司", ["奇瑞汽车河南有限公司"]),
    ("越南铁路", "越南铁路公司", ["越南铁路公司"]),
]
KINDS = {"河南省": "place", "中国": "place"}

P = "2024年度"
Q = [
    # headline (no period in the headline)
    ("河南8家进入全国前140名", "8家", 8, "家", None, "other", "河南省", None),
    ("进入全国前140名", "前140名", 140, "名", None, "rank", None, None, {"normalized_unit": "rank"}),
    # lead paragraph 2
    ("全国国家级经开区共229家", "229家", 229, "家", None, "other", "中国", P),
    ("我省9个国家级经开区", "9个", 9, "个", None, "other", "河南省", None),
    ("中有8个位列前140名", "8个", 8, "个", None, "other", "河南省", P),
    ("位列前140名", "前140名", 140, "名", None, "rank", None, P, {"normalized_unit": "rank"}),
    ("连续三年跻身全国前100位", "三年", 3, "年", None, "duration", None, None),
    ("跻身全国前100位", "前100位", 100, "位", None, "rank", None, None),
    # paragraph 3
    ("郑州经开区连续5年稳居全国前30强", "5年", 5, "年", None, "duration", "郑州经开区", None),
    ("稳居全国前30强", "前30强", 30, "强", None, "rank", "郑州经开区", None),
    ("位居全国第24位", "第24位", 24, "位", None, "rank", "郑州经开区", P),
    ("中部地区第3位", "第3位", 3, "位", None, "rank", "郑州经开区", P),
    ("漯河经开区全国排名第37位", "第37位", 37, "位", None, "rank", "漯河经开区", P),
    ("中部地区第6位", "第6位", 6, "位", None, "rank", "漯河经开区", P),
    ("较上年前进4个位次", "4个位次", 4, "个位次", None, "rank", "漯河经开区", "较上年"),
    ("鹤壁经开区居全国第58位", "第58位", 58, "位", None, "rank", "鹤壁经开区", P),
    ("红旗渠经开区居全国第61位", "第61位", 61, "位", None, "rank", "红旗渠经开区", P),
    # paragraph 4
    ("我省有7个国家级经开区位居中部地区前列", "7个", 7, "个", None, "other", "河南省", P),
    ("比上年增加2个", "2个", 2, "个", None, "other", "河南省", P),
    ("分别居全国第109位", "第109位", 109, "位", None, "rank", "新乡经开区", P),
    ("、118位", "118位", 118, "位", None, "rank", "许昌经开区", P),
    ("、127位", "127位", 127, "位", None, "rank", "开封经开区", P),
    ("分别前进12", "12", 12, "个位次", None, "rank", "新乡经开区", P),
    ("、9、", "9", 9, "个位次", None, "rank", "许昌经开区", P),
    ("21个位次", "21个位次", 21, "个位次", None, "rank", "开封经开区", P),
    # paragraph 5
    ("地区生产总值突破1400亿元", "1400亿元", 1400, "亿元", "more_than", "gdp", "郑州经开区", "去年"),
    ("集聚规上企业910余家", "910余家", 910, "家", "more_than", "enterprise_count", "郑州经开区", "去年"),
    ("百亿级企业16家", "16家", 16, "家", None, "enterprise_count", "郑州经开区", "去年"),
    ("占郑州市的比重达26.5%", "26.5%", 26.5, "%", None, "share", "郑州经开区", "去年"),
    ("去年整车产量达12.3万辆", "12.3万辆", 12.3, "万辆", None, "other", "奇瑞汽车", "去年"),
    # paragraph 6
    ("漯河食品4个国际合作产业园区", "4个", 4, "个", None, "other", "河南省", None),
    ("去年新引进德资项目7个", "7个", 7, "个", None, "projects", "中德（许昌）国际合作产业园区", "去年"),
    ("总投资21.6亿元", "21.6亿元", 21.6, "亿元", None, "planned_investment", "中德（许昌）国际合作产业园区", "去年"),
    # paragraph 7
    ("全省9个国家级经开区", "9个", 9, "个", None, "other", "河南省", "去年"),
    ("规上工业增加值合计增长8.3%", "8.3%", 8.3, "%", None, "growth_rate", "河南省", "去年"),
    ("实际利用外资4.7亿美元", "4.7亿美元", 4.7, "亿美元", None, "foreign_investment", "河南省", "去年"),
    ("占全省的比重为31.2%", "31.2%", 31.2, "%", None, "share", "河南省", "去年"),
]

NOTES = [
    "Plain-text dump of a 国际在线河南频道 (hn.cri.cn) portal page reposting a 河南日报 round-up of the province's national ETDZs in the 2024年度 national evaluation. Annotated: the headline line and the body from 本报讯 to 支持更多经开区争先进位. Not annotated: the nav, the info line (2025-01-15 09:32:18, 浏览次数：1286), 【打印】【关闭】, 责任编辑, 相关新闻 (5000亿元, 184个, 28个 — other articles) and the footer (ICP and 公安备案 numbers, telephone).",
    "published 2025-01-15 from the info line; source 河南日报 (来源; 国际在线河南频道 is the host); byline 记者 宋雅琳 (本报讯（…）); no URL.",
    "Parks: seven national ETDZs, each named 经开区 (郑州、漯河、鹤壁、红旗渠经开区 is an elliptical list: only 红旗渠经开区 is written in full there; the park quotes are the first full forms). 洛阳/濮阳 are not named.",
    "Sub-parks: 中德（许昌）、中日（开封）、鹤壁电子信息、漯河食品4个国际合作产业园区 is an elliptical list of four international cooperation parks that lie inside the national ETDZs (均布局在国家级经开区内). Only 中德（许昌）国际合作产业园区 is written in full (in the next sentence); the other three are listed with their elliptical heads as quotes (中日（开封）, 鹤壁电子信息, 漯河食品) and parented by the ETDZ of their city. 中德（许昌）…去年新引进德资项目7个，总投资21.6亿元 → the sub-park (park 许昌经开区).",
    "Period: the lead's 2024年度 (the evaluation edition) governs the evaluation figures (229家, 8个, 前140名 and all 第N位 ranks and 前进N个位次 changes, 7个/比上年增加2个). 较上年前进4个位次 takes 较上年 (the rank change it qualifies). The headline has no period of its own → its 8家/前140名 are null. Durations and standings held over several years (连续三年…前100位, 连续5年…前30强) have period null: the span is itself a quantity, and no single edition is meant. 9个 (我省9个国家级经开区) and 4个 (4个国际合作产业园区) are standing counts → null. Paragraphs 5–7 open with or carry 去年.",
    "Subjects: 我省 = 河南省 (place) for the counts of Henan's zones (8家, 9个, 8个, 7个, 2个, 4个). 全国…共229家 → 中国. Ranks and durations shared by several named zones (前140名 of the 8 zones; 连续三年/前100位 of 郑州、漯河、鹤壁、红旗渠) have no single subject → null. 分别 lists: 第109位、118位、127位 and 12、9、21个位次 go to 新乡、许昌、开封 in order; the bare 12 and 9 take the unit 个位次 written after 21 (number_text is the bare number).",
    "Group totals: 全省9个国家级经开区规上工业增加值合计增长8.3%，实际利用外资4.7亿美元，占全省的比重为31.2% are the totals of ALL the province's national ETDZs (全省…) → subject 河南省 (place), following heldout6 h10, where a 全省 total of the province's zones (全省合计, 全省67个省级以上开发区) is the province's; a combined figure of only some named zones (前140名 of 8 of them, 前100位 of four) stays null. 郑州经开区…占郑州市的比重达26.5% is the zone's share, not a city figure.",
    "Companies: 双汇 and 卫龙 are brand names without 公司 (龙头企业 is not a company); 奇瑞汽车河南有限公司 → 奇瑞汽车 (12.3万辆 is its output, measure other); 越南铁路公司 (a foreign railway company) is a company. “管委会+公司” is a slogan, not a company.",
    "Excluded: 2024年度 (edition, used as period), 1月13日 (date), 一年一度 (frequency idiom), 百亿级 (class label; 16家 is counted), “国考”, “第一方阵”, “两国双园”, “三化三制”, “三个一批”, “管委会+公司” (slogans), 首批 (ordinal).",
]
