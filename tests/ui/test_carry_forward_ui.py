"""A draft carried forward from last period, in the editor: the "not yet reviewed" banner
and outline mark, the review's warnings about it, and last period's figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from wizard_fixtures import editor_opener, load, page, type_text  # noqa: F401

from qcdc_desktop.editing.steps import REVIEW
from qcdc_desktop.ui.wizard.pages.section_page import CARRIED_TEXT, CONFIRM_TEXT


def store_carried_draft(context: Any) -> Any:
    """Next period's draft made from the sample report, stored as the program would."""
    from qcdc_desktop import storage
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.importing import carry_forward

    draft = carry_forward(sample_draft())
    storage.save_draft(context.db, draft, reason="save", expected_revision=0)
    return draft


def carried_findings(window: Any) -> list[Any]:
    review = page(window, REVIEW)
    return [f for f in review.findings if f.code == "part.carried"]


def wait_saved(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Đã lưu lúc "), timeout=5000)


def test_banner_and_confirmation(qtbot: Any, context: Any, open_editor: Any) -> None:
    draft = store_carried_draft(context)
    window = open_editor(draft.id)
    before = carried_findings(window)
    assert len(before) == len(list(draft.all_parts()))

    section = page(window, "situation")
    part_id = section.part.id
    assert section.carried_banner.isVisible()
    assert section.carried_banner.findChild(type(section.part_label), "carried_text").text() == (
        CARRIED_TEXT
    )
    assert section.confirm_button.text() == CONFIRM_TEXT
    index = section.model.index_of(part_id)
    assert section.model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "(chưa rà soát)" in section.model.data(index, Qt.ItemDataRole.ToolTipRole)

    # Editing the text is not a review: the mark stays until the user confirms.
    type_text(qtbot, section.text, " Đã cập nhật.")
    window.flush()
    assert window.draft.find_part(part_id).carried
    assert section.carried_banner.isVisible()

    qtbot.mouseClick(section.confirm_button, Qt.MouseButton.LeftButton)
    assert not section.carried_banner.isVisible()
    assert not window.draft.find_part(part_id).carried
    font = section.model.data(index, Qt.ItemDataRole.FontRole)
    assert font is None or not QFont(font).italic()
    assert "(chưa rà soát)" not in section.model.data(index, Qt.ItemDataRole.ToolTipRole)

    wait_saved(qtbot, window)  # by autosave, not by a button
    stored = load(context, draft.id)
    assert not stored.find_part(part_id).carried
    assert "Đã cập nhật." in stored.find_part(part_id).blocks[0].text
    assert sum(p.carried for p in stored.all_parts()) == len(before) - 1

    after = carried_findings(window)
    assert len(after) == len(before) - 1
    summary = window.pages[REVIEW].summary.text()
    assert f"Trong đó {len(after)} mục chép từ kỳ trước chưa được rà soát." in summary
    assert part_id not in {f.part_id for f in after}


def test_banner_only_on_carried_parts(qtbot: Any, context: Any, open_editor: Any) -> None:
    draft = store_carried_draft(context)
    window = open_editor(draft.id)
    section = page(window, "direction")
    first, second = section.model.part_ids()[:2]
    section.select_part(first)
    section.confirm_carried()
    section.select_part(second)
    assert section.carried_banner.isVisible()
    section.select_part(first)
    assert not section.carried_banner.isVisible()


def test_read_only_window_cannot_confirm(qtbot: Any, context: Any, open_editor: Any) -> None:
    draft = store_carried_draft(context)
    window = open_editor(draft.id)
    window.read_only = True
    section = page(window, "situation")
    section.apply_read_only(True)
    assert not section.confirm_button.isEnabled()
    section.confirm_carried()
    assert window.draft.find_part(section.part.id).carried


def test_clicking_a_carried_warning_opens_the_part(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    from qcdc_desktop.ui.wizard.pages.review_page import FINDING_ROLE

    draft = store_carried_draft(context)
    window = open_editor(draft.id)
    target = next(p for p in draft.sections if p.step == "results").children[1]
    review = page(window, REVIEW)
    items = []
    for g in range(review.tree.topLevelItemCount()):
        group = review.tree.topLevelItem(g)
        items += [group.child(n) for n in range(group.childCount())]
    item = next(
        i for i in items if i.data(0, FINDING_ROLE)[1] == target.id and "chưa rà soát" in i.text(0)
    )
    assert item.text(0).startswith("Cần xem lại: ")
    review.tree.scrollToItem(item)
    rect = review.tree.visualItemRect(item)
    qtbot.mouseClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_step() == "results"
    section = window.pages["results"]
    assert section.part.id == target.id
    assert section.carried_banner.isVisible()


def test_previous_figures_and_explanation(qtbot: Any, context: Any, open_editor: Any) -> None:
    draft = store_carried_draft(context)
    window = open_editor(draft.id)
    section = page(window, "situation")
    box = next(b for b in section.figure_boxes if b.group.id == "staff")
    previous = draft.figures["staff"].previous
    assert previous["total"] == 55
    for fid, label in box.previous.items():
        assert label.isVisible() == (fid in previous)
    assert box.previous["total"].text() == "Kỳ trước: 55"
    assert not any(e.isVisible() for e in box.explanations.values())

    type_text(qtbot, box.edits["total"], "80")  # +45 %: worth a word
    type_text(qtbot, box.edits["cong_chuc"], "27")  # +4 %: not
    explanation = box.explanations["total"]
    assert explanation.isVisible()
    assert explanation.placeholderText() == "Giải thích thay đổi (không bắt buộc)"
    assert box.previous["total"].text() == "Kỳ trước: 55 (tăng 45,5%)"
    assert not box.explanations["cong_chuc"].isVisible()
    assert box.previous["cong_chuc"].text() == "Kỳ trước: 26"
    changes = [f for f in carried_or(window, "figures.change") if f.field.endswith("total")]
    assert changes, "the checks ask for an explanation too"

    section = page(window, "situation")
    box = next(b for b in section.figure_boxes if b.group.id == "staff")
    explanation = box.explanations["total"]
    type_text(qtbot, explanation, "Tuyển thêm viên chức")
    assert window.draft.figures["staff"].explanations["total"] == "Tuyển thêm viên chức"
    wait_saved(qtbot, window)
    stored = load(context, draft.id).figures["staff"]
    assert stored.values["total"] == 80
    assert stored.explanations == {"total": "Tuyển thêm viên chức"}
    assert not [f for f in carried_or(window, "figures.change") if f.field.endswith("total")]

    # The figure back within range: the written explanation stays in sight.
    section = page(window, "situation")
    box = next(b for b in section.figure_boxes if b.group.id == "staff")
    box.edits["total"].setText("56")
    assert box.explanations["total"].isVisible()
    box.explanations["total"].clear()
    box.explanations["total"].textEdited.emit("")
    assert "total" not in window.draft.figures["staff"].explanations


def carried_or(window: Any, code: str) -> list[Any]:
    return [f for f in page(window, REVIEW).findings if f.code == code]


def test_new_draft_shows_no_previous_figures(qtbot: Any, context: Any, open_editor: Any) -> None:
    from wizard_fixtures import store_new_draft

    window = open_editor(store_new_draft(context))
    section = page(window, "situation")
    assert not section.carried_banner.isVisible()
    for box in section.figure_boxes:
        assert not any(label.isVisible() for label in box.previous.values())
        assert not any(edit.isVisible() for edit in box.explanations.values())
