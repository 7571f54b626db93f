"""Pick the document type and year of a new draft; the period follows from the type."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.doctypes import DocType, doc_types
from qcdc_desktop.ui.dialog_buttons import dialog_buttons

translate = QCoreApplication.translate

MIN_YEAR = 2000
MAX_YEAR = 2100


def period_description(doc_type: DocType, year: int) -> str:
    """ "6 tháng đầu năm 2024 (số liệu từ 01/01/2024 đến 31/5/2024)"."""
    text = doc_type.period_text(year)
    start = doc_type.period_start.format(year=year)
    end = doc_type.period_end.format(year=year)
    if start and end:
        text += translate("NewDraftDialog", " (số liệu từ {start} đến {end})").format(
            start=start, end=end
        )
    return text


def ordered_doc_types() -> list[DocType]:
    """The document types in the order every list of them shows."""
    return sorted(doc_types().values(), key=lambda t: (t.order, t.name))


def year_box(year: int | None = None) -> QSpinBox:
    """The report's year, this year unless given."""
    box = QSpinBox()
    box.setRange(MIN_YEAR, MAX_YEAR)
    box.setValue(year or datetime.date.today().year)
    return box


class NewDraftDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        year: int | None = None,
        type_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tạo bản thảo mới"))
        self.types = ordered_doc_types()
        self.type_list = QListWidget()
        for doc_type in self.types:
            item = QListWidgetItem(doc_type.name)
            item.setData(Qt.ItemDataRole.UserRole, doc_type.id)
            self.type_list.addItem(item)
        self.type_list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        rows = max(len(self.types), 3)
        self.type_list.setFixedHeight(
            rows * self.type_list.sizeHintForRow(0) + 2 * self.type_list.frameWidth() + 4
        )
        self.year = year_box(year)
        self.year.setAccelerated(True)
        self.period = QLabel()
        self.period.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Năm:"), self.year)
        form.addRow(self.tr("Kỳ báo cáo:"), self.period)
        self.create_button = QPushButton(self.tr("Tạo"))
        buttons = dialog_buttons(self, self.tr("Hủy"), accept=self.create_button)
        self.create_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Loại văn bản:")))
        layout.addWidget(self.type_list)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.type_list.currentRowChanged.connect(self._update)
        self.year.valueChanged.connect(self._update)
        self.type_list.itemDoubleClicked.connect(lambda _item: self.accept())
        ids = [t.id for t in self.types]
        self.type_list.setCurrentRow(ids.index(type_id) if type_id in ids else 0)
        self._update()
        self.setMinimumWidth(520)

    def selected_type(self) -> DocType | None:
        row = self.type_list.currentRow()
        return self.types[row] if 0 <= row < len(self.types) else None

    def chosen(self) -> tuple[str, int] | None:
        doc_type = self.selected_type()
        return None if doc_type is None else (doc_type.id, self.year.value())

    def _update(self) -> None:
        doc_type = self.selected_type()
        self.create_button.setEnabled(doc_type is not None)
        self.period.setText(period_description(doc_type, self.year.value()) if doc_type else "")


def ask_new_draft(parent: QWidget | None) -> tuple[str, int] | None:
    """(type id, year) chosen by the user, or None when cancelled."""
    dialog = NewDraftDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
