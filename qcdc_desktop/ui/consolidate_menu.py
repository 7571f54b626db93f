"""The start window's "Tổng hợp" menu: consolidating units' reports, and the figures
workbook of the selected draft. The dialogs behind it load when an entry is chosen, not
when the start window opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

TITLE = QT_TRANSLATE_NOOP("ConsolidateDialog", "Tổng hợp báo cáo các đơn vị")


def _consolidate(window: Any) -> object:
    from qcdc_desktop.ui.consolidate_dialog import consolidate_reports

    return consolidate_reports(window)


def _export_workbook(window: Any) -> object:
    from qcdc_desktop.ui.figures_workbook_flow import export_figures_workbook

    return export_figures_workbook(window)


def _import_workbook(window: Any) -> object:
    from qcdc_desktop.ui.figures_workbook_flow import import_figures_workbook

    return import_figures_workbook(window)


def _menu_action(window: Any, text: str, tip: str, run: Callable[[Any], object]) -> QAction:
    action = QAction(text, window)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _c=False: run(window))
    return action


def install_consolidation_actions(window: Any) -> None:
    """Add one "Tổng hợp" menu to the start window's toolbar: consolidation of units'
    reports, and the figures workbook of the selected draft (one button, so the
    toolbar still fits a 1100-pixel window)."""
    from PySide6.QtWidgets import QToolButton

    window.act_consolidate = _menu_action(
        window,
        translate("ConsolidateDialog", TITLE) + "…",
        translate(
            "ConsolidateDialog",
            "Gộp báo cáo Word hoặc bản thảo của các đơn vị thành một báo cáo tổng hợp",
        ),
        _consolidate,
    )
    window.act_xlsx_export = _menu_action(
        window,
        translate("Consolidate", "Xuất bảng số liệu Excel…"),
        translate(
            "ConsolidateDialog",
            "Bảng số liệu của bản thảo đang chọn, để đơn vị không dùng chương trình điền",
        ),
        _export_workbook,
    )
    window.act_xlsx_import = _menu_action(
        window,
        translate("Consolidate", "Nhập bảng số liệu Excel…"),
        translate("Consolidate", "Đưa số liệu từ bảng Excel đã điền vào bản thảo đang chọn"),
        _import_workbook,
    )
    menu = QMenu(window)
    menu.setToolTipsVisible(True)
    menu.addAction(window.act_consolidate)
    menu.addSeparator()
    menu.addAction(window.act_xlsx_export)
    menu.addAction(window.act_xlsx_import)

    def enable_for_selection() -> None:
        has = window.selected_id() is not None
        window.act_xlsx_export.setEnabled(has)
        window.act_xlsx_import.setEnabled(has)

    menu.aboutToShow.connect(enable_for_selection)
    window.consolidate_menu = menu
    window.act_consolidate_menu = QAction(translate("Consolidate", "Tổng hợp"), window)
    window.act_consolidate_menu.setToolTip(
        translate(
            "ConsolidateDialog",
            "Tổng hợp báo cáo các đơn vị; bảng số liệu Excel cho đơn vị không dùng chương trình",
        )
    )
    window.act_consolidate_menu.setMenu(menu)
    bar = window.toolbar
    bar.insertAction(window.act_export, window.act_consolidate_menu)
    button = bar.widgetForAction(window.act_consolidate_menu)
    if isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
