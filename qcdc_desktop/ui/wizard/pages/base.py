"""What every wizard page shares: load from the draft, store into it, report edits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QMoveEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from qcdc_desktop.editing.steps import WizardStep

if TYPE_CHECKING:
    from qcdc_desktop.doctypes import DocType
    from qcdc_desktop.model import Draft

# Widgets with this property set stay usable in a read-only window (navigation, export).
KEEP_ENABLED = "qcdc_keep_enabled"


class EditorHost(Protocol):
    """What a page may ask of the window that holds it."""

    draft: Draft
    doc_type: DocType
    context: Any
    read_only: bool
    version: int  # counts the draft's changes (see WizardPage.is_current)

    def goto_step(self, step_id: str, part_id: str = "", field: str = "") -> None: ...

    def flush(self) -> None: ...


class WizardPage(QWidget):
    edited = Signal()

    def __init__(self, host: EditorHost, step: WizardStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.step = step
        self._loading = False
        self._shows: tuple[object, int] | None = None  # (draft, version) last shown
        self._drawn = False

    # Subclasses implement these two; both must be cheap enough to run on every page change.
    def load(self, draft: Draft) -> None:
        raise NotImplementedError

    def store(self, draft: Draft) -> None:
        raise NotImplementedError

    def _edited(self, *_args: object) -> None:
        """A field of the page changed: into the draft, the printed preview redrawn."""
        if self._loading:
            return
        self.store(self.host.draft)
        self._preview()
        self.changed()

    def _preview(self) -> None:
        """Pages that show a printed preview redraw it here."""

    def current_part_id(self) -> str:
        """The part the user is on, for reopening there (pages without parts: "")."""
        return ""

    def reveal(self, part_id: str = "", field: str = "") -> None:
        """Put the cursor where a finding points (a part, a named field)."""
        widget = self.field_widget(field)
        if widget is not None:
            widget.setFocus()

    def field_widget(self, field: str) -> QWidget | None:
        """The widget showing a finding's field ("agency.place", "signer.name", "number")."""
        if not field:
            return None
        for name in widget_names(field):
            widget = self.findChild(QWidget, name)
            if widget is not None:
                return widget
        return None

    def show_page(self) -> None:
        """Fill the page from the draft, unless it already shows the draft as it is."""
        if self.is_current():
            return
        self._loading = True
        try:
            self.load(self.host.draft)
        finally:
            self._loading = False
        self.apply_read_only(self.host.read_only)
        self.mark_current()

    def _key(self) -> tuple[object, int] | None:
        version = getattr(self.host, "version", None)
        return None if version is None else (self.host.draft, version)

    def is_current(self) -> bool:
        """Whether the page shows the draft as it is now. Every change of the draft goes
        through an edit the window counts (or replaces the draft), so a page loaded at
        the same count, or left at it, needs no new load."""
        key = self._key()
        shows = self._shows
        return key is not None and shows is not None and shows[0] is key[0] and shows[1] == key[1]

    def mark_current(self) -> None:
        """The page's fields are the draft now (it was just loaded, or stored on leaving)."""
        self._shows = self._key()

    def prepared(self) -> bool:
        """Whether a visit now would only show the page (see `prepare`)."""
        return self._drawn and self.is_current()

    def prepare(self, size: QSize) -> bool:
        """While the user is on another step: load the page and lay it out and draw it
        once off screen, so that its first visit only shows it. True when nothing is
        left to do (a page waiting for work elsewhere returns False)."""
        from qcdc_desktop.ui.spell_highlight import install_spell_check

        loaded = not self.is_current()
        self.show_page()
        if not self.is_current():
            return False  # its content is being made elsewhere (the review's checks)
        for editor in self.findChildren(QPlainTextEdit) + self.findChildren(QTextEdit):
            install_spell_check(editor)  # what the input guard does when they show
        if loaded or not self._drawn:
            self._drawn = True
            self.resize(size)
            self.render(QPixmap(size))
            _deliver_pending_geometry(self)
        return True

    def profile_or_explain(self) -> Any:
        """The agency profile for "fill from profile" buttons, or None after telling the
        user there is none yet."""
        profile = self.host.context.profile()
        if profile is None:
            from qcdc_desktop.ui import messages

            # Explicit context: every page inherits this method.
            messages.info(
                self,
                QCoreApplication.translate("WizardPage", "Hồ sơ cơ quan"),
                QCoreApplication.translate(
                    "WizardPage",
                    "Chưa có hồ sơ cơ quan. Hãy tạo hồ sơ ở cửa sổ chính, hoặc nhập trực tiếp ở "
                    "đây.",
                ),
            )
        return profile

    def changed(self, *_args: object) -> None:
        """Connect every input widget's change signal here."""
        if not self._loading:
            self.edited.emit()

    def apply_read_only(self, read_only: bool) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLabel) or is_kept_enabled(widget):
                continue
            if isinstance(widget, QTextBrowser):
                continue  # previews are always read-only
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QAbstractSpinBox):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QAbstractButton | QComboBox):
                widget.setEnabled(not read_only)


def _deliver_pending_geometry(page: QWidget) -> None:
    """The move and resize events Qt keeps for a widget's first show, sent now: each
    text view lays out its text again on its first resize, which made a first visit
    cost a millisecond more per view."""
    move, resize = Qt.WidgetAttribute.WA_PendingMoveEvent, Qt.WidgetAttribute.WA_PendingResizeEvent
    for _round in range(3):  # a resize (a scroll area's) may place its children anew
        sent = False
        for widget in [page, *page.findChildren(QWidget)]:
            if widget.testAttribute(move):
                widget.setAttribute(move, False)
                QCoreApplication.sendEvent(widget, QMoveEvent(widget.pos(), widget.pos()))
                sent = True
            if widget.testAttribute(resize):
                widget.setAttribute(resize, False)
                QCoreApplication.sendEvent(widget, QResizeEvent(widget.size(), QSize()))
                sent = True
        if not sent:
            return


def is_kept_enabled(widget: QWidget) -> bool:
    # A mark on the Python object (the same object for every lookup of a widget made
    # here): reading an unset property returns None with a reference missing in PySide6
    # 6.12, which after many calls crashes the interpreter, and scanning each widget's
    # dynamic property names took 4 ms a page on every load.
    return bool(getattr(widget, _KEEP_ATTRIBUTE, False))


_KEEP_ATTRIBUTE = "_qcdc_keep_enabled"


def keep_enabled(widget: QWidget) -> QWidget:
    widget.setProperty(KEEP_ENABLED, True)
    setattr(widget, _KEEP_ATTRIBUTE, True)
    return widget


def widget_names(field: str) -> list[str]:
    """Object names a field of the checks may be shown by, most specific first."""
    pieces = field.split(".")
    names = [field.replace(".", "_"), pieces[-1], pieces[0]]
    if field.startswith("figures."):
        names.insert(0, "figure_" + "_".join(pieces[1:]))
    return names


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]
