"""What the first editor of a session needs, loaded while the start window waits for
the user.

Opening the first editor imported about fifty modules (the draft model, the document
types, the wizard and its first page, the dialogs, spelling) and read and validated
every document type: about 90 ms between the click on "Mở" and the first page, against
15–20 ms for every later editor. Once the start window has painted, those modules are
imported here one per idle moment (a few milliseconds each, so the window stays
responsive), and the types are read; an editor opened before the end finds part of it
done and imports the rest itself, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from importlib import import_module

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from qcdc_desktop.ui.after_paint import after_paint

# Bottom-up, so that each step imports little that the steps before it did not.
MODULES = (
    "hashlib",  # the draft's hash when it opens: OpenSSL takes milliseconds to load
    "pickle",  # the autosave's snapshots
    "qcdc_desktop.model",
    "qcdc_desktop.doctypes.types",
    "qcdc_desktop.doctypes.figures",
    "qcdc_desktop.doctypes.draft_factory",
    "qcdc_desktop.editing.steps",
    "qcdc_desktop.render",
    "qcdc_desktop.render.numbers",
    "qcdc_desktop.render.tables",
    "qcdc_desktop.storage.draft_writer",
    "qcdc_desktop.ui.messages",
    "qcdc_desktop.ui.spell_highlight",
    "qcdc_desktop.ui.wizard.autosave",
    "qcdc_desktop.ui.wizard.pages.base",
    "qcdc_desktop.ui.wizard.step_panel",
    "qcdc_desktop.ui.wizard.editor_window",
    "qcdc_desktop.ui.wizard.pages.general_page",
)
BETWEEN_STEPS_MS = 5


def _read_types() -> None:
    from qcdc_desktop.doctypes import DocTypeError, doc_types

    try:
        doc_types()
    except DocTypeError:
        pass  # the editor reports the broken file when it needs the type


def _qt_types() -> None:
    # PySide builds a Qt class's Python type, enums and all, when Python first uses it;
    # these the first page uses outside the modules above (spelling's underline).
    from PySide6.QtGui import QTextCharFormat

    QTextCharFormat.UnderlineStyle.WaveUnderline  # noqa: B018


def _steps() -> list[Callable[[], object]]:
    steps: list[Callable[[], object]] = [partial(import_module, name) for name in MODULES]
    steps.insert(MODULES.index("qcdc_desktop.doctypes.draft_factory"), _read_types)
    steps.append(_qt_types)
    return steps


class EditorWarmup(QObject):
    """Runs the steps, one per timer tick, then deletes itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = _steps()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    def start(self) -> None:
        self._timer.start(0)

    @property
    def done(self) -> bool:
        return not self._steps

    def _next(self) -> None:
        if self._steps:
            self._steps.pop(0)()
        if self._steps:
            self._timer.start(BETWEEN_STEPS_MS)


def warm_up_after_first_paint(window: QWidget) -> EditorWarmup:
    """Start the warm-up once `window` (the start window) has painted."""
    warmup = EditorWarmup(window)
    after_paint(window).add("editor-warmup", warmup.start)
    return warmup
