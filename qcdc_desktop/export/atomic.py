"""Write a file so that a failure never leaves half a document nor destroys the old one.

The bytes go to a temporary file in the target folder (same file system, so the
final rename is atomic), are flushed to disk, and only then replace the target.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from qcdc_desktop.export.errors import (
    ExportError,
    TargetDiskFullError,
    TargetLockedError,
    TargetReadOnlyError,
)

TEMP_PREFIX = ".~qcdc-"
TEMP_SUFFIX = ".tmp"

# Windows: the file is open in another program (Word keeps .docx files open).
_WINERROR_SHARING = (32, 33)
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call `write` on a temporary file beside `path`, then move it over `path`."""
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise ExportError(
            f"Không ghi được vì “{path}” là một thư mục. Hãy chọn tên tệp .docx.", path
        )
    if not folder.is_dir():
        raise ExportError(f"Thư mục “{folder}” không tồn tại. Hãy chọn thư mục khác.", path)
    try:
        fd, tmp = _create_temp(folder)
    except OSError as exc:
        raise _translate(exc, path, stage="create") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        _keep_mode(path, tmp)
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise _translate(exc, path, stage="replace") from exc
    except BaseException:
        _discard(tmp)
        raise
    return path


def _create_temp(folder: Path) -> tuple[int, Path]:
    """A new, empty file beside the target, created with the user's usual permissions.

    Unlike tempfile.mkstemp (always 0600) the mode here goes through the umask, so a
    new export is readable like any other file the user saves.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _keep_mode(target: Path, tmp: Path) -> None:
    """An overwritten file keeps its permissions."""
    with contextlib.suppress(OSError):
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


def _translate(exc: OSError, path: Path, *, stage: str) -> ExportError:
    if exc.errno in _DISK_FULL:
        return TargetDiskFullError(path=path)
    if exc.errno == errno.EROFS:
        return TargetReadOnlyError(path=path)
    if getattr(exc, "winerror", None) in _WINERROR_SHARING:
        return TargetLockedError(path=path)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        if stage == "create" or not os.access(path.parent, os.W_OK):
            return TargetReadOnlyError(path=path)
        if path.exists() and not os.access(path, os.W_OK):
            return TargetReadOnlyError(path=path)
        # The folder is writable and the file is not read-only: another program
        # (Word, on Windows) holds it open.
        return TargetLockedError(path=path)
    if isinstance(exc, IsADirectoryError):
        return ExportError(
            f"Không ghi được vì “{path}” là một thư mục. Hãy chọn tên tệp .docx.", path
        )
    reason = exc.strerror or str(exc)
    return ExportError(f"Không ghi được tệp “{path}”: {reason}.", path)
