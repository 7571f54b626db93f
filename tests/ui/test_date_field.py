"""The issue date takes a date typed whole over a selection, as a drafter types it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit
from wizard_fixtures import editor_opener, store_new_draft  # noqa: F401

from qcdc_desktop.ui.wizard.date_field import TypedDateEdit


def _field(qtbot: Any) -> TypedDateEdit:
    field = TypedDateEdit()
    field.setDisplayFormat("dd/MM/yyyy")
    field.setDate(QDate(2023, 2, 2))
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    return field


@pytest.mark.parametrize("typed", ["07/11/2023", "7/11/2023", "7-11-2023", "07.11.2023"])
def test_select_all_then_type_a_whole_date(qtbot: Any, typed: str) -> None:
    field = _field(qtbot)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2023, 11, 7)
    assert field.text() == "07/11/2023"


def test_leaving_the_field_reads_the_date(qtbot: Any) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    field = _field(qtbot)
    other.show()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "31/12/2024")
    field.clearFocus()  # Tab or a click elsewhere
    field.finish_typing()
    assert field.date() == QDate(2024, 12, 31)


def test_an_impossible_date_keeps_the_old_one_and_says_why(qtbot: Any) -> None:
    field = _field(qtbot)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "31/02/2024")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2023, 2, 2) and field.text() == "02/02/2023"
    assert "31/02/2024" in field.last_problem and "ví dụ 07/11/2023" in field.last_problem


def test_backspace_and_escape_while_typing(qtbot: Any) -> None:
    field = _field(qtbot)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "08/11/20239")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2023, 11, 8)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "01/01")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.date() == QDate(2023, 11, 8) and field.text() == "08/11/2023"


def test_section_editing_still_works(qtbot: Any) -> None:
    field = _field(qtbot)
    field.setCurrentSection(TypedDateEdit.Section.DaySection)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2023, 2, 3)


def test_the_editors_issue_date_is_saved_as_typed(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    window = open_editor(store_new_draft(context, "bc-nam", 2023))
    page = window.current_page()
    page.year_only.setChecked(False)
    page.date.setFocus()
    qtbot.keyClick(page.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.date, "7/11/2023")
    qtbot.keyClick(page.date, Qt.Key.Key_Return)
    page.store(window.draft)
    assert (window.draft.date.day, window.draft.date.month, window.draft.date.year) == (7, 11, 2023)
