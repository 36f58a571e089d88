"""Subjects: the park or company a number belongs to, from the entity in focus where the number
stands, never the compared entity, and empty for a city's or a country's figure.
"""

import bisect

from etl.extract.candidates import Candidate
from etl.extract.metric_rules import CLAUSE_END, TABLES
from etl.extract.quantities import inside_spans


class SubjectFinder:
    """Which park or company a number is about."""

    def __init__(self, text, index, parks, companies, main_park, counted_ends=frozenset()):
        self.text = text
        self.index = index
        self.main_park = main_park
        events = []  # (start, end, kind, name)
        bare = []
        for p in parks:
            if p.is_sub_park:
                events.append((p.char_start, p.char_end, "sub_park", p.name))
            elif p.rule in ("anaphor", "short_form"):
                bare.append(p)  # 园区, 高新区: resolved to the main park by etl.entities
            else:
                events.append((p.char_start, p.char_end, "park", p.name))
        for c in companies:
            if c.char_start in counted_ends:
                continue  # 成立了4家风险投资公司: counted, not talked about
            events.append((c.char_start, c.char_end, "company", c.name))
        covered = sorted((s, e) for s, e, _, _ in events)
        named = sorted((s, name) for s, _, kind, name in events if kind == "park")
        self.named_starts = [s for s, _ in named]
        self.named = named
        for p in bare:  # … unless the paragraph names another park before it
            events.append(
                (p.char_start, p.char_end, "park", self._park_in_focus(p.char_start) or p.name)
            )
        for m in TABLES.park_anaphors.finditer(text):
            if not inside_spans(covered, m.start(), m.end()):
                events.append(
                    (m.start(), m.end(), "park", self._park_in_focus(m.start()) or main_park)
                )
        self.issuer = notice_issuer(text, companies)
        if self.issuer:  # a company's notice: 本公司, 公司, 乙方 are the issuer
            for m in TABLES.notice_issuer_words.finditer(text):
                if not inside_spans(covered, m.start(), m.end()):
                    events.append((m.start(), m.end(), "company", self.issuer))
        for m in TABLES.company_anaphors.finditer(text):
            if not inside_spans(covered, m.start(), m.end()):
                events.append((m.start(), m.end(), "anaphor", None))
        events.sort()
        self.events = events
        self.starts = [e[0] for e in events]

    def subject_of(self, cand: Candidate):
        text = self.text
        if cand.measure != "rank":
            for pattern in TABLES.scope_before:
                m = pattern.search(text, max(0, cand.start - 10), cand.start)
                if m and not text[max(0, m.start() - 2) : m.start()].endswith(
                    TABLES.scope_not_after
                ):
                    return None, None
        entity = self._relative_clause_entity(cand)
        if entity:
            return entity
        if self._about_the_city(cand):
            return None, None
        segment_start, _ = cand.sentence
        topic = None
        lo = bisect.bisect_left(self.starts, segment_start)
        hi = bisect.bisect_left(self.starts, cand.start)
        for start, end, kind, name in self.events[lo:hi]:
            if end > cand.start:
                continue
            if kind == "park":
                topic = topic if topic and topic[1] in ("company", "sub_park") else (name, "park")
            elif kind == "anaphor":
                focus = self._focus(start)
                if focus:
                    topic = focus
            elif self._is_object(start):
                continue  # 引进永励电机, 与金雨茂物合作: not what the clause is about
            elif kind == "sub_park" and end == cand.start:
                topic = (name, kind)  # 臺南園區1,043公頃: a place right before its own figure
            elif self._is_list_member(end, cand.start):
                topic = (
                    None if not topic or topic[1] != "park" else topic
                )  # a group: 科睿特、巨擘等项目
            elif self._is_topic(end):
                topic = (name, kind)
        if topic and topic[0]:
            return topic
        if self.issuer:
            return self.issuer, "company"  # a notice's figures are its issuer's
        park = self._park_in_focus(segment_start)
        if park:
            return park, "park"
        if self.main_park:
            return self.main_park, "park"
        return None, None

    def _park_in_focus(self, position):
        """The park named last before `position` in its paragraph: in a round-up of several
        parks, 园区 and a sentence naming no park are about the park the paragraph is on."""
        i = bisect.bisect_left(self.named_starts, position)
        if not i:
            return None
        start, name = self.named[i - 1]
        paragraph_start, _ = self.index.paragraph(position)
        return name if start >= paragraph_start else None

    def _about_the_city(self, cand):
        """全市规上工业总产值增长5%: the clause opens with the city or province as its subject."""
        if cand.measure == "rank":
            return False
        start, _ = cand.comma_clause
        if not TABLES.clause_scope_start.match(self.text, start, cand.start):
            return False
        lo = bisect.bisect_left(self.starts, start)
        return not any(
            s < cand.start and kind in ("park", "company", "sub_park")
            for s, _, kind, _ in self.events[lo : lo + 6]
        )

    def _relative_clause_entity(self, cand):
        """获得2500万元资金贷款的奥莱电子 / 总投资5亿美元科睿特项目: the entity the number modifies."""
        text = self.text
        i = bisect.bisect_left(self.starts, cand.end)
        for start, _end, kind, name in self.events[i : i + 3]:
            if kind not in ("company", "sub_park"):
                continue
            between = text[cand.end : start]
            if len(between) <= 14 and not any(ch in CLAUSE_END for ch in between):
                if (
                    between == ""
                    and cand.kind not in ("count", "person")
                    or "的" in between
                    and len(between.rsplit("的", 1)[1]) <= 6
                ):
                    return name, kind
            break
        m = TABLES.modified_facility.match(text, cand.end)
        if m:  # 仅用40天建成的高新技术展示中心: a project or facility no gazetteer knows
            name = m.group("name") + (
                "" if m.group("suffix") in TABLES.facility_suffix_dropped else m.group("suffix")
            )
            return name, "facility"
        return None

    def _is_object(self, start):
        head = self.text[max(0, start - 4) : start].rstrip('“「"‘')
        return head.endswith(TABLES.not_topic_before)

    def _is_list_member(self, end, number_start):
        after = self.text[end : end + 1]
        return after in ("等", "、", "和", "及", "与") or end >= number_start - 1

    def _is_topic(self, end):
        after = self.text[end : end + 6]
        return not after.startswith(TABLES.not_topic_after)

    def _focus(self, position):
        """The company or project an anaphor (该项目, 其) points back to."""
        text = self.text
        i = bisect.bisect_left(self.starts, position)
        for start, end, kind, name in reversed(self.events[max(0, i - 12) : i]):
            if position - start > 400:
                break
            if kind not in ("company", "sub_park"):
                continue
            after = text[end : end + 6]
            if after.startswith(_LONG_NOT_TOPIC_AFTER):
                continue
            return name, kind
        return None


_LONG_NOT_TOPIC_AFTER = tuple(w for w in TABLES.not_topic_after if len(w) > 1)


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
