"""The connection wrapper and `open_database`, which checks, backs up and migrates a file."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcdc_desktop import paths
from qcdc_desktop.storage.errors import (
    corrupt_database_error,
    newer_database_error,
    storage_errors,
)

if TYPE_CHECKING:
    import sqlite_utils

DEFAULT_BUSY_TIMEOUT_MS = 5000
PAGE_SIZE = 16384

Params = Sequence[Any] | dict[str, Any]

# Connections this process holds, per database file. On POSIX, closing *any* descriptor
# of a file drops every lock the process holds on it, so once a connection exists the
# file (and its -wal/-shm) must never be opened with plain file I/O again: SQLite in
# another process would then think it is alone and delete the live -wal file.
_OPEN_LOCK = threading.Lock()
_OPEN: dict[str, int] = {}


def _file_key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def connections_open(path: str | Path) -> int:
    """How many connections this process holds to the database at `path`."""
    with _OPEN_LOCK:
        return _OPEN.get(_file_key(Path(path)), 0)


def open_database_paths() -> list[Path]:
    """Every database file this process has a connection to (for safe output paths)."""
    with _OPEN_LOCK:
        return [Path(key) for key, count in _OPEN.items() if count > 0]


def _register(path: Path) -> str:
    key = _file_key(path)
    with _OPEN_LOCK:
        _OPEN[key] = _OPEN.get(key, 0) + 1
    return key


def _unregister(key: str) -> int:
    with _OPEN_LOCK:
        left = _OPEN.get(key, 0) - 1
        if left > 0:
            _OPEN[key] = left
        else:
            _OPEN.pop(key, None)
        return max(left, 0)


class Database:
    """One SQLite connection (one window or one process); `utils` wraps it with sqlite-utils.

    The driver runs in autocommit mode; writes that belong together go through
    `transaction()`, which takes the write lock up front (BEGIN IMMEDIATE) so two
    writers wait for each other instead of failing on a lock upgrade.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self._conn = conn
        self._utils: sqlite_utils.Database | None = None
        self._depth = 0
        self._key: str | None = _register(path)

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for table introspection and the table
        rebuilds of migration steps (`migrations.transform_table`).

        Imported on first use: loading sqlite-utils (and its plugin machinery) costs
        about a fifth of a second, which would otherwise delay every window's start.
        """
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self._conn, execute_plugins=False)
        return self._utils

    @property
    def total_changes(self) -> int:
        return self.conn.total_changes

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version") or 0)

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        with storage_errors(self.path):
            return self.conn.execute(sql, params)

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        with storage_errors(self.path):
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Plain tuples, for long lists where building dicts would cost more than the query."""
        with storage_errors(self.path):
            return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        with storage_errors(self.path):
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        with storage_errors(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            with storage_errors(self.path):
                yield self
                self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def close(self) -> None:
        """Close; the process's last connection checkpoints first, so a clean exit leaves
        the whole database in the main file and SQLite removes the -wal."""
        if self._key is None:
            return
        if connections_open(self.path) <= 1:
            try:
                # PASSIVE never waits for another process's readers; closing the last
                # connection anywhere then finds little left to copy and removes the -wal.
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error:
                pass  # busy or read-only: SQLite checkpoints on close when it can
        _unregister(self._key)
        self._key = None
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


SQLITE_MAGIC = b"SQLite format 3\x00"


def _inspect_header(path: Path) -> int:
    """The schema version read from the file header, without opening it with SQLite.

    Even a read-only SQLite connection creates -wal and -shm files beside a WAL
    database, so a file from a newer program is refused before SQLite touches it.
    The read-write connection checks the version again (a newer version may sit in
    the WAL) before anything is written.
    """
    from qcdc_desktop.storage.migrations import SCHEMA_VERSION

    if connections_open(path):
        raise RuntimeError("the header of an open database must be read through SQLite")
    with storage_errors(path), path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise corrupt_database_error(path)
    version = int.from_bytes(header[60:64], "big", signed=True)
    if version > SCHEMA_VERSION:
        raise newer_database_error(version, SCHEMA_VERSION)
    return version


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    row = conn.execute("PRAGMA quick_check(1)").fetchone()
    if row is None or row[0] != "ok":
        raise corrupt_database_error(path)


def _probe_writable(conn: sqlite3.Connection, version: int) -> None:
    """Fail early on a read-only file: rewrite the version inside a rolled-back transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {int(version)}")
    finally:
        conn.execute("ROLLBACK")


def open_database(
    path: str | Path,
    *,
    backups: Path | None = None,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    check_integrity: bool = True,
) -> Database:
    """Open (creating or migrating as needed) the database at `path`.

    A file from a newer program version is refused before anything is written;
    an existing file is copied into `backups` (default: the data folder's backups)
    before any migration runs. Damaged files are reported, never deleted.

    `check_integrity=False` skips `PRAGMA quick_check`, which reads the whole file
    (about 0.1 s for 500 MB, far more from a cold disk): for a further connection to
    a file this process has already opened and checked, such as an editor's writer.
    """
    from qcdc_desktop.storage.migrations import SCHEMA_VERSION, migrate

    path = Path(path)
    backups_folder = backups if backups is not None else path.parent / paths.BACKUPS_FOLDER
    with storage_errors(path):
        paths.make_private_dir(path.parent)
        existed = path.exists() and path.stat().st_size > 0
    first_in_process = connections_open(path) == 0
    if existed and first_in_process:
        # Plain file I/O is safe only while this process holds no connection to the file.
        _inspect_header(path)
        from qcdc_desktop.storage.wal_guard import set_aside_leftovers

        with storage_errors(path):
            set_aside_leftovers(path, backups_folder)
    with storage_errors(path):
        conn = sqlite3.connect(
            str(path), timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=True
        )
    try:
        with storage_errors(path):
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise newer_database_error(version, SCHEMA_VERSION)
            if existed:
                if check_integrity:
                    _check_integrity(conn, path)
                if (
                    version == 0
                    and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                ):
                    # Tables but no version: another program's database, not ours to touch.
                    raise corrupt_database_error(path)
            else:
                # Drafts are rows of 100 KB and more; larger pages mean fewer overflow
                # pages and WAL frames per autosave. Only possible before the first table.
                conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            conn.execute("PRAGMA foreign_keys = ON")
            _probe_writable(conn, version)
            # WAL lets a second window read while one writes; NORMAL sync in WAL mode
            # is safe against application crashes and keeps autosave cheap.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        if first_in_process:
            # Also a file made world-readable by an earlier version (a chmod opens no
            # descriptor, so it cannot drop SQLite's locks).
            paths.make_private_file(path)
            paths.tighten_dir(backups_folder)
        db = Database(conn, path)
    except BaseException:
        conn.close()
        raise
    try:
        migrate(db, lambda: paths.make_private_dir(backups_folder))
        if first_in_process:
            from qcdc_desktop.storage.wal_guard import ensure_database_id

            ensure_database_id(db)
        return db
    except BaseException:
        db.close()
        raise
