"""Step 1's reporting-period choices: which cut-off the figures cover and how the
figure sentences name the period, with the opening words they will print."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from qcdc_desktop.doctypes import DocType
from qcdc_desktop.doctypes.periods import (
    PeriodKind,
    matching_cutoff,
    naming_id,
    period_kinds,
    period_phrase,
)
from qcdc_desktop.model import Draft, Period
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

OWN_DATES = QT_TRANSLATE_NOOP("PeriodChoice", "Ngày tự nhập")


class PeriodChoice(QWidget):
    dates_chosen = Signal(str, str)  # start, end of the chosen cut-off
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cutoff = QComboBox()
        self.cutoff.setObjectName("period_cutoff")
        self.cutoff.setToolTip(self.tr("Khoảng thời gian số liệu được tính, theo quy định áp dụng"))
        self.naming = QComboBox()
        self.naming.setObjectName("period_naming")
        self.naming.setToolTip(self.tr("Cách câu số liệu gọi kỳ báo cáo"))
        self.preview = QLabel()
        self.preview.setObjectName("period_preview")
        self.preview.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cutoff, 1)
        row.addWidget(QLabel(self.tr("Câu số liệu ghi:")))
        row.addWidget(self.naming, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        self._kind: PeriodKind | None = None
        self._doc_type: DocType | None = None
        self._filling = False
        self.cutoff.activated.connect(self._cutoff_chosen)
        self.naming.activated.connect(lambda _i: self.edited.emit())

    def load(self, draft: Draft, doc_type: DocType) -> None:
        self._doc_type = doc_type
        self._kind = period_kinds().get(draft.period.kind) or period_kinds().get(
            doc_type.period_kind
        )
        self._filling = True
        try:
            self.cutoff.clear()
            self.naming.clear()
            for cutoff in self._kind.cutoffs if self._kind else ():
                self.cutoff.addItem(cutoff.name, cutoff.id)
            self.cutoff.addItem(self.tr(OWN_DATES), "")
            for naming in self._kind.namings if self._kind else ():
                self.naming.addItem(naming.name, naming.id)
            self.sync(draft)
        finally:
            self._filling = False

    def sync(self, draft: Draft) -> None:
        """Show the cut-off the dates match and the naming in use; update the preview."""
        cutoff = matching_cutoff(self._kind, draft.period)
        self.cutoff.setCurrentIndex(max(self.cutoff.findData(cutoff), 0))
        self.naming.setCurrentIndex(
            max(self.naming.findData(naming_id(draft.period, self._doc_type)), 0)
        )
        self.preview.setText(
            self.tr("Câu số liệu sẽ mở đầu: “{phrase}, …”").format(phrase=self.phrase(draft.period))
        )

    def phrase(self, period: Period) -> str:
        return period_phrase(period, self._doc_type)

    def store(self, draft: Draft) -> None:
        draft.period.cutoff = matching_cutoff(self._kind, draft.period)
        chosen = str(self.naming.currentData() or "")
        default = self._doc_type.period_naming if self._doc_type else "range"
        draft.period.naming = "" if chosen == default else chosen

    def dates_for(self, cutoff_id: str, year: int) -> tuple[str, str] | None:
        cutoff = self._kind.cutoff(cutoff_id) if self._kind and cutoff_id else None
        return cutoff.dates(year) if cutoff else None

    def _cutoff_chosen(self, index: int) -> None:
        if self._filling:
            return
        cutoff_id = str(self.cutoff.itemData(index) or "")
        year = int(self.property("year") or 0)
        dates = self.dates_for(cutoff_id, year) if year else None
        if dates is not None:
            self.dates_chosen.emit(*dates)
        self.edited.emit()
