from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from qcdc_desktop import paths
from qcdc_desktop.cli.main import main as qcdc
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import Block, draft_to_json
from qcdc_desktop.storage import (
    CorruptDatabaseError,
    load_draft,
    newest_backup,
    open_database,
    restore_backup,
    save_draft,
)
from qcdc_desktop.storage.backups import backup_database


def _folder_state(folder: Path) -> dict[str, str]:
    """Every file of the data folder with its hash; the log is left out: the failure is
    recorded there on purpose."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.relative_to(folder).parts[0] != "logs"
    }


def _data_folder_with_backup(data: Path) -> tuple[Path, str]:
    """A data folder whose database holds 40 drafts, backed up once."""
    db_path = paths.database_path(data)
    draft = sample_draft("bc-6thang")
    with open_database(db_path) as db:
        for i in range(40):
            draft.id = f"draft-{i}"
            draft.sections[0].blocks = [Block(text=f"Bản thảo {i}: " + "nội dung " * 300)]
            save_draft(db, draft)
        backup_database(db.conn, paths.backups_dir(data), db.schema_version)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stored = draft_to_json(load_draft(db, "draft-7"))
    return db_path, stored


def _truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def _scribble_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 8192):
        data[offset + 8 : offset + 400] = b"\xa5" * 392
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_truncate_half, _zero_header, _scribble_pages])
def test_corrupt_database_is_reported_kept_and_restorable(
    tmp_path: Path, damage: object, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fault: the database file is damaged (a copy cut short on a USB stick, a header
    overwritten, pages scribbled over by a failing disk). Opening raises
    CorruptDatabaseError in Vietnamese, the newest backup is offered, nothing in the
    data folder is deleted or changed, and restoring the backup brings the drafts back."""
    data = tmp_path / "data"
    db_path, stored = _data_folder_with_backup(data)
    damage(db_path)  # type: ignore[operator]
    before = _folder_state(data)

    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(db_path)
    assert "bị hỏng" in str(caught.value) and "không bị xóa" in str(caught.value)
    backup = newest_backup(data)
    assert backup is not None and backup.parent == data / "backups"
    assert _folder_state(data) == before

    # The command line says the same in one line, and also leaves the folder alone.
    assert qcdc(["--data-dir", str(data), "list"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "bị hỏng" in err and "Traceback" not in err
    assert _folder_state(data) == before

    kept = restore_backup(backup, db_path)
    assert kept is not None and kept.exists()
    with open_database(db_path) as db:
        assert draft_to_json(load_draft(db, "draft-7")) == stored
