"""Copies of the database taken before migrations, and restoring from them."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from qcdc_desktop import paths
from qcdc_desktop.storage.errors import storage_errors
from qcdc_desktop.storage.timestamps import compact_utc_now

BACKUP_PREFIX = "qcdc-"
BACKUP_SUFFIX = ".sqlite3"


def backup_database(conn: sqlite3.Connection, folder: Path, version: int) -> Path:
    """Copy the open database into `folder` as qcdc-<timestamp>-v<version>.sqlite3.

    Uses SQLite's backup API rather than a file copy, so pages still in the WAL file
    are included. The copy is written under a temporary name and renamed, so a
    half-written backup never looks like a good one.
    """
    with storage_errors(folder):
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"{BACKUP_PREFIX}{compact_utc_now()}-v{version}"
        target = folder / f"{stem}{BACKUP_SUFFIX}"
        counter = 1
        while target.exists():
            counter += 1
            target = folder / f"{stem}-{counter}{BACKUP_SUFFIX}"
        partial = target.with_name(target.name + ".part")
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    return target


def list_backups(data_dir: Path) -> list[Path]:
    """Backups in the data folder, newest first."""
    folder = Path(data_dir) / "backups"
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if p.is_file() and p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)
    ]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def newest_backup(data_dir: Path) -> Path | None:
    """The backup to offer when the database turns out to be damaged."""
    found = list_backups(data_dir)
    return found[0] if found else None


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Put `backup` in place of `database`. The replaced file is kept beside it, renamed.

    Returns where the replaced file was moved (None if there was none).
    """
    with storage_errors(database):
        kept: Path | None = None
        if database.exists():
            kept = database.with_name(f"{database.name}.hong-{compact_utc_now()}")
            os.replace(database, kept)
            for suffix in ("-wal", "-shm"):
                side = database.with_name(database.name + suffix)
                if side.exists():
                    os.replace(side, kept.with_name(kept.name + suffix))
        source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
        partial = database.with_name(database.name + ".part")
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
        os.replace(partial, database)
    return kept


def default_backups_dir(database: Path) -> Path:
    return paths.backups_dir(database.parent)
