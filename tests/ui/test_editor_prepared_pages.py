"""Pages are filled while the user is elsewhere, a visit only shows them, and what a
page shows is never older than the draft: after an edit on one page, every other page
shows it, and the review's findings are those of the draft as it is."""

from __future__ import annotations

from typing import Any

import pytest
from wizard_fixtures import editor_opener, page, store_new_draft, type_text  # noqa: F401

from qcdc_desktop.editing.steps import CLOSING, GENERAL, REVIEW
from qcdc_desktop.ui.wizard import page_set


@pytest.fixture(name="quick_idle")
def _quick_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_set, "FIRST_DELAY_MS", 10)
    monkeypatch.setattr(page_set, "AFTER_EDIT_MS", 50)


def _count_loads(window: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    loads: list[str] = []
    for built in window.pages.built_pages():
        real = built.load

        def counted(draft: Any, real: Any = real, step: str = built.step.id) -> None:
            loads.append(step)
            real(draft)

        monkeypatch.setattr(built, "load", counted)
    return loads


def test_a_visit_after_the_idle_time_only_shows_the_page(
    context: Any, open_editor: Any, qtbot: Any, quick_idle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_editor(store_new_draft(context))
    qtbot.waitUntil(lambda: window.idle_builder.done, timeout=20_000)
    assert all(p.prepared() for p in window.pages.built_pages() if p.step.id != GENERAL)
    loads = _count_loads(window, monkeypatch)
    for step in window.steps[1:]:
        window.goto_step(step.id)
    assert loads == []
    review = window.pages[REVIEW]
    assert review.findings and review.tree.topLevelItemCount() > 0
    assert "Đang kiểm tra" not in review.summary.text()


def test_an_edit_reaches_every_other_page_prepared_or_not(
    context: Any, open_editor: Any, qtbot: Any, quick_idle: None
) -> None:
    window = open_editor(store_new_draft(context))
    qtbot.waitUntil(lambda: window.idle_builder.done, timeout=20_000)
    closing = page(window, CLOSING)
    type_text(qtbot, closing.signer_name, "Trần Thị B")
    review = page(window, REVIEW)
    assert "Trần Thị B" in review.preview.toPlainText()
    # Again after the other pages were brought up to date while idle.
    closing = page(window, CLOSING)
    type_text(qtbot, closing.signer_name, " Lan")
    window.goto_step(GENERAL)
    qtbot.waitUntil(lambda: window.idle_builder.done, timeout=20_000)
    assert window.pages[REVIEW].prepared()
    assert "Trần Thị B Lan" in page(window, REVIEW).preview.toPlainText()


def test_text_typed_before_the_idle_time_is_in_the_pages_prepared_then(
    context: Any, open_editor: Any, qtbot: Any, quick_idle: None
) -> None:
    window = open_editor(store_new_draft(context))
    window.autosaver._timer.setInterval(60_000)  # no autosave stores the page meanwhile
    qtbot.waitUntil(lambda: window.idle_builder.done, timeout=20_000)
    section = page(window, window.steps[2].id)
    type_text(qtbot, section.text, "Đã tổ chức hội nghị cán bộ")
    # The section keeps its text until it stores; the idle time prepares the review.
    qtbot.waitUntil(lambda: window.idle_builder.done, timeout=20_000)
    review = window.pages[REVIEW]
    assert review.prepared()
    window.goto_step(REVIEW)
    assert "Đã tổ chức hội nghị cán bộ" in review.preview.toPlainText()


def test_review_says_it_is_checking_and_never_shows_old_findings(
    context: Any, open_editor: Any, qtbot: Any
) -> None:
    window = open_editor(store_new_draft(context))
    section = page(window, window.steps[2].id)
    review = page(window, REVIEW)
    assert not [f for f in review.findings if "vieetj" in f.message]
    section = page(window, window.steps[2].id)
    type_text(qtbot, section.text, "Thực hiện vieetj tốt.")
    window.goto_step(REVIEW)
    # The page is on screen at once; the findings of the old text are gone.
    assert window.stack.currentWidget() is review
    assert review.summary.text() == "Đang kiểm tra…"
    assert review.findings == [] and review.tree.topLevelItemCount() == 0
    qtbot.waitUntil(review.is_current, timeout=5000)
    assert [f for f in review.findings if "vieetj" in f.message]


def test_spelling_underlines_are_no_edit(context: Any, open_editor: Any, qtbot: Any) -> None:
    from qcdc_desktop.ui.spell_highlight import install_spell_check

    window = open_editor(store_new_draft(context))
    closing = page(window, CLOSING)
    closing.closing.setPlainText("Trên đây là báo cáo vieetj của cơ quan.")
    version = window.version
    edits: list[int] = []
    closing.edited.connect(lambda: edits.append(1))
    install_spell_check(closing.closing)
    qtbot.wait(50)
    assert window.version == version and edits == []


def test_after_paint_runs_once_the_window_has_painted(qtbot: Any) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    from qcdc_desktop.ui.after_paint import after_paint

    label = QLabel("Bản thảo")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    order: list[str] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                order.append("paint")
            return False

    paints = Paints()
    label.installEventFilter(paints)
    queue = after_paint(label)
    queue.add("job", lambda: order.append("job"))
    queue.add("job", lambda: order.append("job again"))  # one key: runs once, the newest
    label.setText("Bản thảo đã sửa")
    qtbot.waitUntil(lambda: not queue.pending(), timeout=2000)
    assert order[0] == "paint" and order.count("job again") == 1 and "job" not in order


def test_a_review_that_cannot_be_made_says_so_and_is_tried_again(
    context: Any, open_editor: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcdc_desktop.ui.wizard import review_work

    def broken(*_args: Any) -> Any:
        raise ValueError("renderer bug")

    window = open_editor(store_new_draft(context))
    real = review_work.review_of
    monkeypatch.setattr(review_work, "review_of", broken)
    window.goto_step(REVIEW)
    review = window.pages[REVIEW]
    with qtbot.capture_exceptions() as raised:
        qtbot.waitUntil(lambda: "Không kiểm tra được" in review.summary.text(), timeout=5000)
    assert raised and "renderer bug" in str(raised[0][1])
    assert not review.findings and not review.is_current()
    monkeypatch.setattr(review_work, "review_of", real)
    window.goto_step(CLOSING)
    assert page(window, REVIEW).findings  # the next visit checks again
