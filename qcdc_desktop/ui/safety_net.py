"""Work that keeps the data safe without delaying the first window.

After the start window is shown, a worker thread (on its own connection) runs SQLite's
quick_check, checks every draft row against its hash, and makes the first backup of
the day when one is due. While the program runs, a timer makes a backup every ~30
minutes if drafts changed; AppContext.close makes the one on close.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from qcdc_desktop import paths

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

EDITING_BACKUP_INTERVAL_MS = 30 * 60 * 1000


@dataclass
class CheckReport:
    structure_ok: bool = True
    damaged: set[str] = field(default_factory=set)
    backup: Any = None  # storage.backup_policy.BackupOutcome or None
    error: str = ""


def run_checks(data_dir: Path, backup_kind: str | None = "daily") -> CheckReport:
    """The background work itself (no Qt): usable from tests and benchmarks."""
    from qcdc_desktop.storage import StorageError, open_database
    from qcdc_desktop.storage.backup_policy import backup_if_due
    from qcdc_desktop.storage.integrity import quick_check, verify_all_drafts

    report = CheckReport()
    try:
        db = open_database(paths.database_path(data_dir), check_integrity=False)
    except StorageError as exc:
        report.error = str(exc)
        report.structure_ok = False
        return report
    try:
        report.structure_ok = quick_check(db)
        report.damaged = verify_all_drafts(db)
        if report.structure_ok and backup_kind is not None:
            # A damaged file is not backed up over the good copies; rotation could
            # otherwise delete the last good one.
            report.backup = backup_if_due(db, data_dir, backup_kind)
    except StorageError as exc:
        report.error = str(exc)
    finally:
        db.close()
    return report


class _Relay(QObject):
    done = Signal(object)


class SafetyNet(QObject):
    """Owns the worker threads; `wait()` before the database closes."""

    checked = Signal(object)  # CheckReport

    def __init__(self, context: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._threads: list[threading.Thread] = []
        self._relay = _Relay(self)
        self._relay.done.connect(self.checked.emit)
        self.timer = QTimer(self)
        self.timer.setInterval(EDITING_BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.start("editing", checks=False))

    def start(self, backup_kind: str | None = "daily", *, checks: bool = True) -> None:
        data_dir = Path(self.context.data_dir)
        relay = self._relay

        def work() -> None:
            if checks:
                report = run_checks(data_dir, backup_kind)
            else:
                report = _backup_only(data_dir, backup_kind or "editing")
            try:
                relay.done.emit(report)
            except RuntimeError:  # the window went away meanwhile
                pass

        self._threads = [t for t in self._threads if t.is_alive()]
        if any(t.is_alive() for t in self._threads):
            return  # one at a time: the next timer tick tries again
        thread = threading.Thread(target=work, name=f"qcdc-safety-{backup_kind}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def wait(self, timeout: float = 60.0) -> None:
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []


def _backup_only(data_dir: Path, kind: str) -> CheckReport:
    from qcdc_desktop.storage import StorageError, open_database
    from qcdc_desktop.storage.backup_policy import backup_if_due

    report = CheckReport()
    try:
        db = open_database(paths.database_path(data_dir), check_integrity=False)
    except StorageError as exc:
        report.error = str(exc)
        return report
    try:
        report.backup = backup_if_due(db, data_dir, kind)
    finally:
        db.close()
    return report


def report_message(report: CheckReport, data_dir: Path) -> str:
    """What to tell the user after the checks ("" when all is well)."""
    from qcdc_desktop.storage.backups import backups_sentence

    lines = []
    if not report.structure_ok:
        lines.append(
            translate(
                "SafetyNet",
                "Kiểm tra cơ sở dữ liệu phát hiện tệp bị hỏng. Hãy sao lưu ngay những gì đang "
                "soạn (xuất Word) và khôi phục từ bản sao lưu (nút “Sao lưu” ở cửa sổ chính). ",
            )
            + backups_sentence(data_dir)
        )
    if report.damaged:
        lines.append(
            translate(
                "SafetyNet",
                "Có {count} bản thảo bị hỏng (đánh dấu “[Hỏng]” trong danh sách): khi "
                "mở, chương trình đề nghị phiên bản còn tốt hoặc bản sao lưu.",
            ).format(count=len(report.damaged))
        )
    if report.backup is not None and report.backup.warning:
        lines.append(report.backup.warning)
    if report.error and not lines:
        lines.append(report.error)
    return "\n\n".join(lines)


def install(window: Any, context: Any, show: Callable[[str], None]) -> SafetyNet:
    """Start the checks after the window is shown; `show` presents a message."""
    net = SafetyNet(context, window)

    def on_checked(report: CheckReport) -> None:
        if report.damaged and hasattr(window, "refresh"):
            window.refresh()
        text = report_message(report, Path(context.data_dir))
        if text:
            show(text)

    net.checked.connect(on_checked)
    context.safety_net = net
    # Once the window has painted, so the check's thread does not compete with it.
    from qcdc_desktop.ui.after_paint import after_paint

    after_paint(window).add("safety-net", net.start)
    net.timer.start()
    return net
