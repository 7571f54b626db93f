"""A part's text set against last period's: words added underlined in green, removed
struck through in red (proofing/unchanged.py computes the difference)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from qcdc_desktop.model import Draft, Part
from qcdc_desktop.proofing.office import active_office
from qcdc_desktop.proofing.unchanged import matching_part, part_text, word_diff
from qcdc_desktop.ui import palette
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("LastPeriodDiffDialog", "So sánh với báo cáo kỳ trước")
_STYLES = {
    "insert": (
        f"color:{palette.INSERTED};background:{palette.INSERTED_BACKGROUND};"
        "text-decoration:underline"
    ),
    "delete": (
        f"color:{palette.DELETED};background:{palette.DELETED_BACKGROUND};"
        "text-decoration:line-through"
    ),
}


def diff_html(old: str, new: str) -> str:
    pieces = []
    for op, text in word_diff(old, new):
        escaped = html.escape(text).replace("\n", "<br>")
        style = _STYLES.get(op)
        pieces.append(f'<span style="{style}">{escaped}</span>' if style else escaped)
    return "<div style='font-size:12pt;line-height:140%'>" + "".join(pieces) + "</div>"


class LastPeriodDiffDialog(QDialog):
    def __init__(self, part: Part, previous: Part, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr(TITLE))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        title = html.escape(part.title or self.tr("Phần chưa có tiêu đề"))
        inserted = self.tr("Chữ thêm mới")
        deleted = self.tr("Chữ đã bỏ")
        heading = QLabel(
            f"<b>{title}</b><br>"
            f'<span style="color:{palette.INSERTED};text-decoration:underline">{inserted}</span> · '
            f'<span style="color:{palette.DELETED};text-decoration:line-through">{deleted}</span>'
        )
        layout.addWidget(heading)
        self.view = QTextBrowser()
        self.view.setObjectName("last_period_diff")
        self.view.setHtml(diff_html(part_text(previous), part_text(part)))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def diff_dialog_for(finding: Any, draft: Draft, parent: QWidget | None) -> QDialog | None:
    """The comparison dialog for an `unchanged.*` finding, or None for any other."""
    if not str(getattr(finding, "code", "")).startswith("unchanged."):
        return None
    details = dict(getattr(finding, "details", ()))
    load = active_office().load_draft
    previous = load(details.get("previous.draft", "")) if load else None
    part = draft.find_part(finding.part_id)
    if previous is None or part is None:
        return None
    old = previous.find_part(details.get("previous.part", "")) or matching_part(part, previous)
    if old is None:
        return None
    return LastPeriodDiffDialog(part, old, parent)


def show_last_period_diff(finding: Any, draft: Draft, parent: QWidget | None) -> bool:
    """Show the comparison for an `unchanged.*` finding; False for any other finding."""
    dialog = diff_dialog_for(finding, draft, parent)
    if dialog is None:
        return False
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return True
