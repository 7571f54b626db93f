"""The pieces of the Word import, one at a time."""

from __future__ import annotations

import pytest

from qcdc_desktop.doctypes import figure_groups
from qcdc_desktop.importing.figures_parse import match_sentence, phrase_values
from qcdc_desktop.importing.header_parse import (
    HeaderLine,
    parse_date_line,
    parse_header,
    parse_number_line,
)
from qcdc_desktop.importing.heading_detect import classify
from qcdc_desktop.importing.opening_parse import parse_opening, split_basis
from qcdc_desktop.importing.signature_parse import parse_signer, parse_trailing_lines
from qcdc_desktop.importing.source_document import Run, SourcePara, finalise
from qcdc_desktop.importing.title_parse import parse_title, split_title
from qcdc_desktop.model.draft import Agency, DocDate, Draft, Period
from qcdc_desktop.render.document import basis_phrase, join_vietnamese


def para(
    *runs: tuple[str, bool] | str,
    style_level: int | None = None,
    numbered: bool = False,
    italic: bool = False,
) -> SourcePara:
    pieces = [(r, False) if isinstance(r, str) else r for r in runs]
    p = SourcePara(
        runs=[Run(text, bold, italic) for text, bold in pieces],
        style_level=style_level,
        numbered=numbered,
    )
    finalise([p], None)
    return p


# --- headings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("p", "style", "number", "title"),
    [
        (para(("I. ĐẶC ĐIỂM TÌNH HÌNH", True)), "roman", "I", "ĐẶC ĐIỂM TÌNH HÌNH"),
        (para("II. Công tác chỉ đạo, triển khai"), "roman", "II", "Công tác chỉ đạo, triển khai"),
        (para(("2. Hoạt động của Ban Chỉ đạo", True)), "arabic", "2", "Hoạt động của Ban Chỉ đạo"),
        (para(("2.1 Công tác lãnh đạo", True)), "decimal", "2.1", "Công tác lãnh đạo"),
        (para(("3.2. Các phòng chuyên môn", True)), "decimal", "3.2", "Các phòng chuyên môn"),
        (para("đ) Công tác khác"), "alpha", "đ", "Công tác khác"),
        (para(("1.\tCông tác lãnh đạo", True)), "arabic", "1", "Công tác lãnh đạo"),
        (para("1. Mục đích, yêu cầu"), "arabic", "1", "Mục đích, yêu cầu"),
    ],
)
def test_numbered_headings(p: SourcePara, style: str, number: str, title: str) -> None:
    heading = classify(p)
    assert heading is not None
    assert (heading.style, heading.number, heading.title, heading.run_in) == (
        style,
        number,
        title,
        False,
    )


def test_decimal_depth_sets_the_style_key() -> None:
    h2 = classify(para(("2.1 Công tác", True)))
    h3 = classify(para(("2.1.3 Chi tiết", True)))
    assert h2 is not None and h3 is not None
    assert (h2.style_key, h3.style_key) == ("decimal:2", "decimal:3")


def test_run_in_heading_with_bold_title() -> None:
    heading = classify(
        para(("1. Trách nhiệm của người đứng đầu:", True), " Giám đốc Sở thực hiện đầy đủ.")
    )
    assert heading is not None
    assert heading.title == "Trách nhiệm của người đứng đầu"
    assert heading.rest == "Giám đốc Sở thực hiện đầy đủ."
    assert heading.run_in


def test_bold_number_only_is_a_part_without_title() -> None:
    heading = classify(para(("2.", True), " Thực hiện công khai các thủ tục hành chính."))
    assert heading is not None
    assert (heading.number, heading.title) == ("2", "")
    assert heading.rest == "Thực hiện công khai các thủ tục hành chính."


@pytest.mark.parametrize(
    "p",
    [
        para("1. Tiếp tục quán triệt Luật Thực hiện dân chủ ở cơ sở đến toàn thể công chức."),
        para("- Cấp ủy, Ban lãnh đạo cơ quan tiếp tục quan tâm."),
        para("Tổng số cán bộ: 55 người."),
        para("20.799 lượt người truy cập cổng thông tin."),
        para(("Nơi nhận:", True)),
        para(("Lưu ý quan trọng cho công chức.", True)),
    ],
)
def test_body_text_is_not_a_heading(p: SourcePara) -> None:
    assert classify(p) is None


def test_heading_style_without_typed_number() -> None:
    heading = classify(para("Đánh giá chung", style_level=1))
    assert heading is not None
    assert (heading.style_key, heading.title, heading.numbered) == (
        "style:1",
        "Đánh giá chung",
        False,
    )


def test_word_auto_numbered_bold_paragraph() -> None:
    heading = classify(para(("Đánh giá chung", True), numbered=True))
    assert heading is not None and heading.style == "auto"
    assert classify(para("Đánh giá chung", numbered=True)) is None  # a plain list line


# --- header --------------------------------------------------------------------------


def test_number_line() -> None:
    assert parse_number_line("Số: 12/BC-STTTT") == ("12", "BC", "STTTT")
    assert parse_number_line("Số:      /KH-STTTT") == ("", "KH", "STTTT")
    assert parse_number_line("Số 05/BC-UBND") == ("05", "BC", "UBND")
    assert parse_number_line("Sở Nội vụ") is None


def test_date_line() -> None:
    assert parse_date_line("Tây Ninh, ngày 05 tháng 02 năm 2024") == (
        "Tây Ninh",
        DocDate(year=2024, month=2, day=5),
    )
    assert parse_date_line("Tây Ninh, ngày      tháng      năm 2024") == (
        "Tây Ninh",
        DocDate(year=2024),
    )
    assert parse_date_line("Bà Rịa - Vũng Tàu, ngày 29 tháng 6 năm 2019") == (
        "Bà Rịa - Vũng Tàu",
        DocDate(year=2019, month=6, day=29),
    )


def test_header_lines_parent_issuer_and_motto() -> None:
    info = parse_header(
        [
            HeaderLine("UBND TỈNH TÂY NINH"),
            HeaderLine("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", bold=True),
            HeaderLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True),
            HeaderLine("Độc lập - Tự do - Hạnh phúc", bold=True),
            HeaderLine("_______"),
            HeaderLine("Số: 12/BC-STTTT"),
            HeaderLine("Tây Ninh, ngày 05 tháng 02 năm 2024"),
        ]
    )
    assert (info.parent_body, info.issuing_body) == (
        "UBND TỈNH TÂY NINH",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    )
    assert (info.number, info.type_abbreviation, info.agency_abbreviation) == ("12", "BC", "STTTT")
    assert info.place == "Tây Ninh" and info.date == DocDate(year=2024, month=2, day=5)


def test_header_without_parent_body() -> None:
    info = parse_header([HeaderLine("SỞ NỘI VỤ", bold=True), HeaderLine("Số: 3/BC-SNV")])
    assert (info.parent_body, info.issuing_body) == ("", "SỞ NỘI VỤ")


# --- title ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "summary", "type_id", "year"),
    [
        ("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024", "bc-6thang", 2024),
        ("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở năm 2023", "bc-nam", 2023),
        ("KẾ HOẠCH", "Thực hiện dân chủ ở cơ sở năm 2025", "kh-nam", 2025),
        (
            "BÁO CÁO",
            "Kết quả thực hiện công tác dân vận chính quyền năm 2024",
            "bc-dvcq-nam",
            2024,
        ),
        # Wording that is not the template still finds the type by its words.
        ("BÁO CÁO", "Tình hình thực hiện dân chủ cơ sở 6 tháng đầu năm 2022", "bc-6thang", 2022),
        ("BÁO CÁO", "Sơ kết công tác dân vận chính quyền năm 2021", "bc-dvcq-nam", 2021),
    ],
)
def test_title_gives_type_and_year(title: str, summary: str, type_id: str, year: int) -> None:
    info = parse_title(title, summary)
    assert info is not None
    assert (info.type_id, info.year) == (type_id, year)


def test_title_and_summary_on_one_line() -> None:
    assert split_title("KẾ HOẠCH Thực hiện dân chủ ở cơ sở năm 2024") == (
        "KẾ HOẠCH",
        "Thực hiện dân chủ ở cơ sở năm 2024",
    )
    assert split_title("BÁO CÁO") == ("BÁO CÁO", "")
    assert split_title("Báo cáo kết quả công tác") is None


# --- opening -------------------------------------------------------------------------

BASIS = (
    "Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở "
    "và công tác vận động quần chúng Thực hiện dân chủ ở cơ sở năm 2024 và Kế hoạch số "
    "314/KH-STTTT ngày 21/02/2024 của Sở Thông tin và Truyền thông"
)


def test_basis_documents_are_structured() -> None:
    docs = split_basis(BASIS)
    assert [(d.kind, d.number, d.date) for d in docs] == [
        ("Kế hoạch", "26-KH/BCĐ", "31/01/2024"),
        ("Kế hoạch", "314/KH-STTTT", "21/02/2024"),
    ]
    assert docs[0].issuer.endswith("vận động quần chúng")
    assert docs[0].subject == "Thực hiện dân chủ ở cơ sở năm 2024"
    assert join_vietnamese([basis_phrase(d) for d in docs]) == BASIS


def test_unsplittable_basis_is_kept_whole() -> None:
    docs = split_basis("chỉ đạo của Giám đốc Sở tại cuộc họp giao ban")
    assert (
        len(docs) == 1
        and docs[0].kind == ""
        and basis_phrase(docs[0]) == ("chỉ đạo của Giám đốc Sở tại cuộc họp giao ban")
    )


def test_opening_template_is_recovered() -> None:
    sentence = (
        f"Thực hiện {BASIS}, Sở Thông tin và Truyền thông báo cáo kết quả thực hiện dân chủ ở cơ "
        "sở 6 tháng đầu năm 2024 như sau:"
    )
    info = parse_opening(sentence, "Sở Thông tin và Truyền thông", "6 tháng đầu năm 2024")
    assert info.opening == (
        "Thực hiện {basis}, {agency} báo cáo kết quả thực hiện dân chủ ở cơ sở {period} như sau:"
    )
    assert info.structured and len(info.basis) == 2


def test_opening_with_a_full_stop_before_the_agency() -> None:
    sentence = (
        f"Thực hiện {BASIS}. Sở Thông tin và Truyền thông báo cáo kết quả thực hiện dân chủ ở cơ "
        "sở như sau:"
    )
    info = parse_opening(sentence, "Sở Thông tin và Truyền thông", "6 tháng đầu năm 2024")
    assert (
        info.opening
        == "Thực hiện {basis}. {agency} báo cáo kết quả thực hiện dân chủ ở cơ sở như sau:"
    )


# --- signature -----------------------------------------------------------------------


def test_signer_with_authority() -> None:
    signer = parse_signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "Trần Thị Bình"])
    assert signer is not None
    assert (signer.authority, signer.head_title, signer.signer_title, signer.name) == (
        "KT.",
        "GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Trần Thị Bình",
    )


def test_signer_collective_and_name_in_capitals() -> None:
    signer = parse_signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "NGUYỄN VĂN AN"])
    assert signer is not None
    assert (signer.authority, signer.head_title, signer.signer_title, signer.name) == (
        "TM.",
        "ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn An",
    )


def test_trailing_recipient_and_signature_lines() -> None:
    info = parse_trailing_lines(
        ["Nơi nhận:", "- Sở Nội vụ;", "- GĐ Sở;", "- Lưu: VT, VP.", "GIÁM ĐỐC", "Nguyễn Văn An"]
    )
    assert info.recipients == ["Sở Nội vụ", "GĐ Sở", "Lưu: VT, VP"]
    assert (info.signer.head_title, info.signer.name) == ("GIÁM ĐỐC", "Nguyễn Văn An")


# --- figures -------------------------------------------------------------------------


def _draft() -> Draft:
    return Draft(
        doc_type="bc-6thang",
        period=Period(kind="h1", year=2024, start="01/01/2024", end="31/5/2024"),
        date=DocDate(year=2024),
        agency=Agency(issuing_body="Sở Thông tin và Truyền thông"),
    )


def test_staff_sentence_with_prefix() -> None:
    text = (
        "Cơ quan có 05 phòng. Tổng số cán bộ, công chức, viên chức và người lao động: 55 người, "
        "trong đó: biên chế công chức: 26, số lượng người làm việc trong đơn vị sự nghiệp công "
        "lập: 20, hợp đồng theo Nghị định 111: 07; hợp đồng theo Luật Lao động: 02."
    )
    found = match_sentence(figure_groups()["staff"], text, _draft())
    assert found is not None
    assert found.prefix == "Cơ quan có 05 phòng."
    assert found.values == {"total": 55, "cong_chuc": 26, "vien_chuc": 20, "hd111": 7, "hdld": 2}


def test_default_tthc_sentence_with_vietnamese_numbers_and_dates() -> None:
    text = (
        "Từ ngày 01/01/2024 đến ngày 31/10/2024, Sở Thông tin và Truyền thông đã tiếp nhận "
        "1.250 hồ sơ, đã giải quyết 1.240 hồ sơ (trước hạn 1.000, đúng hạn 230, quá hạn 10), "
        "đang giải quyết 10 hồ sơ; tỷ lệ giải quyết đúng và trước hạn 99,2%."
    )
    found = match_sentence(figure_groups()["tthc"], text, _draft())
    assert found is not None
    assert found.values == {
        "received": 1250,
        "early": 1000,
        "on_time": 230,
        "late": 10,
        "in_progress": 10,
    }
    assert (found.period_from, found.period_to) == ("01/01/2024", "31/10/2024")


def test_sentence_whose_totals_do_not_add_up_is_not_certain() -> None:
    text = (
        "Từ ngày 01/01/2024 đến ngày 31/5/2024, Sở Thông tin và Truyền thông đã tiếp nhận 36 hồ "
        "sơ, đã giải quyết 99 hồ sơ (trước hạn 30, đúng hạn 6, quá hạn 0), đang giải quyết 0 hồ "
        "sơ; tỷ lệ giải quyết đúng và trước hạn 100%."
    )
    assert match_sentence(figure_groups()["tthc"], text, _draft()) is None


def test_phrases_read_single_unambiguous_values() -> None:
    group = figure_groups()["tthc"]
    texts = [
        "Từ 01/01/2024 đến 31/5/2024, Sở đã tiếp nhận 36 hồ sơ, trả 36 hồ sơ, còn tồn: 0 hồ sơ."
    ]
    assert phrase_values(group, texts) == {"received": 36, "in_progress": 0}
    # The same figure with two different values is left for the user.
    texts.append("Quý II, Sở đã tiếp nhận 12 hồ sơ.")
    assert "received" not in phrase_values(group, texts)
