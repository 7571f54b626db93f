"""The appendix "Số liệu của các đơn vị": per figure group, one row per unit and a total."""

from __future__ import annotations

from collections.abc import Iterable

from qcdc_desktop.consolidate.figure_totals import GroupTotals
from qcdc_desktop.model.draft import Appendix, Block, Cell, Table

APPENDIX_SUBTITLE = "Số liệu của các đơn vị"
TOTAL_LABEL = "Tổng cộng"
UNIT_HEADER = "Đơn vị"
NUMBER_HEADER = "TT"


def _header(totals: GroupTotals) -> list[Cell]:
    labels: list[Cell] = [NUMBER_HEADER, UNIT_HEADER]
    for fig in totals.group.figures:
        labels.append(f"{fig.label} ({fig.unit})" if fig.unit else fig.label)
    return labels


def group_table(totals: GroupTotals) -> Table:
    rows: list[list[Cell]] = [_header(totals)]
    for index, (unit, values) in enumerate(totals.rows, start=1):
        rows.append([index, unit, *(values.get(f.id) for f in totals.group.figures)])
    total = totals.total_row()
    rows.append(["", TOTAL_LABEL, *(total.get(f.id) for f in totals.group.figures)])
    widths = [0.6, 3.0, *([1.2] * len(totals.group.figures))]
    return Table(
        rows=rows,
        header_rows=1,
        caption=totals.group.title,
        widths=widths,
        extra={"figure_group": totals.group.id},
    )


def units_appendix(groups: Iterable[GroupTotals]) -> Appendix:
    blocks = [Block(kind="table", table=group_table(t)) for t in groups]
    return Appendix(subtitle=APPENDIX_SUBTITLE, blocks=blocks)
