"""The read-only, one-row-selected table the program's list windows share (backups,
revisions): column headers, whole-row selection, no editing, the last column stretched;
and the one entry its selection stands for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

T = TypeVar("T")


def list_table(columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def selected_entry(table: QTableWidget, entries: Sequence[T]) -> T | None:
    """The entry of the one selected row (rows are filled from `entries` in order), or
    None when no row or more than one is selected."""
    rows = {index.row() for index in table.selectionModel().selectedRows()}
    if len(rows) != 1:
        return None
    row = rows.pop()
    return entries[row] if 0 <= row < len(entries) else None
