"""The program's log: one rotating file in the data folder, shared by the window and the CLI.

Everything logs to the "qcdc_desktop" logger tree (`logging.getLogger(__name__)` in
each module). The file is opened on the first record, so a command that logs nothing
creates nothing; `--verbose` also sends records to stderr.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_FILE = "qcdc-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
ROOT = "qcdc_desktop"
_FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"


class _RotatingLog(logging.FileHandler):
    """A size-rotated log file (qcdc-desktop.log, .1 … .5) whose folder (mode 0700) is
    created when the first record arrives.

    Written here rather than taken from logging.handlers, which pulls in sockets,
    pickle and queues that the program never uses: the window's start-up pays for
    every module it imports.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        # A read-only or full data folder must not add a traceback to the program's
        # output; the failure the user sees is reported by the program itself.
        pass

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.tell()
        record_bytes = len(self.format(record).encode("utf-8")) + 1
        return size > 0 and size + record_bytes > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()

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
    file_handler = _RotatingLog(path, LOG_MAX_BYTES, LOG_BACKUPS)
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
