"""The revision history of one draft: list, view, restore as current text or as a new draft.

Reachable from the editor ("Lịch sử") and from the start window ("Lịch sử phiên bản").
The text an editor set aside when it reloaded after a conflict is one of these entries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.ui import messages
from qcdc_desktop.ui.dialog_buttons import dialog_buttons
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.list_table import list_table, selected_entry

TITLE = QT_TRANSLATE_NOOP("RevisionWindow", "Lịch sử phiên bản")
COLUMNS = (
    QT_TRANSLATE_NOOP("RevisionWindow", "Thời gian"),
    QT_TRANSLATE_NOOP("RevisionWindow", "Lý do"),
    QT_TRANSLATE_NOOP("RevisionWindow", "Dung lượng"),
    QT_TRANSLATE_NOOP("RevisionWindow", "Thay đổi"),
)


class RevisionWindow(QDialog):
    def __init__(
        self, context: Any, draft_id: str, parent: QWidget | None = None, *, editor: Any = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.draft_id = draft_id
        self.editor = editor  # the editor of this draft in this program, if one is open
        self.created_id: str | None = None
        self.setWindowTitle(self.tr(TITLE))
        self.resize(900, 560)

        self.hint = QLabel(
            self.tr(
                "Mỗi lần bấm “Lưu”, xuất Word, nhập hoặc tải lại khi có xung đột, chương trình "
                "giữ một phiên bản. Chọn một phiên bản để xem nội dung."
            )
        )
        self.hint.setWordWrap(True)
        self.table = list_table([self.tr(column) for column in COLUMNS])
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Chọn một phiên bản để xem."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([220, 320])

        self.restore_button = QPushButton(self.tr("Khôi phục làm nội dung hiện tại"))
        self.copy_button = QPushButton(self.tr("Khôi phục thành bản thảo mới"))
        buttons = dialog_buttons(
            self, self.tr("Đóng"), actions=(self.restore_button, self.copy_button)
        )
        self.restore_button.clicked.connect(lambda: self.restore_selected(as_new=False))
        self.copy_button.clicked.connect(lambda: self.restore_selected(as_new=True))

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.entries: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        from qcdc_desktop.storage import StorageError
        from qcdc_desktop.storage.backups import size_text
        from qcdc_desktop.storage.revision_history import revision_history
        from qcdc_desktop.storage.timestamps import local_time_text

        try:
            self.entries = revision_history(self.context.db, self.draft_id)
        except StorageError as exc:
            self.entries = []
            messages.error(self, self.tr(TITLE), str(exc))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            reason = entry.reason_label + (f" — {entry.note}" if entry.note else "")
            cells = (local_time_text(entry.created), reason, size_text(entry.size), entry.change)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.entries:
            self.table.selectRow(0)
        else:
            self.preview.setPlainText(self.tr("Bản thảo này chưa có phiên bản nào được giữ."))
        self._update_buttons()

    def selected(self) -> Any:
        return selected_entry(self.table, self.entries)

    def _update_buttons(self) -> None:
        entry = self.selected()
        usable = entry is not None and entry.readable
        self.restore_button.setEnabled(usable and not getattr(self.editor, "read_only", False))
        self.copy_button.setEnabled(usable)

    def show_selected(self) -> None:
        from qcdc_desktop.storage import StorageError
        from qcdc_desktop.storage.revision_history import revision_draft

        self._update_buttons()
        entry = self.selected()
        if entry is None:
            return
        try:
            draft = revision_draft(self.context.db, self.draft_id, entry.id)
            from qcdc_desktop.render import render_document

            text = render_document(draft).plain_text()
        except (StorageError, ValueError) as exc:
            text = self.tr("Không đọc được phiên bản này: {exc}").format(exc=exc)
        self.preview.setPlainText(text)

    def restore_selected(self, *, as_new: bool, confirm: bool = True) -> bool:
        from qcdc_desktop.storage import StorageError
        from qcdc_desktop.storage.revision_history import restore_revision
        from qcdc_desktop.storage.timestamps import local_time_text

        entry = self.selected()
        if entry is None or not entry.readable:
            return False
        when = local_time_text(entry.created)
        if not as_new and confirm:
            question = self.tr(
                "Thay nội dung hiện tại bằng phiên bản lúc {when}?\n\n"
                "Nội dung hiện tại được giữ lại thành một phiên bản trong danh sách này."
            ).format(when=when)
            if not messages.ask_yes_no(self, self.tr(TITLE), question):
                return False
        owner = getattr(self.editor, "_lock_owner", None) or self.context.owner
        try:
            if self.editor is not None and not as_new:
                self.editor.save_now()
            draft = restore_revision(
                self.context.db, self.draft_id, entry.id, as_new=as_new, owner=owner
            )
        except StorageError as exc:
            messages.error(self, self.tr(TITLE), str(exc))
            return False
        if as_new:
            self.created_id = draft.id
            messages.info(
                self,
                self.tr(TITLE),
                self.tr("Đã tạo bản thảo mới từ phiên bản lúc {when}.").format(when=when),
            )
        else:
            if self.editor is not None:
                self.editor.reload_from_database(keep_local=False)
            messages.info(
                self,
                self.tr(TITLE),
                self.tr("Đã khôi phục phiên bản lúc {when}.").format(when=when),
            )
        self.context.events.draft_saved.emit(draft.id)
        self.refresh()
        return True
