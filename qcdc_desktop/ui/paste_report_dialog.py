"""“Dán toàn bộ báo cáo”: a whole report pasted as plain text becomes a new draft.

The dialog only collects the text; `qcdc_desktop.importing.import_text` structures it
the same way a Word file is read (headings by their typed numbers, "-" and "+" items,
the header, title, signature and recipients).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

HINT = QT_TRANSLATE_NOOP(
    "PasteReportDialog",
    "Dán toàn bộ báo cáo (từ tiêu đề cơ quan đến nơi nhận và chữ ký), mỗi đoạn một dòng. "
    "Đề mục được nhận theo số thứ tự gõ ở đầu dòng (I., 1., a)), gạch đầu dòng theo “-”, “+”.",
)


class PasteReportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dán toàn bộ báo cáo"))
        hint = QLabel(self.tr(HINT))
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Dán nội dung báo cáo vào đây (Ctrl+V)"))
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Tạo bản thảo"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.editor.textChanged.connect(self._update)
        self._update()
        self.resize(720, 520)

    def text(self) -> str:
        return self.editor.toPlainText()

    def _update(self) -> None:
        self.import_button.setEnabled(bool(self.text().strip()))


def ask_pasted_report(parent: QWidget | None) -> str | None:
    """The pasted text, or None when cancelled."""
    dialog = PasteReportDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()
