"""A part's figure groups as the drafter arranges them, driven through the editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from wizard_fixtures import editor_opener, page, store_new_draft, type_text  # noqa: F401

from qcdc_desktop.render import render_document
from qcdc_desktop.ui.preview_text import PreviewText


def _field(window: Any, name: str) -> QLineEdit:
    edit = window.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def _procedures(window: Any) -> Any:
    section = page(window, "results")
    part = next(p for p in window.draft.all_parts() if p.key == "results.procedures")
    section.select_part(part.id)
    return section, part


def _sentence(section: Any, group_id: str) -> str:
    label = section.findChild(PreviewText, f"figures_sentence_{group_id}")
    return label.text()


def test_a_total_typed_without_its_breakdown(qtbot: Any, context: Any, open_editor: Any) -> None:
    window = open_editor(store_new_draft(context, "bc-nam", 2023))
    section, _part = _procedures(window)
    resolved = _field(window, "figure_tthc_resolved")
    assert not resolved.isReadOnly()
    for fid, text in (("received", "514"), ("resolved", "509"), ("in_progress", "5")):
        type_text(qtbot, _field(window, f"figure_tthc_{fid}"), text)
    sentence = _sentence(section, "tthc")
    assert sentence.startswith("Trong năm 2023, ")
    assert sentence.endswith(
        "đã tiếp nhận 514 hồ sơ, đã giải quyết 509 hồ sơ, đang giải quyết 05 hồ sơ."
    )
    assert "..." not in sentence and "%" not in sentence and "trước hạn" not in sentence
    assert window.draft.figures["tthc"].values["resolved"] == 509
    # Once the breakdown is typed, the total is computed and cannot be typed.
    for fid, text in (("early", "500"), ("on_time", "9"), ("late", "0")):
        type_text(qtbot, _field(window, f"figure_tthc_{fid}"), text)
    assert resolved.isReadOnly() and resolved.text() == "509"
    assert "tỷ lệ giải quyết đúng và trước hạn 100%" in _sentence(section, "tthc")


def test_remove_add_back_and_place_a_group(qtbot: Any, context: Any, open_editor: Any) -> None:
    window = open_editor(store_new_draft(context, "bc-nam", 2023))
    section, part = _procedures(window)
    type_text(qtbot, section.text, "Công khai thủ tục hành chính.")
    type_text(qtbot, _field(window, "figure_tthc_received"), "36")
    box = section._boxes["tthc"]

    # A new part's group stands before the text typed later; then after it, before it.
    section.store(window.draft)
    assert [b.kind for b in part.blocks] == ["figures", "para"]
    box.controls.place_requested.emit("tthc", "before")
    assert [b.kind for b in part.blocks] == ["figures", "para"]
    box.controls.place_requested.emit("tthc", "after")
    assert [b.kind for b in part.blocks] == ["para", "figures"]
    printed = [p.full_text for p in render_document(window.draft).body if p.part_id == part.id]
    assert printed[-1].startswith("Trong năm 2023, ") and "36 hồ sơ" in printed[-1]

    # Removed: the part keeps its text, the values are kept for adding it back.
    qtbot.mouseClick(box.controls.remove, Qt.MouseButton.LeftButton)
    assert [b.kind for b in part.blocks] == ["para"]
    assert not box.isVisibleTo(section)
    assert window.draft.figures["tthc"].values["received"] == 36
    section.add_group.setCurrentIndex(section.add_group.findData("tthc"))
    qtbot.mouseClick(section.add_group_button, Qt.MouseButton.LeftButton)
    assert [b.group for b in part.blocks if b.kind == "figures"] == ["tthc"]
    assert _field(window, "figure_tthc_received").text() == "36"


def test_sentence_at_a_marker_inside_a_paragraph(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    window = open_editor(store_new_draft(context, "bc-nam", 2023))
    section, part = _procedures(window)
    type_text(qtbot, section.text, "Thực hiện ISO 9001:2015. Không có hồ sơ trễ hạn.")
    type_text(qtbot, _field(window, "figure_tthc_received"), "36")
    cursor = section.text.textCursor()
    cursor.setPosition(len("Thực hiện ISO 9001:2015. "))
    section.text.setTextCursor(cursor)
    box = section._boxes["tthc"]
    qtbot.mouseClick(box.controls.insert_marker, Qt.MouseButton.LeftButton)
    assert "{{số liệu: tthc}}" in section.text.toPlainText()
    assert box.controls.placement.currentData() == "marker"
    printed = [p.full_text for p in render_document(window.draft).body if p.part_id == part.id]
    assert any(
        line.startswith(
            "2. Thủ tục hành chính và công tác cán bộ: Thực hiện ISO 9001:2015. Trong năm 2023, "
        )
        and line.endswith("36 hồ sơ. Không có hồ sơ trễ hạn.")
        for line in printed
    ), printed
    # Choosing "after the text" takes the marker out again.
    box.controls.place_requested.emit("tthc", "after")
    assert "{{" not in section.text.toPlainText()


def test_move_a_group_to_another_part(
    qtbot: Any, context: Any, open_editor: Any, monkeypatch: Any
) -> None:
    from qcdc_desktop.ui.wizard import figure_group_controls

    window = open_editor(store_new_draft(context, "bc-nam", 2023))
    section, part = _procedures(window)
    target = next(p for p in window.draft.all_parts() if p.key == "results.head")
    asked: list[list[str]] = []

    def choose(_parent: Any, _title: str, labels: list[str]) -> int:
        asked.append(labels)
        return next(i for i, label in enumerate(labels) if "người đứng đầu" in label)

    monkeypatch.setattr(figure_group_controls, "choose_part", choose)
    qtbot.mouseClick(section._boxes["tthc"].controls.move_button, Qt.MouseButton.LeftButton)
    assert asked and "III.1 Trách nhiệm của người đứng đầu cơ quan, đơn vị" in asked[0]
    assert not [b for b in part.blocks if b.kind == "figures"]
    assert [b.group for b in target.blocks if b.kind == "figures"] == ["tthc"]


def test_comparison_is_off_until_turned_on(qtbot: Any, context: Any, open_editor: Any) -> None:
    window = open_editor(store_new_draft(context, "bc-nam", 2023))
    window.draft.figures["tthc"].previous = {"received": 129}
    section, _part = _procedures(window)
    type_text(qtbot, _field(window, "figure_tthc_received"), "141")
    box = section._boxes["tthc"]
    assert not box.controls.compare.isChecked()
    assert "so với cùng kỳ" not in _sentence(section, "tthc")
    box.controls.compare.setChecked(True)
    assert window.draft.figures["tthc"].compare is True
    assert "tăng 12 hồ sơ (9,3%) so với cùng kỳ năm trước" in _sentence(section, "tthc")


def test_step_one_shows_and_changes_the_period(qtbot: Any, context: Any, open_editor: Any) -> None:
    window = open_editor(store_new_draft(context, "bc-6thang", 2024))
    general = page(window, "document")
    choice = general.period_choice
    assert choice.cutoff.currentData() == "h1-may"
    assert "Từ ngày 01/01/2024 đến ngày 31/5/2024" in choice.preview.text()
    index = choice.cutoff.findData("nd09")
    choice.cutoff.setCurrentIndex(index)
    choice.cutoff.activated.emit(index)
    assert (general.period_start.text(), general.period_end.text()) == ("15/12/2023", "14/6/2024")
    assert window.draft.period.cutoff == "nd09"
    naming = choice.naming.findData("label")
    choice.naming.setCurrentIndex(naming)
    choice.naming.activated.emit(naming)
    assert window.draft.period.naming == "label"
    assert "Trong 6 tháng đầu năm 2024" in choice.preview.text()
    # The year moves the Decree 09 cut-off along: 15/12 of the year before.
    general.year.setValue(2025)
    assert (general.period_start.text(), general.period_end.text()) == ("15/12/2024", "14/6/2025")


def test_a_count_typed_with_its_leading_zero_keeps_it_after_reopening(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    draft_id = store_new_draft(context, "bc-nam", 2023)
    window = open_editor(draft_id)
    _procedures(window)
    type_text(qtbot, _field(window, "figure_tthc_in_progress"), "02")
    assert window.draft.figures["tthc"].values["in_progress"] == 2
    window.save_now()
    window.close()
    again = open_editor(draft_id)
    _procedures(again)
    assert _field(again, "figure_tthc_in_progress").text() == "02"  # as typed and printed
