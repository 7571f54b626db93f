"""Number fields for one figure group, with its consistency warnings and sentence, live."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from qcdc_desktop.doctypes import FigureGroupDef, check_rules, resolved_values
from qcdc_desktop.model import Draft, FigureValues
from qcdc_desktop.render import figure_sentence
from qcdc_desktop.render.numbers import format_figure, format_number, parse_number
from qcdc_desktop.ui.vn_menus import install_vietnamese_context_menu

WARNING_STYLE = "QLabel { color: #a40000; font-weight: bold; }"
SENTENCE_STYLE = (
    "QLabel { background: palette(base); border: 1px solid palette(mid); padding: 4px; }"
)


class FigureGroupBox(QGroupBox):
    changed = Signal()

    def __init__(self, group: FigureGroupDef, parent: QWidget | None = None) -> None:
        super().__init__(f"Số liệu: {group.title}", parent)
        self.group = group
        self._draft: Draft | None = None
        self._filling = False
        self._pad = True
        self.edits: dict[str, QLineEdit] = {}
        self.computed: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for fig in group.figures:
            label = f"{fig.label}" + (f" ({fig.unit})" if fig.unit else "") + ":"
            if fig.computed:
                value = QLabel()
                value.setObjectName(f"figure_{group.id}_{fig.id}")
                self.computed[fig.id] = value
                form.addRow(label, value)
                continue
            edit = QLineEdit()
            edit.setObjectName(f"figure_{group.id}_{fig.id}")
            edit.setMaximumWidth(140)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setToolTip("Gõ số kiểu Việt Nam: 20.799 hoặc 98,5; để trống nếu chưa có")
            edit.textChanged.connect(lambda _t, fid=fig.id: self._typed(fid))
            install_vietnamese_context_menu(edit)
            self.edits[fig.id] = edit
            form.addRow(label, edit)
        self.warning = QLabel()
        self.warning.setObjectName(f"figures_warning_{group.id}")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.sentence = QLabel()
        self.sentence.setObjectName(f"figures_sentence_{group.id}")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet(SENTENCE_STYLE)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(QLabel("Câu sẽ in trong văn bản:"))
        layout.addWidget(self.sentence)

    def load(self, draft: Draft, *, pad: bool = True) -> None:
        self._draft = draft
        self._pad = pad
        values = draft.figures.setdefault(self.group.id, FigureValues())
        self._filling = True
        try:
            for fid, edit in self.edits.items():
                value = values.values.get(fid)
                edit.setText("" if value is None else format_number(value))
        finally:
            self._filling = False
        self._update()

    def _typed(self, figure_id: str) -> None:
        if self._filling or self._draft is None:
            return
        edit = self.edits[figure_id]
        text = edit.text().strip()
        value = parse_number(text)
        values = self._draft.figures.setdefault(self.group.id, FigureValues())
        bad = bool(text) and value is None
        edit.setStyleSheet("QLineEdit { background: #ffe0e0; }" if bad else "")
        edit.setToolTip("Không đọc được số này" if bad else edit.toolTip())
        values.values[figure_id] = value
        self._update()
        self.changed.emit()

    def violations(self) -> list[str]:
        if self._draft is None:
            return []
        values = self._draft.figures.get(self.group.id) or FigureValues()
        return [v.message for v in check_rules(self.group, values)]

    def _update(self) -> None:
        if self._draft is None:
            return
        values = self._draft.figures.get(self.group.id) or FigureValues()
        resolved = resolved_values(self.group, values)
        for fid, label in self.computed.items():
            fig = self.group.figure(fid)
            kind = fig.kind if fig else "count"
            text = format_figure(resolved.get(fid), kind)
            label.setText(text + ("%" if kind == "percent" and text != "..." else ""))
        problems = self.violations()
        self.warning.setText("\n".join(f"⚠ {p}" for p in problems))
        self.warning.setVisible(bool(problems))
        self.sentence.setText(figure_sentence(self.group, self._draft, pad=self._pad))
