"""The trash: deleted drafts, which can be restored or deleted for good."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop import storage
from qcdc_desktop.ui import messages
from qcdc_desktop.ui.drafts_table_model import DELETED, ID_ROLE, TITLE, DraftsTableModel


class TrashDialog(QDialog):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Thùng rác"))
        # Sorted by SQL, read a page at a time, like the start window's list.
        self.model = DraftsTableModel(self, show_deleted=True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_of(DELETED), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column_of(TITLE), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())

        self.hint = QLabel(self.tr("Bản thảo đã xóa được giữ ở đây cho tới khi xóa vĩnh viễn."))
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Khôi phục"))
        self.purge_button = QPushButton(self.tr("Xóa vĩnh viễn"))
        self.empty_button = QPushButton(self.tr("Dọn sạch thùng rác"))
        close_button = QPushButton(self.tr("Đóng"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty)
        close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.resize(960, 440)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_listing(storage.DraftListing(self.context.db, trash=True))
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(self.model.data(rows[0], ID_ROLE)) if rows else None

    def _update(self) -> None:
        has = self.selected_id() is not None
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)
        self.empty_button.setEnabled(self.model.total() > 0)

    def restore_selected(self) -> bool:
        draft_id = self.selected_id()
        if draft_id is None:
            return False
        try:
            storage.restore_draft(self.context.db, draft_id)
        except storage.StorageError as exc:
            messages.error(self, self.tr("Khôi phục"), str(exc))
            return False
        self.context.events.draft_saved.emit(draft_id)
        self.refresh()
        return True

    def purge_selected(self) -> bool:
        draft_id = self.selected_id()
        if draft_id is None:
            return False
        if not messages.ask_yes_no(
            self,
            self.tr("Xóa vĩnh viễn"),
            self.tr("Xóa vĩnh viễn bản thảo này? Không thể khôi phục lại."),
        ):
            return False
        try:
            storage.purge_draft(self.context.db, draft_id, owner=self.context.owner)
        except storage.StorageError as exc:  # open in an editor elsewhere, a busy file
            messages.error(self, self.tr("Xóa vĩnh viễn"), str(exc))
            return False
        self.refresh()
        return True

    def empty(self) -> int:
        count = self.model.total()
        if not count or not messages.ask_yes_no(
            self,
            self.tr("Dọn sạch thùng rác"),
            self.tr(
                "Xóa vĩnh viễn {count} bản thảo trong thùng rác? Không thể khôi phục lại."
            ).format(count=count),
        ):
            return 0
        try:
            removed = storage.empty_trash(self.context.db, owner=self.context.owner)
        except storage.StorageError as exc:
            messages.error(self, self.tr("Dọn sạch thùng rác"), str(exc))
            return 0
        self.refresh()
        return removed
