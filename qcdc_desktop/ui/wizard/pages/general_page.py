"""Step 1: document type, period, number, date, summary line and addressees."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.editing.steps import WizardStep
from qcdc_desktop.model import Draft
from qcdc_desktop.render.dates import number_line, place_date_line
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.preview_text import PreviewText
from qcdc_desktop.ui.wizard.date_field import TypedDateEdit
from qcdc_desktop.ui.wizard.pages.base import EditorHost, WizardPage, lines_of
from qcdc_desktop.ui.wizard.period_fields import PeriodChoice

BLANK_NUMBER = QT_TRANSLATE_NOOP("GeneralPage", "Để trống số cho văn thư điền")
YEAR_ONLY = QT_TRANSLATE_NOOP("GeneralPage", "Chỉ ghi năm, để trống ngày tháng")


class GeneralPage(WizardPage):
    def __init__(self, host: EditorHost, step: WizardStep, parent: QWidget | None = None) -> None:
        super().__init__(host, step, parent)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        self.type_label = QLabel()
        self.type_label.setObjectName("doc_type")
        self.type_label.setWordWrap(True)
        form.addRow(self.tr("Loại văn bản:"), self.type_label)

        self.year = QSpinBox()
        self.year.setObjectName("period")
        self.year.setRange(2000, 2100)
        self.period_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.year)
        row.addWidget(self.period_label, 1)
        form.addRow(self.tr("Năm của kỳ báo cáo:"), row)

        self.period_start = QLineEdit()
        self.period_start.setObjectName("period_start")
        self.period_start.setPlaceholderText("01/01/2024")
        self.period_end = QLineEdit()
        self.period_end.setObjectName("period_end")
        self.period_end.setPlaceholderText("31/5/2024")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("từ ngày")))
        row.addWidget(self.period_start)
        row.addWidget(QLabel(self.tr("đến ngày")))
        row.addWidget(self.period_end)
        row.addStretch(1)
        form.addRow(self.tr("Số liệu tính:"), row)
        self.period_choice = PeriodChoice()
        form.addRow(self.tr("Kỳ số liệu:"), self.period_choice)

        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setMaximumWidth(120)
        self.blank_number = QCheckBox(self.tr(BLANK_NUMBER))
        self.number_preview = PreviewText(max_lines=3, framed=False)
        form.addRow(
            self.tr("Số văn bản:"),
            _with_preview(self.number, self.blank_number, self.number_preview),
        )

        self.date = TypedDateEdit()
        self.date.setObjectName("date")
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(False)
        self.year_only = QCheckBox(self.tr(YEAR_ONLY))
        self.date_preview = PreviewText(max_lines=3, framed=False)
        form.addRow(
            self.tr("Ngày ban hành:"), _with_preview(self.date, self.year_only, self.date_preview)
        )

        self.summary = QLineEdit()
        self.summary.setObjectName("summary")
        self.reset_summary = QPushButton(self.tr("Khôi phục mặc định"))
        self.reset_summary.setToolTip(self.tr("Đặt lại trích yếu theo loại văn bản và năm báo cáo"))
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.reset_summary)
        form.addRow(self.tr("Trích yếu:"), row)

        self.addressees = QPlainTextEdit()
        self.addressees.setObjectName("addressees")
        self.addressees.setPlaceholderText(
            self.tr("Mỗi nơi một dòng, ví dụ: Sở Nội vụ (có thể để trống)")
        )
        self.addressees.setMaximumHeight(90)
        form.addRow(self.tr("Kính gửi:"), self.addressees)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Số và ngày tháng thường để trống để văn thư điền sau khi lãnh đạo ký; "
                "văn bản in ra vẫn chừa chỗ trống cho các ô này."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        layout.addStretch(1)

        self.year.valueChanged.connect(self._year_changed)
        for edit in (self.period_start, self.period_end, self.number, self.summary):
            edit.textChanged.connect(self._any_changed)
        self.addressees.textChanged.connect(self._any_changed)
        self.blank_number.toggled.connect(self._any_changed)
        self.year_only.toggled.connect(self._any_changed)
        self.date.dateChanged.connect(self._any_changed)
        self.reset_summary.clicked.connect(self._reset_summary)
        self.period_choice.dates_chosen.connect(self._period_dates_chosen)
        self.period_choice.edited.connect(self._any_changed)
        self.setTabOrder(self.year, self.period_start)

    # --- load / store ----------------------------------------------------------------

    def load(self, draft: Draft) -> None:
        doc_type = self.host.doc_type
        self.type_label.setText(
            self.tr("<b>{name}</b> (không đổi được sau khi tạo)").format(name=doc_type.name)
        )
        self.year.setValue(draft.period.year)
        self.period_start.setText(draft.period.start)
        self.period_end.setText(draft.period.end)
        self.period_choice.setProperty("year", draft.period.year)
        self.period_choice.load(draft, doc_type)
        self.number.setText(draft.number)
        self.blank_number.setChecked(not draft.number.strip())
        day = draft.date.day or dt.date.today().day
        month = draft.date.month or dt.date.today().month
        try:
            self.date.setDate(QDate(draft.date.year, month, day))
        except (TypeError, ValueError):
            self.date.setDate(QDate.currentDate())
        self.year_only.setChecked(not draft.date.is_full)
        self.summary.setText(draft.summary)
        self.addressees.setPlainText("\n".join(draft.addressees))
        self._update_previews(draft)

    def store(self, draft: Draft) -> None:
        draft.period.year = self.year.value()
        draft.period.start = self.period_start.text().strip()
        draft.period.end = self.period_end.text().strip()
        self.period_choice.store(draft)
        draft.number = "" if self.blank_number.isChecked() else self.number.text().strip()
        qdate = self.date.date()
        draft.date.year = qdate.year()
        if self.year_only.isChecked():
            draft.date.day = draft.date.month = None
        else:
            draft.date.day, draft.date.month = qdate.day(), qdate.month()
        draft.summary = self.summary.text().strip()
        draft.addressees = lines_of(self.addressees.toPlainText())

    # --- behaviour -------------------------------------------------------------------

    def _any_changed(self, *_args: object) -> None:
        self.number.setEnabled(not self.blank_number.isChecked() and not self.host.read_only)
        self.date.setDisplayFormat("yyyy" if self.year_only.isChecked() else "dd/MM/yyyy")
        if not self._loading:
            self.store(self.host.draft)
            self._update_previews(self.host.draft)
        self.changed()

    def _year_changed(self, year: int) -> None:
        if self._loading:
            return
        draft = self.host.draft
        doc_type = self.host.doc_type
        old = draft.period.year
        cutoff = draft.period.cutoff  # before any edit below stores the page again
        # Texts still at their defaults follow the year; typed ones are left alone.
        if self.summary.text().strip() == doc_type.summary_for(old):
            self.summary.setText(doc_type.summary_for(year))
        self.period_choice.setProperty("year", year)
        chosen = self.period_choice.dates_for(cutoff, year)
        if chosen is not None:  # a cut-off follows the year (15/12 of the year before …)
            self.period_start.setText(chosen[0])
            self.period_end.setText(chosen[1])
        elif self.period_start.text().strip() == doc_type.period_start.format(year=old):
            self.period_start.setText(doc_type.period_start.format(year=year))
        if chosen is None and self.period_end.text().strip() == doc_type.period_end.format(
            year=old
        ):
            self.period_end.setText(doc_type.period_end.format(year=year))
        if self.year_only.isChecked():
            self.date.setDate(QDate(year, self.date.date().month(), self.date.date().day()))
        self._any_changed()

    def _period_dates_chosen(self, start: str, end: str) -> None:
        self.period_start.setText(start)
        self.period_end.setText(end)

    def _reset_summary(self) -> None:
        self.summary.setText(self.host.doc_type.summary_for(self.year.value()))

    def _update_previews(self, draft: Draft) -> None:
        doc_type = self.host.doc_type
        self.period_label.setText(
            self.tr("Kỳ báo cáo: {period_text}").format(
                period_text=doc_type.period_text(draft.period.year)
            )
        )
        self.period_choice.sync(draft)
        self.number_preview.setText(
            self.tr("Sẽ in: {number_line}").format(number_line=number_line(draft, doc_type))
        )
        place = draft.agency.place.strip() or self.tr("(địa danh)")
        self.date_preview.setText(
            self.tr("Sẽ in: {place_date_line}").format(
                place_date_line=place_date_line(place, draft.date)
            )
        )


def _with_preview(field: QWidget, blank: QCheckBox, preview: PreviewText) -> QVBoxLayout:
    """A field, its "leave blank for the clerk" box, and the line as it will print."""
    row = QHBoxLayout()
    row.addWidget(field)
    row.addWidget(blank)
    row.addStretch(1)
    box = QVBoxLayout()
    box.addLayout(row)
    box.addWidget(preview)
    return box
