"""Fault: after a conflict "Tải lại" the other window's words were kept only in revisions
that no screen showed; there were no backups to restore and no window to do it.

Driven the way a user does it: the editor's "Lịch sử" button, the start window's
"Sao lưu và khôi phục", real files in a temporary data folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from wizard_fixtures import editor_opener, load, page, store_new_draft, type_text  # noqa: F401

from qcdc_desktop import paths, storage
from qcdc_desktop.ui.backup_window import BackupWindow
from qcdc_desktop.ui.revision_window import RevisionWindow

TEXT = "Nội dung đang soạn ở cửa sổ này."


def _section_text(draft: Any) -> str:
    return " ".join(b.text for b in draft.sections[0].blocks if b.kind != "figures")


def _save_elsewhere(context: Any, draft_id: str, text: str) -> None:
    from qcdc_desktop.model import Block

    db = storage.open_database(context.db.path)
    try:
        other, revision = storage.load_draft_with_revision(db, draft_id)
        other.sections[1].blocks.append(Block("para", text))
        storage.save_draft(db, other, expected_revision=revision)
    finally:
        db.close()


def test_reloaded_text_is_in_the_history_and_can_be_restored(
    qtbot: Any, context: Any, open_editor: Any, dialogs: Any, monkeypatch: Any
) -> None:
    """Fault: the text set aside by "Tải lại" was reachable from no screen."""
    draft_id = store_new_draft(context)
    window = open_editor(draft_id)
    _save_elsewhere(context, draft_id, "Văn bản từ cửa sổ khác.")
    dialogs.choice.append(0)  # "Tải lại"
    type_text(qtbot, page(window, "situation").text, TEXT)
    qtbot.waitUntil(lambda: window.save_label.text() == "Đã tải lại", timeout=4000)
    assert "Lịch sử phiên bản" in dialogs.texts("ask_choice")[0]
    assert "Lịch sử phiên bản" in window.statusBar().currentMessage()

    shown: list[RevisionWindow] = []
    monkeypatch.setattr(RevisionWindow, "exec", lambda self: shown.append(self) or 0)
    window.history_button.click()
    history = shown[0]
    reasons = [history.table.item(r, 1).text() for r in range(history.table.rowCount())]
    row = next(i for i, text in enumerate(reasons) if text.startswith("Trước khi tải lại"))
    history.table.selectRow(row)
    assert TEXT in history.preview.toPlainText()
    assert history.table.item(row, 3).text()  # what changed, in one line

    dialogs.yes_no.append(True)
    assert history.restore_selected(as_new=False)
    assert TEXT in _section_text(load(context, draft_id))
    assert TEXT in _section_text(window.draft)  # the open editor shows it too
    # The text it replaced is itself kept.
    notes = [r.note for r in storage.list_revisions(context.db, draft_id)]
    assert any("trước khi khôi phục" in n for n in notes)

    history.table.selectRow(row + 1 if row + 1 < history.table.rowCount() else 0)
    assert history.restore_selected(as_new=True)
    assert history.created_id and history.created_id != draft_id
    assert load(context, history.created_id)


def test_history_window_from_the_start_window(qtbot: Any, context: Any, monkeypatch: Any) -> None:
    from qcdc_desktop.ui.start_window import StartWindow

    draft_id = store_new_draft(context)
    win = StartWindow(context)
    qtbot.addWidget(win)
    win.select_draft(draft_id)
    shown: list[RevisionWindow] = []
    monkeypatch.setattr(RevisionWindow, "exec", lambda self: shown.append(self) or 0)
    win.act_history.trigger()
    assert shown and shown[0].draft_id == draft_id
    assert shown[0].table.rowCount() >= 1


def test_backup_window_lists_backs_up_and_restores(
    qtbot: Any, context: Any, dialogs: Any, monkeypatch: Any
) -> None:
    """Fault: no backups and no window to restore one; restoring must set the current
    file aside, never overwrite it, and refuse while an editor is open."""
    from qcdc_desktop.ui.start_window import StartWindow

    first = store_new_draft(context)
    win = StartWindow(context)
    qtbot.addWidget(win)
    shown: list[BackupWindow] = []
    monkeypatch.setattr(BackupWindow, "exec", lambda self: shown.append(self) or 0)
    win.act_backups.trigger()
    backups = shown[0]
    assert backups.table.rowCount() == 0 and not backups.empty_label.isHidden()
    assert backups.backup_now() is not None
    assert backups.table.rowCount() == 1
    assert backups.table.item(0, 2).text() == "1"  # number of drafts
    assert "KB" in backups.table.item(0, 1).text() or "MB" in backups.table.item(0, 1).text()

    second = store_new_draft(context, "bc-nam", 2025)
    win.editors[second] = object()  # an editor is open: restore must wait
    backups.table.selectRow(0)
    assert not backups.restore_selected(confirm=False)
    assert "đóng các cửa sổ soạn thảo" in dialogs.texts("info")[-1]
    del win.editors[second]

    assert backups.restore_selected(confirm=False)
    ids = [d.id for d in storage.list_drafts(context.db)]
    assert ids == [first]
    data = Path(context.data_dir)
    kept = list(data.glob("qcdc.sqlite3.truoc-khoi-phuc-*"))
    assert len(kept) == 1
    with storage.open_database(kept[0], check_integrity=False) as old:
        assert {d.id for d in storage.list_drafts(old)} == {first, second}
    win.refresh()
    assert win.model.rowCount() == 1


def test_damaged_database_offers_the_backups(
    qtbot: Any, tmp_path: Path, dialogs: Any, monkeypatch: Any, qapp: QApplication
) -> None:
    """Fault: the damaged-database message promised a backup that did not exist; now it
    names what exists and opens the backup window to restore one."""
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.storage.backup_policy import make_backup
    from qcdc_desktop.ui import app

    data = tmp_path / "data"
    with storage.open_database(paths.database_path(data)) as db:
        storage.save_draft(db, sample_draft("bc-6thang"))
        assert make_backup(db, data, "manual", min_free_bytes=0).path is not None
    raw = bytearray(paths.database_path(data).read_bytes())
    raw[:100] = bytes(100)
    paths.database_path(data).write_bytes(bytes(raw))

    restored: list[bool] = []

    def fake_exec(self: BackupWindow) -> int:
        self.table.selectRow(0)
        restored.append(self.restore_selected(confirm=False))
        return 0

    monkeypatch.setattr(BackupWindow, "exec", fake_exec)
    monkeypatch.setattr(app, "run_windows", lambda application, context, args: 0)
    dialogs.choice.append(0)  # "Mở “Sao lưu và khôi phục”…"
    assert app.main(["--data-dir", str(data), "--no-crash-dialog"]) == 0
    question = dialogs.texts("ask_choice")[0]
    assert "bị hỏng" in question and "Có 1 bản sao lưu" in question
    assert restored == [True]
    with storage.open_database(paths.database_path(data)) as db:
        assert len(storage.list_drafts(db)) == 1


def test_damaged_draft_is_marked_and_restored_from_its_history(
    qtbot: Any, context: Any, dialogs: Any, monkeypatch: Any
) -> None:
    """Fault: a few bytes changed inside a stored draft; it opened with silently changed
    text. Now it is marked in the list, refused with the way out, and its newest good
    revision can be restored from the history window."""
    from qcdc_desktop.ui.start_window import StartWindow

    draft_id = store_new_draft(context)
    good = load(context, draft_id)
    good.summary = "Kết quả thực hiện dân chủ ở cơ sở, bản tốt"
    storage.save_draft(context.db, good, reason="save")
    # The bytes on disk change under the program (the row's text, not its hash).
    context.db.execute(
        "UPDATE drafts SET json = replace(json, 'bản tốt', 'bản #ốt') WHERE id = ?", (draft_id,)
    )
    win = StartWindow(context)
    qtbot.addWidget(win)
    from qcdc_desktop.ui.safety_net import run_checks

    assert run_checks(Path(context.data_dir), backup_kind=None).damaged == {draft_id}
    win.refresh()
    assert win.model.summary_at(0).title.startswith("[Hỏng]")

    shown: list[RevisionWindow] = []

    def restore_newest(self: RevisionWindow) -> int:
        shown.append(self)
        self.table.selectRow(0)
        assert self.restore_selected(as_new=False, confirm=False)
        return 0

    monkeypatch.setattr(RevisionWindow, "exec", restore_newest)
    dialogs.choice.append(0)  # "Mở “Lịch sử phiên bản”…"
    assert not win.open_editor(draft_id)
    assert "bị hỏng" in dialogs.texts("ask_choice")[0]
    assert shown
    restored = load(context, draft_id)
    assert restored.summary == "Kết quả thực hiện dân chủ ở cơ sở, bản tốt"
    win.refresh()
    assert not win.model.summary_at(0).title.startswith("[Hỏng]")


def test_save_dialog_refuses_the_database_and_asks_again(context: Any) -> None:
    """Fault: the export dialog accepted the database itself as the Word file's name."""
    from qcdc_desktop.ui import messages as real_messages

    refusal = real_messages.output_refusal
    # The dialogs fixture replaces the dialog functions, not this check.
    assert "tệp dữ liệu" in refusal(Path(context.db.path))
    assert "tên dành riêng" in refusal(Path(context.data_dir) / "CON.docx")
    assert refusal(Path(context.data_dir) / "Báo cáo.docx") == ""
