"""The figures workbook (Excel) of the selected draft, from the start window's
"Tổng hợp" menu: export it for a unit that does not use the program, and import the
filled-in workbook after a preview of every figure it changes.

The same core functions as `qcdc figures-xlsx`; the menu is installed by
consolidate_menu.install_consolidation_actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from qcdc_desktop.ui import messages
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

XLSX_FILTER = QT_TRANSLATE_NOOP("Consolidate", "Bảng tính Excel (*.xlsx)")


def export_figures_workbook(window: Any) -> Path | None:
    from qcdc_desktop import storage
    from qcdc_desktop.consolidate.figures_xlsx import export_figures_xlsx
    from qcdc_desktop.export import ExportError
    from qcdc_desktop.ui.export_flow import default_folder

    title = translate("Consolidate", "Xuất bảng số liệu Excel")
    draft_id = window._selected_or_none()
    if draft_id is None or not window._save_open_editor(draft_id):
        return None
    try:
        draft = storage.load_draft(window.context.db, draft_id)
    except storage.StorageError as exc:
        messages.error(window, title, str(exc))
        return None
    suggested = default_folder(window.context) / "so-lieu.xlsx"
    path = messages.save_file_path(window, title, suggested, translate("Consolidate", XLSX_FILTER))
    if path is None:
        return None
    try:
        written = export_figures_xlsx(draft, path)
    except ExportError as exc:
        messages.error(window, title, str(exc))
        return None
    window.statusBar().showMessage(
        translate("Consolidate", "Đã xuất bảng số liệu: {written}").format(written=written),
        10_000,
    )
    return written


def _value_text(value: Any) -> str:
    from qcdc_desktop.render.numbers import format_number

    return translate("Consolidate", "(trống)") if value is None else format_number(value)


def import_figures_workbook(window: Any) -> bool:
    from qcdc_desktop import storage
    from qcdc_desktop.consolidate.figures_xlsx import (
        FiguresWorkbookError,
        apply_changes,
        read_figures_xlsx,
    )
    from qcdc_desktop.ui.export_flow import default_folder

    title = translate("Consolidate", "Nhập bảng số liệu Excel")
    draft_id = window._selected_or_none()
    if draft_id is None:
        return False
    if draft_id in window.editors:
        messages.info(
            window,
            title,
            translate(
                "ConsolidateDialog", "Hãy đóng cửa sổ soạn bản thảo này trước khi nhập số liệu."
            ),
        )
        return False
    path = messages.open_file_path(
        window, title, default_folder(window.context), translate("Consolidate", XLSX_FILTER)
    )
    if path is None:
        return False
    try:
        draft, revision = storage.load_draft_with_revision(window.context.db, draft_id)
        changes = read_figures_xlsx(draft, path)
    except (storage.StorageError, FiguresWorkbookError) as exc:
        messages.error(window, title, str(exc))
        return False
    if not changes:
        messages.info(
            window,
            title,
            translate("Consolidate", "Bảng số liệu không có số nào khác với bản thảo."),
        )
        return False
    shown = [f"• {c.label}: {_value_text(c.old)} → {_value_text(c.new)}" for c in changes[:30]]
    if len(changes) > 30:
        shown.append(
            translate("Consolidate", "… và {more} số liệu khác").format(more=len(changes) - 30)
        )
    question = translate(
        "ConsolidateDialog", "{count} số liệu sẽ thay đổi:\n\n{changes}\n\nNhập vào bản thảo?"
    ).format(count=len(changes), changes="\n".join(shown))
    if not messages.ask_yes_no(window, title, question):
        return False
    try:
        storage.save_draft(
            window.context.db,
            apply_changes(draft, changes),
            reason="save",
            expected_revision=revision,
        )
    except storage.StorageError as exc:
        messages.error(window, title, str(exc))
        return False
    window.refresh()
    window.statusBar().showMessage(
        translate("Consolidate", "Đã nhập {count} số liệu từ {name}.").format(
            count=len(changes), name=path.name
        ),
        10_000,
    )
    return True
