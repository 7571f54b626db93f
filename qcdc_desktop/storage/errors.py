"""Storage errors. Each one's str() is a Vietnamese sentence the GUI can show as is."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qcdc_desktop.errors import DiskFullError, QcdcError

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


class StorageError(QcdcError):
    """Base of every error the storage layer raises on purpose."""

    default_message = "Lỗi khi đọc hoặc ghi cơ sở dữ liệu."


class NewerDatabaseError(StorageError):
    default_message = (
        "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của chương trình; "
        "hãy cập nhật chương trình. Tệp không bị thay đổi."
    )
    found_version: int = 0
    supported_version: int = 0


class CorruptDatabaseError(StorageError):
    default_message = (
        "Tệp cơ sở dữ liệu bị hỏng hoặc không phải là cơ sở dữ liệu của chương trình. "
        "Tệp được giữ nguyên, không bị xóa."
    )
    path: Path | None = None


class DatabaseReadOnlyError(StorageError):
    default_message = (
        "Không thể ghi vào cơ sở dữ liệu vì tệp hoặc thư mục chỉ cho phép đọc. "
        "Hãy kiểm tra quyền ghi hoặc chọn thư mục dữ liệu khác."
    )


class DatabaseLockedError(StorageError):
    default_message = (
        "Cơ sở dữ liệu đang bị một chương trình khác khóa (có thể là một cửa sổ QCDC khác "
        "hoặc phần mềm sao lưu). Hãy thử lại sau giây lát."
    )


class DatabaseDiskFullError(StorageError, DiskFullError):
    default_message = (
        "Ổ đĩa đã đầy nên không thể lưu. Hãy giải phóng dung lượng rồi thử lại; "
        "dữ liệu đã lưu trước đó vẫn an toàn."
    )


class ConflictError(StorageError):
    default_message = (
        "Bản thảo đã được sửa ở một cửa sổ khác (hoặc một chương trình khác) sau khi bạn mở nó. "
        "Hãy tải lại bản thảo, hoặc lưu thành bản sao để không ghi đè lên thay đổi đó."
    )


class DraftNotFoundError(StorageError, LookupError):
    default_message = "Không tìm thấy bản thảo; có thể nó đã bị xóa vĩnh viễn."


class RevisionNotFoundError(StorageError, LookupError):
    default_message = "Không tìm thấy phiên bản đã lưu của bản thảo."


def newer_database_error(found: int, supported: int) -> NewerDatabaseError:
    err = NewerDatabaseError(
        f"{NewerDatabaseError.default_message} "
        f"(Phiên bản dữ liệu: {found}; chương trình này đọc được đến phiên bản {supported}.)"
    )
    err.found_version = found
    err.supported_version = supported
    return err


def corrupt_database_error(path: Path) -> CorruptDatabaseError:
    # Name exactly the backups that exist: promising "the newest backup" when there is
    # none sends the user looking for a file that was never made.
    from qcdc_desktop.storage.backups import backups_sentence

    err = CorruptDatabaseError(
        "Tệp cơ sở dữ liệu bị hỏng hoặc không phải là cơ sở dữ liệu của chương trình: "
        f"{path}. Tệp được giữ nguyên, không bị xóa. {backups_sentence(Path(path).parent)}"
    )
    err.path = path
    return err


def translate(exc: BaseException, path: Path | None = None) -> StorageError | None:
    """The StorageError matching a low-level error, or None when there is none."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DatabaseDiskFullError()
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return DatabaseReadOnlyError()
        return None
    if not isinstance(exc, sqlite3.Error):
        return None
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return DatabaseDiskFullError()
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseLockedError()
    if code == _SQLITE_READONLY or "readonly database" in text:
        return DatabaseReadOnlyError()
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "not a database" in text or "malformed" in text:
        return corrupt_database_error(path) if path is not None else CorruptDatabaseError()
    if code == _SQLITE_CANTOPEN:
        # A WAL database needs its -wal/-shm files beside it: in a write-protected
        # folder (a locked USB stick) SQLite only says "cannot open".
        if path is not None and path.parent.is_dir() and not os.access(path.parent, os.W_OK):
            return DatabaseReadOnlyError()
        where = f": {path}" if path is not None else ""
        return StorageError(f"Không mở được tệp cơ sở dữ liệu{where}. Hãy kiểm tra đường dẫn.")
    return StorageError(f"Lỗi cơ sở dữ liệu: {exc}")


@contextmanager
def storage_errors(path: Path | None = None) -> Iterator[None]:
    """Re-raise sqlite3 and OS errors as the matching StorageError."""
    try:
        yield
    except StorageError:
        raise
    except (sqlite3.Error, OSError) as exc:
        translated = translate(exc, path)
        if translated is None:
            raise
        raise translated from exc
