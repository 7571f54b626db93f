"""Every top-level window and dialog of the program, opened the way its caller opens it.

Shared by the interaction walk, the screen-fit test and tools/screenshots.py. Widgets
inside each window are found by walking the widget tree; only the windows are listed
here, and tests/ui/test_interaction_walk.py fails when a QDialog or QMainWindow class in
qcdc_desktop.ui is missing from this list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class WindowEntry:
    name: str  # also the screenshot's file name
    classes: tuple[str, ...]  # the ui classes this entry covers
    open: Callable[[Any, str], Any]  # (context, draft_id) -> a shown widget


def _start(context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.ui.start_window import StartWindow

    return StartWindow(context)


def _editor(context: Any, draft_id: str) -> Any:
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow

    return EditorWindow(context, draft_id)


def _profile(context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.ui.profile_dialog import ProfileDialog

    return ProfileDialog(context.profile(), None)


def _new_draft(_context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.ui.new_draft_dialog import NewDraftDialog

    return NewDraftDialog(None, 2024)


def _trash(context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.ui.trash_dialog import TrashDialog

    return TrashDialog(context)


def _backups(context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.ui.backup_window import BackupWindow

    return BackupWindow(context.data_dir, context)


def _revisions(context: Any, draft_id: str) -> Any:
    from qcdc_desktop.ui.revision_window import RevisionWindow

    return RevisionWindow(context, draft_id)


def _paste_report(_context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.ui.paste_report_dialog import PasteReportDialog

    return PasteReportDialog(None)


def _consolidate(context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.ui.consolidate_dialog import ConsolidateDialog

    return ConsolidateDialog(context)


def _saved_drafts(context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.storage import list_drafts
    from qcdc_desktop.ui.consolidate_dialog import SavedDraftsDialog

    return SavedDraftsDialog(list(list_drafts(context.db)), None)


def _table(_context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.model import Table
    from qcdc_desktop.ui.wizard.table_dialog import TableDialog

    return TableDialog(Table(rows=[["STT", "Nội dung"], ["1", "Hội nghị cán bộ"]]), None)


def _crash(context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.ui.crash_dialog import CrashDialog

    return CrashDialog(
        None,
        "Mã lỗi kỹ thuật: AttributeError.",
        "Traceback (most recent call last):\n  …\nAttributeError: ví dụ",
        context.data_dir / "logs" / "qcdc-desktop.log",
        "Các bản thảo đang mở đã được lưu.",
    )


def _last_period_diff(_context: Any, _draft_id: str) -> Any:
    from qcdc_desktop.model import Block, Part
    from qcdc_desktop.ui.last_period_diff import LastPeriodDiffDialog

    def part(text: str) -> Part:
        return Part(id="p", title="Công tác lãnh đạo, chỉ đạo", blocks=[Block(text=text)])

    return LastPeriodDiffDialog(
        part("Đã tổ chức 12 hội nghị cán bộ, công chức năm 2024."),
        part("Đã tổ chức 10 hội nghị cán bộ, công chức năm 2023."),
        None,
    )


WINDOWS: tuple[WindowEntry, ...] = (
    WindowEntry("start-window", ("StartWindow",), _start),
    WindowEntry("editor", ("EditorWindow",), _editor),
    WindowEntry("profile-dialog", ("ProfileDialog",), _profile),
    WindowEntry("new-draft-dialog", ("NewDraftDialog",), _new_draft),
    WindowEntry("trash-dialog", ("TrashDialog",), _trash),
    WindowEntry("backup-window", ("BackupWindow",), _backups),
    WindowEntry("revision-window", ("RevisionWindow",), _revisions),
    WindowEntry("paste-report-dialog", ("PasteReportDialog",), _paste_report),
    WindowEntry("consolidate-dialog", ("ConsolidateDialog",), _consolidate),
    WindowEntry("saved-drafts-dialog", ("SavedDraftsDialog",), _saved_drafts),
    WindowEntry("table-dialog", ("TableDialog",), _table),
    WindowEntry("last-period-diff", ("LastPeriodDiffDialog",), _last_period_diff),
    WindowEntry("crash-dialog", ("CrashDialog", "DetailsDialog"), _crash),
)


def store_sample_draft(context: Any, type_id: str) -> str:
    """The type's sample draft (from the example documents) saved in `context`'s database."""
    from qcdc_desktop import storage
    from qcdc_desktop.doctypes.samples import sample_draft

    draft = sample_draft(type_id)
    storage.save_draft(context.db, draft, reason="save", expected_revision=0)
    return draft.id
