"""The last step: every finding of the checks, the document as it will print, export."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.editing.steps import WizardStep, step_for_finding, wizard_steps
from qcdc_desktop.model import Draft
from qcdc_desktop.proofing.office import active_office
from qcdc_desktop.ui import palette
from qcdc_desktop.ui.after_paint import after_paint
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.wizard.pages.base import EditorHost, WizardPage, keep_enabled
from qcdc_desktop.ui.wizard.review_work import ReviewResult, ReviewWork
from qcdc_desktop.ui.wrap_delegate import WrappingDelegate

SEVERITY_LABELS = {
    "error": QT_TRANSLATE_NOOP("ReviewPage", "Lỗi"),
    "warning": QT_TRANSLATE_NOOP("ReviewPage", "Cần xem lại"),
    "info": QT_TRANSLATE_NOOP("ReviewPage", "Gợi ý"),
}
SEVERITY_COLOURS = {"error": palette.ERROR, "warning": palette.WARNING, "info": palette.INFO}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
CHECKING = QT_TRANSLATE_NOOP("ReviewPage", "Đang kiểm tra…")
CHECK_FAILED = QT_TRANSLATE_NOOP(
    "ReviewPage", "Không kiểm tra được bản thảo; hãy mở lại bước này hoặc báo lỗi."
)


def merged_findings(findings: list[Any]) -> list[tuple[Any, int]]:
    """One row per distinct finding, with how many times it occurs. The same word
    misspelled twice in a part gave two rows that read the same to the last letter;
    the row now says "(2 chỗ)" and opens the first."""
    rows: dict[tuple[str, str, str, str], list[Any]] = {}
    for finding in findings:
        key = (
            getattr(finding, "severity", "info"),
            getattr(finding, "code", ""),
            getattr(finding, "part_id", ""),
            getattr(finding, "message", ""),
        )
        rows.setdefault(key, [finding, 0])[1] += 1
    return [(first, times) for first, times in rows.values()]


class ReviewPage(WizardPage):
    export_requested = Signal(str)  # "docx", "open_file", "open_folder", "print", "pdf"

    def __init__(self, host: EditorHost, step: WizardStep, parent: QWidget | None = None) -> None:
        super().__init__(host, step, parent)
        self.findings: list[Any] = []
        self._applied: object = None  # the key of the findings shown
        self._asked: object = None  # the key of the findings asked for
        self._closed = False
        self.work = ReviewWork(self)
        self.work.ready.connect(self._show_result)
        self.work.failed.connect(self._failed)
        self.summary = QLabel()
        self.summary.setObjectName("review_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))  # whole findings, wrapped
        self.tree.itemActivated.connect(self._open_finding)
        self.tree.itemClicked.connect(self._open_finding)
        keep_enabled(self.tree)
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
        self.preview.setOpenLinks(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Kết quả kiểm tra</b> (bấm vào một dòng để sửa)")))
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.tree, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Bản xem trước</b> (như khi in)")))
        right_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("review_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, tip in (
            (
                "docx",
                self.tr("Xuất Word"),
                self.tr("Ghi văn bản ra tệp .docx theo Nghị định 30 (Ctrl+E)"),
            ),
            ("open_file", self.tr("Mở tệp đã xuất"), self.tr("Mở tệp Word vừa xuất")),
            ("open_folder", self.tr("Mở thư mục"), self.tr("Mở thư mục chứa tệp vừa xuất")),
            ("print", self.tr("In"), self.tr("In văn bản trên máy in mặc định")),
            ("pdf", self.tr("Xuất PDF"), self.tr("Ghi văn bản ra tệp PDF")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"export_{key}")
            button.setToolTip(tip)
            keep_enabled(button)
            button.clicked.connect(lambda _=False, k=key: self.export_requested.emit(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.exported_label = QLabel()
        self.exported_label.setObjectName("exported_path")
        self.exported_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.exported_label)
        layout.addLayout(row)
        self.set_exported_path("")

    def load(self, draft: Draft) -> None:
        """Show the findings of the draft as it is now: at once when they were made
        while the user was elsewhere; else "Đang kiểm tra…" first, and the checks start
        on the worker once that has been painted (see review_work.py)."""
        key = self._review_key()
        if key == self._applied or key == self._asked:
            return
        self._asked = key
        self.findings = []
        self.tree.clear()
        self.summary.setText(self.tr(CHECKING))
        self.preview.setHtml("")
        if self.window().isVisible() and not self.isVisible():
            self._ask()  # prepared while the user is on another step
        else:  # on screen now, or in a window about to be: once it has painted
            after_paint(self.window()).add("review", self._ask)

    def _review_key(self) -> tuple[int, object, int, int]:
        office = active_office()
        version = getattr(self.host, "version", 0)
        return (id(self.host.draft), office, office.version, version)

    def _ask(self) -> None:
        if self._closed:
            return
        self._asked = key = self._review_key()
        self.work.request(key, self.host.draft, self._pad(), key[1])

    def _show_result(self, result: ReviewResult) -> None:
        if result.key != self._review_key():
            if self.isVisible() and self._asked != self._review_key():
                self.load(self.host.draft)  # changed meanwhile: check the draft as it is
            return
        self._applied = result.key
        self._drawn = False  # laid out again off screen when the user is elsewhere
        self.findings = result.findings
        self._fill_findings(self.host.draft)
        self.preview.setHtml(result.html)

    def _failed(self, key: object) -> None:
        if key == self._asked:
            self._asked = None  # the next visit tries again
            self.summary.setText(self.tr(CHECK_FAILED))

    def is_current(self) -> bool:
        return self._applied == self._review_key()

    def finish_checks(self) -> None:
        """Wait for the findings of the draft as it is (tests; nothing the user waits
        for goes through here)."""
        after_paint(self.window()).run()  # an ask still waiting for the frame
        self.load(self.host.draft)
        self.work.wait()

    def shutdown(self) -> None:
        self._closed = True
        self.work.shutdown()

    def store(self, draft: Draft) -> None:
        """Nothing to write back: this page only reads."""

    def _pad(self) -> bool:
        return bool(getattr(self.host, "pad_small_counts", True))

    def set_exported_path(self, path: str) -> None:
        self.exported_label.setText(self.tr("Đã xuất: {path}").format(path=path) if path else "")
        self.buttons["open_file"].setEnabled(bool(path))
        self.buttons["open_folder"].setEnabled(bool(path))

    def _fill_findings(self, draft: Draft) -> None:
        self.tree.clear()
        doc_type = self.host.doc_type
        counts = {s: 0 for s in SEVERITY_LABELS}
        groups: dict[str, QTreeWidgetItem] = {}
        titles = {s.id: s.title for s in wizard_steps(doc_type)}
        for finding, times in merged_findings(self.findings):
            severity = getattr(finding, "severity", "info")
            counts[severity] = counts.get(severity, 0) + 1
            step = step_for_finding(draft, doc_type, finding.step, finding.part_id)
            if step not in groups:
                groups[step] = QTreeWidgetItem(self.tree, [titles.get(step, step)])
                font = groups[step].font(0)
                font.setBold(True)
                groups[step].setFont(0, font)
            label = self.tr(SEVERITY_LABELS.get(severity, severity))
            where = self.tr(" ({times} chỗ)").format(times=times) if times > 1 else ""
            item = QTreeWidgetItem(groups[step], [f"{label}: {finding.message}{where}"])
            item.setToolTip(0, finding.message + where)
            item.setForeground(0, QBrush(QColor(SEVERITY_COLOURS.get(severity, palette.TEXT))))
            item.setData(0, FINDING_ROLE, (step, finding.part_id, finding.field))
            item.setData(0, FINDING_ROLE + 1, finding)
        self.tree.expandAll()
        if not self.findings:
            self.summary.setText(self.tr("Không phát hiện vấn đề nào. Có thể xuất văn bản."))
        else:
            carried = sum(getattr(f, "code", "") == "part.carried" for f in self.findings)
            self.summary.setText(
                self.tr("{errors} lỗi cần sửa, {warnings} điểm cần xem lại, {hints} gợi ý.").format(
                    errors=counts.get("error", 0),
                    warnings=counts.get("warning", 0),
                    hints=counts.get("info", 0),
                )
                + (
                    self.tr(" Trong đó {carried} mục chép từ kỳ trước chưa được rà soát.").format(
                        carried=carried
                    )
                    if carried
                    else ""
                )
            )

    def _open_finding(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        from qcdc_desktop.ui.last_period_diff import show_last_period_diff

        if show_last_period_diff(item.data(0, FINDING_ROLE + 1), self.host.draft, self):
            return  # a part unchanged since last period: its text against last period's
        target = item.data(0, FINDING_ROLE)
        if target:
            step, part_id, field = target
            self.host.goto_step(step, part_id, field)
