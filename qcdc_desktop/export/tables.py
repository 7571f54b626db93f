"""Borderless layout tables (the header block and the signature block)."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from qcdc_desktop.export.ooxml import make

# Word's default left/right cell padding; the writer keeps it and sizes text boxes by it.
CELL_PADDING_TWIPS = 108


def table_properties(
    total: int, *, ruled: bool, padding: int = CELL_PADDING_TWIPS, header_row: bool = False
) -> Any:
    """w:tblPr of a centred fixed-layout table `total` twips wide: thin single lines on
    every edge (`ruled`) or explicit "none" — a default table style may otherwise draw
    them — and `padding` twips inside each cell's left and right."""
    tbl_pr = make("w:tblPr")
    tbl_pr.append(make("w:tblW", w=str(total), type="dxa"))
    tbl_pr.append(make("w:jc", val="center"))
    borders = make("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if ruled:
            borders.append(make(f"w:{edge}", val="single", sz="4", space="0", color="000000"))
        else:
            borders.append(make(f"w:{edge}", val="none", sz="0", space="0", color="auto"))
    tbl_pr.append(borders)
    tbl_pr.append(make("w:tblLayout", type="fixed"))
    margins = make("w:tblCellMar")
    for edge in ("left", "right"):
        margins.append(make(f"w:{edge}", w=str(padding), type="dxa"))
    tbl_pr.append(margins)
    first_row = "1" if header_row else "0"
    tbl_pr.append(make("w:tblLook", val="0000", firstRow=first_row, lastRow="0",
                       firstColumn="0", lastColumn="0", noHBand="1", noVBand="1"))  # fmt: skip
    return tbl_pr


def fixed_table(
    widths: list[int],
    *,
    ruled: bool,
    padding: int = CELL_PADDING_TWIPS,
    header_row: bool = False,
) -> Any:
    """An empty w:tbl with its properties (see table_properties) and its column grid."""
    tbl = make("w:tbl")
    tbl.append(table_properties(sum(widths), ruled=ruled, padding=padding, header_row=header_row))
    grid = make("w:tblGrid")
    for width in widths:
        grid.append(make("w:gridCol", w=str(width)))
    tbl.append(grid)
    return tbl


def table_row(*, header: bool = False) -> Any:
    """A w:tr that is never split across two pages; a header row repeats on each page."""
    tr = make("w:tr")
    tr_pr = make("w:trPr")
    tr_pr.append(make("w:cantSplit"))
    if header:
        tr_pr.append(make("w:tblHeader"))
    tr.append(tr_pr)
    return tr


def table_cell(width: int, valign: str) -> Any:
    tc = make("w:tc")
    tc_pr = make("w:tcPr")
    tc_pr.append(make("w:tcW", w=str(width), type="dxa"))
    tc_pr.append(make("w:vAlign", val=valign))
    tc.append(tc_pr)
    return tc


def borderless_table(
    rows: int, widths: list[int], padding: int = CELL_PADDING_TWIPS
) -> tuple[Any, list[list[Any]]]:
    """A fixed-layout table with no borders; returns the w:tbl and its w:tc cells by row."""
    tbl = fixed_table(widths, ruled=False, padding=padding)
    cells: list[list[Any]] = []
    for _ in range(rows):
        tr = table_row()
        row = [table_cell(width, "top") for width in widths]
        tr.extend(row)
        tbl.append(tr)
        cells.append(row)
    return tbl, cells


def finish_cells(cells: list[list[Any]], empty_paragraph: Any) -> None:
    """Every cell must end with a paragraph, or Word calls the file damaged."""
    for row in cells:
        for tc in row:
            if tc.find(qn("w:p")) is None:
                tc.append(empty_paragraph())
