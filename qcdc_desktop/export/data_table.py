"""A table of figures (in a part or an appendix) as a bordered Word table.

Every cell has a single black border, the header rows repeat at the top of each page
(w:tblHeader) and are bold and centred, numbers are right-aligned, text is left-aligned;
a row is never split across pages. Text is the body size minus one point (13 pt with
14 pt text), as offices set their tables so that more columns fit the page.
"""

from __future__ import annotations

from typing import Any

from qcdc_desktop.export.formats import Formats
from qcdc_desktop.export.ooxml import twips_from_pt
from qcdc_desktop.export.tables import CELL_PADDING_TWIPS, fixed_table, table_cell, table_row
from qcdc_desktop.export.text_width import text_width_pt
from qcdc_desktop.render.tables import RenderedTable

TABLE_TEXT_SMALLER_PT = 1


def _longest_word(table: RenderedTable, column: int, size: float) -> int:
    """Twips of the widest word in a column (header words bold): a column is never
    narrower, so "STT" never wraps into "ST / T"."""
    widest = 0.0
    for r, row in enumerate(table.rows):
        bold = r < table.header_rows
        for word in row[column].split() if column < len(row) else []:
            widest = max(widest, text_width_pt(word, size, bold=bold))
    return twips_from_pt(widest) + 2 * CELL_PADDING_TWIPS + 40


def column_widths(table: RenderedTable, total: int, size: float = 13) -> list[int]:
    """Widths from the relative `widths` (or equal), each at least its widest word."""
    columns = table.column_count
    weights = table.widths or [1.0] * columns
    floors = [_longest_word(table, c, size) for c in range(columns)]
    widths = [round(w * total / sum(weights)) for w in weights]
    # Widen the columns below their floor, taking the room from the others in proportion.
    for _ in range(columns):
        short = [c for c in range(columns) if widths[c] < floors[c]]
        if not short:
            break
        need = sum(floors[c] - widths[c] for c in short)
        spare = [c for c in range(columns) if c not in short]
        room = sum(widths[c] - floors[c] for c in spare if widths[c] > floors[c])
        if room <= 0:
            break
        take = min(need, room)
        for c in short:
            widths[c] = floors[c]
        for c in spare:
            if widths[c] > floors[c]:
                widths[c] -= round(take * (widths[c] - floors[c]) / room)
    widths[-1] += total - sum(widths)
    return widths


def build_data_table(table: RenderedTable, formats: Formats, total_width: int) -> Any:
    size = formats.settings.body_size - TABLE_TEXT_SMALLER_PT
    widths = column_widths(table, total_width, size)
    tbl = fixed_table(widths, ruled=True, header_row=True)
    pad = twips_from_pt(2)
    for r, row in enumerate(table.rows):
        header = r < table.header_rows
        tr = table_row(header=header)
        for c, text in enumerate(row):
            tc = table_cell(widths[c], "center")
            if header:
                align = "center"
            else:
                align = "right" if table.numeric[r][c] else "left"
            fmt = formats.tight(align=align, before=pad, after=pad)
            tc.append(formats.paragraph(fmt, [(text, size, header, False)], mark_size=size))
            tr.append(tc)
        tbl.append(tr)
    return tbl


def table_elements(
    table: RenderedTable, lead_in: str, formats: Formats, total_width: int
) -> list[Any]:
    """The lead-in paragraph (body format), the caption (bold, centred) and the table."""
    s = formats.settings
    out = []
    if lead_in:
        out.append(
            formats.paragraph(
                formats.body_format(keep_next=True), [(lead_in, s.body_size, False, False)]
            )
        )
    if table.caption:
        fmt = formats.tight(keep_next=True, before=twips_from_pt(6), after=twips_from_pt(6))
        out.append(formats.paragraph(fmt, [(table.caption, s.body_size, True, False)]))
    out.append(build_data_table(table, formats, total_width))
    # A table may not end a cell or the document, and the next paragraph needs air.
    out.append(
        formats.paragraph(formats.tight(after=formats.space_after), [], mark_size=s.body_size)
    )
    return out
