"""Where a command or dialog may write a file: checked before anything is written.

Refused, with one Vietnamese sentence:
- the database, its -wal/-shm/-journal, or anything in the backups folder, of the
  given data folders and of every database this process has open;
- the command's own input (`export d.json -o d.json`);
- an existing read-only file (unless forced) or a folder;
- names Windows cannot store (`<>:"/\\|?*`, control characters, a trailing dot or
  space, CON, PRN, AUX, NUL, COM1-9, LPT1-9 with any extension) and paths longer than
  Windows' 260 characters, on every OS, because the files travel to Windows PCs.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from qcdc_desktop.errors import QcdcError

WINDOWS_BAD_CHARACTERS = set('<>:"/\\|?*')
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{base}{n}" for base in ("COM", "LPT") for n in "123456789¹²³"
}
MAX_PATH_CHARACTERS = 259  # MAX_PATH is 260 with the terminating NUL
MAX_NAME_CHARACTERS = 255
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class UnsafeOutputError(QcdcError, ValueError):
    """A target that must not be written; str() is the Vietnamese sentence."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason  # protected, input, read_only, folder, name, too_long


def name_problem(name: str) -> str:
    """Why Windows cannot store a file of this name ("" when it can)."""
    if not name or name in (".", ".."):
        return "tên tệp trống"
    bad = sorted({c for c in name if c in WINDOWS_BAD_CHARACTERS or ord(c) < 32})
    if bad:
        shown = " ".join(c if ord(c) >= 32 else f"mã {ord(c)}" for c in bad)
        return f"tên tệp có ký tự Windows không cho phép ({shown})"
    if name[-1] in ". ":
        return "tên tệp kết thúc bằng dấu chấm hoặc khoảng trắng"
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    if stem in WINDOWS_RESERVED:
        return f"“{stem}” là tên dành riêng của Windows"
    if len(name) > MAX_NAME_CHARACTERS:
        return f"tên tệp dài quá {MAX_NAME_CHARACTERS} ký tự"
    return ""


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return _key(a) == _key(b)


def _inside(path: Path, folder: Path) -> bool:
    target, base = _key(path), _key(folder)
    return target == base or target.startswith(base.rstrip(os.sep) + os.sep)


def protected_places(data_dirs: Iterable[Path] = ()) -> tuple[list[Path], list[Path]]:
    """(files, folders) no output may replace: databases, their side files, backups."""
    from qcdc_desktop import paths

    databases = [paths.database_path(Path(d)) for d in data_dirs]
    from qcdc_desktop.storage.database import open_database_paths

    databases += open_database_paths()
    files: list[Path] = []
    folders: list[Path] = []
    for db in databases:
        files.append(db)
        files += [db.with_name(db.name + suffix) for suffix in SIDE_SUFFIXES]
        folders.append(db.parent / paths.BACKUPS_FOLDER)
    return files, folders


def check_output_path(
    target: str | Path,
    *,
    inputs: Iterable[str | Path | None] = (),
    data_dirs: Iterable[Path] = (),
    force: bool = False,
) -> Path:
    """`target` when it may be written; UnsafeOutputError (Vietnamese) when not."""
    path = Path(target)
    shown = str(path)
    problem = name_problem(path.name)
    if problem:
        raise UnsafeOutputError(f"Không ghi được “{shown}”: {problem}; hãy đặt tên khác.", "name")
    absolute = Path(os.path.abspath(path))
    if len(str(absolute)) > MAX_PATH_CHARACTERS:
        raise UnsafeOutputError(
            f"Không ghi được “{path.name}”: đường dẫn dài {len(str(absolute))} ký tự, quá "
            f"{MAX_PATH_CHARACTERS} ký tự Windows cho phép; hãy chọn thư mục ngắn hơn.",
            "too_long",
        )
    files, folders = protected_places(data_dirs)
    if any(_same(absolute, f) for f in files) or any(_inside(absolute, d) for d in folders):
        raise UnsafeOutputError(
            f"Không ghi được “{shown}”: đó là tệp dữ liệu hoặc bản sao lưu của chương trình; "
            "hãy chọn tên hoặc thư mục khác.",
            "protected",
        )
    for source in inputs:
        if source in (None, "-", ""):
            continue
        if _same(absolute, Path(str(source))):
            raise UnsafeOutputError(
                f"Không ghi được “{shown}”: đó chính là tệp đang đọc vào; hãy đặt tên khác "
                "để không mất tệp gốc.",
                "input",
            )
    if absolute.is_dir():
        raise UnsafeOutputError(
            f"Không ghi được “{shown}”: đó là một thư mục; hãy thêm tên tệp.", "folder"
        )
    if absolute.exists() and not force and is_read_only(absolute):
        raise UnsafeOutputError(
            f"Không ghi đè “{shown}” vì tệp chỉ cho phép đọc; hãy đặt tên khác.",
            "read_only",
        )
    return path


def is_read_only(path: Path) -> bool:
    """The file's own read-only flag (mode bits / Windows attribute), not the user's rights:
    even an administrator should not silently replace a file someone marked read-only."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & stat.S_IWUSR or not os.access(path, os.W_OK)
