"""The crash handler: traceback to the rotating log, a Vietnamese dialog, a switch to mute it."""

from __future__ import annotations

import gc
import logging
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from qcdc_desktop.ui import crash
from qcdc_desktop.ui.crash import CrashHandler, install_crash_handler, setup_logging
from qcdc_desktop.ui.crash_dialog import CrashDialog


def raise_and_capture(exc: BaseException) -> tuple[type[BaseException], BaseException, Any]:
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


@pytest.fixture
def log_path(tmp_path: Path) -> Any:
    path = setup_logging(tmp_path)
    yield path
    for handler in list(crash.log.handlers):
        crash.log.removeHandler(handler)
        handler.close()


def test_unhandled_exception_is_logged_with_its_traceback(log_path: Path, qapp: Any) -> None:
    handler = CrashHandler(log_path, show_dialog=False)
    handler.excepthook(*raise_and_capture(RuntimeError("ổ đĩa biến mất")))
    text = log_path.read_text("utf-8")
    assert "Traceback" in text and "RuntimeError: ổ đĩa biến mất" in text
    assert "raise_and_capture" in text
    assert handler.shown == []
    assert log_path.parent.name == "logs"


def test_dialog_shows_the_short_message_and_the_traceback(
    log_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: opened.append(self) or 0)
    handler = CrashHandler(log_path, show_dialog=True)
    handler.excepthook(*raise_and_capture(KeyError("ma-ban-thao")))
    (dialog,) = opened
    assert dialog.windowTitle() == "Đã xảy ra lỗi không mong muốn"
    # Python's own English text stays in the details; the user sees the error's name.
    assert handler.shown[0][0] == "Mã lỗi kỹ thuật: KeyError."
    assert "KeyError" in dialog.details
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == dialog.details
    buttons = {dialog.copy_button.text(), dialog.close_button.text(), dialog.quit_button.text()}
    assert buttons == {"Đã sao chép", "&Tiếp tục làm việc", "T&hoát chương trình"}
    assert dialog.close_button.isDefault()


def test_the_programs_own_errors_show_their_vietnamese_message() -> None:
    from qcdc_desktop.storage import DatabaseDiskFullError as DiskFullError

    error = DiskFullError("Ổ đĩa đã đầy.\nChi tiết thêm")
    assert crash.short_message(error) == "Ổ đĩa đã đầy."
    assert crash.short_message(OSError("No space left")) == "Mã lỗi kỹ thuật: OSError."


def test_copy_button_label_and_details_toggle(log_path: Path, qtbot: Any) -> None:
    dialog = CrashDialog(None, "Lỗi", "Traceback …", log_path)
    qtbot.addWidget(dialog)
    assert dialog.copy_button.text() == "Sao chép chi tiết"
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(log_path) in shown and "Đã xảy ra lỗi không mong muốn" in shown
    assert not dialog.details_view.isVisibleTo(dialog)
    dialog.toggle_button.click()
    assert dialog.details_view.isVisibleTo(dialog)
    assert dialog.toggle_button.text() == "Ẩn chi tiết"


def test_a_second_error_while_the_dialog_is_open_is_only_logged(
    log_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = CrashHandler(log_path, show_dialog=True)

    def exec_and_fail_again(self: CrashDialog) -> int:
        handler.excepthook(*raise_and_capture(ValueError("lần hai")))
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_and_fail_again)
    handler.excepthook(*raise_and_capture(ValueError("lần một")))
    assert [d.splitlines()[-1] for _, d in handler.shown] == ["ValueError: lần một"]
    assert "lần hai" in log_path.read_text("utf-8")
    assert not handler.dialog_open


def test_thread_errors_reach_the_dialog_in_the_gui_thread(
    log_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_main: list[bool] = []

    def record(self: CrashDialog) -> int:
        in_main.append(threading.current_thread() is threading.main_thread())
        return 0

    monkeypatch.setattr(CrashDialog, "exec", record)
    handler = CrashHandler(log_path, show_dialog=True).install()
    # Widgets left by earlier tests must not be collected from the worker thread.
    gc.collect()
    try:
        worker = threading.Thread(target=lambda: 1 / 0, name="xuat-pdf")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: in_main == [True])
    finally:
        handler.uninstall()
    text = log_path.read_text("utf-8")
    assert "thread xuat-pdf" in text and "ZeroDivisionError" in text


def test_qt_warnings_go_to_the_log(log_path: Path, qapp: Any) -> None:
    handler = CrashHandler(log_path, show_dialog=False).install()
    try:
        qWarning("cảnh báo từ Qt")
    finally:
        handler.uninstall()
    line = log_path.read_text("utf-8").splitlines()[-1]
    assert " WARNING " in line and line.endswith("qcdc_desktop: Qt: cảnh báo từ Qt")


def test_environment_switch_turns_the_dialog_off(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QCDC_NO_CRASH_DIALOG", "1")
    handler = install_crash_handler(tmp_path, show_dialog=True)
    handler.uninstall()
    assert not handler.show_dialog
    monkeypatch.setenv("QCDC_NO_CRASH_DIALOG", "0")
    handler = install_crash_handler(tmp_path, show_dialog=True)
    handler.uninstall()
    assert handler.show_dialog
    for h in list(crash.log.handlers):
        crash.log.removeHandler(h)
        h.close()
    logging.getLogger("qcdc_desktop").handlers.clear()


def test_keyboard_interrupt_is_passed_on(log_path: Path, qapp: Any) -> None:
    seen: list[type[BaseException]] = []
    handler = CrashHandler(log_path, show_dialog=True)
    handler._previous_excepthook = lambda t, e, tb: seen.append(t)
    handler.excepthook(*raise_and_capture(KeyboardInterrupt()))
    assert seen == [KeyboardInterrupt]
    assert handler.shown == []


def test_an_error_saves_the_open_draft_and_the_main_button_keeps_the_program_running(
    log_path: Path, qtbot: Any, context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The basis-table crash: "Đóng" used to end the program and lose the pasted text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from wizard_fixtures import store_new_draft

    from qcdc_desktop.storage import load_draft
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow

    window = EditorWindow(context, store_new_draft(context))
    qtbot.addWidget(window)
    window.show()
    window.goto_step("general")
    page = window.current_page()
    page.summary.setText("Nội dung gõ ngay trước lỗi")  # typed, not yet autosaved
    quits: list[bool] = []
    handler = CrashHandler(log_path, show_dialog=True, quit_program=lambda: quits.append(True))

    def press_main_button() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CrashDialog)
        assert "đã được lưu" in " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.close_button.click()

    QTimer.singleShot(50, press_main_button)
    handler.excepthook(*raise_and_capture(AttributeError("'PasteCleaner' has no 'widget'")))
    assert quits == []
    assert window.isVisible()
    assert load_draft(context.db, window.draft_id).summary == "Nội dung gõ ngay trước lỗi"
    window.close()


def test_quitting_after_an_error_is_an_explicit_choice(
    log_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []

    def choose_quit(self: CrashDialog) -> int:
        self.quit_button.click()
        return 0

    monkeypatch.setattr(CrashDialog, "exec", choose_quit)
    handler = CrashHandler(
        log_path, show_dialog=True, rescue=lambda: True, quit_program=lambda: quits.append(True)
    )
    handler.excepthook(*raise_and_capture(RuntimeError("x")))
    assert quits == [True]
