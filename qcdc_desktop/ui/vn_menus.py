"""Vietnamese context menus for text widgets.

Qt's standard context menus for QLineEdit, QTextEdit and friends are English (Qt ships
no Vietnamese translation), so the application-wide input guard (paste_cleaning.py)
shows the menu built here for every text field, spin box and editable combo box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

UNDO = QT_TRANSLATE_NOOP("VnMenus", "Hoàn tác")
REDO = QT_TRANSLATE_NOOP("VnMenus", "Làm lại")
CUT = QT_TRANSLATE_NOOP("VnMenus", "Cắt")
COPY = QT_TRANSLATE_NOOP("VnMenus", "Sao chép")
PASTE = QT_TRANSLATE_NOOP("VnMenus", "Dán")
DELETE = QT_TRANSLATE_NOOP("VnMenus", "Xóa")
SELECT_ALL = QT_TRANSLATE_NOOP("VnMenus", "Chọn tất cả")
STEP_UP = QT_TRANSLATE_NOOP("VnMenus", "Tăng")
STEP_DOWN = QT_TRANSLATE_NOOP("VnMenus", "Giảm")


def _clipboard_has_text() -> bool:
    clipboard = QGuiApplication.clipboard()
    return bool(clipboard is not None and clipboard.text())


def _paste(edit: QLineEdit | QPlainTextEdit | QTextEdit) -> None:
    # The same cleaning as Ctrl+V and drops (control characters, NFC, legacy fonts).
    from qcdc_desktop.ui.paste_cleaning import paste_clipboard

    paste_clipboard(edit)


def _add(
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    enabled: bool,
    key: QKeySequence.StandardKey | None = None,
) -> QAction:
    action = menu.addAction(QCoreApplication.translate("VnMenus", text))
    action.setEnabled(enabled)
    if key is not None:
        action.setShortcut(QKeySequence(key))
        # The shortcut is only displayed; the widget handles the keys itself.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    return action


def _line_edit_menu(menu: QMenu, edit: QLineEdit) -> None:
    writable = not edit.isReadOnly()
    has_selection = edit.hasSelectedText()
    normal = edit.echoMode() == QLineEdit.EchoMode.Normal
    _add(menu, UNDO, edit.undo, writable and edit.isUndoAvailable(), QKeySequence.StandardKey.Undo)
    _add(menu, REDO, edit.redo, writable and edit.isRedoAvailable(), QKeySequence.StandardKey.Redo)
    menu.addSeparator()
    _add(menu, CUT, edit.cut, writable and has_selection and normal, QKeySequence.StandardKey.Cut)
    _add(menu, COPY, edit.copy, has_selection and normal, QKeySequence.StandardKey.Copy)
    _add(
        menu,
        PASTE,
        lambda: _paste(edit),
        writable and _clipboard_has_text(),
        QKeySequence.StandardKey.Paste,
    )
    _add(menu, DELETE, edit.del_, writable and has_selection)
    menu.addSeparator()
    _add(menu, SELECT_ALL, edit.selectAll, bool(edit.text()), QKeySequence.StandardKey.SelectAll)


def _text_edit_menu(menu: QMenu, edit: QPlainTextEdit | QTextEdit) -> None:
    writable = not edit.isReadOnly()
    document = edit.document()
    has_selection = edit.textCursor().hasSelection()

    def delete_selection() -> None:
        edit.textCursor().removeSelectedText()

    _add(
        menu,
        UNDO,
        edit.undo,
        writable and document.isUndoAvailable(),
        QKeySequence.StandardKey.Undo,
    )
    _add(
        menu,
        REDO,
        edit.redo,
        writable and document.isRedoAvailable(),
        QKeySequence.StandardKey.Redo,
    )
    menu.addSeparator()
    _add(menu, CUT, edit.cut, writable and has_selection, QKeySequence.StandardKey.Cut)
    _add(menu, COPY, edit.copy, has_selection, QKeySequence.StandardKey.Copy)
    _add(
        menu,
        PASTE,
        lambda: _paste(edit),
        writable and edit.canPaste(),
        QKeySequence.StandardKey.Paste,
    )
    _add(menu, DELETE, delete_selection, writable and has_selection)
    menu.addSeparator()
    _add(
        menu,
        SELECT_ALL,
        edit.selectAll,
        not document.isEmpty(),
        QKeySequence.StandardKey.SelectAll,
    )


def build_vietnamese_menu(widget: QWidget) -> QMenu:
    """The menu for `widget`'s current state (separate from showing it, for tests)."""
    menu = QMenu(widget)
    if isinstance(widget, QLineEdit):
        _line_edit_menu(menu, widget)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        _text_edit_menu(menu, widget)
    elif isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
        if edit is not None:
            _line_edit_menu(menu, edit)
        menu.addSeparator()
        _add(menu, STEP_UP, widget.stepUp, not widget.isReadOnly())
        _add(menu, STEP_DOWN, widget.stepDown, not widget.isReadOnly())
    elif isinstance(widget, QComboBox):
        combo_edit = widget.lineEdit()
        if combo_edit is not None:
            _line_edit_menu(menu, combo_edit)
    return menu
