"""A -wal or -journal left beside the database: copied aside before SQLite opens the file.

A clean exit leaves neither (the last connection checkpoints and SQLite removes the
-wal). One left behind comes from a crash or a kill, or was copied in from elsewhere
(a USB stick holding another office's files). SQLite would replay any -wal whose
checksums are valid, even one written for another database, and that replaced 40
drafts with another file's 5. So, before the first connection of this process:

1. the database and its side files are copied into `backups/set-aside-<time>/`;
2. the -wal is replayed on a scratch copy and judged: it belongs to this database when
   the result is intact, is a QCDC database, and carries the same database id (a
   random id kept in the settings table) as the main file;
3. a -wal that does not belong is moved into the set-aside folder, so SQLite opens the
   main file as it was; one that belongs is left for SQLite to recover normally.

Nothing is ever deleted; the set-aside folder keeps the evidence.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from qcdc_desktop import paths
from qcdc_desktop.storage.timestamps import compact_utc_now

if TYPE_CHECKING:
    from qcdc_desktop.storage.database import Database

log = logging.getLogger(__name__)

DATABASE_ID_KEY = "_database_id"  # "_" keys are the program's own, see settings_repo
SET_ASIDE_PREFIX = "set-aside-"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# Each set-aside folder holds a whole copy of the database: keep the newest few.
KEEP_SET_ASIDE = 5


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def leftovers(path: Path) -> list[Path]:
    """The -wal and -journal files beside `path` that hold something."""
    found = []
    for suffix in ("-wal", "-journal"):
        side = side_file(path, suffix)
        try:
            if side.stat().st_size > 0:
                found.append(side)
        except OSError:
            continue
    return found


# SQLite's "dead man switch" byte in the -shm file (unix and Windows VFS alike): every
# process with a connection holds a shared lock on it.
_SHM_DMS_OFFSET = 128


def in_use_elsewhere(path: Path) -> bool:
    """True when another process has the database open (its -wal is live, not left over).

    Probes SQLite's own lock on the -shm file. Call only while this process holds no
    connection to the file: on POSIX, closing the probe's descriptor drops every lock
    the process holds on it.
    """
    shm = side_file(path, "-shm")
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False  # no -shm: nobody has the database open in WAL mode
    try:
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, _SHM_DMS_OFFSET, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            except OSError:
                return True
            os.lseek(fd, _SHM_DMS_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
            return False
        import fcntl

        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_OFFSET)
        except OSError:
            return True
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_OFFSET)
        return False
    finally:
        os.close(fd)


def _read_id(db_file: Path) -> str | None:
    """The database id stored in a (scratch) copy; None when there is none to read."""
    conn = sqlite3.connect(str(db_file), isolation_level=None)
    try:
        row = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (DATABASE_ID_KEY,)
        ).fetchone()
        return None if row is None else str(row[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _replayed_state(db_file: Path) -> tuple[bool, str | None]:
    """(is an intact QCDC database, its id) after SQLite replays the -wal beside it."""
    conn = sqlite3.connect(str(db_file), isolation_level=None)
    try:
        check = conn.execute("PRAGMA quick_check(1)").fetchone()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        row = None
        if "settings" in tables:
            row = conn.execute(
                "SELECT value FROM settings WHERE key = ?", (DATABASE_ID_KEY,)
            ).fetchone()
        ours = check is not None and check[0] == "ok" and version >= 1 and "drafts" in tables
        return ours, None if row is None else str(row[0])
    except sqlite3.Error:
        return False, None
    finally:
        conn.close()


def wal_belongs(path: Path, wal: Path, scratch: Path) -> bool:
    """Judge `wal` by replaying it on copies in `scratch`; the originals are not touched."""
    main_only = scratch / "main-only.sqlite3"
    shutil.copyfile(path, main_only)
    main_id = _read_id(main_only)
    replay = scratch / "replayed.sqlite3"
    shutil.copyfile(path, replay)
    shutil.copyfile(wal, side_file(replay, "-wal"))
    ours, replay_id = _replayed_state(replay)
    if not ours:
        return False
    # A main file that has no id yet (created and killed before its first checkpoint)
    # cannot be told apart; its -wal is trusted, as SQLite would.
    return main_id is None or replay_id == main_id


def set_aside_leftovers(path: Path, backups: Path) -> Path | None:
    """Copy the database and a left-over -wal/-journal aside; move a foreign -wal away.

    Call only while this process holds no connection to `path`. Returns the
    set-aside folder, or None when there was nothing left over.
    """
    found = leftovers(path)
    if not found or in_use_elsewhere(path):
        # A -wal another running window or command is using is not left over.
        return None
    folder: Path | None = None
    try:
        folder = _copy_aside(path, Path(backups))
    except OSError as exc:
        # A full disk must not keep the drafts from opening: SQLite's own recovery
        # still runs, and a -wal that does not belong is still moved away below.
        log.warning("could not copy %s aside before recovery: %s", path, exc)
    wal = side_file(path, "-wal")
    if wal in found:
        try:
            with tempfile.TemporaryDirectory(prefix="qcdc-wal-") as scratch:
                belongs = wal_belongs(path, wal, Path(scratch))
        except OSError as exc:
            log.warning("could not judge %s: %s", wal, exc)
            belongs = True  # cannot tell: recover as SQLite would
        if not belongs:
            # Moved, not deleted: the main file opens as it was at its last checkpoint.
            stamp = compact_utc_now()
            away = folder if folder is not None else path.parent
            suffix = ".foreign" if folder is not None else f".foreign-{stamp}"
            os.replace(wal, away / f"{wal.name}{suffix}")
            shm = side_file(path, "-shm")
            if shm.exists():
                os.replace(shm, away / f"{shm.name}{suffix}")
            log.warning("a -wal file that does not belong to %s was moved to %s", path, away)
            if folder is not None:
                (folder / "README.txt").write_text(
                    "Tệp -wal bên cạnh cơ sở dữ liệu không thuộc về cơ sở dữ liệu này "
                    "nên đã được chuyển vào đây; cơ sở dữ liệu được mở như lần lưu trước.\n",
                    encoding="utf-8",
                )
    return folder


def _copy_aside(path: Path, backups: Path) -> Path:
    """Copy the database and its side files into a new set-aside folder."""
    stamp = compact_utc_now()
    folder = backups / f"{SET_ASIDE_PREFIX}{stamp}"
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = backups / f"{SET_ASIDE_PREFIX}{stamp}-{suffix}"
    paths.make_private_dir(folder)
    try:
        for source in [path, *(side_file(path, s) for s in SIDE_SUFFIXES)]:
            if source.exists():
                shutil.copy2(source, folder / source.name)
                paths.make_private_file(folder / source.name)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)  # a half copy is no evidence
        raise
    _prune_set_aside(backups)
    return folder


def _prune_set_aside(backups: Path) -> None:
    """Drop set-aside folders beyond the newest KEEP_SET_ASIDE (names sort by time)."""
    found = sorted(
        (p for p in backups.iterdir() if p.is_dir() and p.name.startswith(SET_ASIDE_PREFIX)),
        key=lambda p: p.name,
        reverse=True,
    )
    for old in found[KEEP_SET_ASIDE:]:
        shutil.rmtree(old, ignore_errors=True)


def ensure_database_id(db: Database) -> str:
    """The database's random id, created on first open; used to recognise its -wal."""
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (DATABASE_ID_KEY,))
    if value is not None:
        return str(value)
    import uuid  # once per database, not at every start

    new = f'"{uuid.uuid4().hex}"'  # stored as JSON, like every setting
    with db.transaction():
        db.execute(
            "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", (DATABASE_ID_KEY, new)
        )
    return str(db.scalar("SELECT value FROM settings WHERE key = ?", (DATABASE_ID_KEY,)))
