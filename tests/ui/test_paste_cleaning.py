"""Pastes into the wizard's text fields are cleaned, and legacy-encoded text is offered
for conversion (never converted without asking)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
)
from wizard_fixtures import editor_opener, page, store_new_draft  # noqa: F401

from qcdc_desktop.text.legacy import encode_legacy
from qcdc_desktop.text.paste import CONVERT_TEXT, KEEP_TEXT, legacy_question
from qcdc_desktop.ui.vn_menus import PASTE, build_vietnamese_menu

TCVN3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam"
UNICODE = "Cộng hoà xã hội chủ nghĩa Việt Nam"


def ctrl_v(qtbot: Any, widget: Any, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def editor(qtbot: Any) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.show()
    return edit


@pytest.fixture
def line(qtbot: Any) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    return edit


def test_paste_of_word_debris_is_cleaned(qtbot: Any, editor: QPlainTextEdit, dialogs: Any) -> None:
    ctrl_v(qtbot, editor, "Dòng một\x0bdòng\thai\u00a0ba\x01 bốn\r\nĐoạn “hai”")
    assert editor.toPlainText() == "Dòng một\ndòng hai ba bốn\nĐoạn “hai”"
    assert dialogs.calls == []


def test_paste_is_nfc(qtbot: Any, editor: QPlainTextEdit) -> None:
    ctrl_v(qtbot, editor, "Vie\u0302\u0323t Nam")
    assert editor.toPlainText() == "Việt Nam"


def test_tcvn3_paste_converted_when_accepted(
    qtbot: Any, editor: QPlainTextEdit, dialogs: Any
) -> None:
    dialogs.choice.append(0)
    ctrl_v(qtbot, editor, TCVN3)
    assert editor.toPlainText() == UNICODE
    assert dialogs.texts("ask_choice") == [legacy_question("tcvn3")]
    assert "TCVN3 (phông .VnTime)" in dialogs.texts("ask_choice")[0]


def test_tcvn3_paste_kept_when_declined(qtbot: Any, editor: QPlainTextEdit, dialogs: Any) -> None:
    dialogs.choice.append(1)
    ctrl_v(qtbot, editor, TCVN3)
    assert editor.toPlainText() == TCVN3


def test_cancelled_question_pastes_nothing(
    qtbot: Any, editor: QPlainTextEdit, dialogs: Any
) -> None:
    editor.setPlainText("trước")
    dialogs.choice.append(None)
    ctrl_v(qtbot, editor, TCVN3)
    assert editor.toPlainText() == "trước"


def test_vni_paste_converted(qtbot: Any, editor: QPlainTextEdit, dialogs: Any) -> None:
    dialogs.choice.append(0)
    ctrl_v(qtbot, editor, encode_legacy(UNICODE, "vni"))
    assert editor.toPlainText() == UNICODE
    assert "VNI" in dialogs.texts("ask_choice")[0]


def test_unicode_vietnamese_asks_nothing(qtbot: Any, editor: QPlainTextEdit, dialogs: Any) -> None:
    text = "Thực hiện dân chủ ở cơ sở năm 2024: “công khai, minh bạch” µm, © 5°C"
    ctrl_v(qtbot, editor, text)
    assert editor.toPlainText() == text
    assert dialogs.calls == []


def test_paste_keeps_edges_so_words_and_lines_stay_apart(
    qtbot: Any, editor: QPlainTextEdit, line: QLineEdit
) -> None:
    editor.setPlainText("Dòng cũ")
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    ctrl_v(qtbot, editor, "Đoạn mới\r\n")
    assert editor.toPlainText() == "Đoạn mới\nDòng cũ"
    line.setText("Báocáo")
    line.setCursorPosition(3)
    ctrl_v(qtbot, line, "\tnăm\u00a0")
    assert line.text() == "Báo năm cáo"


def test_context_menu_paste_into_line_edit_is_cleaned_and_signals(
    qtbot: Any, line: QLineEdit
) -> None:
    edited: list[str] = []
    line.textEdited.connect(edited.append)
    QGuiApplication.clipboard().setText("Sở\u00a0Thông tin\r\nvà Truyền thông\x07")
    menu = build_vietnamese_menu(line)
    action = next(a for a in menu.actions() if a.text() == PASTE)
    action.trigger()
    assert line.text() == "Sở Thông tin và Truyền thông"
    assert edited == ["Sở Thông tin và Truyền thông"]


def test_context_menu_paste_into_text_editor_is_cleaned(
    qtbot: Any, editor: QPlainTextEdit, dialogs: Any
) -> None:
    dialogs.choice.append(0)
    QGuiApplication.clipboard().setText(TCVN3)
    menu = build_vietnamese_menu(editor)
    next(a for a in menu.actions() if a.text() == PASTE).trigger()
    assert editor.toPlainText() == UNICODE


def test_external_drop_is_cleaned(qtbot: Any, editor: QPlainTextEdit) -> None:
    mime = QMimeData()
    mime.setText("Kéo\u00a0thả\x0bvào")
    # Qt ignores a drop that no accepted drag-enter came before.
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(editor.viewport(), enter)
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(editor.viewport(), event)
    assert editor.toPlainText() == "Kéo thả\nvào"


def test_read_only_field_takes_no_paste(qtbot: Any, editor: QPlainTextEdit) -> None:
    editor.setPlainText("cố định")
    editor.setReadOnly(True)
    ctrl_v(qtbot, editor, "thêm")
    assert editor.toPlainText() == "cố định"


def test_too_long_for_line_edit_warns(qtbot: Any, line: QLineEdit, dialogs: Any) -> None:
    line.setMaxLength(10)
    ctrl_v(qtbot, line, "Một hai ba bốn năm")
    assert line.text() == "Một hai ba"
    assert dialogs.kinds() == ["warning"]
    assert "10 ký tự" in dialogs.texts("warning")[0]


def test_megabyte_paste_is_whole_and_quick(qtbot: Any, editor: QPlainTextEdit) -> None:
    paragraph = "Thực hiện tốt quy chế dân chủ ở cơ sở,\u00a0công khai\tminh bạch.\r\n"
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    started = time.perf_counter()
    ctrl_v(qtbot, editor, text)
    elapsed = time.perf_counter() - started
    # The paste ended with a paragraph mark, which is kept.
    clean = "Thực hiện tốt quy chế dân chủ ở cơ sở, công khai minh bạch.\n"
    assert editor.toPlainText() == clean * text.count("\r\n")
    print(f"1 MB paste: {elapsed:.2f} s")
    assert elapsed < 5  # generous: a slow CI machine, not a freeze


def test_item_view_cell_editors_are_cleaned_even_after_garbage_collection(qtbot: Any) -> None:
    """The basis table's crash: Qt creates the cell editor, PySide collects its wrapper,
    and the next paste ran into a filter whose Python half was gone."""
    import gc

    table = QTableWidget(1, 1)
    table.setItem(0, 0, QTableWidgetItem(""))
    qtbot.addWidget(table)
    table.show()
    table.editItem(table.item(0, 0))
    gc.collect()
    editor = QApplication.focusWidget() or table.findChild(QLineEdit)
    gc.collect()
    ctrl_v(qtbot, editor, "Quyết\u00a0định\t123\x07")
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Quyết định 123"

    model = QStandardItemModel()
    model.appendRow(QStandardItem("Mục"))
    tree = QTreeView()
    tree.setModel(model)
    qtbot.addWidget(tree)
    tree.show()
    tree.edit(model.index(0, 0))
    gc.collect()
    rename = tree.findChild(QLineEdit)
    rename.selectAll()
    ctrl_v(qtbot, rename, "Phần\x0bmột")
    assert rename.text() == "Phần một"


def test_spin_box_and_combo_box_pastes_are_cleaned(qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QSpinBox

    spin = QSpinBox()
    spin.setRange(0, 100_000)
    qtbot.addWidget(spin)
    spin.show()
    spin.findChild(QLineEdit).selectAll()
    ctrl_v(qtbot, spin, "\t2024\x07 ")
    assert spin.value() == 2024

    combo = QComboBox()
    combo.setEditable(True)
    qtbot.addWidget(combo)
    combo.show()
    ctrl_v(qtbot, combo, "Giám\u00a0đốc\x0b")
    assert combo.currentText() == "Giám đốc "  # edges kept, as a typed space would be


def test_paste_into_part_text_marks_the_draft_edited(
    qtbot: Any, context: Any, open_editor: Any, dialogs: Any
) -> None:
    window = open_editor(store_new_draft(context))
    section = next(s for s in window.steps if s.kind == "section")
    shown = page(window, section.id)
    shown.text.setPlainText("")
    dialogs.choice.append(0)
    ctrl_v(qtbot, shown.text, TCVN3)
    window.flush()
    assert [b.text for b in shown.part.blocks if b.kind != "figures"] == [UNICODE]


def test_question_buttons_are_vietnamese() -> None:
    assert (CONVERT_TEXT, KEEP_TEXT) == ("Chuyển sang Unicode", "Giữ nguyên")
