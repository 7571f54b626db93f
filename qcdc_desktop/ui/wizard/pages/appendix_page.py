"""The appendix step: the draft's "Phụ lục", each with its title, subtitle and table.

Each appendix prints on its own page after the signature. The page edits the first
table of an appendix; its other blocks (paragraphs, further tables from an import or
a consolidation) are kept as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.editing.steps import WizardStep
from qcdc_desktop.model import Block, Draft
from qcdc_desktop.model.draft import Appendix, Table
from qcdc_desktop.render.numbering import roman
from qcdc_desktop.render.tables import table_is_empty
from qcdc_desktop.ui import messages
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.wizard.pages.base import EditorHost, WizardPage, keep_enabled
from qcdc_desktop.ui.wizard.table_editor import TableEditor

translate = QCoreApplication.translate

INTRO = QT_TRANSLATE_NOOP(
    "AppendixPage",
    "Phụ lục được in sau phần chữ ký, mỗi phụ lục một trang mới, với dòng "
    "“Phụ lục” (có số thứ tự khi có nhiều phụ lục), tên phụ lục và dòng "
    "“(Kèm theo Báo cáo số …)”.",
)


def appendix_label(appendix: Appendix, n: int, count: int) -> str:
    title = " ".join(appendix.title.split()) or (
        translate("AppendixPage", "Phụ lục {number}").format(number=roman(n))
        if count > 1
        else translate("AppendixPage", "Phụ lục")
    )
    subtitle = " ".join(appendix.subtitle.split())
    return f"{title}: {subtitle}" if subtitle else title


class AppendixPage(WizardPage):
    def __init__(self, host: EditorHost, step: WizardStep, parent: QWidget | None = None) -> None:
        super().__init__(host, step, parent)
        self.current: Appendix | None = None
        self.list = QListWidget()
        self.list.setObjectName("appendix_list")
        keep_enabled(self.list)
        self.list.currentRowChanged.connect(self._row_changed)
        self.buttons = {
            "add": QPushButton(self.tr("Thêm phụ lục")),
            "remove": QPushButton(self.tr("Xóa phụ lục")),
            "up": QPushButton(self.tr("Lên")),
            "down": QPushButton(self.tr("Xuống")),
        }
        for name, button in self.buttons.items():
            button.setObjectName(f"appendix_{name}")
            button.clicked.connect(getattr(self, f"_do_{name}"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Các phụ lục</b>")))
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        left_layout.addLayout(row)

        self.title = QLineEdit()
        self.title.setObjectName("appendix_title")
        self.title.setPlaceholderText(
            self.tr("Để trống: “Phụ lục”, hoặc “Phụ lục I, II…” khi có nhiều")
        )
        self.subtitle = QLineEdit()
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setPlaceholderText(
            self.tr("Ví dụ: Kết quả tổ chức hội nghị 6 tháng đầu năm 2024")
        )
        self.editor = TableEditor()
        self.editor.setObjectName("appendix_table")
        self.empty_label = QLabel(self.tr("Chưa có phụ lục nào. Bấm “Thêm phụ lục” để tạo."))
        self.empty_label.setObjectName("appendix_empty")
        right = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Tiêu đề:"), self.title)
        form.addRow(self.tr("Tên phụ lục:"), self.subtitle)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        right_layout.addWidget(intro)
        right_layout.addWidget(self.empty_label)
        right_layout.addLayout(form)
        right_layout.addWidget(QLabel(self.tr("Bảng số liệu:")))
        right_layout.addWidget(self.editor, 1)
        self.right = right

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        left.setMaximumWidth(360)  # the list is short; the table needs the room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.title.textEdited.connect(self._edited)
        self.subtitle.textEdited.connect(self._edited)
        self.editor.edited.connect(self._edited)

    # --- load / store -----------------------------------------------------------------

    def load(self, draft: Draft) -> None:
        keep = self.current.id if self.current else ""
        self.current = None
        self._fill_list(draft)
        ids = [a.id for a in draft.appendices]
        self._select(ids.index(keep) if keep in ids else (0 if ids else -1))

    def store(self, draft: Draft) -> None:
        appendix = self.current
        if appendix is None or not any(a is appendix for a in draft.appendices):
            return
        appendix.title = " ".join(self.title.text().split())
        appendix.subtitle = " ".join(self.subtitle.text().split())
        table = self.editor.table()
        block = next((b for b in appendix.blocks if b.kind == "table"), None)
        if block is not None:
            block.table = table
        elif not table_is_empty(table) or table.caption:
            appendix.blocks.append(Block(kind="table", table=table))
        self._refresh_labels(draft)

    def current_part_id(self) -> str:
        row = self.list.currentRow()
        appendices = self.host.draft.appendices
        return appendices[row].id if 0 <= row < len(appendices) else ""

    def reveal(self, part_id: str = "", field: str = "") -> None:
        ids = [a.id for a in self.host.draft.appendices]
        if part_id in ids:
            self.store(self.host.draft)
            self._select(ids.index(part_id))
        target = self.subtitle if field == "subtitle" else self.editor.grid
        target.setFocus()

    # --- list ---------------------------------------------------------------------------

    def _fill_list(self, draft: Draft) -> None:
        was = self.list.blockSignals(True)
        try:
            self.list.clear()
            count = len(draft.appendices)
            for n, appendix in enumerate(draft.appendices, start=1):
                self.list.addItem(appendix_label(appendix, n, count))
        finally:
            self.list.blockSignals(was)

    def _refresh_labels(self, draft: Draft) -> None:
        count = len(draft.appendices)
        for n, appendix in enumerate(draft.appendices, start=1):
            item = self.list.item(n - 1)
            if item is not None:
                item.setText(appendix_label(appendix, n, count))

    def _select(self, row: int) -> None:
        was = self.list.blockSignals(True)
        try:
            self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(was)
        self._show(row)

    def _row_changed(self, row: int) -> None:
        self.store(self.host.draft)
        self._show(row)

    def _show(self, row: int) -> None:
        appendices = self.host.draft.appendices
        appendix = appendices[row] if 0 <= row < len(appendices) else None
        was_loading = self._loading
        self._loading = True
        try:
            self.current = appendix
            self.title.setText(appendix.title if appendix else "")
            self.subtitle.setText(appendix.subtitle if appendix else "")
            block = (
                next((b for b in appendix.blocks if b.kind == "table"), None) if appendix else None
            )
            self.editor.set_table(block.table if block else None)
            for widget in (self.title, self.subtitle, self.editor):
                widget.setVisible(appendix is not None)
            self.empty_label.setVisible(appendix is None)
        finally:
            self._loading = was_loading
        self._update_buttons()
        self.apply_read_only(self.host.read_only)

    def _update_buttons(self) -> None:
        count = len(self.host.draft.appendices)
        row = self.list.currentRow()
        editable = not self.host.read_only
        self.buttons["add"].setEnabled(editable)
        self.buttons["remove"].setEnabled(editable and self.current is not None)
        self.buttons["up"].setEnabled(editable and row > 0)
        self.buttons["down"].setEnabled(editable and 0 <= row < count - 1)

    def apply_read_only(self, read_only: bool) -> None:
        super().apply_read_only(read_only)
        self.editor.grid.setEditTriggers(
            self.editor.grid.EditTrigger.NoEditTriggers
            if read_only
            else self.editor.grid.EditTrigger.AllEditTriggers
        )
        if hasattr(self, "buttons"):
            self._update_buttons()

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.changed()

    # --- buttons ------------------------------------------------------------------------

    def _do_add(self) -> None:
        draft = self.host.draft
        self.store(draft)
        # A new appendix starts with a small table whose header the user renames.
        table = Table(rows=[["STT", "Nội dung", "Số liệu"], [None, None, None]])
        draft.appendices.append(Appendix(blocks=[Block(kind="table", table=table)]))
        self._fill_list(draft)
        self._select(len(draft.appendices) - 1)
        self.changed()
        self.subtitle.setFocus()

    def _do_remove(self) -> None:
        draft = self.host.draft
        if self.current is None:
            return
        if not messages.ask_yes_no(
            self, self.tr("Xóa phụ lục"), self.tr("Xóa phụ lục đang chọn cùng bảng số liệu?")
        ):
            return
        row = self.list.currentRow()
        draft.appendices = [a for a in draft.appendices if a is not self.current]
        self.current = None
        self._fill_list(draft)
        self._select(min(row, len(draft.appendices) - 1))
        self.changed()

    def _move(self, step: int) -> None:
        draft = self.host.draft
        row = self.list.currentRow()
        target = row + step
        if not (0 <= row < len(draft.appendices) and 0 <= target < len(draft.appendices)):
            return
        self.store(draft)
        items = draft.appendices
        items[row], items[target] = items[target], items[row]
        self._fill_list(draft)
        self._select(target)
        self.changed()

    def _do_up(self) -> None:
        self._move(-1)

    def _do_down(self) -> None:
        self._move(1)
