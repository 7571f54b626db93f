"""The program's first window is shown before the paste guard starts (it starts right
after the first paint), and what runs after the first paint finds the guard in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QMainWindow

from qcdc_desktop.ui import after_paint, paste_cleaning


def _installed(app: Any) -> bool:
    return any(guard.parent() is app for guard in paste_cleaning._guard)


def test_the_guard_starts_after_the_first_paint_then_the_callback_runs(
    qapp: Any, qtbot: Any
) -> None:
    for guard in list(paste_cleaning._guard):
        paste_cleaning._remove_guard(qapp, guard)
    try:
        window = QMainWindow()
        window.setCentralWidget(QLineEdit())
        qtbot.addWidget(window)
        seen: list[bool] = []
        window.show()
        paste_cleaning.install_after_first_paint(
            qapp, window, then=lambda: seen.append(_installed(qapp))
        )
        assert not _installed(qapp)  # nothing is on screen yet
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)
        assert seen == [True]
        qtbot.wait(after_paint.FALLBACK_MS + 100)
        assert seen == [True]  # the fallback timer does not run it twice
    finally:
        paste_cleaning.install_input_guard(qapp)
