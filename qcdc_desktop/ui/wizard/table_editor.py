"""A table of text and numbers, edited cell by cell (appendices and tables in a part).

Rows and columns are added and removed with buttons; the first rows may be marked
as the header (repeated on each page of the Word file). A cell that reads as a
number is stored as one and printed in Vietnamese style ("1.250", "98,5").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.model.draft import Table
from qcdc_desktop.ui.wizard.table_cells import cell_value, shown_text

NEW_TABLE_ROWS = 3
NEW_TABLE_COLUMNS = 3
MAX_HEADER_ROWS = 5
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TableEditor(QWidget):
    """Edits one `Table`; `edited` fires on every change, `table()` reads it back."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._extra: dict[str, object] = {}
        self._widths: list[float] = []
        self.caption = QLineEdit()
        self.caption.setObjectName("table_caption")
        self.caption.setPlaceholderText(
            self.tr("Tên bảng (không bắt buộc), ví dụ: Bảng 1. Kết quả …")
        )
        self.grid = QTableWidget(NEW_TABLE_ROWS, NEW_TABLE_COLUMNS)
        self.grid.setObjectName("table_cells")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.header_rows = QSpinBox()
        self.header_rows.setObjectName("table_header_rows")
        self.header_rows.setRange(0, MAX_HEADER_ROWS)
        self.header_rows.setValue(1)
        self.header_rows.setToolTip(self.tr("Các dòng đầu được in đậm và lặp lại ở đầu mỗi trang."))
        self.buttons = {
            "add_row": QPushButton(self.tr("Thêm dòng")),
            "remove_row": QPushButton(self.tr("Xóa dòng")),
            "add_column": QPushButton(self.tr("Thêm cột")),
            "remove_column": QPushButton(self.tr("Xóa cột")),
        }
        self.buttons["add_row"].clicked.connect(self.add_row)
        self.buttons["remove_row"].clicked.connect(self.remove_row)
        self.buttons["add_column"].clicked.connect(self.add_column)
        self.buttons["remove_column"].clicked.connect(self.remove_column)
        for name, button in self.buttons.items():
            button.setObjectName(f"table_{name}")

        tools = QHBoxLayout()
        for button in self.buttons.values():
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Số dòng tiêu đề:")))
        tools.addWidget(self.header_rows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(tools)
        layout.addWidget(self.grid, 1)
        hint = QLabel(
            self.tr("Ô chứa số (1.250 hoặc 98,5) được in theo kiểu số Việt Nam và căn phải.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.grid.itemChanged.connect(self._changed)
        self.caption.textEdited.connect(self._changed)
        self.header_rows.valueChanged.connect(self._header_changed)

    # --- model <-> widget --------------------------------------------------------------

    def set_table(self, table: Table | None) -> None:
        self._loading = True
        try:
            table = table or Table(rows=[[None] * NEW_TABLE_COLUMNS for _ in range(NEW_TABLE_ROWS)])
            self._extra = dict(table.extra)
            self._widths = list(table.widths)
            rows = max(len(table.rows), 1)
            columns = max(table.column_count, 1)
            self.grid.clear()
            self.grid.setRowCount(rows)
            self.grid.setColumnCount(columns)
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row):
                    item = QTableWidgetItem(shown_text(cell))
                    if isinstance(cell, int | float) and not isinstance(cell, bool):
                        # As printed: numbers to the right.
                        item.setTextAlignment(RIGHT)
                    self.grid.setItem(r, c, item)
            self.caption.setText(table.caption)
            self.header_rows.setValue(min(max(table.header_rows, 0), MAX_HEADER_ROWS))
            self._mark_header()
        finally:
            self._loading = False

    def table(self) -> Table:
        header = self.header_rows.value()
        rows = []
        for r in range(self.grid.rowCount()):
            row = []
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                row.append(cell_value(item.text() if item else "", header=r < header))
            rows.append(row)
        widths = self._widths if len(self._widths) == self.grid.columnCount() else []
        return Table(
            rows=rows,
            header_rows=header,
            caption=" ".join(self.caption.text().split()),
            widths=list(widths),
            extra=dict(self._extra),
        )

    # --- editing -----------------------------------------------------------------------

    def add_row(self) -> None:
        at = self.grid.currentRow() + 1 if self.grid.currentRow() >= 0 else self.grid.rowCount()
        self.grid.insertRow(at)
        self._mark_header()
        self._changed()

    def remove_row(self) -> None:
        if self.grid.rowCount() <= 1:
            return
        at = self.grid.currentRow()
        self.grid.removeRow(at if at >= 0 else self.grid.rowCount() - 1)
        self._mark_header()
        self._changed()

    def add_column(self) -> None:
        col = self.grid.currentColumn()
        at = col + 1 if col >= 0 else self.grid.columnCount()
        self.grid.insertColumn(at)
        self._mark_header()
        self._widths = []  # the office's relative widths no longer match the columns
        self._changed()

    def remove_column(self) -> None:
        if self.grid.columnCount() <= 1:
            return
        at = self.grid.currentColumn()
        self.grid.removeColumn(at if at >= 0 else self.grid.columnCount() - 1)
        self._widths = []
        self._changed()

    def _header_changed(self, *_args: object) -> None:
        self._mark_header()
        self._changed()

    def _mark_header(self) -> None:
        """Header rows show bold, as they print."""
        was = self.grid.blockSignals(True)
        try:
            header = self.header_rows.value()
            for r in range(self.grid.rowCount()):
                for c in range(self.grid.columnCount()):
                    item = self.grid.item(r, c)
                    if item is None:
                        item = QTableWidgetItem("")
                        self.grid.setItem(r, c, item)
                    font = QFont(item.font())
                    font.setBold(r < header)
                    item.setFont(font)
        finally:
            self.grid.blockSignals(was)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
