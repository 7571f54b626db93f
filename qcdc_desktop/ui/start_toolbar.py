"""The start window's actions, its toolbar with the “Khác” menu, and the list's
context menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QToolButton

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from qcdc_desktop.ui.start_window import StartWindow


def _action(
    window: StartWindow,
    text: str,
    slot: Callable[[], object],
    icon: QStyle.StandardPixmap | None = None,
    tip: str = "",
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(text, window)
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    action.setToolTip(tip or text)
    action.setStatusTip(tip or text)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(window: StartWindow) -> None:
    sp = QStyle.StandardPixmap
    window.act_new = _action(
        window,
        translate("StartToolbar", "Tạo mới"),
        window.new_draft,
        sp.SP_FileIcon,
        translate("StartToolbar", "Soạn một báo cáo hoặc kế hoạch mới"),
        QKeySequence.StandardKey.New,
    )
    window.act_open = _action(
        window,
        translate("StartToolbar", "Mở"),
        window.open_selected,
        sp.SP_DialogOpenButton,
        translate("StartToolbar", "Mở bản thảo đang chọn để soạn tiếp"),
    )
    window.act_duplicate = _action(
        window,
        translate("StartToolbar", "Nhân bản"),
        window.duplicate_selected,
        None,
        translate("StartToolbar", "Tạo một bản sao của bản thảo đang chọn"),
    )
    window.act_next = _action(
        window,
        translate("StartToolbar", "Tạo kỳ báo cáo tiếp theo"),
        window.carry_forward_selected,
        sp.SP_ArrowForward,
        translate("StartToolbar", "Tạo bản thảo kỳ sau, mang theo nội dung của bản thảo đang chọn"),
    )
    window.act_import = _action(
        window,
        translate("StartToolbar", "Nhập từ tệp Word…"),
        window.import_word,
        None,
        translate("StartToolbar", "Đọc một báo cáo đã soạn bằng Word thành bản thảo mới"),
    )
    window.act_paste_report = _action(
        window,
        translate("StartToolbar", "Dán toàn bộ báo cáo…"),
        window.paste_report,
        None,
        translate(
            "StartToolbar", "Dán một báo cáo dạng văn bản thuần để tạo bản thảo mới có đủ đề mục"
        ),
    )
    window.act_export = _action(
        window,
        translate("StartToolbar", "Xuất Word"),
        window.export_selected,
        sp.SP_DialogSaveButton,
        translate(
            "StartToolbar", "Xuất bản thảo đang chọn ra tệp Word theo Nghị định 30/2020/NĐ-CP"
        ),
    )
    window.act_pdf = _action(
        window,
        translate("StartToolbar", "Xuất PDF…"),
        window.export_pdf_selected,
        None,
        translate(
            "StartToolbar",
            "Xuất bản thảo đang chọn ra tệp PDF (cần Microsoft Word hoặc LibreOffice)",
        ),
    )
    window.act_print = _action(
        window,
        translate("StartToolbar", "In…"),
        window.print_selected,
        None,
        translate(
            "StartToolbar",
            "In bản thảo đang chọn ra máy in mặc định (cần Microsoft Word hoặc LibreOffice)",
        ),
    )
    window.act_delete = _action(
        window,
        translate("StartToolbar", "Xóa"),
        window.delete_selected,
        sp.SP_TrashIcon,
        translate("StartToolbar", "Chuyển bản thảo đang chọn vào thùng rác"),
    )
    window.act_trash = _action(
        window,
        translate("StartToolbar", "Thùng rác"),
        window.show_trash,
        None,
        translate("StartToolbar", "Xem và khôi phục các bản thảo đã xóa"),
    )
    window.act_backups = _action(
        window,
        translate("StartToolbar", "Sao lưu"),
        window.show_backups,
        None,
        translate(
            "StartToolbar",
            "Sao lưu và khôi phục: xem các bản sao lưu tự động, sao lưu ngay hoặc khôi phục",
        ),
    )
    window.act_history = _action(
        window,
        translate("StartToolbar", "Lịch sử phiên bản"),
        window.show_history,
        None,
        translate("StartToolbar", "Các phiên bản đã lưu của bản thảo đang chọn: xem, khôi phục"),
    )
    window.act_profile = _action(
        window,
        translate("StartToolbar", "Thông tin cơ quan"),
        window.edit_profile,
        None,
        translate("StartToolbar", "Tên cơ quan, người ký và nơi nhận dùng cho bản thảo mới"),
    )
    window.selection_actions = [
        window.act_open,
        window.act_duplicate,
        window.act_next,
        window.act_export,
        window.act_pdf,
        window.act_print,
        window.act_delete,
        window.act_history,
    ]


def build_toolbar(window: StartWindow) -> None:
    bar = QToolBar(translate("StartToolbar", "Thanh công cụ"), window)
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    # Text only: the standard icons exist for a few actions but not all, and a row of
    # words reads better to people who do not know what the icons mean.
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.setStyleSheet("QToolBar { spacing: 2px; padding: 3px; } QToolButton { padding: 4px 7px; }")
    bar.toggleViewAction().setVisible(False)
    bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    # Every button in one row at the default width: with all fourteen in the row,
    # "Thông tin cơ quan" hid behind the » overflow. The less frequent ones are in
    # "Khác" (and in the list's context menu).
    for action in (window.act_new, window.act_open, window.act_next):
        bar.addAction(action)
    bar.addSeparator()
    bar.addAction(window.act_import)
    bar.addAction(window.act_paste_report)
    bar.addAction(window.act_export)
    bar.addAction(window.act_print)
    bar.addSeparator()
    more = QMenu(window)
    more.setToolTipsVisible(True)
    for action in (window.act_duplicate, window.act_pdf):
        more.addAction(action)
    more.addSeparator()
    for action in (window.act_delete, window.act_trash, window.act_backups):
        more.addAction(action)
    window.more_menu = more
    window.act_more = QAction(translate("StartToolbar", "Khác"), window)
    window.act_more.setToolTip(
        translate("StartToolbar", "Nhân bản, xuất PDF, xóa, thùng rác, sao lưu")
    )
    window.act_more.setMenu(more)
    bar.addAction(window.act_more)
    more_button = bar.widgetForAction(window.act_more)
    if isinstance(more_button, QToolButton):
        more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    bar.addSeparator()
    bar.addAction(window.act_profile)
    window.addToolBar(bar)
    window.toolbar = bar
    new_button = bar.widgetForAction(window.act_new)
    font = new_button.font()
    font.setBold(True)
    new_button.setFont(font)


def show_table_menu(window: StartWindow, pos: Any) -> None:
    """The list's context menu: what can be done to the draft under the pointer, or,
    below the last row, how to make one."""
    index = window.table.indexAt(pos)
    if index.isValid():
        window.table.selectRow(index.row())
    menu = QMenu(window)
    if window.selected_id() is not None:
        for action in (window.act_open, window.act_duplicate, window.act_next, window.act_history):
            menu.addAction(action)
        menu.addSeparator()
        for action in (window.act_export, window.act_pdf, window.act_print):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(window.act_delete)
    else:
        menu.addAction(window.act_new)
        menu.addAction(window.act_import)
        menu.addAction(window.act_backups)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(window.table.viewport().mapToGlobal(pos))
