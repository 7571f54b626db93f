"""A date field that takes a date typed whole, as a drafter writes it: "07/11/2023".

QDateEdit edits one section at a time: after Ctrl+A, typing "07/11/2023" went into the
day section and the field read 02/11/2023 (the other sections kept their old values);
"7/11/2023" did the same. Here, once the whole text is selected (Ctrl+A, a triple click,
Tab into the field), digits and separators are collected as typed and read with the
program's own date reader (render/dates.py) when the user leaves the field or presses
Enter. A text that is not a real date keeps the previous date and says why.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from qcdc_desktop.render.dates import parse_typed_date
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

SEPARATORS = "/-."
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "TypedDateEdit", "Không đọc được ngày “{text}”. Hãy gõ ngày/tháng/năm, ví dụ 07/11/2023."
)


def read_typed(text: str, year_only: bool) -> QDate | None:
    """The date in `text` ("07/11/2023", "7-11-2023", "7.11.2023"; "2023" when only the
    year is shown), or None."""
    text = text.strip()
    if year_only:
        return QDate(int(text), 1, 1) if text.isdigit() and len(text) == 4 else None
    for sep in SEPARATORS[1:]:
        text = text.replace(sep, "/")
    date = parse_typed_date(text)
    return QDate(date.year, date.month, date.day) if date else None


class TypedDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing: str | None = None  # the text typed over a whole selection
        self.last_problem = ""

    def _year_only(self) -> bool:
        return self.displayFormat() == "yyyy"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        line = self.lineEdit()
        typable = bool(text) and (text.isdigit() or text in SEPARATORS)
        if self._typing is None and typable and text.isdigit():
            whole = line.hasSelectedText() and line.selectedText() == line.text()
            if whole:
                self._typing = ""
        if self._typing is not None:
            key = event.key()
            if typable and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._typing += text
                self._show_typing()
                event.accept()
                return
            if key == Qt.Key.Key_Backspace:
                self._typing = self._typing[:-1]
                self._show_typing()
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self._typing = None
                self._show(self.date())
                event.accept()
                return
            self.finish_typing()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # taken: nothing else to do
                event.accept()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.finish_typing()
        super().focusOutEvent(event)

    def finish_typing(self) -> None:
        """Read what was typed over the selection; keep the old date if it is no date."""
        typed, self._typing = self._typing, None
        if typed is None:
            return
        date = read_typed(typed, self._year_only())
        if date is None or not date.isValid():
            self.last_problem = self.tr(NOT_A_DATE).format(text=typed)
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.last_problem, self)
            self._show(self.date())
            return
        self.last_problem = ""
        if self._year_only():
            kept = QDate(date.year(), self.date().month(), self.date().day())
            date = kept if kept.isValid() else date
        if date == self.date():
            self._show(date)
        else:
            self.setDate(date)

    def _show_typing(self) -> None:
        # Signals blocked: QDateEdit reads every text change of its line edit and would
        # "fix" a half-typed "31/02" into 29/02 before the user has finished.
        line = self.lineEdit()
        blocked = line.blockSignals(True)
        line.setText(self._typing or "")
        line.blockSignals(blocked)

    def _show(self, date: QDate) -> None:
        self.lineEdit().setText(date.toString(self.displayFormat()))
