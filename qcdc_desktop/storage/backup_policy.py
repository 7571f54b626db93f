"""When backups are made and which are kept.

- the first start of a day (local date), every ~30 minutes while drafts change, and on
  close when something changed since the last backup;
- kept: the newest 3, the newest of each of the last 7 days that have one, the newest
  of each of the 4 weeks before those, and the newest backup taken before a migration;
- never below a free-space floor: the backup is skipped with a warning instead;
- a new backup is verified before any older one is deleted (see backups.backup_database).
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from qcdc_desktop.storage.backups import (
    BackupError,
    BackupInfo,
    backup_database,
    backup_folder,
    backup_infos,
    size_text,
)
from qcdc_desktop.storage.database import Database
from qcdc_desktop.storage.errors import StorageError

log = logging.getLogger(__name__)

EDITING_INTERVAL = timedelta(minutes=30)
KEEP_NEWEST = 3
KEEP_DAYS = 7
KEEP_WEEKS = 4
# Room left on the disk after a backup: the database itself must still be able to grow.
MIN_FREE_BYTES = 200 * 1024 * 1024

KINDS = ("daily", "editing", "close", "manual", "restore")


@dataclass
class BackupOutcome:
    path: Path | None = None  # the new backup (None when skipped or failed)
    warning: str = ""  # a Vietnamese sentence to show when it was skipped or failed
    removed: list[Path] = field(default_factory=list)  # older backups rotated away
    seconds: float = 0.0


def last_change(db: Database) -> str:
    """The newest save, trash or profile change (UTC ISO text, "" for none)."""
    value = db.scalar(
        "SELECT max(t) FROM ("
        " SELECT max(updated) AS t FROM drafts"
        " UNION ALL SELECT max(deleted_at) FROM drafts"
        " UNION ALL SELECT max(updated) FROM profiles)"
    )
    return str(value or "")


def _changed_since(db: Database, newest: BackupInfo | None) -> bool:
    if newest is None:
        return bool(db.scalar("SELECT count(*) FROM drafts"))
    change = last_change(db)
    return bool(change) and change > newest.snapshot_time().isoformat(timespec="microseconds")


def backup_due(db: Database, data_dir: Path, kind: str, now: datetime | None = None) -> bool:
    """Whether a backup of `kind` should be made now."""
    moment = now or datetime.now(UTC)
    infos = backup_infos(data_dir, count=False)
    newest = next((i for i in infos if i.kind), None)  # migration copies do not count
    if kind == "daily":
        if not db.scalar("SELECT count(*) FROM drafts"):
            return False  # nothing written yet
        today = moment.astimezone().date()
        return newest is None or newest.created.astimezone().date() != today
    if kind == "editing":
        if newest is not None and moment - newest.snapshot_time() < EDITING_INTERVAL:
            return False
        return _changed_since(db, newest)
    if kind == "close":
        return _changed_since(db, newest)
    return True


def kept_backups(infos: list[BackupInfo]) -> set[Path]:
    """The backups rotation keeps (infos newest first): the newest few, one per day for
    the last days that have one, then one per week for the weeks before those."""
    keep: set[Path] = {i.path for i in infos[:KEEP_NEWEST]}
    days: list[object] = []
    weeks: list[object] = []
    for info in infos:
        local = info.created.astimezone()
        day = local.date()
        if day in days:
            continue
        if len(days) < KEEP_DAYS:
            days.append(day)
            keep.add(info.path)
            continue
        week = local.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKS:
            weeks.append(week)
            keep.add(info.path)
    migration = next((i for i in infos if not i.kind), None)
    if migration is not None:
        keep.add(migration.path)
    return keep


def rotate(data_dir: Path) -> list[Path]:
    """Delete the backups rotation does not keep; returns them."""
    infos = backup_infos(data_dir, count=False)
    keep = kept_backups(infos)
    removed = []
    for info in infos:
        if info.path not in keep:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError:
                log.warning("could not remove old backup %s", info.path)
    return removed


def free_space_warning(folder: Path, database_size: int, floor: int) -> str:
    """A sentence when a backup would leave less than `floor` bytes free, else ""."""
    probe = folder if folder.exists() else folder.parent
    free = shutil.disk_usage(probe).free
    if free - database_size < floor:
        return (
            f"Chưa sao lưu vì ổ đĩa chỉ còn {size_text(free)} trống "
            f"(cơ sở dữ liệu {size_text(database_size)}). "
            "Hãy giải phóng dung lượng; dữ liệu hiện tại vẫn an toàn."
        )
    return ""


def make_backup(
    db: Database, data_dir: Path, kind: str, *, min_free_bytes: int = MIN_FREE_BYTES
) -> BackupOutcome:
    """Back up now (if the disk has room), verify, then rotate. Never raises."""
    import time

    started = time.perf_counter()
    folder = backup_folder(data_dir)
    outcome = BackupOutcome()
    try:
        size = db.path.stat().st_size
        wal = db.path.with_name(db.path.name + "-wal")
        size += wal.stat().st_size if wal.exists() else 0
        outcome.warning = free_space_warning(folder, size, min_free_bytes)
        if outcome.warning:
            log.warning("backup skipped: %s", outcome.warning)
            return outcome
        outcome.path = backup_database(db.conn, folder, db.schema_version, kind=kind)
        outcome.removed = rotate(data_dir)
    except BackupError as exc:
        outcome.warning = str(exc)
    except (StorageError, OSError) as exc:
        log.warning("backup failed: %r", exc)
        outcome.path = None
        outcome.warning = (
            "Không tạo được bản sao lưu (" + str(exc) + "); các bản sao lưu cũ vẫn được giữ."
        )
    except Exception as exc:  # a backup must never take the program down with it
        log.exception("backup failed")
        outcome.warning = f"Không tạo được bản sao lưu: {exc}"
    finally:
        outcome.seconds = time.perf_counter() - started
    return outcome


def backup_if_due(
    db: Database, data_dir: Path, kind: str, *, min_free_bytes: int = MIN_FREE_BYTES
) -> BackupOutcome | None:
    """A backup of `kind` when one is due, else None."""
    try:
        due = backup_due(db, data_dir, kind)
    except (StorageError, OSError):
        return None
    return make_backup(db, data_dir, kind, min_free_bytes=min_free_bytes) if due else None
