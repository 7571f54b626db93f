"""Number fields for one figure group, with its consistency warnings and sentence, live.

A draft carried forward from last period keeps last period's figures as `previous`:
each field then shows that value beside it, and a figure that moved by more than the
checks' threshold gets a one-line field for an (optional) explanation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.doctypes import FigureGroupDef, check_rules, resolved_values
from qcdc_desktop.doctypes.figures import is_computed_now
from qcdc_desktop.model import Draft, FigureValues
from qcdc_desktop.render import figure_sentence
from qcdc_desktop.render.numbers import format_figure, format_number, parse_number
from qcdc_desktop.ui import palette
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.preview_text import PreviewText
from qcdc_desktop.ui.wizard.figure_group_controls import FigureGroupControls

translate = QCoreApplication.translate

Number = int | float

WARNING_STYLE = palette.ALERT_LABEL
PREVIOUS_STYLE = "QLabel { color: palette(placeholder-text); }"
CHANGED_STYLE = palette.CHANGED_LABEL
FIELD_WIDTH = 110
NOTHING_PRINTED = QT_TRANSLATE_NOOP(
    "FiguresWidget", "(Chưa có số liệu nào: nhóm này sẽ không in gì.)"
)
TYPED_TIP = QT_TRANSLATE_NOOP(
    "FiguresWidget", "Gõ số kiểu Việt Nam: 20.799 hoặc 98,5; để trống nếu không báo cáo số này"
)
EXPLANATION_HINT = QT_TRANSLATE_NOOP("FiguresWidget", "Giải thích thay đổi (không bắt buộc)")


class FigureGroupBox(QGroupBox):
    changed = Signal()

    def __init__(self, group: FigureGroupDef, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Số liệu: {title}").format(title=group.title), parent)
        self.group = group
        self._draft: Draft | None = None
        self._filling = False
        self._pad = True
        self.edits: dict[str, QLineEdit] = {}
        self.computed: dict[str, QLineEdit] = {}
        self.previous: dict[str, QLabel] = {}
        self.explanations: dict[str, QLineEdit] = {}
        # A grid rather than a form: the long labels wrap, and each figure has a second
        # line for its explanation, under the number and last period's value.
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(8)
        for n, fig in enumerate(group.figures):
            label = QLabel(f"{fig.label}" + (f" ({fig.unit})" if fig.unit else "") + ":")
            label.setWordWrap(True)
            # A computed figure is a field too: typed when its parts were not reported
            # ("Đã giải quyết: 509" without the split by deadline), read-only otherwise.
            edit = QLineEdit()
            edit.setObjectName(f"figure_{group.id}_{fig.id}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setToolTip(translate("FiguresWidget", TYPED_TIP))
            edit.textChanged.connect(lambda _t, fid=fig.id: self._typed(fid))
            self.edits[fig.id] = edit
            if fig.computed:
                self.computed[fig.id] = edit
            field = edit
            field.setFixedWidth(FIELD_WIDTH)
            label.setBuddy(field)
            grid.addWidget(label, 2 * n, 0)
            grid.addWidget(field, 2 * n, 1)
            grid.addWidget(self._previous_label(fig.id), 2 * n, 2)
            grid.addWidget(self._explanation_field(fig.id), 2 * n + 1, 0, 1, 3)
        self.warning = QLabel()
        self.warning.setObjectName(f"figures_warning_{group.id}")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.sentence = PreviewText(max_lines=5)
        self.sentence.setObjectName(f"figures_sentence_{group.id}")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.warning)
        layout.addWidget(QLabel(self.tr("Câu sẽ in trong văn bản:")))
        layout.addWidget(self.sentence)
        self.controls = FigureGroupControls(group.id)
        layout.addWidget(self.controls)

    def _previous_label(self, figure_id: str) -> QLabel:
        previous = QLabel()
        previous.setObjectName(f"previous_{self.group.id}_{figure_id}")
        previous.setToolTip(self.tr("Số liệu của kỳ trước, chép sang khi tạo báo cáo kỳ này"))
        previous.hide()
        self.previous[figure_id] = previous
        return previous

    def _explanation_field(self, figure_id: str) -> QLineEdit:
        explanation = QLineEdit()
        explanation.setObjectName(f"explanation_{self.group.id}_{figure_id}")
        explanation.setPlaceholderText(translate("FiguresWidget", EXPLANATION_HINT))
        explanation.setToolTip(
            self.tr(
                "Số liệu thay đổi nhiều so với kỳ trước: có thể ghi ngắn gọn lý do "
                "để người duyệt văn bản nắm được."
            )
        )
        explanation.setMinimumWidth(2 * FIELD_WIDTH)
        explanation.textEdited.connect(lambda text, fid=figure_id: self._explained(fid, text))
        explanation.hide()
        self.explanations[figure_id] = explanation
        return explanation

    def load(self, draft: Draft, *, pad: bool = True) -> None:
        self._draft = draft
        self._pad = pad
        values = draft.figures.setdefault(self.group.id, FigureValues())
        self._filling = True
        try:
            for fid, edit in self.edits.items():
                edit.setText(self._as_typed(fid, values.values.get(fid)))
            for fid, explanation in self.explanations.items():
                explanation.setText(values.explanations.get(fid, ""))
                explanation.setCursorPosition(0)  # show the start of a long explanation
        finally:
            self._filling = False
        self._update()

    def _as_typed(self, figure_id: str, value: Number | None) -> str:
        """A stored figure back in its field the way it prints: with the office's
        leading zero, "02" typed stays "02" on reopening instead of turning into "2"."""
        if value is None:
            return ""
        fig = self.group.figure(figure_id)
        return format_figure(value, fig.kind if fig else "count", pad=self._pad)

    def _typed(self, figure_id: str) -> None:
        if self._filling or self._draft is None:
            return
        edit = self.edits[figure_id]
        text = edit.text().strip()
        value = parse_number(text)
        values = self._draft.figures.setdefault(self.group.id, FigureValues())
        bad = bool(text) and value is None
        edit.setStyleSheet(palette.BAD_LINE_EDIT if bad else "")
        edit.setToolTip(self.tr("Không đọc được số này") if bad else edit.toolTip())
        values.values[figure_id] = value
        self._update()
        self.changed.emit()

    def _explained(self, figure_id: str, text: str) -> None:
        if self._filling or self._draft is None:
            return
        values = self._draft.figures.setdefault(self.group.id, FigureValues())
        if text.strip():
            values.explanations[figure_id] = text
        else:
            values.explanations.pop(figure_id, None)
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
        self._filling = True
        try:
            for fid, edit in self.computed.items():
                fig = self.group.figure(fid)
                if fig is None:
                    continue
                derived = is_computed_now(self.group, fig, values)
                edit.setReadOnly(derived)
                if derived:
                    value = resolved.get(fid)
                    text = "" if value is None else format_figure(value, fig.kind)
                    edit.setText(text + ("%" if fig.kind == "percent" and text else ""))
                    edit.setToolTip(self.tr("Tính từ các số thành phần đã nhập"))
                elif edit.toolTip() != translate("FiguresWidget", TYPED_TIP):
                    edit.setText(self._as_typed(fid, values.values.get(fid)))
                    edit.setToolTip(translate("FiguresWidget", TYPED_TIP))
        finally:
            self._filling = False
        self._update_previous(values, resolved)
        problems = self.violations()
        self.warning.setText("\n".join(f"⚠ {p}" for p in problems))
        self.warning.setVisible(bool(problems))
        sentence = figure_sentence(self.group, self._draft, pad=self._pad)
        self.sentence.setText(sentence or translate("FiguresWidget", NOTHING_PRINTED))

    def _update_previous(self, values: FigureValues, resolved: dict[str, Number | None]) -> None:
        last = resolved_values(self.group, FigureValues(values=dict(values.previous)))
        for fig in self.group.figures:
            before, now = last.get(fig.id), resolved.get(fig.id)
            label, explanation = self.previous[fig.id], self.explanations[fig.id]
            label.setVisible(before is not None)
            changed = before is not None and now is not None and moved(before, now)
            if before is not None:
                text = format_figure(before, fig.kind) + ("%" if fig.kind == "percent" else "")
                how = change_text(before, now) if changed and now is not None else ""
                label.setText(
                    self.tr("Kỳ trước: {text}").format(text=text) + (f" ({how})" if how else "")
                )
                label.setStyleSheet(CHANGED_STYLE if changed else PREVIOUS_STYLE)
            # A written explanation stays visible even once the figure is back in range.
            explanation.setVisible(changed or bool(explanation.text().strip()))


def moved(before: Number, now: Number) -> bool:
    """The checks' rule: a change worth explaining (any change from 0 counts)."""
    # Imported here: the checks load with the review page, not with the editor.
    from qcdc_desktop.checks import CHANGE_THRESHOLD

    if now == before:
        return False
    return before == 0 or abs(now - before) / abs(before) > CHANGE_THRESHOLD


def change_text(before: Number, now: Number) -> str:
    if before == 0:
        return translate("FiguresWidget", "tăng từ 0")
    share = format_number(round(abs(now - before) * 100 / abs(before), 1))
    if now > before:
        return translate("FiguresWidget", "tăng {share}%").format(share=share)
    return translate("FiguresWidget", "giảm {share}%").format(share=share)
