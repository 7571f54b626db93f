"""Vietnamese context menus replace Qt's English ones on text widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
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

from qcdc_desktop.ui.vn_menus import (
    build_vietnamese_menu,
    install_on_children,
    install_vietnamese_context_menu,
)

TEXT_ACTIONS = ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"]


def labels(menu: Any) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def enabled(menu: Any) -> dict[str, bool]:
    return {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}


def test_line_edit_menu_follows_the_widget_state(qtbot: Any) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    install_vietnamese_context_menu(edit)
    assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
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


def test_install_on_children_covers_a_whole_dialog(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    widgets = [QLineEdit(), QPlainTextEdit(), QSpinBox()]
    for widget in widgets:
        layout.addWidget(widget)
    install_on_children(dialog)
    for widget in widgets:
        assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    # The spin box's inner line edit is left to the spin box's own menu.
    inner = widgets[2].findChild(QLineEdit)
    assert inner is not None
    assert inner.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu
