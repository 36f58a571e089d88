"""Figures in statistics tables: a cell's number with the unit, measure and period its row
label and column header give it.

Government pages report a park's 经济运行 as a table (指标名称 | 1-9月 | 同比增长%), whose cells
write no unit: 1865.3 is 亿元 because its row reads 地区生产总值（亿元）. The clean stage joins each
row of a data table into one paragraph of kind "table", cells separated by " | ". This module
reads those paragraphs back into cells; etl/metrics.py turns each into a metric by reading the
phrase the table implies (地区生产总值1865.3亿元, 地区生产总值同比增长5.8%) with the same rules as prose.
"""

import re
from dataclasses import dataclass

from etl.extract.metric_rules import TABLES
from etl.text import CELL_SEPARATOR

CELL_BAR = CELL_SEPARATOR.strip()

NUMBER_CELL = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?")
# 6.9%: a cell that writes its own percent sign (a Markdown table's growth column)
PERCENT_CELL = re.compile(r"([-+−]?\d[\d,]*(?:\.\d+)?)\s*[%％]")
# 地区生产总值（亿元）, 增长(%), （单位：万元）: a unit in brackets closing a label or header.
UNIT_IN_BRACKETS = re.compile(r"[（(]\s*(?:单位\s*[：:]\s*)?([^（()）\d]{1,8}?)\s*[）)]\s*$")
TABLE_UNIT = re.compile(r"单位\s*[：:]\s*([^\s，,。；;)）|]{1,8}(?:[，,、]\s*[%％])?)")
# A line that is only the table's unit (单位：亿元、%), which may stand between a caption and its table.
UNIT_LINE = re.compile(r"\s*[（(]?单位[:：]")
LEADING_SUB_ITEM = re.compile(r"^(?:[\s\u3000]|其中|内\s*[：:]|[：:、])+")


@dataclass(frozen=True)
class Cell:
    start: int  # of the number in the body
    end: int
    text: str  # the number as written
    row_start: int
    row_end: int
    label: str  # the row label without its unit and 其中：
    unit: str  # 亿元, %, 个: from the column header, else the row label, else the table's 单位：
    column: int  # 1 for the first column after the label
    headers: tuple = ()  # (header without its unit, start in the body) of every column after the
    # label, empty when the table has no header row: a growth column's period is the one a
    # sibling column states (指标 | 1-9月 | 同比增长%)

    @property
    def header(self) -> tuple[str, int]:
        """(this column's header without its unit, its start), ("", -1) when it has none."""
        return self.headers[self.column - 1] if self.column <= len(self.headers) else ("", -1)


def split_cells(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the row body[start:end], stripped of spaces (the clean stage
    strips the space after a last, empty cell: "16.82 |")."""
    cells, at = [], start
    while True:
        stop = body.find(CELL_BAR, at, end)
        stop = end if stop < 0 else stop
        left, right = at, stop
        while left < right and body[left] in " \u3000":
            left += 1
        while right > left and body[right - 1] in " \u3000":
            right -= 1
        cells.append((left, right))
        if stop == end:
            return cells
        at = stop + len(CELL_BAR)


def tables_of(paragraphs) -> list[list]:
    """Runs of consecutive table paragraphs: one list of (start, end) rows per table."""
    tables, current, last_end = [], [], None
    for p in paragraphs:
        if p.kind == "table" and (current and p.start == last_end + 1 or not current):
            current.append((p.start, p.end))
        elif p.kind == "table":
            tables.append(current)
            current = [(p.start, p.end)]
        else:
            if current:
                tables.append(current)
            current = []
        last_end = p.end
    if current:
        tables.append(current)
    return tables


def unit_of(text: str) -> tuple[str | None, str]:
    """(unit, text without it): 地区生产总值（亿元） → 亿元; 同比增长% → %."""
    m = UNIT_IN_BRACKETS.search(text)
    if m:
        return m.group(1).strip(), text[: m.start()].rstrip()
    if text.endswith(("%", "％")):
        return "%", text[:-1].rstrip()
    return None, text


def _is_number(body: str, start: int, end: int) -> bool:
    return NUMBER_CELL.fullmatch(body, start, end) is not None


def table_cells(body: str, paragraphs) -> list[Cell]:
    """Every numeric cell of every table in the body that has a unit to read it with; a
    table's own unit (单位：亿元) is read from its first header cell or the text just before it."""
    found = []
    for rows in tables_of(paragraphs):
        first = split_cells(body, *rows[0])
        has_header = not any(_is_number(body, s, e) for s, e in first[1:])
        headers = [(body[s:e], s) for s, e in first] if has_header else []
        data_rows = rows[1:] if has_header else rows
        if has_header and _sub_header_row(body, data_rows, first):
            headers = _with_sub_headers(body, headers, split_cells(body, *data_rows[0]))
            data_rows = data_rows[1:]
        bare_headers = tuple((unit_of(text)[1], start) for text, start in headers[1:])
        preceding = body[max(0, rows[0][0] - 60) : rows[0][0]]
        table_unit = TABLE_UNIT.search(preceding + " " + (headers[0][0] if headers else ""))
        table_unit, growth_unit = _table_units(table_unit.group(1) if table_unit else None)
        for row_start, row_end in data_rows:
            cells = split_cells(body, row_start, row_end)
            label_start, label_end = cells[0]
            row_unit, label = unit_of(body[label_start:label_end])
            label = LEADING_SUB_ITEM.sub("", label)
            if not label:
                continue
            for column, (start, end) in enumerate(cells[1:], 1):
                percent = PERCENT_CELL.fullmatch(body, start, end)
                if percent:
                    end = percent.end(1)  # the number; the cell's own % is its unit
                elif not _is_number(body, start, end):
                    continue
                header = headers[column][0] if column < len(headers) else ""
                growth = growth_unit if header.startswith(TABLES.table_growth_headers) else None
                unit = "%" if percent else unit_of(header)[0] or growth or row_unit or table_unit
                if not unit:
                    continue  # a number no unit reads (a year, a code) is not a quantity
                found.append(
                    Cell(
                        start,
                        end,
                        body[start:end],
                        row_start,
                        row_end,
                        label,
                        unit,
                        column,
                        bare_headers,
                    )
                )
    return found


def _sub_header_row(body: str, rows: list, first: list) -> bool:
    """Whether the row under the header row heads the columns of a header spanning them (指标 |
    2024年1—10月 | then 绝对值 | 同比增长): no numbers, one cell fewer than the header row (the
    label column's cell spans both rows)."""
    if not rows:
        return False
    cells = split_cells(body, *rows[0])
    return len(cells) == len(first) - 1 and not any(_is_number(body, s, e) for s, e in cells)


def _with_sub_headers(body: str, headers: list, sub: list) -> list:
    """The header row with each empty column header filled from the row under it: the spanning
    header keeps the first column (its period), 同比增长 heads the second."""
    filled = list(headers)
    for column, (start, end) in enumerate(sub, 1):
        if column < len(filled) and not filled[column][0].strip():
            filled[column] = (body[start:end], start)
    return filled


def _table_units(written: str | None) -> tuple[str | None, str | None]:
    """(the unit of the value columns, the unit of growth columns) from 单位：亿元，%."""
    if not written:
        return None, None
    first, *rest = re.split(r"[，,、]\s*", written)
    return first, ("%" if rest and rest[-1] in ("%", "％") else None)
