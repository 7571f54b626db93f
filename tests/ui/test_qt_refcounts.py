"""Guard against a Qt binding that loses references to None/True (PySide6 6.12.0 on
Python 3.11): the interpreter then aborts after a few thousand calls, mid-typing."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QWidget

    class Emitter(QObject):
        changed = Signal(str)

    app = QApplication([])
    timer, widget, emitter = QTimer(), QWidget(), Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20000):
        timer.start(1000)
        widget.setEnabled(True)
        emitter.changed.emit("x")
    print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
    """
)


def test_qt_calls_keep_none_and_true_alive():
    # A subprocess: with a broken binding the interpreter aborts, which must not take
    # the whole test run down with it.
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    none_delta, true_delta = (int(v) for v in result.stdout.split())
    assert abs(none_delta) < 100 and abs(true_delta) < 100
