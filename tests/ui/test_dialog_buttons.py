"""The shared button row: which button closes the dialog, and how."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from qcdc_desktop.ui.dialog_buttons import dialog_buttons


def _dialog(qtbot: Any) -> tuple[QDialog, QPushButton, QPushButton, QDialogButtonBox]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    action, accept = QPushButton("Tổng hợp"), QPushButton("Tạo")
    buttons = dialog_buttons(dialog, "Đóng", accept=accept, actions=(action,))
    return dialog, action, accept, buttons


def _close_button(buttons: QDialogButtonBox) -> QPushButton:
    (close,) = [
        b
        for b in buttons.buttons()
        if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole
    ]
    assert isinstance(close, QPushButton)
    return close


def test_the_accepting_button_accepts_and_the_last_one_closes(qtbot: Any) -> None:
    dialog, _action, accept, buttons = _dialog(qtbot)
    dialog.show()
    accept.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()

    dialog.show()
    close = _close_button(buttons)
    assert close.text() == "Đóng"
    close.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_an_action_button_leaves_the_dialog_open(qtbot: Any) -> None:
    dialog, action, _accept, buttons = _dialog(qtbot)
    assert buttons.buttonRole(action) == QDialogButtonBox.ButtonRole.ActionRole
    dialog.show()
    action.click()
    assert dialog.isVisible()


def test_a_row_without_an_accepting_button_only_closes(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    buttons = dialog_buttons(dialog, "Hủy")
    assert [b.text() for b in buttons.buttons()] == ["Hủy"]
    dialog.show()
    _close_button(buttons).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
