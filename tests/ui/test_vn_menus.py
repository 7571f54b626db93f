"""Vietnamese context menus replace Qt's English ones on text widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
)

from qcdc_desktop.ui.vn_menus import build_vietnamese_menu

TEXT_ACTIONS = ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"]


def labels(menu: Any) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def enabled(menu: Any) -> dict[str, bool]:
    return {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}


def test_line_edit_menu_follows_the_widget_state(qtbot: Any) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    QGuiApplication.clipboard().setText("dán vào")
    menu = build_vietnamese_menu(edit)
    assert labels(menu) == TEXT_ACTIONS
    state = enabled(menu)
    assert not state["Cắt"] and not state["Sao chép"] and state["Dán"]
    assert not state["Chọn tất cả"]

    edit.setText("Sở Nội vụ")
    edit.selectAll()
    state = enabled(build_vietnamese_menu(edit))
    assert state["Cắt"] and state["Sao chép"] and state["Xóa"] and state["Chọn tất cả"]

    edit.setReadOnly(True)
    state = enabled(build_vietnamese_menu(edit))
    assert state["Sao chép"] and not state["Cắt"] and not state["Dán"] and not state["Xóa"]


def test_menu_actions_act_on_the_widget(qtbot: Any) -> None:
    edit = QPlainTextEdit("Báo cáo")
    qtbot.addWidget(edit)
    edit.selectAll()
    actions = {a.text(): a for a in build_vietnamese_menu(edit).actions()}
    actions["Sao chép"].trigger()
    assert QGuiApplication.clipboard().text() == "Báo cáo"
    actions["Xóa"].trigger()
    assert edit.toPlainText() == ""
    undo = {a.text(): a for a in build_vietnamese_menu(edit).actions()}["Hoàn tác"]
    assert undo.isEnabled()
    undo.trigger()
    assert edit.toPlainText() == "Báo cáo"


def test_every_supported_widget_gets_vietnamese_actions_only(qtbot: Any) -> None:
    spin = QSpinBox()
    text = QTextEdit()
    combo = QComboBox()
    combo.setEditable(True)
    for widget in (spin, text, combo):
        qtbot.addWidget(widget)
    assert labels(build_vietnamese_menu(text)) == TEXT_ACTIONS
    assert labels(build_vietnamese_menu(spin)) == [*TEXT_ACTIONS, "Tăng", "Giảm"]
    assert labels(build_vietnamese_menu(combo)) == TEXT_ACTIONS
    spin_actions = {a.text(): a for a in build_vietnamese_menu(spin).actions()}
    spin_actions["Tăng"].trigger()
    assert spin.value() == 1


def _menu_shown_for(widget: Any) -> list[str]:
    """Right-click `widget` as a user does and return the labels of the menu shown."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    for old in QApplication.topLevelWidgets():
        if isinstance(old, QMenu):
            old.close()
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), target.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(target, event)
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert len(menus) == 1, "no menu or more than one"
    shown = labels(menus[0])
    menus[0].close()
    return shown


def test_every_field_of_a_dialog_and_a_cell_editor_get_the_vietnamese_menu(qtbot: Any) -> None:
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    line, text, spin, table = QLineEdit(), QPlainTextEdit(), QSpinBox(), QTableWidget(1, 1)
    for widget in (line, text, spin, table):
        layout.addWidget(widget)
    dialog.show()
    assert _menu_shown_for(line) == TEXT_ACTIONS
    assert _menu_shown_for(text) == TEXT_ACTIONS
    assert _menu_shown_for(spin) == [*TEXT_ACTIONS, "Tăng", "Giảm"]
    table.setItem(0, 0, QTableWidgetItem("ô"))
    table.editItem(table.item(0, 0))
    cell = table.findChild(QLineEdit)
    assert cell is not None
    assert _menu_shown_for(cell) == TEXT_ACTIONS


def test_menu_paste_is_cleaned_like_ctrl_v(qtbot: Any, dialogs: Any) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    QGuiApplication.clipboard().setText("Nghị\u00a0định\x0b04")
    actions = {a.text(): a for a in build_vietnamese_menu(edit).actions()}
    actions["Dán"].trigger()
    assert edit.text() == "Nghị định 04"
