"""Every editable widget of every window, dialog and wizard step, touched like a user.

The walk itself is tests/ui/interaction_walk.py; it runs in a child process so that a
native crash (Qt painting a window 32,847 px tall ended in SIGSEGV) fails this test
with the child's output instead of ending the test run.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMainWindow
from window_catalogue import WINDOWS

HERE = Path(__file__).resolve().parent


def test_every_widget_survives_what_a_drafter_does(tmp_path: Path) -> None:
    out = tmp_path / "walk.json"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    proc = subprocess.run(
        [sys.executable, str(HERE / "interaction_walk.py"), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert out.exists(), f"the walk ended with code {proc.returncode}:\n{proc.stderr[-4000:]}"
    result = json.loads(out.read_text("utf-8"))
    assert result["failures"] == [], "\n\n".join(result["failures"][:10])
    assert proc.returncode == 0, proc.stderr[-4000:]  # a crash at exit counts too
    from qcdc_desktop.doctypes import doc_types

    assert sorted(result["types"]) == sorted(doc_types())
    # The basis table's cells are pasted into (the crash that started this walk).
    assert result["cells_pasted"].get("basis", 0) >= 1
    assert result["widget_count"] > 500 and result["actions"] > 1500
    for kind in ("QLineEdit", "QPlainTextEdit", "QComboBox", "QSpinBox", "QDateEdit", "cell"):
        assert result["widgets"].get(kind, 0) > 0, kind
    print(
        f"\ninteraction walk: {result['widget_count']} widgets, {result['actions']} actions, "
        f"{sum(result['dialogs_closed'].values())} dialogs answered"
    )


def test_the_catalogue_lists_every_window_class() -> None:
    """A new dialog is walked, fitted and photographed once it is in the catalogue."""
    import importlib
    import pkgutil

    import qcdc_desktop.ui as ui

    listed = {name for entry in WINDOWS for name in entry.classes}
    missing = []
    for info in pkgutil.walk_packages(ui.__path__, "qcdc_desktop.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != info.name:
                continue
            if issubclass(cls, QDialog | QMainWindow) and name not in listed:
                missing.append(f"{info.name}.{name}")
    assert missing == []
