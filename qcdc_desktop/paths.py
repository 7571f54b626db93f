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

import platformdirs

APP_NAME = "QCDC Desktop"
ENV_DATA_DIR = "QCDC_DATA_DIR"
DATABASE_FILE = "qcdc.sqlite3"
PORTABLE_FOLDER = "data"


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
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir(override: str | Path | None = None) -> Path:
    """The data folder (created if missing)."""
    path = resolve_data_dir(override)
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILE


def backups_dir(data_dir: Path) -> Path:
    """Copies of the database taken before each migration (created if missing)."""
    path = Path(data_dir) / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir(data_dir: Path) -> Path:
    """Rotating log files (created if missing)."""
    path = Path(data_dir) / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
