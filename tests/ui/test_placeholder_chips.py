"""Placeholders in the opening and closing sentences are shown as what they print."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from wizard_fixtures import editor_opener, page, store_new_draft  # noqa: F401

from qcdc_desktop.ui.wizard.placeholder_chips import PLACEHOLDER_NAMES, readable


def _formats(editor: Any) -> list[tuple[int, int, str, bool]]:
    """(start, length, background colour, underlined) of each format in the first line."""
    block = editor.document().firstBlock()
    out = []
    for r in block.layout().formats():
        fmt = r.format
        underlined = fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
        out.append((r.start, r.length, fmt.background().color().name(), underlined))
    return out


def test_opening_placeholders_are_tinted_not_underlined_and_chips_insert(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    window = open_editor(store_new_draft(context, "bc-6thang"))
    agency = page(window, "basis" if "basis" in window.pages else window.steps[1].id)
    editor = agency.opening
    editor.setPlainText("Thực hiện {basis}, {agency} báo cáo kết quả kỳ {period}. Lỗi vieetj.")
    qtbot.waitUntil(lambda: bool(_formats(editor)), timeout=2000)
    text = editor.toPlainText()
    formats = _formats(editor)
    at = text.index("{basis}")
    tint = [bg for s, n, bg, _u in formats if s == at and n == len("{basis}")]
    assert tint == ["#e8f0fe"]
    underlined = [text[s : s + n] for s, n, _bg, u in formats if u]
    assert underlined == ["vieetj"]  # the misspelling still is; the placeholders are not

    chips = agency.findChildren(type(agency.reset_opening))
    names = {c.objectName(): c.text().replace("&", "") for c in chips if c.objectName()}
    assert names["chip_basis"] == "[các văn bản căn cứ]"
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.mouseClick(agency.findChild(type(agency.reset_opening), "chip_period"), Qt.LeftButton)
    assert editor.toPlainText().endswith("{period}")
    printed = agency.opening_preview.text()
    assert "{" not in printed and printed.endswith("vieetj.6 tháng đầu năm 2024")


def test_readable_names_every_placeholder() -> None:
    template = " ".join(f"{{{name}}}" for name in PLACEHOLDER_NAMES)
    shown = readable(template)
    assert "{" not in shown
    assert "[các văn bản căn cứ]" in shown and "[nơi nhận báo cáo]" in shown
    assert readable("{quarter}") == "{quarter}"  # unknown: left as written, tinted red
