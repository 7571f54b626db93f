"""The editor window's row of buttons under the pages: save, history, back, next, export."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

translate = QCoreApplication.translate


class NavigationButtons(NamedTuple):
    save: QPushButton
    history: QPushButton
    back: QPushButton
    next: QPushButton
    export: QPushButton


def _button(name: str, text: str, tooltip: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tooltip)
    return button


def navigation_row() -> tuple[QHBoxLayout, NavigationButtons]:
    """The buttons (named for tests and the keyboard map) laid out as the window shows
    them: saving on the left, moving through the steps and exporting on the right."""
    buttons = NavigationButtons(
        save=_button(
            "save",
            translate("EditorWindow", "Lưu"),
            translate("EditorWindow", "Lưu ngay và giữ một phiên bản (Ctrl+S)"),
        ),
        history=_button(
            "history",
            translate("EditorWindow", "Lịch sử"),
            translate("EditorWindow", "Các phiên bản đã lưu của bản thảo: xem, khôi phục"),
        ),
        back=_button(
            "back",
            translate("EditorWindow", "Quay lại"),
            translate("EditorWindow", "Về bước trước (Alt+Mũi tên trái)"),
        ),
        next=_button(
            "next",
            translate("EditorWindow", "Tiếp theo"),
            translate("EditorWindow", "Sang bước sau (Ctrl+Enter)"),
        ),
        export=_button(
            "export",
            translate("EditorWindow", "Xuất Word"),
            translate("EditorWindow", "Kiểm tra và xuất văn bản ra tệp Word (Ctrl+E)"),
        ),
    )
    buttons.next.setDefault(False)
    row = QHBoxLayout()
    row.addWidget(buttons.save)
    row.addWidget(buttons.history)
    row.addStretch(1)
    row.addWidget(buttons.back)
    row.addWidget(buttons.next)
    row.addWidget(buttons.export)
    return row, buttons
