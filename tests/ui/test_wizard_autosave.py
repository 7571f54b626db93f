"""Autosave, failed saves, conflicts with another writer, and editor locks."""

from __future__ import annotations

from typing import Any

from wizard_fixtures import editor_opener, load, page, store_new_draft, type_text  # noqa: F401

from qcdc_desktop import storage

TEXT = "Nội dung đang soạn dở, chưa bấm lưu."


def _section_text(draft: Any) -> str:
    return " ".join(b.text for b in draft.sections[0].blocks if b.kind != "figures")


def _type_in_situation(qtbot: Any, window: Any, text: str = TEXT) -> Any:
    section = page(window, "situation")
    type_text(qtbot, section.text, text)
    return section


def test_typing_is_saved_a_moment_after_it_stops(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    draft_id = store_new_draft(context)
    window = open_editor(draft_id)
    _type_in_situation(qtbot, window)
    assert TEXT not in _section_text(load(context, draft_id))  # not on every keystroke
    qtbot.wait(1300)
    qtbot.waitUntil(lambda: TEXT in _section_text(load(context, draft_id)), timeout=3000)
    assert window.save_label.text().startswith("Đã lưu lúc ")


def test_failed_save_is_shown_once_and_retried_on_the_next_edit(
    qtbot: Any, context: Any, open_editor: Any, dialogs: Any, monkeypatch: Any
) -> None:
    draft_id = store_new_draft(context)
    window = open_editor(draft_id)
    writer = window.autosaver.writer
    real_write = writer.write
    disk_full = {"on": True}

    def write(text: str, reason: str | None = None) -> int:
        if disk_full["on"]:
            raise storage.DatabaseDiskFullError()
        return real_write(text, reason)

    monkeypatch.setattr(writer, "write", write)
    section = _type_in_situation(qtbot, window)
    qtbot.waitUntil(lambda: window.save_label.text() == "Chưa lưu được", timeout=3000)
    type_text(qtbot, section.text, " Thêm.")
    qtbot.wait(1300)
    qtbot.waitUntil(lambda: window.save_label.text() == "Chưa lưu được", timeout=3000)
    assert dialogs.kinds().count("error") == 1
    assert "Ổ đĩa đã đầy" in dialogs.texts("error")[0]
    assert "Ổ đĩa đã đầy" in window.statusBar().currentMessage()
    disk_full["on"] = False
    type_text(qtbot, section.text, " Xong.")
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Đã lưu"), timeout=3000)
    assert _section_text(load(context, draft_id)) == f"{TEXT} Thêm. Xong."


def _save_elsewhere(context: Any, draft_id: str, text: str) -> None:
    """Another window or program saves the same draft meanwhile."""
    from qcdc_desktop.model import Block

    db = storage.open_database(context.db.path)
    try:
        other, revision = storage.load_draft_with_revision(db, draft_id)
        other.sections[1].blocks.append(Block("para", text))
        storage.save_draft(db, other, expected_revision=revision)
    finally:
        db.close()


def test_conflict_reload_keeps_our_text_in_a_revision(
    qtbot: Any, context: Any, open_editor: Any, dialogs: Any
) -> None:
    draft_id = store_new_draft(context)
    window = open_editor(draft_id)
    _save_elsewhere(context, draft_id, "Văn bản từ cửa sổ khác.")
    dialogs.choice.append(0)  # "Tải lại"
    _type_in_situation(qtbot, window)
    qtbot.waitUntil(lambda: window.save_label.text() == "Đã tải lại", timeout=4000)
    question = [t for k, t in [(k, t) for k, _, t in dialogs.calls] if k == "ask_choice"]
    assert question and "được lưu từ một cửa sổ" in question[0]
    assert window.draft.sections[1].blocks[-1].text == "Văn bản từ cửa sổ khác."
    assert TEXT not in _section_text(window.draft)
    kept = [
        storage.load_revision(context.db, r.id)
        for r in storage.list_revisions(context.db, draft_id)
        if "trước khi tải lại" in r.note
    ]
    assert len(kept) == 1 and TEXT in _section_text(kept[0])
    # Editing goes on normally after the reload.
    type_text(qtbot, window.pages["situation"].text, "Sau khi tải lại.")
    qtbot.waitUntil(
        lambda: "Sau khi tải lại." in _section_text(load(context, draft_id)), timeout=3000
    )


def test_conflict_overwrite_stores_our_text(
    qtbot: Any, context: Any, open_editor: Any, dialogs: Any
) -> None:
    draft_id = store_new_draft(context)
    window = open_editor(draft_id)
    _save_elsewhere(context, draft_id, "Văn bản từ cửa sổ khác.")
    dialogs.choice.append(1)  # "Ghi đè"
    _type_in_situation(qtbot, window)
    qtbot.waitUntil(lambda: TEXT in _section_text(load(context, draft_id)), timeout=4000)
    assert not load(context, draft_id).sections[1].blocks


def test_second_window_on_the_same_draft_is_warned_and_read_only(
    qtbot: Any, context: Any, open_editor: Any, dialogs: Any
) -> None:
    draft_id = store_new_draft(context)
    first = open_editor(draft_id)
    assert not first.read_only
    second = open_editor(draft_id)  # the fake dialog answers "Hủy": read-only
    assert any("đang được mở ở cửa sổ khác" in t for t in dialogs.texts("ask_choice"))
    assert second.read_only and "(chỉ đọc)" in second.windowTitle()
    section = page(second, "situation")
    assert section.text.isReadOnly()
    assert not section.buttons["add_child"].isEnabled()
    assert page(second, "review").buttons["docx"].isEnabled()  # export still allowed
    second.close()
    assert storage.editor_of(context.db, draft_id) is not None  # still the first's lock


def test_second_window_may_still_edit_when_asked(
    qtbot: Any, context: Any, open_editor: Any, dialogs: Any
) -> None:
    draft_id = store_new_draft(context)
    open_editor(draft_id)
    dialogs.choice.append(1)  # "Vẫn mở"
    second = open_editor(draft_id)
    assert not second.read_only


def test_close_saves_at_once_and_releases_the_lock(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    draft_id = store_new_draft(context)
    window = open_editor(draft_id)
    assert draft_id in context.settings.value("session/open_editors", "")
    assert storage.editor_of(context.db, draft_id) is not None
    _type_in_situation(qtbot, window)
    assert window.close()
    assert TEXT in _section_text(load(context, draft_id))
    assert storage.editor_of(context.db, draft_id) is None
    assert draft_id not in context.settings.value("session/open_editors", "")


def test_stale_lock_of_a_dead_process_is_taken_over(
    qtbot: Any, context: Any, open_editor: Any, dialogs: Any
) -> None:
    import socket

    draft_id = store_new_draft(context)
    dead_owner = f"{socket.gethostname()}:999999999:abcd:1"
    assert storage.claim_editor(context.db, draft_id, dead_owner) is None
    window = open_editor(draft_id)
    assert not window.read_only and not dialogs.texts("ask_choice")
