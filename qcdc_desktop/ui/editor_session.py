"""The start window's open editors: one per draft, recorded in the settings so that the
editors left open by a run that ended without a clean close are opened again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from qcdc_desktop import storage
from qcdc_desktop.ui.context import AppContext
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.open_editors import add_open, open_ids, remove_open, set_open_ids

if TYPE_CHECKING:
    from qcdc_desktop.ui.start_window import StartWindow

REOPENED_TEXT = QT_TRANSLATE_NOOP(
    "EditorSession", "Lần trước chương trình chưa đóng hẳn; đã mở lại bản thảo đang soạn."
)


def unfinished_editors(context: AppContext) -> list[str]:
    """Drafts whose editor was open when the previous run ended without a clean close."""
    return open_ids(context.settings)


def clear_session(context: AppContext) -> None:
    set_open_ids(context.settings, [])


class EditorSession(QObject):
    """The editors the start window has open, by draft id.

    A child of the window: Qt disconnects the editors' `closed` signals from it when the
    window is deleted."""

    def __init__(self, window: StartWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.editors: dict[str, Any] = {}
        # While the window closes every editor, the record is cleared once at the end
        # rather than rewritten as each editor goes.
        self.closing = False

    def open(self, draft_id: str) -> bool:
        """Open (or bring forward) the editor of a draft."""
        existing = self.editors.get(draft_id)
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return True
        try:
            editor = self.window._editor_class()(self.context, draft_id)
        except storage.StorageError as exc:
            from qcdc_desktop.ui.damaged_draft import explain_open_failure

            explain_open_failure(self.window, exc, draft_id)
            self.window.refresh()  # a draft found damaged is now marked in the list
            return False
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.closed.connect(self._on_closed)
        self.editors[draft_id] = editor
        add_open(self.context.settings, draft_id)
        editor.show()
        return True

    def _on_closed(self, draft_id: str) -> None:
        self.editors.pop(draft_id, None)
        # The editor may already have removed itself; write only when something changes.
        if not self.closing and draft_id in open_ids(self.context.settings):
            remove_open(self.context.settings, draft_id)
        self.window._draft_changed(draft_id)

    def save_open_editor(self, draft_id: str) -> bool:
        """Save an open editor first so whole-draft actions see its latest text."""
        editor = self.editors.get(draft_id)
        return editor is None or bool(editor.save_now())

    def reopen_unfinished(self) -> list[str]:
        """Reopen the editors left open by a run that did not close cleanly."""
        reopened = []
        for draft_id in unfinished_editors(self.context):
            try:
                storage.load_draft(self.context.db, draft_id)
            except storage.StorageError:
                continue  # deleted for good since
            if self.open(draft_id):
                reopened.append(draft_id)
        set_open_ids(self.context.settings, reopened)
        if reopened:
            self.window.statusBar().showMessage(self.tr(REOPENED_TEXT), 15_000)
        return reopened

    def close_all(self) -> bool:
        """Close every editor, each of which may refuse; when all have closed, the run
        has ended cleanly and nothing is left to reopen."""
        self.closing = True
        for editor in list(self.editors.values()):
            if not editor.close():
                self.closing = False
                return False
        clear_session(self.context)
        return True
