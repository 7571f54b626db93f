"""A one-line field for an agency name in which the user may set the header's line breaks.

Shift+Enter puts a break where the user wants the name to wrap in the document's header
("SỞ VĂN HÓA, THỂ THAO ↵ VÀ DU LỊCH"); it shows as "↵" and is stored as a line
separator (U+2028), which the exporter follows instead of its own choice of breaks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

SHOWN_BREAK = "↵"
STORED_BREAK = "\u2028"
BREAK_TIP = QT_TRANSLATE_NOOP(
    "HeaderNameEdit",
    "Shift+Enter: xuống dòng tại đây khi in tên cơ quan ở đầu văn bản (hiện là dấu ↵). "
    "Không đặt thì chương trình tự xuống dòng giữa các từ cho cân đối.",
)


def shown(name: str) -> str:
    return name.replace("\r\n", "\n").replace("\n", STORED_BREAK).replace(STORED_BREAK, SHOWN_BREAK)


def stored(text: str) -> str:
    pieces = [" ".join(p.split()) for p in text.split(SHOWN_BREAK)]
    return STORED_BREAK.join(p for p in pieces if p)


class HeaderNameEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(self.tr(BREAK_TIP))

    def text(self) -> str:  # type: ignore[override]
        """The name as stored: breaks as U+2028."""
        return stored(super().text())

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(shown(text or ""))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.insert(SHOWN_BREAK)
            event.accept()
            return
        super().keyPressEvent(event)
