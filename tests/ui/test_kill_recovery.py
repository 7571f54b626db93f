"""A killed program loses nothing that was autosaved, and the next start reopens the draft."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

TYPED = "Đoạn văn gõ trước khi chương trình bị tắt đột ngột."

EDITOR_SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from qcdc_desktop.ui.context import AppContext
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow

    context = AppContext(Path(sys.argv[1]))
    window = EditorWindow(context, sys.argv[2])
    window.show()
    window.goto_step("situation")
    page = window.pages["situation"]
    page.text.setFocus()
    for word in sys.argv[3].split(" "):
        page.text.insertPlainText(word + " ")  # as typed, one edit signal per word
    window.autosaver.saved.connect(lambda revision: print("SAVED", revision, flush=True))
    print("TYPED", flush=True)
    sys.exit(app.exec())
    """
)


def _wait_for(process: subprocess.Popen[str], word: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith(word):
            return
        if not line and process.poll() is not None:
            errors = process.stderr.read() if process.stderr else ""
            raise AssertionError(f"editor process ended early: {errors}")
    raise AssertionError(f"no {word!r} from the editor process")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_after_autosave_loses_nothing_and_the_draft_reopens(
    tmp_path: Path, qapp: Any, dialogs: Any
) -> None:
    from wizard_fixtures import load, store_new_draft

    from qcdc_desktop.ui.context import AppContext

    data_dir = tmp_path / "data"
    context = AppContext(data_dir)
    draft_id = store_new_draft(context)
    context.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QCDC_NO_CRASH_DIALOG": "1"}
    env["PYTHONPATH"] = os.pathsep.join([str(Path.cwd()), env.get("PYTHONPATH", "")])
    process = subprocess.Popen(
        [sys.executable, "-c", EDITOR_SCRIPT, str(data_dir), draft_id, TYPED],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        _wait_for(process, "TYPED", 60)
        _wait_for(process, "SAVED", 15)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    assert process.returncode == -signal.SIGKILL

    from qcdc_desktop import paths

    # A fresh connection, as the next start would open.
    stored = load(SimpleNamespace(db=SimpleNamespace(path=paths.database_path(data_dir))), draft_id)
    text = " ".join(b.text for b in stored.sections[0].blocks if b.kind != "figures")
    assert text == TYPED

    # The next start finds the editor that was open and reopens it.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from qcdc_desktop.ui import app as app_module
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow

    reopened: list[str] = []

    def look_and_quit() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, EditorWindow) and widget.isVisible():
                reopened.append(widget.draft_id)
                assert not widget.read_only  # the dead process's lock was taken over
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and not isinstance(widget, EditorWindow):
                widget.close()
        QApplication.quit()

    QTimer.singleShot(1500, look_and_quit)
    assert app_module.main(["--data-dir", str(data_dir), "--no-crash-dialog"]) == 0
    assert reopened == [draft_id]
    assert not [k for k in dialogs.kinds() if k == "ask_choice"]
