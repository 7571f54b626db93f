"""Unexpected errors: log the traceback to a rotating file and tell the user in Vietnamese.

Installs sys.excepthook, threading.excepthook and a Qt message handler. The dialog can
be switched off (`--no-crash-dialog` or QCDC_NO_CRASH_DIALOG=1) so tests and CI never
block on it; the log is written either way.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from qcdc_desktop.logs import setup_logging
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

ENV_NO_CRASH_DIALOG = "QCDC_NO_CRASH_DIALOG"
CRASH_TITLE = QT_TRANSLATE_NOOP("CrashDialog", "Đã xảy ra lỗi không mong muốn")

log = logging.getLogger("qcdc_desktop")


def crash_dialog_disabled_by_env() -> bool:
    return os.environ.get(ENV_NO_CRASH_DIALOG, "").strip() not in ("", "0")


def short_message(exc: BaseException) -> str:
    """One line for the user. The program's own errors carry a Vietnamese message; for
    anything else (Python's, Qt's, a library's English text) only the error's name is
    shown, and the full text stays in the details."""
    text = str(exc).strip()
    if type(exc).__module__.startswith("qcdc_desktop") and text:
        return text.splitlines()[0]
    return translate("CrashDialog", "Mã lỗi kỹ thuật: {error_type}.").format(
        error_type=type(exc).__name__
    )


SAVED_NOTE = QT_TRANSLATE_NOOP("CrashDialog", "Các bản thảo đang mở đã được lưu.")
NOT_SAVED_NOTE = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "Chưa lưu được bản thảo đang mở; nội dung vẫn còn trong cửa sổ, hãy bấm “Lưu” "
    "(Ctrl+S) sau khi tiếp tục.",
)


class _MainThreadRelay(QObject):
    """Carries an error from a worker thread to the GUI thread, where dialogs may open."""

    report = Signal(str, str)

    def __init__(self, deliver: Callable[[str, str], None]) -> None:
        super().__init__()
        self._deliver = deliver
        # Connected to a slot of this object (which lives in the GUI thread) so an
        # emission from a worker thread is queued, not run in the worker.
        self.report.connect(self.on_report)

    @Slot(str, str)
    def on_report(self, message: str, details: str) -> None:
        self._deliver(message, details)


def save_open_editors() -> bool:
    """Save every open draft editor quietly; False when one could not be saved."""
    ok = True
    for widget in QApplication.topLevelWidgets():
        save = getattr(widget, "save_quietly", None)
        if save is None or not widget.isVisible():
            continue
        try:
            flush = getattr(widget, "flush", None)
            if flush is not None:
                flush()
            ok = bool(save()) and ok
        except Exception:  # the rescue itself must never raise into the hook
            log.exception("Saving an open draft after an unexpected error failed")
            ok = False
    return ok


def quit_program() -> None:
    """Close every window (each editor saves as it closes), then end the event loop."""
    app = QApplication.instance()
    if app is None:
        return
    QApplication.closeAllWindows()
    app.quit()


class CrashHandler:
    def __init__(
        self,
        log_path: Path,
        show_dialog: bool = True,
        rescue: Callable[[], bool] = save_open_editors,
        quit_program: Callable[[], None] = quit_program,
    ) -> None:
        self.log_path = log_path
        self.show_dialog = show_dialog
        self.rescue = rescue
        self.quit_program = quit_program
        self.dialog_open = False
        self.shown: list[tuple[str, str]] = []  # (message, details) of every dialog shown
        self._relay = _MainThreadRelay(self._show)
        self._previous_excepthook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> CrashHandler:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        qInstallMessageHandler(self.qt_message)
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous_excepthook
        threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(None)

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_excepthook(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("Unhandled exception\n%s", details)
        self._report(short_message(exc), details)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        name = args.thread.name if args.thread is not None else "?"
        log.critical("Unhandled exception in thread %s\n%s", name, details)
        self._report(short_message(args.exc_value), details)

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(kind, logging.WARNING)
        log.log(level, "Qt: %s", message)

    def _report(self, message: str, details: str) -> None:
        if not self.show_dialog:
            return
        if threading.current_thread() is threading.main_thread():
            self._show(message, details)
        else:
            self._relay.report.emit(message, details)  # queued to the GUI thread

    def _show(self, message: str, details: str) -> None:
        app = QApplication.instance()
        if app is None or self.dialog_open:
            return  # a second error while the dialog is open is only logged
        self.shown.append((message, details))
        self.dialog_open = True
        quit_chosen = False
        try:
            try:
                saved = self.rescue()
            except Exception:
                log.exception("Rescue after an unexpected error failed")
                saved = False
            parent = QApplication.activeWindow()
            if parent is not None and parent.windowType() == Qt.WindowType.Popup:
                parent = None  # a menu or a combo's list closes under the dialog
            # Imported when needed: the dialog's module is not part of start-up.
            from qcdc_desktop.ui.crash_dialog import CrashDialog

            dialog = CrashDialog(
                parent,
                message,
                details,
                self.log_path,
                translate("CrashDialog", SAVED_NOTE if saved else NOT_SAVED_NOTE),
            )
            dialog.exec()
            quit_chosen = dialog.quit_chosen
        finally:
            self.dialog_open = False
        if quit_chosen:
            log.info("The user chose to quit after an unexpected error")
            self.quit_program()


def install_crash_handler(data_dir: Path, show_dialog: bool = True) -> CrashHandler:
    """Log to the data folder and install the hooks; the dialog also obeys the env switch."""
    log_path = setup_logging(data_dir)
    show = show_dialog and not crash_dialog_disabled_by_env()
    return CrashHandler(log_path, show_dialog=show).install()
