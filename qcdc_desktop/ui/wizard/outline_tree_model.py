"""A thin Qt item model over the sections of one wizard step of a Draft.

The Part tree stays the single source of truth: the model rebuilds a flat table of
nodes on `refresh()` and shows live numbering from render.part_numbers, so the
numbers in the tree are the ones that will print.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from qcdc_desktop.model import Draft, Part
from qcdc_desktop.render import part_numbers
from qcdc_desktop.ui import palette

translate = QCoreApplication.translate

PART_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Parts carried over from last period and not yet confirmed by the user.
CARRIED_COLOUR = palette.WARNING

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Node:
    part: Part
    parent: int  # node number of the parent, -1 for a top-level section
    row: int
    children: list[int] = field(default_factory=list)


class OutlineTreeModel(QAbstractItemModel):
    renamed = Signal(str)  # part id, after an in-place edit of its title

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._draft: Draft | None = None
        self._step = ""
        self._nodes: list[_Node] = []
        self._roots: list[int] = []
        self._numbers: dict[str, str] = {}

    # --- the adapter ---------------------------------------------------------------

    def set_draft(self, draft: Draft | None, step: str) -> None:
        self._draft = draft
        self._step = step
        self.refresh()

    def refresh(self) -> None:
        """Rebuild after any change of structure (add, delete, move)."""
        self.beginResetModel()
        self._nodes = []
        self._roots = []
        if self._draft is not None:
            self._numbers = part_numbers(self._draft)
            for section in self._draft.sections:
                if section.step == self._step:
                    self._roots.append(self._add(section, -1, len(self._roots)))
        self.endResetModel()

    def _add(self, part: Part, parent: int, row: int) -> int:
        number = len(self._nodes)
        self._nodes.append(_Node(part, parent, row))
        for child_row, child in enumerate(part.children):
            self._nodes[number].children.append(self._add(child, number, child_row))
        return number

    def title_changed(self, part_id: str) -> None:
        """Repaint one row after its title was edited elsewhere (the title field)."""
        self.part_changed(part_id)

    def part_changed(self, part_id: str) -> None:
        """Repaint one row after its part changed elsewhere (title, carried mark)."""
        index = self.index_of(part_id)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def part(self, index: Index) -> Part | None:
        if not index.isValid():
            return None
        return self._nodes[index.internalId()].part

    def index_of(self, part_id: str) -> QModelIndex:
        for number, node in enumerate(self._nodes):
            if node.part.id == part_id:
                return self.createIndex(node.row, 0, number)
        return QModelIndex()

    def label(self, part: Part) -> str:
        number = self._numbers.get(part.id, "")
        title = part.title.strip() or _untitled_label(part)
        return f"{number} {title}".strip()

    def part_ids(self) -> list[str]:
        return [node.part.id for node in self._nodes]

    # --- QAbstractItemModel ----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        rows = self._nodes[parent.internalId()].children if parent.isValid() else self._roots
        if column != 0 or not 0 <= row < len(rows):
            return QModelIndex()
        return self.createIndex(row, 0, rows[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._nodes[index.internalId()].parent
        if up < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[up].row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return len(self._nodes[parent.internalId()].children)
        return len(self._roots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        part = self.part(index)
        if part is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(part)
        if role == Qt.ItemDataRole.EditRole:
            return part.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if part.carried:
                return self.tr(
                    "{label} (chưa rà soát)\n"
                    "Nội dung chép từ kỳ trước: đọc lại rồi bấm “Đánh dấu đã rà soát”."
                ).format(label=self.label(part))
            return self.label(part)
        if role == Qt.ItemDataRole.FontRole and part.carried:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and part.carried:
            return QBrush(QColor(CARRIED_COLOUR))
        if role == PART_ID_ROLE:
            return part.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        part = self.part(index)
        if part is None or role != Qt.ItemDataRole.EditRole:
            return False
        title = " ".join(str(value).split())
        if not title or title == part.title:
            return False
        part.title = title
        self.dataChanged.emit(index, index)
        self.renamed.emit(part.id)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


def _untitled_label(part: Part, width: int = 48) -> str:
    """A run-in part may have no title ("2. Thực hiện công khai …" in real reports):
    name it in the tree by the start of its text, so the user can tell parts apart."""
    for block in part.blocks:
        text = " ".join(block.text.split())
        if text:
            short = text if len(text) <= width else text[: width - 1].rstrip() + "…"
            return f"({short})"
    return translate("OutlineTreeModel", "(chưa có tên)")
