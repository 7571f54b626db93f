"""The editor's pages, each built the first time it is asked for or while the user waits.

Building every page up front cost most of an editor's opening time (a section page
holds an outline tree, a text editor, figure boxes and a guidance panel), while a user
sees one page at a time. So the editor opens with its first page only; `IdleBuilder`
then builds the others one at a time once the window has painted and nobody is typing,
and, once all are built, loads and lays out those whose content is out of date, so
that the first visit to a step only shows a page already filled. The side panel's step
states are computed from the Draft, so nothing needs a page before it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStackedWidget

from qcdc_desktop.editing.steps import WizardStep

if TYPE_CHECKING:
    from qcdc_desktop.ui.wizard.pages.base import EditorHost, WizardPage


def page_class(kind: str) -> type[WizardPage]:
    """The page class of a step kind, imported on first use."""
    if kind == "general":
        from qcdc_desktop.ui.wizard.pages.general_page import GeneralPage

        return GeneralPage
    if kind == "agency":
        from qcdc_desktop.ui.wizard.pages.agency_page import AgencyPage

        return AgencyPage
    if kind == "section":
        from qcdc_desktop.ui.wizard.pages.section_page import SectionPage

        return SectionPage
    if kind == "closing":
        from qcdc_desktop.ui.wizard.pages.closing_page import ClosingPage

        return ClosingPage
    if kind == "appendix":
        from qcdc_desktop.ui.wizard.pages.appendix_page import AppendixPage

        return AppendixPage
    if kind == "review":
        from qcdc_desktop.ui.wizard.pages.review_page import ReviewPage

        return ReviewPage
    raise KeyError(kind)


class PageSet(Mapping[str, "WizardPage"]):
    """step id -> page. Reading a page builds it (once) and hands it to `on_built`;
    `built()` looks without building."""

    def __init__(
        self,
        host: EditorHost,
        steps: list[WizardStep],
        on_built: Callable[[WizardPage], None],
    ) -> None:
        self._host = host
        self._steps = {step.id: step for step in steps}
        self._on_built = on_built
        self._pages: dict[str, WizardPage] = {}

    def __getitem__(self, step_id: str) -> WizardPage:
        page = self._pages.get(step_id)
        if page is None:
            step = self._steps[step_id]  # KeyError for an unknown step, as a dict
            page = page_class(step.kind)(self._host, step)
            self._pages[step_id] = page
            self._on_built(page)
        return page

    def __contains__(self, step_id: object) -> bool:
        return step_id in self._steps

    def __iter__(self) -> Iterator[str]:
        return iter(self._steps)

    def __len__(self) -> int:
        return len(self._steps)

    def built(self, step_id: str) -> WizardPage | None:
        """The page if it has been built, else None (never builds)."""
        return self._pages.get(step_id)

    def built_pages(self) -> list[WizardPage]:
        return list(self._pages.values())

    def build_next(self) -> bool:
        """Build the first page (in step order) not built yet; False when none is left."""
        for step_id in self._steps:
            if step_id not in self._pages:
                self[step_id]
                return True
        return False


# After opening, wait for the first page to be painted and the window to settle; after
# an edit, for typing to pause; between two pages, let queued input through.
FIRST_DELAY_MS = 300
AFTER_EDIT_MS = 1500
BETWEEN_PAGES_MS = 15


class IdleBuilder(QObject):
    """Builds a PageSet's remaining pages on the UI thread, one per idle moment; then
    prepares each page not on screen whose content is out of date (see
    WizardPage.prepare), so a visit after an edit elsewhere is as quick as the first."""

    def __init__(
        self,
        pages: PageSet,
        stack: QStackedWidget,
        parent: QObject | None = None,
        flush: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._pages = pages
        self._stack = stack
        self._flush = flush
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._build_one)
        self._done = False
        self._stopped = False

    def start(self) -> None:
        if not self._stopped:
            self._done = False
            self._timer.start(FIRST_DELAY_MS)

    def postpone(self) -> None:
        """The user is typing: do nothing until typing pauses, then bring the other
        pages up to date."""
        if not self._stopped:
            self._done = False
            self._timer.start(AFTER_EDIT_MS)

    def stop(self) -> None:
        self._stopped = self._done = True
        self._timer.stop()

    @property
    def done(self) -> bool:
        """Every page is built and every page off screen is up to date."""
        return self._done

    def _build_one(self) -> None:
        if self._stopped:
            return
        if self._pages.build_next() or self._prepare_next():
            self._timer.start(BETWEEN_PAGES_MS)
        else:
            self._done = True

    def _prepare_next(self) -> bool:
        """Prepare one page (in step order); False when every page is ready."""
        on_screen = self._stack.currentWidget()
        for page in self._pages.built_pages():
            if page is not on_screen and not page.prepared():
                # The page on screen keeps some typing to itself until it stores (a
                # section's text): into the draft first, or the other page would be
                # filled, and count as up to date, without it.
                self._flush()
                page.prepare(self._stack.size())
                return True
        return False
