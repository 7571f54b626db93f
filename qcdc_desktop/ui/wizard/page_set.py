"""The editor's pages, each built the first time it is asked for.

Building every page up front cost most of an editor's opening time (a section page
holds an outline tree, a text editor, figure boxes and a guidance panel), while a user
sees one page at a time. The side panel's step states are computed from the Draft, so
nothing needs a page before it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from qcdc_desktop.ui.wizard.steps import WizardStep

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
