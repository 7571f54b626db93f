"""Helpers for the draft editor's tests: store a new draft, open editors, clean up."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.exceptions import TimeoutError as WaitTimeout


def store_new_draft(context: Any, type_id: str = "bc-6thang", year: int = 2024) -> str:
    from qcdc_desktop import storage
    from qcdc_desktop.doctypes import new_draft

    draft = new_draft(type_id, year)
    storage.save_draft(context.db, draft, reason="save", expected_revision=0)
    return draft.id


def load(context: Any, draft_id: str) -> Any:
    """The draft as stored, read on a fresh connection (what a restart would see)."""
    from qcdc_desktop.storage import load_draft, open_database

    db = open_database(context.db.path)
    try:
        return load_draft(db, draft_id)
    finally:
        db.close()


@pytest.fixture(name="open_editor")
def editor_opener(qtbot: Any, context: Any) -> Iterator[Callable[..., Any]]:
    """Open EditorWindows; every one still open is closed (and its thread stopped) after."""
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow

    windows: list[Any] = []

    def opener(draft_id: str, ctx: Any = None) -> Any:
        window = EditorWindow(ctx or context, draft_id)
        qtbot.addWidget(window)
        window.show()
        # Window shortcuts (Ctrl+S, Alt+Left…) need an active window; a modal dialog
        # left open by another test can prevent that, which only the shortcut test minds.
        window.activateWindow()
        try:
            qtbot.waitUntil(window.isActiveWindow, timeout=1000)
        except WaitTimeout:
            pass
        windows.append(window)
        return window

    yield opener
    for window in windows:
        if not window._closed:
            window.close()


def page(window: Any, step_id: str) -> Any:
    """Go to a step; on the review step, wait for its findings as a user would."""
    window.goto_step(step_id)
    shown = window.pages[step_id]
    finish = getattr(shown, "finish_checks", None)
    if finish is not None:
        finish()
    return shown


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user. qtbot.keyClicks asserts on non-ASCII characters (Qt's
    asciiToKey), so Vietnamese letters are sent as key events carrying their text,
    as an input method such as Unikey delivers them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    ascii_run = ""
    for char in text:
        if char.isascii() and char != "\n":
            ascii_run += char
            continue
        if ascii_run:
            qtbot.keyClicks(widget, ascii_run)
            ascii_run = ""
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
    if ascii_run:
        qtbot.keyClicks(widget, ascii_run)
