"""The row under a figure group's fields: where its sentence goes, compare, move, remove.

The row only asks; the section page does the edit on the draft (figure_ops.py) and
rebuilds its boxes, so the arrangement has one owner.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.editing import figure_ops
from qcdc_desktop.render.figure_markers import marker_for
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

PLACEMENTS = (
    (figure_ops.BEFORE, QT_TRANSLATE_NOOP("FigureGroupControls", "Trước phần chữ của mục")),
    (figure_ops.AFTER, QT_TRANSLATE_NOOP("FigureGroupControls", "Sau phần chữ của mục")),
    (
        figure_ops.AT_MARKER,
        QT_TRANSLATE_NOOP("FigureGroupControls", "Tại dấu {{số liệu}} trong đoạn văn"),
    ),
)
BETWEEN_TEXT = QT_TRANSLATE_NOOP("FigureGroupControls", "Giữa các đoạn (giữ nguyên)")
COMPARE_TEXT = QT_TRANSLATE_NOOP("FigureGroupControls", "So sánh với cùng kỳ năm trước")
COMPARE_TIP = QT_TRANSLATE_NOOP(
    "FigureGroupControls",
    "In thêm “tăng/giảm … so với cùng kỳ năm trước” khi có số liệu kỳ trước "
    "(ví dụ: tăng 12 hồ sơ (9,3%) so với cùng kỳ năm trước)",
)


class FigureGroupControls(QWidget):
    place_requested = Signal(str, str)  # group id, placement
    marker_requested = Signal(str)  # group id: insert a marker at the text cursor
    move_requested = Signal(str)  # group id: the page asks where to
    remove_requested = Signal(str)  # group id
    compare_toggled = Signal(str, bool)

    def __init__(self, group_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group_id = group_id
        self.placement = QComboBox()
        self.placement.setObjectName(f"figures_placement_{group_id}")
        self.placement.setToolTip(self.tr("Chỗ in câu số liệu trong mục"))
        self.insert_marker = QPushButton(self.tr("Chèn dấu tại con trỏ"))
        self.insert_marker.setObjectName(f"figures_marker_{group_id}")
        self.insert_marker.setToolTip(
            self.tr(
                "Chèn {marker} vào chỗ con trỏ trong ô nội dung: câu số liệu sẽ được in đúng chỗ đó"
            ).format(marker=marker_for(group_id))
        )
        self.compare = QCheckBox(self.tr(COMPARE_TEXT))
        self.compare.setObjectName(f"figures_compare_{group_id}")
        self.compare.setToolTip(self.tr(COMPARE_TIP))
        self.move_button = QPushButton(self.tr("Chuyển sang mục khác…"))
        self.move_button.setObjectName(f"figures_move_{group_id}")
        self.remove = QPushButton(self.tr("Bỏ nhóm khỏi mục"))
        self.remove.setObjectName(f"figures_remove_{group_id}")
        self.remove.setToolTip(
            self.tr("Bỏ nhóm số liệu này khỏi mục (số đã nhập vẫn được giữ lại)")
        )
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(QLabel(self.tr("Vị trí câu:")))
        first.addWidget(self.placement, 1)
        first.addWidget(self.insert_marker)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.compare, 1)
        second.addWidget(self.move_button)
        second.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        self._filling = False
        self.placement.activated.connect(self._placement_chosen)
        self.insert_marker.clicked.connect(lambda: self.marker_requested.emit(self.group_id))
        self.move_button.clicked.connect(lambda: self.move_requested.emit(self.group_id))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.group_id))
        self.compare.toggled.connect(self._compare_changed)

    def show_state(self, placement: str, compare: bool) -> None:
        self._filling = True
        try:
            self.placement.clear()
            for value, text in PLACEMENTS:
                self.placement.addItem(self.tr(text), value)
            if placement == figure_ops.BETWEEN:
                self.placement.addItem(self.tr(BETWEEN_TEXT), figure_ops.BETWEEN)
            index = self.placement.findData(placement)
            self.placement.setCurrentIndex(max(index, 0))
            self.compare.setChecked(compare)
        finally:
            self._filling = False

    def _placement_chosen(self, index: int) -> None:
        value = str(self.placement.itemData(index) or "")
        if value == figure_ops.AT_MARKER:
            self.marker_requested.emit(self.group_id)
        elif value in (figure_ops.BEFORE, figure_ops.AFTER):
            self.place_requested.emit(self.group_id, value)

    def _compare_changed(self, checked: bool) -> None:
        if not self._filling:
            self.compare_toggled.emit(self.group_id, checked)


def choose_part(parent: QWidget, title: str, labels: list[str]) -> int | None:
    """Ask which part to move a group to; the index in `labels`, or None if cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(translate("FigureGroupControls", "Chuyển nhóm số liệu sang mục:"))
    dialog.setComboBoxItems(labels)
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(translate("FigureGroupControls", "Chuyển"))
    dialog.setCancelButtonText(translate("FigureGroupControls", "Hủy"))
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    chosen = dialog.textValue()
    return labels.index(chosen) if chosen in labels else None
