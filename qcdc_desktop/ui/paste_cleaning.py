"""Clean every paste into the program's text fields (Ctrl+V, the context menu, drops).

Qt gives no single hook for all the ways text gets pasted, so one event filter on the
application catches the paste keys, middle-click, external drops and context-menu
requests for every text field of every window, and the Vietnamese context menu pastes
through the same function. The text is inserted with the widgets' own insert
functions, so their usual signals (textChanged, textEdited) fire and the paste is one
undo step.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QClipboard,
    QContextMenuEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from qcdc_desktop.ui.mnemonics import is_target

translate = QCoreApplication.translate

TextWidget = QLineEdit | QPlainTextEdit | QTextEdit

# Above this size the paste shows a busy cursor while it is cleaned and inserted.
_BUSY_CHARS = 100_000


def cleaned_for(widget: QWidget, raw: str) -> str | None:
    """What a paste of `raw` into `widget` inserts; None when the user cancels."""
    # Imported at the first paste, not at start-up (the cleaners compile many patterns).
    from qcdc_desktop.text.paste import (
        CONVERT_TEXT,
        KEEP_TEXT,
        QUESTION_TITLE,
        legacy_question,
        prepare_paste,
    )
    from qcdc_desktop.ui import messages

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
        from qcdc_desktop.text.paste import QUESTION_TITLE
        from qcdc_desktop.ui import messages

        messages.warning(
            edit.window(),
            QUESTION_TITLE,
            translate(
                "PasteCleaning",
                "Ô này chỉ chứa được {limit} ký tự nên chỉ dán được {pasted} ký tự đầu của văn "
                "bản vừa sao chép.",
            ).format(limit=edit.maxLength(), pasted=max(room, 0)),
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


def text_target(widget: QObject | None, *, read_only_views: bool = False) -> TextWidget | None:
    """The text field an event on `widget` is meant for: the widget itself, the editor
    whose viewport it is, or the line edit inside a spin box or editable combo box
    (those forward keys to it directly, so the event is only seen on them)."""
    if isinstance(widget, QTextBrowser) and not read_only_views:
        return None  # previews: nothing to paste into
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    if isinstance(widget, QComboBox):
        return widget.lineEdit() if widget.isEditable() else None
    if isinstance(widget, QWidget):
        parent = widget.parent()
        if isinstance(parent, QPlainTextEdit | QTextEdit) and parent.viewport() is widget:
            return text_target(parent, read_only_views=read_only_views)
    return None


def _spell_checked(widget: QObject) -> bool:
    """Multi-line editors the user writes in get spelling as you type (spell_highlight.py);
    previews and read-only views do not."""
    return isinstance(widget, QPlainTextEdit | QTextEdit) and not isinstance(widget, QTextBrowser)


def _is_popup(widget: QWidget) -> bool:
    kind = widget.windowType()
    return kind in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


class InputGuard(QObject):
    """One event filter on the application that cleans every paste, drop and
    middle-click paste into any text field the program shows — wizard pages, dialogs,
    item views' cell editors, spin boxes, editable combo boxes — and gives each a
    Vietnamese context menu, so a new widget is covered without being registered.
    It also keeps every window, when shown, inside the screen (screen_fit.py).

    Kept as application-wide state on purpose: a filter installed per widget lost its
    Python half when PySide collected the wrapper of a cell editor that Qt had created,
    and the next paste raised AttributeError inside the event filter.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._types = {
            QEvent.Type.KeyPress,
            QEvent.Type.Drop,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.ContextMenu,
            QEvent.Type.Show,
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in self._types:
            return False
        if kind == QEvent.Type.Show:
            if isinstance(watched, QWidget):
                self._shown(watched)
            return False
        target = text_target(watched, read_only_views=kind == QEvent.Type.ContextMenu)
        if target is None:
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Paste) and not _read_only(target):
                paste_clipboard(target)
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            return self._drop(target, event)
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            return self._middle_click(target, event)
        elif kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            return self._context_menu(watched, target, event)
        return False

    def _shown(self, widget: QWidget) -> None:
        if widget.isWindow():
            if not _is_popup(widget):
                window_shown(widget)
        elif is_target(widget):  # a button shown later (a wizard page, a group)
            from qcdc_desktop.ui.mnemonics import schedule

            schedule(widget)
        elif _spell_checked(widget):
            from qcdc_desktop.ui.spell_highlight import install_spell_check

            install_spell_check(widget)

    def _drop(self, target: TextWidget, event: QDropEvent) -> bool:
        mime = event.mimeData()
        # A drag inside the same field is a move of text already there: Qt's own handling
        # removes the original, which a plain insert here would not.
        source = event.source()
        own = {target} | ({target.viewport()} if not isinstance(target, QLineEdit) else set())
        if source in own or not mime.hasText() or _read_only(target):
            return False
        _move_cursor_to(target, event.position().toPoint())
        paste_text(target, mime.text())
        event.acceptProposedAction()
        return True

    def _middle_click(self, target: TextWidget, event: QMouseEvent) -> bool:
        clipboard = QGuiApplication.clipboard()
        if (
            event.button() != Qt.MouseButton.MiddleButton
            or clipboard is None
            or not clipboard.supportsSelection()
            or _read_only(target)
        ):
            return False
        _move_cursor_to(target, event.position().toPoint())
        paste_clipboard(target, QClipboard.Mode.Selection)
        return True

    def _context_menu(self, watched: QObject, target: TextWidget, event: QContextMenuEvent) -> bool:
        from qcdc_desktop.ui.vn_menus import build_vietnamese_menu

        owner = watched if isinstance(watched, QAbstractSpinBox | QComboBox) else target
        if not isinstance(owner, QWidget):
            return False
        if owner.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
            return False  # the widget has its own (Vietnamese) menu
        if isinstance(owner, QPlainTextEdit | QTextEdit) and _spell_checked(owner):
            from qcdc_desktop.ui.spell_highlight import open_proofing_menu

            open_proofing_menu(owner, event, watched)
            return True
        menu = build_vietnamese_menu(owner)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        return True


def window_shown(window: QWidget) -> None:
    """What every window gets when shown: kept inside the screen, Alt+letters."""
    from qcdc_desktop.ui.mnemonics import assign_mnemonics
    from qcdc_desktop.ui.screen_fit import fit_to_screen

    fit_to_screen(window)
    assign_mnemonics(window)


_guard: list[InputGuard] = []


def install_input_guard(app: QApplication) -> InputGuard:
    """Install the application-wide guard once (start-up and tests call this)."""
    for guard in _guard:
        if guard.parent() is app:
            return guard
    guard = InputGuard(app)
    app.installEventFilter(guard)
    _guard[:] = [guard]  # a strong reference: the Python half must outlive every event
    # Qt still sends events while the application object is destroyed at interpreter
    # exit, when Python can no longer run the filter: remove it before that.
    atexit.register(_remove_guard, app, guard)
    return guard


def install_after_first_paint(
    app: QApplication, window: QWidget, then: Callable[[], object] | None = None
) -> None:
    """For the first window of the program, shown by the caller: fit it to the screen and
    give it Alt+letters now, guard every text field from its first paint on, then run
    `then` (which may open more windows: they are guarded from their start).

    An application-wide Python filter is handed every event of every object, and the
    first event of each Qt class makes PySide build that class's Python type with all its
    enums: about 25 ms for the classes a table view is made of, paid while the start
    window is first shown. Nothing can be pasted into a window not yet on screen, so the
    guard starts right after the first paint (ui/after_paint.py).
    """
    from qcdc_desktop.ui.after_paint import after_paint

    def install() -> None:
        install_input_guard(app)
        if then is not None:
            then()

    window_shown(window)
    after_paint(window).add("input-guard", install)


def _remove_guard(app: QApplication, guard: InputGuard) -> None:
    try:
        app.removeEventFilter(guard)
    except RuntimeError:
        pass  # the application is already gone
    _guard.clear()
