"""Keep every window inside the screen's available area, title bar and borders included.

The offices' PCs have 1366×768 screens with a 40 px taskbar. A window opened at
1366×768 put its status bar (the autosave indicator) below the screen edge, and a
remembered size from a larger screen can be larger still; content that asks for more
room (a long paste in a preview) must never grow a window past the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager adds around a window: Windows 10/11's title bar and borders.
# Used only while the window system has not reported the real frame yet.
DECORATION = QMargins(8, 31, 8, 8)


def available_area(widget: QWidget | None = None) -> QRect:
    """The screen area free of taskbars, of the screen `widget` is on."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def frame_margins(window: QWidget) -> QMargins:
    frame, inner = window.frameGeometry(), window.geometry()
    real = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    # Before the first show the frame is unknown (zero); assume a usual one.
    return real if real.top() > DECORATION.top() // 2 else DECORATION


def room_for(window: QWidget) -> QSize:
    """The largest client size that keeps `window`'s frame inside the available area."""
    area, margins = available_area(window), frame_margins(window)
    return QSize(
        area.width() - margins.left() - margins.right(),
        area.height() - margins.top() - margins.bottom(),
    )


def default_size(window: QWidget, preferred: QSize) -> QSize:
    """`preferred`, made smaller when the screen cannot hold it."""
    return preferred.boundedTo(room_for(window))


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move `window` so that it, frame included, is inside the available area,
    and cap its size there so no content can make it larger."""
    room = room_for(window)
    if room.width() < 200 or room.height() < 150:
        return  # a screen this small is a test set-up or a misreport; leave it alone
    maximum = window.maximumSize().boundedTo(room)
    if window.maximumSize() != maximum:
        window.setMaximumSize(maximum)
    if window.width() > room.width() or window.height() > room.height():
        window.resize(window.size().boundedTo(room))
    area, margins = available_area(window), frame_margins(window)
    geometry = window.geometry()
    frame = geometry.marginsAdded(margins)
    dx = dy = 0
    if frame.right() > area.right():
        dx = area.right() - frame.right()
    if frame.left() + dx < area.left():
        dx = area.left() - frame.left()
    if frame.bottom() > area.bottom():
        dy = area.bottom() - frame.bottom()
    if frame.top() + dy < area.top():
        dy = area.top() - frame.top()
    if dx or dy:
        window.move(window.x() + dx, window.y() + dy)
