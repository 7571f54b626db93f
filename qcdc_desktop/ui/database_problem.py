"""The message when the database cannot be opened, offering exactly the backups that exist."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from qcdc_desktop.ui import messages
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

OPEN_BACKUPS = QT_TRANSLATE_NOOP("DatabaseProblem", "Mở “Sao lưu và khôi phục”…")


def offer_backups(parent: Any, title: str, data_dir: Path, error: Exception) -> bool:
    """Show why the database did not open; True when the user restored a backup."""
    from qcdc_desktop.storage import CorruptDatabaseError
    from qcdc_desktop.storage.backups import list_backups

    text = translate(
        "DatabaseProblem", "Không mở được dữ liệu của chương trình.\n\n{error}"
    ).format(error=error)
    if not isinstance(error, CorruptDatabaseError) or not list_backups(data_dir):
        messages.error(parent, title, text)
        return False
    choice = messages.ask_choice(parent, title, text, [translate("DatabaseProblem", OPEN_BACKUPS)])
    if choice != 0:
        return False
    from qcdc_desktop.ui.backup_window import BackupWindow

    window = BackupWindow(data_dir, None, parent)
    window.exec()
    return window.restored
