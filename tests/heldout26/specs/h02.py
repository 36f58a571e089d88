FILE = "h02_nanjing_zones_ranking_cadz.txt"
TITLE = "全省开发区综合考核排序出炉 南京5家进入前30位"
PUBLISHED = "2019-10-11"
PUBLISHED_HINT = None
SOURCE = "中国江苏网"
BYLINE = None
URL = None
SCRIPT = "simplified"
PARKS = [
    ("江宁经开区", "南京江宁经济技术开发区", []),
    ("南京经开区", "南京经济技术开发区", []),
    ("南京化学工业园区", "南京化学工业园区", ["南京化学工业园"]),
    ("溧水经济开发区", "溧水经济开发区", ["开发区"]),
    ("浦口经济开发区", "浦口经济开发区", []),
]
SUB_PARKS = []
COMPANIES = [
    ("开沃汽车", None, ["开沃汽车"]),
    ("永腾汽车零部件", "南京永腾汽车零部件有限公司", ["南京永腾汽车零部件有限公司"]),
]
KINDS = {"南京市": "place"}
Y = "2018年度"
L = "溧水经济开发区"
Q = [
    # headline: same evaluation, no period word in it
    ("南京5家", "5家", 5, "家", None, "other", "南京市", None),
    ("进入前30位", "前30位", 30, "前", None, "rank", None, None),
    # lead
    ("参评的116家", "116家", 116, "家", None, "other", None, Y),
    ("南京共有5家", "5家", 5, "家", None, "other", "南京市", Y),
    ("跻身前30位", "前30位", 30, "前", None, "rank", None, Y),
    # composition and the two class rankings
    ("全省116家", "116家", 116, "家", None, "other", None, Y),
    ("国家级经济开发区26家", "26家", 26, "家", None, "other", None, Y),
    ("省级经济开发区90家", "90家", 90, "家", None, "other", None, Y),
    ("分三个类别", "三个", 3, "个", None, "other", None, Y),
    ("进入前五", "前五", 5, "前", None, "rank", None, Y),
    ("分别排在第二位", "第二位", 2, "位", None, "rank", "江宁经开区", Y),
    ("和第五位", "第五位", 5, "位", None, "rank", "南京经开区", Y),
    ("进入前五", "前五", 5, "前", None, "rank", None, Y),
    ("分别排在第二位", "第二位", 2, "位", None, "rank", "南京化学工业园区", Y),
    ("和第三位", "第三位", 3, "位", None, "rank", L, Y),
    # provincial zones in the overall top 30
    ("占9席", "9席", 9, "席", None, "other", None, Y),
    ("南京有3家", "3家", 3, "家", None, "other", "南京市", Y),
    ("（第21位）", "第21位", 21, "位", None, "rank", "南京化学工业园区", Y),
    ("（第24位）", "第24位", 24, "位", None, "rank", L, Y),
    ("（第29位）", "第29位", 29, "位", None, "rank", "浦口经济开发区", Y),
    ("排在第24位", "第24位", 24, "位", None, "rank", L, Y),
    ("领先7家国家级开发区", "7家", 7, "家", None, "other", L, Y),
    ("连续三年进位", "三年", 3, "年", None, "duration", L, Y),
    ("2016年的第七", "第七", 7, "第", None, "rank", L, "2016年"),
    ("2018年的第三", "第三", 3, "第", None, "rank", L, "2018年"),
    # profile of 溧水经济开发区
    ("经过25年的建设", "25年", 25, "年", None, "duration", L, None),
    ("规划面积58.6平方公里", "58.6平方公里", 58.6, "平方公里", None, "land_area", L, "目前"),
    ("工业企业1100余家", "1100余家", 1100, "家", "more_than", "enterprise_count", L, "目前"),
    ("规上工业企业286家", "286家", 286, "家", None, "enterprise_count", L, "目前"),
    ("规上工业总产值612.3亿元", "612.3亿元", 612.3, "亿元", None, "industrial_output", L, "2018年"),
    ("同比增长12.7%", "12.7%", 12.7, "%", None, "growth_rate", L, "2018年"),
    ("七成以上", "七成", 7, "成", "more_than", "share", L, "2018年"),
]
NOTES = [
    "Model page: 中国开发区协会 site (cadz.org.cn) reposting a 中国江苏网 story on the 江苏 provincial ranking of economic development zones (2018年度), with Nanjing's zones in the lead. Layout kept: the association site's chrome (搜索热词, menu bullets, 收藏/微信公众号/QQ群 widgets, 当前位置 crumb), the 来源/发布时间/点击量 line, a city round-up of ranks with 分别 pairs and parenthesised ranks, and a closing profile of one provincial zone that opens with 目前. Text rewritten, all figures changed; the profile's figures and firms are added in the page's style (the stored page breaks off at 目前). Province: 江苏.",
    "Published 2019-10-11 and source 中国江苏网 from the 来源/发布时间 line (中国开发区协会 is the host site, chrome). No byline, no URL. 上一篇/下一篇 and 相关文章 are chrome: 苏州工业园区, 盐城经济技术开发区 and their figures are not annotated and not listed.",
    "Parks: two national ETDZs → 经开区 names (南京江宁经济技术开发区 → 江宁经开区, 南京经济技术开发区 → 南京经开区); provincial zones keep their kind as written in full (溧水经济开发区, 浦口经济开发区, 南京化学工业园区 with the later tail form 南京化学工业园 as alias). 开发区 in the last paragraph is 溧水经济开发区. 溧水区 is the district (place) the zone lies in; it has no figure of its own (七成以上 is the zone's share of it).",
    "Whose number: the counts of zones evaluated (116家, 26家, 90家, 9席, 三个类别) are figures of the evaluation / the province's zones as a group → subject null (heldout6: 全省121家省级以上开发区 is a group). 南京共有5家 and 南京有3家 count Nanjing's zones → 南京市 (city written without 市). A standing shared by two or five zones (前五, 前30位 after 跻身/进入) → rank with subject null. 分别 pairs: 第二位→江宁经开区, 第五位→南京经开区; 第二位→南京化学工业园区, 第三位→溧水经济开发区. 领先7家国家级开发区 is 溧水's own lead (subject 溧水经济开发区, measure other).",
    "Excluded: 前30位中 in 全省经济开发区前30位中省级开发区占9席 names the top-30 list itself, not anyone's standing (README: list names are not quantities); 1993年11月 (date); 首批 (ordinal).",
    "Periods: the headline has no time word → null for 5家/前30位. The lead's 2018年度 (the assessment year of the ranking) governs the lead, the class-ranking paragraph and the top-30 paragraph; inside it 2016年的第七 and 2018年的第三 take their own years; 连续三年 is a duration (quantity) under 2018年度. Profile: 经过25年 duration, period null; 目前 governs area and firm counts; 2018年 governs output, growth and the 七成以上 share (成 → ×10 percent, more_than).",
    "Companies: 开沃汽车 (brand, no 公司) and 南京永腾汽车零部件有限公司 (full legal name → name 永腾汽车零部件 without place prefix and 有限公司). 配套企业/规上工业企业 are categories, not companies.",
]
