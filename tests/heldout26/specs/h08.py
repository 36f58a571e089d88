FILE = "h08_xilingol_parks_report_gbk.html"
TITLE = "全盟工业园区建设发展情况的调研报告"
PUBLISHED = "2024-05-16"
SOURCE = None
BYLINE = None
URL = None
SCRIPT = "simplified"
CURRENCY = "CNY"

PARKS = [
    ("二连浩特边境经济合作区", "二连浩特边境经济合作区", []),
    ("锡林郭勒经济技术开发区", "锡林郭勒经济技术开发区", ["锡林郭勒盟经济技术开发区"]),
    ("白音华工业园区", "白音华工业园区", []),
    ("乌里雅斯太工业园区", "东乌乌里雅斯太工业园区", ["乌里雅斯太工业园区"]),
    ("多伦工业园区", "多伦工业园区", []),
    ("上都工业园区", "上都工业园区", []),
    ("朱日和工业园区", "西苏朱日和工业园区", []),
    ("芒来循环经济产业园区", "东苏芒来循环经济产业园区", []),
    ("德力格尔工业园区", "阿巴嘎旗德力格尔工业园区", []),
    ("黄旗工业园区", "黄旗工业园区", []),
    ("明安图工业园区", "白旗明安图工业园区", []),
    ("乌拉盖能源化工园区", "乌拉盖能源化工园区", []),
]
SUB_PARKS = []
COMPANIES = [
    ("锦联铝材", None, ["锦联铝材"]),
    ("大唐内蒙古多伦煤化工", "大唐内蒙古多伦煤化工有限责任公司", ["大唐内蒙古多伦煤化工有限责任公司"]),
]
KINDS = {"锡林郭勒盟": "place", "污水处理厂扩建项目": "project"}

M = "锡林郭勒盟"
E = "截至2023年底"
Y = "2023年"
T = "2023年"  # table caption 表1 2023年全盟主要工业园区经济指标
Q = [
    # (一) 数量与分布
    ("全盟共有各类工业开发区（园区）12个", "12个", 12, "个", None, "other", M, E),
    ("分布在其余12个旗县市（区）", "12个", 12, "个", None, "other", M, E),
    ("总规划面积402.6平方公里", "402.6平方公里", 402.6, "平方公里", None, "land_area", M, E),
    ("已开发建设面积93.15平方公里", "93.15平方公里", 93.15, "平方公里", None, "land_area", M, E),
    ("循环经济示范园区的有4个", "4个", 4, "个", None, "other", M, E),
    # (二) 园区工业经济
    ("完成工业总产值618.4亿元", "618.4亿元", 618.4, "亿元", None, "industrial_output", M, Y),
    ("同比增长9.7%", "9.7%", 9.7, "%", None, "growth_rate", M, Y),
    ("占全盟工业总产值的78.6%", "78.6%", 78.6, "%", None, "share", M, Y),
    ("入园企业达到463家", "463家", 463, "家", None, "enterprise_count", M, Y),
    ("规模以上工业企业137家", "137家", 137, "家", None, "enterprise_count", M, Y),
    ("锡林郭勒经济技术开发区工业总产值196.2亿元", "196.2亿元", 196.2, "亿元", None, "industrial_output", "锡林郭勒经济技术开发区", Y),
    ("产值均超过70亿元", "70亿元", 70, "亿元", "more_than", "industrial_output", None, Y),
    # 表1 (cells: unit from the column header)
    ("38.7", "38.7", 38.7, "亿元", None, "industrial_output", "二连浩特边境经济合作区", T),
    ("64", "64", 64, "家", None, "enterprise_count", "二连浩特边境经济合作区", T),
    ("196.2", "196.2", 196.2, "亿元", None, "industrial_output", "锡林郭勒经济技术开发区", T),
    ("88", "88", 88, "家", None, "enterprise_count", "锡林郭勒经济技术开发区", T),
    ("142.5", "142.5", 142.5, "亿元", None, "industrial_output", "白音华工业园区", T),
    ("31", "31", 31, "家", None, "enterprise_count", "白音华工业园区", T),
    ("71.3", "71.3", 71.3, "亿元", None, "industrial_output", "乌里雅斯太工业园区", T),
    ("42", "42", 42, "家", None, "enterprise_count", "乌里雅斯太工业园区", T),
    ("65.8", "65.8", 65.8, "亿元", None, "industrial_output", "多伦工业园区", T),
    ("57", "57", 57, "家", None, "enterprise_count", "多伦工业园区", T),
    ("53.9", "53.9", 53.9, "亿元", None, "industrial_output", "上都工业园区", T),
    ("26", "26", 26, "家", None, "enterprise_count", "上都工业园区", T),
    ("50.0", "50.0", 50.0, "亿元", None, "industrial_output", None, T),
    ("155", "155", 155, "家", None, "enterprise_count", None, T),
    ("618.4", "618.4", 618.4, "亿元", None, "industrial_output", M, T),
    ("463", "463", 463, "家", None, "enterprise_count", M, T),
    # (三) 项目建设
    ("共实施投资亿元以上工业项目46个", "亿元", 1, "亿元", "more_than", "other", M, Y),
    ("工业项目46个", "46个", 46, "个", None, "projects", M, Y),
    ("完成投资127.8亿元", "127.8亿元", 127.8, "亿元", None, "completed_investment", M, Y),
    ("二期电解铝项目总投资68亿元", "68亿元", 68, "亿元", None, "planned_investment", "锦联铝材", Y),
    ("新增电解铝产能35万吨", "35万吨", 35, "万吨", None, "capacity", "锦联铝材", Y),
    ("节能降碳技改项目完成投资5.6亿元", "5.6亿元", 5.6, "亿元", None, "completed_investment", "大唐内蒙古多伦煤化工", Y),
    ("污水处理厂扩建项目总投资3.2亿元", "3.2亿元", 3.2, "亿元", None, "planned_investment", "污水处理厂扩建项目", Y),
    # 二、问题 / 三、建议
    ("目前仍有6个园区", "6个", 6, "个", None, "other", M, "目前"),
    ("工业总产值突破800亿元", "800亿元", 800, "亿元", "more_than", "industrial_output", M, "到2025年"),
]

NOTES = [
    "GBK HTML page (charset=gbk, real GBK bytes) of the essay/report aggregator 文书君 (wenshujun.com), 调研报告 channel, reproducing a 盟 government research report on the industrial parks of 锡林郭勒盟 (内蒙古) with numbered sections 一、二、三、 / （一）（二）（三） and a statistics <table> (表1). Annotated: the <h1> title, the paragraphs of div.content and the table. Not annotated: <title>, meta keywords/description (copies: 12个, 402.6平方公里), the menu, the info line (人气：2.37W, 2024-05-16), tags, 相关文章 (3篇, 2023年/2024年) and the footer (2018-2024, ICP number).",
    "published 2024-05-16 from the info line (时间); the report names no newspaper (文书君 is the host; the author is the 盟发改委/盟工信局, government bodies, so source null) and has no byline or URL.",
    "Parks: twelve parks of the 盟, named with banner (旗) prefixes as real 盟 reports do: 东乌 (东乌珠穆沁旗), 西苏, 东苏, 阿巴嘎旗, 黄旗, 白旗. The canonical name drops the banner prefix (乌里雅斯太工业园区 is written so again later); quotes are the first full forms. 二连浩特边境经济合作区 is the national border economic cooperation zone and keeps its full kind; 锡林郭勒经济技术开发区 is an autonomous-region-level (provincial) ETDZ, so it keeps its full name (not 经开区); 锡林郭勒盟经济技术开发区 is the same park written with 盟 (alias). No sub-parks.",
    "Whose number: totals of all the 盟's parks (全盟共有…12个, 总规划面积, 已开发建设面积, 全盟工业园区完成工业总产值618.4亿元/9.7%/78.6%, 463家, 137家, the 合计 row, the 46个 projects with their 亿元以上 threshold and 127.8亿元, 目前仍有6个园区, the 800亿元 target) → 锡林郭勒盟 (place), following heldout6 h10 (a 全省 total of the province's zones is the province's). The 其他园区 row (several unnamed parks) and 白音华工业园区、乌里雅斯太工业园区…产值均超过70亿元 (one threshold shared by two parks) → null subject.",
    "Table: unit from the column header (工业总产值（亿元）, 入园企业（家）); number_text is the bare cell text; each row's park is the subject; period is the caption's 2023年. 196.2 appears in the text and again in the table: both annotated. The 级别 column (国家级/自治区级/盟级) holds no numbers.",
    "Projects in （三）: 锦联铝材 (brand, no 公司) carries the 68亿元 and the 35万吨 capacity (万吨 → t); 大唐内蒙古多伦煤化工有限责任公司 (a full legal name, canonical name drops 有限责任公司) carries 完成投资5.6亿元 (completed_investment) — it lies in 锡林郭勒盟经济技术开发区 but the figure is the company's; 污水处理厂扩建项目 (no company, in 二连浩特边境经济合作区) → subject_kind project. The paragraph's 2023年 governs all of them.",
    "Periods: 截至2023年底 for section （一）; 2023年 for （二） and （三）; table caption 2023年; 目前 for 6个园区; 到2025年 for the target 800亿元 (突破 → more_than).",
    "Excluded: “一个主中心城市、两个副中心城市、四个经济协作区域” (a planning slogan), 12个园区中 (anaphoric: the twelve parks already counted), 首位 (no numeral), 表1 (label), 二期 (ordinal), “一园一主业”, “小马拉大车”, “管委会+公司” (slogans), 一是/二是/三是 and the section numbers. 国务院, 盟委, 行署, 盟发改委 and 盟工信局 are government bodies; 煤电铝/煤化工 are industries, not companies.",
]
