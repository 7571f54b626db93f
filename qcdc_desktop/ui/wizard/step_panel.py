"""The side list of wizard steps, each with a coloured mark and its state in words."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from qcdc_desktop.editing.steps import StepState, WizardStep
from qcdc_desktop.ui import palette

STATE_COLOURS = {
    StepState.EMPTY: palette.STEP_EMPTY,
    StepState.EDITING: palette.STEP_EDITING,
    StepState.DONE: palette.STEP_DONE,
    StepState.PROBLEM: palette.STEP_PROBLEM,
}
STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def state_icon(state: StepState, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATE_COLOURS[state]))
    painter.setPen(QColor(palette.STEP_OUTLINE))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class StepPanel(QListWidget):
    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.setIconSize(QSize(14, 14))
        self.setSpacing(2)
        self.setWordWrap(True)
        self.setMinimumWidth(200)
        self._icons = {state: state_icon(state) for state in StepState}
        self._steps: list[WizardStep] = []
        self.currentRowChanged.connect(self._row_changed)

    def set_steps(self, steps: list[WizardStep]) -> None:
        self._steps = list(steps)
        self.blockSignals(True)
        self.clear()
        for n, step in enumerate(steps, 1):
            item = QListWidgetItem(f"{n}. {step.title}")
            item.setData(STEP_ID_ROLE, step.id)
            self.addItem(item)
        self.blockSignals(False)

    def set_states(self, states: dict[str, StepState]) -> None:
        for row, step in enumerate(self._steps):
            item = self.item(row)
            state = states.get(step.id)
            if state is None or step.kind == "review":
                item.setIcon(QIcon())
                item.setText(f"{row + 1}. {step.title}")
                item.setToolTip("")
                continue
            item.setIcon(self._icons[state])
            item.setText(f"{row + 1}. {step.title}\n      {state.value}")
            item.setToolTip(self.tr("Trạng thái: {state}").format(state=state.value))

    def state_text(self, step_id: str) -> str:
        for row, step in enumerate(self._steps):
            if step.id == step_id:
                return self.item(row).text()
        return ""

    def select_step(self, step_id: str) -> None:
        for row, step in enumerate(self._steps):
            if step.id == step_id and self.currentRow() != row:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._steps):
            self.step_chosen.emit(self._steps[row].id)
