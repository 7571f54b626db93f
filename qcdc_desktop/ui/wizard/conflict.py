"""A save that met a newer revision saved elsewhere (another window, another computer
on a shared folder): the user reloads — keeping this window's text in the history — or
overwrites. Never settled silently."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from qcdc_desktop.ui import messages

translate = QCoreApplication.translate


def resolve_conflict(window: Any) -> bool:
    """Ask the user how to settle a conflicting save; True once it is settled."""
    choice = messages.ask_choice(
        window,
        translate("Conflict", "Bản thảo đã được sửa ở nơi khác"),
        translate(
            "Conflict",
            "Bản thảo này vừa được lưu từ một cửa sổ hoặc chương trình khác sau khi "
            "anh/chị mở nó.\n\n"
            "• Tải lại: mở bản mới nhất; nội dung đang soạn ở đây được giữ trong "
            "“Lịch sử phiên bản” (nút “Lịch sử” ở cửa sổ này) để không mất.\n"
            "• Ghi đè: lưu nội dung ở đây lên trên thay đổi kia.",
        ),
        [
            translate("Conflict", "Tải lại"),
            translate("Conflict", "Ghi đè"),
        ],
    )
    if choice == 0:
        return window.reload_from_database(keep_local=True)
    if choice == 1:
        ok = window.autosaver.overwrite()
        if ok:
            window.show_status(translate("Conflict", "Đã ghi đè bằng nội dung ở cửa sổ này."))
        return ok
    window.show_status(
        translate(
            "Conflict", "Chưa lưu: bản thảo đã bị sửa ở nơi khác. Bấm “Lưu” để chọn cách xử lý."
        ),
        0,
    )
    return False
