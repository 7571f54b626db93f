"""Where the database, backups and logs live. The only module that decides paths.

Order of precedence for the data folder: an explicit argument (the CLI's `--data-dir`),
the QCDC_DATA_DIR environment variable, a `data` folder beside the frozen executable
(portable install on a USB stick), then the per-user data folder from platformdirs.
Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "QCDC Desktop"
ENV_DATA_DIR = "QCDC_DATA_DIR"
DATABASE_FILE = "qcdc.sqlite3"
PORTABLE_FOLDER = "data"
BACKUPS_FOLDER = "backups"
LOGS_FOLDER = "logs"
CACHE_FOLDER = "cache"  # what the program can always read again (type labels)
# Drafts are an office's working papers: only their owner may read them where the OS
# has file modes (on a shared PC, another account must not open the database).
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) readable by its owner only; an existing
    folder is left as it is, since the user may have chosen it for other files too."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        if os.name == "posix":
            try:
                os.chmod(path, PRIVATE_DIR_MODE)  # mkdir's mode is masked by the umask
            except OSError:
                pass
    return path


def make_private_file(path: Path) -> None:
    """Restrict a data file (database, backup, set-aside copy) to its owner."""
    if os.name != "posix":
        return
    try:
        os.chmod(path, PRIVATE_FILE_MODE)
    except OSError:
        pass  # a file system without modes (FAT on a USB stick)


def portable_data_dir() -> Path | None:
    """The `data` folder beside a frozen executable, when that folder exists."""
    if not getattr(sys, "frozen", False):
        return None
    candidate = Path(sys.executable).resolve().parent / PORTABLE_FOLDER
    return candidate if candidate.is_dir() else None


def resolve_data_dir(override: str | Path | None = None) -> Path:
    """The data folder that would be used, without creating it."""
    if override is not None and str(override).strip():
        return Path(override).expanduser()
    from_env = os.environ.get(ENV_DATA_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    import platformdirs  # only here: the CLI's plain commands run without it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir(override: str | Path | None = None) -> Path:
    """The data folder (created if missing)."""
    return make_private_dir(resolve_data_dir(override))


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILE


def _own_private_dir(path: Path) -> Path:
    """A folder only this program uses: created private, and made private if an earlier
    version created it readable by everyone."""
    make_private_dir(path)
    return tighten_dir(path)


def tighten_dir(path: Path) -> Path:
    """Make an existing folder of the program's own (backups, logs) private."""
    if os.name == "posix" and path.is_dir():
        try:
            if path.stat().st_mode & 0o077:
                os.chmod(path, PRIVATE_DIR_MODE)
        except OSError:
            pass
    return path


def backups_dir(data_dir: Path) -> Path:
    """Backups of the database: daily, while editing, on close, before a migration
    (created if missing)."""
    return _own_private_dir(Path(data_dir) / BACKUPS_FOLDER)


def logs_dir(data_dir: Path) -> Path:
    """Rotating log files (created if missing)."""
    return _own_private_dir(Path(data_dir) / LOGS_FOLDER)
