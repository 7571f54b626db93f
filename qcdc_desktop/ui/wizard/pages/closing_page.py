"""The step after the sections: closing sentence, recipients and the signature block."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.editing.steps import WizardStep
from qcdc_desktop.model import AUTHORITIES, Draft
from qcdc_desktop.model.draft import AUTHORITIES_WITH_SIGNER_TITLE
from qcdc_desktop.render import closing_sentence
from qcdc_desktop.render.recipients import recipient_lines
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.preview_text import PreviewText
from qcdc_desktop.ui.wizard.pages.base import EditorHost, WizardPage, lines_of
from qcdc_desktop.ui.wizard.placeholder_chips import PlaceholderChips

AUTHORITY_LABELS = {
    "": QT_TRANSLATE_NOOP("ClosingPage", "Người đứng đầu ký"),
    "KT.": QT_TRANSLATE_NOOP("ClosingPage", "KT. — cấp phó ký thay"),
    "TM.": QT_TRANSLATE_NOOP("ClosingPage", "TM. — thay mặt tập thể"),
    "TL.": QT_TRANSLATE_NOOP("ClosingPage", "TL. — thừa lệnh"),
    "TUQ.": QT_TRANSLATE_NOOP("ClosingPage", "TUQ. — thừa ủy quyền"),
    "Q.": QT_TRANSLATE_NOOP("ClosingPage", "Q. — quyền người đứng đầu"),
}


class ClosingPage(WizardPage):
    def __init__(self, host: EditorHost, step: WizardStep, parent: QWidget | None = None) -> None:
        super().__init__(host, step, parent)
        closing_box = QGroupBox(self.tr("Câu kết thúc"))
        self.closing = QPlainTextEdit()
        self.closing.setObjectName("closing")
        self.closing.setMaximumHeight(60)
        self.report_to = QLineEdit()
        self.report_to.setObjectName("report_to")
        self.report_to.setPlaceholderText(self.tr("Ví dụ: Sở Nội vụ"))
        self.reset_closing = QPushButton(self.tr("Khôi phục mặc định"))
        self.reset_closing.clicked.connect(
            lambda: self.closing.setPlainText(self.host.doc_type.closing)
        )
        self.closing_preview = PreviewText()
        self.closing_preview.setObjectName("closing_preview")
        hint = PlaceholderChips(self.closing, ["summary", "agency", "recipient"])
        form = QFormLayout(closing_box)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.reset_closing)
        form.addRow(self.tr("Mẫu câu:"), self.closing)
        form.addRow("", row)
        form.addRow(self.tr("Gửi (cơ quan tổng hợp):"), self.report_to)
        form.addRow(self.tr("Sẽ in:"), self.closing_preview)

        recipients_box = QGroupBox(self.tr("Nơi nhận"))
        self.recipients = QPlainTextEdit()
        self.recipients.setObjectName("recipients")
        self.recipients.setPlaceholderText(
            self.tr("Mỗi nơi một dòng; dòng cuối thường là: Lưu: VT, VP")
        )
        self.recipients_preview = PreviewText(max_lines=8)
        self.recipients_preview.setObjectName("recipients_preview")
        self.recipients.setMaximumHeight(160)
        box = QHBoxLayout(recipients_box)
        box.addWidget(self.recipients, 1)
        box.addWidget(self.recipients_preview, 1)

        signer_box = QGroupBox(self.tr("Người ký"))
        self.authority = QComboBox()
        self.authority.setObjectName("authority")
        for code in AUTHORITIES:
            self.authority.addItem(self.tr(AUTHORITY_LABELS.get(code, code)), code)
        self.head_title = QLineEdit()
        self.head_title.setObjectName("head_title")
        self.head_title.setPlaceholderText(self.tr("Ví dụ: GIÁM ĐỐC"))
        self.signer_title = QLineEdit()
        self.signer_title.setObjectName("signer_title")
        self.signer_title.setPlaceholderText(self.tr("Ví dụ: PHÓ GIÁM ĐỐC (khi ký thay)"))
        self.signer_name = QLineEdit()
        self.signer_name.setObjectName("signer_name")
        self.signer_name.setPlaceholderText(self.tr("Họ và tên, không ghi học hàm, học vị"))
        self.signer_preview = PreviewText(align=Qt.AlignmentFlag.AlignHCenter)
        self.signer_preview.setObjectName("signer_preview")
        self.from_profile = QPushButton(self.tr("Lấy từ hồ sơ cơ quan"))
        self.from_profile.clicked.connect(self._fill_from_profile)
        form = QFormLayout()
        form.addRow(self.tr("Thẩm quyền ký:"), self.authority)
        form.addRow(self.tr("Chức danh người đứng đầu:"), self.head_title)
        form.addRow(self.tr("Chức danh người ký:"), self.signer_title)
        form.addRow(self.tr("Họ và tên:"), self.signer_name)
        form.addRow("", self.from_profile)
        box = QHBoxLayout(signer_box)
        box.addLayout(form, 1)
        box.addWidget(self.signer_preview, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(closing_box)
        layout.addWidget(recipients_box)
        layout.addWidget(signer_box)
        layout.addStretch(1)

        for edit in (self.report_to, self.head_title, self.signer_title, self.signer_name):
            edit.textChanged.connect(self._edited)
        self.closing.textChanged.connect(self._edited)
        self.recipients.textChanged.connect(self._edited)
        self.authority.currentIndexChanged.connect(self._edited)

    def load(self, draft: Draft) -> None:
        self.closing.setPlainText(draft.closing)
        self.report_to.setText(draft.report_to)
        self.recipients.setPlainText("\n".join(draft.recipients))
        index = self.authority.findData(draft.signer.authority)
        self.authority.setCurrentIndex(max(index, 0))
        self.head_title.setText(draft.signer.head_title)
        self.signer_title.setText(draft.signer.signer_title)
        self.signer_name.setText(draft.signer.name)
        self._preview()

    def store(self, draft: Draft) -> None:
        draft.closing = self.closing.toPlainText().strip()
        draft.report_to = " ".join(self.report_to.text().split())
        draft.recipients = lines_of(self.recipients.toPlainText())
        draft.signer.authority = str(self.authority.currentData() or "")
        draft.signer.head_title = " ".join(self.head_title.text().split())
        draft.signer.signer_title = " ".join(self.signer_title.text().split())
        draft.signer.name = " ".join(self.signer_name.text().split())

    def _preview(self) -> None:
        draft = self.host.draft
        self.closing_preview.setText(closing_sentence(draft) or self.tr("(không có câu kết thúc)"))
        lines = recipient_lines(draft)  # as printed: "- Như trên;" first with "Kính gửi"
        self.recipients_preview.setText(self.tr("Nơi nhận:\n") + "\n".join(lines))
        signer = draft.signer
        needs_title = signer.authority in AUTHORITIES_WITH_SIGNER_TITLE
        self.signer_title.setEnabled(needs_title and not self.host.read_only)
        block = [
            *signer.title_lines(),
            "",
            self.tr("(ký tên)"),
            "",
            signer.name or self.tr("(họ và tên)"),
        ]
        self.signer_preview.setText("\n".join(block))

    def _fill_from_profile(self) -> None:
        profile = self.profile_or_explain()
        if profile is None:
            return
        index = self.authority.findData(profile.signer.authority)
        self.authority.setCurrentIndex(max(index, 0))
        self.head_title.setText(profile.signer.head_title)
        self.signer_title.setText(profile.signer.signer_title)
        self.signer_name.setText(profile.signer.name)
        if profile.recipients:
            self.recipients.setPlainText("\n".join(profile.recipients))
        if profile.report_to:
            self.report_to.setText(profile.report_to)
