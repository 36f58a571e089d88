FILE = "h03_hunan_parks_q3_rednet.md"
TITLE = "前三季度湖南省级以上产业园区技工贸总收入增长16.9%"
PUBLISHED = "2017-10-26"
PUBLISHED_HINT = None
SOURCE = "红网"
BYLINE = "见习记者 龚岚"
URL = "https://yq.rednet.cn/c/2017/10/26/4112908.htm"
SCRIPT = "simplified"
PARKS = [
    ("湘潭经开区", "湘潭经开区", []),
    ("湘潭高新区", "湘潭高新区", []),
]
SUB_PARKS = []
COMPANIES = [
    ("吉利汽车", None, ["吉利汽车"]),
    ("泰富重装", None, ["泰富重装"]),
]
KINDS = {"湖南省": "place"}
X = "湘潭经开区"
Q = [
    # front-matter title = headline
    ("技工贸总收入增长16.9%", "16.9%", 16.9, "%", None, "growth_rate", None, "前三季度"),
    # lead: all provincial-level-and-above parks together
    ("技工贸总收入31876.42亿元", "31876.42亿元", 31876.42, "亿元", None, "revenue", None, "今年前三季度"),
    ("同比增长16.9%", "16.9%", 16.9, "%", None, "growth_rate", None, "今年前三季度"),
    ("加快4.1个百分点", "4.1个百分点", 4.1, "个百分点", None, "growth_rate", None, "今年前三季度"),
    # foreign investment
    ("外商直接投资49.87亿美元", "49.87亿美元", 49.87, "亿美元", None, "foreign_investment", None, "前三季度"),
    ("同比增长31.2%", "31.2%", 31.2, "%", None, "growth_rate", None, "前三季度"),
    ("高出19个百分点", "19个百分点", 19, "个百分点", None, "growth_rate", None, "前三季度"),
    ("外商直接投资107.71亿美元", "107.71亿美元", 107.71, "亿美元", None, "foreign_investment", "湖南省", "同期"),
    ("园区占比达46.3%", "46.3%", 46.3, "%", None, "share", None, "同期"),
    # high-tech industry
    ("主营业务收入13216.05亿元", "13216.05亿元", 13216.05, "亿元", None, "revenue", None, "前三季度"),
    ("同比增长17.6%", "17.6%", 17.6, "%", None, "growth_rate", None, "前三季度"),
    ("提高0.9个百分点", "0.9个百分点", 0.9, "个百分点", None, "growth_rate", None, "前三季度"),
    ("21家高新技术产业开发区", "21家", 21, "家", None, "other", None, "前三季度"),
    ("主营业务收入5203.37亿元", "5203.37亿元", 5203.37, "亿元", None, "revenue", None, "前三季度"),
    ("占全省园区的39.4%", "39.4%", 39.4, "%", None, "share", None, "前三季度"),
    ("受理量16822件", "16822件", 16822, "件", None, "other", None, "前三季度"),
    ("授权量10937件", "10937件", 10937, "件", None, "other", None, "前三季度"),
    # 湘潭经开区
    ("技工贸总收入1493.6亿元", "1493.6亿元", 1493.6, "亿元", None, "revenue", X, "前三季度"),
    ("同比增长23.1%", "23.1%", 23.1, "%", None, "growth_rate", X, "前三季度"),
    ("全省园区前三", "前三", 3, "前", None, "rank", X, "前三季度"),
    ("排名第一", "第一", 1, "第", None, "rank", X, "前三季度"),
    ("37家高新技术企业", "37家", 37, "家", None, "high_tech_enterprise_count", X, "前三季度"),
    ("高新技术产值398.2亿元", "398.2亿元", 398.2, "亿元", None, "output_value", X, "前三季度"),
    ("同比增长14.7%", "14.7%", 14.7, "%", None, "growth_rate", X, "前三季度"),
    ("工业总产值的44.9%", "44.9%", 44.9, "%", None, "share", X, "前三季度"),
    ("产值同比增长32.6%", "32.6%", 32.6, "%", None, "growth_rate", "吉利汽车", "前三季度"),
    # same-city high-tech zone
    ("技工贸总收入1106.5亿元", "1106.5亿元", 1106.5, "亿元", None, "revenue", "湘潭高新区", "同期"),
    ("同比增长15.3%", "15.3%", 15.3, "%", None, "growth_rate", "湘潭高新区", "同期"),
]
NOTES = [
    "Model page: 红网 园区频道 note (yq.rednet.cn, 2017) on 湖南省统计局's figures for the province's 省级以上产业园区 in 前三季度, with 湘潭经开区 as the worked example. Layout kept: a statistics-bureau note reported by a portal (记者从湖南省统计局获悉), province-wide park totals first, then FDI with a comparison to the province, high-tech revenue with a 其中 breakdown for the 高新区 group, patents, and one park 为例; the 原创/转载 notice and 相关阅读 links. Stored here as a Jekyll-style Markdown repost (front matter + breadcrumb + body + credits). Rewritten, all figures changed; the 湘潭高新区 sentence and the two firms are added in the page's style (two parks of one city). Province: 湖南.",
    "title is the front-matter title, annotated like a headline (there is no other headline). Published 2017-10-26 from the front-matter date and the 红网时刻10月26日讯 dateline; source 红网; byline 见习记者 龚岚 (dateline credit); url is the 本文链接 line. Not annotated: the rest of the front matter (+0800, 16:05 are times), the breadcrumb, the credits block and the 相关阅读 links (长沙经开区/株洲高新区 figures there belong to other articles; those parks are not listed).",
    "Whose number: most figures belong to no single park. 全省省级以上产业园区 / 全省园区 (all provincial-and-above parks together) and 21家高新技术产业开发区 are groups, not named parks, so their totals, growth rates, margins (高出19个百分点, 加快4.1个百分点) and shares (园区占比达46.3%, 占全省园区的39.4%) have subject null. 全省实际到位外商直接投资107.71亿美元 is the province's → 湖南省 (place). 湘潭经开区's figures (该园区/园区) → 湘潭经开区; 同城的湘潭高新区 → 湘潭高新区, a separate national high-tech zone of the same city.",
    "Ranks: 稳居全省园区前三 (前三, unit 前) and 增速…排名第一 are 湘潭经开区's own standing. 21家 counts the group (measure other).",
    "Companies: 吉利汽车 and 泰富重装 (brands, no 公司); 吉利汽车湘潭基地产值同比增长32.6% → 吉利汽车 (the company's base). 龙头企业 and 高新技术企业 are categories, not companies. 湖南省统计局 is a government body.",
    "Periods: the title's 前三季度; the lead's 今年前三季度; the FDI paragraph opens 今年以来 but its figures follow 前三季度 (written again before them); 同期 for the province's FDI and its share and for 湘潭高新区; the high-tech and 湘潭经开区 paragraphs say 前三季度 themselves.",
    "Excluded: “创新引领”开放崛起战略 (slogan, no number), 10月26日 (dateline date).",
]
