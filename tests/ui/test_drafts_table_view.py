"""The drafts table's columns fit every text they can show, measured once: the same
widths for one draft as for a thousand, and no cell asked for while fitting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from test_drafts_table_model import summary

from qcdc_desktop.doctypes import doc_types
from qcdc_desktop.ui.drafts_table_model import PERIOD, STATE, TITLE, TYPE, UPDATED, DraftsTableModel
from qcdc_desktop.ui.drafts_table_view import CELL_PADDING, DraftsTable


def _table(qtbot: Any, rows: int) -> DraftsTable:
    model = DraftsTableModel()
    model.set_rows([summary(id=f"d{n}", title=f"Bản thảo {n}") for n in range(rows)])
    table = DraftsTable(model)
    qtbot.addWidget(table)
    table.resize(1100, 600)
    return table


def test_every_type_name_and_period_fits_its_column(qtbot: Any) -> None:
    table = _table(qtbot, 1)
    model = table.model()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    year = 2026
    for doc_type in doc_types().values():
        short = doc_type.name.split(" — ")[0].strip()
        width = header.sectionSize(model.column_of(TYPE))
        assert metrics.horizontalAdvance(short) + CELL_PADDING <= width, short
        period = doc_type.period_text(year)
        assert metrics.horizontalAdvance(period) + CELL_PADDING <= header.sectionSize(
            model.column_of(PERIOD)
        ), period
    for kind in (UPDATED, STATE):
        column = model.column_of(kind)
        heading = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert header.fontMetrics().horizontalAdvance(heading) < header.sectionSize(column)


def test_the_widths_do_not_depend_on_how_many_drafts_there_are(qtbot: Any) -> None:
    tables = [_table(qtbot, 1), _table(qtbot, 1000)]
    one, many = (table.horizontalHeader() for table in tables)
    fitted = [c for c in range(one.count()) if c != 0]
    assert [one.sectionSize(c) for c in fitted] == [many.sectionSize(c) for c in fitted]


def test_fitting_the_columns_asks_for_no_cell(qtbot: Any, monkeypatch: Any) -> None:
    asked: list[int] = []
    real = DraftsTableModel.data

    def counted(self: DraftsTableModel, index: Any, role: int = 0) -> Any:
        asked.append(index.row())
        return real(self, index, role)

    monkeypatch.setattr(DraftsTableModel, "data", counted)
    _table(qtbot, 1000)
    assert asked == []
    # The title column takes the room left.
    table = _table(qtbot, 3)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    title = table.model().column_of(TITLE)
    assert header.sectionSize(title) == max(header.sectionSize(c) for c in range(header.count()))
