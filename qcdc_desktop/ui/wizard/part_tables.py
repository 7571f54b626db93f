"""The tables of the selected part, shown beside its text as items that open the editor.

A table block is not part of the text the user types (block_text keeps it in place);
here each one is a button naming it, which opens the table editor, and a table can be
added at the end of the part or removed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qcdc_desktop.model import Block, Part
from qcdc_desktop.model.draft import Table
from qcdc_desktop.ui import messages

translate = QCoreApplication.translate


def table_label(n: int, table: Table | None) -> str:
    rows = len(table.rows) if table else 0
    columns = table.column_count if table else 0
    caption = " ".join(table.caption.split()) if table else ""
    name = (
        f"“{caption}”"
        if caption
        else translate("PartTables", "Bảng {number} (chưa có tên)").format(number=n)
    )
    return translate("PartTables", "{name} — {rows} dòng × {columns} cột — bấm để sửa").format(
        name=name, rows=rows, columns=columns
    )


class PartTables(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part: Part | None = None
        self.rows: list[tuple[QPushButton, QPushButton]] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Thêm bảng số liệu"))
        self.add_button.setObjectName("part_add_table")
        self.add_button.clicked.connect(self.add_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_part(self, part: Part | None) -> None:
        self.part = part
        self._rebuild()

    def table_blocks(self) -> list[Block]:
        return [b for b in self.part.blocks if b.kind == "table"] if self.part else []

    def _rebuild(self) -> None:
        while self._list.count():
            item = self._list.takeAt(0)
            holder = item.widget() if item is not None else None
            if holder is not None:
                holder.deleteLater()
        self.rows = []
        for n, block in enumerate(self.table_blocks(), start=1):
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            open_button = QPushButton(table_label(n, block.table))
            open_button.setObjectName(f"part_table_{n}")
            open_button.setToolTip(self.tr("Mở bảng để sửa"))
            open_button.clicked.connect(lambda _=False, b=block: self.open_table(b))
            remove = QPushButton(self.tr("Xóa bảng"))
            remove.clicked.connect(lambda _=False, b=block: self.remove_table(b))
            line.addWidget(QLabel("▦"))
            line.addWidget(open_button, 1)
            line.addWidget(remove)
            self._list.addWidget(holder)
            self.rows.append((open_button, remove))
        self.add_button.setEnabled(self.part is not None)

    def open_table(self, block: Block) -> bool:
        from qcdc_desktop.ui.wizard.table_dialog import TableDialog

        dialog = TableDialog(block.table, self)
        if dialog.exec() != TableDialog.DialogCode.Accepted:
            return False
        block.table = dialog.table()
        self._rebuild()
        self.edited.emit()
        return True

    def add_table(self) -> None:
        if self.part is None:
            return
        block = Block(kind="table", table=None)
        if self.open_table(block):
            self.part.blocks.append(block)
            self._rebuild()
            self.edited.emit()

    def remove_table(self, block: Block) -> None:
        if self.part is None:
            return
        if not messages.ask_yes_no(
            self, self.tr("Xóa bảng"), self.tr("Xóa bảng này khỏi phần đang soạn?")
        ):
            return
        self.part.blocks = [b for b in self.part.blocks if b is not block]
        self._rebuild()
        self.edited.emit()
