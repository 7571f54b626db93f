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


def reload_from_database(window: Any, *, keep_local: bool) -> bool:
    """Replace the editor's draft by the stored one, keeping this window's text as a
    revision first when asked. A new draft object and a new change count: every page
    loads again when next shown."""
    from qcdc_desktop.storage import StorageError
    from qcdc_desktop.storage.draft_writer import snapshot_of

    writer = window.autosaver.writer
    local = window._snapshot()
    try:
        if keep_local:
            note = translate(
                "EditorWindow", "Nội dung của cửa sổ này trước khi tải lại bản mới hơn"
            )
            window.autosaver.run(lambda: writer.keep_copy(local, note))
        draft, _revision = window.autosaver.run(writer.reload)
    except StorageError as exc:
        window._on_failed(exc)
        return False
    window.draft = draft
    window.version += 1
    window.autosaver.mark_saved(snapshot_of(draft))
    window.autosaver.paused = False
    window.current_page().show_page()
    window._refresh_states()
    window._update_title()
    window.save_label.setText(translate("EditorWindow", "Đã tải lại"))
    window.show_status(
        translate(
            "EditorWindow",
            "Đã tải lại bản mới nhất; nội dung cũ ở đây được giữ trong “Lịch sử phiên bản”.",
        ),
        0,
    )
    return True
