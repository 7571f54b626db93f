"""Reopening a draft: the editor comes back on the step and part the user was on, and
every step's status dot is the same as before closing."""

from __future__ import annotations

from typing import Any

from wizard_fixtures import editor_opener, page, store_new_draft, type_text  # noqa: F401

from qcdc_desktop.editing.steps import REVIEW


def _dots(window: Any) -> dict[str, str]:
    return {s.id: window.step_panel.state_text(s.id) for s in window.steps}


def test_reopens_on_the_step_and_part_left(qtbot: Any, context: Any, open_editor: Any) -> None:
    draft_id = store_new_draft(context, "bc-nam", 2023)
    window = open_editor(draft_id)
    section = page(window, "results")
    part = next(p for p in window.draft.all_parts() if p.key == "results.procedures")
    section.select_part(part.id)
    window.goto_step("results")
    window.close()
    again = open_editor(draft_id)
    assert again.current_step() == "results"
    assert again.current_page().current_part_id() == part.id
    assert again.step_panel.currentRow() == [s.id for s in again.steps].index("results")


def test_a_draft_never_left_opens_on_step_one(qtbot: Any, context: Any, open_editor: Any) -> None:
    window = open_editor(store_new_draft(context, "bc-6thang"))
    assert window.current_step() == window.steps[0].id


def test_step_dots_are_the_same_after_closing_and_reopening(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    draft_id = store_new_draft(context, "bc-6thang", 2024)
    window = open_editor(draft_id)
    section = page(window, window.steps[2].id)  # a section step: one part written
    type_text(qtbot, section.text, "Cơ quan đã quán triệt các văn bản.")
    window.goto_step(REVIEW)  # the checks run and find missing parts
    window.goto_step(window.steps[2].id)
    assert window.save_now()
    before = _dots(window)
    assert len(set(before.values())) > 1  # a mix of states, not all blank
    window.close()
    again = open_editor(draft_id)
    assert _dots(again) == before
    again.goto_step(REVIEW)
    again.goto_step(window.steps[2].id)
    assert _dots(again) == before  # visiting the review does not change them either
