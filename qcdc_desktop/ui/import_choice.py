"""Ask for the type and year an imported document does not state, instead of guessing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from qcdc_desktop.ui.new_draft_dialog import NewDraftDialog

translate = QCoreApplication.translate

ASKED = ("doc_type", "year")


def type_year_dialog(
    parent: QWidget | None, type_id: str, year: int, missing: list[str]
) -> NewDraftDialog:
    dialog = NewDraftDialog(parent, year=year, type_id=type_id)
    what = translate("ImportChoice", " và ").join(
        w
        for k, w in (
            ("doc_type", translate("ImportChoice", "loại văn bản")),
            ("year", translate("ImportChoice", "năm báo cáo")),
        )
        if k in missing
    )
    dialog.setWindowTitle(translate("ImportChoice", "Văn bản không ghi {what}").format(what=what))
    dialog.create_button.setText(translate("ImportChoice", "Dùng lựa chọn này"))
    return dialog


def ask_type_and_year(
    parent: QWidget | None, type_id: str, year: int, missing: list[str]
) -> tuple[str, int] | None:
    dialog = type_year_dialog(parent, type_id, year, missing)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


def complete_import(parent: QWidget | None, result: Any, again: Callable[[str, int], Any]) -> Any:
    """When the document names no type or year, ask, then import again with the answer.

    Cancelling keeps the first result; its summary already says what is missing.
    """
    missing = [m for m in getattr(result, "missing", []) if m in ASKED]
    if not missing:
        return result
    draft = result.draft
    chosen = ask_type_and_year(parent, draft.doc_type, draft.period.year, missing)
    if chosen is None:
        return result
    return again(*chosen)
