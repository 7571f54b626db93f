"""The editor window's row of buttons under the pages: save, history, back, next, export."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate


class NavigationButtons(NamedTuple):
    save: QPushButton
    history: QPushButton
    back: QPushButton
    next: QPushButton
    export: QPushButton


# (object name, text, tooltip), in the order of NavigationButtons.
_BUTTONS = (
    (
        "save",
        QT_TRANSLATE_NOOP("EditorWindow", "Lưu"),
        QT_TRANSLATE_NOOP("EditorWindow", "Lưu ngay và giữ một phiên bản (Ctrl+S)"),
    ),
    (
        "history",
        QT_TRANSLATE_NOOP("EditorWindow", "Lịch sử"),
        QT_TRANSLATE_NOOP("EditorWindow", "Các phiên bản đã lưu của bản thảo: xem, khôi phục"),
    ),
    (
        "back",
        QT_TRANSLATE_NOOP("EditorWindow", "Quay lại"),
        QT_TRANSLATE_NOOP("EditorWindow", "Về bước trước (Alt+Mũi tên trái)"),
    ),
    (
        "next",
        QT_TRANSLATE_NOOP("EditorWindow", "Tiếp theo"),
        QT_TRANSLATE_NOOP("EditorWindow", "Sang bước sau (Ctrl+Enter)"),
    ),
    (
        "export",
        QT_TRANSLATE_NOOP("EditorWindow", "Xuất Word"),
        QT_TRANSLATE_NOOP("EditorWindow", "Kiểm tra và xuất văn bản ra tệp Word (Ctrl+E)"),
    ),
)


def _button(name: str, text: str, tooltip: str) -> QPushButton:
    button = QPushButton(translate("EditorWindow", text))
    button.setObjectName(name)
    button.setToolTip(translate("EditorWindow", tooltip))
    return button


def navigation_row() -> tuple[QHBoxLayout, NavigationButtons]:
    """The buttons (named for tests and the keyboard map) laid out as the window shows
    them: saving on the left, moving through the steps and exporting on the right."""
    buttons = NavigationButtons(*(_button(*spec) for spec in _BUTTONS))
    buttons.next.setDefault(False)
    row = QHBoxLayout()
    row.addWidget(buttons.save)
    row.addWidget(buttons.history)
    row.addStretch(1)
    row.addWidget(buttons.back)
    row.addWidget(buttons.next)
    row.addWidget(buttons.export)
    return row, buttons
