FILE = "h10_hainan_ftp_parks_wechat.txt"
TITLE = "前三季度，超1.92万亿元！"
PUBLISHED = "2025-10-30"
SOURCE = "海南日报"
BYLINE = None
URL = None
SCRIPT = "simplified"
CURRENCY = "CNY"

PARKS = [
    ("临高金牌港开发区", "临高金牌港开发区", []),
    ("文昌国际航天城", "文昌国际航天城", []),
    ("海口复兴城互联网信息产业园", "海口复兴城互联网信息产业园", []),
    ("海口江东新区", "海口江东新区", []),
    ("洋浦经济开发区", "洋浦经济开发区", []),
    ("海口综合保税区", "海口综合保税区", []),
    ("三亚崖州湾科技城", "三亚崖州湾科技城", []),
    ("海口高新区", "海口国家高新技术产业开发区", []),
    ("海南生态软件园", "海南生态软件园", []),
    ("博鳌乐城国际医疗旅游先行区", "博鳌乐城国际医疗旅游先行区", []),
    ("三亚中央商务区", "三亚中央商务区", []),
    ("陵水黎安国际教育创新试验区", "陵水黎安国际教育创新试验区", []),
    ("东方临港产业园", "东方临港产业园", []),
]
SUB_PARKS = []
COMPANIES = [
    ("中国石化海南炼油化工", "中国石化海南炼油化工有限公司", ["中国石化海南炼油化工有限公司"]),
    ("金海浆纸业", "海南金海浆纸业有限公司", ["海南金海浆纸业有限公司"]),
    ("逸盛石化", None, ["逸盛石化"]),
    ("空客", None, ["空客"]),
    ("海航技术", None, ["海航技术"]),
]
KINDS = {"海南省": "place"}

H = "海南省"
P = "今年1—9月"
P2 = "1—9月"
Q = [
    ("前三季度，超1.92万亿元", "1.92万亿元", 1.92, "万亿元", "more_than", "revenue", H, "前三季度"),
    ("海南省13个自贸港重点园区", "13个", 13, "个", None, "other", H, None),
    ("实现营业收入19268.45亿元", "19268.45亿元", 19268.45, "亿元", None, "revenue", H, P),
    ("同比增长9.6%", "9.6%", 9.6, "%", None, "growth_rate", H, P),
    ("中有11个实现营收增长", "11个", 11, "个", None, "other", H, P2),
    ("其中8个实现两位数增长", "8个", 8, "个", None, "other", H, P2),
    ("规模居前五位的行业", "前五位", 5, "位", None, "rank", None, P2),
    ("制造业营收增长17.6%", "17.6%", 17.6, "%", None, "growth_rate", H, P2),
    ("邮政业营收增长15.2%", "15.2%", 15.2, "%", None, "growth_rate", H, P2),
    ("累计完成固定资产投资1002.36亿元", "1002.36亿元", 1002.36, "亿元", None, "fixed_asset_investment", H, P2),
    ("同比增长5.3%", "5.3%", 5.3, "%", None, "growth_rate", H, P2),
    ("8个重点园区投资实现增长", "8个", 8, "个", None, "other", H, P2),
    ("合计拉动全省投资增长4.1个百分点", "4.1个百分点", 4.1, "个百分点", None, "other", None, P2),
    ("分别增长52.8%", "52.8%", 52.8, "%", None, "growth_rate", "临高金牌港开发区", P2),
    ("和47.3%", "47.3%", 47.3, "%", None, "growth_rate", "文昌国际航天城", P2),
    ("全省固定资产投资同比增长1.2%", "1.2%", 1.2, "%", None, "growth_rate", H, "同期"),
    ("实现税收收入548.21亿元", "548.21亿元", 548.21, "亿元", None, "tax_revenue", H, P2),
    ("同比增长7.4%", "7.4%", 7.4, "%", None, "growth_rate", H, P2),
    ("占全省税收收入的比重为49.6%", "49.6%", 49.6, "%", None, "share", H, P2),
    ("分别完成税收207.44亿元", "207.44亿元", 207.44, "亿元", None, "tax_revenue", "洋浦经济开发区", P2),
    ("、46.08亿元", "46.08亿元", 46.08, "亿元", None, "tax_revenue", "海口江东新区", P2),
    ("、27.91亿元", "27.91亿元", 27.91, "亿元", None, "tax_revenue", "海口综合保税区", P2),
    ("增速分别为18.2%", "18.2%", 18.2, "%", None, "growth_rate", "洋浦经济开发区", P2),
    ("、21.5%", "21.5%", 21.5, "%", None, "growth_rate", "海口江东新区", P2),
    ("、30.7%", "30.7%", 30.7, "%", None, "growth_rate", "海口综合保税区", P2),
    ("逸盛石化三季度产值同比增长12.4%", "12.4%", 12.4, "%", None, "growth_rate", "逸盛石化", "三季度"),
    ("海南自贸港共有13个重点园区", "13个", 13, "个", None, "other", H, None),
]

NOTES = [
    "WeChat-post dump (公众号 海南统计, 原创) of a statistics note on 海南自贸港's 13 key parks (重点园区), modelled on a WeChat mirror page. Annotated: the post title line and the body from 海南省13个自贸港重点园区 to the 延伸阅读 list. Not annotated: the account line (2025-10-30 18:06), [图片] placeholders and photo captions (no numbers; photographers), 来源/编辑/审核, and the WeChat footer (阅读 2.6万, 赞 138, 在看 41).",
    "published 2025-10-30 from the account line; source 海南日报 (来源 at the end; 海南统计 is the posting account); no byline (captions credit photographers only); no URL.",
    "Parks: the 13 重点园区, each a park in its own right, named in full in the 延伸阅读 list (several also in the body and one, 三亚崖州湾科技城, first in a photo caption). 海口国家高新技术产业开发区 → 海口高新区. 洋浦经济开发区 keeps its full kind (it is not written 经济技术开发区 or 经开区). 海口综合保税区 is listed as one of the 13 key parks with its own figures, so it is a park here, not a sub-park of 海口高新区 or 江东新区 (the article places it inside neither).",
    "Whose number: the figures of 重点园区 as a whole (the full set of the province's 13 key parks: 1.92万亿元, 19268.45亿元, 9.6%, 1002.36亿元, 5.3%, 548.21亿元, 7.4%, 49.6%, and their industry breakdown 17.6%/15.2%) → 海南省 (place), following heldout6 h10 (a 全省 total of the province's zones is the province's). Counts of the key parks (13个, 11个, 8个, 8个) → 海南省 too. 8个重点园区…合计拉动全省投资增长4.1个百分点 is the contribution of eight unnamed parks together → null. 同期，全省固定资产投资同比增长1.2% is the province's own investment → 海南省, period 同期.",
    "分别 lists: 临高金牌港开发区、文昌国际航天城…分别增长52.8%和47.3% (investment growth) in order; 洋浦经济开发区、海口江东新区、海口综合保税区…分别完成税收207.44亿元、46.08亿元、27.91亿元，增速分别为18.2%、21.5%、30.7% in order.",
    "Periods: the headline's 前三季度 governs the headline figure; the lead's 今年1—9月 governs the lead; later paragraphs restate 1—9月 (整体来看 and 分行业看 inherit it; 投资方面 and 税收方面 restate it). 同期 for the province's investment (last sentence of its paragraph). 逸盛石化三季度 is the company's own 三季度 (growth_rate, subject 逸盛石化). Counts of the 13 parks with no time word are standing (null).",
    "Companies: 中国石化海南炼油化工有限公司 and 海南金海浆纸业有限公司 (full legal names; canonical names drop 有限公司 and the 海南 place prefix where it leads), 逸盛石化 (brand), 空客 (Airbus, brand; 空客飞机维修项目 is its project) and 海航技术 (brand). 重点企业 is not a company.",
    "规模居前五位的行业 is kept as a rank (前五位, unit 位) with subject null: it ranks industries, not a park, company or place.",
    "Excluded: 13个重点园区中 (anaphoric back-reference to the 13 parks), 两位数 (no unit), 三季度 as period, photo captions, WeChat counters.",
]
