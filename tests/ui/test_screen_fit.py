"""Every window and dialog, at its default size, fits a 1366×768 screen with a 40 px
taskbar, title bar and borders included; a remembered size that no longer fits is
clamped; content can never make a window larger than the screen."""

from __future__ import annotations

from typing import Any

import pytest
from office_screen import HEIGHT, TASKBAR, WIDTH
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from window_catalogue import WINDOWS, store_sample_draft

from qcdc_desktop.ui import screen_fit

AREA = QRect(0, 0, WIDTH, HEIGHT - TASKBAR)


@pytest.fixture
def office_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget=None: QRect(AREA))
    return AREA


def _frame(window: Any) -> QRect:
    return window.geometry().marginsAdded(screen_fit.frame_margins(window))


@pytest.mark.parametrize("entry", WINDOWS, ids=[e.name for e in WINDOWS])
def test_each_window_fits_the_office_screen(
    entry: Any, qtbot: Any, context: Any, office_screen: QRect
) -> None:
    draft_id = store_sample_draft(context, "bc-6thang")
    window = entry.open(context, draft_id)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    frame = _frame(window)
    assert office_screen.contains(frame), f"{entry.name}: {frame} outside {office_screen}"
    if hasattr(window, "steps"):  # the editor: every step, not only the first
        for step in window.steps:
            window.goto_step(step.id)
            QApplication.processEvents()
            assert office_screen.contains(_frame(window)), step.id
    window.close()


def test_a_remembered_size_from_a_bigger_screen_is_clamped(
    qtbot: Any, context: Any, office_screen: QRect
) -> None:
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow
    from qcdc_desktop.ui.wizard.window_layout import GEOMETRY_KEY

    draft_id = store_sample_draft(context, "bc-6thang")
    big = EditorWindow(context, draft_id)
    qtbot.addWidget(big)
    big.setGeometry(300, 200, 1900, 1040)  # on the office's old 1920×1080 monitor
    context.settings.setValue(GEOMETRY_KEY, big.saveGeometry())
    big.close()
    window = EditorWindow(context, draft_id)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    assert office_screen.contains(_frame(window)), _frame(window)
    window.close()


def test_a_huge_paste_cannot_grow_a_window_past_the_screen(
    qtbot: Any, context: Any, office_screen: QRect
) -> None:
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow

    window = EditorWindow(context, store_sample_draft(context, "bc-6thang"))
    qtbot.addWidget(window)
    window.show()
    page = window.pages["basis"] if "basis" in window.pages else window.current_page()
    window.goto_step(page.step.id)
    opening = getattr(page, "opening", None)
    assert opening is not None
    opening.setPlainText("x" * 200_000)  # one 200 KB word: no space to wrap at
    QApplication.processEvents()
    assert office_screen.contains(_frame(window)), _frame(window)
    assert page.opening_preview.height() < 300
    window.close()


def test_start_window_toolbar_has_no_overflow_at_its_default_size(
    qtbot: Any, context: Any, office_screen: QRect
) -> None:
    from PySide6.QtWidgets import QToolButton

    from qcdc_desktop.ui.start_window import StartWindow

    window = StartWindow(context)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    overflow = [
        b
        for b in window.toolbar.findChildren(QToolButton)
        if b.objectName() == "qt_toolbar_ext_button" and b.isVisible()
    ]
    assert not overflow, "a toolbar button is hidden behind »"
    profile = window.toolbar.widgetForAction(window.act_profile)
    assert profile is not None and profile.isVisible()
    window.close()
