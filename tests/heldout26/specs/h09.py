FILE = "h09_guangmei_park_aggregator.txt"
TITLE = "广梅产业园一周两签 招商引资成果加速落地"
PUBLISHED = "2025-05-14"
SOURCE = None
BYLINE = "陈晓峰"
URL = None
SCRIPT = "simplified"
CURRENCY = "CNY"

PARKS = [
    ("广梅产业园", "广州（梅州）产业转移工业园", ["广梅产业园"]),
]
SUB_PARKS = []
COMPANIES = [
    ("瑞昇电子", None, ["瑞昇电子"]),
    ("鑫合半导体", None, ["鑫合半导体"]),
    ("恒运玻璃", None, ["恒运玻璃"]),
    ("宝轮精密", "梅州市宝轮精密机械有限公司", ["宝轮精密", "梅州市宝轮精密机械有限公司"]),
    ("卓煜科技", None, ["卓煜科技"]),
    ("博敏电子", None, ["博敏电子"]),
    ("嘉元科技", None, ["嘉元科技"]),
]
KINDS = {"广东省": "place", "梅州市": "place", "梅县区": "place"}

G = "广梅产业园"
Q = [
    ("广梅产业园一周两签", "一周", 1, "周", None, "duration", G, None),
    ("恒运玻璃两个产业项目", "两个", 2, "个", None, "signed_projects", G, None),
    ("卓煜科技两个项目", "两个", 2, "个", None, "signed_projects", G, None),
    ("一周内连续两次签约", "一周", 1, "周", None, "duration", G, None),
    ("连续两次签约", "两次", 2, "次", None, "other", G, None),
    ("做强15个承接产业有序转移主平台", "15个", 15, "个", None, "other", "广东省", "年初"),
    ("此轮签约的4个项目", "4个", 4, "个", None, "signed_projects", G, None),
    ("均为亿元以上的制造业项目", "亿元", 1, "亿元", "more_than", "other", None, None),
    ("计划总投资13.2亿元", "13.2亿元", 13.2, "亿元", None, "planned_investment", G, None),
    ("年产值24亿元", "24亿元", 24, "亿元", None, "output_value", G, None),
    ("年税收9800多万元", "9800多万元", 9800, "万元", "more_than", "tax_revenue", G, None),
    ("计划投资3.6亿元", "3.6亿元", 3.6, "亿元", None, "planned_investment", "宝轮精密", None),
    ("项目用地约65亩", "65亩", 65, "亩", "about", "land_area", "宝轮精密", None),
    ("规划建筑面积4.8万平方米", "4.8万平方米", 4.8, "万平方米", None, "floor_area", "宝轮精密", None),
    ("功率器件封测项目计划总投资5.1亿元", "5.1亿元", 5.1, "亿元", None, "planned_investment", None, None),
    ("已新引进签约项目12个", "12个", 12, "个", None, "signed_projects", G, "今年以来"),
    ("计划总投资17.9亿元", "17.9亿元", 17.9, "亿元", None, "planned_investment", G, "今年以来"),
    ("年产值31.5亿元", "31.5亿元", 31.5, "亿元", None, "output_value", G, "今年以来"),
    ("年税收1.4亿元", "1.4亿元", 1.4, "亿元", None, "tax_revenue", G, "今年以来"),
    ("占园区总产值83.6%", "83.6%", 83.6, "%", None, "share", G, "1—4月"),
    ("食品饮料产业同比增长14.27%", "14.27%", 14.27, "%", None, "growth_rate", G, "1—4月"),
    ("生物医药产业同比增长31.05%", "31.05%", 31.05, "%", None, "growth_rate", G, "1—4月"),
    ("汽车零部件产业同比增长12.4%", "12.4%", 12.4, "%", None, "growth_rate", G, "1—4月"),
    ("规上工业增加值同比增长5.8%", "5.8%", 5.8, "%", None, "growth_rate", "梅州市", "一季度"),
    ("梅县区增长9.1%", "9.1%", 9.1, "%", None, "growth_rate", "梅县区", "一季度"),
]

NOTES = [
    "Plain-text dump of a content-farm aggregator (粤东头条网, 知识阅读 channel) reposting a 广梅产业园 news item. As on the real model page, the aggregator has SPUN the text by splicing fragments of the headline into sentences (广梅果加, 产业, 园招, 资成, 商引速落): 广梅果加瑞昇电子&鑫合半导体、产业恒运玻璃 still names three companies (瑞昇电子, 鑫合半导体, 恒运玻璃); the spliced fragments are junk, not names. Annotated: the headline line and the body from 5月12日 to （陈晓峰）. Not annotated: site name and menu, breadcrumb, 时间/出处 line (知识阅读(217)), 原标题 (no numbers), 分享到, 温馨提示, 上一篇/下一篇 (0.3%, 2025年第一批, 46亿元 — other articles), 友情链接.",
    "published 2025-05-14 from 时间; no outlet is named (出处:知识阅读 is the aggregator's channel) → source null; byline 陈晓峰 from the closing parenthesis; no URL.",
    "Park: 广州（梅州）产业转移工业园 (written once in full, 作为广州（梅州）产业转移工业园…) is 广梅产业园, its usual short name (alias). 梅县区 (the district it lies in), 梅州市 and 广东省 are places. 苏区融湾先行区 and 主平台 are policy labels, not named parks.",
    "Signing round: the 4个 projects signed on 5月8日 and 5月12日 (两个…两个) and their 计划总投资13.2亿元, 年产值24亿元, 年税收9800多万元 are the park's signing totals (subject 广梅产业园, as heldout6 gives a zone its project totals). Event dates (5月8日, 5月12日) are dates, not periods, and 此轮 is not a time word: these figures have period null (as heldout6 h04's 9月19日 signing). 亿元以上 is each of the four projects' threshold → null subject. The two 两个 are appositive counts of the projects just listed in the same clause (not anaphoric back-references) and are kept.",
    "Projects: 梅州市宝轮精密机械有限公司 (= 宝轮精密, written by brand earlier) carries 计划投资3.6亿元 (planned_investment), 约65亩 and 4.8万平方米. 瑞昇电子与鑫合半导体联合投资的功率器件封测项目 5.1亿元: a joint project of two named companies, so no single subject → null (not subject_kind project, because companies are named).",
    "Periods: 今年以来 for the year-to-date signing figures (12个, 17.9亿元, 31.5亿元, 1.4亿元); 1—4月 for the industry shares and growth (the industries are the park's own: 83.6%, 14.27%, 31.05%, 12.4% → 广梅产业园); 一季度 for the city (梅州市 5.8%) and the district (梅县区 9.1%, a place, not the park). 年初 opens the policy paragraph: 15个承接产业有序转移主平台 → 广东省 (place), period 年初.",
    "Companies: 瑞昇电子, 鑫合半导体, 恒运玻璃, 宝轮精密, 卓煜科技 (brands of signed firms), 博敏电子 and 嘉元科技 (listed firms by their 证券简称, no figures). 上市企业, 配套企业 are not companies.",
    "Excluded: 两签 (两 with a verb, no measure word), 5月8日/5月12日 (dates), “1+14+15” and “双向飞地经济” (slogans), 1—4月/一季度 (periods).",
]
