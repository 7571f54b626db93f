"""Borderless layout tables (the header block and the signature block)."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from qcdc_desktop.export.ooxml import make

# Word's default left/right cell padding; the writer keeps it and sizes text boxes by it.
CELL_PADDING_TWIPS = 108


def borderless_table(
    rows: int, widths: list[int], padding: int = CELL_PADDING_TWIPS
) -> tuple[Any, list[list[Any]]]:
    """A fixed-layout table with no borders; returns the w:tbl and its w:tc cells by row."""
    tbl = make("w:tbl")
    tbl_pr = make("w:tblPr")
    tbl_pr.append(make("w:tblW", w=str(sum(widths)), type="dxa"))
    tbl_pr.append(make("w:jc", val="center"))
    # Explicit "none" on every edge: a default table style may otherwise draw them.
    borders = make("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(make(f"w:{edge}", val="none", sz="0", space="0", color="auto"))
    tbl_pr.append(borders)
    tbl_pr.append(make("w:tblLayout", type="fixed"))
    margins = make("w:tblCellMar")
    for edge in ("left", "right"):
        margins.append(make(f"w:{edge}", w=str(padding), type="dxa"))
    tbl_pr.append(margins)
    tbl_pr.append(make("w:tblLook", val="0000", firstRow="0", lastRow="0", firstColumn="0",
                       lastColumn="0", noHBand="1", noVBand="1"))  # fmt: skip
    tbl.append(tbl_pr)
    grid = make("w:tblGrid")
    for width in widths:
        grid.append(make("w:gridCol", w=str(width)))
    tbl.append(grid)
    cells: list[list[Any]] = []
    for _ in range(rows):
        tr = make("w:tr")
        tr_pr = make("w:trPr")
        tr_pr.append(make("w:cantSplit"))  # never split a block across two pages
        tr.append(tr_pr)
        row = []
        for width in widths:
            tc = make("w:tc")
            tc_pr = make("w:tcPr")
            tc_pr.append(make("w:tcW", w=str(width), type="dxa"))
            tc_pr.append(make("w:vAlign", val="top"))
            tc.append(tc_pr)
            tr.append(tc)
            row.append(tc)
        tbl.append(tr)
        cells.append(row)
    return tbl, cells


def finish_cells(cells: list[list[Any]], empty_paragraph: Any) -> None:
    """Every cell must end with a paragraph, or Word calls the file damaged."""
    for row in cells:
        for tc in row:
            if tc.find(qn("w:p")) is None:
                tc.append(empty_paragraph())
