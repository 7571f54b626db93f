"""The basis documents cited by the opening sentence, as an editable table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.doctypes import cited_documents
from qcdc_desktop.model import BasisDocument
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

COLUMNS = (
    ("kind", QT_TRANSLATE_NOOP("BasisEditor", "Loại văn bản")),
    ("number", QT_TRANSLATE_NOOP("BasisEditor", "Số, ký hiệu")),
    ("date", QT_TRANSLATE_NOOP("BasisEditor", "Ngày")),
    ("issuer", QT_TRANSLATE_NOOP("BasisEditor", "Cơ quan ban hành")),
    ("subject", QT_TRANSLATE_NOOP("BasisEditor", "Trích yếu (nếu cần)")),
)


class BasisEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._docs: list[BasisDocument] = []
        self._filling = False
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("basis")
        self.table.setHorizontalHeaderLabels([self.tr(title) for _, title in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 130, 95, 260)):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(False)
        self.table.itemChanged.connect(self._item_changed)

        self.add_library = QPushButton(self.tr("Thêm từ thư viện"))
        self.add_library.setToolTip(self.tr("Chọn một văn bản hay được trích dẫn"))
        self.add_library.setMenu(self._library_menu())
        self.add_new = QPushButton(self.tr("Thêm văn bản khác"))
        self.remove = QPushButton(self.tr("Xóa"))
        self.up = QPushButton(self.tr("Lên"))
        self.down = QPushButton(self.tr("Xuống"))
        self.add_new.clicked.connect(lambda: self.add(BasisDocument(kind="Kế hoạch")))
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (self.add_library, self.add_new, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _library_menu(self) -> QMenu:
        menu = QMenu(self)
        for doc in cited_documents().values():
            label = self.tr("{kind} số {number} ngày {date} — {title}").format(
                kind=doc.kind, number=doc.number, date=doc.date, title=doc.title
            )
            action = menu.addAction(label if len(label) < 110 else label[:107] + "…")
            action.setToolTip(doc.cite)
            action.triggered.connect(lambda _=False, d=doc: self.add(d.as_basis()))
        return menu

    def set_documents(self, docs: list[BasisDocument]) -> None:
        self._docs = list(docs)
        self._fill()

    def documents(self) -> list[BasisDocument]:
        return list(self._docs)

    def add(self, doc: BasisDocument) -> None:
        self._docs.append(doc)
        self._fill()
        self.table.selectRow(len(self._docs) - 1)
        self.changed.emit()

    def _fill(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self._docs))
            for row, doc in enumerate(self._docs):
                for column, (name, _) in enumerate(COLUMNS):
                    item = QTableWidgetItem(getattr(doc, name))
                    item.setToolTip(getattr(doc, name))
                    self.table.setItem(row, column, item)
        finally:
            self._filling = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self._docs):
            return
        name = COLUMNS[item.column()][0]
        setattr(self._docs[item.row()], name, " ".join(item.text().split()))
        self.changed.emit()

    def _selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def _remove(self) -> None:
        row = self._selected()
        if 0 <= row < len(self._docs):
            del self._docs[row]
            self._fill()
            self.changed.emit()

    def _move(self, direction: int) -> None:
        row = self._selected()
        other = row + direction
        if 0 <= row < len(self._docs) and 0 <= other < len(self._docs):
            self._docs[row], self._docs[other] = self._docs[other], self._docs[row]
            self._fill()
            self.table.selectRow(other)
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setEditTriggers(triggers)
