FILE = "h06_kaohsiung_tepz_big5.html"
TITLE = "科技產業園區上半年營業額2,612.4億元 連續25個月正成長"
PUBLISHED = "2022-08-23"
PUBLISHED_HINT = None
SOURCE = "中华新闻云"
BYLINE = "記者鍾雅婷"
URL = None
SCRIPT = "traditional"
CURRENCY = "TWD"
PARKS = [
    ("楠梓园区", "楠梓園區", []),
    ("屏东园区", "屏東園區", []),
    ("高雄软体园区", "高雄軟體園區", []),
    ("楠梓产业园区", "楠梓產業園區", []),
]
SUB_PARKS = []
COMPANIES = [
    ("中油", None, ["中油"]),
    ("台积电", None, ["台積電"]),
]
KINDS = {}
H = "上半年"
T = "今年上半年"
Q = [
    # headline
    ("營業額2,612.4億元", "2,612.4億元", 2612.4, "亿元", None, "revenue", None, H),
    ("連續25個月正成長", "25個月", 25, "个月", None, "duration", None, H),
    # lead
    ("營業額連續25個月", "25個月", 25, "个月", None, "duration", None, T),
    ("新臺幣（下同）2,612.4億元", "2,612.4億元", 2612.4, "亿元", None, "revenue", None, T),
    ("首度突破2,600億元", "2,600億元", 2600, "亿元", "more_than", "revenue", None, T),
    ("挑戰5,200億元", "5,200億元", 5200, "亿元", None, "revenue", None, "全年"),
    ("高達約28%", "28%", 28, "%", "about", "growth_rate", None, T),
    # whole system of parks, 上半年
    ("營收成長達19%", "19%", 19, "%", None, "growth_rate", None, H),
    ("分別成長24%", "24%", 24, "%", None, "growth_rate", None, H),
    ("及31%", "31%", 31, "%", None, "growth_rate", None, H),
    ("達到741家", "741家", 741, "家", None, "enterprise_count", None, H),
    ("增加約3,700人", "3,700人", 3700, "人", "about", "employees", None, H),
    ("總數近8.9萬人", "8.9萬人", 8.9, "万人", "about", "employees", None, H),
    ("達18.26億美元", "18.26億美元", 18.26, "亿美元", None, "trade_value", None, "7月"),
    # individual parks
    ("營收成長約3成", "3成", 3, "成", "about", "growth_rate", "楠梓园区", H),
    ("貿易額成長約4成", "4成", 4, "成", "about", "growth_rate", "楠梓园区", H),
    ("突破210億元", "210億元", 210, "亿元", "more_than", "output_value", "屏东园区", "今年"),
    ("營收增加21%", "21%", 21, "%", None, "growth_rate", "高雄软体园区", H),
    ("成長27.8%", "27.8%", 27.8, "%", None, "growth_rate", "高雄软体园区", H),
    # unnamed firms
    ("營業額達597億元", "597億元", 597, "亿元", None, "revenue", None, H),
    ("年增41%", "41%", 41, "%", None, "growth_rate", None, H),
    ("營業額約18億元", "18億元", 18, "亿元", "about", "revenue", None, H),
    ("成長47%", "47%", 47, "%", None, "growth_rate", None, H),
    # a different park
    ("面積約76公頃", "76公頃", 76, "公顷", "about", "land_area", "楠梓产业园区", None),
]
NOTES = [
    "Model page: 中華新聞雲 (chnnews-tv.com) report of 2022-08-22 on the 經濟部加工出口區管理處's first-half statistics for the 科技產業園區 (the renamed 加工出口區), with the best-performing individual parks; the 楠梓產業園區/台積電 sentence follows the 香港中通社 version of the same news and the unnamed-firm sentence the 三立 TV version. Layout kept: Taiwan news-site chrome (channel bar, breadcrumb, time and 瀏覽人次 line, 標籤, 延伸閱讀, copyright), 【記者…／高雄報導】 dateline, 新臺幣（下同） declaration, a 分別 pair for imports/exports, 成-type shares, a 其中 breakdown, 「」 quotes. Rewritten, all figures changed, reporter invented. Stored as real Big5 bytes with <meta charset=big5> (does not decode as UTF-8). Province: 台湾.",
    "Published 2022-08-23 from the meta line; source: the only outlet named is the host site 中華新聞雲 → 中华新闻云 (as heldout6 h02's host channel); byline 記者鍾雅婷 (without 【】 and ／高雄報導); no URL. Currency: 新臺幣（下同） → all 元/億元 are TWD; 18.26億美元 is USD.",
    "Parks: 科技產業園區（原加工出口區） here names the CATEGORY of zones run by 加工處 (the 10 former export-processing zones), not one zone, so it is not listed as a park, and the totals of all of them (營業額 2,612.4億元, 19%, 741家, 8.9萬人, 7月 exports …) have subject null (a total of several parks, heldout6 convention). The individual zones are parks in their own right, each named as the article writes it: 楠梓園區 → 楠梓园区, 屏東園區 → 屏东园区, 高雄軟體園區 → 高雄软体园区 (character conversion, as heldout6 h09). 楠梓產業園區 (the former refinery site, opened by 經濟部 this month) is a DIFFERENT park from 楠梓園區 despite the similar name; its 76公頃 is its own. 加工處/經濟部 are government bodies.",
    "Whose number: 楠梓園區 約3成/約4成, 屏東園區 210億元 (今年 output forecast, more_than), 高雄軟體園區 21% and its key industries' 27.8% (其中 breakdown, still the park's). 一家知名封測大廠 and 一家小白球代工龍頭 are unnamed firms: their 597億元/41% and 18億元/47% have subject null (not the parks', not a guessable company). Companies named: 中油 (in 中油高雄煉油廠舊址, no figure) and 台積電 → 台积电 (no figure).",
    "Periods: headline 上半年; the lead's 今年上半年, with 全年 only for the forecast clause 全年可望挑戰5,200億元 — the 貿易額年增率約28% after it is the first-half trade growth (今年上半年), not a full-year figure; the second paragraph says 上半年 itself, 7月 for July exports; the park paragraph 上半年, with 今年 for 屏東's output forecast; the firms' paragraph 上半年 (inherited from the park paragraph, the firms' figures are first-half results); the area has no period.",
    "Units and numbers: 2,612.4億元 with thousands separator; 3成/4成 → 30/40 percent about; 25個月 duration (連續N個月 is a quantity). Excluded: 35年來新高 (N年來 is an anchored period, not a quantity), 連續 labels, IC/「護國群山」 slogans, 本月初 (date), 延伸閱讀 chrome (南科 12%, 臺中港科技產業園區 20公頃 belong to other stories and are not listed).",
]
