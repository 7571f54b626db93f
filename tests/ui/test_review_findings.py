"""The review page lists each finding once: no two rows read the same."""

from __future__ import annotations

from typing import Any

from wizard_fixtures import editor_opener, page, store_new_draft, type_text  # noqa: F401

from qcdc_desktop.ui.wizard.steps import REVIEW


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
