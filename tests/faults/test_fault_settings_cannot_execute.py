"""Fault: settings that could run code, and data files anyone could read.

PySide6's QSettings unpickles `@Variant(...)` values from `qcdc-desktop.ini`: anyone who
could write the data folder (a shared USB stick) ran code at the next start. The
database, backups and logs were created world-readable (0644/0755).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import base64
import json
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from qcdc_desktop import paths
from qcdc_desktop.ui.context import SETTINGS_FILE, AppContext
from qcdc_desktop.ui.start_window import GEOMETRY_KEY, StartWindow

# Writes qcdc-desktop.ini the way an attacker would: through QSettings itself, whose
# INI format stores a Python object as a pickle inside @Variant(...). Unpickling the
# value calls Path.write_text(marker): proof that code ran.
_PLANT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QSettings
    app = QCoreApplication([])
    ini, marker = Path(sys.argv[1]), Path(sys.argv[2])
    class Payload:
        def __reduce__(self):
            return (Path.write_text, (marker, "ran"))
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    for key in ("start_window/geometry", "editor/geometry", "session/open_editors"):
        settings.setValue(key, Payload())
    settings.sync()
    """
)
_READ_WITH_QSETTINGS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QSettings
    app = QCoreApplication([])
    QSettings(sys.argv[1], QSettings.Format.IniFormat).value("start_window/geometry")
    """
)


def _hostile_ini(data: Path, marker: Path) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    ini = data / SETTINGS_FILE
    subprocess.run(
        [sys.executable, "-c", _PLANT, str(ini), str(marker)],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert "@Variant(" in ini.read_text(encoding="latin-1")
    return ini


def test_a_planted_ini_never_runs_code(tmp_path: Path, qapp: Any, qtbot: Any) -> None:
    """Fault: an @Variant pickle planted in qcdc-desktop.ini ran at start-up."""
    data = tmp_path / "data"
    control = tmp_path / "control.txt"
    # The payload is live: reading it with QSettings, as the program used to, runs it.
    ini = _hostile_ini(data, control)
    subprocess.run(
        [sys.executable, "-c", _READ_WITH_QSETTINGS, str(ini)],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert control.exists()
    marker = tmp_path / "pwned.txt"
    _hostile_ini(data, marker)
    context = AppContext(data)
    try:
        window = StartWindow(context)
        qtbot.addWidget(window)
        window.show()
        window.resize(640, 420)
        window.close()
        assert not marker.exists(), "a pickled value from the INI file was executed"
        row = context.db.scalar(
            "SELECT value FROM settings WHERE key = ?", (f"_ui/{GEOMETRY_KEY}",)
        )
        stored = json.loads(row)
        assert set(stored) == {"base64"}  # plain JSON: geometry as base64 text
        assert base64.b64decode(stored["base64"])
        again = StartWindow(context)
        qtbot.addWidget(again)
        assert (again.width(), again.height()) == (640, 420)
    finally:
        context.close()
    assert not marker.exists()


def test_settings_written_only_when_they_change(tmp_path: Path, qapp: Any) -> None:
    """Fault: every editor open/close rewrote (and fsynced) the settings file."""
    context = AppContext(tmp_path / "data")
    try:
        context.settings.setValue("editor/geometry", b"\x01\x02")
        before = context.db.total_changes
        for _ in range(5):
            context.settings.setValue("editor/geometry", b"\x01\x02")
        assert context.db.total_changes == before
        context.settings.setValue("editor/geometry", b"\x01\x03")
        assert context.db.total_changes == before + 1
    finally:
        context.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_files_an_earlier_version_left_readable_are_made_private(tmp_path: Path, qapp: Any) -> None:
    """Fault: a data folder from before, with a 0644 database and 0755 backups/logs."""
    data = tmp_path / "data"
    AppContext(data).close()
    db_path = paths.database_path(data)
    db_path.chmod(0o644)
    for folder in (data / "backups", data / "logs"):
        folder.mkdir(exist_ok=True)
        folder.chmod(0o755)
    AppContext(data).close()
    paths.logs_dir(data)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE((data / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "logs").stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_data_files_are_private(tmp_path: Path, qapp: Any) -> None:
    """Fault: database, backups and logs were world-readable."""
    from qcdc_desktop import storage
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.storage.backup_policy import make_backup

    data = paths.data_dir(tmp_path / "data")
    context = AppContext(data)
    try:
        storage.save_draft(context.db, sample_draft("bc-6thang"), reason="save")
        outcome = make_backup(context.db, data, "manual", min_free_bytes=0)
        assert outcome.path is not None
        wal = paths.database_path(data).with_name("qcdc.sqlite3-wal")
        files = [paths.database_path(data), outcome.path, wal]
        folders = [data, data / "backups", paths.logs_dir(data)]
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        for path in folders:
            assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    finally:
        context.close()
