"""The button row at the foot of a dialog: action buttons, an accepting one, a closing one.

Qt ships no Vietnamese translation, so no standard button is used: every button is
given its text by the caller (in the caller's translation context). The row is wired
once here: the accepting button accepts the dialog, the last one rejects (closes) it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def dialog_buttons(
    dialog: QDialog,
    reject_text: str,
    *,
    accept: QPushButton | None = None,
    actions: Sequence[QPushButton] = (),
) -> QDialogButtonBox:
    """`actions` do their own work and leave the dialog open; `accept` closes it with
    Accepted; the button labelled `reject_text` closes it with Rejected."""
    buttons = QDialogButtonBox()
    for button in actions:
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    if accept is not None:
        buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(reject_text, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
