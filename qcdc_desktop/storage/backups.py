"""Backups of the database, made with SQLite's backup API, and restoring from them.

Backups live in the data folder's `backups/` as
`qcdc-<UTC time>-v<schema version>[-<kind>][-<n>].sqlite3`; a backup taken before a
migration has no kind. Each copy is written under a temporary name, switched out of
WAL mode (so it is one self-contained file that opens read-only anywhere), checked
with `PRAGMA integrity_check`, and only then given its name. When and how many are
kept is decided in `backup_policy`.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from qcdc_desktop import paths
from qcdc_desktop.storage.errors import StorageError, storage_errors
from qcdc_desktop.storage.timestamps import compact_utc_now

BACKUP_PREFIX = "qcdc-"
BACKUP_SUFFIX = ".sqlite3"
_NAME = re.compile(
    r"qcdc-(?P<time>\d{8}T\d{6}Z)-v(?P<version>\d+)(?:-(?P<kind>[a-z]+))?(?:-\d+)?\.sqlite3"
)

# What each kind is called in the backup window and `qcdc backup --list`.
KIND_LABELS = {
    "": "Trước khi nâng cấp dữ liệu",
    "daily": "Đầu ngày",
    "editing": "Trong khi soạn",
    "close": "Khi đóng chương trình",
    "manual": "Sao lưu thủ công",
    "restore": "Trước khi khôi phục",
}

log = logging.getLogger(__name__)


class BackupError(StorageError):
    default_message = "Không tạo được bản sao lưu; các bản sao lưu cũ vẫn được giữ nguyên."


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC
    size: int
    kind: str
    drafts: int | None  # None when the copy cannot be read

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def local_time_text(self) -> str:
        return self.created.astimezone().strftime("%d/%m/%Y %H:%M:%S")

    def size_text(self) -> str:
        return size_text(self.size)

    def snapshot_time(self) -> datetime:
        """When the copied state was read (the file's time; see backup_database)."""
        try:
            return datetime.fromtimestamp(self.path.stat().st_mtime, UTC)
        except OSError:
            return self.created


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(size, 0) / 1024:.0f} KB"


def _verify(conn: sqlite3.Connection) -> bool:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    return rows == [("ok",)]


def backup_database(
    conn: sqlite3.Connection, folder: Path, version: int, *, kind: str = ""
) -> Path:
    """Copy the open database into `folder`; returns the verified copy's path.

    The backup API (not a file copy) includes pages still in the WAL file and reads
    one consistent snapshot while other connections keep writing. A copy that fails
    its integrity check is removed and BackupError raised; nothing older is touched.
    """
    with storage_errors(folder):
        paths.make_private_dir(folder)
        stem = f"{BACKUP_PREFIX}{compact_utc_now()}-v{version}" + (f"-{kind}" if kind else "")
        target = folder / f"{stem}{BACKUP_SUFFIX}"
        counter = 1
        while target.exists():
            counter += 1
            target = folder / f"{stem}-{counter}{BACKUP_SUFFIX}"
        partial = target.with_name(target.name + ".part")
        dest = sqlite3.connect(str(partial), isolation_level=None)
        snapshot_at = time.time()
        try:
            conn.backup(dest)
            # One self-contained file: a read-only open needs no -wal/-shm beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
            good = _verify(dest)
        except BaseException:
            dest.close()
            _remove_partial(partial)  # a half-written copy (disk full) is no backup
            raise
        dest.close()
        if not good:
            _remove_partial(partial)
            log.warning("backup %s failed its integrity check; removed", partial)
            raise BackupError(
                "Bản sao lưu vừa tạo không qua được bước kiểm tra nên đã bị bỏ; "
                "các bản sao lưu cũ vẫn được giữ nguyên."
            )
        paths.make_private_file(partial)
        # The file's time is when the snapshot began, to the microsecond: a save made
        # while the copy was written is then seen as newer than the backup.
        os.utime(partial, (snapshot_at, snapshot_at))
        os.replace(partial, target)
    log.info(
        "backup %s (%s, %.0f ms)",
        target,
        size_text(target.stat().st_size),
        (time.time() - snapshot_at) * 1000,
    )
    return target


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, partial.with_name(partial.name + "-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def count_drafts(path: Path) -> int | None:
    """Drafts (not in the trash) in a backup; None when it cannot be read."""
    try:
        conn = _open_read_only(path)
        try:
            row = conn.execute("SELECT count(*) FROM drafts WHERE deleted_at IS NULL").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return int(row[0])


def verify_backup(path: Path) -> bool:
    """True when the backup passes SQLite's integrity check."""
    try:
        conn = _open_read_only(path)
        try:
            return _verify(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _created(path: Path) -> datetime:
    match = _NAME.fullmatch(path.name)
    if match:
        return datetime.strptime(match["time"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _kind(path: Path) -> str:
    match = _NAME.fullmatch(path.name)
    return (match["kind"] or "") if match else ""


def backup_folder(data_dir: Path) -> Path:
    return Path(data_dir) / paths.BACKUPS_FOLDER


def list_backups(data_dir: Path) -> list[Path]:
    """Backups in the data folder, newest first."""
    folder = backup_folder(data_dir)
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if p.is_file() and p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)
    ]
    return sorted(found, key=lambda p: (_created(p), p.stat().st_mtime, p.name), reverse=True)


def backup_infos(data_dir: Path, *, count: bool = True) -> list[BackupInfo]:
    """Backups with their time, size and number of drafts, newest first."""
    infos = []
    for path in list_backups(data_dir):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        drafts = count_drafts(path) if count else None
        infos.append(BackupInfo(path, _created(path), size, _kind(path), drafts))
    return infos


def newest_backup(data_dir: Path) -> Path | None:
    """The backup to offer when the database turns out to be damaged."""
    found = list_backups(data_dir)
    return found[0] if found else None


def find_backup(data_dir: Path, which: str) -> Path:
    """A backup named on the command line: 1 = newest, a file name, or a path."""
    found = list_backups(data_dir)
    if which.isdigit():
        index = int(which)
        if 1 <= index <= len(found):
            return found[index - 1]
        raise BackupError(f"Không có bản sao lưu số {which}; hiện có {len(found)} bản.")
    candidate = Path(which)
    if not candidate.is_file():
        candidate = backup_folder(data_dir) / which
    if candidate.is_file():
        return candidate
    raise BackupError(f"Không tìm thấy bản sao lưu “{which}”.")


def restore_backup(backup: Path, database: Path, *, label: str = "hong") -> Path | None:
    """Put `backup` in place of `database`. The replaced file is kept beside it, renamed
    `<name>.<label>-<time>` with its -wal/-shm: a restore never overwrites anything.

    Refused while this process or another one has the database open (its connections
    would go on writing to the file set aside). Returns where the replaced file went.
    """
    from qcdc_desktop.storage.database import connections_open
    from qcdc_desktop.storage.wal_guard import in_use_elsewhere

    backup, database = Path(backup), Path(database)
    if connections_open(database) or (database.exists() and in_use_elsewhere(database)):
        raise BackupError(
            "Cơ sở dữ liệu đang được một cửa sổ hoặc một lệnh khác mở; "
            "hãy đóng chúng rồi khôi phục lại. Chưa có gì bị thay đổi."
        )
    if not verify_backup(backup):
        raise BackupError(
            f"Bản sao lưu “{backup.name}” bị hỏng nên không khôi phục; "
            "hãy chọn một bản khác. Chưa có gì bị thay đổi."
        )
    with storage_errors(database):
        partial = database.with_name(database.name + ".part")
        source = _open_read_only(backup)
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
        paths.make_private_file(partial)
        kept: Path | None = None
        if database.exists():
            kept = database.with_name(f"{database.name}.{label}-{compact_utc_now()}")
            counter = 1
            while kept.exists():
                counter += 1
                kept = database.with_name(f"{database.name}.{label}-{compact_utc_now()}-{counter}")
            os.replace(database, kept)
            for suffix in ("-wal", "-shm"):
                side = database.with_name(database.name + suffix)
                if side.exists():
                    os.replace(side, kept.with_name(kept.name + suffix))
        os.replace(partial, database)
    return kept


def backups_sentence(data_dir: Path) -> str:
    """What to say about backups in the damaged-database message: exactly what exists."""
    try:
        found = backup_infos(data_dir, count=False)
    except OSError:
        found = []
    if not found:
        return "Chưa có bản sao lưu nào trong thư mục dữ liệu."
    newest = found[0]
    return (
        f"Có {len(found)} bản sao lưu, bản mới nhất lúc {newest.local_time_text()}; "
        "khôi phục bằng nút “Sao lưu” ở cửa sổ chính hoặc lệnh: qcdc restore 1."
    )
