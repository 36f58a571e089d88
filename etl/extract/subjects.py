"""Subjects: what a number is about, the park it rolls up to, and the evidence for both.

A number takes its subject from a frame, the nearest that names one: its own clause, then the
clauses before it in its sentence, then the park its paragraph is on, then the article's main
park. Inside that walk a few constructions decide outright: the entity a number modifies
(总投资5亿元的科睿特项目), a 分别 list mapped in order, a group of parks (全省7家国家级高新区) or a
place (全市, 苏州市) the clause opens with. A compared entity (比广州开发区高出…) is never the
subject.

Precision first: a wrong park silently moves a researcher's totals, an empty one does not. Where
the frame is ambiguous (a 分别 list whose length does not match its numbers, a round-up whose
sentence names no park) the subject stays empty and `rule` says why.
"""

import bisect
import re
from dataclasses import dataclass

from etl.extract.candidates import Candidate
from etl.extract.lexicon import rules as park_rules
from etl.extract.metric_rules import CLAUSE_END, TABLES
from etl.extract.parks import ZONE_GROUP, starts_a_park_suffix, zone_place
from etl.extract.place import (
    is_prefecture_city,
    place_name,
    place_zone_groups,
    places_named_at,
)
from etl.extract.quantities import inside_spans
from etl.extract.spans import overlaps_any
from etl.text import SENTENCE_ENDS, is_hanzi


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which makes it three
# times as dear to create, and an article makes about a hundred events and attributions.
@dataclass(slots=True)
class Attribution:
    """Whose number it is. `start`/`end` are the offsets of the mention it was attributed to
    (or of the frame it inherited); `park` is the park the subject rolls up to: the park itself,
    the park a sub-park lies in, None for a company, project, place or group."""

    subject: str | None = None
    kind: str | None = None  # park / sub_park / project / company / place / group
    rule: str = "none"
    start: int | None = None
    end: int | None = None
    park: str | None = None


# Characters a sentence's topic walk looks back, and a comparison word is looked for around an
# entity: far beyond any real sentence, and a bound that keeps unpunctuated text linear.
RESPECTIVELY_MEASURE_MAX = 4  # characters of a measure (排名, 增速) before 分别 in its clause
HEADING_PROSE_MIN = 15  # characters of a paragraph of prose under an unmarked heading
SHARED_REACH = 8  # characters before a number in which 均 marks a shared threshold
LIST_MARK = re.compile(r"[、]|等\d*[家个项]")
ASIDE_REACH = 40  # characters back to the bracket an aside opens with
REACH = 600
COMPARED_REACH = 40
PROJECT_NAME_TAIL = 16  # characters after a park in a project's name before its 项目

# The kinds a frame can hold, and what each rolls up to.
TOPIC_KINDS = ("park", "sub_park", "company", "project", "place", "group")
# The kinds whose figures a segment after ； that names nothing still reports.
AREA_KINDS = ("park", "place", "group")


@dataclass(slots=True)  # not frozen, as Attribution
class Event:
    """A mention the frame walk can take as topic."""

    start: int
    end: int
    kind: str  # a TOPIC_KIND, or anaphor (该项目, 其: the company or project in focus)
    name: str | None
    park: str | None = None  # the park it rolls up to
    anaphoric: bool = False  # 园区, 高新区 standing for a park named elsewhere

    def attribution(self, rule: str) -> Attribution:
        return Attribution(self.name, self.kind, rule, self.start, self.end, self.park)


def _events(parks, companies, counted_ends):
    """Park, sub-park and company mentions as frame events, plus the names of parks."""
    events, bare = [], []
    for p in parks:
        if p.is_sub_park:
            events.append(Event(p.char_start, p.char_end, "sub_park", p.name, p.parent))
        elif p.kind == ZONE_GROUP:
            events.append(Event(p.char_start, p.char_end, "group", p.name))
        elif p.rule in ("anaphor", "short_form"):
            bare.append(p)  # 园区, 高新区: resolved to the park in focus below
        else:
            events.append(Event(p.char_start, p.char_end, "park", p.name, p.name))
    for c in companies:
        if c.char_start in counted_ends:
            continue  # 成立了4家风险投资公司: counted, not talked about
        events.append(Event(c.char_start, c.char_end, "company", c.name))
    return events, bare


class SubjectFinder:
    """Which park, sub-park, project, company, place or group a number is about."""

    def __init__(
        self,
        text,
        index,
        parks,
        companies,
        main_park,
        counted_ends=frozenset(),
        place=None,
        title="",
        periods=(),
    ):
        self.text = text
        self.index = index
        self.main_park = main_park
        self.kind_of = {p.name: p.kind for p in parks or () if not p.is_sub_park}
        self.quote_opens = [m.start() for m in QUOTE_OPEN.finditer(text)]
        self.compared = {}  # event start → whether it is compared with (read once)
        self.asides = {}  # (start, end) of an event → where the aside it is named in closes
        events, bare = _events(parks, companies, counted_ends)
        self.classes = class_groups(text)
        groups = park_groups(text) + sum_groups(text) + self.classes
        taken = groups + [(p.char_start, p.char_end) for p in parks or () if p.curated]
        groups = sorted(
            groups + [g for g in place_zone_groups(text) if not overlaps_any(taken, *g)]
        )
        events = [e for e in events if not inside_spans(groups, e.start, e.end)]
        events += [Event(s, e, "group", text[s:e]) for s, e in groups]
        covered = sorted((e.start, e.end) for e in events)
        named = sorted(
            (e.start, e.name, e.end)
            for e in events
            if e.kind == "park" and not self._is_compared(e)
        )  # 比广州开发区高出…: a compared park is not what the paragraph is on
        self.named_starts = [s for s, _, _ in named]
        self.named = named
        self.headings = _section_headings(text, index, named, title)
        self.framing = self._framing(events)
        self.framing_starts = [s for s, _, _ in self.framing]
        self.roundup = _is_roundup(text, index, named, groups)
        shared_place = _district_of_main_zone(text, main_park)
        # 全区 beside 曹妃甸区 and 曹妃甸经开区: the district's or the zone's, so nobody's
        ambiguous = TABLES.district_anaphors if shared_place else frozenset()
        places = [
            e
            for e in _places(text, index, place, periods)
            if not inside_spans(groups, e.start, e.end)
            and not inside_spans(covered, e.start, e.end)
        ]
        not_anaphors = sorted(groups + [(e.start, e.end) for e in places])  # 广西全区: a place
        self.group_spans = groups
        events += self._anaphors(bare, covered, not_anaphors, ambiguous)
        events += places
        self.place = place
        events += _projects(text)
        self.issuer = notice_issuer(text, companies)
        events += _firm_words(text, covered, self.issuer)
        if not self.issuer:
            events += _declared_parties(text, companies, covered)
        events.sort(key=lambda e: (e.start, -e.end))
        self.events = events
        self.starts = [e.start for e in events]
        self.segments = [index.sentence(e.start)[0] for e in events]  # each event's ；-segment
        self.respectively = {}
        self.number_starts = []
        self.main_mention = next(((s, e) for s, n, e in named if n == main_park), None)
        self.main_is_topic = _is_the_articles_topic(text, index, parks, named, main_park, title)
        self.shared_place = shared_place

    def _anaphors(self, bare, covered, not_anaphors, ambiguous):
        """园区, 该区, 高新区 standing for a park named elsewhere: the park the paragraph or
        section is on, else the main park."""
        text, events = self.text, []
        bare_spans = sorted((p.char_start, p.char_end) for p in bare if p.rule == "short_form")
        for p in bare:  # … the park the paragraph is on, unless it names none
            if inside_spans(not_anaphors, p.char_start, p.char_end):
                continue
            if text[p.char_start : p.char_end] in ambiguous:
                continue
            focus = self._park_in_focus(p.char_start)
            if not focus and (self.roundup or self._group_before_in_paragraph(p.char_start)):
                continue  # 一季度全省高新区实现…。高新区高新技术产业产值…: the group's, again
            name = focus[1] if focus else p.name
            if p.rule == "short_form" and self.kind_of.get(name) != p.kind:
                name = p.name  # 西海岸新区…领跑，高新区营收增长…: the 高新区 the article names
            events.append(Event(p.char_start, p.char_end, "park", name, name, anaphoric=True))
        for m in TABLES.park_anaphors.finditer(text):
            if _inside_a_name(text, m.start()):
                continue  # 產業園區管理局: the tail of a longer name, not a word of its own
            if park_rules().bare_re.match(text, m.end()):
                continue  # 全区经开区: the region's zones, not the zone's whole
            if m.group() in ambiguous or inside_spans(covered, m.start(), m.end()):
                continue
            if inside_spans(bare_spans, m.start(), m.end()):
                continue  # a short form read above, by its kind
            focus = self._park_in_focus(m.start())
            if (
                not focus
                and m.group() not in TABLES.district_anaphors  # 全区共有企业800家: the whole
                and (self.roundup or self._group_before_in_paragraph(m.start()))
            ):
                continue  # 全省园区…。园区专利授权量达2.13万件: the group's, again; in a round-up
                # (13个重点园区…。二、…园区累计完成固定资产投资…) the parks' together, no one's
            name = focus[1] if focus else self.main_park
            if name and not inside_spans(not_anaphors, m.start(), m.end()):
                events.append(Event(m.start(), m.end(), "park", name, name, anaphoric=True))
        return events

    def assign_lists(self, candidates) -> None:
        """Map each 分别 list of numbers to the entities listed before it, in order."""
        self.respectively = respectively_map(self.text, self.index, self.events, candidates)
        self.number_starts = [c.start for c in candidates]

    def subject_of(self, cand: Candidate) -> Attribution:
        if self._shared_by_a_list(cand):
            return Attribution(rule="shared")
        if inside_spans(self.classes, cand.start, cand.end):
            return Attribution(rule="class_threshold")  # 营收超百亿元的开发区: the threshold
        unnamed = self._an_unnamed_firms(cand) or self._quoted_speakers_firm(cand)
        if unnamed:
            return unnamed
        found = (
            self._group_containing(cand)
            or self._scope_before(cand)
            or self.respectively.get(cand.start)  # 分列第四、第五位的A、B: not B's alone
            or self._modified_entity(cand)
            or self._went_to_a_park(cand)
            or self._clause_topic(cand)
        )
        overruled = self._not_the_named_parks(cand, found)
        if overruled:
            return overruled
        if found:
            return found
        if self.issuer:
            return Attribution(self.issuer, "company", "notice_issuer")
        framed = self._frame(cand)
        if framed.kind in ("park", "sub_park") and self._one_projects_figure(cand):
            return Attribution(rule="one_project")
        return framed

    def _quoted_speakers_firm(self, cand):
        """「今年我们计划再增加2条自动化生产线。」漳州灿坤相关负责人说: a figure in a quotation its
        firm's officer speaks is the firm's."""
        text = self.text
        i = bisect.bisect_left(self.quote_opens, cand.start)
        opened = self.quote_opens[i - 1] if i else -1
        if opened < 0 or cand.start - opened > QUOTE_REACH:
            return None
        closing = "」" if text[opened] == "「" else "”"
        closed = text.find(closing, cand.end, cand.end + QUOTE_REACH)
        if closed < 0 or text.find(closing, opened, cand.start) >= 0:
            return None
        i = bisect.bisect_left(self.starts, closed + 1)
        event = self.events[i] if i < len(self.events) else None
        if (
            event is None
            or event.kind != "company"
            or event.start - closed > SPEAKER_GAP
            or not park_rules().role_re.match(text, event.end)
        ):
            return None
        return event.attribution("speaker")

    def _an_unnamed_firms(self, cand):
        """另有一家铝型材龙头企业拟投资5亿元: a firm the text does not name owns the figure of its
        clause; it is no park's, and no firm's the warehouse could name."""
        if cand.kind == "count":
            return None
        start = max(
            cand.comma_clause[0], cand.start - UNNAMED_FIRM_REACH
        )  # linear when unpunctuated
        m = TABLES.unnamed_firm.search(self.text, start, cand.start)
        if not m:
            return None
        lo = bisect.bisect_left(self.starts, m.end())
        hi = bisect.bisect_left(self.starts, cand.start)
        if any(e.kind in ("company", "park", "sub_park", "project") for e in self.events[lo:hi]):
            return None  # 一家企业…，其中XX公司投资…: a named subject after it
        return Attribution(rule="unnamed_firm", start=m.start(), end=m.end())

    def _not_the_named_parks(self, cand, found):
        """Why the park a number's clause or sentence names is not whose number it is, as the
        empty attribution to store instead, or None: a list of parks together (石家庄、保定、
        唐山、承德国家高新区…合计), firms together (A、B等整车企业生产整车…), a plant's capacity
        (孟州产业集聚区的西泠电器120万台冰柜) or one project's figure (…开发区的一个…项目，总投资…)."""
        named_park = found and found.kind == "park" and found.rule in ("clause", "sentence")
        if named_park and self._last_of_a_list_of_parks(found):
            return Attribution(rule="shared", start=found.start, end=found.end)
        if named_park and found.start is not None and _a_venue(self.text, found.start):
            return Attribution(rule="venue", start=found.start, end=found.end)  # 仪式在…开发区举行
        if not found or found.kind == "park" and found.rule == "sentence":
            firms = self._firms_together(cand)
            if firms:
                return firms
        if named_park and cand.measure in TABLES.no_default_park_measures:
            return Attribution(rule="no_default")
        if named_park and self._a_project_in_the_park(cand, found.end):
            return Attribution(rule="one_project")
        return None

    def _one_projects_figure(self, cand) -> bool:
        """一力物流项目总投资约58亿元, 项目占地360亩: one project's figure, in a sentence that names
        no park. Its park is where the project lies, not whose figure it is (a park's totals
        count its projects: 新签约项目27个，总投资318亿元)."""
        return self._a_projects_figure(cand, [(cand.sentence[0], cand.comma_clause[1])])

    def _last_of_a_list_of_parks(self, found) -> bool:
        """Whether the park a clause is about closes a list of parks (A、B、C国家高新区; 宝鸡高新区、
        杨凌示范区实现…; …柯桥经开区和杭州湾上虞经开区): another park, or a place its zone word is
        elided after, stands right before it across a 、 or 和, and the park is named, not an
        anaphor (园区事业1家)."""
        text, start = self.text, found.start
        if start is None or text[start - 1 : start] not in TABLES.list_joint_chars:
            return False
        i = bisect.bisect_left(self.starts, start)
        event = self.events[i] if i < len(self.events) else None
        if event is None or event.start != start or event.anaphoric:
            return False
        before = [e for e in self.events[max(0, i - 3) : i] if e.end == start - 1]
        if before:
            return before[-1].kind == "park" and before[-1].name != found.subject
        return park_rules().park_places.ending_at(text, start - 1) > 0  # 唐山、燕郊、承德…

    def _firms_together(self, cand):
        """陕汽、上汽、东风等整车企业生产整车2.46万辆: the output of several firms together, named
        as the clause's subject; whose it is, none of them alone (and not the park's). A count
        after such a list (引进A、B等企业20家) is the park's, and stays its."""
        if cand.kind == "count":
            return None
        start = cand.comma_clause[0]
        m = TABLES.firms_together.search(self.text, start, cand.start)
        if not m:
            return None
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, m.start())
        counted = "家" in m.group()  # 瑞光热电等12家企业: twelve firms, one of them named
        if sum(e.kind == "company" for e in self.events[lo:hi]) < (1 if counted else 2):
            return None  # 雅化锂业等锂电材料企业: the firms of a trade, led by one
        if TABLES.firms_drive.search(self.text, m.end(), cand.start):
            return None  # 京东方、维信诺等企业带动新型显示产业产值增长21.4%: the trade's figure
        return Attribution(rule="firms_together", start=start, end=m.end())

    def _a_project_in_the_park(self, cand, park_end) -> bool:
        """临港经开区的一个船舶配套件项目，总投资3.2亿元 / 为总投资110亿元的美的…项目: one project's
        figure in a sentence that names the park it lies in. The park is where the project is, not
        whose figure it is; a park's totals count projects (新签约项目27个，总投资318亿元)."""
        if park_end is None:
            return False
        # 项目 in the park's own clause (…开发区的一个船舶配套件项目，) or in the number's
        _, park_clause_end = self.index.comma_clause(park_end - 1)
        regions = [
            (park_end, min(park_clause_end, cand.start)),
            (max(park_end, cand.comma_clause[0]), cand.start),
        ]
        return self._a_projects_figure(cand, regions, or_after=True)

    def _a_projects_figure(self, cand, regions, or_after=False) -> bool:
        """Whether one project, named by a 项目 in one of `regions` (or, `or_after`, right after
        the number: 总投资110亿元的…项目), owns an investment, land or floor-area figure in a
        sentence that counts no projects."""
        text = self.text
        if cand.measure not in TABLES.project_figure_measures:
            return False
        if TABLES.project_count.search(text, *cand.sentence):
            return False
        if any(
            self._names_one_project(start, m.start())
            for start, end in regions
            for m in TABLES.project_word.finditer(text, start, end)
        ):
            return True
        after = TABLES.project_after_figure.match(text, cand.end) if or_after else None
        return bool(after) and self._names_one_project(cand.end, after.end() - 2)

    def _names_one_project(self, start, at) -> bool:
        """项目 at `at` ends one project's name, not a class (签约项目, “四新经济”项目)."""
        return not TABLES.project_class_before.search(self.text, max(start, at - 6), at)

    def _frame(self, cand) -> Attribution:
        """A sentence that names nothing: the park its paragraph is on, else the main park,
        unless the article is a round-up of several parks, where no park is the default, or
        the figure is a plant's (no_default_park_measures)."""
        if cand.measure in TABLES.no_default_park_measures:
            return Attribution(rule="no_default")  # 年产能15万辆: a plant's, whose is not said
        sentence_start, _ = cand.sentence
        focus = self._frame_in_focus(sentence_start)
        if focus:
            return focus.attribution("paragraph")
        heading = self._section_of(sentence_start)
        if heading:
            start, name, end = heading
            return Attribution(name, "park", "section", start, end, name)
        if self.roundup:
            return Attribution(rule="roundup")
        if self.shared_place:
            return Attribution(rule="district_or_zone")  # 曹妃甸区 and 曹妃甸经开区: either
        if self.main_park and not self.main_is_topic:
            return Attribution(rule="not_the_topic")  # a city's report that names a park in passing
        if self.main_park:
            start, end = self.main_mention or (None, None)
            return Attribution(self.main_park, "park", "article", start, end, self.main_park)
        return Attribution(rule="none")

    def _firm_inside(self, start, end):
        """The company named between `start` and `end` (the owner at the head of a project's
        name: 安徽锐泰新材料科技有限公司年产5万吨…项目), or None."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return next((e for e in self.events[lo:hi] if e.kind == "company" and e.end <= end), None)

    def _scope_before(self, cand):
        """全省115个省级园区: a count of the province's, not the park's. Ranks keep their subject."""
        if cand.measure == "rank":
            return None
        text = self.text
        for pattern in TABLES.scope_before:
            m = pattern.search(text, max(0, cand.start - 10), cand.start)
            if m and not self._a_share_of_the_scope(m, cand):
                scope = TABLES.scope_word.match(text, m.start())
                end = scope.end() if scope else m.end()
                name = place_name(text[m.start() : end], self.place)
                return Attribution(name, "place", "scope_before", m.start(), end)
        return self._driven_scope(cand)

    def _driven_scope(self, cand):
        """带动全市规上工业增加值增长7.9%: the growth of the place the park drives is the place's; a
        contribution in points (拉动全省…增长0.8个百分点) stays the park's."""
        reach = max(0, cand.start - TABLES.driven_scope_reach)
        m = TABLES.driven_scope.search(self.text, reach, cand.start)
        if not m or cand.unit_word.endswith("百分点"):
            return None
        start, end = m.span("scope")
        name = place_name(self.text[start:end], self.place)
        return Attribution(name, "place", "scope_before", start, end)

    def _a_share_of_the_scope(self, m, cand) -> bool:
        """占全市的41%, 占沈阳全市的41%, 高于咸宁全市4.1个百分点 (the city named first): the figure is
        the subject's share of, or margin over, the scope's; 占武汉全市1.5万家的四成: 1.5万家 is the
        city's own, as is a figure in brackets right after the scope (高于全市（2.1%）6.7个百分点)."""
        text = self.text
        if text[cand.start - 1 : cand.start] in ("（", "("):
            return False
        lead = m.start() - park_rules().home_places.ending_at(text, m.start())
        before = text[max(0, lead - 3) : lead]
        if not before.endswith(TABLES.scope_not_after):
            return False
        share = before.endswith(TABLES.scope_share_words)  # (高于咸宁全市4.1个百分点: a margin)
        return not share or lead == m.start() or "的" in text[m.start() : cand.start]

    def _group_containing(self, cand):
        """陕西7家国家级高新区: the count of a group of parks is the group's."""
        i = bisect.bisect_right(self.starts, cand.start)
        for event in self.events[max(0, i - 3) : i]:
            if event.kind in ("group", "project") and event.start <= cand.start <= event.end:
                if cand.end <= event.end:  # 长兴化学年产6万吨…项目: the project's own capacity
                    owner = self._firm_inside(event.start, cand.start)
                    return owner.attribution("project") if owner else event.attribution(event.kind)
        return None

    def _modified_entity(self, cand):
        """获得2500万元资金贷款的奥莱电子 / 总投资5亿美元科睿特项目 / 排名第二的广州开发区:
        the entity the number modifies."""
        text = self.text
        i = bisect.bisect_left(self.starts, cand.end)
        for event in self.events[i : i + 3]:
            if event.kind not in ("company", "sub_park", "park"):
                continue
            between = text[cand.end : event.start]
            if len(between) <= 14 and not any(ch in CLAUSE_END for ch in between):
                modifies = "的" in between and len(between.rsplit("的", 1)[1]) <= 6
                if event.kind == "park" and between != "的":
                    modifies = False  # 排名第二的广州开发区, not 总投资5亿元的项目落户高新区
                elif between == "" and cand.kind not in ("count", "person"):
                    modifies = True
                if modifies and event.anaphoric:
                    return Attribution(rule="class_threshold")  # 营业收入超过千亿元的开发区7个
                if modifies and self._names_a_project_after(cand, event):
                    return Attribution(
                        rule="one_project"
                    )  # 总投资8亿元的…产业集聚区标准化厂房三期项目
                if modifies:
                    return event.attribution("modified")
            break
        m = TABLES.modified_facility.match(text, cand.end)
        if m:  # 仅用40天建成的高新技术展示中心: a project or facility no gazetteer knows
            name = m.group("name") + (
                "" if m.group("suffix") in TABLES.facility_suffix_dropped else m.group("suffix")
            )
            return Attribution(name, "project", "modified", m.start("name"), m.end())
        return None

    def _went_to_a_park(self, cand):
        """…新签约项目中，落户吉林高新区的11个、总投资58.3亿元: a clause opened by what went to a
        park (落户, 入驻 … <park>的) counts what that park received."""
        clause_start = cand.comma_clause[0]
        m = TABLES.went_to.match(self.text, clause_start)
        if not m:
            return None
        i = bisect.bisect_left(self.starts, m.end())
        event = self.events[i] if i < len(self.events) else None
        if (
            event is None
            or event.start != m.end()
            or event.kind != "park"
            or not self.text.startswith("的", event.end)
            or event.end >= cand.start
        ):
            return None
        return event.attribution("modified")

    def _names_a_project_after(self, cand, event) -> bool:
        """总投资8亿元的正阳县产业集聚区标准化厂房三期项目: the park the number modifies opens the
        name of a project in it; the figure is the project's. (A sub-park named so, 黄海数字智谷
        产业园项目, is the place the project builds, and keeps it.)"""
        if event.kind != "park" or cand.measure not in TABLES.project_figure_measures:
            return False
        m = TABLES.project_word.search(self.text, event.end, event.end + PROJECT_NAME_TAIL)
        return bool(m) and not any(ch in CLAUSE_END for ch in self.text[event.end : m.start()])

    def _clause_topic(self, cand):
        """The entity the number's sentence is about, up to the number: the last one named
        as a topic (not as an object, a list member or a compared entity). The walk runs over
        the whole sentence (to 。): a segment after ； that names nothing keeps the subject
        before it (…同比增长8.9%；实现工业总产值5128.4亿元), one that names a park takes it."""
        sentence_start, _ = self.index.full_sentence(cand.start)
        sentence_start = max(sentence_start, cand.start - REACH)  # linear on unpunctuated text
        clause_start, _ = cand.comma_clause
        topic, topic_segment, area = None, None, None
        lo = bisect.bisect_left(self.starts, sentence_start)
        hi = bisect.bisect_left(self.starts, cand.start)
        for event, segment in zip(self.events[lo:hi], self.segments[lo:hi]):
            if event.end > cand.start:
                continue
            if topic and segment != topic_segment and topic.kind not in AREA_KINDS:
                topic = area  # ② 长江存储…项目: one segment's company or project is not the next's
            chosen = self._topic_after(topic, event, cand, new_segment=segment != topic_segment)
            if chosen is not topic:
                topic, topic_segment = chosen, segment
                if chosen and chosen.kind in AREA_KINDS:
                    area = chosen
        if topic and topic.kind not in AREA_KINDS:
            if self.index.sentence(cand.start)[0] != topic_segment:
                topic = area
        if topic and topic.kind == "project" and not topic.name:
            rule = "project_heading" if topic.anaphoric else "unresolved_anaphor"
            return Attribution(rule=rule, start=topic.start, end=topic.end)
        if not topic or not topic.name:
            return None
        return topic.attribution("clause" if topic.start >= clause_start else "sentence")

    def _prose_follows(self, end) -> bool:
        """Whether the paragraph after a name's line is prose (规划面积6.42平方公里，分两个区块。),
        so the line heads it, not a line a sentence broke (江苏常州经济开发区|蝉联全国第一)."""
        if end >= len(self.text):
            return False
        n_start, n_end = self.index.paragraph(end + 1)
        paragraph = self.text[n_start:n_end]
        return len(paragraph) >= HEADING_PROSE_MIN and any(ch in paragraph for ch in "，。；")

    def _shared_by_a_list(self, cand) -> bool:
        """河口边境经济合作区、昌宁产业园区、盈江产业园区…同比增长均超过50%: one threshold all the
        listed reached; whose number it is, each of them, none alone."""
        text = self.text
        before = text[max(cand.comma_clause[0], cand.start - SHARED_REACH) : cand.start]
        if not TABLES.shared_marker.search(before):
            return False
        start = self.index.sentence(cand.start)[0]
        return bool(LIST_MARK.search(text, start, cand.start))

    def _in_an_aside(self, event, cand) -> bool:
        """Whether `event` is named inside brackets closed before the number, among other words
        (（未含新获批的潜江高新区）); a name that fills its brackets is an alias of the name before
        it (平房区（哈经开区）), and speaks for it."""
        key = (event.start, event.end)
        if key not in self.asides:  # read once per event: every number after it asks again
            self.asides[key] = _aside_closing(self.text, event.start, event.end)
        closing = self.asides[key]
        return closing is not None and closing < cand.start

    def _topic_after(self, topic, event, cand, new_segment):
        """The topic once `event` is read: `event`, or the topic before it."""
        if topic and topic.kind == "project" and event.end <= topic.end:
            # a name inside the project's (BioBAY in 信达生物在BioBAY建设的…项目), but the
            # company that owns it (长江存储…扩产项目) is the better subject
            return event if event.kind == "company" else topic
        if self._is_compared(event):
            return topic  # 比排名第二的广州开发区高出…: the compared one is never the subject
        if self._in_an_aside(event, cand):
            return topic  # 31个高新区（未含新获批的潜江高新区）实现…: an aside, not the topic
        if event.kind in ("project", "company", "sub_park") and _a_venue(self.text, event.start):
            return topic  # 保定高新区在长城汽车…项目现场举行…开工活动: where, not whose
        if event.kind in ("place", "group", "project"):
            return event
        if event.kind == "park":
            if event.anaphoric and topic and topic.kind == "group":
                return topic  # 国家高新区实现…；园区生产总值…: 园区 is the group's
            keep = (
                topic
                and topic.kind in ("company", "sub_park", "project")
                and not new_segment
                and not self._opens_a_later_clause(event, topic)
            )
            if topic and topic.name is None and topic.anaphoric:
                keep = False  # 重大项目方面，上半年园区新签约…: the park's own figures
            return topic if keep else event
        if event.kind == "anaphor":
            word = self.text[event.start : event.end]
            found = self._focus(event.start, word)
            if found or not word.startswith(DEMONSTRATIVES):
                return found or topic
            # 该工程…总投资约2.36亿元: a project or firm no rule named; not the park's figure
            # (a bare 项目 may be the park's projects, and keeps the frame)
            return Event(event.start, event.end, "project", None)
        if self._is_object(event.start):
            return topic  # 引进永励电机, 与金雨茂物合作: not what the clause is about
        if (
            event.kind == "sub_park"
            and topic
            and topic.kind == "company"
            and not new_segment
            and not self._opens_a_later_clause(event, topic)
        ):
            return topic  # 台积电在台中园区扩建…: where the firm builds, not whose figure it is
        if event.kind == "sub_park" and event.end == cand.start:
            return event  # 臺南園區1,043公頃: a place right before its own figure
        if self._is_list_member(event.end, cand.start):
            # a group: 科睿特、巨擘等项目
            return topic if topic and topic.kind in ("park", "place", "group") else None
        if self._is_topic(event.end):
            return event
        return topic

    def _opens_a_later_clause(self, event, topic) -> bool:
        """Whether a park opens a comma clause after the topic's figure as what it is about (…的
        滨海化工产业园实现营收986.4亿元，寿光羊口化工产业园实现营收512.7亿元): a peer's own figure,
        not a sub-park's or firm's park named after it (…项目落户经开区)."""
        clause_start, _ = self.index.comma_clause(event.start)
        i = bisect.bisect_left(self.number_starts, topic.end)
        return (
            not event.anaphoric
            and topic.name is not None
            and i < len(self.number_starts)
            and self.number_starts[i] < clause_start
            and not self.text[clause_start : event.start].strip()
            and self._is_topic(event.end)
        )

    def _group_before_in_paragraph(self, position) -> bool:
        paragraph_start = self.index.paragraph(position)[0]
        return any(paragraph_start <= s < position for s, _ in self.group_spans)

    def _park_in_focus(self, position):
        """(start, name, end) of the park named last before `position` in its paragraph: in a
        round-up of several parks, 园区 and a sentence naming no park are about the park the
        paragraph is on; else the park whose section it is in (a paragraph that is nothing but
        a park's name heads a section: 🔹江苏常州经济开发区)."""
        found = self._last_in_paragraph(self.named_starts, self.named, position)
        if found:
            return found
        j = bisect.bisect_left(self.headings, (position,))
        return self.headings[j - 1] if j else None

    def _section_of(self, position):
        """(start, name, end) of the park heading the section `position` is in (🔹江苏常州经济
        开发区 on a line of its own, then its paragraphs), unless a later paragraph named another
        park: then the section has moved on without a heading."""
        j = bisect.bisect_left(self.headings, (position,))
        if not j:
            return None
        heading = self.headings[j - 1]
        p_start, p_end = self.index.paragraph(heading[0])
        marked = any(
            not is_hanzi(ch) and not ch.isspace() for ch in self.text[p_start : heading[0]]
        )
        if not p_start or not (marked or self._prose_follows(p_end)):
            return None  # a bare name line may be a broken sentence, the first one the headline
        i = bisect.bisect_left(self.named_starts, position)
        if i and self.named[i - 1][0] > heading[2] and self.named[i - 1][1] != heading[1]:
            return None
        return heading

    def _framing(self, events):
        """(start, end, event) of the parks a paragraph can be on, and of the places inside
        them (贵安综合保税区…举行。此次集中投产项目8个): a sub-park's figures roll up to its
        parent all the same. A compared park is not what a paragraph is on."""
        return sorted(
            ((e.start, e.end, e) for e in events if e.kind in ("park", "sub_park")
             and not self._is_compared(e)),
            key=lambda framing: framing[:2],  # two mentions of one span never compare events
        )  # fmt: skip

    def _frame_in_focus(self, position):
        """The park or sub-park named last before `position` in its paragraph, as an event."""
        found = self._last_in_paragraph(self.framing_starts, self.framing, position)
        return found[2] if found else None

    def _last_in_paragraph(self, starts, items, position):
        """The last of `items` (sorted (start, …) tuples) starting before `position` in its
        paragraph, or None."""
        i = bisect.bisect_left(starts, position)
        if i and items[i - 1][0] >= self.index.paragraph(position)[0]:
            return items[i - 1]
        return None

    def _is_compared(self, event) -> bool:
        """比广州开发区高出…, 与合肥高新区相比, 在全省115个省级园区中位列第7, 位于郑州航空港
        经济综合实验区: the entity is compared with, is the set the subject is ranked in, or is
        where the subject lies."""
        if event.start in self.compared:
            return self.compared[event.start]
        text = self.text
        if text[max(0, event.start - 3) : event.start].endswith(TABLES.located_in_before):
            self.compared[event.start] = True
            return True
        before = text[max(0, event.start - TABLES.ranked_in_reach) : event.start]
        if TABLES.ranked_in_before in before and TABLES.ranked_in.match(text, event.end):
            return True  # 在2021年全省省级以上开发区综合评价中: the set it is ranked in
        clause_start, clause_end = self.index.comma_clause(event.start)
        clause_start = max(clause_start, event.start - COMPARED_REACH)
        clause_end = min(clause_end, event.end + COMPARED_REACH)
        # searched to the clause end: 与X相比 needs to see the 相比 after X
        m = TABLES.compared_before.search(text, clause_start, clause_end)
        found = bool(m) and m.start() < event.start
        # 兰州经开区还与乌鲁木齐经开区、东营经开区签订了战略合作协议: partners, not the topic
        found = found or (
            TABLES.partner_before.search(text, clause_start, event.start) is not None
            and TABLES.partner_deal.search(text, event.end, clause_end) is not None
        )
        self.compared[event.start] = found
        return found

    def _is_object(self, start):
        head = self.text[max(0, start - 4) : start].rstrip('“「"‘')
        return head.endswith(TABLES.not_topic_before)

    def _is_list_member(self, end, number_start):
        after = self.text[end : end + 1]
        if after in ("等", "、", "和", "及", "与") or end >= number_start - 1:
            return True
        # 鲁晟新材高强铝合金型材、…等9个新建项目: a firm heading one item of the list a number
        # counts (等 right before it, no other number in between)
        if TABLES.counted_list_after_item.match(self.text, end, number_start):
            return True  # 京东方柔性显示模组扩能项目等28个重点项目建设，计划完成投资42亿元
        if not self.text[:number_start].endswith("等"):
            return False
        mark = LIST_ITEM_END.search(self.text, end, number_start)
        between = self.text[end:number_start]
        return mark.group() in "、等" and not any(c.isdigit() for c in between)

    def _is_topic(self, end):
        after = self.text[end : end + 6]
        return not after.startswith(TABLES.not_topic_after)

    def _focus(self, position, word=""):
        """The company or project an anaphor (该项目, 其) points back to; 项目, 企业 and 公司
        never point to a place inside a park."""
        text = self.text
        firms = any(w in word for w in TABLES.firm_anaphor_words)
        kinds = ("company", "project") if firms else FOCUS
        i = bisect.bisect_left(self.starts, position)
        for event in reversed(self.events[max(0, i - 12) : i]):
            if position - event.start > 400:
                break
            if event.kind not in kinds and not (
                event.kind == "sub_park"
                and text.startswith(TABLES.named_as_project_after, event.end)
            ):  # 黄海数字智谷产业园项目 … 项目将…: a place named as a project is one
                continue
            after = text[event.end : event.end + 6]
            if after.startswith(_LONG_NOT_TOPIC_AFTER):
                continue
            return event
        return None


_LONG_NOT_TOPIC_AFTER = tuple(w for w in TABLES.not_topic_after if len(w) > 1)
FOCUS = ("company", "sub_park", "project")
DEMONSTRATIVES = ("该", "此", "这")
BREAKS = "，," + SENTENCE_ENDS  # what ends the run of a 分别 list's numbers


FRAME_RULES = ("paragraph", "article")  # the subject rules that default, naming nothing new

GROUP_HEAD = 16  # characters a group's scope, count and level take before its kind word
# What ends the rest of a list item after a name in it: the next item, the list's end, or a clause.
LIST_ITEM_END = re.compile(r"[、等，,。；;：:！？!?\n]")
PROJECT_HEAD = 50  # characters a project's name and its list marker take before its last word
PROJECT_TAIL_LOOKAHEAD = 12  # characters the pattern reads after the name (，or 项目总投资)


def park_groups(text) -> list[tuple[int, int]]:
    """(start, end) of every group of parks (全省184个开发区). The pattern may start at any
    hanzi, so it is tried only in a short window before each zone word, which are few."""
    found, last_end = [], 0
    for kind in TABLES.park_kind_words.finditer(text):
        if kind.start() < last_end:
            continue
        lo = max(last_end, kind.start() - GROUP_HEAD)
        if not TABLES.group_markers.search(text, lo, kind.start() + 2):
            continue  # no scope word, count or 国家 before it: a park's own name
        m = TABLES.park_groups.search(text, lo, kind.end())
        if m and m.start() <= kind.start():
            m = TABLES.park_groups.match(text, m.start())  # with the kinds joined after it
            last_end = m.end()
            # 签约5个产业园区项目: a count of projects, not a group of parks
            if not text.startswith(park_rules().project_name_after, m.end()):
                found.append((m.start(), m.end()))
    return found


QUOTE_OPEN = re.compile("[「“]")
QUOTE_REACH = 200  # characters of a quotation searched for its ends
# Characters before a number an unnamed firm (另有一家…企业拟投资) is looked for in.
UNNAMED_FIRM_REACH = 40
SPEAKER_GAP = 4  # characters between a closing quote and its speaker's firm (漳州|灿坤)


def class_groups(text) -> list[tuple[int, int]]:
    """(start, end) of the zones a threshold picks out (营收规模超百亿元的开发区有6个, 主营业务收入
    过百亿元的园区): a class of parks, not the park the article is on."""
    found = []
    for kind in TABLES.park_kind_words.finditer(text):
        if text[kind.start() - 1 : kind.start()] != "的":
            continue
        m = TABLES.class_modifier_before.search(
            text, max(0, kind.start() - GROUP_HEAD), kind.start()
        )
        if m:
            found.append((m.start(), kind.end()))
    return found


def sum_groups(text) -> list[tuple[int, int]]:
    """(start, end) of several subjects added up (三家合计): tried only before a sum word."""
    found = []
    for word in TABLES.sum_words.finditer(text):
        m = TABLES.sum_groups.search(text, max(0, word.start() - GROUP_HEAD), word.end())
        if m and m.end() == word.start():
            found.append((m.start(), m.end()))
    return found


def _district_of_main_zone(text, main_park) -> str | None:
    """The district or county the main zone is named after, where the article names it in its
    own right (曹妃甸区 beside 曹妃甸经开区; not 长沙经开区（长沙县）, one administration)."""
    place = zone_place(main_park)
    if not place:
        return None
    county_city = () if is_prefecture_city(place) else (TABLES.county_city_level,)
    levels = TABLES.shared_place_levels + county_city
    for level in levels:  # 嵊州市 beside 嵊州经济开发区: a county-level city, not 日照市
        name = place + level
        if any(f"{name}{b}" in text or f"{b}{name}" in text for b in "（()）"):
            continue  # 长沙经开区（长沙县）, 浑南区（沈阳高新区）: written as one with a zone
        at = text.find(name)
        while at >= 0:
            if not starts_a_park_suffix(text, at + len(name)):
                return name  # (武陟县产业集聚区 is the zone's own name)
            at = text.find(name, at + 1)
    return None


HEADING_MAX = 40  # characters of a line that is a park's name with its bullets


def _section_headings(text, index, named, title="") -> list[tuple[int, str, int]]:
    """(start, name, end) of the parks whose name is a paragraph of its own: a section heading;
    not the headline repeated in the body (# 山东鱼台经济开发区)."""
    headings = []
    places = park_rules().park_places
    headline = "".join(ch for ch in title or "" if is_hanzi(ch))
    for start, name, end in named:
        p_start, p_end = index.paragraph(start)
        if p_end - p_start > HEADING_MAX:
            continue  # a heading is a short line
        if headline and "".join(ch for ch in text[p_start:p_end] if is_hanzi(ch)) == headline:
            continue
        before = "".join(ch for ch in text[p_start:start] if is_hanzi(ch) or ch.isalnum())
        after = [ch for ch in text[end:p_end] if is_hanzi(ch) or ch.isalnum()]
        if not after and (not before or places.covers(before.rstrip("省市"))):
            headings.append((start, name, end))  # 🔹江苏省|溧阳高新技术产业开发区
    return headings


def _is_the_articles_topic(text, index, parks, named, main_park, title) -> bool:
    """Whether the main park is what the article is about, so that a figure naming nothing is
    its: the headline names it, or the lead (the first paragraph of prose) names it as what it
    is about, not as where a project lands (华侨城·临空云谷落户孝感临空经济区) nor as compared
    with. A city's or a county's report that names a park only further down
    (鄂尔多斯1-9月份亿元以上重点工业项目进展情况) has no default park."""
    if not main_park:
        return False
    surfaces = {text[p.char_start : p.char_end] for p in parks if p.name == main_park}
    if not surfaces:
        return True  # a main park the caller knows without a mention: taken as given
    if title and any(form and form in title for form in surfaces | {main_park}):
        return True
    kind = next((p.kind for p in parks if p.name == main_park), None)
    if title and kind and _headline_names_kind(title, kind, main_park):
        return (
            True  # 上半年经开区规上工业增加值增长19.2%: the headline's bare 经开区 is the main park
        )
    lead = index.lead()
    return any(
        name == main_park and start < lead[1] and not _a_venue(text, start)
        for start, name, _ in named
    )


def _aside_closing(text, start, end) -> int | None:
    """Where the brackets close that a name from `start` to `end` is an aside in, among other
    words, or None: not in open brackets, or the name fills them (an alias)."""
    lo = max(0, start - ASIDE_REACH)
    opened = max(text.rfind("（", lo, start), text.rfind("(", lo, start))
    if opened < 0 or max(text.rfind("）", opened, start), text.rfind(")", opened, start)) >= 0:
        return None
    closes = [i for i in (text.find("）", end), text.find(")", end)) if i >= 0]
    if not closes:
        return None
    closing = min(closes)
    return closing if text[opened + 1 : start].strip() or text[end:closing].strip() else None


def _a_venue(text, start) -> bool:
    """仪式在西安经开区泾渭新城…现场举行: the lead names the park as where an event is held, and a
    district's report is not the park's."""
    if text[max(0, start - 1) : start] not in TABLES.venue_before or start < 2:
        return False
    if not is_hanzi(text[start - 2]):
        return False  # 在合肥高新区，新签约…: 在 opening a clause sets the topic's place
    return TABLES.venue_event.search(text, start, start + VENUE_REACH) is not None


def _headline_names_kind(title, kind, park) -> bool:
    """Whether a headline names a park of `kind` by a bare short form (经开区, 高新区) that stands
    alone: at its start, after a period (上半年|经开区) or a function word, not after a place's
    or a group's modifier (全市开发区, 金牌港开发区)."""
    R = park_rules()
    for m in R.bare_re.finditer(title):
        kinds = R.bare_forms[m.group()]
        written_short = any(  # 雅安经济开发区 is written 经开区
            park.endswith(long) and m.group() == short for long, short in R.one_park_endings.items()
        )
        if not kinds or not (kind in kinds or written_short):
            continue
        if R.generic_park_modifiers.ending_at(title, m.start()):
            continue
        before = title[m.start() - 1 : m.start()]
        if not before or not is_hanzi(before) or before in HEADLINE_LEFT_CHARS:
            return True
    return False


VENUE_REACH = 40  # characters after the park in which the event is held
HEADLINE_LEFT_CHARS = "年月度季日"  # 上半年|经开区, 一季度|高新区, 1—8月|开发区


def _inside_a_name(text, start) -> bool:
    """园区 in 产业园区: the character before it binds to it."""
    before = text[start - 1 : start]
    return bool(before) and is_hanzi(before) and before not in TABLES.anaphor_left_words


def _is_roundup(text, index, named, groups) -> bool:
    """A round-up of several parks: its headline names a group of parks, or its lead opens a
    clause with one, or its body names at least `roundup_parks` parks. No park is its default
    subject."""
    if len({name for _, name, _ in named}) >= TABLES.roundup_parks:
        return True
    headline_end = index.paragraph(0)[1]
    lead_end = index.paragraph(headline_end + 1)[1] if headline_end < len(text) else headline_end
    for start, _ in groups:
        if start > lead_end:
            break
        sentence_start = index.sentence(start)[0]
        if any(sentence_start <= s < start for s, _, _ in named):
            continue  # 万州经开区打造五大特色产业园区: the park's own parts, not a round-up
        if start < headline_end or TABLES.clause_opening.fullmatch(
            text, index.comma_clause(start)[0], start
        ):
            return True
    return False


def _places(text, index, place, period_mentions=()):
    """全市, 全省, 苏州市 opening a clause: the clause is about the place (全市规上工业总产值
    增长5%), until a park is named after it. Named as the place the word stands for. Only
    clauses holding a place's last character are tried."""
    events, tried = [], set()
    for trigger in TABLES.clause_scope_trigger.finditer(text):
        start = index.comma_clause(trigger.start())[0]
        if start in tried:
            continue
        tried.add(start)
        m = TABLES.clause_scope_start.match(text, start)
        if m:
            name = place_name(m.group("place"), place)
            events.append(Event(m.start("place"), m.end("place"), "place", name))
    named = {e.start for e in events}
    for m in TABLES.district_whole.finditer(
        text
    ):  # 万州全区规上工业产值…: a county's or district's
        n = park_rules().park_places.ending_at(text, m.start())
        start = m.start() - n
        if n and start not in named and index.comma_clause(m.start())[0] in (start, start - 2):
            events.append(Event(start, m.end(), "place", place_name(text[start : m.end()], place)))
    events.sort(key=lambda e: e.start)
    taken = {e.start for e in events}
    # past the spaces a PDF or a spaced page puts after a comma (同期 ， 盘锦全市…)
    clause_starts = [0, *map(_NEXT, index.comma_ends)]
    if SPACED.search(text):  # rare: most texts hold no space to step over
        clause_starts = [
            _past_spaces(text, at) if text[at : at + 1] in SPACES else at for at in clause_starts
        ]
    opening = set(clause_starts)
    after_a_period = [
        _past_spaces(text, end) for start, end, *_ in period_mentions or () if start in opening
    ]
    after_qizhong = [  # 其中郑州市…
        m.end() for m in QIZHONG.finditer(text) if m.start() in opening
    ]
    # 广梅产业园所在的梅县区增长9.1%: the place a park lies in, named after it, is the subject
    home = [m.end() for m in TABLES.where_it_lies.finditer(text)]
    for start, end, name in places_named_at(
        text, clause_starts + after_a_period + after_qizhong + home
    ):
        if start not in taken:
            events.append(Event(start, end, "place", name))  # 苏州规上工业总产值…: no 市
    return sorted(events, key=lambda e: e.start)


SPACES = frozenset(" \u3000")
SPACED = re.compile("[ \u3000]")
QIZHONG = re.compile("其中")
_NEXT = (1).__add__


def _past_spaces(text, at):
    while text[at : at + 1] in SPACES:
        at += 1
    return at


def _declared_parties(text, companies, covered):
    """本公司 and 乙方 after the firm an article declared them for (绿港国际物流控股有限公司（下称
    「本公司」）…本公司上半年录得收益18.36亿港元; …供应链有限公司（乙方）…乙方注册资本2亿元): events
    of that firm. A word declared for no firm (管理委员会（甲方）) stands for nobody."""
    events = []
    for c in companies or ():
        m = TABLES.party_declaration.match(text, c.char_end)
        if not m:
            continue
        word, at = m.group(1), m.end()
        while (at := text.find(word, at)) >= 0:
            if not inside_spans(covered, at, at + len(word)):
                events.append(Event(at, at + len(word), "company", c.name))
            at += len(word)
    return events


def _firm_words(text, covered, issuer):
    """Words that stand for a firm or project: in a company's notice 本公司, 公司, 乙方 (the
    issuer); a 项目方面 heading (projects no rule named); anaphors (该项目, 其)."""
    events = []
    if issuer:
        for m in TABLES.notice_issuer_words.finditer(text):
            if not inside_spans(covered, m.start(), m.end()):
                events.append(Event(m.start(), m.end(), "company", issuer))
    for m in TABLES.project_headings.finditer(text):
        lo = max(0, m.start() - TABLES.project_heading_reach)
        opening = max(text.rfind(ch, lo, m.start()) for ch in "，,。；;\n")
        if opening >= 0 or lo == 0:  # the heading opens its clause
            start = opening + 1 if opening >= 0 else 0
            events.append(Event(start, m.end(), "project", None, anaphoric=True))
    for m in TABLES.company_anaphors.finditer(text):
        if not inside_spans(covered, m.start(), m.end()):
            events.append(Event(m.start(), m.end(), "anaphor", None))
    return events


def _projects(text):
    """① 华为武汉研究所三期项目，总投资110亿元: a named project opening a list item or a
    sentence is the subject of the figures in it."""
    events, last_end = [], 0
    for tail in TABLES.project_tail.finditer(text):
        lo = max(last_end, tail.end() - PROJECT_HEAD)
        m = TABLES.project_head.search(text, lo, tail.end() + PROJECT_TAIL_LOOKAHEAD)
        if not m or m.end("name") != tail.end():
            continue
        last_end = m.end()
        name = m.group("name")
        if name.startswith(TABLES.project_generic_starts):
            continue
        if TABLES.quantity.search(TABLES.capacity_in_name.sub("", name)):
            continue  # a figure in the name, unless it is the plant's capacity (年产6万吨…项目)
        if TABLES.project_not_anywhere.search(name):
            continue  # 苏州工业园区作为…重要合作项目: a description, not a name
        if TABLES.project_not_inside.search(name.rsplit("的", 1)[-1]):
            continue  # 乙方拟在长春新区投资建设生产基地: a plan, not a name
        events.append(Event(m.start("name"), m.end("name"), "project", name))
    return events


def respectively_map(text, index, events, candidates) -> dict:
    """number start → Attribution for the numbers of 分别 lists (宝鸡高新区、杨凌示范区分别实现
    营业收入986.2亿元、312.5亿元). The listed members are read from the text, so a member no
    gazetteer knows still counts; a list whose length differs from its numbers is left empty."""
    found = {}
    starts = [c.start for c in candidates]
    event_starts = [e.start for e in events]
    members = None
    last_sentence = None
    for m in TABLES.respectively.finditer(text):
        sentence = index.full_sentence(m.start())
        listed = _listed_members(text, index, events, event_starts, m.start())
        clause_start = index.comma_clause(m.start())[0]
        reuse = sentence == last_sentence and members
        if (
            not listed
            and clause_start > sentence[0]
            and not (reuse and _says_respectively(text, index, clause_start - 1))
            and len(text[clause_start : m.start()].strip()) <= RESPECTIVELY_MEASURE_MAX
        ):  # …，分别增长 / …，排名分别为: the measure alone stands before 分别
            # 文昌国际航天城和临高金牌港开发区的投资增速更为亮眼，分别增长…: the clause before
            listed = _listed_members(text, index, events, event_starts, clause_start - 1)
            if not listed and not reuse:  # A实现营收986.4亿元，B实现营收512.7亿元，分别增长…
                listed = _clause_subjects(
                    index, events, event_starts, starts, sentence[0], m.start()
                )
        if listed:
            members = listed
        elif sentence != last_sentence:
            members = None  # 同比分别增长…: the list named before it in the same sentence
        last_sentence = sentence
        numbers = _listed_numbers(text, candidates, starts, m.end(), sentence[1])
        if not numbers:
            continue
        if not listed and text.startswith("的", numbers[-1].end):  # 分列第四、第五位的A、B
            after = index.comma_clause(numbers[-1].end)[1]
            members = _listed_members(text, index, events, event_starts, after) or members
        if not members:
            continue  # 投资额和数量分别占…: measures of one subject, not a list of subjects
        if len(members) != len(numbers):
            for cand in numbers:
                found[cand.start] = Attribution(rule="respectively_mismatch")
            continue
        for cand, member in zip(numbers, members):
            found[cand.start] = member
    return found


def _starts_at(starts, position) -> bool:
    """Whether a mention starts at `position` (`starts` sorted)."""
    i = bisect.bisect_left(starts, position)
    return i < len(starts) and starts[i] == position


def _says_respectively(text, index, at) -> bool:
    """Whether the comma clause at `at` has a 分别 of its own (…分别实现…，同比分别增长…: the
    second list reuses the first's members); a clause without one that lists subjects (…，A和B
    进入前五，分别位列第三和第五) names new members."""
    start, end = index.comma_clause(at)
    start, end = max(start, at - REACH), min(end, at + REACH)  # linear when unpunctuated
    return TABLES.respectively.search(text, start, end + 1) is not None


def _listed_members(text, index, events, starts, at):
    """The members written right before 分别, as attributions, or None when no list is there."""
    clause_start = max(index.comma_clause(at)[0], at - REACH)
    head = text[clause_start:at]
    lead = TABLES.list_lead.match(head)
    offset = clause_start + (lead.end() if lead else 0)
    modified = text.rfind("的", offset, at)  # 分列第四、第五位的|九江经开区、上饶经开区，…分别为
    if modified >= 0 and _starts_at(starts, modified + 1):
        offset = modified + 1
    pieces, cursor = [], offset
    end = _end_of_the_members(text, offset, at)
    for joint in TABLES.member_split.finditer(text, offset, end):
        pieces.append((cursor, joint.start()))
        cursor = joint.end()  # (以及 is two characters)
    pieces.append((cursor, end))
    if len(pieces) < 2 or any(e - s < 2 for s, e in pieces):
        return None
    members, named, named_first = [], 0, False
    lo = bisect.bisect_left(starts, offset)
    for i, (s, e) in enumerate(pieces):
        inside = [
            ev
            for ev in events[lo : bisect.bisect_left(starts, e)]
            if s <= ev.start and ev.end <= e and ev.kind in TOPIC_KINDS
        ]
        if inside:
            named += 1
            named_first = i == 0 and text[inside[-1].end : e].strip() != ""
            members.append(inside[-1].attribution("respectively"))
        else:
            members.append(Attribution(text[s:e].strip(), None, "respectively", s, e))
    if named == 1 and named_first:
        return None  # 新华工业园区固定资产投资、销售收入、税收…分别: one subject's measures
    if not named and all(_names_a_place(text, s, e) for s, e in pieces):
        # 文昌国际航天城和临高金牌港开发区: parks no list knows, by the places they are named
        # after; their figures are theirs, whoever they roll up to
        return [
            Attribution(_member_name(text, s, e), None, "respectively", s, e) for s, e in pieces
        ]
    # 投资额和数量分别占…: measures of one subject, unless a member names an entity
    return members if named else None


def _clause_subjects(index, events, event_starts, number_starts, start, at):
    """The subjects of the clauses before a measure's 分别 in its sentence, each clause with a
    figure of its own (其中，…的滨海化工产业园实现营收986.4亿元，寿光羊口化工产业园实现营收512.7
    亿元，分别增长4.9%和6.3%): the entity named last before the clause's first number. None
    unless every such clause names one, and no two the same."""
    members, position = [], start
    while position < at:
        c_start, c_end = index.comma_clause(position)
        c_end = min(c_end, at)
        i = bisect.bisect_left(number_starts, c_start)
        if i < len(number_starts) and number_starts[i] < c_end:
            first = number_starts[i]
            lo, hi = (
                bisect.bisect_left(event_starts, c_start),
                bisect.bisect_left(event_starts, first),
            )
            inside = [ev for ev in events[lo:hi] if ev.kind in TOPIC_KINDS and ev.end <= first]
            if not inside or not inside[-1].name:
                return None
            members.append(inside[-1].attribution("respectively"))
        position = c_end + 1
    names = [m.subject for m in members]
    return members if len(names) >= 2 and len(set(names)) == len(names) else None


def _end_of_the_members(text, start, at):
    """Where the members end: at the 的 after the last of them, when one follows a joint
    (广州、南沙经开区的研究与试验发展经费投入强度分别…: 与 inside the measure joins no members)."""
    joint = TABLES.member_split.search(text, start, at)
    if joint is None:
        return at
    de = text.find("的", joint.end(), at)
    return de if de > 0 else at


def _member_name(text, start, end) -> str:
    """The name a list member opens with: up to its zone word (临高金牌港开发区|投资增长较快),
    else up to 的."""
    piece = text[start:end]
    zone = park_rules().park_suffix_re.search(piece)
    return (piece[: zone.end()] if zone else piece.split("的")[0]).strip()


def _names_a_place(text, start, end) -> bool:
    """Whether a list member opens with a place's name (文昌国际航天城, 临高金牌港开发区)."""
    while start < end and not is_hanzi(text[start]):
        start += 1
    return bool(park_rules().park_places.starting_at(text, start))


def _listed_numbers(text, candidates, starts, after, sentence_end):
    """The numbers of the list that starts after 分别: joined by 、 和 及, in one clause run."""
    i = bisect.bisect_left(starts, after)
    numbers = []
    while i < len(candidates) and candidates[i].start < sentence_end:
        cand = candidates[i]
        if numbers:
            between = text[numbers[-1].end : cand.start]
            if not TABLES.list_joint.fullmatch(between):
                break
        elif any(ch in BREAKS for ch in text[after : cand.start]):
            break
        numbers.append(cand)
        i += 1
    return numbers


def notice_issuer(text: str, companies) -> str | None:
    """The issuer of a listed company's notice (证券简称：拓源精工), as the article names it, or
    None for any other article. Only the head of the text counts: a notice states it first."""
    m = TABLES.notice_issuer.search(text, 0, 400)
    if not m:
        return None
    short = m.group(1)
    for company in companies:
        if short in company.name or company.name in short:
            return company.name
    return short
