"""Companies in an article: anchored rules (有限公司, 集团/银行/基金, <name>项目, quoted names) read
leftwards to a boundary word, then lists whose head or known member says they are firms, then
；-enumerations and repeats; each reduced to its canonical short name and merged within the
article. Entry points: `extract_companies(doc, parks)`, `merge_company_names(names)`.
"""

import bisect
import re
from functools import lru_cache

from etl.extract.company_names import (
    company_shaped,
    is_bad_company,
    is_common_phrase,
    is_not_a_firm,
    kind_core_rejected,
    resolve_company_name,
    resolve_surface,
    strip_legal,
    strip_place,
    trade_core,
)
from etl.extract.known_firms import (
    BOOK_TITLE,
    curated_companies,
    find_known_firms,
    is_curated_form,
    known_firm_pattern,
)
from etl.extract.lexicon import (
    FUNCTION_CHARS,
    NUMERAL_CHARS,
    PAREN_PLACE,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    common_words,
    is_common_verb,
    rules,
)
from etl.extract.lists import coordinated_lists
from etl.extract.spans import overlap_test, overlaps_any, scan_left
from etl.model import CleanDocument, CompanyMention, ParkMention
from etl.script import to_simplified
from etl.text import FULL_STOPS, is_hanzi

QUOTED_NAME = re.compile(r"[“\"「]([^”\"」]{2,20})[”\"」]")
SLOGAN_MARKS = re.compile(r"[、，,；;]")


def _candidates(text: str) -> list[dict]:
    """Company candidates from the strong, self-evident rules (no list context needed), rule by
    rule in the order of CANDIDATE_RULES."""
    return [
        {"start": start, "end": end, "rule": rule, "full": full}
        for find in CANDIDATE_RULES
        for start, end, rule, full in find(text, rules())
    ]


def _registered_names(text: str, R):
    """信达生物制药（苏州）有限公司: a name read back from its legal form."""
    for m in R.legal_re.finditer(text):
        legal, anchor = m.group(), m.start()
        paren = PAREN_PLACE.search(text, max(0, anchor - 8), anchor)
        if paren and paren.end() == anchor and R.company_places.covers(paren.group(1)):
            anchor = paren.start()  # 信达生物制药（苏州）有限公司
        start, hit = scan_left(
            text,
            anchor,
            0,
            R.registered_boundary,
            26,
            lambda span, legal=legal: trade_core(span + legal),
            prefer_punctuation=True,
        )
        start = _function_char_of_the_name(text, start, R)
        name = text[start : m.end()]
        if legal == "公司" and (
            R.boundary.ending_at(text, anchor)
            or _noun_modifier_before(text, anchor, start)
            or R.governance_after.match(text, m.end())
        ):
            continue  # 甲方与公司, 境内外上市公司, 尚需提交公司股东大会: the noun "company"
        if not hit and not is_bad_company(name) and len(trade_core(name)) >= 2:
            yield start, m.end(), "registered_name", True


def _function_char_of_the_name(text: str, start: int, R) -> int:
    """旗下的|如|佑纺织印染有限公司, 北京|同|仁安药业有限公司: a one-character function word (如,
    同, 和) right after 的, 了 or a place opens the name; no preposition stands there."""
    if start < 2 or R.registered_boundary.ending_at(text, start) != 1:
        return start
    before = start - 1
    if not is_hanzi(text[before]) or text[before] in NOT_NAME_OPENERS:
        return start
    if text[before - 1] in "的了" or R.company_places.ending_at(text, before):
        return before
    return start


NOT_NAME_OPENERS = frozenset("的了是在为将把被从对向由于与及等之")


def _noun_modifier_before(text: str, anchor: int, start: int) -> bool:
    """上市|公司, 一批大|公司, 和新|公司: a word that makes 公司 the noun. One character (大, 新)
    does only after what no name holds (a function word, a boundary word, punctuation): 华电光大
    |公司 is a name ending in 大."""
    R = rules()
    n = R.company_noun_modifiers.ending_at(text, anchor)
    if n != 1:
        return n > 1
    before = anchor - 1  # where the one character starts: what stands before it decides
    return (
        before <= start
        or not is_hanzi(text[before - 1])
        or text[before - 1] in FUNCTION_CHARS
        or R.boundary.ending_at(text, before) > 0
    )


def _kind_names(text: str, R):
    """海尔集团, 日照银行: a name read back from the kind of firm it ends with."""
    for m in R.kind_re.finditer(text):
        if R.legal_re.match(text, m.end()) or text[m.end() : m.end() + 1] in R.kind_blockers:
            continue  # 招商集团有限公司 is a registered name; 基金会, 银行业 are other words
        kind = m.group()
        start, hit = scan_left(
            text,
            m.start(),
            0,
            R.boundary,
            14,
            lambda span, kind=kind: trade_core(span + kind),
            prefer_punctuation=R.kinds[kind] == "bank",
        )  # 、建设银行
        name = text[start : m.end()]
        core = name[: -len(kind)]
        if hit or not core or kind_core_rejected(core, R.kinds[m.group()]):
            continue
        if not is_not_a_firm(name):
            yield start, m.end(), R.kinds[m.group()] + "_name", False


def _project_names(text: str, R):
    """东华软件项目: the firm a project is named after."""
    for at in _occurrences(text, "项目"):
        cand = _project_name(text, at)
        if cand:
            yield (*cand, False)


def _quoted_names(text: str, R):
    """“兴华半导体有限公司”: a quoted name that ends like a firm's (not a quoted slogan, “项目授信、
    公司代采、…”, with 公司 inside it)."""
    for m in QUOTED_NAME.finditer(text):
        name = m.group(1)
        legal = R.legal_re.search(name)
        if (
            (R.kind_words.ending_at(name, len(name)) or legal and legal.end() == len(name))
            and not SLOGAN_MARKS.search(name)
            and not is_bad_company(name)
            and len(trade_core(name)) >= 2
        ):
            yield m.start(1), m.end(1), "quoted_name", False


def _role_holders(text: str, R):
    """The firm that holds a role (…作为甲方, 投资方为…), invests an amount, is described by its
    standing in the park (联宝电子作为园区龙头企业) or reports its output (上海飞机制造完成产值)."""
    for m in R.role_re.finditer(text):
        cand = _role_holder(text, m.start())
        if cand:
            yield (*cand, False)
    for m in R.investor_re.finditer(text):
        cand = _role_holder(text, m.start())  # 「鼎峰」投资4.2亿元: a quoted name invests too
        if cand:
            yield cand[0], cand[1], "investor", False
    for m in R.appositive_re.finditer(text):
        cand = _role_holder(text, m.start(), quoted=False)
        if cand:
            yield cand[0], cand[1], "described_firm", False
    for m in R.performer_re.finditer(text):
        time = R.performer_time_re.search(text, max(0, m.start() - 8), m.start())
        cand = _role_holder(text, time.start() if time else m.start(), quoted=False)
        if cand:
            yield cand[0], cand[1], "performer", False


def _capacity_project_owners(text: str, R):
    """艾普科年产8000平方米航空复合材料模具生产线项目: a list item that opens with a name, then
    the plant's capacity and 项目, names the firm that builds it. The name must be no word of
    the general vocabulary, no place and no generic phrase (该项目, 企业, 全县)."""
    for at in _occurrences(text, "年产"):
        start = at
        while start > 0 and at - start < OWNER_MAX and is_hanzi(text[start - 1]):
            start -= 1
        name = text[start:at]
        if not OWNER_MIN <= len(name) <= OWNER_MAX or not _opens_a_list_item(text, start):
            continue
        clause_end = CLAUSE_END.search(text, at)
        item = text[at : clause_end.start() if clause_end else len(text)]
        if not item.endswith("项目") or name in common_words() or is_bad_company(name):
            continue
        if _holds_a_function_word(name):
            continue  # 另有一个|年产2万吨…项目
        if R.company_places.covers(name) or R.park_places.covers(name):
            continue
        yield start, at, "capacity_project_owner", False


OWNER_MIN, OWNER_MAX = 2, 5  # characters of a firm's short name before 年产
CLAUSE_END = re.compile(r"[，,。；;：:\n]")
LIST_ITEM_OPENING = re.compile(r"(?:^|[\n；;：:。]|[①-⑳]|\d[.、．]|[（(]\d+[）)])\s*$")


def _holds_a_function_word(name: str) -> bool:
    """Whether a numeral or a two-character word of the general vocabulary that is a numeral,
    pronoun, verb, adverb, preposition or conjunction stands in `name` (一个, 该项)."""
    words = common_words()
    return any(c in NUMERAL_CHARS for c in name) or any(
        words.get(name[i : i + 2]) in FUNCTION_TAGS for i in range(len(name) - 1)
    )


FUNCTION_TAGS = frozenset("mrvdpcq")


def _opens_a_list_item(text: str, start: int) -> bool:
    return bool(LIST_ITEM_OPENING.search(text[max(0, start - 6) : start]))


CANDIDATE_RULES = (
    _registered_names,
    _kind_names,
    _project_names,
    _quoted_names,
    _role_holders,
    _capacity_project_owners,
)


def _quoted_name_before(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of a quoted name closing right before `at` (“国科”项目, 「港灣數科」創辦人):
    two or more hanzi that are no generic phrase."""
    open_at = max(text.rfind(q, max(0, at - 12), at - 1) for q in QUOTES_OPEN)
    if open_at < 0:
        return None
    name = text[open_at + 1 : at - 1]
    if len(name) < 2 or not all(is_hanzi(c) for c in name) or is_bad_company(name):
        return None
    return open_at + 1, at - 1


def _role_holder(text: str, at: int, quoted: bool = True):
    """芯云半导体创始人, 「港灣數科」創辦人: the firm whose officer is named at `at`."""
    R = rules()
    if at and text[at - 1] in QUOTES_CLOSE:
        span = _quoted_name_before(text, at) if quoted else None
        return (*span, "role_holder") if span else None
    start, hit = scan_left(text, at, 0, R.boundary, 12, trade_core)
    name = text[start:at]
    if (
        hit
        or len(name) < 3
        or is_bad_company(name)
        or name.endswith(_place_suffixes())
        or R.non_company_heads.ending_at(name, len(name))
    ):
        return None
    described = max(name.rfind(word) for word in R.firm_descriptor_endings)
    if (
        described >= 0 and len(name) - described - 1 >= 3
    ):  # 先进封装材料厂|昱晶材料: the firm after its description
        start, name = start + described + 1, name[described + 1 :]
    ending = R.industry.ending_at(name, len(name)) or R.kind_words.ending_at(name, len(name))
    trade = strip_place(name[: len(name) - ending], R.company_places) if ending else ""
    if len(trade) < 2 or R.generic.covers(trade):
        return None  # 芯云 + 半导体: a trade name and the firm's line of business
    return start, at, "role_holder"


def _project_name(text: str, at: int):
    """ "<name>项目": 华车新能源项目, 益心达医疗器械研发生产项目, “国科”项目, 科睿特项目."""
    R = rules()
    if at and text[at - 1] in QUOTES_CLOSE:
        quoted = _quoted_name_before(text, at)
        if (
            quoted is None
            or R.classifiers.ending_at(text, quoted[0] - 1)
            or R.generic.covers(text[slice(*quoted)])
        ):
            return None
        return (*quoted, "quoted_project")
    end = at
    while True:  # 益心达医疗器械 | 研发生产 | 项目
        n = R.activity.ending_at(text, end)
        if not n or not is_hanzi(text[end - n - 1 : end - n] or "。"):
            break
        end -= n
    stripped = end < at  # a facility or activity word stood before 项目 (浪潮|云计算中心|项目)
    start, hit = scan_left(text, end, 0, R.boundary, 16, trade_core)
    name = text[start:end]
    if "基地" in text[end:at]:  # 集泰|新材料产业基地项目: the firm the lists know, without its line
        owner = _base_owner(text, start)
        return (start, start + owner, "project_name") if owner else None  # (辣椒科技: no firm)
    if (
        hit
        or len(name) < 2
        or R.classifiers.ending_at(text, start)
        or R.boundary.ending_at(text, end)
    ):
        return None
    if start and text[start - 1].isascii() and text[start - 1].isalnum():
        return None  # 年产25GW|高效晶硅电池: a product after a capacity
    if name.endswith(_place_suffixes()) or is_bad_company(name):
        return None
    core = trade_core(name)
    if not 2 <= len(core) <= 4 or R.generic.covers(core):
        return None
    if core == strip_place(strip_legal(name), R.company_places) and not _bare_project_context(
        text, start, end if stripped else at, stripped
    ):
        return None
    return start, end, "project_name"


def _base_owner(text: str, start: int) -> int:
    """Length of the firm a base's project names at `start`, one the lists know (集泰|新材料产业
    基地项目), else 0: a base named by its trade (辣椒科技产业基地项目) names no firm."""
    firms = known_firm_pattern()
    return firms.longest_at(text, start) if firms else 0


@lru_cache(maxsize=1)
def _place_suffixes() -> tuple:
    """Sub-park and park suffixes: a project name ending in one names a place, not a firm."""
    return tuple(rules().sub_suffixes) + tuple(rules().park_suffixes)


def _bare_project_context(text: str, start: int, at: int, facility: bool = False) -> bool:
    """A project name with no industry word (贝诺斯, 卓晶微) needs a clear frame: punctuation
    or 的/美元/企业… before it and 负责人/现场/的/落地… or punctuation after 项目. A facility
    word after the name (浪潮云计算中心项目) is frame enough on the right and allows two characters."""
    R = rules()
    if not (2 if facility else 3) <= at - start <= 4:
        return False
    left_ok = (
        start == 0 or not is_hanzi(text[start - 1]) or R.project_left.ending_at(text, start) > 0
    )
    if facility:
        return left_ok
    after = at + 2
    right_ok = (
        after >= len(text)
        or not is_hanzi(text[after])
        or R.project_right.starting_at(text, after) > 0
    )
    return left_ok and right_ok


def _accept_list_item(name: str, strong: bool, known: set) -> bool:
    if name.endswith(
        "项目"
    ):  # 好项目、大项目: a list of projects names the firm only with an industry word
        name = name[:-2]
        return (
            len(name) >= 2
            and not is_bad_company(name)
            and (resolve_company_name(name) in known or company_shaped(name))
        )
    if is_bad_company(name):
        return False
    if name.endswith(rules().indicator_endings) and resolve_company_name(name) not in known:
        return False  # 公司数、营业额、出口额等项目: indicators, not firms
    if strong:
        return True
    return resolve_company_name(name) in known or company_shaped(name)


def extract_companies(doc: CleanDocument, parks: list[ParkMention]) -> list[CompanyMention]:
    """Company mentions with canonical names; parks, sub-parks and institutions excluded."""
    text = doc.body_simplified or doc.body
    body = doc.body or text
    park_spans = [(p.char_start, p.char_end) for p in parks]
    on_park = overlap_test(park_spans)
    known_firms = [c for c in find_known_firms(text) if not on_park(c["start"], c["end"])]
    found = [
        _trim_to_known(text, c, known_firms)
        for c in _candidates(text)
        if not on_park(c["start"], c["end"])
    ] + known_firms
    known = {resolve_company_name(text[c["start"] : c["end"]]) for c in found}
    known |= {trade_core(k) for k in known}
    lists = _firm_lists(text)
    for _ in range(2):  # a second pass lets siblings of newly known names in
        for lst, names, resolved in lists:
            # 等5个项目 / 以…为代表, or a sibling already known as a firm (南京银行、金雨茂物等)
            strong = lst["head"] in ("company", "representative") or any(
                r in known for r in resolved
            )
            if not strong and not (lst["opener"] and any(company_shaped(n) for n in names)):
                continue
            for (s, e), name, canonical in zip(lst["items"], names, resolved):
                if on_park(s, e) or not _accept_list_item(name, strong, known):
                    continue
                found.append(_trim_to_known(text, _list_member(s, e, lst), known_firms))
                known.add(canonical)
    titles = [(m.start(), m.end()) for m in BOOK_TITLE.finditer(text)]
    found = _dedupe(
        [
            _trim_to_known_plant(
                text,
                _without_product(
                    text, _without_activity_tail(text, _without_leading_verb(text, c))
                ),
                known_firms,
            )
            for c in found
            if not (titles and overlaps_any(titles, c["start"], c["end"]))
        ]
    )
    found = _without_owned_projects(text, found)
    found = _dedupe(found + _parallel_clauses(text, found, park_spans))
    found = _dedupe(found + _repeats(text, found, park_spans))
    found = [c for c in found if not _a_phrase_of_words(text, c)]
    resolved = [resolve_surface(to_simplified(body[c["start"] : c["end"]])) for c in found]
    names = _merge_names({name for name, _ in resolved})
    full_names = {}
    for c, (name, _) in zip(found, resolved):
        if c["full"]:
            full_names.setdefault(names[name], to_simplified(body[c["start"] : c["end"]]))
    return [
        CompanyMention(
            name=names[name],
            surface=body[c["start"] : c["end"]],
            char_start=c["start"],
            char_end=c["end"],
            full_name=full_names.get(names[name]),
            rule=c["rule"]
            + ("+curated" if by_curator else "")
            + ("+merged" if names[name] != name else ""),
        )
        for c, (name, by_curator) in zip(found, resolved)
    ]


def _firm_lists(text: str) -> list[tuple]:
    """(list, item names, their canonical names) of the lists that may name firms: not a list of
    sub-parks, nor one closed by a count of industries (…新能源电池三大主导产业)."""
    counted = rules().counted_other_head
    lists = []
    for lst in coordinated_lists(text):
        if lst["head"] != "sub_park":
            names = [text[s:e] for s, e in lst["items"]]
            if not (names and counted.search(names[-1])):
                lists.append((lst, names, [resolve_company_name(n) for n in names]))
    return lists


def _list_member(start: int, end: int, lst: dict) -> dict:
    """A firm found as an item of a list; in A、B等项目 the items are firms' projects."""
    project = lst["head_word"] == "项目"
    return {
        "start": start,
        "end": end,
        "rule": "list_member",
        "full": False,
        "project": project,
        "of_firms": lst["head"] == "company" and not project,  # A、B等企业: firms by the list
    }


def _a_phrase_of_words(text: str, cand: dict) -> bool:
    """A candidate whose name core is common words (影响|公司, 海洋牧场, 总部类): not a firm's name,
    unless a curated or listed name (they are looked up, not read), a name with a legal form more
    than the noun 公司 (…有限公司) or one after a place."""
    surface = text[cand["start"] : cand["end"]]
    if cand["rule"] == "well_known" or cand.get("of_firms") and not _a_verb_phrase(surface):
        return False  # 太重轨道、天地煤机等企业: the list says they are firms, whatever their words
    if resolve_surface(surface)[1]:
        return False
    base = strip_legal(surface)
    if base != surface and surface[len(base) :] != "公司":
        return False
    R = rules()
    if R.company_places.starting_at(base, 0) or R.park_places.starting_at(base, 0):
        return False  # 日照心脏病医院: a place's institution is named by its trade
    if R.kind_words.ending_at(base, len(base)):
        return False  # 国家开发银行, 统一集团: a kind of firm names one whatever its words
    return is_common_phrase(trade_core(base))


def _a_verb_phrase(name: str) -> bool:
    """聚焦整车 (…、汽车零部件等规上企业): a verb and its object, not a firm's name."""
    return is_common_verb(name[:2])


def _without_product(text: str, cand: dict) -> dict:
    """佛塑科技锂电池隔膜、…等项目 → 佛塑科技: an item of a list of projects named by a firm and its
    product is the firm's (`_firm_end`)."""
    if cand["rule"] != "project_name" and not cand.get("project"):
        return cand
    firms = known_firm_pattern()
    known = firms.longest_at(text, cand["start"]) if firms else 0
    rest = text[cand["start"] + known : cand["end"]]
    if known >= 2 and rest and any(common_words().get(rest[:n]) for n in (4, 3, 2)):
        return {**cand, "end": cand["start"] + known}  # TCL中环|太阳能级…: a known firm, a product
        # (首钢京唐 goes on with a name, not a word)
    end = _firm_end(text, cand["start"], cand["end"])
    return cand if end == cand["end"] else {**cand, "end": end}


def _firm_end(text: str, start: int, end: int) -> int:
    """Where the firm's name ends in a project named by a firm and its product (华曜新能源|储能电池,
    恒昌集团|生物燃料乙醇, 台湾宏致电子|高速连接器): after its trade core and at most one industry
    or kind word (威仕达汽车零部件 keeps its one word: the gold README)."""
    R = rules()
    place = R.company_places.starting_at(text, start) if start < end else 0
    for at in range(start + place + 2, end - 3):
        n = R.industry.starting_at(text, at) or R.kind_words.starting_at(text, at)
        if n:
            rest = text[at + n : end]
            return at + n if len(rest) >= 2 and not R.activity.covers(rest) else end
    return end


def _without_leading_verb(text: str, cand: dict) -> dict:
    """确保中昊电子 → 中昊电子: a verb of the general vocabulary opening a name read from the text
    is the sentence's, not the firm's, when a name with a trade core of its own is left
    (招商银行 keeps 招商: 银行 alone names no firm)."""
    if cand["rule"] == "well_known":
        return cand
    start, end = cand["start"], cand["end"]
    if start and _verb_ends_at(text, start) and end - start >= 4:
        cut = 1  # 并|入中信特钢集团, 新（扩）|建汇龙环保: the verb's second character
    elif is_common_verb(text[start : start + 2]) and end - start >= 5:
        cut = 2
    else:
        return cand
    rest = strip_legal(text[start + cut : end])
    if len(trade_core(rest)) < 2 or is_curated_form(text[start:end]):
        return cand
    return {**cand, "start": start + cut}


def _verb_ends_at(text: str, start: int) -> bool:
    """Whether text[start] ends a verb of the general vocabulary begun before it, also across a
    bracket (新（扩）建: 新建 and 扩建)."""
    if is_common_verb(text[start - 1 : start + 1]):
        return True
    if text[start - 1 : start] not in "）)":
        return False
    opened = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    if opened < 1 or start - opened > 4:
        return False
    return is_common_verb(text[opened - 1] + text[start]) or is_common_verb(
        text[start - 2] + text[start]
    )


def _without_activity_tail(text: str, cand: dict) -> dict:
    """秦芯存储二期 → 秦芯存储: a list item's phase or facility word (项目 names lose theirs in
    _project_name) is not the firm. Products stay: the gold README keeps 威仕达汽车零部件."""
    if cand["full"]:
        return cand  # a registered name is the firm's own
    tail, start, end = rules().activity, cand["start"], cand["end"]
    while True:
        n = tail.ending_at(text, end)
        if not n or end - n - start < 3:
            break
        end -= n
    return cand if end == cand["end"] else {**cand, "end": end}


def _trim_to_known_plant(text: str, cand: dict, known_firms: list[dict]) -> dict:
    """台灣美光后里廠 → 台灣美光: a well-known firm followed by one of its plants is the firm."""
    if cand["full"]:
        return cand
    for k in known_firms:
        if cand["start"] <= k["start"] < k["end"] < cand["end"] and rules().plant_re.fullmatch(
            text, k["end"], cand["end"]
        ):
            return dict(cand, end=k["end"])
    return cand


# An item that ends with its phase (伯特利线控制动三期) names a project, whoever's name opens it.
PROJECT_PHASE_END = re.compile(r"(?:[一二三四五六七八九十\d]期(?:项目|工程)?)$")


def _trim_to_known(text: str, cand: dict, known_firms: list[dict]) -> dict:
    """A candidate read too far left onto a well-known firm (区内科大讯飞) starts at the firm,
    unless what it adds is a place (深圳华为) or it is a registered name. A project named by a
    known or listed firm and its product (比亚迪新能源汽车零部件项目, 伯特利线控制动三期) is that firm's."""
    if cand["full"]:
        return cand
    phased = PROJECT_PHASE_END.search(text, cand["start"], cand["end"])
    for k in known_firms:
        if (
            (cand["rule"] == "project_name" or cand.get("project") or phased)
            and k["start"] == cand["start"] < k["end"] < cand["end"]
            and (
                rules().industry.starting_at(text, k["end"])  # not 中伟新材|料
                or is_curated_form(text[k["start"] : k["end"]])  # 富士康|精密模具等项目
                or phased  # 伯特利|线控制动三期: a phase of the firm's project
            )
        ):
            return dict(cand, end=k["end"])
        if (
            k["end"] == cand["end"]
            and cand["start"] < k["start"]
            and not rules().company_places.covers(text[cand["start"] : k["start"]])
        ):
            return dict(cand, start=k["start"])
    return cand


def _parallel_clauses(text: str, found: list[dict], park_spans: list) -> list[dict]:
    """Enumerations "A项目，…；B项目，…；C从…到投产…": when two or more ；-clauses of a
    sentence open with a company, the name opening another clause is one too."""
    R = rules()
    if text.count("；") + text.count(";") < 2:
        return []  # no sentence with three ；-clauses
    starts = {c["start"] for c in found}
    extra = []
    for s_start, s_end in _sentences(text):
        if text.count("；", s_start, s_end) + text.count(";", s_start, s_end) < 2:
            continue  # fewer than three clauses
        clauses, pos = [], s_start
        for piece in re.split(r"[；;]", text[s_start:s_end]):
            lead = len(piece) - len(piece.lstrip())
            clauses.append(pos + lead)
            pos += len(piece) + 1
        if len(clauses) < 3 or sum(c in starts for c in clauses) < 2:
            continue
        for c in clauses:
            if c in starts:
                continue
            end = c + 2
            while (
                end < min(s_end, c + 8)
                and is_hanzi(text[end])
                and not R.boundary.starting_at(text, end)
            ):
                end += 1
            name = text[c:end]
            if (
                end < s_end
                and (R.boundary.starting_at(text, end) or not is_hanzi(text[end]))
                and all(is_hanzi(ch) for ch in name)
                and not is_bad_company(name)
                and len(trade_core(name)) >= 2
                and not overlaps_any(park_spans, c, end)
            ):
                extra.append({"start": c, "end": end, "rule": "parallel_clause", "full": False})
    return extra


FULL_STOP = re.compile(f"[{FULL_STOPS}\n]")


def _sentences(text: str):
    start = 0
    for m in FULL_STOP.finditer(text):
        yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _without_owned_projects(text: str, found: list[dict]) -> list[dict]:
    """山西瑞赛格新材料有限公司锂电负极材料项目, 鲁西化工投资36亿元的高端氟硅新材料项目: a project
    named after its product, in a clause that already named the firm behind it, is that firm's
    project, not another firm."""
    firms = sorted(c["end"] for c in found if c["rule"] != "project_name")
    kept = []
    for c in found:
        if c["rule"] == "project_name":
            i = bisect.bisect_right(firms, c["start"])
            if i and not CLAUSE_BREAK.search(text, firms[i - 1], c["start"]):
                continue
        kept.append(c)
    return kept


CLAUSE_BREAK = re.compile(r"[，,、；;。！？\n]")


def _dedupe(found: list[dict]) -> list[dict]:
    """One candidate per span; a span inside a longer candidate is dropped."""
    found = sorted(found, key=lambda c: (c["start"], -(c["end"] - c["start"])))
    kept = []
    reach = -1  # every kept span starts at or before c (sorted), so c is inside one iff it ends by the furthest end
    for c in found:
        if c["end"] <= reach:
            continue
        kept.append(c)
        reach = c["end"]
    return kept


def _repeats(text: str, found: list[dict], park_spans: list) -> list[dict]:
    """Other occurrences of names already found (东讯电子 again in a later sentence)."""
    R = rules()
    taken = [(c["start"], c["end"]) for c in found] + park_spans
    forms = {text[c["start"] : c["end"]] for c in found}
    forms |= {resolve_company_name(f) for f in forms}
    forms |= {
        short for c in found if c["rule"] == "registered_name" for short in _short_forms(text, c)
    }
    extra = []
    for form in sorted(forms, key=len, reverse=True):
        if len(form) < 2:
            continue
        for s in _occurrences(text, form):
            e = s + len(form)
            if overlaps_any(taken, s, e):
                continue
            if len(form) <= 2 and not (_free_left(text, s) and _free_right(text, e)):
                continue
            if (
                s
                and is_hanzi(text[s - 1])
                and not R.boundary.ending_at(text, s)
                and not R.company_places.ending_at(text, s)  # 漳州|灿坤相关负责人
                and len(form) < 4
            ):
                continue
            extra.append({"start": s, "end": e, "rule": "repeat", "full": False})
            taken.append((s, e))
    return extra


def _short_forms(text: str, cand: dict) -> set:
    """How a story names a registered firm after its full name (霍尔果斯豪运电子科技有限公司, then
    豪运电子): the name without its place and without a generic last word, kept when it still
    holds a trade name and an industry word (four hanzi or more)."""
    R = rules()
    name = resolve_company_name(text[cand["start"] : cand["end"]])
    n = R.park_places.starting_at(name, 0) or R.company_places.starting_at(name, 0)
    bases = {name, name[n:]} if n else {name}
    drops = R.registered_short_form_drops
    shorts = {b[: -len(w)] for b in bases for w in drops if b.endswith(w)}
    found = {
        f
        for f in shorts | bases
        if f != name
        and len(f) >= 4
        and all(is_hanzi(ch) for ch in f)
        and R.industry.ending_at(f, len(f))
    }
    core = _without_lines_of_business(trade_core(name))  # 冠顺精密工业…, then 冠顺
    if 2 <= len(core) <= 3 and core not in common_words() and not R.company_places.covers(core):
        found.add(core)
    return found


def _without_lines_of_business(name: str) -> str:
    """冠顺精密工业 → 冠顺: the industry words at a name's end, one after another, taken off while
    two characters are left."""
    return rules().trade_name_tails.strip_tail(name, keep=2)


def _occurrences(text: str, word: str):
    """Starts of the non-overlapping occurrences of `word`, left to right (re.finditer of the
    escaped word, without compiling a pattern per word)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _free_left(text: str, s: int) -> bool:
    R = rules()
    return (
        s == 0
        or not is_hanzi(text[s - 1])
        or bool(R.boundary.ending_at(text, s))
        or bool(R.company_places.ending_at(text, s))  # 漳州|灿坤
        or bool(R.firm_left_words.ending_at(text, s))  # 台资龙头|灿坤
    )


def _free_right(text: str, e: int) -> bool:
    return (
        e >= len(text)
        or not is_hanzi(text[e])
        or text[e : e + 2] in ("项目", "集团", "公司")
        or text[e] in "等和及与的"
        or rules().role_re.match(text, e) is not None  # 灿坤|相关负责人
    )


def _merge_names(names: set) -> dict:
    """Map each name to the shortest name in the article it extends by industry words only
    (海声尼克微电子 → 海声尼克, 奥莱电子科技 → 奥莱电子)."""
    return _merge_by_extension(names, lambda short, rest: rules().merge_words.covers(rest))


def _merge_by_extension(names, extends) -> dict:
    """Each name → the shortest other name it starts with, when `extends(short, rest)` accepts
    the rest; chains resolve to the shortest (奥莱电子科技 → 奥莱电子 → 奥莱)."""
    ordered = sorted(set(names), key=lambda n: (len(n), n))
    target = {}
    for name in ordered:
        best = name
        for other in ordered:
            if len(other) >= len(name):
                break
            if len(other) >= 2 and name.startswith(other) and extends(other, name[len(other) :]):
                best = target.get(other, other)
                break
        target[name] = best
    return target


def merge_company_names(names: list[str]) -> dict[str, str]:
    """Canonical name of every company name across the whole corpus (name → canonical).

    The within-article rule, made stricter because unrelated articles meet here: a name that
    only adds industry or kind words to another is that firm (海声尼克微电子 → 海声尼克,
    奥莱电子科技 → 奥莱电子), but a two-character name only absorbs 集团/股份/控股 (华能集团 →
    华能; 中兴汽车 stays apart from 中兴). Curated aliases (data/companies.yml) apply first."""
    R = rules()
    curated = curated_companies()
    first = {n: curated.get(n, n) for n in names}

    def extends(short, rest):
        return R.corpus_merge_words.covers(rest) if len(short) == 2 else R.merge_words.covers(rest)

    merged = _merge_by_extension(first.values(), extends)
    return {n: merged[c] for n, c in first.items()}
