"""Work around a reference-count bug of PySide6 6.12 wheels on Python 3.11.

Every Qt method returning void hands Python a `None` without taking a reference, so
each call (QTimer.start, QWidget.setEnabled, …) lowers None's count by one, and
Signal.emit() does the same to True; after a few thousand calls the interpreter
aborts with "deallocating None" (or "True or False"). Python 3.12 made these objects
immortal, which hides the bug there. Until a fixed PySide6 is pinned, we give them a
reference count that no session can exhaust.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_applied = False


def protect_none() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object (release builds).
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _applied = True
