"""Export with dialogs: checks, file name, errors that offer another name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qcdc_desktop import storage
from qcdc_desktop.checks import Finding
from qcdc_desktop.doctypes import new_draft
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.export import TargetLockedError
from qcdc_desktop.ui import export_flow


@pytest.mark.parametrize(
    ("type_id", "year", "name"),
    [
        ("bc-6thang", 2024, "BC-6thang-2024.docx"),
        ("bc-nam", 2023, "BC-nam-2023.docx"),
        ("kh-nam", 2025, "KH-nam-2025.docx"),
        ("bc-dvcq-nam", 2024, "BC-dvcq-nam-2024.docx"),
    ],
)
def test_suggested_file_name(type_id: str, year: int, name: str) -> None:
    assert export_flow.suggested_file_name(new_draft(type_id, year)) == name


def test_locked_target_explains_and_asks_for_another_name(
    context: Any, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = sample_draft("bc-6thang")
    storage.save_draft(context.db, draft, reason="save")
    monkeypatch.setattr(export_flow, "confirm_despite_errors", lambda parent, d: True)
    import qcdc_desktop.export as export

    real = export.export_docx
    locked = tmp_path / "dang-mo.docx"
    locked.write_bytes(b"old content")

    def export_docx(d: Any, path: Any, settings: Any = None) -> Path:
        if Path(path) == locked:
            raise TargetLockedError(path=Path(path))
        return real(d, path, settings)

    monkeypatch.setattr(export, "export_docx", export_docx)
    other = tmp_path / "ten-khac.docx"
    dialogs.save_path = [locked, other]
    written = export_flow.export_with_dialogs(None, context, draft.id)
    assert written == other and other.is_file()
    assert locked.read_bytes() == b"old content"
    (message,) = dialogs.texts("error")
    assert "đang được mở" in message and "tên tệp hoặc thư mục khác" in message
    # The second dialog starts from the name that failed.
    assert dialogs.suggested[1] == locked
    assert context.settings.value(export_flow.LAST_DIR_KEY) == str(tmp_path)
    assert storage.list_drafts(context.db)[0].state == "exported"


def test_cancel_in_the_file_dialog_exports_nothing(context: Any, dialogs: Any) -> None:
    draft = sample_draft("bc-6thang")
    storage.save_draft(context.db, draft, reason="save")
    dialogs.yes_no = [True]
    assert export_flow.export_with_dialogs(None, context, draft.id) is None
    assert storage.list_drafts(context.db)[0].state == "editing"


def test_errors_found_by_the_checks_ask_before_exporting(
    context: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import qcdc_desktop.checks as checks

    found = [
        Finding("error", "part.empty", f"Phần {n} chưa có nội dung.", "results") for n in range(8)
    ] + [Finding("warning", "x", "Chỉ là cảnh báo.", "results")]
    monkeypatch.setattr(checks, "run_checks", lambda draft: found)
    draft = new_draft("bc-6thang", 2024)
    dialogs.yes_no = [False]
    assert export_flow.export_with_dialogs(None, context, draft) is None
    (question,) = dialogs.texts("ask_yes_no")
    assert question.startswith("Bản thảo còn 8 lỗi")
    assert question.endswith("Vẫn xuất?")
    assert "Phần 0 chưa có nội dung." in question
    assert "và 2 lỗi khác" in question
    assert "cảnh báo" not in question
    assert "save_file_path" not in dialogs.kinds()


def test_a_draft_never_stored_is_exported_without_marking(
    context: Any, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_flow, "confirm_despite_errors", lambda parent, d: True)
    target = tmp_path / "xem-truoc.docx"
    dialogs.save_path = [target]
    exported: list[str] = []
    context.events.draft_exported.connect(lambda i, p: exported.append(i))
    assert export_flow.export_with_dialogs(None, context, sample_draft("kh-nam")) == target
    assert target.is_file()
    assert exported == []


def test_pdf_without_an_office_suite_says_so(
    context: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcdc_desktop.export import print_pdf

    monkeypatch.setattr(print_pdf, "find_office", lambda: None)
    assert export_flow.export_pdf_with_dialogs(None, context, sample_draft("bc-6thang")) is None
    assert dialogs.texts("error") == [print_pdf.NO_OFFICE_MESSAGE]


def test_printing_without_an_office_suite_says_so_under_its_own_title(
    context: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcdc_desktop.export import print_pdf

    monkeypatch.setattr(print_pdf, "find_office", lambda: None)
    assert export_flow.print_with_dialogs(None, context, sample_draft("bc-6thang")) is False
    assert dialogs.calls == [("error", "In văn bản", print_pdf.NO_OFFICE_MESSAGE)]


def test_stopping_at_the_checks_prints_nothing(
    context: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcdc_desktop.export import print_pdf

    printed: list[Path] = []
    monkeypatch.setattr(print_pdf, "find_office", lambda: ("libreoffice", Path("/x/soffice")))
    monkeypatch.setattr(print_pdf, "print_docx", lambda docx, office: printed.append(docx))
    monkeypatch.setattr(export_flow, "confirm_despite_errors", lambda parent, d: False)
    assert export_flow.print_with_dialogs(None, context, sample_draft("bc-6thang")) is False
    assert printed == [] and dialogs.calls == []


def test_pdf_runs_the_conversion_off_the_gui_thread(
    context: Any, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from qcdc_desktop.export import print_pdf

    threads: list[bool] = []

    def convert(path: Path, out_dir: Path | None = None, office: Any = None) -> Path:
        threads.append(threading.current_thread() is threading.main_thread())
        pdf = Path(out_dir or path.parent) / (Path(path).stem + ".pdf")
        pdf.write_bytes(b"%PDF-1.4 fake")
        return pdf

    monkeypatch.setattr(print_pdf, "find_office", lambda: ("libreoffice", Path("/x/soffice")))
    monkeypatch.setattr(print_pdf, "convert_to_pdf", convert)
    monkeypatch.setattr(export_flow, "confirm_despite_errors", lambda parent, d: True)
    target = tmp_path / "bao-cao.pdf"
    dialogs.save_path = [target]
    assert export_flow.export_pdf_with_dialogs(None, context, sample_draft("bc-6thang")) == target
    assert target.read_bytes() == b"%PDF-1.4 fake"
    assert threads == [False]


def test_run_in_background_reraises_the_workers_error(qapp: Any) -> None:
    def fail() -> None:
        raise ValueError("hỏng")

    with pytest.raises(ValueError, match="hỏng"):
        export_flow.run_in_background(None, "…", fail)
    assert export_flow.run_in_background(None, "…", lambda: 42) == 42


def test_format_values_overlay_the_saved_choices(context: Any) -> None:
    from qcdc_desktop.storage import set_setting
    from qcdc_desktop.ui.context import FORMAT_SETTINGS_KEY

    assert context.format_values()["body_size"] == 14
    set_setting(context.db, FORMAT_SETTINGS_KEY, {"body_size": 13, "margin_left_mm": 35})
    assert context.format_values()["body_size"] == 13
    settings = context.format_settings()
    assert (settings.body_size, settings.margin_left_mm, settings.margin_right_mm) == (13, 35, 15)


def test_a_saved_layout_outside_the_decree_stops_the_export(
    context: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcdc_desktop.storage import set_setting
    from qcdc_desktop.ui.context import FORMAT_SETTINGS_KEY

    set_setting(context.db, FORMAT_SETTINGS_KEY, {"body_size": 16})
    monkeypatch.setattr(export_flow, "confirm_despite_errors", lambda parent, d: True)
    assert export_flow.export_with_dialogs(None, context, sample_draft("bc-6thang")) is None
    (message,) = dialogs.texts("error")
    assert "Cỡ chữ phần nội dung" in message
    assert "save_file_path" not in dialogs.kinds()


def test_progress_dialog_is_wide_enough_for_its_title(qtbot: Any) -> None:
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    seen: list[tuple[int, int]] = []

    def look() -> None:
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QProgressDialog) and dialog.isVisible():
                needed = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
                seen.append((dialog.width(), needed))
        if not seen:
            QTimer.singleShot(50, look)

    QTimer.singleShot(450, look)
    export_flow.run_in_background(None, "…", lambda: time.sleep(1.2))
    assert seen, "the busy indicator never appeared"
    width, needed = seen[0]
    assert width >= needed + 100  # the title and the frame's buttons both fit
