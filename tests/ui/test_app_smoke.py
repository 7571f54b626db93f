"""The program starts, opens an editor for every document type and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from qcdc_desktop import storage
from qcdc_desktop.doctypes import doc_types
from qcdc_desktop.ui import app


def run_app(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QCDC_NO_CRASH_DIALOG="1")
    env.pop("QCDC_DATA_DIR", None)
    command = [sys.executable, "-m", "qcdc_desktop.ui.app", *args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)


def test_smoke_run_exits_zero_and_leaves_no_drafts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_app("--smoke", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert f"smoke: ok ({len(doc_types())} document types)" in result.stdout
    db = storage.open_database(data / "qcdc.sqlite3")
    try:
        assert storage.list_drafts(db, include_deleted=True) == []
    finally:
        db.close()
    assert (data / "logs" / "qcdc-desktop.log").is_file()


def test_smoke_without_data_dir_does_not_touch_the_user_folder(tmp_path: Path) -> None:
    env_home = tmp_path / "home"
    env_home.mkdir()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(env_home),
        XDG_DATA_HOME=str(env_home / "share"),
        XDG_CONFIG_HOME=str(env_home / "config"),
    )
    env.pop("QCDC_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "qcdc_desktop.ui.app", "--smoke"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert not (env_home / "share" / "QCDC Desktop").exists()


def test_options(monkeypatch: pytest.MonkeyPatch) -> None:
    args = app.parse_args(["--data-dir", "d", "--open", "abc", "--no-crash-dialog"])
    assert (args.data_dir, args.open, args.no_crash_dialog, args.smoke) == ("d", "abc", True, False)
    # Qt's own options are left for QApplication instead of failing.
    assert app.parse_args(["-style", "fusion", "--smoke"]).smoke


def test_unreadable_database_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Any, qapp: Any
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "qcdc.sqlite3").write_bytes(b"this is not a database" * 100)
    assert app.main(["--data-dir", str(data), "--no-crash-dialog"]) == 1
    (message,) = dialogs.texts("error")
    assert message.startswith("Không mở được dữ liệu của chương trình.")
    assert (data / "qcdc.sqlite3").read_bytes().startswith(b"this is not")


def test_editors_left_open_by_a_killed_run_are_reopened(tmp_path: Path) -> None:
    """A run killed with an editor open leaves its id in the settings; the next run reopens it."""
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.ui.context import AppContext
    from qcdc_desktop.ui.open_editors import OPEN_EDITORS_KEY

    data = tmp_path / "data"
    # Runs the real main(); once the window has reopened what it found, report and close.
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from qcdc_desktop.ui import app, start_window\n"
        "original = start_window.StartWindow.reopen_unfinished\n"
        "def reopen(self):\n"
        "    reopened = original(self)\n"
        "    print('open:', ','.join(sorted(self.editors)), flush=True)\n"
        "    QTimer.singleShot(200, self.close)\n"
        "    return reopened\n"
        "start_window.StartWindow.reopen_unfinished = reopen\n"
        f"sys.exit(app.main(['--data-dir', {str(data)!r}, '--no-crash-dialog']))\n"
    )
    import json

    from qcdc_desktop.ui.app import create_application

    create_application(["test"])
    context = AppContext(data)
    draft = sample_draft("bc-6thang")
    storage.save_draft(context.db, draft, reason="save")
    context.settings.setValue(OPEN_EDITORS_KEY, json.dumps([draft.id]))
    context.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QCDC_NO_CRASH_DIALOG="1")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    assert f"open: {draft.id}" in result.stdout
    # That run closed cleanly, so the next one starts with nothing to reopen.
    context = AppContext(data)
    try:
        assert json.loads(str(context.settings.value(OPEN_EDITORS_KEY))) == []
    finally:
        context.close()


def test_the_application_font_has_every_vietnamese_letter(qapp: Any) -> None:
    from PySide6.QtGui import QFontMetrics

    app.ensure_vietnamese_font(qapp)
    metrics = QFontMetrics(qapp.font())
    missing = [ch for ch in app.VIETNAMESE_SAMPLE if not metrics.inFontUcs4(ord(ch))]
    assert missing == [], "install a font with Vietnamese letters (fonts-dejavu-core)"
