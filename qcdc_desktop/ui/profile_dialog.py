"""The agency profile: who issues, who signs and who receives, typed once and reused."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.model.draft import AUTHORITIES, AUTHORITIES_WITH_SIGNER_TITLE, Signer
from qcdc_desktop.storage import Profile, save_profile
from qcdc_desktop.ui import messages
from qcdc_desktop.ui.header_name_edit import HeaderNameEdit
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.preview_text import PreviewText

NO_AUTHORITY = QT_TRANSLATE_NOOP("ProfileDialog", "(không)")
AUTHORITY_HINTS = {
    "": QT_TRANSLATE_NOOP("ProfileDialog", "người đứng đầu ký"),
    "KT.": QT_TRANSLATE_NOOP("ProfileDialog", "ký thay người đứng đầu"),
    "TM.": QT_TRANSLATE_NOOP("ProfileDialog", "thay mặt tập thể"),
    "TL.": QT_TRANSLATE_NOOP("ProfileDialog", "thừa lệnh"),
    "TUQ.": QT_TRANSLATE_NOOP("ProfileDialog", "thừa ủy quyền"),
    "Q.": QT_TRANSLATE_NOOP("ProfileDialog", "quyền"),
}
FIRST_RUN_TEXT = QT_TRANSLATE_NOOP(
    "ProfileDialog",
    "Nhập thông tin cơ quan một lần; mọi bản thảo mới sẽ tự điền phần tên cơ quan, "
    "người ký và nơi nhận. Có thể sửa lại bất cứ lúc nào bằng nút “Thông tin cơ quan”.",
)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def lines_of(text: str) -> list[str]:
    """One entry a line, without the "- " and ";" people copy from a printed list."""
    out = []
    for raw in text.splitlines():
        line = _nfc(raw)
        line = line.removeprefix("-").removeprefix("+").strip()
        line = line.rstrip(";").strip()
        if line.startswith("Lưu"):
            line = line.rstrip(".").strip()  # "Lưu: VT, VP." closes the printed list
        if line:
            out.append(line)
    return out


class ProfileDialog(QDialog):
    def __init__(
        self, profile: Profile | None, parent: QWidget | None = None, first_run: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thông tin cơ quan"))
        self.profile = profile or Profile()
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(self.tr(FIRST_RUN_TEXT))
            intro.setWordWrap(True)
            layout.addWidget(intro)

        self.parent_body = HeaderNameEdit()  # Shift+Enter sets a line break for the header
        self.parent_body.setPlaceholderText(self.tr("Ví dụ: UBND tỉnh Tây Ninh (có thể để trống)"))
        self.issuing_body = HeaderNameEdit()
        self.issuing_body.setPlaceholderText(self.tr("Ví dụ: Sở Thông tin và Truyền thông"))
        self.abbreviation = QLineEdit()
        self.abbreviation.setPlaceholderText(self.tr("Ví dụ: STTTT (dùng trong số, ký hiệu)"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(
            self.tr("Ví dụ: Tây Ninh (dùng trong dòng địa danh, ngày tháng)")
        )
        agency_box = QGroupBox(self.tr("Cơ quan ban hành"))
        agency_form = QFormLayout(agency_box)
        agency_form.addRow(self.tr("Cơ quan chủ quản:"), self.parent_body)
        agency_form.addRow(self.tr("Tên cơ quan:"), self.issuing_body)
        agency_form.addRow(self.tr("Chữ viết tắt:"), self.abbreviation)
        agency_form.addRow(self.tr("Địa danh:"), self.place)
        layout.addWidget(agency_box)

        self.authority = QComboBox()
        for code in AUTHORITIES:
            hint = self.tr(AUTHORITY_HINTS.get(code, ""))
            label = f"{code or self.tr(NO_AUTHORITY)} — {hint}".strip(" —")
            self.authority.addItem(label, code)
        self.head_title = QLineEdit()
        self.head_title.setPlaceholderText(self.tr("Ví dụ: GIÁM ĐỐC"))
        self.signer_title = QLineEdit()
        self.signer_title.setPlaceholderText(self.tr("Ví dụ: PHÓ GIÁM ĐỐC"))
        self.signer_name = QLineEdit()
        self.signer_name.setPlaceholderText(self.tr("Ví dụ: Nguyễn Văn A"))
        self.signature_preview = PreviewText(max_lines=6, italic=True)
        signer_box = QGroupBox(self.tr("Người ký"))
        signer_form = QFormLayout(signer_box)
        signer_form.addRow(self.tr("Thẩm quyền ký:"), self.authority)
        signer_form.addRow(self.tr("Chức vụ người đứng đầu:"), self.head_title)
        signer_form.addRow(self.tr("Chức vụ người ký:"), self.signer_title)
        signer_form.addRow(self.tr("Họ và tên người ký:"), self.signer_name)
        signer_form.addRow(self.tr("Sẽ in là:"), self.signature_preview)
        layout.addWidget(signer_box)

        self.report_to = QLineEdit()
        self.report_to.setPlaceholderText(
            self.tr("Ví dụ: Sở Nội vụ (nêu trong câu kết của báo cáo)")
        )
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(
            self.tr("Mỗi dòng một nơi, ví dụ:\nSở Nội vụ\nLưu: VT, VP")
        )
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFixedHeight(96)
        recipients_box = QGroupBox(self.tr("Nơi nhận"))
        recipients_form = QFormLayout(recipients_box)
        recipients_form.addRow(self.tr("Cơ quan nhận báo cáo:"), self.report_to)
        recipients_form.addRow(self.tr("Nơi nhận thường dùng:"), self.recipients)
        layout.addWidget(recipients_box)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(
            self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._load(self.profile)
        for widget in (self.head_title, self.signer_title, self.signer_name):
            widget.textChanged.connect(self._update_signer)
        self.authority.currentIndexChanged.connect(self._update_signer)
        self._update_signer()
        self.setMinimumWidth(560)

    def _load(self, profile: Profile) -> None:
        self.parent_body.setText(profile.agency.parent_body)
        self.issuing_body.setText(profile.agency.issuing_body)
        self.abbreviation.setText(profile.agency.abbreviation)
        self.place.setText(profile.agency.place)
        index = self.authority.findData(profile.signer.authority)
        self.authority.setCurrentIndex(max(index, 0))
        self.head_title.setText(profile.signer.head_title)
        self.signer_title.setText(profile.signer.signer_title)
        self.signer_name.setText(profile.signer.name)
        self.report_to.setText(profile.report_to)
        self.recipients.setPlainText("\n".join(profile.recipients))

    def _signer(self) -> Signer:
        return Signer(
            authority=str(self.authority.currentData() or ""),
            head_title=_nfc(self.head_title.text()),
            signer_title=_nfc(self.signer_title.text()),
            name=_nfc(self.signer_name.text()),
        )

    def _update_signer(self) -> None:
        signer = self._signer()
        self.signer_title.setEnabled(signer.authority in AUTHORITIES_WITH_SIGNER_TITLE)
        lines = signer.title_lines() + ([signer.name] if signer.name else [])
        self.signature_preview.setText("\n".join(lines) or "—")

    def result_profile(self) -> Profile:
        """The profile as typed (same id as the one edited)."""
        profile = self.profile
        profile.agency.parent_body = _nfc(self.parent_body.text())
        profile.agency.issuing_body = _nfc(self.issuing_body.text())
        profile.agency.abbreviation = _nfc(self.abbreviation.text())
        profile.agency.place = _nfc(self.place.text())
        profile.signer = self._signer()
        if profile.signer.authority not in AUTHORITIES_WITH_SIGNER_TITLE:
            profile.signer.signer_title = ""
        profile.report_to = _nfc(self.report_to.text())
        profile.recipients = lines_of(self.recipients.toPlainText())
        name = " ".join(profile.agency.issuing_body.split())  # one line, breaks or not
        profile.name = name or profile.name or self.tr("Cơ quan")
        return profile

    def accept(self) -> None:
        if not _nfc(self.issuing_body.text()):
            messages.warning(
                self, self.tr("Thông tin cơ quan"), self.tr("Hãy nhập tên cơ quan ban hành.")
            )
            self.issuing_body.setFocus()
            return
        super().accept()


def edit_profile(parent: QWidget | None, context: Any, first_run: bool = False) -> bool:
    """Show the dialog for the default profile; save it when accepted. True if saved."""
    dialog = ProfileDialog(context.profile(), parent, first_run=first_run)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    save_profile(context.db, dialog.result_profile(), make_default=True)
    context.events.profile_changed.emit()
    return True
