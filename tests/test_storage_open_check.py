"""open_database's whole-file check can be skipped for further connections to a file
already checked, and damage is then still reported when the damaged rows are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from storage_fixtures import make_draft

from qcdc_desktop import paths
from qcdc_desktop.model import Block
from qcdc_desktop.storage import (
    CorruptDatabaseError,
    StorageError,
    list_drafts,
    load_draft,
    open_database,
    save_draft,
)
from qcdc_desktop.storage.database import PAGE_SIZE


def _database_with_damaged_tail(tmp_path: Path) -> Path:
    """A database whose last pages (the overflow pages of the newest drafts) are garbage,
    while the schema page and the first tables' pages are intact."""
    db_path = paths.database_path(tmp_path)
    with open_database(db_path) as db:
        for i in range(20):
            draft = make_draft(f"Báo cáo số {i}")
            draft.sections[0].blocks = [Block(text=f"đoạn {i} " * 4000)]
            save_draft(db, draft)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    assert len(data) > 12 * PAGE_SIZE
    for offset in range(len(data) - 4 * PAGE_SIZE, len(data), PAGE_SIZE):
        data[offset : offset + PAGE_SIZE] = b"\xa5" * PAGE_SIZE
    db_path.write_bytes(bytes(data))
    return db_path


def test_damage_is_found_by_the_default_check(tmp_path: Path) -> None:
    db_path = _database_with_damaged_tail(tmp_path)
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path)


def test_unchecked_open_skips_the_scan_but_damaged_reads_still_fail(tmp_path: Path) -> None:
    db_path = _database_with_damaged_tail(tmp_path)
    db = open_database(db_path, check_integrity=False)
    try:
        with pytest.raises(StorageError):
            for summary in list_drafts(db):
                load_draft(db, summary.id)
    finally:
        db.close()
