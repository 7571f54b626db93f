"""Touch every editable widget of every window, dialog and wizard step like a user does.

Run as a child process (tests/ui/test_interaction_walk.py) so that a native crash is
reported instead of ending the test run:

    python tests/ui/interaction_walk.py OUT.json [--types bc-6thang,kh-nam]

Widgets are found by walking the widget tree (and item views' editable cells), so a
new widget is covered without editing this file. Every action is followed by checks:
no exception reached the excepthook or the log, no window grew beyond the screen. At
the end of each document type the draft is saved and read back on a fresh connection,
and must equal what the editor holds. The result (counts and failures) is written as
JSON; the exit code is 0 only when there were no failures.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import threading
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SCREEN = (1366, 728)  # a 1366×768 screen less a 40 px taskbar

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from office_screen import offscreen_platform

    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(*SCREEN)
    os.environ["QCDC_NO_CRASH_DIALOG"] = "1"
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication, QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

TCVN3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam"
NFD = "Vie\u0302\u0323t Nam da\u0302n chu\u0309"
WORD_DEBRIS = "Dòng một\x0bdòng\thai\x07 ba\u00a0bốn\r\nĐoạn “hai”\x01"
BIG = ("Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2024. " * 4000)[:200_000]
HTML = (
    "<html><body><p><b>Đậm</b> thường</p><table><tr><td>Ô 1</td><td>Ô 2</td></tr>"
    "</table></body></html>"
)
FIGURE_INPUTS = ["abc", "-5", str(10**20), "1.234,5", "", "02", "20.799"]
DATES = ["07/11/2023", "7/11/2023"]
CTRL = Qt.KeyboardModifier.ControlModifier
MAX_CELLS = 12  # editable cells tried per item view
# Buttons that leave the walk's window or open the system's programs.
SKIP_BUTTONS = {"export", "history", "open_file", "open_folder", "print", "pdf"}


class Walk:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.widgets: Counter[str] = Counter()
        self.actions = 0
        self.dialogs_closed: Counter[str] = Counter()
        self.cells_pasted: Counter[str] = Counter()  # by the item view's object name
        self.where = ""
        self.seen: set[tuple[str, str, str]] = set()
        self._install_hooks()
        self._closer = QTimer()
        self._closer.setInterval(15)
        self._closer.timeout.connect(self._close_modals)
        self._closer.start()
        self.own_modal: QWidget | None = None

    # --- failure detection -------------------------------------------------------------

    def _install_hooks(self) -> None:
        walk = self

        def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
            text = "".join(traceback.format_exception(kind, exc, tb))
            walk.failures.append(f"{walk.where}: exception\n{text}")

        sys.excepthook = hook
        threading.excepthook = lambda args: hook(
            args.exc_type, args.exc_value or Exception(), args.exc_traceback
        )

        class ToFailures(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                walk.failures.append(f"{walk.where}: log {record.levelname}: {record.getMessage()}")

        handler = ToFailures(level=logging.ERROR)
        logging.getLogger("qcdc_desktop").addHandler(handler)

    def _close_modals(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.own_modal:
            self.dialogs_closed[type(modal).__name__] += 1
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    def check(self) -> None:
        QApplication.processEvents()
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or window.windowType() == Qt.WindowType.Popup:
                continue
            frame = window.frameGeometry()
            if frame.width() > SCREEN[0] or frame.height() > SCREEN[1]:
                self.failures.append(
                    f"{self.where}: {type(window).__name__} grew to "
                    f"{frame.width()}×{frame.height()} (screen {SCREEN[0]}×{SCREEN[1]})"
                )
                window.resize(800, 600)

    def act(self, name: str, fn: Callable[[], object]) -> None:
        self.actions += 1
        try:
            fn()
        except Exception:
            self.failures.append(f"{self.where} [{name}]: {traceback.format_exc()}")
        self.check()

    # --- input -------------------------------------------------------------------------

    @staticmethod
    def _paste(widget: QWidget, text: str, html: str | None = None) -> None:
        mime = QMimeData()
        mime.setText(text)
        if html is not None:
            mime.setHtml(html)
        QGuiApplication.clipboard().setMimeData(mime)
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    @staticmethod
    def _type(widget: QWidget, text: str) -> None:
        widget.setFocus()
        for char in text:
            press = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, press)

    @staticmethod
    def _key(widget: QWidget, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
        widget.setFocus()
        QTest.keyClick(widget, key, mods)

    def text_actions(self, widget: QWidget, full: bool) -> list[tuple[str, Callable[[], object]]]:
        actions: list[tuple[str, Callable[[], object]]] = [
            ("focus", widget.setFocus),
            ("paste Word debris", lambda: self._paste(widget, WORD_DEBRIS)),
            ("type", lambda: self._type(widget, "Ủy ban")),
            (
                "Ctrl+Z",
                lambda: self._key(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
            ),
        ]
        if full:
            actions += [
                ("paste NFD", lambda: self._paste(widget, NFD)),
                ("paste TCVN3", lambda: self._paste(widget, TCVN3)),
                ("paste HTML", lambda: self._paste(widget, "Đậm thường\tÔ 1\tÔ 2", HTML)),
                ("paste 200 KB", lambda: self._paste(widget, BIG)),
                (
                    "Ctrl+Z after 200 KB",
                    lambda: self._key(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
                ),
                ("Enter", lambda: self._key(widget, Qt.Key.Key_Return)),
                ("Escape", lambda: self._key(widget, Qt.Key.Key_Escape)),
                ("Tab", lambda: self._key(widget, Qt.Key.Key_Tab)),
            ]
        return actions

    def figure_actions(self, edit: QLineEdit) -> list[tuple[str, Callable[[], object]]]:
        out: list[tuple[str, Callable[[], object]]] = []
        for value in FIGURE_INPUTS:

            def give(v: str = value) -> None:
                edit.setFocus()
                edit.selectAll()
                self._type(edit, v) if v else edit.clear()

            out.append((f"figure {value!r}", give))
        return out

    # --- the walk ----------------------------------------------------------------------

    def editable_widgets(self, root: QWidget) -> list[QWidget]:
        found: list[QWidget] = []
        for widget in root.findChildren(QWidget):
            if not widget.isVisibleTo(root) or not widget.isEnabled():
                continue
            parent = widget.parent()
            if isinstance(parent, QAbstractSpinBox | QComboBox):
                continue  # reached through the spin or combo box
            if isinstance(widget, QTextBrowser):
                continue
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                if not widget.isReadOnly():
                    found.append(widget)
            elif isinstance(widget, QAbstractSpinBox | QComboBox | QAbstractItemView):
                found.append(widget)
            elif isinstance(widget, QCheckBox | QRadioButton):
                found.append(widget)
        return found

    def touch(self, widget: QWidget, where: str, full_types: bool) -> None:
        key = (where, type(widget).__name__, widget.objectName())
        full = full_types or key not in self.seen
        self.seen.add(key)
        self.widgets[qt_kind(widget)] += 1  # TypedDateEdit counts as the QDateEdit it is
        self.where = f"{where} / {type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLineEdit) and widget.objectName().startswith("figure_"):
            for name, fn in self.figure_actions(widget):
                self.act(name, fn)
            return
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            for name, fn in self.text_actions(widget, full):
                self.act(name, fn)
        elif isinstance(widget, QDateEdit):
            for date in DATES:

                def type_date(d: str = date) -> None:
                    widget.setFocus()
                    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                    self._type(widget, d)

                self.act(f"date {date}", type_date)
            self.act("paste date", lambda: self._paste(widget, "07/11/2023"))
        elif isinstance(widget, QAbstractSpinBox):
            self.act("paste number", lambda: self._paste(widget, "\t2025\x07"))
            self.act("Up", lambda: self._key(widget, Qt.Key.Key_Up))
            self.act("Down", lambda: self._key(widget, Qt.Key.Key_Down))
        elif isinstance(widget, QComboBox):
            for i in range(min(widget.count(), 4)):
                self.act(f"choose {i}", lambda i=i: widget.setCurrentIndex(i))
            if widget.isEditable():
                self.act("paste", lambda: self._paste(widget, WORD_DEBRIS))
        elif isinstance(widget, QCheckBox | QRadioButton):
            self.act("click", widget.click)
            if isinstance(widget, QCheckBox):
                self.act("click again", widget.click)
        elif isinstance(widget, QAbstractItemView):
            self.touch_cells(widget, where, full)

    def touch_cells(self, view: QAbstractItemView, where: str, full: bool) -> None:
        model = view.model()
        if model is None:
            return
        indexes: list[QModelIndex] = []

        def collect(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                try:
                    columns = model.columnCount(parent)
                except TypeError:  # a list's model hides it: one column
                    columns = 1
                for column in range(columns):
                    index = model.index(row, column, parent)
                    if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                        indexes.append(index)
                    if len(indexes) >= MAX_CELLS:
                        return
                first = model.index(row, 0, parent)
                if isinstance(view, QTreeView) and model.rowCount(first):
                    collect(first)

        collect(QModelIndex())
        self.act("Enter on view", lambda: self._key(view, Qt.Key.Key_Return))
        for index in indexes[:MAX_CELLS]:
            if not index.isValid():
                continue
            self.widgets["cell"] += 1
            view.setCurrentIndex(index)
            self.act("edit cell", lambda index=index: view.edit(index))
            editors = [
                w
                for w in view.viewport().findChildren(QWidget)
                if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) and w.isVisible()
            ]
            if not editors:
                continue
            editor = editors[-1]
            self.where = f"{where} / cell of {view.objectName()!r}"
            self.act("cell: paste Word debris", lambda e=editor: self._paste(e, WORD_DEBRIS))
            self.cells_pasted[view.objectName() or type(view).__name__] += 1
            if full:
                self.act("cell: paste TCVN3", lambda e=editor: self._paste(e, TCVN3))
                self.act("cell: paste NFD", lambda e=editor: self._paste(e, NFD))
                self.act("cell: paste HTML", lambda e=editor: self._paste(e, "Ô 1\tÔ 2", HTML))
            self.act("cell: Enter", lambda e=editor: self._key(e, Qt.Key.Key_Return))

    def click_buttons(self, root: QWidget, where: str) -> None:
        buttons = [
            b
            for b in root.findChildren(QAbstractButton)
            if isinstance(b, QPushButton | QToolButton)
            and b.isVisibleTo(root)
            and b.isEnabled()
            and b.objectName() not in SKIP_BUTTONS
        ]
        for button in buttons:
            self.widgets[type(button).__name__] += 1
            self.where = f"{where} / button {button.text()!r}"
            self.act("click", button.click)

    def walk(self, root: QWidget, where: str, full: bool, buttons: bool = False) -> None:
        for widget in self.editable_widgets(root):
            self.touch(widget, where, full)
        if buttons:
            self.click_buttons(root, where)


def qt_kind(widget: QWidget) -> str:
    """The Qt class a widget is (our subclasses counted under their Qt base)."""
    return next(c.__name__ for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))


def walk_editor(walk: Walk, context: Any, draft_id: str, type_id: str, first: bool) -> None:
    from qcdc_desktop.model import draft_to_json
    from qcdc_desktop.storage import load_draft, open_database
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow

    window = EditorWindow(context, draft_id)
    window.show()
    walk.check()
    for step in window.steps:
        where = f"{type_id} / step {step.id}"
        walk.where = where
        walk.act("go to step", lambda s=step.id: window.goto_step(s))
        page = window.current_page()
        walk.walk(page, where, full=first, buttons=step.id not in ("review",))
        # The outline buttons on every section page: select each part, press each button.
        tree = getattr(page, "tree", None)
        if tree is not None and tree.model() is not None:
            model = tree.model()
            for row in range(min(model.rowCount(), 4)):
                walk.act(
                    "select part",
                    lambda r=row, t=tree, m=model: t.setCurrentIndex(m.index(r, 0)),
                )
                walk.click_buttons(page, where)
    walk.where = f"{type_id} / save and reload"
    assert window.save_now(), "the draft could not be saved after the walk"
    db = open_database(context.db.path)
    try:
        stored = load_draft(db, draft_id)
    finally:
        db.close()
    window.flush()
    if draft_to_json(stored) != draft_to_json(window.draft):
        walk.failures.append(f"{type_id}: the saved draft differs from the editor's")
    window.close()


def walk_dialogs(walk: Walk, context: Any, draft_id: str) -> None:
    from window_catalogue import WINDOWS

    for entry in WINDOWS:
        if entry.name == "editor":
            continue
        walk.where = entry.name
        try:
            window = entry.open(context, draft_id)
        except Exception:
            walk.failures.append(f"{entry.name}: cannot open\n{traceback.format_exc()}")
            continue
        walk.own_modal = window if isinstance(window, QDialog) else None
        window.show()
        walk.check()
        walk.walk(window, entry.name, full=True)
        walk.own_modal = None
        window.close()
        window.deleteLater()
        walk.check()


def _tear_down(app: Any) -> None:
    """Close and delete every window while the application still exists."""
    import gc

    from PySide6.QtCore import QCoreApplication

    # The clipboard owns the last QMimeData set here; left there, Qt's exit handlers
    # delete it after Python has finalised, which crashes the process.
    QGuiApplication.clipboard().clear()
    for window in QApplication.topLevelWidgets():
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    types_arg = argv[argv.index("--types") + 1] if "--types" in argv else ""
    from window_catalogue import store_sample_draft

    from qcdc_desktop.doctypes import doc_types
    from qcdc_desktop.ui.app import create_application
    from qcdc_desktop.ui.context import AppContext

    app = create_application(["walk"])
    walk = Walk()
    data = Path(tempfile.mkdtemp(prefix="qcdc-walk-data-"))
    context = AppContext(data)
    type_ids = types_arg.split(",") if types_arg else sorted(doc_types())
    try:
        for n, type_id in enumerate(type_ids):
            draft_id = store_sample_draft(context, type_id)
            walk_editor(walk, context, draft_id, type_id, first=n == 0)
            if n == 0:
                walk_dialogs(walk, context, draft_id)
    except Exception:
        walk.failures.append(f"{walk.where}: {traceback.format_exc()}")
    finally:
        _tear_down(app)
        context.close()
    out.write_text(
        json.dumps(
            {
                "types": type_ids,
                "widgets": dict(walk.widgets),
                "widget_count": sum(walk.widgets.values()),
                "actions": walk.actions,
                "dialogs_closed": dict(walk.dialogs_closed),
                "cells_pasted": dict(walk.cells_pasted),
                "failures": walk.failures[:50],
                "failure_count": len(walk.failures),
            },
            ensure_ascii=False,
            indent=1,
        ),
        "utf-8",
    )
    return 1 if walk.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
