"""The right-hand column of a section page: what to write, an example, documents to cite."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.doctypes import CitedDocument, DocType, OutlineEntry, cited_documents
from qcdc_desktop.model import Part
from qcdc_desktop.ui.mnemonics import schedule, without_mnemonic

translate = QCoreApplication.translate


def guidance_html(entry: OutlineEntry | None, inherited: OutlineEntry | None = None) -> str:
    if entry is None and inherited is None:
        return translate("GuidancePanel", "<p>Chọn một mục ở dàn ý bên trái để xem hướng dẫn.</p>")
    parts = []
    if entry is None and inherited is not None:
        parts.append(
            translate("GuidancePanel", "<p><i>Mục do anh/chị thêm. Hướng dẫn của mục cha:</i></p>")
        )
        entry = inherited
    assert entry is not None
    parts.append(f"<h3>{html.escape(entry.title)}</h3>")
    if entry.guidance:
        parts.append(f"<p>{html.escape(entry.guidance)}</p>")
    if entry.example:
        example = "<br>".join(html.escape(line) for line in entry.example.splitlines())
        parts.append(
            translate("GuidancePanel", "<p><b>Ví dụ:</b></p><p><i>{example}</i></p>").format(
                example=example
            )
        )
    if entry.required:
        parts.append(
            translate("GuidancePanel", "<p>Mục bắt buộc: văn bản cần có nội dung ở đây.</p>")
        )
    return "".join(parts)


class GuidancePanel(QWidget):
    insert_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setObjectName("guidance")
        self.text.setOpenLinks(False)
        self.cites_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        box = QWidget()
        self._layout = QVBoxLayout(box)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        scroll.setWidget(box)
        self._rows: dict[str, QWidget] = {}
        self.cites_title = QLabel(self.tr("<b>Văn bản hay trích dẫn ở mục này</b>"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Hướng dẫn</b>")))
        layout.addWidget(self.text, 3)
        layout.addWidget(self.cites_title)
        layout.addWidget(scroll, 2)

    def show_part(self, doc_type: DocType, part: Part | None, ancestors: list[Part]) -> None:
        entry = doc_type.entry(part.key) if part and part.key else None
        inherited = None
        if part is not None and entry is None:
            for up in reversed(ancestors):
                inherited = doc_type.entry(up.key) if up.key else None
                if inherited:
                    break
        self.text.setHtml(guidance_html(entry, inherited))
        chosen = entry or inherited
        library = cited_documents()
        docs = [library[c] for c in (chosen.cites if chosen else ()) if c in library]
        self._show_cites(docs)

    def _show_cites(self, docs: list[CitedDocument]) -> None:
        # Rows are made once per document and then shown or hidden: deleting widgets
        # with connected Python slots while switching parts is needless churn.
        wanted = [d.id for d in docs]
        for doc in docs:
            if doc.id not in self._rows:
                self._rows[doc.id] = self._make_row(doc)
        for doc_id, row in self._rows.items():
            row.setVisible(doc_id in wanted)
        for position, doc_id in enumerate(wanted):
            self._layout.removeWidget(self._rows[doc_id])
            self._layout.insertWidget(position, self._rows[doc_id])
            # Numbered, so each row's button has its own Alt+digit (ui/mnemonics.py).
            button = self._rows[doc_id].findChild(QPushButton)
            text = self.tr("Chèn {number}").format(number=position + 1)
            if button is not None and without_mnemonic(button.text()) != text:
                button.setText(text)
                schedule(button)
        self.cites_title.setVisible(bool(docs))
        self.cites_scroll.setVisible(bool(docs))

    def _make_row(self, doc: CitedDocument) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(doc.cite)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(self.tr("Chèn"))
        button.setObjectName(f"cite_{doc.id}")
        button.setToolTip(self.tr("Chèn tên văn bản này vào vị trí con trỏ trong nội dung"))
        button.clicked.connect(partial(self.insert_requested.emit, doc.cite))
        line.addWidget(label, 1)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row
