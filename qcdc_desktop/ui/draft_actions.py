"""What the start window's commands do to a whole draft: create, open, duplicate, carry
forward, import, paste, export, print, delete; and the trash, backups and history
windows they lead to. Each takes the window, whose list shows the result.

The dialogs (`messages`) are imported inside the commands that show them: the start
window paints before any dialog module loads (tests/ui/test_startup_lazy.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from qcdc_desktop import storage
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from qcdc_desktop.model import Draft
    from qcdc_desktop.ui.start_window import StartWindow

PROFILE_ASKED_KEY = "profile/asked"
# Word is what offices send; older Word files, OpenDocument, PDF and text are read too.
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "DraftActions",
    "Báo cáo (*.docx *.doc *.odt *.rtf *.pdf *.txt);;Tài liệu Word (*.docx);;Tất cả tệp (*)",
)
REVIEW_IMPORTED = QT_TRANSLATE_NOOP("DraftActions", "Hãy xem lại từng phần trước khi xuất.")
OPEN_IN_EDITOR = QT_TRANSLATE_NOOP(
    "DraftActions", "Bản thảo này đang được mở để soạn; hãy đóng cửa sổ soạn thảo trước."
)
CLOSE_EDITORS_FIRST = QT_TRANSLATE_NOOP(
    "DraftActions", "Hãy đóng các cửa sổ soạn thảo trước khi khôi phục bản sao lưu."
)


def ask_profile_once(window: StartWindow) -> None:
    """On the first run, ask for the agency profile (once)."""
    context = window.context
    if context.agency_line() is not None:
        return
    if storage.get_setting(context.db, PROFILE_ASKED_KEY, False):
        return
    storage.set_setting(context.db, PROFILE_ASKED_KEY, True)
    window.edit_profile(first_run=True)


def new_draft(window: StartWindow) -> str | None:
    from qcdc_desktop.doctypes import new_draft
    from qcdc_desktop.ui.new_draft_dialog import ask_new_draft

    window.ask_profile_once()
    chosen = ask_new_draft(window)
    if chosen is None:
        return None
    type_id, year = chosen
    profile = window.context.profile()
    defaults = profile.draft_defaults() if profile is not None else None
    return _store_and_open(window, new_draft(type_id, year, defaults))


def _selected_and_saved(window: StartWindow) -> str | None:
    """The selected draft, its open editor (if any) saved first so that a whole-draft
    action sees its latest text."""
    draft_id = window._selected_or_none()
    if draft_id is None or not window._save_open_editor(draft_id):
        return None
    return draft_id


def _load_selected(window: StartWindow, title: str) -> Draft | None:
    from qcdc_desktop.ui import messages

    draft_id = _selected_and_saved(window)
    if draft_id is None:
        return None
    try:
        return storage.load_draft(window.context.db, draft_id)
    except storage.StorageError as exc:
        messages.error(window, title, str(exc))
        return None


def _store_and_open(window: StartWindow, draft: Draft) -> str | None:
    """Store a draft made here, select it in the list and open its editor."""
    if not window._store_new(draft, "save"):
        return None
    window.open_editor(draft.id)
    return str(draft.id)


def duplicate_selected(window: StartWindow) -> str | None:
    from qcdc_desktop.ui import messages

    draft_id = _selected_and_saved(window)
    if draft_id is None:
        return None
    try:
        copy = storage.duplicate_draft(window.context.db, draft_id)
    except storage.StorageError as exc:
        messages.error(window, translate("DraftActions", "Nhân bản"), str(exc))
        return None
    window.refresh()
    window.select_draft(copy.id)
    window.open_editor(copy.id)
    return str(copy.id)


def carry_forward_selected(window: StartWindow) -> str | None:
    draft = _load_selected(window, translate("DraftActions", "Tạo kỳ báo cáo tiếp theo"))
    if draft is None:
        return None
    from qcdc_desktop.importing.carry_forward import carry_forward

    return _store_and_open(window, carry_forward(draft))


def import_word(window: StartWindow) -> str | None:
    from qcdc_desktop.importing.docx_import import import_docx
    from qcdc_desktop.ui import messages
    from qcdc_desktop.ui.export_flow import default_folder

    title = translate("DraftActions", "Nhập từ tệp Word")
    path = messages.open_file_path(
        window,
        title,
        default_folder(window.context),
        filter_text=translate("DraftActions", IMPORT_FILTER),
    )
    if path is None:
        return None
    from qcdc_desktop.ui.import_choice import complete_import

    try:
        result = import_docx(path)
        result = complete_import(
            window, result, lambda t, y: import_docx(path, type_hint=t, year_hint=y)
        )
    except Exception as exc:  # an unreadable file must not crash the window
        messages.error(
            window,
            title,
            translate("DraftActions", "Không đọc được tệp “{name}”.\n\n{exc}").format(
                name=path.name, exc=exc
            ),
        )
        return None
    return _open_imported(
        window,
        result,
        title,
        translate("DraftActions", "Đã đọc tệp “{name}” thành bản thảo mới.").format(name=path.name),
    )


def paste_report(window: StartWindow) -> str | None:
    """A whole report pasted as plain text -> a new draft, structured like an import."""
    from qcdc_desktop.importing import import_text
    from qcdc_desktop.ui import messages
    from qcdc_desktop.ui.paste_report_dialog import ask_pasted_report

    title = translate("DraftActions", "Dán toàn bộ báo cáo")
    text = ask_pasted_report(window)
    if text is None or not text.strip():
        return None
    from qcdc_desktop.ui.import_choice import complete_import

    try:
        result = import_text(text)
        result = complete_import(
            window, result, lambda t, y: import_text(text, type_hint=t, year_hint=y)
        )
    except Exception as exc:  # a text that cannot be read must not crash the window
        messages.error(
            window,
            title,
            translate("DraftActions", "Không đọc được văn bản đã dán.\n\n{exc}").format(exc=exc),
        )
        return None
    return _open_imported(
        window,
        result,
        title,
        translate("DraftActions", "Đã tạo bản thảo mới từ văn bản đã dán."),
    )


def _open_imported(window: StartWindow, result: Any, title: str, done: str) -> str | None:
    """Store an import's draft, say what was read (and guessed), open it."""
    from qcdc_desktop.ui import messages

    if not window._store_new(result.draft, "import"):
        return None
    summary = "\n".join(f"• {line}" for line in result.summary)
    messages.info(
        window,
        title,
        done
        + (f"\n\n{summary}" if summary else "")
        + "\n\n"
        + translate("DraftActions", REVIEW_IMPORTED),
    )
    window.open_editor(result.draft.id)
    return str(result.draft.id)


def export_selected(window: StartWindow) -> None:
    from qcdc_desktop.ui.export_flow import export_with_dialogs

    draft_id = _selected_and_saved(window)
    if draft_id is not None:
        export_with_dialogs(window, window.context, draft_id)


def export_pdf_selected(window: StartWindow) -> None:
    from qcdc_desktop.ui.export_flow import export_pdf_with_dialogs

    draft_id = _selected_and_saved(window)
    if draft_id is not None:
        path = export_pdf_with_dialogs(window, window.context, draft_id)
        if path is not None:
            window.statusBar().showMessage(
                translate("DraftActions", "Đã xuất PDF: {path}").format(path=path),
                10_000,
            )


def print_selected(window: StartWindow) -> None:
    from qcdc_desktop.ui.export_flow import print_with_dialogs

    draft_id = _selected_and_saved(window)
    if draft_id is not None:
        print_with_dialogs(window, window.context, draft_id)


def delete_selected(window: StartWindow) -> bool:
    """Move the selected draft to the trash, unless an editor has it open."""
    from qcdc_desktop.ui import messages

    draft_id = window._selected_or_none()
    if draft_id is None:
        return False
    if draft_id in window.editors:
        messages.info(
            window, translate("DraftActions", "Xóa"), translate("DraftActions", OPEN_IN_EDITOR)
        )
        return False
    row = window.model.row_of(draft_id)
    summary = window.model.summary_at(row) if row is not None else None
    try:
        storage.delete_draft(window.context.db, draft_id, owner=window.context.owner)
    except storage.StorageError as exc:
        messages.error(window, translate("DraftActions", "Xóa"), str(exc))
        return False
    window.refresh()
    title = summary.title if summary is not None else ""
    window.statusBar().showMessage(
        translate(
            "DraftActions", "Đã chuyển “{title}” vào thùng rác; có thể khôi phục trong “Thùng rác”."
        ).format(title=title),
        10_000,
    )
    return True


def show_trash(window: StartWindow) -> None:
    from qcdc_desktop.ui.trash_dialog import TrashDialog

    TrashDialog(window.context, window).exec()
    window.refresh()


def show_backups(window: StartWindow) -> None:
    from qcdc_desktop.ui.backup_window import BackupWindow

    def busy() -> str | None:
        # A restore replaces the database under the open editors.
        return translate("DraftActions", CLOSE_EDITORS_FIRST) if window.editors else None

    BackupWindow(window.context.data_dir, window.context, window, busy_reason=busy).exec()
    window.refresh()


def show_history(window: StartWindow) -> None:
    from qcdc_desktop.ui.revision_window import RevisionWindow

    draft_id = window._selected_or_none()
    if draft_id is not None:
        editor = window.editors.get(draft_id)
        RevisionWindow(window.context, draft_id, window, editor=editor).exec()
        window.refresh()
