"""The editor opens with its first page and builds the others while the user waits;
opening and closing editors writes only the list of open editors to the settings."""

from __future__ import annotations

from typing import Any

import pytest
from wizard_fixtures import editor_opener, store_new_draft, type_text  # noqa: F401

from qcdc_desktop.editing.steps import GENERAL
from qcdc_desktop.ui.wizard import page_set


def test_remaining_pages_are_built_in_step_order_after_opening(
    context: Any, open_editor: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_set, "FIRST_DELAY_MS", 10)
    window = open_editor(store_new_draft(context))
    qtbot.waitUntil(lambda: window.idle_builder.done, timeout=20_000)
    built = [page.step.id for page in window.pages.built_pages()]
    assert built == [step.id for step in window.steps]
    # A first visit now only shows a page that already exists.
    review = window.steps[-1].id
    page = window.pages.built(review)
    window.goto_step(review)
    assert window.stack.currentWidget() is page
    assert len(window.pages.built_pages()) == len(window.steps)


def test_typing_postpones_building(
    context: Any, open_editor: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_set, "FIRST_DELAY_MS", 50)
    monkeypatch.setattr(page_set, "AFTER_EDIT_MS", 60_000)
    window = open_editor(store_new_draft(context))
    type_text(qtbot, window.pages[GENERAL].summary, "Báo cáo")
    qtbot.wait(300)
    assert [page.step.id for page in window.pages.built_pages()] == [GENERAL]
    assert not window.idle_builder.done


def test_closed_editor_builds_nothing_more(
    context: Any, open_editor: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_set, "FIRST_DELAY_MS", 50)
    window = open_editor(store_new_draft(context))
    window.close()
    qtbot.wait(200)
    assert [page.step.id for page in window.pages.built_pages()] == [GENERAL]


def test_open_and_close_write_only_the_open_editors(
    context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcdc_desktop.storage import settings_repo
    from qcdc_desktop.ui.start_window import StartWindow

    written: list[str] = []
    real = settings_repo.set_setting

    def spy(db: Any, key: str, value: Any) -> None:
        written.append(key)
        real(db, key, value)

    monkeypatch.setattr("qcdc_desktop.storage.set_setting", spy)
    draft_id = store_new_draft(context)
    window = StartWindow(context)
    qtbot.addWidget(window)
    window.show()
    cycles = []
    for _ in range(4):
        written.clear()
        assert window.open_editor(draft_id)
        qtbot.waitExposed(window.editors[draft_id])
        opened = list(written)
        written.clear()
        window.editors[draft_id].close()
        cycles.append((opened, list(written)))
    session = "_ui/session/open_editors"
    # Every open and close records the open editors (reopened after a crash) once.
    assert all(opened == [session] and closed[-1] == session for opened, closed in cycles)
    # The window's size and splitters are stored when they change: the first close, and
    # once more while the restored geometry settles; after that, nothing else is written.
    assert "_ui/editor/geometry" in cycles[0][1]
    assert cycles[2] == cycles[3] == ([session], [session])
