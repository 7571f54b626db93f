"""Read-only databases. Root ignores chmod, so read-only is made with bind mounts, which
refuse writes with EROFS for every user, root included."""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_support import read_only_bind

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import draft_to_json
from qcdc_desktop.storage import DatabaseReadOnlyError, load_draft, open_database, save_draft


def _database_with_a_draft(path: Path, backups: Path) -> str:
    draft = sample_draft("bc-6thang")
    with open_database(path, backups=backups) as db:
        save_draft(db, draft, reason="save")
    return draft_to_json(draft)


def test_read_only_database_file(tmp_path: Path) -> None:
    """Fault: the database file itself is read-only (copied from a CD, or locked down
    by IT) while its folder is writable. Opening it reports DatabaseReadOnlyError in
    Vietnamese, and the file is not changed."""
    db_path = tmp_path / "data" / "qcdc.sqlite3"
    stored = _database_with_a_draft(db_path, tmp_path / "backups")
    original = db_path.read_bytes()
    with read_only_bind(db_path, db_path), pytest.raises(DatabaseReadOnlyError) as caught:
        open_database(db_path, backups=tmp_path / "backups")
    assert "chỉ cho phép đọc" in str(caught.value)
    assert db_path.read_bytes() == original
    with open_database(db_path, backups=tmp_path / "backups") as db:
        assert draft_to_json(load_draft(db, sample_draft("bc-6thang").id)) == stored


def test_read_only_data_folder(tmp_path: Path) -> None:
    """Fault: the whole data folder is read-only (a write-protected USB stick with a
    portable install). Opening the database should say it is read-only."""
    source = tmp_path / "data"
    db_path = source / "qcdc.sqlite3"
    _database_with_a_draft(db_path, tmp_path / "backups")
    original = db_path.read_bytes()
    with read_only_bind(source, tmp_path / "stick") as stick:
        try:
            with pytest.raises(DatabaseReadOnlyError) as caught:
                open_database(stick / "qcdc.sqlite3", backups=tmp_path / "backups")
            assert "chỉ cho phép đọc" in str(caught.value)
        finally:
            assert db_path.read_bytes() == original
