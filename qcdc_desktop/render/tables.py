"""A table block as printed: every cell as text, numbers in Vietnamese style.

Generic on purpose: tables typed in the wizard, read from last period's Word file and
gathered from several reports all render the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from qcdc_desktop.model.draft import Cell, Table
from qcdc_desktop.render.numbers import format_number

# Table figures keep up to two decimals ("98,75 %" of a rate); counts print whole.
TABLE_DECIMALS = 2


@dataclass
class RenderedTable:
    rows: list[list[str]]
    numeric: list[list[bool]]  # right-aligned number cells
    header_rows: int
    caption: str = ""
    widths: list[float] = field(default_factory=list)  # relative, one per column

    @property
    def column_count(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def plain_lines(self) -> list[str]:
        """One line per row, cells separated by tabs (preview, plain text)."""
        lines = [self.caption] if self.caption else []
        return lines + ["\t".join(row) for row in self.rows]


def cell_text(cell: Cell) -> str:
    if cell is None or isinstance(cell, bool):
        return ""
    if isinstance(cell, int | float):
        if isinstance(cell, float) and not math.isfinite(cell):
            return ""
        return format_number(cell, decimals=TABLE_DECIMALS)
    return " ".join(str(cell).split())


def render_table(table: Table) -> RenderedTable:
    """Rows padded to the widest row, so every printed row has the same columns."""
    columns = table.column_count
    rows: list[list[str]] = []
    numeric: list[list[bool]] = []
    for row in table.rows:
        cells = list(row) + [None] * (columns - len(row))
        rows.append([cell_text(c) for c in cells])
        numeric.append([isinstance(c, int | float) and not isinstance(c, bool) for c in cells])
    header = min(max(int(table.header_rows), 0), len(rows))
    widths = [float(w) for w in table.widths[:columns] if _positive(w)]
    if len(widths) != columns:
        widths = []
    return RenderedTable(rows, numeric, header, " ".join(table.caption.split()), widths)


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


def table_is_empty(table: Table | None) -> bool:
    """No cell with anything in it (the checks warn before export)."""
    if table is None:
        return True
    return all(cell_text(c) == "" for row in table.rows for c in row)


def data_row_count(table: Table) -> int:
    header = min(max(int(table.header_rows), 0), len(table.rows))
    return sum(1 for row in table.rows[header:] if any(cell_text(c) for c in row))
