"""Spelling as you type: underlines, the corrections menu, the office dictionary, and the
comparison with last period from the review page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit
from wizard_fixtures import editor_opener, page, store_new_draft  # noqa: F401 (a fixture)

from qcdc_desktop.proofing.office import OfficeProofing, active_office, load_office, use_office
from qcdc_desktop.ui.spell_highlight import (
    ADD_TO_DICTIONARY,
    ADD_TO_LIBRARY,
    SpellHighlighter,
    install_spell_check,
    proofing_menu,
)


@pytest.fixture(autouse=True)
def _fresh_office() -> Iterator[None]:
    """The office an AppContext loads is process-wide: leave a blank one behind."""
    yield
    use_office(OfficeProofing())


def _underlined(editor: QPlainTextEdit) -> list[str]:
    words = []
    block = editor.document().firstBlock()
    while block.isValid():
        for fmt_range in block.layout().formats():
            if fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                start = fmt_range.start
                words.append(block.text()[start : start + fmt_range.length])
        block = block.next()
    return words


def _pos_of(editor: QPlainTextEdit, word: str) -> Any:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(word) + 1)
    return editor.cursorRect(cursor).center()


def test_misspelt_words_are_underlined_and_corrected_from_the_menu(
    qtbot: Any, context: Any
) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    install_spell_check(editor)
    install_spell_check(editor)  # twice installs once
    assert len(editor.findChildren(SpellHighlighter)) == 1
    editor.setPlainText("Báo cáo kết quả thực hiện dân chủ ở cơ sở của Sở vieetj nam.")
    editor.resize(500, 120)
    editor.show()
    assert _underlined(editor) == ["vieetj"]
    menu = proofing_menu(editor, _pos_of(editor, "vieetj"))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["việt", ADD_TO_DICTIONARY]
    assert "Sao chép" in texts  # the usual Vietnamese menu follows
    menu.actions()[0].trigger()
    assert "Sở việt nam." in editor.toPlainText()
    assert _underlined(editor) == []
    editor.undo()
    assert "vieetj" in editor.toPlainText()  # one undo step


def test_add_to_dictionary_is_saved_for_the_office(qtbot: Any, context: Any) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    install_spell_check(editor)
    editor.setPlainText("Thôn Krông Pắc")
    assert _underlined(editor) == ["Krông"]
    menu = proofing_menu(editor, _pos_of(editor, "Krông"))
    add = next(a for a in menu.actions() if a.text() == ADD_TO_DICTIONARY)
    add.trigger()
    assert _underlined(editor) == []
    assert load_office(context.db).words == ["Krông"]
    assert active_office().knows("krông")


def test_an_unknown_citation_is_offered_for_the_library(qtbot: Any, context: Any) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    install_spell_check(editor)
    editor.setPlainText("Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2024 của UBND tỉnh.")
    menu = proofing_menu(editor, _pos_of(editor, "12/KH-UBND"))
    keep = next(a for a in menu.actions() if a.text() == ADD_TO_LIBRARY)
    keep.trigger()
    saved = load_office(context.db).library
    assert saved == [
        {
            "kind": "Kế hoạch",
            "number": "12/KH-UBND",
            "date": "2/3/2024",
            "issuer": "UBND tỉnh",
            "title": "",
        }
    ]


def test_every_wizard_text_editor_is_spell_checked(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    window = open_editor(store_new_draft(context))
    checked = 0
    for step in window.steps:
        for editor in page(window, step.id).findChildren(QPlainTextEdit):
            # Checked once the window has painted the page (or before, while idle).
            qtbot.waitUntil(lambda e=editor: bool(e.findChildren(SpellHighlighter)), timeout=2000)
            checked += 1
    assert checked >= 3


def test_unchanged_part_opens_the_comparison_with_last_period(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    from qcdc_desktop import storage
    from qcdc_desktop.importing.carry_forward import carry_forward
    from qcdc_desktop.ui.last_period_diff import diff_dialog_for

    last = storage.load_draft(context.db, store_new_draft(context))
    from qcdc_desktop.model import Block

    part = last.all_parts()[0]
    part.blocks.insert(0, Block("para", "Sở đã tiếp nhận 36 hồ sơ."))
    storage.save_draft(context.db, last, reason="save", expected_revision=1)
    following = carry_forward(last, today=dt.date(2024, 12, 1))
    storage.save_draft(context.db, following, reason="save", expected_revision=0)
    window = open_editor(following.id)
    review = page(window, window.steps[-1].id)
    found = [f for f in review.findings if f.code == "unchanged.part"]
    assert part.id in {f.part_id for f in found}
    finding = next(f for f in found if f.part_id == part.id)
    window.draft.find_part(part.id).blocks[0].text = "Sở đã tiếp nhận 41 hồ sơ."
    dialog = diff_dialog_for(finding, window.draft, review)
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown = dialog.view.toHtml()
    assert "line-through" in shown and "36" in shown and "41" in shown
    # Clicking the finding on the review page opens the same comparison.
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from qcdc_desktop.ui.last_period_diff import LastPeriodDiffDialog

    items = QTreeWidgetItemIterator(review.tree)
    while items.value() is not None:
        item = items.value()
        shown_finding = item.data(0, 258)  # the finding itself, beside its target
        if getattr(shown_finding, "code", "") == "unchanged.part" and (
            shown_finding.part_id == part.id
        ):
            review._open_finding(item)
            break
        items += 1
    opened = [d for d in review.findChildren(LastPeriodDiffDialog) if d.isVisible()]
    assert len(opened) == 1
    opened[0].close()


def test_a_long_paragraph_is_rechecked_only_around_the_edit(qtbot: Any, context: Any) -> None:
    import random

    from qcdc_desktop.ui.spell_highlight import LONG_BLOCK, respan, spans

    text = " ".join(["Sở đã tiếp nhận hồ sơ vieetj, hòang và hoà."] * 200)
    assert len(text) > LONG_BLOCK
    found = spans(text)
    rng = random.Random(7)
    for _ in range(200):  # typing, deleting, pasting anywhere: always the full answer
        at = rng.randrange(len(text))
        cut = rng.choice([0, 0, 1, 4])
        edited = text[:at] + rng.choice(["a", " ", "j", "vieetj ", "", "ủy"]) + text[at + cut :]
        found = respan(text, found, edited)
        text = edited
        assert found == spans(text)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    install_spell_check(editor)
    editor.setPlainText(text)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(len(text) // 2)
    cursor.insertText(" vieetj ")
    shown = editor.toPlainText()
    assert _underlined(editor) == [shown[a:b] for a, b, _ in spans(shown)]
    assert len(shown) == len(text) + len(" vieetj ")


def test_the_office_tone_style_is_chosen_from_the_menu(qtbot: Any, context: Any) -> None:
    from qcdc_desktop.ui.spell_highlight import STYLE_MENU

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    install_spell_check(editor)
    editor.setPlainText("hài hoà, hài hòa")
    assert _underlined(editor) == ["hoà"]
    menu = proofing_menu(editor, _pos_of(editor, "hoà"))
    styles = next(a for a in menu.actions() if a.text() == STYLE_MENU).menu()
    new = next(a for a in styles.actions() if "hoà, thuỷ" in a.text())
    new.trigger()
    assert _underlined(editor) == ["hòa"]
    assert load_office(context.db).tone_style == "new"


def test_every_shown_text_editor_is_checked_and_right_click_offers_corrections(
    qtbot: Any, context: Any
) -> None:
    """No registration: any multi-line editor a window shows gets the underline, and a
    right-click on a misspelt word (sent as the user's click is) opens the corrections."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QDialog, QMenu, QTextBrowser, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    editor, preview = QPlainTextEdit(), QTextBrowser()
    layout.addWidget(editor)
    layout.addWidget(preview)
    editor.setPlainText("Sở vieetj nam")
    preview.setPlainText("Sở vieetj nam")
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: _underlined(editor) == ["vieetj"])  # highlighted after Show
    assert not preview.findChildren(SpellHighlighter)  # previews are not checked
    at = _pos_of(editor, "vieetj")
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, editor.viewport().mapToGlobal(at))
    QApplication.sendEvent(editor.viewport(), event)
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert len(menus) == 1
    texts = [a.text() for a in menus[0].actions() if not a.isSeparator()]
    menus[0].close()
    assert texts[:2] == ["việt", ADD_TO_DICTIONARY]
