from __future__ import annotations

import errno
import os
import random
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from storage_fixtures import make_draft

from qcdc_desktop import paths
from qcdc_desktop.model import Block
from qcdc_desktop.storage import (
    SCHEMA_VERSION,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    StorageError,
    autosave_draft,
    load_draft,
    newest_backup,
    open_database,
    restore_backup,
    save_draft,
)
from qcdc_desktop.storage.errors import translate


@contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """Make `path` really unwritable: chmod for a normal user; as root (who ignores
    permission bits) the immutable attribute, or skip when the filesystem refuses it."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"running as root and chattr +i is not available here: {done.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_random_bytes_are_reported_as_corrupt_and_kept(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    junk = random.Random(7).randbytes(64 * 1024)
    db_path.write_bytes(junk)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(db_path)
    assert "bị hỏng" in str(caught.value)
    assert caught.value.path == db_path
    assert db_path.read_bytes() == junk


def test_another_programs_database_is_not_touched(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE drafts (something TEXT)")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_damaged_pages_are_reported_as_corrupt(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    with open_database(db_path) as db:
        for i in range(30):
            draft = make_draft(f"Báo cáo số {i}")
            draft.sections[0].blocks = [Block(text="x" * 3000)]
            save_draft(db, draft)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):
        data[offset : offset + 200] = b"\xff" * 200
    db_path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path)
    assert db_path.exists()


def test_newest_backup_restores_after_corruption(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    assert newest_backup(tmp_path) is None
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE drafts (id TEXT PRIMARY KEY, json TEXT NOT NULL, updated TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    open_database(db_path).close()  # migrates, so a backup exists
    backup = newest_backup(tmp_path)
    assert backup is not None and backup.name.endswith("-v1.sqlite3")

    db_path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path)
    kept = restore_backup(backup, db_path)
    assert kept is not None and kept.read_bytes().startswith(b"not a database")
    with open_database(db_path) as db:
        assert db.schema_version == SCHEMA_VERSION


def test_read_only_file_is_refused(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    with open_database(db_path) as db:
        save_draft(db, make_draft())
    with read_only_file(db_path), pytest.raises(DatabaseReadOnlyError) as caught:
        open_database(db_path)
    assert "chỉ cho phép đọc" in str(caught.value)


def test_locked_database_on_save(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    db = open_database(db_path, busy_timeout_ms=100)
    draft = make_draft()
    save_draft(db, draft)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        # An autosave with nothing new only reads, so it does not wait for the lock.
        assert not autosave_draft(db, draft)
        draft.summary = "Sửa khi tệp đang bị khóa"
        with pytest.raises(DatabaseLockedError) as caught:
            save_draft(db, draft)
        assert "khóa" in str(caught.value)
        with pytest.raises(DatabaseLockedError):
            open_database(db_path, busy_timeout_ms=100)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert save_draft(db, draft)  # works again once the lock is gone
    db.close()


def test_full_disk_keeps_the_previous_version(tmp_path: Path) -> None:
    db = open_database(paths.database_path(tmp_path))
    draft = make_draft()
    save_draft(db, draft)
    # Cap the file at its current size: SQLite then fails exactly as on a full disk.
    pages = db.scalar("PRAGMA page_count")
    db.execute(f"PRAGMA max_page_count = {pages}")
    draft.sections[0].blocks.append(Block(text="dữ liệu lớn " * 50_000))
    with pytest.raises(DiskFullError) as caught:
        save_draft(db, draft)
    assert "đầy" in str(caught.value)
    assert not db.conn.in_transaction
    assert len(load_draft(db, draft.id).sections[0].blocks) == 1
    db.close()


def test_os_errors_are_translated() -> None:
    assert isinstance(translate(OSError(errno.ENOSPC, "No space left")), DiskFullError)
    assert isinstance(translate(OSError(errno.EROFS, "Read-only fs")), DatabaseReadOnlyError)
    assert translate(ValueError("x")) is None


def test_storage_errors_show_vietnamese_text() -> None:
    for cls in (StorageError, DiskFullError, DatabaseLockedError, DatabaseReadOnlyError):
        text = str(cls())
        assert text == text.strip() and any(ch in text for ch in "ăâđêôơư")
