"""The start window against a real temporary database, with dialogs and the editor faked."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow

from qcdc_desktop import storage
from qcdc_desktop.doctypes import new_draft
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import Draft
from qcdc_desktop.ui import editor_session
from qcdc_desktop.ui.drafts_table_model import STATE, TITLE
from qcdc_desktop.ui.open_editors import set_open_ids
from qcdc_desktop.ui.start_window import StartWindow


class FakeEditor(QMainWindow):
    """Stands in for the wizard's EditorWindow (same constructor, signal and methods)."""

    closed = Signal(str)
    opened: list[str] = []  # shared record across instances

    def __init__(self, context: Any, draft_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        storage.load_draft(context.db, draft_id)  # the real editor fails on a missing draft
        self.draft_id = draft_id
        self.saves = 0
        FakeEditor.opened.append(draft_id)

    def save_now(self) -> bool:
        self.saves += 1
        return True

    def goto_step(self, step_id: str) -> None:
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit(self.draft_id)
        super().closeEvent(event)


@pytest.fixture
def window(context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> StartWindow:
    FakeEditor.opened = []
    monkeypatch.setattr(StartWindow, "_editor_class", lambda self: FakeEditor)
    win = StartWindow(context)
    qtbot.addWidget(win)
    return win


def store(context: Any, draft: Draft) -> Draft:
    storage.save_draft(context.db, draft, reason="save")
    return draft


def titles(win: StartWindow) -> list[str]:
    column = win.model.column_of(TITLE)
    return [str(win.model.data(win.model.index(r, column))) for r in range(win.model.rowCount())]


def test_empty_database_shows_the_hint_and_no_selection_actions(window: StartWindow) -> None:
    assert window.stack.currentWidget() is window.empty_page
    assert "Tạo mới" in window.empty_label.text()
    assert window.empty_new_button.isVisibleTo(window)
    assert window.count_label.text() == "0 bản thảo"
    assert not window.act_open.isEnabled()
    assert not window.act_delete.isEnabled()
    assert window.act_new.isEnabled()


def test_lists_drafts_and_search_matches_without_diacritics(
    window: StartWindow, context: Any, qtbot: Any
) -> None:
    store(context, sample_draft("bc-6thang"))
    plan = store(context, new_draft("kh-nam", 2025))
    plan.summary = "Kế hoạch hội thao ngựa vằn"
    store(context, plan)
    window.refresh()
    assert window.stack.currentWidget() is window.table
    assert window.count_label.text() == "2 bản thảo"
    qtbot.keyClicks(window.search, "ngua van")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert titles(window) == ["Kế hoạch hội thao ngựa vằn"]
    window.search.setText("không có chữ này")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.empty_page)
    assert not window.empty_new_button.isVisibleTo(window)
    assert "không có chữ này" in window.empty_label.text()


def test_delete_key_moves_to_trash_and_trash_restores(
    window: StartWindow, context: Any, qtbot: Any
) -> None:
    draft = store(context, sample_draft("bc-6thang"))
    window.refresh()
    assert window.select_draft(draft.id)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert storage.list_drafts(context.db) == []
    assert [s.id for s in storage.list_trash(context.db)] == [draft.id]
    assert "thùng rác" in window.statusBar().currentMessage()

    from qcdc_desktop.ui.trash_dialog import TrashDialog

    trash = TrashDialog(context, window)
    qtbot.addWidget(trash)
    assert trash.model.rowCount() == 1
    assert trash.restore_selected()
    assert [s.id for s in storage.list_drafts(context.db)] == [draft.id]
    # The start window hears about the restore through the shared events.
    assert window.model.row_of(draft.id) is not None


def test_trash_purge_asks_first(
    window: StartWindow, context: Any, qtbot: Any, dialogs: Any
) -> None:
    from qcdc_desktop.ui.trash_dialog import TrashDialog

    draft = store(context, sample_draft("bc-6thang"))
    storage.delete_draft(context.db, draft.id)
    trash = TrashDialog(context, window)
    qtbot.addWidget(trash)
    dialogs.yes_no = [False]
    assert not trash.purge_selected()
    assert len(storage.list_trash(context.db)) == 1
    dialogs.yes_no = [True]
    assert trash.purge_selected()
    assert storage.list_trash(context.db) == []


def test_enter_and_double_click_open_the_editor_once(
    window: StartWindow, context: Any, qtbot: Any
) -> None:
    draft = store(context, sample_draft("bc-6thang"))
    window.refresh()
    window.select_draft(draft.id)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert FakeEditor.opened == [draft.id]
    window.open_selected()  # a second open brings the same window forward
    assert FakeEditor.opened == [draft.id]
    assert editor_session.unfinished_editors(context) == [draft.id]
    window.editors[draft.id].close()
    assert window.editors == {}
    assert editor_session.unfinished_editors(context) == []


def test_tab_into_the_list_then_enter_opens_the_current_row(
    window: StartWindow, context: Any, qtbot: Any
) -> None:
    store(context, sample_draft("bc-6thang"))
    newest = store(context, sample_draft("bc-nam"))
    window.refresh()
    window.show()
    window.table.clearSelection()
    window.table.setFocus(Qt.FocusReason.TabFocusReason)
    if not window.table.currentIndex().isValid():  # as Qt does on Tab into the list
        window.table.setCurrentIndex(window.model.index(0, 0))
    window.table.selectionModel().clearSelection()
    assert not window.table.selectionModel().selectedRows()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert FakeEditor.opened == [newest.id]  # the first row: the latest change
    assert "Hãy chọn" not in window.statusBar().currentMessage()


def test_new_draft_uses_the_profile_and_opens_the_editor(
    window: StartWindow, context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcdc_desktop.storage import profile_from_draft, save_profile

    save_profile(context.db, profile_from_draft(sample_draft("bc-6thang"), "Sở"))
    import qcdc_desktop.ui.new_draft_dialog as dialog_module

    monkeypatch.setattr(dialog_module, "ask_new_draft", lambda parent: ("bc-nam", 2023))
    draft_id = window.new_draft()
    assert draft_id is not None
    draft = storage.load_draft(context.db, draft_id)
    assert draft.doc_type == "bc-nam"
    assert draft.period.year == 2023
    assert draft.agency.issuing_body == "Sở Thông tin và Truyền thông"
    assert FakeEditor.opened == [draft_id]
    assert window.selected_id() == draft_id


def test_first_new_draft_asks_for_the_profile_only_once(
    window: StartWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(
        StartWindow, "edit_profile", lambda self, first_run=False: asked.append(first_run)
    )
    import qcdc_desktop.ui.new_draft_dialog as dialog_module

    monkeypatch.setattr(dialog_module, "ask_new_draft", lambda parent: None)
    window.new_draft()
    window.new_draft()
    assert asked == [True]


def test_duplicate_saves_the_open_editor_first_and_opens_the_copy(
    window: StartWindow, context: Any
) -> None:
    draft = store(context, sample_draft("bc-6thang"))
    window.refresh()
    window.open_editor(draft.id)
    editor = window.editors[draft.id]
    window.select_draft(draft.id)
    copy_id = window.duplicate_selected()
    assert copy_id is not None and copy_id != draft.id
    assert editor.saves == 1
    assert storage.load_draft(context.db, copy_id).summary == draft.summary
    assert FakeEditor.opened == [draft.id, copy_id]
    assert window.model.rowCount() == 2


def test_carry_forward_stores_and_opens_the_next_period(
    window: StartWindow, context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = store(context, sample_draft("bc-6thang"))
    window.refresh()
    window.select_draft(draft.id)

    def carry_forward(previous: Draft) -> Draft:
        following = new_draft("bc-nam", previous.period.year)
        following.agency = previous.agency
        return following

    fake = types.ModuleType("qcdc_desktop.importing.carry_forward")
    fake.carry_forward = carry_forward  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "qcdc_desktop.importing.carry_forward", fake)
    new_id = window.carry_forward_selected()
    assert new_id is not None
    stored = storage.load_draft(context.db, new_id)
    assert stored.doc_type == "bc-nam"
    assert stored.agency.issuing_body == draft.agency.issuing_body
    assert FakeEditor.opened == [new_id]


def test_import_word_stores_the_draft_and_shows_the_summary(
    window: StartWindow, context: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any, tmp_path: Path
) -> None:
    source = tmp_path / "bao-cao-cu.docx"
    source.write_bytes(b"not really a docx")
    imported = sample_draft("bc-6thang")

    fake = types.ModuleType("qcdc_desktop.importing.docx_import")

    def import_docx(path: Path) -> Any:
        assert Path(path) == source
        return types.SimpleNamespace(draft=imported, summary=["Nhận ra 3 phần"])

    fake.import_docx = import_docx  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "qcdc_desktop.importing.docx_import", fake)
    dialogs.open_path = [source]
    assert window.import_word() == imported.id
    assert storage.load_draft(context.db, imported.id).summary == imported.summary
    (info,) = dialogs.texts("info")
    assert "bao-cao-cu.docx" in info and "Nhận ra 3 phần" in info
    assert FakeEditor.opened == [imported.id]


def test_import_word_reports_an_unreadable_file(
    window: StartWindow, monkeypatch: pytest.MonkeyPatch, dialogs: Any, tmp_path: Path
) -> None:
    fake = types.ModuleType("qcdc_desktop.importing.docx_import")

    def import_docx(path: Path) -> Any:
        raise ValueError("tệp hỏng")

    fake.import_docx = import_docx  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "qcdc_desktop.importing.docx_import", fake)
    dialogs.open_path = [tmp_path / "hong.docx"]
    assert window.import_word() is None
    (error,) = dialogs.texts("error")
    assert "hong.docx" in error and "tệp hỏng" in error
    assert FakeEditor.opened == []


def test_reopen_unfinished_opens_surviving_drafts_only(window: StartWindow, context: Any) -> None:
    draft = store(context, sample_draft("bc-6thang"))
    set_open_ids(context.settings, [draft.id, "daxoavinhvien"])
    assert window.reopen_unfinished() == [draft.id]
    assert FakeEditor.opened == [draft.id]
    assert editor_session.unfinished_editors(context) == [draft.id]


def test_clean_close_closes_editors_and_forgets_the_session(
    window: StartWindow, context: Any
) -> None:
    draft = store(context, sample_draft("bc-6thang"))
    window.open_editor(draft.id)
    assert editor_session.unfinished_editors(context) == [draft.id]
    window.close()
    assert window.editors == {}
    assert editor_session.unfinished_editors(context) == []


def test_delete_refuses_a_draft_open_in_an_editor(
    window: StartWindow, context: Any, dialogs: Any
) -> None:
    draft = store(context, sample_draft("bc-6thang"))
    window.refresh()
    window.open_editor(draft.id)
    window.select_draft(draft.id)
    assert not window.delete_selected()
    assert storage.list_trash(context.db) == []
    assert dialogs.kinds() == ["info"]


def test_export_writes_the_file_and_marks_the_draft_exported(
    window: StartWindow, context: Any, dialogs: Any, tmp_path: Path
) -> None:
    draft = store(context, sample_draft("bc-6thang"))
    window.refresh()
    window.select_draft(draft.id)
    target = tmp_path / "out" / "BC.docx"
    target.parent.mkdir()
    dialogs.save_path = [target]
    dialogs.yes_no = [True]  # if the checks find errors, export anyway
    exported: list[tuple[str, str]] = []
    context.events.draft_exported.connect(lambda i, p: exported.append((i, p)))
    window.export_selected()
    assert target.is_file() and target.stat().st_size > 0
    assert dialogs.suggested[0].name == "BC-6thang-2024.docx"
    assert exported == [(draft.id, str(target))]
    row = window.model.row_of(draft.id)
    assert row is not None
    state = window.model.data(window.model.index(row, window.model.column_of(STATE)))
    assert state == "Đã xuất"
    reasons = [r.reason for r in storage.list_revisions(context.db, draft.id)]
    assert "export" in reasons


def test_window_size_is_remembered(context: Any, qtbot: Any) -> None:
    first = StartWindow(context)
    qtbot.addWidget(first)
    first.resize(700, 450)  # inside the 800×600 offscreen screen
    first.show()
    first.close()
    second = StartWindow(context)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 450)
