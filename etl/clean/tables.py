"""Data tables: each row of an HTML table becomes one block of its cells joined by the cell
separator, a spanned cell kept as empty cells so columns stay aligned.
"""

from etl.clean.rules import Block
from etl.text import CELL_SEPARATOR

TABLE_TAGS = frozenset(("table", "tr", "td", "th"))


def join_table_rows(blocks: list, node_tags: dict, row_cells: dict) -> list:
    """One block per row of a data table, its cells joined by " | " (an empty cell stays, so
    columns line up): a statistics table's numbers read with their row label and column
    header. A layout table, whose cells hold paragraphs or other tables, is left alone."""

    def cell_and_row(block):
        cell = None
        for node in reversed(block.ancestors):
            tag = node_tags.get(node)
            if tag is None:
                continue
            if cell is None and tag in ("td", "th"):
                cell = node
            elif cell is not None and tag == "tr":
                return cell, node
            elif tag in ("table", "tr"):
                return None, None
        return None, None

    rows: dict = {}  # tr → {cell: [texts]}, or None when a block makes the row a layout row
    placement = []
    for block in blocks:
        cell, row = cell_and_row(block) if block.tag in ("td", "th") else (None, None)
        if row is None:
            for node in block.ancestors:  # a paragraph inside a cell: its rows are layout
                if node_tags.get(node) == "tr":
                    rows[node] = None
            placement.append((block, None))
            continue
        cells = rows.setdefault(row, {})
        if cells is not None:
            cells.setdefault(cell, []).append(block.text)
        placement.append((block, row))
    joined, emitted = [], set()
    for block, row in placement:
        cells = rows.get(row) if row is not None else None
        if cells is None or len(row_cells.get(row, ())) < 2:
            joined.append(block)
            continue
        if row in emitted:
            continue
        emitted.add(row)
        text = CELL_SEPARATOR.join(
            " ".join(cells.get(cell, ())) if cell is not None else "" for cell in row_cells[row]
        )
        ancestors = block.ancestors[: block.ancestors.index(row) + 1]
        joined.append(Block(text=text, tag="tr", link_share=block.link_share, ancestors=ancestors))
    return joined
