"""Rows of a tree that wrap their text to the view's width instead of eliding it.

QTreeView's word wrap only paints wrapped text into the height the delegate asked for,
and the default delegate asks for one line: two review findings about the same long part
name were cut at the same place and read as the same finding. This delegate measures
each row at the column's current width and lays the rows out again when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._relayout = QTimer(view)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(30)
        self._relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_: self._relayout.start())

    def _depth(self, index: Index) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return depth + (1 if self.view.rootIsDecorated() else 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        width = self.view.columnWidth(index.column())
        if index.column() == 0:
            width -= self.view.indentation() * self._depth(index)
        width -= 8  # the item's own margins
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 40 or not text:
            return base
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        bounds = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(base.width(), max(base.height(), bounds.height() + 4))
