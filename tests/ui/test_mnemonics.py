"""Keyboard-complete: in every window, dialog and wizard step, each visible button, check
box and labelled field has an Alt+letter, and no two share one in the same window."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)
from window_catalogue import WINDOWS, store_sample_draft

from qcdc_desktop.ui.mnemonics import assign_mnemonics, mnemonic_of, targets, without_mnemonic


def _settle(qtbot: Any) -> None:
    from qcdc_desktop.ui import mnemonics

    qtbot.wait(10)
    qtbot.waitUntil(lambda: not mnemonics._pending, timeout=2000)


def _problems(window: QWidget, where: str) -> list[str]:
    problems = []
    owners: dict[str, list[str]] = defaultdict(list)
    unlettered_labels = []
    for widget in targets(window):
        text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else widget.title()
        letter = mnemonic_of(text)
        if letter:
            owners[letter].append(without_mnemonic(text))
        elif isinstance(widget, QLabel):
            unlettered_labels.append(without_mnemonic(text))
        else:
            problems.append(f"{where}: {without_mnemonic(text)!r} has no Alt+letter")
    # A field label may go without only when every letter of its text is in use.
    for name in unlettered_labels:
        free = {ch.lower() for ch in name if ch.isascii() and ch.isalnum()} - set(owners)
        if free:
            problems.append(f"{where}: field {name!r} has no Alt+letter, {sorted(free)} free")
    for letter, names in owners.items():
        if len(names) > 1:
            problems.append(f"{where}: Alt+{letter.upper()} is shared by {names}")
    # Buttons the walk above would miss if targets() ever narrowed: check them directly.
    for button in window.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton | QCheckBox | QRadioButton):
            continue
        if button.isVisibleTo(window) and button.window() is window and button.text().strip():
            if not mnemonic_of(button.text()):
                problems.append(f"{where}: button {button.text()!r} has no Alt+letter")
    return sorted(set(problems))


@pytest.mark.parametrize("entry", WINDOWS, ids=[e.name for e in WINDOWS])
def test_every_control_has_a_unique_alt_letter(entry: Any, qtbot: Any, context: Any) -> None:
    draft_id = store_sample_draft(context, "bc-6thang")
    window = entry.open(context, draft_id)
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot)
    problems = _problems(window, entry.name)
    if hasattr(window, "steps"):  # the editor: every step as the user reaches it
        for step in window.steps:
            window.goto_step(step.id)
            _settle(qtbot)  # letters are reassigned once the shown page has settled
            problems += _problems(window, f"{entry.name} / {step.id}")
    window.close()
    assert not problems, "\n".join(problems)


def test_alt_letter_presses_the_button(qtbot: Any, context: Any) -> None:
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow

    window = EditorWindow(context, store_sample_draft(context, "bc-6thang"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    page.summary.setText("Trích yếu đã sửa")
    letter = mnemonic_of(page.reset_summary.text())
    assert letter and letter.isascii()
    window.activateWindow()
    page.summary.setFocus()
    QTest.keyClick(page.summary, letter, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click: the button is pressed a moment later.
    qtbot.waitUntil(lambda: page.summary.text() != "Trích yếu đã sửa", timeout=2000)


def test_texts_keep_their_own_letters_and_duplicates_move(qtbot: Any) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    mine = QPushButton("&Xuất Word")
    same = [QPushButton("Xem trước"), QPushButton("Xóa"), QPushButton("Đóng")]
    for button in (mine, *same):
        layout.addWidget(button)
    window.show()
    assign_mnemonics(window)
    letters = [mnemonic_of(b.text()) for b in (mine, *same)]
    assert letters[0] == "x"  # set by the program: kept
    assert len(set(letters)) == 4 and all(letters)
    assert all(ch.isascii() for ch in letters)  # "Đ" cannot be typed with Alt
    assert [without_mnemonic(b.text()) for b in same] == ["Xem trước", "Xóa", "Đóng"]
