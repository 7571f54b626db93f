"""A read-only "Sẽ in" preview that wraps and scrolls inside a bounded box.

Previews show the user's own text, which can be a 200 KB paste with no space in it. A
QLabel asks its layout for room for all of it (a window 206,324 px wide or 32,847 px
tall, and a crash painting it), so previews are a read-only text view instead: it wraps
anywhere, grows with its text up to a few lines and scrolls beyond.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

PREVIEW_STYLE = (
    "QTextBrowser { background: palette(base); border: 1px solid palette(mid); padding: 2px; }"
)


class PreviewText(QTextBrowser):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        max_lines: int = 6,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        italic: bool = False,
        framed: bool = True,
    ) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        self._align = align
        self.setOpenLinks(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if framed:
            self.setStyleSheet(PREVIEW_STYLE)
        else:
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.viewport().setAutoFillBackground(False)
        if italic:
            font = self.font()
            font.setItalic(True)
            self.setFont(font)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def setText(self, text: str) -> None:
        self.setPlainText(text)
        if self._align == Qt.AlignmentFlag.AlignLeft:  # the document's own alignment
            self._fit_height()
            return
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = cursor.blockFormat()
        block.setAlignment(self._align)
        cursor.mergeBlockFormat(block)
        self._fit_height()

    def text(self) -> str:
        return self.toPlainText()

    def _fit_height(self, *_args: object) -> None:
        line = self.fontMetrics().lineSpacing()
        content = int(self.document().size().height())
        margins = 2 * self.frameWidth() + int(2 * self.document().documentMargin()) // 2 + 4
        lines_room = self._max_lines * line + int(2 * self.document().documentMargin())
        height = max(min(content, lines_room), line + int(2 * self.document().documentMargin()))
        self.setFixedHeight(height + margins)

    def sizeHint(self) -> QSize:
        # Never asks the layout for the width of its text: the text wraps instead.
        return QSize(160, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.height())
