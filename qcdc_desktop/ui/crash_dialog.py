"""The dialog shown after an unexpected error (crash.py catches it and logs it first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from qcdc_desktop.ui.crash import CRASH_TITLE
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.messages import DetailsDialog

CONTINUE_TEXT = QT_TRANSLATE_NOOP("CrashDialog", "&Tiếp tục làm việc")
QUIT_TEXT = QT_TRANSLATE_NOOP("CrashDialog", "T&hoát chương trình")


class CrashDialog(DetailsDialog):
    """The main button returns to the window; quitting is a separate, explicit button."""

    def __init__(
        self,
        parent: QWidget | None,
        message: str,
        details: str,
        log_path: Path,
        saved_note: str = "",
    ) -> None:
        text = (
            f"{self.tr(CRASH_TITLE)}.\n\n{message}\n\n"
            + (f"{saved_note}\n\n" if saved_note else "")
            + self.tr(
                "Chi tiết kỹ thuật đã được ghi vào tệp nhật ký:\n"
                "{log_path}\n\n"
                "Anh/chị có thể tiếp tục làm việc. Nếu lỗi lặp lại, hãy bấm “Sao chép chi tiết” "
                "và gửi cho người hỗ trợ."
            ).format(log_path=log_path)
        )
        super().__init__(parent, self.tr(CRASH_TITLE), text, details)
        self.quit_chosen = False
        self.close_button.setText(self.tr(CONTINUE_TEXT))
        self.quit_button = QPushButton(self.tr(QUIT_TEXT))
        self.quit_button.setAutoDefault(False)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.quit_button.clicked.connect(self._quit)

    def _quit(self) -> None:
        self.quit_chosen = True
        self.reject()
