"""What the start window says when a draft cannot be opened, with the way out that exists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from qcdc_desktop.ui import messages
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

TITLE = QT_TRANSLATE_NOOP("DamagedDraft", "Mở bản thảo")
OPEN_HISTORY = QT_TRANSLATE_NOOP("DamagedDraft", "Mở “Lịch sử phiên bản”…")
OPEN_BACKUPS = QT_TRANSLATE_NOOP("DamagedDraft", "Mở “Sao lưu và khôi phục”…")


def explain_open_failure(window: Any, error: Exception, draft_id: str) -> None:
    """A damaged draft offers its history (when a good revision exists) or the backups;
    any other storage error is shown as it is."""
    from qcdc_desktop.storage.backups import list_backups
    from qcdc_desktop.storage.integrity import DamagedDraftError

    if not isinstance(error, DamagedDraftError):
        messages.error(window, translate("DamagedDraft", TITLE), str(error))
        return
    if error.good_revision is not None:
        if _way_out_taken(window, error, OPEN_HISTORY):
            from qcdc_desktop.ui.revision_window import RevisionWindow

            RevisionWindow(window.context, draft_id, window).exec()
        return
    if list_backups(window.context.data_dir):
        if _way_out_taken(window, error, OPEN_BACKUPS):
            window.show_backups()
        return
    messages.error(window, translate("DamagedDraft", TITLE), str(error))


def _way_out_taken(window: Any, error: Exception, button: str) -> bool:
    """The error, with one button besides closing; True when the user chose it."""
    choice = messages.ask_choice(
        window, translate("DamagedDraft", TITLE), str(error), [translate("DamagedDraft", button)]
    )
    return choice == 0
