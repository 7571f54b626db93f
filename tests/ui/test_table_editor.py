"""The table editor, the appendix step and tables inside a part, driven like a user."""

from __future__ import annotations

from typing import Any

from wizard_fixtures import editor_opener, load, page, store_new_draft, type_text  # noqa: F401

from qcdc_desktop.editing.block_text import blocks_to_text, text_to_blocks
from qcdc_desktop.model import Block
from qcdc_desktop.model.draft import Table
from qcdc_desktop.ui.wizard.table_cells import cell_value

# -- cells ----------------------------------------------------------------------------


def test_cells_become_numbers_only_when_they_print_back_as_typed() -> None:
    assert cell_value("20.799") == 20799
    assert cell_value("98,5") == 98.5
    assert cell_value("1250") == 1250
    assert cell_value("  ") is None
    for text in ("0123", "01/2024", "98.5", "12 %", "Phòng Kinh tế"):
        assert cell_value(text) == text
    assert cell_value("2024", header=True) == "2024"


# -- the widget -----------------------------------------------------------------------


def test_table_editor_adds_and_removes_rows_and_columns(qtbot: Any) -> None:
    from qcdc_desktop.ui.wizard.table_editor import TableEditor

    editor = TableEditor()
    qtbot.addWidget(editor)
    editor.set_table(Table(rows=[["STT", "Đơn vị"], [1, "Văn phòng"]], header_rows=1))
    edits: list[int] = []
    editor.edited.connect(lambda: edits.append(1))
    editor.grid.setCurrentCell(1, 1)
    qtbot.mouseClick(editor.buttons["add_row"], qtbot_left())
    qtbot.mouseClick(editor.buttons["add_column"], qtbot_left())
    assert (editor.grid.rowCount(), editor.grid.columnCount()) == (3, 3)
    editor.grid.item(2, 0).setText("2")
    editor.grid.item(2, 1).setText("Phòng Kinh tế")
    editor.grid.item(2, 2).setText("20.799")
    editor.grid.setCurrentCell(0, 2)
    qtbot.mouseClick(editor.buttons["remove_column"], qtbot_left())
    type_text(qtbot, editor.caption, "Bảng 1. Đơn vị")
    table = editor.table()
    assert table.rows == [["STT", "Đơn vị"], [1, "Văn phòng"], [2, "Phòng Kinh tế"]]
    assert table.header_rows == 1 and table.caption == "Bảng 1. Đơn vị"
    assert edits
    editor.header_rows.setValue(2)
    assert editor.grid.item(1, 1).font().bold()
    assert editor.table().rows[1] == ["1", "Văn phòng"]  # header cells stay text
    qtbot.mouseClick(editor.buttons["remove_row"], qtbot_left())
    assert editor.grid.rowCount() == 2


def qtbot_left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_numbers_show_the_vietnamese_way_and_survive_a_round_trip(qtbot: Any) -> None:
    from qcdc_desktop.ui.wizard.table_editor import TableEditor

    editor = TableEditor()
    qtbot.addWidget(editor)
    table = Table(rows=[["A", "B"], [20799, 98.5], ["0123", None]], widths=[1, 3])
    editor.set_table(table)
    assert editor.grid.item(1, 0).text() == "20.799"
    assert editor.grid.item(1, 1).text() == "98,5"
    assert editor.table().rows == table.rows
    assert editor.table().widths == [1, 3]


# -- block text keeps tables in place ---------------------------------------------------


def test_section_text_editing_keeps_table_blocks_in_place() -> None:
    table = Block(kind="table", table=Table(rows=[["A"], [1]]))
    blocks = [Block(text="Đoạn một."), table, Block(kind="item", text="Ý hai")]
    text = blocks_to_text(blocks)
    assert text == "Đoạn một.\n- Ý hai"
    out = text_to_blocks("Đoạn một sửa.\n- Ý hai\nĐoạn ba.", blocks)
    assert [b.kind for b in out] == ["para", "table", "item", "para"]
    assert out[1] is table


# -- the appendix step ----------------------------------------------------------------


def test_appendix_step_creates_edits_and_saves_an_appendix(
    qtbot: Any, context: Any, open_editor: Any
) -> None:
    draft_id = store_new_draft(context)
    window = open_editor(draft_id)
    appendix_page = page(window, "appendices")
    assert appendix_page.empty_label.isVisibleTo(appendix_page)
    qtbot.mouseClick(appendix_page.buttons["add"], qtbot_left())
    assert len(window.draft.appendices) == 1
    type_text(qtbot, appendix_page.subtitle, "Kết quả tổ chức hội nghị")
    editor = appendix_page.editor
    editor.grid.item(1, 0).setText("1")
    editor.grid.item(1, 1).setText("Văn phòng")
    editor.grid.item(1, 2).setText("1.250")
    preview = page(window, "review").preview.toPlainText()
    assert "Phụ lục" in preview and "Kết quả tổ chức hội nghị" in preview
    assert window.save_now()  # what Ctrl+S does; the step change only schedules a save
    stored = load(context, draft_id)
    (appendix,) = stored.appendices
    assert appendix.subtitle == "Kết quả tổ chức hội nghị"
    table = next(b.table for b in appendix.blocks if b.kind == "table")
    assert table.rows[1] == [1, "Văn phòng", 1250]
    assert appendix_page.list.item(0).text() == "Phụ lục: Kết quả tổ chức hội nghị"


def test_appendices_are_numbered_moved_and_removed(
    qtbot: Any, context: Any, open_editor: Any, dialogs: Any
) -> None:
    window = open_editor(store_new_draft(context))
    appendix_page = page(window, "appendices")
    for subtitle in ("Một", "Hai"):
        qtbot.mouseClick(appendix_page.buttons["add"], qtbot_left())
        type_text(qtbot, appendix_page.subtitle, subtitle)
    appendix_page.store(window.draft)
    labels = [appendix_page.list.item(i).text() for i in range(appendix_page.list.count())]
    assert labels == ["Phụ lục I: Một", "Phụ lục II: Hai"]
    qtbot.mouseClick(appendix_page.buttons["up"], qtbot_left())
    assert [a.subtitle for a in window.draft.appendices] == ["Hai", "Một"]
    dialogs.yes_no.append(True)
    qtbot.mouseClick(appendix_page.buttons["remove"], qtbot_left())
    assert [a.subtitle for a in window.draft.appendices] == ["Một"]
    assert dialogs.kinds() == ["ask_yes_no"]


def test_appendix_finding_opens_the_appendix(qtbot: Any, context: Any, open_editor: Any) -> None:
    window = open_editor(store_new_draft(context))
    appendix_page = page(window, "appendices")
    qtbot.mouseClick(appendix_page.buttons["add"], qtbot_left())
    qtbot.mouseClick(appendix_page.buttons["add"], qtbot_left())
    first = window.draft.appendices[0]
    window.goto_step("review")
    window.goto_step("appendices", first.id, "subtitle")
    assert appendix_page.current is first
    assert appendix_page.subtitle.hasFocus()


# -- a table inside a part ------------------------------------------------------------


def test_a_table_in_a_part_is_shown_and_opened_in_the_editor(
    qtbot: Any, context: Any, open_editor: Any, monkeypatch: Any
) -> None:
    from qcdc_desktop.ui.wizard import table_dialog

    window = open_editor(store_new_draft(context))
    section = page(window, "situation")
    part = section.part
    assert part is not None
    part.blocks.append(Block(kind="table", table=Table(rows=[["A", "B"], [1, 2]])))
    section.select_part(part.id)
    section._show_part(part)
    tables = section.part_tables
    ((open_button, _remove),) = tables.rows
    assert open_button.text() == "Bảng 1 (chưa có tên) — 2 dòng × 2 cột — bấm để sửa"

    def accept(dialog: Any) -> int:
        dialog.editor.grid.item(1, 1).setText("20.799")
        dialog.editor.caption.setText("Bảng số liệu")
        return table_dialog.TableDialog.DialogCode.Accepted

    monkeypatch.setattr(table_dialog.TableDialog, "exec", accept)
    qtbot.mouseClick(open_button, qtbot_left())
    table = next(b.table for b in part.blocks if b.kind == "table")
    assert table.rows[1] == [1, 20799] and table.caption == "Bảng số liệu"
    # Typing in the part's text keeps the table.
    type_text(qtbot, section.text, " Thêm chữ.")
    section.store(window.draft)
    assert any(b.kind == "table" for b in part.blocks)
    assert tables.rows[0][0].text().startswith("“Bảng số liệu” — 2 dòng × 2 cột")


# -- a header break set by the user -----------------------------------------------------


def test_shift_enter_sets_a_header_break_in_the_agency_name(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from qcdc_desktop.ui.header_name_edit import HeaderNameEdit

    edit = HeaderNameEdit()
    qtbot.addWidget(edit)
    type_text(qtbot, edit, "Sở Văn hóa, Thể thao")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, edit, " và Du lịch")
    assert edit.text() == "Sở Văn hóa, Thể thao\u2028và Du lịch"
    assert super(HeaderNameEdit, edit).text() == "Sở Văn hóa, Thể thao↵ và Du lịch"
    edit.setText("A\nB")
    assert edit.text() == "A\u2028B"


def test_agency_page_keeps_the_break_to_the_export(
    qtbot: Any, context: Any, open_editor: Any, tmp_path: Any
) -> None:
    from docx_probe import Probe, open_docx
    from PySide6.QtCore import Qt

    from qcdc_desktop.export import export_docx

    window = open_editor(store_new_draft(context))
    agency = page(window, "basis")
    edit = agency.fields["issuing_body"]
    edit.clear()
    type_text(qtbot, edit, "Sở Thông tin")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, edit, "và Truyền thông")
    agency.store(window.draft)
    assert window.draft.agency.issuing_body == "Sở Thông tin\u2028và Truyền thông"
    probe = Probe(open_docx(export_docx(window.draft, tmp_path / "b.docx")))
    assert probe.paragraph_with("SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG") is not None
    assert not any("\u2028" in probe.text(p) for p in probe.body_paragraphs())
