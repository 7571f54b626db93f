"""Work a window must do when it changes but the user need not wait for: run once the
window has painted its next frame.

A zero-delay QTimer runs before Qt paints (timers come before the low-priority paint
request), so work deferred with one still delayed the frame. Qt paints a window while
handling its UpdateRequest event; a filter on the window queues the jobs then, and
they run as soon as that frame is on the screen. A window that does not paint (hidden,
minimised) runs them after FALLBACK_MS.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 100


class AfterPaint(QObject):
    """The queue of one window (see `after_paint`)."""

    def __init__(self, window: QWidget) -> None:
        # No parent: a filter that is a child of the window it watches was called with
        # its Python half gone while the window deleted its children.
        super().__init__()
        self._window = window
        self._jobs: dict[str, Callable[[], object]] = {}
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self.run)
        self._update_request = QEvent.Type.UpdateRequest
        window.installEventFilter(self)

    def add(self, key: str, job: Callable[[], object]) -> None:
        """Queue `job`; a job queued again under the same key before it ran runs once."""
        self._jobs.pop(key, None)
        self._jobs[key] = job
        if not self._fallback.isActive():
            self._fallback.start()

    def pending(self) -> bool:
        return bool(self._jobs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._update_request and self._jobs:
            QTimer.singleShot(0, self.run)  # after this event, which paints the frame
        return False

    def run(self, *keys: str) -> None:
        """Run the queued jobs now, or only those of `keys` (also called before anything
        that needs them done)."""
        if not keys:
            self._fallback.stop()
        while self._jobs:
            key = next((k for k in self._jobs if not keys or k in keys), None)
            if key is None:
                return
            self._jobs.pop(key)()


_queues: dict[int, AfterPaint] = {}


def after_paint(window: QWidget) -> AfterPaint:
    """The after-paint queue of `window` (a top-level widget), made on first use and
    dropped when the window is destroyed."""
    key = id(window)
    queue = _queues.get(key)
    if queue is None or queue._window is not window:  # not just the id: ids recur
        queue = _queues[key] = AfterPaint(window)
        window.destroyed.connect(lambda *_args, k=key, q=queue: _drop(k, q))
    return queue


def _drop(key: int, queue: AfterPaint) -> None:
    queue._jobs.clear()  # the fallback timer goes with the queue
    if _queues.get(key) is queue:
        del _queues[key]
