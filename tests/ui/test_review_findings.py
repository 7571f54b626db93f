"""The review page lists each finding once: no two rows read the same."""

from __future__ import annotations

from typing import Any

from wizard_fixtures import editor_opener, page, store_new_draft, type_text  # noqa: F401

from qcdc_desktop.editing.steps import REVIEW


def _rows(review: Any) -> list[str]:
    tree = review.tree
    return [
        tree.topLevelItem(i).child(j).text(0)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


def test_the_same_finding_twice_in_a_part_is_one_row(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    window = open_editor(store_new_draft(context, "bc-6thang", 2024))
    section = page(window, window.steps[2].id)
    type_text(qtbot, section.text, "Thực hiện vieetj tốt. Tiếp tục vieetj đó.")
    review = page(window, REVIEW)
    rows = _rows(review)
    assert rows, "the new draft has findings (missing parts, the misspelling)"
    assert len(rows) == len(set(rows)), [r for r in rows if rows.count(r) > 1]
    spelling = [r for r in rows if "vieetj" in r]
    assert len(spelling) == 1 and spelling[0].endswith("(2 chỗ)"), spelling
    assert len(review.findings) > len(rows)  # both occurrences are still checked


def test_long_findings_wrap_instead_of_being_cut(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    from PySide6.QtCore import QRect, Qt
    from window_catalogue import store_sample_draft

    window = open_editor(store_sample_draft(context, "bc-6thang"))
    review = page(window, REVIEW)
    tree = review.tree
    qtbot.wait(100)  # the rows are laid out again once the column has its width
    metrics = tree.fontMetrics()
    checked = 0
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            item = group.child(j)
            width = tree.columnWidth(0) - 2 * tree.indentation() - 8
            single = metrics.horizontalAdvance(item.text(0))
            needed = metrics.boundingRect(
                QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text(0)
            ).height()
            assert tree.visualItemRect(item).height() >= needed, item.text(0)
            checked += single > width  # a finding longer than one line
    assert checked >= 1
