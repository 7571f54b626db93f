"""Tổng hợp báo cáo các đơn vị: choose units' reports, type and period; see the review;
create the consolidated draft. Calls the same core functions as `qcdc consolidate`.

The start window's "Tổng hợp" menu (consolidate_menu.py) opens this dialog and the
figures workbook (figures_workbook_flow.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.doctypes import get_doc_type
from qcdc_desktop.ui import messages
from qcdc_desktop.ui.consolidate_menu import TITLE
from qcdc_desktop.ui.dialog_buttons import dialog_buttons
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.new_draft_dialog import ordered_doc_types, period_description, year_box

translate = QCoreApplication.translate

REPORT_FILTER = QT_TRANSLATE_NOOP("Consolidate", "Báo cáo của đơn vị (*.docx *.json)")
_LABELS = {
    "error": QT_TRANSLATE_NOOP("ConsolidateDialog", "LỖI"),
    "warning": QT_TRANSLATE_NOOP("ConsolidateDialog", "CẢNH BÁO"),
    "info": QT_TRANSLATE_NOOP("ConsolidateDialog", "LƯU Ý"),
}


def open_file_paths(parent: QWidget | None, title: str, directory: Path) -> list[Path]:
    """Several files at once (module level, so tests replace it with a fake)."""
    dialog = messages._file_dialog(
        parent, title, directory, translate("Consolidate", REPORT_FILTER), save=False
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if not dialog.exec():
        return []
    return [Path(p) for p in dialog.selectedFiles()]


class SavedDraftsDialog(QDialog):
    """Tick the saved drafts to add as units' reports."""

    def __init__(self, rows: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chọn bản thảo đã lưu"))
        self.list = QListWidget()
        for row in rows:
            year = row.period_year or ""
            item = QListWidgetItem(f"{row.title} — {row.doc_type} {year}".strip())
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = dialog_buttons(self, self.tr("Hủy"), accept=QPushButton(self.tr("Thêm")))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Đánh dấu các bản thảo là báo cáo của đơn vị:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> list[tuple[str, str]]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append((str(item.data(Qt.ItemDataRole.UserRole)), item.text()))
        return out


def choose_saved_drafts(parent: QWidget | None, rows: list[Any]) -> list[tuple[str, str]]:
    dialog = SavedDraftsDialog(rows, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []


class ConsolidateDialog(QDialog):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: Any = None
        self.setWindowTitle(self.tr(TITLE))

        self.inputs = QListWidget()
        self.inputs.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        add_files = QPushButton(self.tr("Thêm tệp…"))
        add_files.setToolTip(self.tr("Tệp Word (.docx) hoặc bản thảo (.json) của các đơn vị"))
        add_files.clicked.connect(self.add_files)
        add_saved = QPushButton(self.tr("Thêm bản thảo đã lưu…"))
        add_saved.clicked.connect(self.add_saved)
        remove = QPushButton(self.tr("Bỏ khỏi danh sách"))
        remove.clicked.connect(self.remove_selected)
        input_buttons = QHBoxLayout()
        for button in (add_files, add_saved, remove):
            input_buttons.addWidget(button)
        input_buttons.addStretch(1)

        self.types = ordered_doc_types()
        self.type_box = QComboBox()
        for doc_type in self.types:
            self.type_box.addItem(doc_type.name, doc_type.id)
        self.year = year_box()
        self.period = QLabel()
        self.period.setWordWrap(True)
        self.expected = QPlainTextEdit()
        self.expected.setPlaceholderText(
            self.tr("Mỗi dòng một tên đơn vị; để trống nếu không cần đối chiếu")
        )
        self.expected.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Loại báo cáo tổng hợp:"), self.type_box)
        form.addRow(self.tr("Năm:"), self.year)
        form.addRow(self.tr("Kỳ báo cáo:"), self.period)
        form.addRow(self.tr("Các đơn vị phải báo cáo:"), self.expected)

        self.review = QPlainTextEdit()
        self.review.setReadOnly(True)
        self.review.setPlaceholderText(
            self.tr("Bấm “Tổng hợp” để xem kết quả trước khi tạo bản thảo.")
        )

        self.run_button = QPushButton(self.tr("Tổng hợp"))
        self.create_button = QPushButton(self.tr("Tạo bản thảo"))
        buttons = dialog_buttons(
            self, self.tr("Đóng"), accept=self.create_button, actions=(self.run_button,)
        )
        self.run_button.clicked.connect(self.run)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Báo cáo của các đơn vị:")))
        layout.addWidget(self.inputs)
        layout.addLayout(input_buttons)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Kết quả tổng hợp:")))
        layout.addWidget(self.review)
        layout.addWidget(buttons)

        for signal in (self.type_box.currentIndexChanged, self.year.valueChanged):
            signal.connect(self._changed)
        self.inputs.model().rowsInserted.connect(self._changed)
        self.inputs.model().rowsRemoved.connect(self._changed)
        self._changed()
        self.resize(760, 640)

    # --- inputs -----------------------------------------------------------------------
    def add_source(self, source: str, label: str) -> None:
        for i in range(self.inputs.count()):
            if self.inputs.item(i).data(Qt.ItemDataRole.UserRole) == source:
                return
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, source)
        item.setToolTip(source)
        self.inputs.addItem(item)

    def add_files(self) -> None:
        from qcdc_desktop.ui.export_flow import default_folder

        for path in open_file_paths(
            self, self.tr("Chọn báo cáo của các đơn vị"), default_folder(self.context)
        ):
            self.add_source(str(path), path.name)

    def add_saved(self) -> None:
        from qcdc_desktop import storage
        from qcdc_desktop.consolidate import DB_PREFIX

        rows = storage.list_drafts(self.context.db)
        for draft_id, label in choose_saved_drafts(self, rows):
            self.add_source(
                DB_PREFIX + draft_id, self.tr("Bản thảo đã lưu: {label}").format(label=label)
            )

    def remove_selected(self) -> None:
        for item in self.inputs.selectedItems():
            self.inputs.takeItem(self.inputs.row(item))

    def sources(self) -> list[str]:
        return [
            str(self.inputs.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.inputs.count())
        ]

    # --- running ------------------------------------------------------------------------
    def _changed(self, *_args: Any) -> None:
        type_id = self.type_box.currentData()
        if type_id:
            self.period.setText(period_description(get_doc_type(type_id), self.year.value()))
        self.result = None  # a new choice needs a new run before a draft is created
        self.create_button.setEnabled(False)
        self.run_button.setEnabled(self.inputs.count() > 0)

    def run(self) -> None:
        from qcdc_desktop.consolidate import Consolidation, iter_units

        profile = self.context.profile()
        defaults = profile.draft_defaults() if profile is not None else None
        expected = self.expected.toPlainText().splitlines()
        job = Consolidation(
            self.type_box.currentData(), self.year.value(), defaults=defaults, expected=expected
        )
        sources = self.sources()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for n, unit in enumerate(iter_units(sources, db=self.context.db), start=1):
                job.add(unit)
                self.review.setPlainText(
                    self.tr("Đang đọc {current}/{total}…").format(current=n, total=len(sources))
                )
                QApplication.processEvents()
            result = job.finish()
        finally:
            QApplication.restoreOverrideCursor()
        lines = [
            self.tr("Đã tổng hợp {read}/{total} báo cáo.").format(
                read=len(result.units), total=len(sources)
            ),
            "",
        ]
        lines += result.summary
        if result.findings:
            lines += ["", self.tr("Cần xem lại:")]
            lines += [
                f"{self.tr(_LABELS.get(f.severity, f.severity))}: {f.message}"
                for f in result.findings
            ]
        self.review.setPlainText("\n".join(lines))
        self.result = result if result.units else None
        self.create_button.setEnabled(self.result is not None)


def consolidate_reports(window: Any) -> str | None:
    """Run the dialog from the start window; store and open the new draft."""
    dialog = ConsolidateDialog(window.context, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result is None:
        return None
    draft = dialog.result.draft
    if not window._store_new(draft, "save"):
        return None
    window.open_editor(draft.id)
    return str(draft.id)
