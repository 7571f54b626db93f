"""Numbering, Vietnamese numbers and dates, and the sentences of the printed text."""

import pytest

from qcdc_desktop.doctypes import new_draft
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import BasisDocument, Block, DocDate, Part, Signer
from qcdc_desktop.render import closing_sentence, opening_sentence, part_numbers, render_document
from qcdc_desktop.render.dates import BLANK, is_real_date, place_date_line
from qcdc_desktop.render.numbering import letter, roman
from qcdc_desktop.render.numbers import format_figure, format_number, parse_number


@pytest.mark.parametrize(
    "value, text",
    [
        (20799, "20.799"),
        (68750000, "68.750.000"),
        (98.5, "98,5"),
        (100.0, "100"),
        (0, "0"),
        (999, "999"),
        (1000, "1.000"),
        (-1234, "-1.234"),
        (12.25, "12,2"),
    ],
)
def test_vietnamese_number_style(value, text):
    assert format_number(value) == text


def test_small_counts_are_padded_only_when_the_office_wants_it():
    assert format_figure(7, "count", pad=True) == "07"
    assert format_figure(7, "count", pad=False) == "7"
    assert format_figure(0, "count", pad=True) == "0"
    assert format_figure(12, "count", pad=True) == "12"
    assert format_figure(5, "percent", pad=True) == "5"
    assert format_figure(None) == "..."


@pytest.mark.parametrize(
    "text, value",
    [
        ("20.799", 20799),
        ("98,5", 98.5),
        ("1 200", 1200),
        ("07", 7),
        ("", None),
        ("abc", None),
        ("68.750.000", 68750000),
        ("100%", 100),
    ],
)
def test_numbers_typed_the_vietnamese_way_are_read(text, value):
    assert parse_number(text) == value


def test_roman_and_vietnamese_letters():
    assert [roman(n) for n in (1, 4, 5, 9, 14, 40)] == ["I", "IV", "V", "IX", "XIV", "XL"]
    assert [letter(n) for n in range(1, 8)] == ["a", "b", "c", "d", "đ", "e", "g"]
    assert letter(10) == "k"


@pytest.mark.parametrize(
    "day, month, text",
    [
        (5, 2, "ngày 05 tháng 02 năm 2024"),
        (29, 6, "ngày 29 tháng 6 năm 2024"),
        (10, 12, "ngày 10 tháng 12 năm 2024"),
        (5, 1, "ngày 05 tháng 01 năm 2024"),
    ],
)
def test_decree_30_date_padding(day, month, text):
    assert place_date_line("Tây Ninh", DocDate(2024, month, day)) == f"Tây Ninh, {text}"


def test_year_only_date_leaves_room_for_the_clerk():
    line = place_date_line("Tây Ninh", DocDate(2024))
    assert line == f"Tây Ninh, ngày {BLANK} tháng {BLANK} năm 2024"


def test_real_dates():
    assert is_real_date(DocDate(2024, 2, 29))
    assert not is_real_date(DocDate(2023, 2, 29))
    assert not is_real_date(DocDate(2024, 13, 1))
    assert not is_real_date(DocDate(2024, None, 3))
    assert is_real_date(DocDate(2024))


def test_outline_numbering_follows_edits():
    draft = new_draft("bc-6thang", 2024)
    numbers = part_numbers(draft)
    assert [numbers[s.id] for s in draft.sections] == ["I.", "II.", "III.", "IV.", "V.", "VI."]
    direction = draft.sections[1]
    direction.children.insert(0, Part(title="Mục mới"))
    direction.children[0].children = [Part(title="x"), Part(title="y")]
    numbers = part_numbers(draft)
    assert numbers[direction.children[1].id] == "2."
    assert [numbers[p.id] for p in direction.children[0].children] == ["a)", "b)"]
    del draft.sections[0]
    assert part_numbers(draft)[draft.sections[0].id] == "I."


def test_plan_uses_decimal_numbering():
    draft = sample_draft("kh-nam")
    text = render_document(draft).plain_text()
    assert "1. Mục đích, yêu cầu" in text
    assert "2.1. Công tác lãnh đạo" in text
    assert "2.3. Công tác kiểm tra, giám sát: Xây dựng" in text
    assert "3.2. Các phòng chuyên môn" in text


def test_opening_and_closing_sentences():
    draft = new_draft("bc-6thang", 2024)
    draft.agency.issuing_body = "Sở Nội vụ"
    draft.report_to = "Ban Chỉ đạo tỉnh"
    draft.basis = [
        BasisDocument("Kế hoạch", "26-KH/BCĐ", "31/01/2024", "Ban Chỉ đạo"),
        BasisDocument("Công văn", "12/SNV", "", "", "về việc báo cáo"),
    ]
    assert opening_sentence(draft) == (
        "Thực hiện Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 của Ban Chỉ đạo và Công văn số "
        "12/SNV về việc báo cáo, Sở Nội vụ báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng "
        "đầu năm 2024 như sau:"
    )
    assert closing_sentence(draft) == (
        "Trên đây là Báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024 của Sở Nội "
        "vụ, gửi Ban Chỉ đạo tỉnh tổng hợp./."
    )
    draft.closing = "Kính báo cáo."
    assert closing_sentence(draft) == "Kính báo cáo./."
    draft.closing = "Có dấu { lạ"
    assert closing_sentence(draft) == "Có dấu { lạ./."


def test_run_in_headings_and_lists_render_as_printed():
    draft = new_draft("bc-6thang", 2024)
    head = draft.sections[2].children[0]
    head.blocks = [Block(text="Giám đốc Sở công khai."), Block(kind="item", text="Việc một")]
    head.blocks.append(Block(kind="subitem", text="chi tiết"))
    doc = render_document(draft)
    para = next(p for p in doc.body if p.part_id == head.id)
    assert para.lead == "1. Trách nhiệm của người đứng đầu cơ quan, đơn vị:"
    assert para.text == "Giám đốc Sở công khai."
    texts = [p.text for p in doc.body if p.part_id == head.id]
    assert texts[1:] == ["- Việc một", "+ chi tiết"]


def test_signature_lines_for_each_authority():
    assert Signer("KT.", "Giám đốc", "Phó Giám đốc", "A").title_lines() == [
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
    ]
    assert Signer("", "Giám đốc", "Phó Giám đốc", "A").title_lines() == ["GIÁM ĐỐC"]
    assert Signer("Q.", "Giám đốc", "", "A").title_lines() == ["Q. GIÁM ĐỐC"]
    assert Signer("TM.", "Ủy ban nhân dân", "Chủ tịch", "A").title_lines() == [
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    ]


def test_number_line_filled_and_blank():
    draft = sample_draft("bc-6thang")
    assert render_document(draft).number_line == f"Số:{BLANK}/BC-STTTT"
    draft.number = "12"
    assert render_document(draft).number_line == "Số: 12/BC-STTTT"


def test_recipients_get_dashes_semicolons_and_a_final_full_stop():
    draft = sample_draft("bc-6thang")
    draft.recipients = ["- Sở Nội vụ;", "GD Sở", "Lưu: VT, VP."]
    assert render_document(draft).recipients == ["- Sở Nội vụ;", "- GD Sở;", "- Lưu: VT, VP."]


@pytest.mark.parametrize(
    "template", ["{agency.name}", "{0}", "{basis[x]}", "{", "}", "{agency!r}", "{agency:>99999}"]
)
def test_odd_placeholders_typed_by_the_user_never_break_rendering(template):
    draft = sample_draft("bc-6thang")
    draft.opening = template
    draft.closing = template
    draft.figures["staff"].sentence = template
    render_document(draft)  # no exception
