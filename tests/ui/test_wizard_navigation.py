"""Jumping between steps (side panel, Back, keyboard) never loses what was typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from wizard_fixtures import editor_opener, page, store_new_draft, type_text  # noqa: F401


def test_jumping_around_keeps_every_page_content(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    window = open_editor(store_new_draft(context))
    general = page(window, "document")
    general.summary.clear()
    type_text(qtbot, general.summary, "Trích yếu do tôi sửa")
    # Jump with the side panel straight to a section page, type, then come back.
    window.step_panel.setCurrentRow(4)
    assert window.current_step() == "results"
    results = window.pages["results"]
    type_text(qtbot, results.text, "Kết quả nổi bật")
    type_text(qtbot, results.title, " (sửa)")
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == "direction"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_step() == "situation"
    window.step_panel.setCurrentRow(0)
    assert general.summary.text() == "Trích yếu do tôi sửa"
    window.step_panel.setCurrentRow(7)
    closing = window.pages["closing"]
    type_text(qtbot, closing.signer_name, "Trần Thị B")
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == "appendices"
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == "review"
    review = window.pages["review"]
    # The findings and the preview are made on a worker once the page is on screen.
    qtbot.waitUntil(review.is_current, timeout=5000)
    preview = review.preview.toPlainText()
    assert "Kết quả nổi bật" in preview and "Trần Thị B" in preview
    assert "Trích yếu do tôi sửa" in preview
    assert "KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ (SỬA)" in preview
    window.step_panel.setCurrentRow(4)
    assert results.text.toPlainText() == "Kết quả nổi bật"
    assert window.draft.summary == "Trích yếu do tôi sửa"


def test_finding_click_opens_the_step_and_field(qtbot: Any, context: Any, open_editor: Any) -> None:
    window = open_editor(store_new_draft(context))
    review = page(window, "review")
    assert review.findings, "a new draft has findings (no agency, no signer)"
    items = [
        review.tree.topLevelItem(i).child(j)
        for i in range(review.tree.topLevelItemCount())
        for j in range(review.tree.topLevelItem(i).childCount())
    ]
    target = next(
        i for i in items if "issuing_body" in str(i.data(0, Qt.ItemDataRole.UserRole + 1))
    )
    review._open_finding(target)
    assert window.current_step() == "basis"
    assert window.pages["basis"].fields["issuing_body"].hasFocus()


def test_review_runs_the_checks_and_lists_them_by_step(context: Any, open_editor: Any) -> None:
    window = open_editor(store_new_draft(context))
    review = page(window, "review")
    titles = [review.tree.topLevelItem(i).text(0) for i in range(review.tree.topLevelItemCount())]
    assert "Cơ quan và căn cứ" in titles
    assert "lỗi cần sửa" in review.summary.text()
