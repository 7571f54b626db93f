"""The draft editor: a wizard over one draft, with a side list of steps to jump anywhere.

Pages are built when first shown or, for the others, while the user waits (see
page_set.py), load from the
in-memory Draft when shown and store into it when left, before every save and on their
own edits; the window never lets a page talk to SQLite.
Autosave runs on a worker thread (see autosave.py); conflicts with another window
are detected by the stored revision number and resolved by the user.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.doctypes import get_doc_type
from qcdc_desktop.editing.steps import REVIEW, WizardStep, step_states, wizard_steps
from qcdc_desktop.model import Draft
from qcdc_desktop.storage.draft_writer import DraftWriter, snapshot_of
from qcdc_desktop.ui import messages, palette
from qcdc_desktop.ui.after_paint import after_paint
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.open_editors import add_open, remove_open
from qcdc_desktop.ui.wizard.autosave import Autosaver
from qcdc_desktop.ui.wizard.conflict import reload_from_database, resolve_conflict
from qcdc_desktop.ui.wizard.editor_position import load_position, save_position
from qcdc_desktop.ui.wizard.export_actions import run_export_action
from qcdc_desktop.ui.wizard.lock_keeper import LockKeeper
from qcdc_desktop.ui.wizard.navigation_row import navigation_row
from qcdc_desktop.ui.wizard.page_set import IdleBuilder, PageSet
from qcdc_desktop.ui.wizard.pages.base import WizardPage, keep_enabled
from qcdc_desktop.ui.wizard.step_panel import StepPanel
from qcdc_desktop.ui.wizard.window_layout import (
    restore_geometry,
    restore_splitters,
    save_geometry,
)

SAVE_TITLE = QT_TRANSLATE_NOOP("EditorWindow", "Lưu bản thảo")


class EditorWindow(QMainWindow):
    closed = Signal(str)
    SAVE_TITLE = SAVE_TITLE

    def __init__(self, context: Any, draft_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qcdc_desktop.storage import load_draft_with_revision

        self.context = context
        self.draft_id = draft_id
        draft, revision = load_draft_with_revision(context.db, draft_id)
        self.draft: Draft = draft
        self.doc_type = get_doc_type(draft.doc_type)
        self.read_only = False
        self.pad_small_counts = self._pad_setting()
        self.exported_path = ""
        self._closed = False
        self._error_shown = False
        self._save_pending_shown = False
        self._current = ""  # the step whose page was loaded last
        self.version = 0  # counts the draft's changes: pages loaded at it are up to date
        self.lock = LockKeeper(self, context, draft_id)
        self.read_only = not self.lock.claim()
        self.steps: list[WizardStep] = wizard_steps(self.doc_type)
        self._build_ui()
        self._build_shortcuts()

        writer = DraftWriter(context.db.path, draft_id, revision)
        self.autosaver = Autosaver(writer, self._snapshot, parent=self)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_failed)
        self.autosaver.conflict.connect(self._on_conflict)

        if not self.read_only:
            add_open(context.settings, draft_id)

        restore_geometry(self, context.settings)
        self.idle_builder = IdleBuilder(self.pages, self.stack, self, flush=self.flush)
        self.after_paint = after_paint(self)
        # What is stored now, as autosave compares it: taken after the first frame, and
        # before any edit, which needs the user to see the page first.
        self.after_paint.add("stored", lambda: self.autosaver.mark_saved(snapshot_of(self.draft)))
        step, part = load_position(context.settings, draft_id)
        if step in self.pages:  # where the user left off, not always step 1
            self.goto_step(step, part)
        else:
            self.goto_step(self.steps[0].id)
        self.after_paint.run("states")  # the step's states, in the first frame already
        self._update_title()
        self.idle_builder.start()
        self.show_status(
            self.tr("Chế độ chỉ đọc: thay đổi sẽ không được lưu.")
            if self.read_only
            else self.tr("Đã mở bản thảo.")
        )

    # --- construction ----------------------------------------------------------------

    def _pad_setting(self) -> bool:
        try:
            return bool(self.context.format_values().get("pad_small_counts", True))
        except Exception:  # layout settings unreadable: the preview still works
            return True

    def _build_ui(self) -> None:
        self.step_panel = StepPanel()
        self.step_panel.set_steps(self.steps)
        self.step_panel.step_chosen.connect(self.goto_step)
        keep_enabled(self.step_panel)

        self.stack = QStackedWidget()
        self.pages = PageSet(self, self.steps, self._page_built)

        self.step_title = QLabel()
        self.step_title.setObjectName("step_title")
        font = self.step_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.step_title.setFont(font)

        nav, buttons = navigation_row()
        self.save_button, self.history_button = buttons.save, buttons.history
        self.back_button, self.next_button = buttons.back, buttons.next
        self.export_button = buttons.export
        for button in (self.back_button, self.next_button, self.export_button):
            keep_enabled(button)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.save_button.clicked.connect(self.save_now)
        self.history_button.clicked.connect(self.show_history)
        self.export_button.clicked.connect(lambda: self._export_action("docx"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 4, 4, 4)
        right_layout.addWidget(self.step_title)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(nav)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("editor_splitter")
        self.splitter.addWidget(self.step_panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1100])
        self.setCentralWidget(self.splitter)

        self.save_label = QLabel()
        self.save_label.setObjectName("save_state")
        self.statusBar().addPermanentWidget(self.save_label)
        self.save_button.setEnabled(not self.read_only)

    def show_history(self) -> None:
        from qcdc_desktop.ui.revision_window import RevisionWindow

        self.save_now()  # the newest text is then in the list too
        RevisionWindow(self.context, self.draft_id, self, editor=self).exec()

    def _page_built(self, page: WizardPage) -> None:
        page.edited.connect(self.note_edit)
        export_requested = getattr(page, "export_requested", None)
        if export_requested is not None:  # the review page
            export_requested.connect(self._export_action)
            if self.exported_path:
                page.set_exported_path(self.exported_path)  # type: ignore[attr-defined]
        self.stack.addWidget(page)
        restore_splitters(page, self.context.settings)

    def _build_shortcuts(self) -> None:
        bindings: list[tuple[QKeySequence | str, Callable[[], object]]] = [
            (QKeySequence(QKeySequence.StandardKey.Save), self.save_now),
            ("Ctrl+Return", self.go_next),
            ("Ctrl+Enter", self.go_next),
            ("Ctrl+E", lambda: self._export_action("docx")),
            ("Alt+Left", self.go_back),
            ("Alt+Right", self.go_next),
        ]
        for key, slot in bindings:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # --- navigation ------------------------------------------------------------------

    def current_step(self) -> str:
        return self._current

    def current_page(self) -> WizardPage:
        return self.pages[self._current]

    def goto_step(self, step_id: str, part_id: str = "", field: str = "") -> None:
        if step_id not in self.pages:
            return
        changing = step_id != self._current
        if changing and self._current:
            self.flush()
            self.pages[self._current].mark_current()  # its fields are what it stored
            if not self.read_only:
                # Saved once the next page is on screen: the user does not wait for it.
                self.after_paint.add("save", self.autosaver.save_soon)
        page = self.pages[step_id]
        if changing or step_id == REVIEW:
            self._current = step_id
            self.stack.setCurrentWidget(page)
            page.show_page()
        if part_id or field:
            page.reveal(part_id, field)
        index = [s.id for s in self.steps].index(step_id)
        self.step_panel.select_step(step_id)
        self.step_title.setText(
            self.tr("Bước {step}/{steps}: {title}").format(
                step=index + 1, steps=len(self.steps), title=page.step.title
            )
        )
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.steps) - 1)
        self.export_button.setVisible(step_id != REVIEW)
        if changing:
            self.after_paint.add("states", self._refresh_states)
            if self.isVisible():  # the user moved (opening on the remembered step is not)
                self.after_paint.add("position", self._remember_position)

    def _remember_position(self) -> None:
        if self._current:
            part = self.pages[self._current].current_part_id()
            save_position(self.context.settings, self.draft_id, self._current, part)

    def go_next(self) -> None:
        ids = [s.id for s in self.steps]
        index = ids.index(self.current_step())
        if index < len(ids) - 1:
            self.goto_step(ids[index + 1])

    def go_back(self) -> None:
        ids = [s.id for s in self.steps]
        index = ids.index(self.current_step())
        if index > 0:
            self.goto_step(ids[index - 1])

    # --- editing and saving ------------------------------------------------------------

    def flush(self) -> None:
        """Write the visible page's widgets into the draft."""
        if self._current:
            self.pages[self._current].store(self.draft)

    def _snapshot(self) -> bytes:
        self.flush()
        return snapshot_of(self.draft)

    def note_edit(self) -> None:
        """Called on every edit of any page: (re)start the autosave countdown."""
        self.version += 1
        if self.read_only:
            return
        self.idle_builder.postpone()
        self.autosaver.schedule()
        if not self._save_pending_shown:
            self._save_pending_shown = True
            self.save_label.setText(self.tr("Đang soạn…"))

    def save_now(self) -> bool:
        """Save at once, with a revision snapshot. False when the draft could not be saved."""
        if self.read_only:
            return True
        if self.autosaver.paused and not self._resolve_conflict():
            return False
        self.flush()
        return self.autosaver.save_now(reason="save")

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _on_saved(self, _revision: int) -> None:
        self._error_shown = False
        if not self.autosaver.edits_waiting:  # else "Đang soạn…" stays: not all is saved
            self._save_pending_shown = False
            self.save_label.setText(
                self.tr("Đã lưu lúc {time}").format(time=time.strftime("%H:%M"))
            )
        self.save_label.setStyleSheet("")
        self._refresh_states()
        self._update_title()
        self.context.events.draft_saved.emit(self.draft_id)

    def _on_failed(self, error: Exception) -> None:
        self._save_pending_shown = False
        self.save_label.setText(self.tr("Chưa lưu được"))
        self.save_label.setStyleSheet(palette.ALERT_LABEL)
        self.show_status(self.tr("Chưa lưu được: {error}").format(error=error), 0)
        if not self._error_shown:
            self._error_shown = True
            messages.error(
                self,
                self.tr(SAVE_TITLE),
                self.tr(
                    "{error}\n\n"
                    "Nội dung vẫn còn nguyên trong cửa sổ này; chương trình sẽ tự lưu lại khi "
                    "anh/chị sửa tiếp hoặc bấm “Lưu”."
                ).format(error=error),
            )

    def _on_conflict(self) -> None:
        self.save_label.setText(self.tr("Chưa lưu: xung đột"))
        self._resolve_conflict()

    def _resolve_conflict(self) -> bool:
        return resolve_conflict(self)

    def reload_from_database(self, *, keep_local: bool) -> bool:
        return reload_from_database(self, keep_local=keep_local)

    def _refresh_states(self) -> None:
        # From the draft alone: the review's findings were marked here once the review
        # had run, and vanished after a restart, so the same draft showed other dots.
        # The review page lists the findings themselves.
        self.step_panel.set_states(step_states(self.draft, self.doc_type))

    def _update_title(self) -> None:
        summary = self.draft.summary.strip() or self.doc_type.name
        suffix = self.tr(" (chỉ đọc)") if self.read_only else ""
        # No " — QCDC Desktop" here: Qt appends the application's display name itself
        # (app.py), and writing it too showed it twice in the title bar.
        self.setWindowTitle(f"{self.doc_type.title.capitalize()}: {summary}{suffix}")

    # --- export ----------------------------------------------------------------------

    def _export_action(self, action: str) -> None:
        run_export_action(self, action)

    # --- closing ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        self.after_paint.run()  # a save or the step's states still waiting for the frame
        if not self.read_only:
            self.flush()
            saved = self.save_quietly()
            if not saved and not messages.ask_yes_no(
                self,
                self.tr(SAVE_TITLE),
                self.tr(
                    "Chưa lưu được những thay đổi mới nhất của bản thảo.\n\n"
                    "Vẫn đóng cửa sổ và bỏ các thay đổi chưa lưu?"
                ),
            ):
                event.ignore()
                return
        self._closed = True
        self._remember_position()
        self.idle_builder.stop()
        review = self.pages.built(REVIEW)
        if review is not None:
            review.shutdown()  # type: ignore[attr-defined]
        save_geometry(self, self.context.settings)
        self.lock.release()
        self.autosaver.shutdown()
        if not self.read_only:
            remove_open(self.context.settings, self.draft_id)
        event.accept()
        self.closed.emit(self.draft_id)

    def save_quietly(self) -> bool:
        """Save without a revision snapshot when nothing changed (closing)."""
        if self.autosaver.paused and not self._resolve_conflict():
            return False
        return self.autosaver.save_now(reason=None)
