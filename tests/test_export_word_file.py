"""A Word file the records clerk signs as it is: every rule read back from the DOCX.

Each rule is asserted on the export of every document type's sample (with a level-3
part, a number below 10 and a full date) and on `word_file_draft()`: a number, a date,
"KT.", two addressees, a very long agency name and an appendix.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from docx.oxml.ns import qn
from docx_probe import Probe, open_docx
from word_file_draft import LONG_AGENCY, add_level_three, appendix_table, word_file_draft

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.doctypes.types import doc_types
from qcdc_desktop.export import FormatSettings, export_docx
from qcdc_desktop.export.header_names import header_lines
from qcdc_desktop.export.text_width import text_width_pt
from qcdc_desktop.model.draft import Appendix, Block, DocDate, Draft, Table
from qcdc_desktop.render import render_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TWIPS_PER_MM = 1440 / 25.4
TYPES = sorted(doc_types())


def typed_draft(type_id: str) -> Draft:
    draft = sample_draft(type_id)
    draft.number = "7"
    draft.date = DocDate(year=2024, month=6, day=5)
    # Every type gets a level-3 part, so the "a)" rule is checked on each.
    return add_level_three(draft)


CASES = [*TYPES, "word-file"]


def draft_for(case: str) -> Draft:
    return word_file_draft() if case == "word-file" else typed_draft(case)


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Draft]]:
    folder = tmp_path_factory.mktemp("word-file")
    out = {}
    for case in CASES:
        draft = draft_for(case)
        out[case] = (export_docx(draft, folder / f"{case}.docx"), draft)
    return out


def part_xml(path: Path, name: str) -> ET.Element:
    with zipfile.ZipFile(path) as z:
        return ET.fromstring(z.read(name))


def signature_cells(probe: Probe) -> tuple:
    tbl = next(t for t in probe.tables() if "Nơi nhận:" in "".join(t.itertext()))
    (row,) = probe.rows(tbl)
    left, right = probe.cells(row)
    return tbl, left, right


# -- a document Word treats as its own --------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_compatibility_mode_is_current_word(exports, case: str) -> None:
    settings = part_xml(exports[case][0], "word/settings.xml")
    modes = [
        s.get(f"{W}val")
        for s in settings.iter(f"{W}compatSetting")
        if s.get(f"{W}name") == "compatibilityMode"
    ]
    assert modes == ["15"]
    assert settings.find(f"{W}savePreviewPicture") is None


@pytest.mark.parametrize("case", CASES)
def test_document_properties_describe_this_document(exports, case: str) -> None:
    path, draft = exports[case]
    props = open_docx(path).core_properties
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for stamp in (props.created, props.modified):
        stamp = stamp.replace(tzinfo=None)
        assert abs((now - stamp).total_seconds()) < 600, stamp
    assert props.author == " ".join(draft.agency.issuing_body.split())
    assert props.last_modified_by == props.author
    assert props.title == draft.summary
    assert props.revision == 1
    app = part_xml(path, "docProps/app.xml")
    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
    assert app.findtext(f"{ns}Application") == "QCDC Desktop"
    assert app.find(f"{ns}Template") is None
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        rels = z.read("_rels/.rels").decode()
    assert not any("thumbnail" in n for n in names)
    assert "thumbnail" not in rels


@pytest.mark.parametrize("case", CASES)
def test_no_theme_fonts_anywhere(exports, case: str) -> None:
    path = exports[case][0]
    with zipfile.ZipFile(path) as z:
        styles = z.read("word/styles.xml").decode()
        theme = z.read("word/theme/theme1.xml").decode()
        font_table = z.read("word/fontTable.xml").decode()
        names = z.namelist()
    assert not re.search(r"(ascii|hAnsi|eastAsia|cs)[Tt]heme=", styles)
    assert "Calibri" not in styles and "Cambria" not in styles
    assert "en-US" not in styles
    faces = re.findall(r'<a:(?:latin|ea|cs) typeface="([^"]*)"', theme)
    assert faces and set(faces) == {"Times New Roman"}
    assert "word/stylesWithEffects.xml" not in names
    fonts = re.findall(r'<w:font w:name="([^"]*)"', font_table)
    assert "Times New Roman" in fonts and not {"Calibri", "Cambria"} & set(fonts)


def style_of(probe: Probe, style_id: str):
    return next(
        s for s in probe.doc.styles.element.iterchildren(qn("w:style"))
        if s.get(qn("w:styleId")) == style_id
    )  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_normal_heading_and_list_styles_carry_the_decree_formats(exports, case: str) -> None:
    probe = Probe(open_docx(exports[case][0]))
    for style_id, bold in (
        ("Normal", False),
        ("Heading1", True),
        ("Heading2", True),
        ("Heading3", True),
        ("ListParagraph", False),
    ):
        rpr = style_of(probe, style_id).find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts"))
        assert {fonts.get(qn(f"w:{s}")) for s in ("ascii", "hAnsi", "eastAsia", "cs")} == {
            "Times New Roman"
        }, style_id
        assert rpr.find(qn("w:color")).get(qn("w:val")) == "000000"
        assert rpr.find(qn("w:sz")).get(qn("w:val")) == "28"  # 14 pt
        assert rpr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
        assert (rpr.find(qn("w:b")).get(qn("w:val")) == "1") is bold
        assert rpr.find(qn("w:i")).get(qn("w:val")) == "0"
        ppr = style_of(probe, style_id).find(qn("w:pPr"))
        assert ppr.find(qn("w:jc")).get(qn("w:val")) == "both"
        assert ppr.find(qn("w:ind")).get(qn("w:left")) == "0"
    for level in (1, 2, 3):
        ppr = style_of(probe, f"Heading{level}").find(qn("w:pPr"))
        assert ppr.find(qn("w:outlineLvl")).get(qn("w:val")) == str(level - 1)


def paragraph_style(p) -> str:
    el = p.find(f"{W}pPr/{W}pStyle")
    return el.get(qn("w:val")) if el is not None else ""


@pytest.mark.parametrize("case", CASES)
def test_exported_headings_and_items_use_the_styles(exports, case: str) -> None:
    path, draft = exports[case]
    probe = Probe(open_docx(path))
    by_text = {probe.text(p): p for p in probe.body_paragraphs()}
    rendered = render_document(draft)
    headings = [p for p in rendered.body if p.role == "heading"]
    assert {p.level for p in headings} >= {1, 2, 3}
    for para in headings:
        p = by_text[para.lead]
        assert paragraph_style(p) == f"Heading{para.level}", para.lead
        assert not any(probe.italic(r, p) for r in probe.runs(p)), para.lead  # upright
        assert all(probe.bold(r, p) for r in probe.runs(p)), para.lead
    items = [p for p in rendered.body if p.role in ("item", "subitem")]
    assert items
    for para in items:
        assert paragraph_style(by_text[para.text]) == "ListParagraph", para.text


@pytest.mark.parametrize("case", CASES)
def test_level_three_run_in_leads_are_upright(exports, case: str) -> None:
    path, draft = exports[case]
    probe = Probe(open_docx(path))
    for para in render_document(draft).body:
        if para.lead and para.role != "heading" and para.level == 3:
            p = probe.paragraph_with(para.lead)
            assert not probe.italic(probe.runs(p)[0], p)


# -- the number, "Kính gửi", "Nơi nhận" -------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_number_below_ten_has_a_leading_zero(exports, case: str) -> None:
    path, _ = exports[case]
    probe = Probe(open_docx(path))
    number = next(p for p in probe.all_paragraphs() if probe.text(p).startswith("Số:"))
    assert re.fullmatch(r"Số: 0[57]/[^\s]+-[^\s]+", probe.text(number)), probe.text(number)


def test_numbers_from_ten_are_unchanged(tmp_path: Path) -> None:
    draft = word_file_draft()
    draft.number = "12"
    probe = Probe(open_docx(export_docx(draft, tmp_path / "n.docx")))
    assert probe.paragraph_with("Số: 12/BC-TTGSĐH") is not None


def test_single_addressee_stands_on_the_kinh_gui_line(tmp_path: Path) -> None:
    draft = word_file_draft()
    draft.addressees = ["Sở Nội vụ tỉnh Tây Ninh"]
    probe = Probe(open_docx(export_docx(draft, tmp_path / "one.docx")))
    texts = [probe.text(p) for p in probe.body_paragraphs()]
    assert "Kính gửi: Sở Nội vụ tỉnh Tây Ninh." in texts
    assert "Kính gửi:" not in texts


@pytest.mark.parametrize("case", CASES)
def test_several_addressees_hang_under_the_colon(exports, case: str, tmp_path: Path) -> None:
    path, draft = exports[case]
    if len(draft.addressees) < 2:
        draft = draft_for(case)  # a fresh one: the module's exports stay as they are
        draft.addressees = ["Ban Chỉ đạo tỉnh", "Sở Nội vụ tỉnh Tây Ninh"]
        path = export_docx(draft, tmp_path / "kg.docx")
    probe = Probe(open_docx(path))
    paras = probe.body_paragraphs()
    texts = [probe.text(p) for p in paras]
    start = texts.index("Kính gửi:")
    label = paras[start]
    items = paras[start + 1 : start + 1 + len(draft.addressees)]
    assert [probe.text(p)[-1] for p in items] == [";"] * (len(items) - 1) + ["."]
    assert all(probe.text(p).startswith("- ") for p in items)
    label_left = probe.indent_twips(label)[0]
    colon_x = label_left + text_width_pt("Kính gửi", 14) * 20
    dash = text_width_pt("- ", 14) * 20
    for p in items:
        ind = p.find(f"{W}pPr/{W}ind")
        hanging = int(ind.get(qn("w:hanging")))
        left = int(ind.get(qn("w:left")))
        assert abs(hanging - dash) <= 2  # wrapped lines continue under the text
        assert abs((left - hanging) - colon_x) <= 2  # the dash sits under the colon
        assert probe.alignment(p) == "left"


@pytest.mark.parametrize("case", CASES)
def test_nhu_tren_opens_the_recipients_when_kinh_gui_is_used(exports, case: str) -> None:
    path, draft = exports[case]
    probe = Probe(open_docx(path))
    _, left, _ = signature_cells(probe)
    lines = [probe.text(p) for p in probe.cell_paragraphs(left) if probe.text(p)]
    assert lines[0] == "Nơi nhận:"
    if draft.addressees:
        assert lines[1] == "- Như trên;"
        assert sum("Như trên" in line for line in lines) == 1
    else:
        assert not any("Như trên" in line for line in lines)


def test_nhu_tren_typed_by_the_user_is_not_doubled() -> None:
    draft = word_file_draft()
    draft.recipients = ["Sở Nội vụ", "Như trên", "Lưu: VT"]
    assert render_document(draft).recipients == ["- Như trên;", "- Sở Nội vụ;", "- Lưu: VT."]


# -- signature block ------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_noi_nhan_is_flush_left_on_the_signer_title_line(exports, case: str) -> None:
    probe = Probe(open_docx(exports[case][0]))
    tbl, left, right = signature_cells(probe)
    assert tbl.find(f"{W}tblPr/{W}jc").get(qn("w:val")) == "left"
    assert tbl.find(f"{W}tblPr/{W}tblInd").get(qn("w:w")) == "0"
    assert left.find(f"{W}tcPr/{W}tcMar/{W}left").get(qn("w:w")) == "0"
    label = probe.cell_paragraphs(left)[0]
    title = probe.cell_paragraphs(right)[0]
    assert probe.text(label) == "Nơi nhận:"
    assert probe.indent_twips(label)[0] == 0 and probe.first_line_twips(label) == 0
    assert probe.alignment(label) == "left"
    # Same top, same space before: the two first lines share a line.
    before = [p.find(f"{W}pPr/{W}spacing").get(qn("w:before")) for p in (label, title)]
    assert before[0] == before[1]


@pytest.mark.parametrize("case", CASES)
def test_room_before_the_signature_block_and_to_sign(exports, case: str) -> None:
    probe = Probe(open_docx(exports[case][0]))
    tbl, _, right = signature_cells(probe)
    settings = FormatSettings.defaults()
    title = probe.cell_paragraphs(right)[0]
    before_pt = int(title.find(f"{W}pPr/{W}spacing").get(qn("w:before"))) / 20
    closing = tbl.getprevious()
    after_pt = probe.space_after_twips(closing) / 20
    assert before_pt + after_pt >= 18  # at least one blank line of 14 pt text
    paras = probe.cell_paragraphs(right)
    blank = [p for p in paras if not probe.text(p)]
    # Single-spaced 14 pt Times New Roman lines are 14 × 1.15 pt high.
    room_mm = len(blank) * settings.signature_size * 1.15 / 72 * 25.4
    assert room_mm >= 30, room_mm  # a signature and a 35–40 mm seal over the title


# -- agency names in the header -------------------------------------------------------

BOX_PT = 185.7  # the issuing body's column with the default margins


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        (
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TÂY NINH",
            ["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH TỈNH TÂY NINH"],
        ),
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", ["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"]),
        ("UBND TỈNH TÂY NINH", ["UBND TỈNH TÂY NINH"]),
        (
            LONG_AGENCY.upper(),
            ["TRUNG TÂM GIÁM SÁT,", "ĐIỀU HÀNH KINH TẾ,", "XÃ HỘI TẬP TRUNG", "TỈNH TÂY NINH"],
        ),
    ],
)
def test_long_names_break_between_compounds(name: str, lines: list[str]) -> None:
    got = header_lines(name, 13, BOX_PT, bold=True)
    assert got == lines
    assert all(text_width_pt(line, 13, bold=True) <= BOX_PT for line in got)


def test_a_break_set_by_the_user_wins() -> None:
    assert header_lines("SỞ VĂN HÓA,\u2028THỂ THAO VÀ DU LỊCH", 13, BOX_PT, bold=True) == [
        "SỞ VĂN HÓA,",
        "THỂ THAO VÀ DU LỊCH",
    ]
    assert header_lines("SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG", 13, BOX_PT) == [
        "SỞ THÔNG TIN VÀ",
        "TRUYỀN THÔNG",
    ]


FIXED = ("THỂ THAO", "VĂN HÓA", "TRUYỀN THÔNG", "THÔNG TIN", "KINH TẾ", "XÃ HỘI", "TÂY NINH")


@pytest.mark.parametrize("case", CASES)
def test_header_never_splits_a_fixed_compound(exports, case: str) -> None:
    path, draft = exports[case]
    probe = Probe(open_docx(path))
    top_left = probe.cells(probe.rows(probe.tables()[0])[0])[0]
    issuer = [p for p in probe.cell_paragraphs(top_left) if probe.text(p)][-1]
    lines = probe.text(issuer).split("\n")
    assert " ".join(lines) == " ".join(draft.agency.issuing_body.upper().split())
    for a, b in itertools.pairwise(lines):
        seam = f"{a.split()[-1]} {b.split()[0]}"
        assert seam not in FIXED, lines
    assert len(lines) <= 4


def test_user_break_in_the_profile_reaches_the_header_only(tmp_path: Path) -> None:
    draft = word_file_draft()
    draft.agency.issuing_body = "Sở Văn hóa, Thể thao\u2028và Du lịch"
    probe = Probe(open_docx(export_docx(draft, tmp_path / "br.docx")))
    top_left = probe.cells(probe.rows(probe.tables()[0])[0])[0]
    issuer = [p for p in probe.cell_paragraphs(top_left) if probe.text(p)][-1]
    assert probe.text(issuer) == "SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH"
    opening = probe.paragraph_with("Thực hiện")
    assert "Sở Văn hóa, Thể thao và Du lịch" in probe.text(opening)


# -- appendices and tables ------------------------------------------------------------


def appendix_paragraphs(probe: Probe) -> list:
    body = list(probe.doc.element.body.iterchildren(qn("w:p")))
    start = next(i for i, p in enumerate(body) if p.find(f"{W}pPr/{W}pageBreakBefore") is not None)
    return body[start:]


def test_appendix_starts_a_new_page_with_the_decree_heading(exports) -> None:
    probe = Probe(open_docx(exports["word-file"][0]))
    heading, subtitle, attached, *_ = appendix_paragraphs(probe)
    assert probe.text(heading) == "Phụ lục"
    runs = probe.runs(heading)
    assert all(probe.size(r, heading) == 14 and probe.bold(r, heading) for r in runs)
    assert probe.alignment(heading) == "center"
    assert probe.text(subtitle) == "Kết quả tổ chức hội nghị quán triệt 6 tháng đầu năm 2024"
    assert all(probe.bold(r, subtitle) for r in probe.runs(subtitle))
    assert probe.alignment(subtitle) == "center"
    assert probe.text(attached) == (
        "(Kèm theo Báo cáo số 05/BC-TTGSĐH ngày 05 tháng 6 năm 2024 của " + LONG_AGENCY + ")"
    )
    assert all(probe.italic(r, attached) for r in probe.runs(attached))
    # After the signature.
    body = list(probe.doc.element.body.iterchildren())
    sig, _, _ = signature_cells(probe)
    assert body.index(sig) < body.index(heading)


def data_tables(probe: Probe) -> list:
    return [t for t in probe.tables() if probe.table_borders(t).get("insideH") == "single"]


def test_appendix_table_has_borders_repeated_header_and_vietnamese_numbers(exports) -> None:
    probe = Probe(open_docx(exports["word-file"][0]))
    (tbl,) = data_tables(probe)
    assert set(probe.table_borders(tbl).values()) == {"single"}
    rows = probe.rows(tbl)
    header, *data = rows
    assert header.find(f"{W}trPr/{W}tblHeader") is not None
    assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in data)
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    texts = [[probe.text(probe.cell_paragraphs(c)[0]) for c in probe.cells(r)] for r in rows]
    assert texts[0] == ["STT", "Đơn vị", "Số hội nghị", "Số lượt người tham dự", "Tỷ lệ (%)"]
    assert texts[2] == ["2", "Phòng Kinh tế", "3", "20.799", "100"]
    assert texts[1][4] == "98,5" and texts[3][4] == "97,25" and texts[4][4] == ""
    cells = probe.cells(rows[2])
    aligns = [probe.alignment(probe.cell_paragraphs(c)[0]) for c in cells]
    assert aligns == ["right", "left", "right", "right", "right"]
    head = probe.cell_paragraphs(probe.cells(header)[0])[0]
    assert probe.bold(probe.runs(head)[0], head) and probe.alignment(head) == "center"
    caption = probe.paragraph_with("Bảng 1. Hội nghị quán triệt, phổ biến")
    assert caption.getnext() is tbl


def test_several_appendices_are_numbered_each_on_its_page(tmp_path: Path) -> None:
    draft = word_file_draft()
    draft.appendices.append(
        Appendix(subtitle="Danh sách đơn vị", blocks=[Block(kind="table", table=appendix_table())])
    )
    draft.appendices.append(Appendix(title="Phụ lục riêng", blocks=[Block(text="Ghi chú.")]))
    probe = Probe(open_docx(export_docx(draft, tmp_path / "pl.docx")))
    breaks = [
        probe.text(p)
        for p in probe.body_paragraphs()
        if p.find(f"{W}pPr/{W}pageBreakBefore") is not None
    ]
    assert breaks == ["Phụ lục I", "Phụ lục II", "Phụ lục riêng"]
    assert len(data_tables(probe)) == 2


def test_a_table_block_in_a_part_is_exported_in_place(tmp_path: Path) -> None:
    draft = word_file_draft()
    part = draft.sections[0]
    part.blocks.insert(1, Block(kind="table", text="Số liệu như sau:", table=appendix_table()))
    draft.appendices = []
    probe = Probe(open_docx(export_docx(draft, tmp_path / "t.docx")))
    (tbl,) = data_tables(probe)
    lead = probe.paragraph_with("Số liệu như sau:")
    body = list(probe.doc.element.body.iterchildren())
    assert body.index(lead) < body.index(tbl) < body.index(signature_cells(probe)[0])
    assert probe.rows(tbl)[0].find(f"{W}trPr/{W}tblHeader") is not None


def test_ragged_rows_and_odd_cells_still_make_a_table(tmp_path: Path) -> None:
    table = Table(rows=[["A", "B", "C"], [1], [None, 2.5, float("nan")]], header_rows=5)
    draft = word_file_draft()
    draft.appendices = [Appendix(blocks=[Block(kind="table", table=table)])]
    probe = Probe(open_docx(export_docx(draft, tmp_path / "r.docx")))
    (tbl,) = data_tables(probe)
    assert [len(probe.cells(r)) for r in probe.rows(tbl)] == [3, 3, 3]
    assert probe.text(probe.cells(probe.rows(tbl)[2])[1]) == "2,5"


# -- valid Office Open XML ------------------------------------------------------------

CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@pytest.mark.parametrize("case", CASES)
def test_package_structure_is_complete(exports, case: str) -> None:
    """Every part has a content type, every internal relationship points at a part,
    and every part but the relationship parts is reachable (no orphans)."""
    path = exports[case][0]
    open_docx(path)  # python-docx reopens it
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        types = ET.fromstring(z.read("[Content_Types].xml"))
        defaults = {d.get("Extension") for d in types.iter(f"{CT}Default")}
        overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{CT}Override")}
        for name in names:
            if name.endswith("/") or name == "[Content_Types].xml":
                continue
            assert name in overrides or name.rsplit(".", 1)[-1] in defaults, name
        assert overrides <= names
        reached = set()
        for rels_name in (n for n in names if n.endswith(".rels")):
            folder = rels_name.replace("_rels/", "").removesuffix(".rels").rsplit("/", 1)
            base = folder[0] + "/" if len(folder) == 2 else ""
            for rel in ET.fromstring(z.read(rels_name)).iter(f"{REL}Relationship"):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target")
                full = target.lstrip("/") if target.startswith("/") else base + target
                full = re_normalise(full)
                assert full in names, (rels_name, target)
                reached.add(full)
        orphans = {n for n in names if not n.endswith(".rels")} - reached - {"[Content_Types].xml"}
        assert not orphans
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                ET.fromstring(z.read(name))  # well-formed


def re_normalise(path: str) -> str:
    parts: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_it_without_repair(exports, tmp_path: Path) -> None:
    path = exports["word-file"][0]
    done = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    pdf = tmp_path / "word-file.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    assert "repair" not in (done.stdout + done.stderr).lower()
    assert pdf.read_bytes().startswith(b"%PDF")
