"""The editor window's size and its splitters, remembered between sessions.

Written only when changed and not synced here: every write rewrites and fsyncs the
settings file; QSettings flushes by itself and on exit. A remembered size that no
longer fits the screen is clamped when the window is shown (screen_fit.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QSplitter, QWidget

from qcdc_desktop.ui.screen_fit import default_size

GEOMETRY_KEY = "editor/geometry"
SPLITTER_KEY = "editor/splitter/{name}"
DEFAULT_SIZE = QSize(1340, 680)  # fits a 1366×768 screen with its taskbar and title bar


def _set_if_changed(settings: Any, key: str, value: QByteArray) -> None:
    old = settings.value(key)
    if not (isinstance(old, QByteArray | bytes) and QByteArray(old) == value):
        settings.setValue(key, value)


def _named_splitters(widget: QWidget) -> list[QSplitter]:
    splitters = [s for s in widget.findChildren(QSplitter) if s.objectName()]
    if isinstance(widget, QSplitter) and widget.objectName():
        splitters.append(widget)
    return splitters


def restore_geometry(window: QWidget, settings: Any) -> None:
    geometry = settings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray | bytes) and geometry:
        window.restoreGeometry(QByteArray(geometry))
    else:
        window.resize(default_size(window, DEFAULT_SIZE))
    restore_splitters(window, settings)


def restore_splitters(widget: QWidget, settings: Any) -> None:
    """The remembered state of each named splitter in `widget` (a page built later)."""
    for splitter in _named_splitters(widget):
        state = settings.value(SPLITTER_KEY.format(name=splitter.objectName()))
        if isinstance(state, QByteArray | bytes) and state:
            splitter.restoreState(QByteArray(state))


def save_geometry(window: QWidget, settings: Any) -> None:
    _set_if_changed(settings, GEOMETRY_KEY, window.saveGeometry())
    seen: set[str] = set()
    for splitter in _named_splitters(window):
        name = splitter.objectName()
        if name not in seen:  # section pages share one layout preference
            seen.add(name)
            _set_if_changed(settings, SPLITTER_KEY.format(name=name), splitter.saveState())
