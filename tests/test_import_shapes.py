"""Hand-made Word reports in different shapes are read into the right outline and header."""

from __future__ import annotations

from pathlib import Path

import docx_fixtures as fx
import pytest

from qcdc_desktop.doctypes import get_doc_type
from qcdc_desktop.importing import import_docx
from qcdc_desktop.importing.docx_reader import read_docx
from qcdc_desktop.importing.zones import cut_zones
from qcdc_desktop.model.draft import Part
from qcdc_desktop.render import render_document


def outline(parts: list[Part], depth: int = 1) -> list[tuple[int, str, bool]]:
    """(level, title, run_in) in document order."""
    out = []
    for part in parts:
        out.append((depth, part.title, part.run_in))
        out.extend(outline(part.children, depth + 1))
    return out


def keys(parts: list[Part]) -> list[str]:
    return [p.key for s in parts for p in s.walk()]


def test_bold_numbers_with_run_in_and_bold_number_only(tmp_path: Path) -> None:
    result = import_docx(fx.report_bold_numbers(tmp_path / "a.docx"))
    draft = result.draft
    assert draft.doc_type == "bc-6thang"
    assert draft.period.year == 2024
    assert outline(draft.sections) == [
        (1, "Đặc điểm tình hình", False),
        (1, "Công tác chỉ đạo, triển khai", False),
        (2, "Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền", False),
        (2, "Hoạt động của Ban Chỉ đạo thực hiện dân chủ ở cơ sở", False),
        (1, "Kết quả thực hiện dân chủ ở cơ sở", False),
        (2, "Trách nhiệm của người đứng đầu cơ quan, đơn vị", True),
        (2, "", True),
        (2, "", True),
        (1, "Đánh giá chung", False),
        (2, "Những kết quả đạt được", False),
        (2, "Nguyên nhân đạt được", False),
        (1, "Nhiệm vụ trọng tâm trong thời gian tới", False),
    ]
    results = draft.sections[2]
    # "**2.** Thực hiện …": a numbered part with no title, linked by position.
    assert [c.key for c in results.children] == [
        "results.head",
        "results.procedures",
        "results.conference",
    ]
    assert results.children[1].blocks[0].text == fx.TTHC
    head = results.children[0]
    assert [(b.kind, b.text) for b in head.blocks] == [
        ("para", fx.HEAD_TEXT),
        ("item", fx.HEAD_ITEM),
    ]
    assert [s.step for s in draft.sections] == [
        "situation",
        "direction",
        "results",
        "assessment",
        "tasks",
    ]
    assert draft.agency.parent_body == fx.PARENT
    assert draft.agency.issuing_body == fx.AGENCY
    assert draft.agency.abbreviation == "STTTT"
    assert draft.agency.place == "Tây Ninh"
    assert draft.number == "12"
    assert (draft.date.year, draft.date.month, draft.date.day) == (2024, 6, 5)
    assert draft.signer.head_title == "GIÁM ĐỐC" and draft.signer.authority == ""
    assert draft.signer.name == "Nguyễn Văn An"
    assert draft.recipients == fx.RECIPIENTS
    assert "Nơi nhận: 3 dòng" in result.summary
    assert "Nhận dạng 5 phần, 7 mục con, 13 đoạn" in result.summary
    assert result.unplaced == []


def body_texts(path: Path) -> list[str]:
    """The paragraphs between the title block and "Nơi nhận", as read from the file."""
    return [p.text for p in cut_zones(read_docx(path)).body if p.text]


def test_bold_numbers_body_prints_back_word_for_word(tmp_path: Path) -> None:
    path = fx.report_bold_numbers(tmp_path / "a.docx")
    printed = [p.full_text for p in render_document(import_docx(path).draft).body]
    assert printed == body_texts(path)


def test_word_heading_styles_and_letter_sub_parts(tmp_path: Path) -> None:
    result = import_docx(fx.report_heading_styles(tmp_path / "b.docx"))
    draft = result.draft
    assert draft.doc_type == "bc-nam"
    assert outline(draft.sections) == [
        (1, "Đặc điểm tình hình", False),
        (1, "Công tác lãnh đạo, chỉ đạo, triển khai", False),
        (2, "Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền", False),
        (3, "Công tác quán triệt", False),
        (3, "Chế độ giao ban", False),
        (2, "Công tác tuyên truyền, phổ biến", False),
        (1, "Đánh giá chung", False),
        (1, "Nhiệm vụ trọng tâm thời gian tới", False),
    ]
    # The blank room for the records clerk: no number, year-only date.
    assert draft.number == ""
    assert draft.agency.abbreviation == "STTTT"
    assert (draft.date.year, draft.date.month, draft.date.day) == (2024, None, None)
    assert (draft.signer.authority, draft.signer.head_title, draft.signer.signer_title) == (
        "KT.",
        "GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
    )
    assert draft.signer.name == "Trần Thị Bình"


def test_other_order_plain_roman_and_italic_letters(tmp_path: Path) -> None:
    draft = import_docx(fx.report_reordered(tmp_path / "c.docx")).draft
    assert outline(draft.sections) == [
        (1, "Kết quả thực hiện dân chủ ở cơ sở", False),
        (2, "Trách nhiệm của người đứng đầu cơ quan, đơn vị", False),
        (3, "Những việc phải công khai", False),
        (3, "Những việc công chức tham gia ý kiến", False),
        (2, "Thủ tục hành chính và công tác cán bộ", False),
        (1, "Công tác lãnh đạo, chỉ đạo", False),
        (1, "Đánh giá chung", False),
        (2, "Ưu điểm", False),
        (2, "Hạn chế và nguyên nhân", False),
        (1, "Phương hướng, nhiệm vụ năm 2024", False),
    ]
    assert [s.key for s in draft.sections[:3]] == ["results", "direction", "assessment"]
    # Numbered tasks written as sentences stay paragraphs of their section.
    tasks = draft.sections[3]
    assert [b.text[:2] for b in tasks.blocks] == ["1.", "2."]
    sub = draft.sections[0].children[0].children[1]
    assert [(b.kind, b.text) for b in sub.blocks] == [
        ("subitem", "Dự thảo Quy chế chi tiêu nội bộ.")
    ]
    assert draft.report_to == "Ban Chỉ đạo tỉnh"


def test_header_as_paragraphs_tabs_after_numbers_and_trailing_signature(tmp_path: Path) -> None:
    draft = import_docx(fx.report_plain_paragraphs(tmp_path / "d.docx")).draft
    assert outline(draft.sections) == [
        (1, "Đặc điểm tình hình", False),
        (1, "Công tác lãnh đạo, chỉ đạo, triển khai", False),
        (2, "Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền", False),
        (2, "Công tác kiểm tra, giám sát", False),
        (1, "Kết quả thực hiện dân chủ ở cơ sở", False),
        (1, "Đánh giá chung", False),
        (1, "Nhiệm vụ trọng tâm thời gian tới", False),
    ]
    assert draft.agency.parent_body == fx.PARENT
    assert draft.agency.issuing_body == fx.AGENCY
    assert (draft.number, draft.agency.abbreviation) == ("07", "STTTT")
    assert (draft.date.year, draft.date.month, draft.date.day) == (2025, 6, 3)
    assert draft.period.year == 2025
    assert draft.recipients == ["Sở Nội vụ", "Lưu: VT, VP"]
    assert (draft.signer.authority, draft.signer.signer_title, draft.signer.name) == (
        "KT.",
        "PHÓ GIÁM ĐỐC",
        "Lê Văn Cường",
    )
    # "-<tab>text" is a list item whose text starts after the tab.
    leadership = draft.sections[1].children[0]
    assert leadership.blocks[0].kind == "item"
    assert leadership.blocks[0].text == fx.LEAD_1


def test_plan_with_decimal_numbers(tmp_path: Path) -> None:
    result = import_docx(fx.plan_decimal(tmp_path / "e.docx"))
    draft = result.draft
    assert draft.doc_type == "kh-nam"
    assert outline(draft.sections) == [
        (1, "Mục đích, yêu cầu", False),
        (1, "Nội dung thực hiện", False),
        (
            2,
            "Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền về thực hiện dân chủ ở cơ sở",
            False,
        ),
        (2, "Công tác triển khai, tuyên truyền", False),
        (2, "Công tác kiểm tra, giám sát", True),
        (2, "Công tác thi đua, khen thưởng về thực hiện dân chủ ở cơ sở", False),
        (1, "Tổ chức thực hiện", False),
        (2, "Văn phòng Sở", False),
        (2, "Các phòng chuyên môn, đơn vị thuộc và trực thuộc Sở", False),
    ]
    assert keys(draft.sections) == [
        "purpose",
        "content",
        "content.leadership",
        "content.propaganda",
        "content.inspection",
        "content.emulation",
        "organisation",
        "organisation.office",
        "organisation.divisions",
    ]
    assert draft.number == "314" and draft.agency.abbreviation == "STTTT"
    # The plan's own closing differs from the type's: kept word for word.
    assert draft.closing.startswith("Căn cứ vào Kế hoạch này")
    assert draft.closing.endswith(
        "Văn phòng Sở để tổng hợp, báo cáo Ban Giám đốc xem xét, giải quyết./."
    )
    assert len(draft.recipients) == 5


def test_word_auto_numbering_counts_as_headings(tmp_path: Path) -> None:
    draft = import_docx(fx.report_auto_numbered(tmp_path / "f.docx")).draft
    assert outline(draft.sections) == [
        (1, "Đặc điểm tình hình", False),
        (1, "Công tác lãnh đạo, chỉ đạo, triển khai", False),
        (2, "Hoạt động của Ban Chỉ đạo", False),
        (1, "Đánh giá chung", False),
    ]


def test_legacy_tcvn3_document_is_converted_and_said_so(tmp_path: Path) -> None:
    result = import_docx(fx.legacy_tcvn3(tmp_path / "g.docx"))
    draft = result.draft
    assert "Đã chuyển mã TCVN3 sang Unicode." in result.summary
    assert draft.doc_type == "bc-6thang"
    assert [s.title for s in draft.sections] == ["Đặc điểm tình hình", "Đánh giá chung"]
    assert draft.sections[0].blocks[0].text == fx.FUNCTIONS
    assert draft.agency.issuing_body == fx.AGENCY


def test_unicode_document_is_never_converted(tmp_path: Path) -> None:
    result = import_docx(fx.report_bold_numbers(tmp_path / "a.docx"))
    assert not any("chuyển mã" in line for line in result.summary)


@pytest.mark.parametrize(
    "builder",
    [fx.report_bold_numbers, fx.report_plain_paragraphs],
)
def test_staff_sentence_becomes_figures(tmp_path: Path, builder: object) -> None:
    draft = import_docx(builder(tmp_path / "x.docx")).draft  # type: ignore[operator]
    assert draft.figures["staff"].values == {
        "total": 55,
        "cong_chuc": 26,
        "vien_chuc": 20,
        "hd111": 7,
        "hdld": 2,
    }
    blocks = [b for b in draft.sections[0].blocks if b.kind == "figures"]
    assert [b.group for b in blocks] == ["staff"]


def test_tthc_figures_read_while_the_sentence_stays(tmp_path: Path) -> None:
    draft = import_docx(fx.report_bold_numbers(tmp_path / "a.docx")).draft
    assert draft.figures["tthc"].values == {"received": 36, "in_progress": 0}
    procedures = draft.sections[2].children[1]
    assert procedures.blocks[0].kind == "para"


def test_type_hint_used_when_the_title_is_missing(tmp_path: Path) -> None:
    result = import_docx(fx.no_headings(tmp_path / "n.docx"), type_hint="kh-nam")
    assert result.draft.doc_type == "kh-nam"
    assert "Không nhận dạng được tiêu đề, đã dùng loại văn bản được chọn." in result.summary


def test_reference_six_month_report(tmp_path: Path) -> None:
    path = fx.from_reference("000", tmp_path / "000.docx")
    result = import_docx(path)
    draft = result.draft
    assert (draft.doc_type, draft.period.year) == ("bc-6thang", 2024)
    assert outline(draft.sections) == [
        (1, "Đặc điểm tình hình", False),
        (1, "Công tác chỉ đạo, triển khai", False),
        (2, "Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền", False),
        (2, "Hoạt động của Ban Chỉ đạo thực hiện dân chủ ở cơ sở", False),
        (1, "Kết quả thực hiện dân chủ ở cơ sở", False),
        (2, "Trách nhiệm của người đứng đầu cơ quan, đơn vị", True),
        (2, "", True),
        (2, "", True),
        (1, "Đánh giá chung", False),
        (2, "Những kết quả đạt được", False),
        (2, "Nguyên nhân đạt được", False),
        (1, "Nhiệm vụ trọng tâm trong thời gian tới", False),
    ]
    assert (draft.number, draft.agency.abbreviation, draft.agency.place) == (
        "",
        "STTTT",
        "Tây Ninh",
    )
    # No issuer line in the header: the closing sentence names it.
    assert draft.agency.issuing_body == "Sở Thông tin và Truyền thông"
    assert draft.report_to == "Sở Nội vụ"
    assert draft.closing == get_doc_type("bc-6thang").closing
    assert draft.recipients == ["Sở Nội vụ", "GD Sở", "Lưu: VT, VP"]
    assert draft.signer.head_title == "GIÁM ĐỐC"
    assert draft.figures["staff"].values["total"] == 55
    assert result.unplaced == []
    # Every paragraph of the reference prints again, word for word (level-1 headings
    # in the type's capitals).
    printed = [p.full_text.casefold() for p in render_document(draft).body]
    assert printed == [t.casefold() for t in body_texts(path)]
    assert printed[0].startswith("thực hiện kế hoạch số 26-kh/bcđ")
    assert printed[-1].startswith("trên đây là báo cáo")


def test_reference_annual_plan(tmp_path: Path) -> None:
    draft = import_docx(fx.from_reference("003", tmp_path / "003.docx")).draft
    assert (draft.doc_type, draft.period.year) == ("kh-nam", 2024)
    assert [p.key for p in draft.all_parts()] == [
        "purpose",
        "content",
        "content.leadership",
        "content.propaganda",
        "content.inspection",
        "content.emulation",
        "organisation",
        "organisation.office",
        "organisation.divisions",
    ]
    assert draft.sections[1].children[2].run_in
    assert (draft.signer.authority, draft.signer.head_title, draft.signer.signer_title) == (
        "KT.",
        "GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
    )
    assert len(draft.recipients) == 6 and draft.recipients[-1] == "Lưu: VT, VP"
    assert draft.closing.startswith("Căn cứ vào Kế hoạch này")
