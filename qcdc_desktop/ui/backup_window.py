"""The "Sao lưu và khôi phục" window: the backups that exist, back up now, restore one.

Opened from the start window, and from the damaged-database message before any
window exists (then without a context: restoring is all it can do). Restoring sets
the current file aside beside itself; nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop import paths
from qcdc_desktop.ui import messages
from qcdc_desktop.ui.dialog_buttons import dialog_buttons
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.list_table import list_table, selected_entry

TITLE = QT_TRANSLATE_NOOP("BackupWindow", "Sao lưu và khôi phục")
COLUMNS = (
    QT_TRANSLATE_NOOP("BackupWindow", "Thời gian"),
    QT_TRANSLATE_NOOP("BackupWindow", "Dung lượng"),
    QT_TRANSLATE_NOOP("BackupWindow", "Số bản thảo"),
    QT_TRANSLATE_NOOP("BackupWindow", "Loại"),
)


class BackupWindow(QDialog):
    def __init__(
        self,
        data_dir: Path,
        context: Any = None,
        parent: QWidget | None = None,
        *,
        busy_reason: Callable[[], str | None] | None = None,
    ) -> None:
        """`busy_reason` says why a restore must wait (an editor is open), or None."""
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.context = context
        self.busy_reason = busy_reason
        self.restored = False
        self.setWindowTitle(self.tr(TITLE))
        self.resize(720, 420)

        folder = paths.database_path(self.data_dir).parent / paths.BACKUPS_FOLDER
        self.hint = QLabel(
            self.tr(
                "Chương trình tự sao lưu khi mở lần đầu mỗi ngày, mỗi 30 phút khi đang soạn và "
                "khi đóng. Các bản sao lưu nằm trong thư mục: {folder}"
            ).format(folder=folder)
        )
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = list_table([self.tr(column) for column in COLUMNS])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty_label = QLabel(self.tr("Chưa có bản sao lưu nào."))

        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.restore_button = QPushButton(self.tr("Khôi phục bản đã chọn…"))
        buttons = dialog_buttons(
            self, self.tr("Đóng"), actions=(self.backup_button, self.restore_button)
        )
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button.setEnabled(context is not None)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.infos: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        from qcdc_desktop.storage.backups import backup_infos

        self.infos = backup_infos(self.data_dir)
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            drafts = self.tr("không đọc được") if info.drafts is None else str(info.drafts)
            cells = (info.local_time_text(), info.size_text(), drafts, info.kind_label)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.infos)
        if self.infos:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_info(self) -> Any:
        return selected_entry(self.table, self.infos)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_info() is not None)

    def backup_now(self) -> Path | None:
        from qcdc_desktop.storage.backup_policy import make_backup

        if self.context is None:
            return None
        outcome = make_backup(self.context.db, self.data_dir, "manual")
        if outcome.path is None:
            messages.warning(self, self.tr(TITLE), outcome.warning)
            return None
        self.refresh()
        return outcome.path

    def restore_selected(self, *, confirm: bool = True) -> bool:
        from qcdc_desktop.storage import StorageError
        from qcdc_desktop.storage.backups import restore_backup

        info = self.selected_info()
        if info is None:
            return False
        reason = self.busy_reason() if self.busy_reason is not None else None
        if reason:
            messages.info(self, self.tr(TITLE), reason)
            return False
        drafts = (
            ""
            if info.drafts is None
            else self.tr(" ({drafts} bản thảo)").format(drafts=info.drafts)
        )
        question = self.tr(
            "Khôi phục bản sao lưu lúc {time}{drafts}?\n\n"
            "Tệp dữ liệu hiện tại không bị ghi đè: nó được đổi tên và giữ lại bên cạnh."
        ).format(time=info.local_time_text(), drafts=drafts)
        if confirm and not messages.ask_yes_no(self, self.tr(TITLE), question):
            return False
        database = paths.database_path(self.data_dir)
        label = "truoc-khoi-phuc" if self.context is not None else "hong"
        if self.context is not None:
            self.context.db.close()
        try:
            kept = restore_backup(info.path, database, label=label)
        except StorageError as exc:
            messages.error(self, self.tr(TITLE), str(exc))
            return False
        finally:
            if self.context is not None:
                self.context.reopen_database()
        self.restored = True
        where = (
            self.tr("\n\nTệp dữ liệu trước đó được giữ lại: {kept}").format(kept=kept)
            if kept is not None
            else ""
        )
        messages.info(
            self,
            self.tr(TITLE),
            self.tr("Đã khôi phục bản sao lưu lúc {time}.{where}").format(
                time=info.local_time_text(), where=where
            ),
        )
        self.refresh()
        return True
