from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_support import cli_env

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import Block
from qcdc_desktop.storage import DatabaseLockedError, load_draft, open_database, save_draft

# Another process takes the exclusive lock, says so, and keeps it until told to stop.
HOLDER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""

BUSY_MS = 400


def test_database_locked_by_another_process(tmp_path: Path) -> None:
    """Fault: another process (a second copy of the program, a backup tool) holds an
    exclusive lock on the database. Saving and opening wait for the busy timeout, then
    raise DatabaseLockedError in Vietnamese; once the lock goes, the save succeeds."""
    db_path = tmp_path / "qcdc.sqlite3"
    db = open_database(db_path, backups=tmp_path / "backups", busy_timeout_ms=BUSY_MS)
    draft = sample_draft("bc-6thang")
    save_draft(db, draft)

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        draft.sections[0].blocks.append(Block(text="Sửa trong lúc tệp bị khóa."))
        started = time.monotonic()
        with pytest.raises(DatabaseLockedError) as caught:
            save_draft(db, draft, reason="save")
        waited = time.monotonic() - started
        assert "khóa" in str(caught.value)
        assert waited >= BUSY_MS / 1000 * 0.9  # it did wait for the other process first
        assert not db.conn.in_transaction

        with pytest.raises(DatabaseLockedError):
            open_database(db_path, backups=tmp_path / "backups", busy_timeout_ms=BUSY_MS)
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0

    assert save_draft(db, draft, reason="save")
    assert load_draft(db, draft.id).sections[0].blocks[-1].text == "Sửa trong lúc tệp bị khóa."
    db.close()
