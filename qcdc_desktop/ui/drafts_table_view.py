"""The start window's table of drafts: one row selected at a time, newest first, Enter
opening and Delete trashing the selected draft."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from qcdc_desktop.ui.drafts_table_model import TITLE, UPDATED, DraftsTableModel

# Room beside a cell's text (the delegate's margins) and a heading's (the sort arrow).
CELL_PADDING = 18
HEADER_PADDING = 28


class DraftsTable(QTableView):
    open_requested = Signal()
    delete_requested = Signal()

    def __init__(self, model: DraftsTableModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(model.column_of(UPDATED), Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        # The columns but the title show a few known texts (type names, periods, dates,
        # states): fitted to those once, they need no measuring of rows, which cost
        # tens of milliseconds at every start with thousands of drafts. The user may
        # still drag them wider; the title takes the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(model.columnCount()):
            kind = model.kind_of(column)
            if kind != TITLE:
                header.resizeSection(column, self._fitted_width(model, column, kind))
        header.setSectionResizeMode(model.column_of(TITLE), QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _fitted_width(self, model: DraftsTableModel, column: int, kind: int) -> int:
        cells = self.fontMetrics()
        widest = max(
            (cells.horizontalAdvance(text) for text in model.possible_texts(kind)), default=0
        )
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        heading = self.horizontalHeader().fontMetrics().horizontalAdvance(title)
        return max(widest + CELL_PADDING, heading + HEADER_PADDING)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)
