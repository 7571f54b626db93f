"""The editor's export buttons and Ctrl+E: Word, PDF, print, and opening what was made.

The draft is saved first (an export snapshots the stored draft, and what prints must
be what was saved); the dialogs themselves are in ui/export_flow.py, shared with the
start window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from qcdc_desktop.editing.steps import REVIEW
from qcdc_desktop.ui import messages
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

SAVE_FIRST = QT_TRANSLATE_NOOP("ExportActions", "Hãy lưu được bản thảo trước khi xuất hoặc in.")


def run_export_action(window: Any, action: str) -> None:
    """`action`: "docx", "pdf", "print", "open_file" or "open_folder"."""
    if action in ("open_file", "open_folder"):
        if window.exported_path:
            path = Path(window.exported_path)
            target = path if action == "open_file" else path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return
    window.flush()
    if not window.read_only and not window.save_now():
        messages.error(
            window,
            translate("EditorWindow", window.SAVE_TITLE),
            translate("ExportActions", SAVE_FIRST),
        )
        return
    from qcdc_desktop.ui import export_flow

    if action == "docx":
        made = export_flow.export_with_dialogs(window, window.context, window.draft)
        if made is not None:
            window.exported_path = str(made)
            review = window.pages.built(REVIEW)
            if review is not None:
                review.set_exported_path(window.exported_path)
            window.show_status(
                translate("ExportActions", "Đã xuất tệp Word: {made}").format(made=made),
                10_000,
            )
    elif action == "pdf":
        made = export_flow.export_pdf_with_dialogs(window, window.context, window.draft)
        if made is not None:
            window.show_status(
                translate("ExportActions", "Đã xuất tệp PDF: {made}").format(made=made),
                10_000,
            )
    elif action == "print":
        export_flow.print_with_dialogs(window, window.context, window.draft)
