"""“Dán toàn bộ báo cáo”: the dialog, and the start window turning a paste into a draft."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from qcdc_desktop import storage
from qcdc_desktop.ui import paste_report_dialog
from qcdc_desktop.ui.paste_report_dialog import PasteReportDialog
from qcdc_desktop.ui.start_window import StartWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import example_reports as er
from test_start_window import FakeEditor


@pytest.fixture
def window(context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> StartWindow:
    FakeEditor.opened = []
    monkeypatch.setattr(StartWindow, "_editor_class", lambda self: FakeEditor)
    win = StartWindow(context)
    qtbot.addWidget(win)
    return win


def test_dialog_is_vietnamese_and_needs_text(qtbot: Any) -> None:
    dialog = PasteReportDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Dán toàn bộ báo cáo"
    assert dialog.import_button.text() == "Tạo bản thảo"
    assert not dialog.import_button.isEnabled()
    qtbot.keyClicks(dialog.editor, "I. ")  # QTest types ASCII keys only
    assert dialog.import_button.isEnabled()
    dialog.editor.insertPlainText("Đặc điểm tình hình")  # as a paste inserts it
    assert dialog.text() == "I. Đặc điểm tình hình"
    dialog.editor.clear()
    assert not dialog.import_button.isEnabled()


def test_pasted_report_becomes_a_structured_draft(
    window: StartWindow, context: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any
) -> None:
    report = er.load(er.REPORT)
    monkeypatch.setattr(
        paste_report_dialog, "ask_pasted_report", lambda parent: er.plain_text(report)
    )
    assert window.act_paste_report.text() == "Dán toàn bộ báo cáo…"
    draft_id = window.paste_report()
    assert draft_id is not None
    stored = storage.load_draft(context.db, draft_id)
    assert [s.title for s in stored.sections][:2] == [
        "Đặc điểm tình hình",
        "Công tác chỉ đạo, triển khai",
    ]
    assert stored.summary == report.summary
    (info,) = dialogs.texts("info")
    assert "văn bản đã dán" in info and "văn bản thuần" in info
    assert FakeEditor.opened == [draft_id]


def test_cancelled_paste_creates_nothing(
    window: StartWindow, context: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any
) -> None:
    monkeypatch.setattr(paste_report_dialog, "ask_pasted_report", lambda parent: None)
    assert window.paste_report() is None
    assert storage.list_drafts(context.db) == []
    assert dialogs.texts() == []


def test_dialog_accepts_with_the_button(qtbot: Any) -> None:
    dialog = PasteReportDialog()
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("BÁO CÁO")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PasteReportDialog.DialogCode.Accepted


def test_a_paste_without_type_or_year_asks_for_them(
    window: StartWindow, context: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any
) -> None:
    from qcdc_desktop.ui import import_choice

    asked: list[list[str]] = []

    def choose(parent: Any, type_id: str, year: int, missing: list[str]) -> tuple[str, int]:
        asked.append(missing)
        return "bc-nam", 2023

    monkeypatch.setattr(import_choice, "ask_type_and_year", choose)
    text = "Ghi chép công tác dân chủ ở cơ sở của phòng.\nCác phòng hoàn thành nhiệm vụ.\n"
    monkeypatch.setattr(paste_report_dialog, "ask_pasted_report", lambda parent: text)
    draft_id = window.paste_report()
    assert asked == [["doc_type", "year"]]
    stored = storage.load_draft(context.db, draft_id)
    assert (stored.doc_type, stored.period.year) == ("bc-nam", 2023)


def test_type_and_year_dialog_is_vietnamese(qtbot: Any) -> None:
    from qcdc_desktop.ui.import_choice import type_year_dialog

    dialog = type_year_dialog(None, "bc-nam", 2023, ["year"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Văn bản không ghi năm báo cáo"
    assert dialog.create_button.text() == "Dùng lựa chọn này"
    assert dialog.chosen() == ("bc-nam", 2023)
    dialog.year.setValue(2022)
    assert dialog.chosen() == ("bc-nam", 2022)
