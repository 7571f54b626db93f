"""Clean every paste into the wizard's text fields (Ctrl+V, the context menu, drops).

Qt gives no single hook for all the ways text gets pasted into a QLineEdit, so an event
filter catches the paste keys, middle-click and external drops, and the widget's
`paste` slot is replaced on the instance, which the Vietnamese context menu calls. The
text is inserted with the widgets' own insert functions, so their usual signals
(textChanged, textEdited) fire and the paste is one undo step.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QClipboard,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from qcdc_desktop.text.paste import (
    CONVERT_TEXT,
    KEEP_TEXT,
    QUESTION_TITLE,
    legacy_question,
    prepare_paste,
)
from qcdc_desktop.ui import messages

TextWidget = QLineEdit | QPlainTextEdit | QTextEdit

# Above this size the paste shows a busy cursor while it is cleaned and inserted.
_BUSY_CHARS = 100_000


def cleaned_for(widget: QWidget, raw: str) -> str | None:
    """What a paste of `raw` into `widget` inserts; None when the user cancels."""
    prepared = prepare_paste(raw, multiline=not isinstance(widget, QLineEdit))
    if prepared.legacy is None:
        return prepared.text
    choice = messages.ask_choice(
        widget.window(), QUESTION_TITLE, legacy_question(prepared.legacy), [CONVERT_TEXT, KEEP_TEXT]
    )
    if choice is None:
        return None
    if choice == 0:
        with _busy(len(raw)):
            return prepared.converted()
    return prepared.text


class _busy:
    """A wait cursor around slow work on big pastes."""

    def __init__(self, size: int) -> None:
        self.on = size > _BUSY_CHARS

    def __enter__(self) -> None:
        if self.on:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        if self.on:
            QApplication.restoreOverrideCursor()


def _read_only(widget: TextWidget) -> bool:
    return widget.isReadOnly() or not widget.isEnabled()


def paste_text(widget: TextWidget, raw: str) -> bool:
    """Clean `raw` and insert it at `widget`'s cursor. False when nothing was inserted."""
    if _read_only(widget) or not raw:
        return False
    with _busy(len(raw)):
        text = cleaned_for(widget, raw)
        if not text:
            return False
        if isinstance(widget, QLineEdit):
            return _insert_in_line(widget, text)
        widget.insertPlainText(text)
        widget.ensureCursorVisible()
    return True


def _insert_in_line(edit: QLineEdit, text: str) -> bool:
    room = edit.maxLength() - len(edit.text()) + len(edit.selectedText())
    if len(text) > room:
        # Qt would cut the text silently; say so instead.
        messages.warning(
            edit.window(),
            QUESTION_TITLE,
            f"Ô này chỉ chứa được {edit.maxLength()} ký tự nên chỉ dán được "
            f"{max(room, 0)} ký tự đầu của văn bản vừa sao chép.",
        )
        text = text[: max(room, 0)]
    if text:
        edit.insert(text)
    return bool(text)


def paste_clipboard(widget: TextWidget, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
    clipboard = QGuiApplication.clipboard()
    return paste_text(widget, clipboard.text(mode) if clipboard is not None else "")


def _move_cursor_to(widget: TextWidget, pos: QPoint) -> None:
    if isinstance(widget, QLineEdit):
        widget.deselect()
        widget.setCursorPosition(widget.cursorPositionAt(pos))
    else:
        widget.setTextCursor(widget.cursorForPosition(pos))


class PasteCleaner(QObject):
    """The event filter; a child of the widget it cleans, so it lives as long."""

    def __init__(self, widget: TextWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.targets: list[QWidget] = [widget]
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            # Mouse and drop events go to the scroll area's viewport.
            self.targets.append(widget.viewport())
        for target in self.targets:
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        widget = self.widget
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Paste) and not _read_only(widget):
                paste_clipboard(widget)
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            return self._drop(event)
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            return self._middle_click(event)
        return False

    def _drop(self, event: QDropEvent) -> bool:
        mime = event.mimeData()
        # A drag inside the same field is a move of text already there: Qt's own handling
        # removes the original, which a plain insert here would not.
        if event.source() in self.targets or not mime.hasText() or _read_only(self.widget):
            return False
        _move_cursor_to(self.widget, event.position().toPoint())
        paste_text(self.widget, mime.text())
        event.acceptProposedAction()
        return True

    def _middle_click(self, event: QMouseEvent) -> bool:
        clipboard = QGuiApplication.clipboard()
        if (
            event.button() != Qt.MouseButton.MiddleButton
            or clipboard is None
            or not clipboard.supportsSelection()
            or _read_only(self.widget)
        ):
            return False
        _move_cursor_to(self.widget, event.position().toPoint())
        paste_clipboard(self.widget, QClipboard.Mode.Selection)
        return True


class _EditorWatcher(QObject):
    """Cleans the in-place editors an item view makes (outline titles, table cells)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit):
                install_paste_cleaning(child)
        return False


def install_paste_cleaning(widget: QWidget) -> None:
    """Clean what is pasted into `widget` (a QLineEdit, QPlainTextEdit or QTextEdit; for
    an item view, the editors it opens). Installing twice does nothing more."""
    if isinstance(widget, QTextBrowser):
        return  # read-only views
    if isinstance(widget, QAbstractItemView):
        if not widget.findChildren(
            _EditorWatcher, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            _EditorWatcher(widget)
        return
    if not isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return
    if widget.findChildren(PasteCleaner, options=Qt.FindChildOption.FindDirectChildrenOnly):
        return
    if isinstance(widget.parent(), QAbstractSpinBox):
        return  # numbers: the spin box's validator already decides what goes in
    PasteCleaner(widget)
    # Every editor that gets pasted into also gets spelling as you type.
    from qcdc_desktop.ui.spell_highlight import install_spell_check

    install_spell_check(widget)
    # The Vietnamese context menu calls `widget.paste`; the instance attribute wins.
    # A weak reference, so the widget's own attribute does not keep it alive.
    ref = weakref.ref(widget)

    def paste() -> None:
        target = ref()
        if target is not None:
            paste_clipboard(target)

    widget.paste = paste  # type: ignore[method-assign]


def install_paste_cleaning_on_children(root: QWidget) -> None:
    """Clean pastes into every text field and item view under `root` (a page, a dialog)."""
    for cls in (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView):
        for child in root.findChildren(cls):
            install_paste_cleaning(child)
