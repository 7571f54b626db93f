"""Step 2: the issuing agency, the basis documents and the opening sentence."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.editing.steps import WizardStep
from qcdc_desktop.model import Agency, Draft
from qcdc_desktop.render import opening_sentence
from qcdc_desktop.ui.header_name_edit import HeaderNameEdit
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.preview_text import PreviewText
from qcdc_desktop.ui.wizard.basis_editor import COLUMNS as BASIS_COLUMNS
from qcdc_desktop.ui.wizard.basis_editor import BasisEditor
from qcdc_desktop.ui.wizard.pages.base import EditorHost, WizardPage
from qcdc_desktop.ui.wizard.placeholder_chips import PlaceholderChips

HEADER_NAMES = ("parent_body", "issuing_body")
AGENCY_FIELDS = (
    (
        "parent_body",
        QT_TRANSLATE_NOOP("AgencyPage", "Cơ quan chủ quản:"),
        QT_TRANSLATE_NOOP("AgencyPage", "Ví dụ: UBND tỉnh Tây Ninh (có thể để trống)"),
    ),
    (
        "issuing_body",
        QT_TRANSLATE_NOOP("AgencyPage", "Cơ quan ban hành:"),
        QT_TRANSLATE_NOOP("AgencyPage", "Ví dụ: Sở Thông tin và Truyền thông"),
    ),
    (
        "abbreviation",
        QT_TRANSLATE_NOOP("AgencyPage", "Chữ viết tắt trong số văn bản:"),
        QT_TRANSLATE_NOOP("AgencyPage", "Ví dụ: STTTT"),
    ),
    (
        "place",
        QT_TRANSLATE_NOOP("AgencyPage", "Địa danh ghi ở dòng ngày tháng:"),
        QT_TRANSLATE_NOOP("AgencyPage", "Ví dụ: Tây Ninh"),
    ),
)


class AgencyPage(WizardPage):
    def __init__(self, host: EditorHost, step: WizardStep, parent: QWidget | None = None) -> None:
        super().__init__(host, step, parent)
        agency_box = QGroupBox(self.tr("Cơ quan ban hành"))
        form = QFormLayout(agency_box)
        self.fields: dict[str, QLineEdit] = {}
        for name, label, hint in AGENCY_FIELDS:
            # The two names print in the header, where the user may set the line breaks.
            edit = HeaderNameEdit() if name in HEADER_NAMES else QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(self.tr(hint))
            edit.textChanged.connect(self._edited)
            form.addRow(self.tr(label), edit)
            self.fields[name] = edit
        self.from_profile = QPushButton(self.tr("Lấy từ hồ sơ cơ quan"))
        self.from_profile.setToolTip(self.tr("Điền lại các ô trên theo hồ sơ cơ quan mặc định"))
        self.from_profile.clicked.connect(self._fill_from_profile)
        form.addRow("", self.from_profile)

        basis_box = QGroupBox(self.tr("Văn bản căn cứ (được nêu trong câu mở đầu)"))
        self.basis = BasisEditor()
        self.basis.changed.connect(self._edited)
        QVBoxLayout(basis_box).addWidget(self.basis)

        opening_box = QGroupBox(self.tr("Câu mở đầu"))
        self.opening = QPlainTextEdit()
        self.opening.setObjectName("opening")
        self.opening.setMaximumHeight(70)
        self.opening.textChanged.connect(self._edited)
        self.reset_opening = QPushButton(self.tr("Khôi phục mặc định"))
        self.reset_opening.clicked.connect(
            lambda: self.opening.setPlainText(self.host.doc_type.opening)
        )
        help_label = PlaceholderChips(self.opening, ["basis", "agency", "period"])
        self.opening_preview = PreviewText()
        self.opening_preview.setObjectName("opening_preview")
        row = QHBoxLayout()
        row.addWidget(help_label, 1)
        row.addWidget(self.reset_opening)
        box = QVBoxLayout(opening_box)
        box.addWidget(self.opening)
        box.addLayout(row)
        box.addWidget(QLabel(self.tr("Sẽ in (các chỗ giữ chỗ đã được điền):")))
        box.addWidget(self.opening_preview)

        layout = QVBoxLayout(self)
        layout.addWidget(agency_box)
        layout.addWidget(basis_box, 1)
        layout.addWidget(opening_box)

    def load(self, draft: Draft) -> None:
        for name, edit in self.fields.items():
            edit.setText(getattr(draft.agency, name))
        self.basis.set_documents(draft.basis)
        self.opening.setPlainText(draft.opening)
        self._preview()

    def store(self, draft: Draft) -> None:
        for name, edit in self.fields.items():
            text = edit.text()  # a header name keeps its breaks (already normalised)
            setattr(draft.agency, name, text if name in HEADER_NAMES else " ".join(text.split()))
        draft.basis = self.basis.documents()
        draft.opening = self.opening.toPlainText().strip()

    def reveal(self, part_id: str = "", field: str = "") -> None:
        pieces = field.split(".")
        if pieces[0] == "basis" and len(pieces) > 1 and pieces[1].isdigit():
            row = int(pieces[1])
            columns = [name for name, _ in BASIS_COLUMNS]
            column = columns.index(pieces[2]) if len(pieces) > 2 and pieces[2] in columns else 0
            self.basis.table.setCurrentCell(row, column)
            self.basis.table.setFocus()
            return
        super().reveal(part_id, field)

    def apply_read_only(self, read_only: bool) -> None:
        super().apply_read_only(read_only)
        self.basis.set_read_only(read_only)

    def _preview(self) -> None:
        self.opening_preview.setText(opening_sentence(self.host.draft, self.host.doc_type))

    def _fill_from_profile(self) -> None:
        profile = self.profile_or_explain()
        if profile is None:
            return
        agency: Agency = profile.agency
        for name, edit in self.fields.items():
            edit.setText(getattr(agency, name))
