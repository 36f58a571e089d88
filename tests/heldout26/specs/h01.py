FILE = "h01_wuhu_etdz_hkcd_trad.html"
TITLE = "蕪湖經開區一季度集中開工48個項目 總投資196.5億元"
PUBLISHED = "2025-03-14"
SOURCE = "香港商报"
BYLINE = "記者 柏晴 通訊員 吳立"
URL = None
SCRIPT = "traditional"
CURRENCY = "CNY"
PARKS = [
    ("芜湖经开区", "蕪湖經開區", []),
]
SUB_PARKS = [
    ("美芝精密科技产业园", "美芝精密科技產業園", "芜湖经开区"),
]
COMPANIES = [
    ("奇瑞汽车", None, ["奇瑞汽車"]),
    ("伯特利", None, ["伯特利"]),
]
KINDS = {"中小企业标准化厂房三期项目": "project"}
P = "芜湖经开区"
Q = [
    # headline
    ("集中開工48個項目", "48個", 48, "个", None, "started_projects", P, "一季度"),
    ("總投資196.5億元", "196.5億元", 196.5, "亿元", None, "planned_investment", P, "一季度"),
    # lead: event on 3月13日
    ("項目共48個", "48個", 48, "个", None, "started_projects", P, "3月13日"),
    ("總投資196.5億元（人民幣，下同）", "196.5億元", 196.5, "亿元", None, "planned_investment", P, "3月13日"),
    ("投資50億元以上", "50億元", 50, "亿元", "more_than", "planned_investment", P, "3月13日"),
    ("項目1個", "1個", 1, "个", None, "started_projects", P, "3月13日"),
    ("10億元以上", "10億元", 10, "亿元", "more_than", "planned_investment", P, "3月13日"),
    ("項目7個", "7個", 7, "个", None, "started_projects", P, "3月13日"),
    # projections after full production: no period
    ("新增產值（銷售額）逾380億元", "380億元", 380, "亿元", "more_than", "output_value", P, None),
    ("稅收逾14億元", "14億元", 14, "亿元", "more_than", "tax_revenue", P, None),
    ("總投資52億元", "52億元", 52, "亿元", None, "planned_investment", "美芝精密科技产业园", None),
    ("產能超過2800萬台", "2800萬台", 2800, "万台", "more_than", "capacity", "美芝精密科技产业园", None),
    ("總產能接近9500萬台", "9500萬台", 9500, "万台", "about", "capacity", "美芝精密科技产业园", None),
    ("新增營收78億元", "78億元", 78, "亿元", None, "revenue", "美芝精密科技产业园", None),
    ("總營收將達到190億元", "190億元", 190, "亿元", None, "revenue", "美芝精密科技产业园", None),
    # same batch (3月13日), 分別 pair
    ("分別投資18.5億元", "18.5億元", 18.5, "亿元", None, "investment", "奇瑞汽车", "3月13日"),
    ("和9.2億元", "9.2億元", 9.2, "亿元", None, "investment", "伯特利", "3月13日"),
    ("建築面積約21萬平方米", "21萬平方米", 21, "万平方米", "about", "floor_area", "中小企业标准化厂房三期项目", "3月13日"),
    # 2024 results
    ("地區生產總值886.42億元", "886.42億元", 886.42, "亿元", None, "gdp", P, "2024年"),
    ("增長11.8%", "11.8%", 11.8, "%", None, "gdp_growth", P, "2024年"),
    ("首次突破3000億元", "3000億元", 3000, "亿元", "more_than", "industrial_output", P, "2024年"),
    ("達到3215.7億元", "3215.7億元", 3215.7, "亿元", None, "industrial_output", P, "2024年"),
    ("增長21.4%", "21.4%", 21.4, "%", None, "growth_rate", P, "2024年"),
    # ranking
    ("全國229家", "229家", 229, "家", None, "other", None, "2024年"),
    ("排名第17位", "第17位", 17, "位", None, "rank", P, "2024年"),
    ("前移3位", "3位", 3, "位", None, "rank", P, "較上年"),
]
NOTES = [
    "Model page: 香港商报 (hkcd.com) report on 芜湖经开区's 2025 first-quarter project start (繁體, mainland news in CNY). Layout kept: hkcd chrome (top nav, 當前位置 crumb, date/來源/字號 line), headline with the two start figures, 【香港商報網訊】 dateline, （人民幣，下同） currency note, projection paragraph for the flagship project, 2024 results, the MOFCOM ranking and the reporter/通訊員 credit; 相關新聞 links and footer are page chrome (their 合肥高新區/馬鞍山慈湖高新區 and figures are NOT annotated and not listed as parks). Text rewritten, every figure changed; the 奇瑞/伯特利/standard-factory paragraph is added in the style of such pages.",
    "Published 2025-03-14 from the info line; source 香港商報網 → 香港商报; byline 記者 柏晴 通訊員 吳立 (from the closing credit); no URL in the text. Currency CNY (（人民幣，下同） declares it; mainland news on an HK site).",
    "Park: 蕪湖經開區 (national ETDZ, written 經開區 throughout) → 芜湖经开区. 該區 in the results paragraph is the same zone.",
    "美芝精密科技產業園 is a park named after a company (美芝 = GMCC): per tests/gold/README.md it is listed only as a sub-park (parent 芜湖经开区), not as a company, and its project figures (52億元, capacities, revenues) go to the sub-park.",
    "Periods: the headline's 一季度 governs the two headline figures. The lead opens with 3月13日 (the event date); 2025年一季度 in 2025年一季度重點項目集中開工活動 is the batch name of the event (as heldout6 h04), so the body's start figures take 3月13日, as does the 同批開工 paragraph (same event, as h04's signing list). The 按照規劃…全部達產後 paragraph gives projections conditional on full production with no time word: period null (the event date does not describe them), including the 美芝 total investment written inside that sentence. 2024年 opens the results paragraph. The ranking names 2024年 (the evaluation); 較上年 is the period of the 前移3位 change only.",
    "Thresholds: 投資50億元以上 and 10億元以上 → more_than with their counts 1個/7個; 首次突破3000億元關口 → 3000億元 more_than; 逾380億元/逾14億元 more_than; 超過2800萬台 more_than; 接近9500萬台 about.",
    "分別 pair: 奇瑞汽車 (智能座艙基地) 18.5億元 and 伯特利 (線控製動三期) 9.2億元 → each firm (companies named by brand, no 公司). 龍頭企業 is a category, not a company. 中小企業標準化廠房三期項目 is built by an unnamed 區屬平台公司 → subject_kind project; 三期 is an ordinal.",
    "全國229家 counts the zones evaluated (subject null: not the zone's own figure). Excluded: 3月13日 (date), 2025年一季度 (batch label), 三期 (ordinal), 「項目為王」 (slogan).",
]
PUBLISHED_HINT = None
