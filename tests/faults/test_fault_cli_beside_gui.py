"""Fault: while the desktop program has an editor open, a `qcdc` command in another
process opens the same database.

The program used to read the file header with Python's open()/close() on the second
connection of the process; closing that descriptor dropped every POSIX lock the
process held on the file, so the CLI believed it was the last connection and deleted
the live -wal. From then on every autosave went to a deleted file: invisible to other
processes and lost on a kill, while the editor said "Đã lưu".
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from qcdc_desktop import paths
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.storage import load_draft, open_database, save_draft
from tests.faults.fault_support import REPO, cli_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX advisory locks")


def _qcdc(data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qcdc_desktop.cli.main", "--data-dir", str(data), *argv],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        check=False,
    )


def test_every_save_beside_cli_commands_is_visible_and_survives_kill(tmp_path: Path) -> None:
    """Fault: a CLI command beside the GUI's writer made SQLite delete the GUI's -wal;
    later saves were invisible to other processes and lost at kill -9."""
    data = tmp_path / "data"
    db_path = paths.database_path(data)
    draft = sample_draft("bc-6thang")
    draft.id = "dang-soan"
    with open_database(db_path) as db:
        save_draft(db, draft)
    writer = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "tests" / "faults" / "gui_like_writer.py"),
            str(db_path),
            draft.id,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    assert writer.stdin is not None and writer.stdout is not None
    try:
        assert writer.stdout.readline().strip() == "ready"
        saved = 0
        for round_ in range(6):
            for _ in range(3):
                writer.stdin.write("save\n")
                writer.stdin.flush()
                saved += 1
                assert writer.stdout.readline().strip() == f"saved {saved}"
            # A command in another process, as the lead's kill storm did.
            listed = _qcdc(data, "list")
            assert listed.returncode == 0, listed.stderr
            assert draft.id in listed.stdout
            assert (db_path.with_name(db_path.name + "-wal")).exists(), "the live -wal was deleted"
            shown = _qcdc(data, "show", draft.id, "--text")
            assert shown.returncode == 0, shown.stderr
            assert f"Lần lưu số {saved}" in shown.stdout, f"save {saved} invisible (round {round_})"
        writer.stdin.write("save\n")
        writer.stdin.flush()
        saved += 1
        assert writer.stdout.readline().strip() == f"saved {saved}"
        # The CLI saw the live -wal as in use, not as one left over to set aside.
        assert not (data / "backups").exists() or not list((data / "backups").iterdir())
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    with open_database(db_path) as db:
        texts = [b.text for b in load_draft(db, draft.id).sections[0].blocks]
    missing = [n for n in range(1, saved + 1) if f"Lần lưu số {n}" not in texts]
    assert not missing, f"saves lost after kill -9: {missing}"
    # Only the open after the kill found a -wal left over; the CLI commands saw it live.
    backups = data / "backups"
    assert len([p for p in backups.iterdir() if p.name.startswith("set-aside-")]) == 1
