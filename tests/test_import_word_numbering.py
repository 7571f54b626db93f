"""Word's automatic numbering computed as Word displays it, from numbering.xml as Word
writes it: formats, start values, restarts, overrides, style links and bullets."""

from __future__ import annotations

from pathlib import Path

import docx_fixtures as fx
from word_lists import (
    DASH_PLUS,
    PLAN_OUTLINE,
    REPORT_OUTLINE,
    abstract_of,
    add_instance,
    add_list,
    link_style,
    numbered,
)

from qcdc_desktop.importing import import_docx
from qcdc_desktop.importing.docx_reader import read_docx


def labels(path: Path) -> list[tuple[str, str]]:
    return [(p.label, p.text) for p in read_docx(path).all_paragraphs() if p.text]


def test_levels_formats_and_restarts(tmp_path: Path) -> None:
    b = fx.Builder()
    outline = add_list(b.doc, REPORT_OUTLINE)
    for text, level in [
        ("Một", 0),
        ("Hai", 1),
        ("Ba", 1),
        ("Bốn", 2),
        ("Năm", 2),
        ("Sáu", 0),
        ("Bảy", 1),  # restarts at 1 under a new level-0 item
        ("Tám", 2),
    ]:
        numbered(b.para(text), outline, level)
    path = b.save(tmp_path / "a.docx")
    assert labels(path) == [
        ("I.", "I. Một"),
        ("1.", "1. Hai"),
        ("2.", "2. Ba"),
        ("a)", "a) Bốn"),
        ("b)", "b) Năm"),
        ("II.", "II. Sáu"),
        ("1.", "1. Bảy"),
        ("a)", "a) Tám"),
    ]


def test_multilevel_text_start_values_and_start_override(tmp_path: Path) -> None:
    b = fx.Builder()
    plan = add_list(b.doc, PLAN_OUTLINE, starts=[3])
    numbered(b.para("Ba"), plan, 0)
    numbered(b.para("Ba chấm một"), plan, 1)
    numbered(b.para("Ba chấm hai"), plan, 1)
    # "Restart at 1": a second instance of the same list with a start override.
    again = add_instance(b.doc, abstract_of(b.doc, plan), {0: 1})
    numbered(b.para("Lại một"), again, 0)
    numbered(b.para("Một chấm một"), again, 1)
    numbered(b.para("Hai"), again, 0)
    path = b.save(tmp_path / "b.docx")
    assert [label for label, _ in labels(path)] == ["3.", "3.1.", "3.2.", "1.", "1.1.", "2."]


def test_paragraph_with_num_id_zero_is_not_numbered(tmp_path: Path) -> None:
    b = fx.Builder()
    outline = add_list(b.doc, REPORT_OUTLINE)
    link_style(b.doc, "Heading 1", outline, 0)
    b.para("Đặc điểm tình hình", style="Heading 1")
    off = b.para("Phần không đánh số", style="Heading 1")
    numbered(off, 0, 0)  # numId 0 switches the style's numbering off
    b.para("Công tác chỉ đạo", style="Heading 1")
    path = b.save(tmp_path / "c.docx")
    assert labels(path) == [
        ("I.", "I. Đặc điểm tình hình"),
        ("", "Phần không đánh số"),
        ("II.", "II. Công tác chỉ đạo"),
    ]


def test_style_linked_level_from_the_list_level_pstyle(tmp_path: Path) -> None:
    """Word's "1 Heading 1" gallery: the style's numPr names the list, the list level
    names the style (no ilvl in the style)."""
    b = fx.Builder()
    outline = add_list(b.doc, REPORT_OUTLINE, styles={0: "Heading1", 1: "Heading2"})
    link_style(b.doc, "Heading 1", outline, 0)
    link_style(b.doc, "Heading 2", outline, 0)  # no ilvl: the level is found by pStyle
    b.para("Kết quả", style="Heading 1")
    b.para("Trách nhiệm", style="Heading 2")
    b.para("Công khai", style="Heading 2")
    path = b.save(tmp_path / "d.docx")
    assert [label for label, _ in labels(path)] == ["I.", "1.", "2."]


def test_word_bullets_become_dash_and_plus_items(tmp_path: Path) -> None:
    b = fx.Builder()
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para("I. ĐẶC ĐIỂM TÌNH HÌNH", bold=True)
    dash = add_list(b.doc, DASH_PLUS)
    symbol = add_list(b.doc, [("bullet", "\uf0b7"), ("bullet", "o")])  # Word's default
    numbered(b.para("Quán triệt Luật Thực hiện dân chủ ở cơ sở."), dash, 0)
    numbered(b.para("Quy chế làm việc."), dash, 1)
    numbered(b.para("Giao ban hằng tháng."), symbol, 0)
    numbered(b.para("Quy chế chi tiêu nội bộ."), symbol, 1)
    b.para("Không có gạch đầu dòng.", style="List Bullet")  # the template's own bullets
    draft = import_docx(b.save(tmp_path / "e.docx")).draft
    assert [(x.kind, x.text) for x in draft.sections[0].blocks] == [
        ("item", "Quán triệt Luật Thực hiện dân chủ ở cơ sở."),
        ("subitem", "Quy chế làm việc."),
        ("item", "Giao ban hằng tháng."),
        ("subitem", "Quy chế chi tiêu nội bộ."),
        ("item", "Không có gạch đầu dòng."),
    ]


def test_word_letters_past_d_are_flagged_against_the_printed_numbering(tmp_path: Path) -> None:
    """Word counts a b c d e; the decree's outline counts a b c d đ: the fifth
    sub-part prints differently from the source, and the import says so."""
    b = fx.Builder()
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    outline = add_list(b.doc, REPORT_OUTLINE, bold_levels=[0, 1])
    numbered(b.para("KẾT QUẢ THỰC HIỆN", bold=True), outline, 0)
    numbered(b.para("Trách nhiệm của người đứng đầu", bold=True), outline, 1)
    for title in ["Công khai", "Tham gia ý kiến", "Quyết định", "Kiểm tra", "Giám sát"]:
        numbered(b.para(title, italic=True), outline, 2)
        b.para(f"Nội dung {title.lower()}.")
    result = import_docx(b.save(tmp_path / "f.docx"))
    sub = result.draft.sections[0].children[0].children
    assert [p.title for p in sub] == [
        "Công khai",
        "Tham gia ý kiến",
        "Quyết định",
        "Kiểm tra",
        "Giám sát",
    ]
    assert result.numbering_differs == [sub[4].id]
    assert any("“đ)”" in line and "“e”" in line for line in result.summary)


def test_localised_heading_and_list_style_names(tmp_path: Path) -> None:
    """Word in Vietnamese names the styles "Đề mục 1", "Đề mục 2"; a copied template may
    name a list style in Vietnamese too. The names imply the levels."""
    from docx.enum.style import WD_STYLE_TYPE

    b = fx.Builder()
    for name in ("Đề mục 1", "Đề mục 2", "Dấu đầu dòng 2"):
        b.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para("Đặc điểm tình hình", style="Đề mục 1")
    b.para("Cơ cấu tổ chức", style="Đề mục 2")
    b.para("- Ban Giám đốc và 04 phòng chuyên môn.")
    b.para("Văn phòng Sở.", style="Dấu đầu dòng 2")  # no numbering: the name says "+"
    b.para("Đánh giá chung", style="Đề mục 1")
    draft = import_docx(b.save(tmp_path / "vi.docx")).draft
    assert [(s.title, [c.title for c in s.children]) for s in draft.sections] == [
        ("Đặc điểm tình hình", ["Cơ cấu tổ chức"]),
        ("Đánh giá chung", []),
    ]
    assert [(x.kind, x.text) for x in draft.sections[0].children[0].blocks] == [
        ("item", "Ban Giám đốc và 04 phòng chuyên môn."),
        ("subitem", "Văn phòng Sở."),
    ]


def test_title_style_with_an_outline_level_is_the_title_not_a_part(tmp_path: Path) -> None:
    """Some templates give the Title style outline level 1; "BÁO CÁO" set in it is still
    the document's title, and the headings below are the parts."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    b = fx.Builder()
    title_style = b.doc.styles["Title"]
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "0")
    title_style.element.get_or_add_pPr().append(level)
    b.para("BÁO CÁO", style="Title")
    b.para("Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024", bold=True, center=True)
    b.para("I. ĐẶC ĐIỂM TÌNH HÌNH", bold=True)
    b.para(fx.FUNCTIONS)
    draft = import_docx(b.save(tmp_path / "title.docx")).draft
    assert draft.summary == "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024"
    assert [s.title for s in draft.sections] == ["Đặc điểm tình hình"]
