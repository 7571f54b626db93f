"""The message when the database cannot be opened, offering exactly the backups that exist."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qcdc_desktop.ui import messages

OPEN_BACKUPS = "Mở “Sao lưu và khôi phục”…"


def offer_backups(parent: Any, title: str, data_dir: Path, error: Exception) -> bool:
    """Show why the database did not open; True when the user restored a backup."""
    from qcdc_desktop.storage import CorruptDatabaseError
    from qcdc_desktop.storage.backups import list_backups

    text = f"Không mở được dữ liệu của chương trình.\n\n{error}"
    if not isinstance(error, CorruptDatabaseError) or not list_backups(data_dir):
        messages.error(parent, title, text)
        return False
    choice = messages.ask_choice(parent, title, text, [OPEN_BACKUPS])
    if choice != 0:
        return False
    from qcdc_desktop.ui.backup_window import BackupWindow

    window = BackupWindow(data_dir, None, parent)
    window.exec()
    return window.restored
