FILE = "h12_guangzhou_etdz_worldjournal_trad.html"
TITLE = "今年前11月 廣州經開區外貿進出口額6532億"
PUBLISHED = "2025-12-19"
SOURCE = "中新社"
BYLINE = None
URL = None
SCRIPT = "traditional"
CURRENCY = "CNY"

PARKS = [
    ("广州经开区", "廣州經濟技術開發區", ["廣州經開區"]),
    ("南沙经开区", "南沙經開區", []),
    ("增城经开区", "增城經開區", []),
    ("花都经开区", "花都經開區", []),
    ("白云工业园区", "白雲工業園區", []),
    ("云埔工业园区", "雲埔工業園區", []),
    ("从化经济开发区", "從化經濟開發區", []),
    ("番禺经济技术开发区", "番禺經濟技術開發區", []),
    ("琶洲经济开发区", "琶洲經濟開發區", []),
]
SUB_PARKS = [
    ("中新广州知识城", "中新廣州知識城", "广州经开区"),
]
COMPANIES = [
    ("广汽传祺", None, ["廣汽傳祺"]),
    ("粤芯半导体", None, ["粵芯半導體"]),
    ("百济神州", None, ["百濟神州"]),
    ("宝洁", None, ["寶潔"]),
    ("LG显示", None, ["LG顯示"]),
]
KINDS = {"广州市": "place"}

C = "广州市"
P = "今年1月至11月"
N = "目前"
Q = [
    ("廣州經開區外貿進出口額6532億", "6532億", 6532, "亿", None, "trade_value", C, "今年前11月"),
    ("該市9個經濟技術開發區", "9個", 9, "个", None, "other", C, None),
    ("實現外貿進出口額6532.4億元", "6532.4億元", 6532.4, "亿元", None, "trade_value", C, P),
    ("約894億美元", "894億美元", 894, "亿美元", "about", "trade_value", C, P),
    ("累計獲批設立九個經開區", "九個", 9, "个", None, "other", C, N),
    ("花都四個國家級", "四個", 4, "个", None, "other", C, N),
    ("等五個省級經濟開發區", "五個", 5, "个", None, "other", C, N),
    ("該市九個經開區每年", "九個", 9, "个", None, "other", C, "近年来"),
    ("全市近七成的外貿進出口額", "七成", 7, "成", "about", "share", C, "近年来"),
    ("八成以上的實際利用外資額", "八成", 8, "成", "more_than", "share", C, "近年来"),
    ("廣州經開區實現進出口3187.6億元", "3187.6億元", 3187.6, "亿元", None, "trade_value", "广州经开区", P),
    ("同比增長4.2%", "4.2%", 4.2, "%", None, "growth_rate", "广州经开区", P),
    ("佔九個經開區總額的48.8%", "48.8%", 48.8, "%", None, "share", "广州经开区", P),
    ("目前廣州市9個經開區", "9個", 9, "个", None, "other", C, N),
    ("超過1500家研發機構", "1500家", 1500, "家", "more_than", "other", C, N),
    ("超過7600家高新技術企業", "7600家", 7600, "家", "more_than", "high_tech_enterprise_count", C, N),
    ("4個國家級經開區擁有", "4個", 4, "个", None, "other", C, N),
    ("工程技術研究中心850多家", "850多家", 850, "家", "more_than", "other", C, N),
    ("投入強度分別達6.93%", "6.93%", 6.93, "%", None, "other", "广州经开区", N),
    ("、5.61%", "5.61%", 5.61, "%", None, "other", "南沙经开区", N),
    ("全市六成以上的國家級企業技術中心", "六成", 6, "成", "more_than", "share", "广州经开区", N),
    ("前11月固定資產投資同比增長13.5%", "13.5%", 13.5, "%", None, "growth_rate", "中新广州知识城", "前11月"),
    ("規模以上工業產值同比增長6.8%", "6.8%", 6.8, "%", None, "growth_rate", "增城经开区", "1月至11月"),
    ("汽車產業產值突破1200億元", "1200億元", 1200, "亿元", "more_than", "output_value", "花都经开区", "1月至11月"),
    ("分別新設外資企業18家", "18家", 18, "家", None, "enterprise_count", "白云工业园区", "前11月"),
    ("、11家", "11家", 11, "家", None, "enterprise_count", "云埔工业园区", "前11月"),
    ("引進產業項目23個", "23個", 23, "个", None, "signed_projects", "番禺经济技术开发区", "前11月"),
    ("外貿進出口總值1.02萬億元", "1.02萬億元", 1.02, "万亿元", None, "trade_value", C, "同期"),
    ("同比增長1.9%", "1.9%", 1.9, "%", None, "growth_rate", C, "同期"),
]

NOTES = [
    "Traditional-script (繁體) UTF-8 HTML page of 世界新聞網 (World Journal, an overseas Chinese site in the US), 中國經濟 channel, reposting a MAINLAND report (中新社報導) on Guangzhou's economic and technological development zones. Currency: （人民幣，下同，約894億美元） declares renminbi → 億元 is CNY (not TWD); 億美元 is USD; the headline's bare 6532億 is CNY (unit 亿). unit is simplified, number_text keeps the traditional characters, names and periods are simplified.",
    "Annotated: the <h1> headline, the photo caption (companies only; it has no numbers) and the paragraphs of section.article-content__paragraph. Not annotated: <title> and meta description (copies of the headline and lead), the channel bar, nav, the ticker (這5個縣, 降息1碼機率升至7成 — other stories), the info line (2025-12-19 06:10, 世界新聞網／綜合報導), 責任編輯, 延伸閱讀 (3.2%, 4% — other stories) and the footer (© 2025).",
    "published 2025-12-19 from the info line; source 中新社 (the report is credited 中新社報導; 世界新聞網 is the host and its 綜合報導 is not a reporter's byline → byline null); no URL.",
    "Parks: nine zones — four national ETDZs (广州经开区, 南沙经开区, 增城经开区, 花都经开区; 廣州、南沙、增城和花都四個國家級經濟技術開發區 is elliptical, so the quotes are the first full forms later in the text) and five provincial zones, which keep their kind as written: 白云工业园区, 云埔工业园区, 从化经济开发区, 琶洲经济开发区, and 番禺经济技术开发区 (a PROVINCIAL ETDZ: written 經濟技術開發區 in full and never called 經開區, so it is not renamed 番禺经开区). Sub-park: 中新廣州知識城 (位於廣州經開區的…) → parent 广州经开区; its 13.5% is its own.",
    "Headline trap: 廣州經開區外貿進出口額6532億 is the total of ALL NINE of the city's zones (the lead: 該市9個經濟技術開發區…6532.4億元), not of 广州经开区, whose own figure is 3187.6億元 (48.8% of the total). Totals of all the city's zones (6532億, 6532.4億元, 約894億美元, 近七成, 八成以上, 超過1500家, 超過7600家) and the counts of its zones (9個, 九個, 四個, 五個, 九個, 9個, 4個; a restated count of the city's zones is kept each time, like 全省67个省级以上开发区 in heldout6 h10) → 广州市 (place), following heldout6 h10 (a 全省 total of the province's zones is the province's). 4個國家級經開區擁有…850多家 is the total of ALL the city's national ETDZs (all four of them) → 广州市 too, as h07's 全省9个国家级经开区 totals are 河南省's; only a combined figure of SOME of a place's zones would be null.",
    "Periods: headline 今年前11月; lead 今年1月至11月 for the lead and the 广州经开区 figures (其中，今年1月至11月…); 近年來 for the annual shares 近七成/八成以上 (每年); 目前 for the zone counts and the science-and-technology paragraph (including R&D intensity 6.93%/5.61% and 六成以上); 前11月 for 知識城; 1月至11月 for 增城 and, in the same sentence, 花都's 1200億元; 前11月 for 白雲/雲埔 (分別…18家、11家) and, in the same sentence, 番禺's 23個; 同期 for the city's 1.02萬億元 and 1.9%. 9個 in the lead (該市9個經濟技術開發區) is a standing count → null.",
    "分別 lists: 廣州、南沙經開區…分別達6.93%、5.61% → 广州经开区, 南沙经开区; 白雲工業園區、雲埔工業園區…分別新設外資企業18家、11家 → in order.",
    "Companies: 廣汽傳祺 (in the photo caption), 粵芯半導體, 百濟神州, 寶潔 (P&G) and LG顯示 (LG Display) are named by brand without 公司. 龍頭項目, 外資企業, 高新技術企業, 國家級專精特新 are not companies; 廣州市政府新聞辦公室 and 廣州市商務局 are government bodies.",
    "Excluded: 佔九個經開區總額 (the nine zones as the denominator of a share — a back-reference, not a count), 18日 and 1984年 (dates), 首批 (ordinal), 「壓艙石」 and 「穩增長・經開區建設」 (slogans), R&D.",
]
