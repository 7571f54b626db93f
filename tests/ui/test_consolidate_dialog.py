"""Tổng hợp báo cáo các đơn vị and the figures workbook, from the start window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow

from qcdc_desktop import storage
from qcdc_desktop.consolidate import RECORD_KEY, UNIT_KEY
from qcdc_desktop.consolidate.figures_xlsx import ID_COLUMN, VALUE_COLUMN
from qcdc_desktop.doctypes import figure_groups, new_draft
from qcdc_desktop.export import export_docx
from qcdc_desktop.model import draft_to_json
from qcdc_desktop.model.draft import Block, FigureValues
from qcdc_desktop.ui import consolidate_dialog as cd
from qcdc_desktop.ui import figures_workbook_flow as fw
from qcdc_desktop.ui.start_window import StartWindow


class FakeEditor(QMainWindow):
    """Stands in for the wizard's editor window (same constructor and signal)."""

    closed = Signal(str)
    opened: list[str] = []

    def __init__(self, context: Any, draft_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        storage.load_draft(context.db, draft_id)
        self.draft_id = draft_id
        FakeEditor.opened.append(draft_id)

    def save_now(self) -> bool:
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit(self.draft_id)
        super().closeEvent(event)


@pytest.fixture
def window(context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> StartWindow:
    FakeEditor.opened = []
    monkeypatch.setattr(StartWindow, "_editor_class", lambda self: FakeEditor)
    win = StartWindow(context)
    qtbot.addWidget(win)
    return win


def _unit(name: str, received: int, year: int = 2024) -> Any:
    draft = new_draft("bc-nam", year)
    draft.agency.issuing_body = name
    draft.figures["tthc"] = FigureValues(values={"received": received})
    draft.sections[0].blocks.append(Block(text=f"Tình hình của {name}."))
    return draft


def test_dialog_consolidates_files_and_saved_drafts(
    window: StartWindow, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.act_consolidate.text() == "Tổng hợp báo cáo các đơn vị…"
    assert window.act_consolidate_menu in window.toolbar.actions()
    assert window.act_consolidate in window.consolidate_menu.actions()
    a = tmp_path / "a.json"
    a.write_text(draft_to_json(_unit("Đơn vị A", 10)), "utf-8")
    b = export_docx(_unit("Đơn vị B", 5), tmp_path / "b.docx")
    old = tmp_path / "old.json"
    old.write_text(draft_to_json(_unit("Đơn vị C", 99, year=2023)), "utf-8")
    saved = _unit("Đơn vị D", 1)
    storage.save_draft(window.context.db, saved, reason="save")
    monkeypatch.setattr(cd, "open_file_paths", lambda *a_: [a, b, old])
    monkeypatch.setattr(cd, "choose_saved_drafts", lambda parent, rows: [(saved.id, "D")])

    created: list[str | None] = []

    def drive() -> None:
        dialog = next(
            w for w in window.findChildren(QDialog) if isinstance(w, cd.ConsolidateDialog)
        )
        dialog.add_files()
        dialog.add_saved()
        dialog.add_files()  # the same files again are not listed twice
        assert dialog.inputs.count() == 4
        dialog.type_box.setCurrentIndex(dialog.type_box.findData("bc-nam"))
        dialog.year.setValue(2024)
        dialog.expected.setPlainText("Đơn vị A\nĐơn vị E")
        assert not dialog.create_button.isEnabled()
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        text = dialog.review.toPlainText()
        assert "Đã tổng hợp 3/4 báo cáo." in text
        assert "năm 2023" in text and "Đơn vị E" in text
        assert dialog.create_button.isEnabled()
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, drive)
    created.append(cd.consolidate_reports(window))
    new_id = created[0]
    assert new_id is not None and FakeEditor.opened == [new_id]
    total = storage.load_draft(window.context.db, new_id)
    assert total.figures["tthc"].values["received"] == 16
    assert total.extra[RECORD_KEY]["units"] == ["Đơn vị A", "Đơn vị B", "Đơn vị D"]
    marks = [b.extra[UNIT_KEY] for p in total.all_parts() for b in p.blocks if UNIT_KEY in b.extra]
    assert marks == ["Đơn vị A", "Đơn vị B", "Đơn vị D"]


def test_figures_workbook_export_and_import_with_preview(
    window: StartWindow, tmp_path: Path, dialogs: Any
) -> None:
    draft = _unit("Đơn vị A", 10)
    storage.save_draft(window.context.db, draft, reason="save")
    window.refresh()
    window.select_draft(draft.id)
    window.consolidate_menu.aboutToShow.emit()
    assert window.act_xlsx_export.isEnabled() and window.act_xlsx_import.isEnabled()
    target = tmp_path / "so-lieu.xlsx"
    dialogs.save_path.append(target)
    assert fw.export_figures_workbook(window) == target
    book = load_workbook(target)
    sheet = book[figure_groups()["tthc"].title]
    for row in sheet.iter_rows(min_row=3):
        if row[ID_COLUMN - 1].value == "received":
            row[VALUE_COLUMN - 1].value = 12
    book.save(target)

    dialogs.open_path.append(target)
    dialogs.yes_no.append(False)  # the preview is shown; the user says no
    assert not fw.import_figures_workbook(window)
    assert "Hồ sơ tiếp nhận: 10 → 12" in dialogs.texts("ask_yes_no")[-1]
    assert storage.load_draft(window.context.db, draft.id).figures["tthc"].values["received"] == 10

    dialogs.open_path.append(target)
    dialogs.yes_no.append(True)
    assert fw.import_figures_workbook(window)
    assert storage.load_draft(window.context.db, draft.id).figures["tthc"].values["received"] == 12


def test_a_bad_workbook_says_so_in_one_message(
    window: StartWindow, tmp_path: Path, dialogs: Any
) -> None:
    draft = _unit("Đơn vị A", 10)
    storage.save_draft(window.context.db, draft, reason="save")
    window.refresh()
    window.select_draft(draft.id)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK not really")
    dialogs.open_path.append(bad)
    assert not fw.import_figures_workbook(window)
    assert dialogs.kinds()[-1] == "error" and "Excel" in dialogs.texts("error")[-1]


def test_unit_marks_are_shown_in_the_wizard(context: Any, qtbot: Any) -> None:
    from wizard_fixtures import page

    from qcdc_desktop.consolidate import UnitReport, consolidate
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow
    from qcdc_desktop.ui.wizard.unit_marks import unit_line_ranges

    units = [_unit(n, 1) for n in ("Đơn vị A", "Đơn vị B")]
    result = consolidate(
        [UnitReport(d.agency.issuing_body, "-", d, "json") for d in units], "bc-nam", 2024
    )
    storage.save_draft(context.db, result.draft, reason="save", expected_revision=0)
    window = EditorWindow(context, result.draft.id)
    qtbot.addWidget(window)
    window.show()
    try:
        section = page(window, result.draft.sections[0].step)
        section.select_part(result.draft.sections[0].id)
        assert section.text.toPlainText().splitlines() == [
            "Tình hình của Đơn vị A.",
            "Tình hình của Đơn vị B.",
        ]
        marks = section.unit_marks
        assert marks.isVisibleTo(section)
        assert "dòng 1: Đơn vị A" in marks.text() and "dòng 2: Đơn vị B" in marks.text()
        assert unit_line_ranges(result.draft.sections[0].blocks) == [
            (1, 1, "Đơn vị A"),
            (2, 2, "Đơn vị B"),
        ]
    finally:
        window.close()
