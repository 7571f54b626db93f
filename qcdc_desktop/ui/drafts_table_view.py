"""The start window's table of drafts: one row selected at a time, newest first, Enter
opening and Delete trashing the selected draft."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from qcdc_desktop.ui.drafts_table_model import TITLE, UPDATED, DraftsTableModel

RESIZE_ROWS = 50


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
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the first rows only: measuring all of them asked the model
        # for every cell, about a second for 1,000 drafts. The fitted columns (type,
        # period, dates) have texts of nearly the same width in every row.
        header.setResizeContentsPrecision(RESIZE_ROWS)
        header.setSectionResizeMode(model.column_of(TITLE), QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)
