"""What the document does not give stays blank and is listed; what it gives is kept whole.
Also: run-in labels, figures in list items, numbering kept equal to the source's,
text that lost its diacritics."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx_fixtures as fx
import example_reports as er

from qcdc_desktop.importing import import_docx, import_text
from qcdc_desktop.render import render_document
from qcdc_desktop.render.dates import place_date_line


def test_plain_title_block_keeps_the_summary_type_and_year(tmp_path: Path) -> None:
    """Neither bold nor centred: the summary is still the document's own, and the year
    is the one it names (not this year)."""
    b = fx.Builder()
    b.header_table("Số: 31/BC-STTTT", "Tây Ninh, ngày      tháng 12 năm 2023")
    b.para("BÁO CÁO")
    b.para("Kết quả thực hiện dân chủ ở cơ sở năm 2023")
    b.para(fx.OPENING.replace("6 tháng đầu năm 2024", "năm 2023"))
    b.para("I. ĐẶC ĐIỂM TÌNH HÌNH", bold=True)
    b.para(fx.FUNCTIONS)
    result = import_docx(b.save(tmp_path / "a.docx"))
    draft = result.draft
    assert draft.summary == "Kết quả thực hiện dân chủ ở cơ sở năm 2023"
    assert draft.doc_type == "bc-nam" and draft.period.year == 2023
    # The day is left for the clerk; the month the document gives is kept.
    assert (draft.date.year, draft.date.month, draft.date.day) == (2023, 12, None)
    assert place_date_line(draft.agency.place, draft.date).endswith("tháng 12 năm 2023")
    assert "year" not in result.missing and "summary" not in result.missing


def test_month_without_day_is_kept_in_the_date() -> None:
    text = er.plain_text(er.load(er.REPORT)).replace(
        er.DATE_LINE, "Tây Ninh, ngày   tháng 6 năm 2022"
    )
    draft = import_text(text).draft
    assert (draft.date.year, draft.date.month, draft.date.day) == (2022, 6, None)
    assert "tháng 6 năm 2022" in render_document(draft).place_date
    # The decree's forms are a full date or a year only: the check asks the user.
    from qcdc_desktop.checks import run_checks

    assert "document.date_invalid" in {f.code for f in run_checks(draft)}


def test_nothing_given_nothing_invented() -> None:
    result = import_text(
        "Ghi chép công việc của phòng.\nCác phòng báo cáo tiến độ công việc được giao.\n"
    )
    draft = result.draft
    assert {"doc_type", "year", "summary", "number", "date", "agency", "recipients"} <= set(
        result.missing
    )
    assert any(line.startswith("Không tìm thấy năm báo cáo") for line in result.summary)
    assert any(line.startswith("Không nhận dạng được loại văn bản") for line in result.summary)
    assert draft.summary == "" and draft.number == "" and draft.recipients == []
    assert draft.report_to == "" and draft.opening == "" and draft.closing == ""
    assert draft.agency.issuing_body == ""


def test_year_and_type_given_by_the_user_when_the_document_has_none() -> None:
    result = import_text("Ghi chép công việc của phòng.\n", type_hint="bc-nam", year_hint=2023)
    assert result.draft.doc_type == "bc-nam" and result.draft.period.year == 2023
    assert "year" not in result.missing


def test_run_in_labels_bold_or_known(tmp_path: Path) -> None:
    b = fx.Builder()
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True)
    b.runs([("Công tác tuyên truyền:", True), (" Sở đăng 25 tin, bài trên Cổng thông tin.", False)])
    b.para("- Tổ chức 02 hội nghị quán triệt.")
    # Not bold, but a label the import knows (resources/import_labels.toml).
    b.para("Công tác kiểm tra, giám sát: Ban Thanh tra nhân dân kiểm tra 03 cuộc.")
    # An ordinary sentence with a colon stays a paragraph.
    b.para("Kết quả như sau: các phòng hoàn thành nhiệm vụ.")
    draft = import_docx(b.save(tmp_path / "r.docx")).draft
    section = draft.sections[0]
    assert [(c.title, c.run_in, c.numbered) for c in section.children] == [
        ("Công tác tuyên truyền", True, False),
        ("Công tác kiểm tra, giám sát", True, False),
    ]
    first, second = section.children
    assert [(x.kind, x.text) for x in first.blocks] == [
        ("para", "Sở đăng 25 tin, bài trên Cổng thông tin."),
        ("item", "Tổ chức 02 hội nghị quán triệt."),
    ]
    assert second.blocks[-1].text == "Kết quả như sau: các phòng hoàn thành nhiệm vụ."
    printed = [p.full_text for p in render_document(draft).body]
    assert "Công tác tuyên truyền: Sở đăng 25 tin, bài trên Cổng thông tin." in printed


def test_figures_in_list_items_are_read(tmp_path: Path) -> None:
    b = fx.Builder()
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para("I. KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", bold=True)
    b.para("- Từ 01/01/2024 đến 31/5/2024, Sở đã tiếp nhận 36 hồ sơ.")
    b.para("+ Còn tồn: 2 hồ sơ.")
    draft = import_docx(b.save(tmp_path / "i.docx")).draft
    values = draft.figures["tthc"].values
    assert values["received"] == 36 and values["in_progress"] == 2


def test_numbered_sentences_after_a_heading_stay_numbered_as_in_the_source(
    tmp_path: Path,
) -> None:
    """ "1." is a heading, "2." and "3." sentences typed by hand: they become parts 2 and
    3, so the export prints 1. 2. 3. and not "1. 2. 2. 3." (heading renumbered, typed
    labels kept)."""
    b = fx.Builder()
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para("I. KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", bold=True)
    b.para("1. Trách nhiệm của người đứng đầu", bold=True)
    b.para("a) Công khai", italic=True)
    b.para(fx.HEAD_TEXT)
    b.para("b) Tham gia ý kiến", italic=True)
    b.para("Công chức góp ý các dự thảo.")
    b.para("2. Thực hiện công khai các thủ tục hành chính theo quy định của pháp luật hiện hành.")
    b.para("3. Tổ chức hội nghị cán bộ, công chức, viên chức và người lao động đầu năm.")
    result = import_docx(b.save(tmp_path / "n.docx"))
    printed = [p.full_text for p in render_document(result.draft).body]
    labels = [t.split(" ", 1)[0] for t in printed if t[:2] in ("1.", "2.", "3.", "a)", "b)")]
    assert labels == ["1.", "a)", "b)", "2.", "3."]
    assert result.numbering_differs == []


def test_a_label_the_export_cannot_print_is_flagged(tmp_path: Path) -> None:
    """ "a)" right under "II.": the decree's outline prints the second level as "1.", so
    the part is listed instead of silently renumbered."""
    b = fx.Builder()
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para("I. ĐÁNH GIÁ CHUNG", bold=True)
    b.para("a) Ưu điểm", italic=True)
    b.para("Nhiều chuyển biến.")
    b.para("b) Hạn chế", italic=True)
    b.para("Còn chậm.")
    result = import_docx(b.save(tmp_path / "f.docx"))
    parts = result.draft.sections[0].children
    assert result.numbering_differs == [p.id for p in parts]
    assert any("“1.”" in line and "“a”" in line for line in result.summary)


def _strip_marks(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).replace("đ", "d").replace("Đ", "D")


def test_text_that_lost_its_diacritics_is_reported_with_the_share() -> None:
    text = er.plain_text(er.load(er.REPORT))
    result = import_text(_strip_marks(text))
    warning = [line for line in result.summary if "mất dấu" in line]
    assert len(warning) == 1 and "%" in warning[0]
    share = int(warning[0].split("khoảng ")[1].split("%")[0])
    assert share >= 80
    assert not any("mất dấu" in line for line in import_text(text).summary)


def test_ocr_like_text_with_some_marks_is_reported() -> None:
    ocr = "Két qua thue hién cong tic Dan van cua co quan nam 2024 va nhiem vu trong tam. " * 5
    result = import_text("I. Đánh giá chung\n" + ocr)
    assert any("mất dấu" in line for line in result.summary)
