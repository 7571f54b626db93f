"""The exported document holds every layout rule of Decree 30 (nd30-format.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx.oxml.ns import qn
from docx_probe import Probe, fields_in, open_docx

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.export import FormatSettings, export_docx
from qcdc_desktop.export.text_width import text_width_pt, wrapped_width_pt
from qcdc_desktop.model.draft import Block, DocDate, Draft, Part, Signer
from qcdc_desktop.render import render_document

TNR = "Times New Roman"
NBSP = "\u00a0"
TWIPS_PER_MM = 1440 / 25.4


def layout_draft() -> Draft:
    """The reference 6-month report, numbered and dated, with a level-3 part added."""
    draft = sample_draft("bc-6thang")
    draft.number = "12"
    draft.date = DocDate(year=2024, month=2, day=5)
    draft.signer = Signer(
        authority="KT.", head_title="Giám đốc", signer_title="Phó Giám đốc", name="Trần Văn Minh"
    )
    leader = draft.sections[1].children[0]
    leader.children = [
        Part(
            title="Công tác quán triệt văn bản",
            blocks=[
                Block(kind="para", text="Cơ quan tổ chức quán triệt đầy đủ."),
                Block(kind="subitem", text="Hội nghị quán triệt ngày 15/3/2024"),
            ],
        ),
        Part(
            title="Kiểm tra việc thực hiện",
            run_in=True,
            blocks=[Block(kind="para", text="Đã kiểm tra 02 phòng chuyên môn.")],
        ),
    ]
    return draft


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Probe, Draft]:
    draft = layout_draft()
    path = export_docx(draft, tmp_path_factory.mktemp("layout") / "bao-cao.docx")
    return Probe(open_docx(path)), draft


@pytest.fixture(scope="module")
def probe(exported: tuple[Probe, Draft]) -> Probe:
    return exported[0]


def header_cells(probe: Probe) -> list[list]:
    tbl = probe.tables()[0]
    return [probe.cells(tr) for tr in probe.rows(tbl)]


def text_paragraphs(probe: Probe, tc) -> list:
    return [p for p in probe.cell_paragraphs(tc) if probe.text(p).strip()]


def single_run_format(probe: Probe, p) -> tuple[float | None, bool, bool]:
    runs = probe.runs(p)
    assert runs, probe.text(p)
    formats = {(probe.size(r, p), probe.bold(r, p), probe.italic(r, p)) for r in runs}
    assert len(formats) == 1, (probe.text(p), formats)
    return formats.pop()


# -- page -------------------------------------------------------------------------


def test_page_is_a4_portrait_with_default_margins(probe: Probe) -> None:
    sect = probe.doc.element.body.sectPr
    size = sect.find(qn("w:pgSz"))
    assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("11906", "16838")
    assert size.get(qn("w:orient")) in (None, "portrait")
    margins = sect.find(qn("w:pgMar"))
    for side, mm in (("top", 20), ("bottom", 20), ("left", 30), ("right", 15)):
        assert abs(int(margins.get(qn(f"w:{side}"))) - mm * TWIPS_PER_MM) <= 1, side


def test_margins_follow_settings(tmp_path: Path) -> None:
    settings = FormatSettings.from_dict(
        {"margin_top_mm": 25, "margin_bottom_mm": 22, "margin_left_mm": 35, "margin_right_mm": 20}
    )
    path = export_docx(layout_draft(), tmp_path / "m.docx", settings)
    margins = open_docx(path).element.body.sectPr.find(qn("w:pgMar"))
    for side, mm in (("top", 25), ("bottom", 22), ("left", 35), ("right", 20)):
        assert abs(int(margins.get(qn(f"w:{side}"))) - mm * TWIPS_PER_MM) <= 1, side


# -- fonts ------------------------------------------------------------------------


def all_text_runs(probe: Probe):
    parts = [probe.doc.element.body]
    section = probe.doc.sections[0]
    parts += [section.header._element, section.first_page_header._element]
    for root in parts:
        for p in root.iter(qn("w:p")):
            for r in p.iter(qn("w:r")):
                yield r, p


def test_every_run_is_black_times_new_roman_in_all_four_slots(probe: Probe) -> None:
    count = 0
    for run, p in all_text_runs(probe):
        count += 1
        fonts = probe.fonts(run, p)
        assert fonts == dict.fromkeys(fonts, TNR), (probe.text(p), fonts)
        assert probe.colour(run, p) in ("000000", "auto"), probe.text(p)
    assert count > 50


def test_styles_name_the_font_explicitly_without_theme_fonts(probe: Probe) -> None:
    styles = probe.doc.styles.element
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    normal = next(
        s for s in styles.iterchildren(qn("w:style")) if s.get(qn("w:styleId")) == "Normal"
    )
    for rpr in (defaults, normal.find(qn("w:rPr"))):
        fonts = rpr.find(qn("w:rFonts"))
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert fonts.get(qn(f"w:{slot}")) == TNR
    # No theme font anywhere: a theme reference beats the explicit name in Word.
    for fonts in styles.iter(qn("w:rFonts")):
        themed = [a for a in fonts.attrib if a.endswith("Theme") or a.endswith("theme")]
        assert not themed, themed


# -- first-page header ------------------------------------------------------------


def test_header_left_column(probe: Probe) -> None:
    (top_left, _), _ = header_cells(probe)
    parent, issuer = text_paragraphs(probe, top_left)
    assert probe.text(parent) == "UBND TỈNH TÂY NINH"
    assert single_run_format(probe, parent) == (13, False, False)
    # Too long for one line: broken by hand into two balanced lines.
    assert probe.text(issuer) == "SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG"
    assert single_run_format(probe, issuer) == (13, True, False)
    for p in (parent, issuer):
        assert probe.alignment(p) == "center"


def rule_length_pt(probe: Probe, tbl, tc, rule_p) -> float:
    left_pad, right_pad = probe.cell_margins(tbl)
    box = probe.cell_width(tc) - left_pad - right_pad
    left, right = probe.indent_twips(rule_p)
    return (box - left - right) / 20


def assert_solid(probe: Probe, p) -> None:
    border = probe.bottom_rule(p)
    assert border is not None, "no rule"
    assert border.get(qn("w:val")) == "single"
    assert int(border.get(qn("w:sz"))) >= 4
    assert border.get(qn("w:color")) in ("000000", "auto", None)


def test_rule_under_issuing_body_is_solid_centred_and_a_third_to_half_long(probe: Probe) -> None:
    tbl = probe.tables()[0]
    (top_left, _), _ = header_cells(probe)
    paragraphs = probe.cell_paragraphs(top_left)
    issuer = probe.paragraph_with("SỞ THÔNG TIN", top_left)
    rule = paragraphs[paragraphs.index(issuer) + 1]
    assert_solid(probe, rule)
    assert not probe.text(rule).strip()
    left, right = probe.indent_twips(rule)
    assert abs(left - right) <= 1  # centred
    left_pad, right_pad = probe.cell_margins(tbl)
    box_pt = (probe.cell_width(top_left) - left_pad - right_pad) / 20
    line_pt = max(
        wrapped_width_pt(line, 13, box_pt, bold=True) for line in probe.text(issuer).split("\n")
    )
    assert line_pt / 3 <= rule_length_pt(probe, tbl, top_left, rule) <= line_pt / 2


def test_header_right_column_and_motto_rule(probe: Probe) -> None:
    tbl = probe.tables()[0]
    (_, top_right), _ = header_cells(probe)
    title, motto = text_paragraphs(probe, top_right)
    assert probe.text(title) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert single_run_format(probe, title) == (13, True, False)
    assert probe.text(motto) == "Độc lập - Tự do - Hạnh phúc"
    assert single_run_format(probe, motto) == (14, True, False)
    paragraphs = probe.cell_paragraphs(top_right)
    rule = paragraphs[paragraphs.index(motto) + 1]
    assert_solid(probe, rule)
    motto_pt = text_width_pt("Độc lập - Tự do - Hạnh phúc", 14, bold=True)
    assert rule_length_pt(probe, tbl, top_right, rule) == pytest.approx(motto_pt, rel=0.1)
    # The national title fits its column on one line.
    left_pad, right_pad = probe.cell_margins(tbl)
    box_pt = (probe.cell_width(top_right) - left_pad - right_pad) / 20
    assert text_width_pt(probe.text(title), 13, bold=True) < box_pt


def test_number_and_full_date_row(probe: Probe) -> None:
    _, (low_left, low_right) = header_cells(probe)
    (number,) = text_paragraphs(probe, low_left)
    (date,) = text_paragraphs(probe, low_right)
    assert probe.text(number) == "Số: 12/BC-STTTT"
    assert single_run_format(probe, number) == (13, False, False)
    assert probe.text(date) == "Tây Ninh, ngày 05 tháng 02 năm 2024"
    assert single_run_format(probe, date) == (14, False, True)
    assert probe.alignment(number) == probe.alignment(date) == "center"


def test_number_and_date_left_blank_keep_room(tmp_path: Path) -> None:
    draft = layout_draft()
    draft.number = ""
    draft.date = DocDate(year=2024)
    probe = Probe(open_docx(export_docx(draft, tmp_path / "blank.docx")))
    _, (low_left, low_right) = header_cells(probe)
    number = probe.text(text_paragraphs(probe, low_left)[0])
    date = probe.text(text_paragraphs(probe, low_right)[0])
    assert re.fullmatch(f"Số:{NBSP}{{4,}}/BC-STTTT", number), repr(number)
    assert re.fullmatch(f"Tây Ninh, ngày {NBSP}{{4,}} tháng {NBSP}{{4,}} năm 2024", date), date


def test_only_january_and_february_are_padded(tmp_path: Path) -> None:
    draft = layout_draft()
    draft.date = DocDate(year=2019, month=6, day=29)
    probe = Probe(open_docx(export_docx(draft, tmp_path / "june.docx")))
    _, (_, low_right) = header_cells(probe)
    assert probe.text(text_paragraphs(probe, low_right)[0]) == "Tây Ninh, ngày 29 tháng 6 năm 2019"


def test_tables_have_no_borders(probe: Probe) -> None:
    tables = probe.tables()
    assert len(tables) == 2
    for tbl in tables:
        borders = probe.table_borders(tbl)
        assert set(borders) >= {"top", "left", "bottom", "right", "insideH", "insideV"}
        assert set(borders.values()) <= {"none", "nil"}
        for tc in tbl.iter(qn("w:tc")):
            assert tc.find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}") is None


# -- title block ------------------------------------------------------------------


def test_title_and_summary(probe: Probe) -> None:
    paragraphs = probe.body_paragraphs()
    title = next(p for p in paragraphs if probe.text(p) == "BÁO CÁO")
    summary = paragraphs[paragraphs.index(title) + 1]
    assert probe.text(summary) == "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024"
    for p in (title, summary):
        assert single_run_format(probe, p) == (14, True, False)
        assert probe.alignment(p) == "center"
    rule = paragraphs[paragraphs.index(summary) + 1]
    assert_solid(probe, rule)
    left, right = probe.indent_twips(rule)
    assert abs(left - right) <= 1
    sect = probe.doc.element.body.sectPr.find(qn("w:pgMar"))
    text_width = 11906 - int(sect.get(qn("w:left"))) - int(sect.get(qn("w:right")))
    length = (text_width - left - right) / 20
    line = text_width_pt(probe.text(summary), 14, bold=True)
    assert line / 3 <= length <= line / 2
    assert "V/v" not in probe.text(summary)


def test_addressees_printed_under_the_title(tmp_path: Path) -> None:
    draft = layout_draft()
    draft.addressees = ["Ban Chỉ đạo tỉnh", "Sở Nội vụ"]
    probe = Probe(open_docx(export_docx(draft, tmp_path / "kg.docx")))
    texts = [probe.text(p) for p in probe.body_paragraphs()]
    start = texts.index("Kính gửi:")
    assert texts[start + 1 : start + 3] == ["- Ban Chỉ đạo tỉnh;", "- Sở Nội vụ."]
    assert texts.index("BÁO CÁO") < start
    p = probe.body_paragraphs()[start]
    assert single_run_format(probe, p) == (14, False, False)


# -- body -------------------------------------------------------------------------


def body_between_title_and_signature(probe: Probe) -> list:
    """Paragraphs after the title block's rule and before the signature table."""
    children = list(probe.doc.element.body.iterchildren())
    start = next(
        i
        for i, el in enumerate(children)
        if el.tag == qn("w:p") and probe.bottom_rule(el) is not None
    )
    end = children.index(probe.tables()[-1])
    return [el for el in children[start + 1 : end] if probe.text(el).strip()]


def test_body_follows_the_shared_rendering(exported: tuple[Probe, Draft]) -> None:
    probe, draft = exported
    rendered = render_document(draft, pad=True)
    assert [probe.text(p) for p in body_between_title_and_signature(probe)] == [
        p.full_text for p in rendered.body
    ]


def test_body_paragraph_format(probe: Probe) -> None:
    for p in body_between_title_and_signature(probe):
        assert probe.alignment(p) == "both", probe.text(p)
        assert probe.first_line_twips(p) == pytest.approx(1.27 * 1440 / 2.54, abs=1)
        assert probe.space_after_twips(p) >= 6 * 20
        assert probe.line_spacing(p) == (round(240 * 1.15), "auto")
        for run in probe.runs(p):
            assert probe.size(run, p) == 14


def test_opening_is_regular(probe: Probe) -> None:
    opening = body_between_title_and_signature(probe)[0]
    assert probe.text(opening).startswith("Thực hiện Kế hoạch số 26-KH/BCĐ")
    assert single_run_format(probe, opening) == (14, False, False)


@pytest.mark.parametrize(
    ("text", "bold", "italic"),
    [
        ("I. ĐẶC ĐIỂM TÌNH HÌNH", True, False),
        ("II. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", True, False),
        ("1. Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền", True, False),
        ("a) Công tác quán triệt văn bản", True, False),
    ],
)
def test_heading_levels(probe: Probe, text: str, bold: bool, italic: bool) -> None:
    p = next(p for p in body_between_title_and_signature(probe) if probe.text(p) == text)
    assert single_run_format(probe, p) == (14, bold, italic)


def test_run_in_heading_is_a_bold_lead_then_regular_text(probe: Probe) -> None:
    p = next(
        p
        for p in body_between_title_and_signature(probe)
        if probe.text(p).startswith("1. Trách nhiệm của người đứng đầu")
    )
    lead, *rest = probe.runs(p)
    assert probe.text(lead) == "1. Trách nhiệm của người đứng đầu cơ quan, đơn vị:"
    assert probe.bold(lead, p) and not probe.italic(lead, p)
    assert rest and all(not probe.bold(r, p) and not probe.italic(r, p) for r in rest)
    assert "".join(probe.text(r) for r in rest).startswith(" Giám đốc Sở")


def test_run_in_level_three_lead_is_upright(probe: Probe) -> None:
    p = probe.paragraph_with("b) Kiểm tra việc thực hiện:")
    lead, text = probe.runs(p)
    assert not probe.italic(lead, p) and probe.bold(lead, p)
    assert not probe.italic(text, p) and not probe.bold(text, p)


def test_list_items(exported: tuple[Probe, Draft]) -> None:
    probe, draft = exported
    rendered = render_document(draft)
    items = {p.text for p in rendered.body if p.role == "item"}
    subitems = {p.text for p in rendered.body if p.role == "subitem"}
    assert items and subitems
    found = {probe.text(p) for p in body_between_title_and_signature(probe)}
    assert items <= found and subitems <= found
    assert all(t.startswith("- ") for t in items)
    assert all(t.startswith("+ ") for t in subitems)


def test_closing_ends_the_body(probe: Probe) -> None:
    last = body_between_title_and_signature(probe)[-1]
    assert probe.text(last).endswith("./.")
    assert probe.text(last).startswith("Trên đây là Báo cáo")


# -- recipients and signature -----------------------------------------------------


def test_recipients_beside_the_signature(probe: Probe) -> None:
    tbl = probe.tables()[-1]
    (row,) = probe.rows(tbl)
    left, right = probe.cells(row)
    label, *recipients = text_paragraphs(probe, left)
    assert probe.text(label) == "Nơi nhận:"
    assert single_run_format(probe, label) == (12, True, True)
    assert probe.alignment(label) == "left"
    assert probe.first_line_twips(label) == 0
    assert [probe.text(p) for p in recipients] == ["- Sở Nội vụ;", "- GD Sở;", "- Lưu: VT, VP."]
    for p in recipients:
        assert single_run_format(probe, p) == (11, False, False)

    cell = probe.cell_paragraphs(right)
    texts = [probe.text(p) for p in cell]
    assert texts[:2] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert texts[-1] == "Trần Văn Minh"
    room = texts[2:-1]
    assert room == [""] * 6  # settings.signature_blank_lines
    for p in (cell[0], cell[1], cell[-1]):
        assert single_run_format(probe, p) == (14, True, False)
        assert probe.alignment(p) == "center"


def test_signature_room_follows_settings(tmp_path: Path) -> None:
    settings = FormatSettings.from_dict({"signature_blank_lines": 6})
    probe = Probe(open_docx(export_docx(layout_draft(), tmp_path / "s.docx", settings)))
    _, right = probe.cells(probe.rows(probe.tables()[-1])[0])
    texts = [probe.text(p) for p in probe.cell_paragraphs(right)]
    assert texts == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", *[""] * 6, "Trần Văn Minh"]


# -- page numbers -----------------------------------------------------------------


def test_page_number_in_header_from_page_two(probe: Probe) -> None:
    section = probe.doc.sections[0]
    assert section._sectPr.find(qn("w:titlePg")) is not None
    assert section.different_first_page_header_footer
    header = section.header
    assert not header.is_linked_to_previous
    (page,) = [f for f in fields_in(header._element) if f.instruction.split()[0] == "PAGE"]
    p = page.runs[0].getparent()
    assert probe.alignment(p) == "center"
    for run in page.runs:
        assert probe.size(run, p) == 13
        assert not probe.bold(run, p)
        assert probe.fonts(run, p)["ascii"] == TNR
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert fields_in(first._element) == []


# -- settings ---------------------------------------------------------------------


def test_thirteen_point_settings_are_honoured(tmp_path: Path) -> None:
    settings = FormatSettings.from_dict(
        {"body_size": 13, "title_size": 13, "signature_size": 13, "first_line_indent_cm": 1.0,
         "line_spacing": 1.3, "space_after_pt": 8}
    )  # fmt: skip
    probe = Probe(open_docx(export_docx(layout_draft(), tmp_path / "13.docx", settings)))
    body = body_between_title_and_signature(probe)
    for p in body:
        assert {probe.size(r, p) for r in probe.runs(p)} == {13}
        assert probe.first_line_twips(p) == pytest.approx(1440 / 2.54, abs=1)
        assert probe.line_spacing(p) == (312, "auto")
        assert probe.space_after_twips(p) == 160
    title = next(p for p in probe.body_paragraphs() if probe.text(p) == "BÁO CÁO")
    assert single_run_format(probe, title) == (13, True, False)
    _, right = probe.cells(probe.rows(probe.tables()[-1])[0])
    assert single_run_format(probe, probe.cell_paragraphs(right)[0]) == (13, True, False)


@pytest.mark.parametrize(
    "values",
    [
        {"margin_left_mm": 35, "margin_right_mm": 20},
        {"margin_left_mm": 30, "margin_right_mm": 15, "header_size": 12},
    ],
)
def test_national_title_stays_on_one_line_with_any_allowed_margins(
    tmp_path: Path, values: dict[str, float]
) -> None:
    settings = FormatSettings.from_dict(values)
    probe = Probe(open_docx(export_docx(layout_draft(), tmp_path / "w.docx", settings)))
    tbl = probe.tables()[0]
    (top_left, top_right), _ = header_cells(probe)
    left_pad, right_pad = probe.cell_margins(tbl)
    box_pt = (probe.cell_width(top_right) - left_pad - right_pad) / 20
    title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert text_width_pt(title, settings.header_size, bold=True) < box_pt
    # The table spans the text width exactly.
    sect = probe.doc.element.body.sectPr.find(qn("w:pgMar"))
    text_width = 11906 - int(sect.get(qn("w:left"))) - int(sect.get(qn("w:right")))
    assert probe.cell_width(top_left) + probe.cell_width(top_right) == text_width
