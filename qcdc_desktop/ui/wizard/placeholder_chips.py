"""Placeholders in the opening and closing sentences, shown as what they will print.

The templates say "{basis}" and "{agency}"; a drafter cannot tell what those mean. In
the editor each placeholder is tinted like its chip, and a row of chips
under the editor ("[các văn bản căn cứ]") explains each one and inserts it at the
cursor; the printed sentence is shown right below by the page.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from qcdc_desktop.ui import palette
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

# What each placeholder prints, in the words a drafter uses.
PLACEHOLDER_NAMES: dict[str, str] = {
    "basis": QT_TRANSLATE_NOOP("PlaceholderChips", "các văn bản căn cứ"),
    "agency": QT_TRANSLATE_NOOP("PlaceholderChips", "tên cơ quan"),
    "period": QT_TRANSLATE_NOOP("PlaceholderChips", "kỳ báo cáo"),
    "summary": QT_TRANSLATE_NOOP("PlaceholderChips", "trích yếu"),
    "recipient": QT_TRANSLATE_NOOP("PlaceholderChips", "nơi nhận báo cáo"),
    "year": QT_TRANSLATE_NOOP("PlaceholderChips", "năm"),
}
translate = QCoreApplication.translate
CHIP_STYLE = palette.PLACEHOLDER_CHIP
_FIELD = re.compile(r"\{(\w+)\}")


def readable(template: str) -> str:
    """`template` with each known placeholder written as its name in brackets."""
    return _FIELD.sub(
        lambda m: (
            f"[{translate('PlaceholderChips', PLACEHOLDER_NAMES[m.group(1)])}]"
            if m.group(1) in PLACEHOLDER_NAMES
            else m.group(0)
        ),
        template,
    )


TEMPLATE_PROPERTY = "qcdc_template"  # set on editors whose text is a sentence template
_KNOWN = QTextCharFormat()
_KNOWN.setBackground(QColor(palette.PLACEHOLDER_BACKGROUND))
_KNOWN.setForeground(QColor(palette.PLACEHOLDER_TEXT))
_UNKNOWN = QTextCharFormat()
_UNKNOWN.setBackground(QColor(palette.UNKNOWN_PLACEHOLDER_BACKGROUND))
_UNKNOWN.setForeground(QColor(palette.ERROR))


def placeholder_formats(text: str) -> list[tuple[int, int, QTextCharFormat]]:
    """(start, length, format) of each placeholder in a line of a template: a known one
    tinted like its chip, an unknown one red. Applied by the editor's one highlighter
    (spell_highlight.py), which also leaves the placeholder's word unchecked: two
    highlighters on one document overwrite each other's formats."""
    return [
        (m.start(), m.end() - m.start(), _KNOWN if m.group(1) in PLACEHOLDER_NAMES else _UNKNOWN)
        for m in _FIELD.finditer(text)
    ]


class PlaceholderChips(QWidget):
    """ "Chỗ giữ chỗ:" and one chip per placeholder; a click inserts it in `editor`."""

    def __init__(self, editor: QPlainTextEdit, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        editor.setProperty(TEMPLATE_PROPERTY, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Chỗ giữ chỗ (bấm để chèn):")))
        self.chips: dict[str, QPushButton] = {}
        for name in names:
            chip = QPushButton(f"[{self.tr(PLACEHOLDER_NAMES[name])}]")
            chip.setObjectName(f"chip_{name}")
            chip.setStyleSheet(CHIP_STYLE)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            chip.setToolTip(
                self.tr("Chèn {placeholder} vào mẫu câu: khi in, chỗ này là {meaning}.").format(
                    placeholder="{" + name + "}", meaning=self.tr(PLACEHOLDER_NAMES[name])
                )
            )
            chip.clicked.connect(lambda _c=False, n=name: self.insert(n))
            layout.addWidget(chip)
            self.chips[name] = chip
        layout.addStretch(1)

    def insert(self, name: str) -> None:
        if self.editor.isReadOnly():
            return
        self.editor.insertPlainText(f"{{{name}}}")
        self.editor.setFocus()
