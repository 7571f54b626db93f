"""Drive the editor like a user, from a new draft to the exported Word document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from wizard_fixtures import editor_opener, load, page, store_new_draft, type_text  # noqa: F401

TEXTS = {
    "situation": "Sở có 04 phòng chuyên môn và 01 đơn vị sự nghiệp trực thuộc.",
    "direction": "Lãnh đạo Sở quán triệt các văn bản về dân chủ ở cơ sở.",
    "results": "Giám đốc Sở công khai kế hoạch công tác năm.",
    "assessment": "Việc thực hiện dân chủ tạo chuyển biến rõ rệt.",
    "tasks": "Tiếp tục quán triệt Luật Thực hiện dân chủ ở cơ sở.",
}
CHILD_TITLE = "Công tác chuyển đổi số"
CHILD_TEXT = "- Triển khai phần mềm quản lý văn bản cho toàn bộ công chức."


def _type(qtbot: Any, widget: Any, text: str) -> None:
    type_text(qtbot, widget, text)


def _figure(window: Any, name: str) -> QLineEdit:
    edit = window.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def test_new_draft_to_exported_document(
    qtbot: Any, context: Any, open_editor: Any, dialogs: Any, tmp_path: Path
) -> None:
    draft_id = store_new_draft(context)
    window = open_editor(draft_id)

    general = page(window, "document")
    general.blank_number.setChecked(False)
    general.number.clear()
    _type(qtbot, general.number, "12")
    general.year_only.setChecked(True)

    basis = page(window, "basis")
    for name, text in (
        ("parent_body", "UBND tỉnh Tây Ninh"),
        ("issuing_body", "Sở Thông tin và Truyền thông"),
        ("abbreviation", "STTTT"),
        ("place", "Tây Ninh"),
    ):
        _type(qtbot, basis.fields[name], text)
    assert "Sở Thông tin và Truyền thông báo cáo" in basis.opening_preview.text()

    # Every section page: type into its first part.
    for step, text in TEXTS.items():
        section = page(window, step)
        section.select_part(section.model.part_ids()[0])
        _type(qtbot, section.text, text)

    # A new sub-part under section I, with its own title and text.
    section = page(window, "situation")
    qtbot.mouseClick(section.buttons["add_child"], Qt.MouseButton.LeftButton)
    assert section.title.hasFocus() or section.title.selectedText() == "Mục mới"
    _type(qtbot, section.title, CHILD_TITLE)
    _type(qtbot, section.text, CHILD_TEXT)
    assert section.model.data(section.tree.currentIndex()) == f"1. {CHILD_TITLE}"

    # Staff figures: a sum that does not add up is flagged, then fixed.
    section.select_part(section.model.part_ids()[0])
    values = {"total": "55", "cong_chuc": "26", "vien_chuc": "20", "hd111": "7", "hdld": "1"}
    for fid, text in values.items():
        _type(qtbot, _figure(window, f"figure_staff_{fid}"), text)
    warning = section.findChild(type(section.part_label), "figures_warning_staff")
    assert warning.isVisibleTo(section) and "55" in warning.text() and "54" in warning.text()
    # Once autosaved, the side panel marks the step as having a problem.
    qtbot.waitUntil(lambda: window.step_panel.state_text("situation").endswith("có vấn đề"))
    hdld = _figure(window, "figure_staff_hdld")
    hdld.clear()
    _type(qtbot, hdld, "2")
    assert not warning.isVisibleTo(section)
    sentence = section.findChild(QWidget, "figures_sentence_staff")
    assert "55 người" in sentence.text() and "07" in sentence.text()

    closing = page(window, "closing")
    closing.authority.setCurrentIndex(closing.authority.findData("KT."))
    _type(qtbot, closing.head_title, "GIÁM ĐỐC")
    _type(qtbot, closing.signer_title, "PHÓ GIÁM ĐỐC")
    _type(qtbot, closing.signer_name, "Nguyễn Văn A")
    recipients = closing.findChild(QPlainTextEdit, "recipients")
    recipients.clear()
    _type(qtbot, recipients, "Sở Nội vụ\nLưu: VT, VP")
    assert "KT. GIÁM ĐỐC" in closing.signer_preview.text()

    review = page(window, "review")
    assert "55 người" in review.preview.toPlainText()
    target = tmp_path / "bao-cao.docx"
    dialogs.save_path.append(target)
    dialogs.yes_no.append(True)  # export even if a check still complains
    qtbot.mouseClick(review.buttons["docx"], Qt.MouseButton.LeftButton)
    assert target.exists(), dialogs.calls
    assert review.buttons["open_file"].isEnabled()

    import docx

    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    body = "\n".join(paragraphs)
    positions = [body.find(text) for text in TEXTS.values()]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    heading_1 = body.find("I. ĐẶC ĐIỂM TÌNH HÌNH")
    heading_2 = body.find("II. CÔNG TÁC LÃNH ĐẠO")
    child = body.find(f"1. {CHILD_TITLE}")
    assert 0 <= heading_1 < positions[0] < child < body.find(CHILD_TEXT) < heading_2
    assert "Tổng số cán bộ, công chức, viên chức và người lao động: 55 người" in body
    stored = load(context, draft_id)
    assert stored.number == "12" and stored.signer.name == "Nguyễn Văn A"
    assert [c.title for c in stored.sections[0].children] == [CHILD_TITLE]


def test_plan_type_has_three_section_pages(open_editor: Any, context: Any) -> None:
    window = open_editor(store_new_draft(context, "kh-nam"))
    kinds = [s.kind for s in window.steps]
    assert kinds.count("section") == 3
    assert window.step_title.text().startswith("Bước 1/8")  # … closing, appendices, review
