"""The program's log: one rotating file in the data folder, shared by the window and the CLI.

Everything logs to the "qcdc_desktop" logger tree (`logging.getLogger(__name__)` in
each module). The file is opened on the first record, so a command that logs nothing
creates nothing; `--verbose` also sends records to stderr.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "qcdc-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
ROOT = "qcdc_desktop"
_FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"


class _FolderCreatingHandler(RotatingFileHandler):
    """Creates the logs folder (mode 0700) when the first record arrives."""

    def handleError(self, record: logging.LogRecord) -> None:
        # A read-only or full data folder must not add a traceback to the program's
        # output; the failure the user sees is reported by the program itself.
        pass

    def _open(self):  # type: ignore[no-untyped-def]
        folder = Path(self.baseFilename).parent
        folder.mkdir(parents=True, exist_ok=True)
        try:
            os.chmod(folder, 0o700)
        except OSError:
            pass
        stream = super()._open()
        try:
            os.chmod(self.baseFilename, 0o600)
        except OSError:
            pass
        return stream


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / "logs" / LOG_FILE


def setup_logging(data_dir: Path, *, verbose: bool = False) -> Path:
    """Send the program's log to the rotating file (and stderr when verbose); return its
    path. Calling it again (another data folder, a test) replaces the earlier handlers."""
    logger = logging.getLogger(ROOT)
    for handler in list(logger.handlers):
        if getattr(handler, "_qcdc_owned", False):
            logger.removeHandler(handler)
            handler.close()
    path = log_path(data_dir)
    file_handler = _FolderCreatingHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    handlers: list[logging.Handler] = [file_handler]
    if verbose:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        handlers.append(console)
    for handler in handlers:
        handler._qcdc_owned = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
