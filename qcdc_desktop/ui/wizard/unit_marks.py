"""Which unit each gathered paragraph came from, in a consolidated report.

Consolidation (qcdc_desktop/consolidate) marks each gathered block with its unit in
`block.extra["unit"]`. The section page shows the marks under the text, by line
number of the editor, so the drafter knows whose words they merge; they are never
printed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from qcdc_desktop.model import Block
from qcdc_desktop.ui import palette

translate = QCoreApplication.translate

UNIT_KEY = "unit"  # qcdc_desktop.consolidate.gather.UNIT_KEY


def unit_line_ranges(blocks: list[Block]) -> list[tuple[int, int, str]]:
    """(first line, last line, unit) of the editor's text, lines counted from 1, as
    editing/block_text.blocks_to_text lays the blocks out; runs of one unit merged."""
    out: list[tuple[int, int, str]] = []
    line = 0
    for block in blocks:
        if block.kind == "figures":
            continue
        count = sum(1 for t in block.text.split("\n") if t.strip())
        if not count:
            continue
        first, line = line + 1, line + count
        unit = block.extra.get(UNIT_KEY)
        if not isinstance(unit, str) or not unit:
            continue
        if out and out[-1][2] == unit and out[-1][1] == first - 1:
            out[-1] = (out[-1][0], line, unit)
        else:
            out.append((first, line, unit))
    return out


def marks_text(blocks: list[Block]) -> str:
    ranges = unit_line_ranges(blocks)
    if not ranges:
        return ""
    parts = [
        translate("UnitMarks", "dòng {line}: {unit}").format(line=a, unit=unit)
        if a == b
        else translate("UnitMarks", "dòng {first}–{last}: {unit}").format(
            first=a, last=b, unit=unit
        )
        for a, b, unit in ranges
    ]
    return translate("UnitMarks", "Đoạn tổng hợp từ các đơn vị (không in ra): {units}.").format(
        units="; ".join(parts)
    )


class UnitMarks(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unit_marks")
        self.setWordWrap(True)
        self.setStyleSheet(palette.NOTE_LABEL)
        self.hide()

    def show_blocks(self, blocks: list[Block]) -> None:
        text = marks_text(blocks)
        self.setText(text)
        self.setVisible(bool(text))
