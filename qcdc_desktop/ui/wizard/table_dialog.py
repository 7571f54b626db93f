"""The table editor in a dialog, for a table inside a part (the section page)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from qcdc_desktop.model.draft import Table
from qcdc_desktop.ui.wizard.table_editor import TableEditor


class TableDialog(QDialog):
    def __init__(self, table: Table | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sửa bảng số liệu"))
        self.editor = TableEditor()
        self.editor.set_table(table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đồng ý"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def table(self) -> Table:
        return self.editor.table()
