"""The agency / number block drawn in text boxes, as Word saves a shape: the DrawingML
box and its VML copy for old readers (mc:AlternateContent), read once, not merged into
the paragraph that anchors it."""

from __future__ import annotations

from pathlib import Path

import docx_fixtures as fx
from docx.oxml import parse_xml

from qcdc_desktop.importing import import_docx

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _paras(lines: list[tuple[str, bool]]) -> str:
    out = []
    for text, bold in lines:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        out.append(f"<w:p><w:r>{rpr}<w:t xml:space='preserve'>{text}</w:t></w:r></w:p>")
    return "".join(out)


def text_box_run(lines: list[tuple[str, bool]]) -> object:
    body = _paras(lines)
    return parse_xml(
        f"<w:r {NS}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
        "<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"<w:txbxContent>{body}</w:txbxContent>"
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{body}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_header_block_in_text_boxes(tmp_path: Path) -> None:
    b = fx.Builder()
    anchor = b.para("")
    anchor._p.append(
        text_box_run([(fx.PARENT, False), (fx.ISSUER, True), ("Số: 12/BC-STTTT", False)])
    )
    anchor._p.append(
        text_box_run(
            [
                ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
                ("Độc lập - Tự do - Hạnh phúc", True),
                ("Tây Ninh, ngày 05 tháng 6 năm 2024", False),
            ]
        )
    )
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para(fx.OPENING)
    first = b.para("I. ĐẶC ĐIỂM TÌNH HÌNH", bold=True)
    first._p.append(text_box_run([("Ghi chú trong khung", False)]))
    b.para(fx.FUNCTIONS)
    b.para(fx.CLOSING)
    b.signature_table(fx.RECIPIENTS, ["GIÁM ĐỐC"], "Nguyễn Văn An")
    draft = import_docx(b.save(tmp_path / "boxes.docx")).draft
    assert draft.agency.issuing_body == fx.AGENCY
    assert draft.agency.parent_body == fx.PARENT
    assert draft.number == "12" and draft.agency.place == "Tây Ninh"
    assert (draft.date.year, draft.date.month, draft.date.day) == (2024, 6, 5)
    # The heading keeps its own text; the box it anchors is read once, before it.
    assert draft.sections[0].title == "Đặc điểm tình hình"
    texts = [x.text for p in draft.all_parts() for x in p.blocks]
    assert texts.count("Ghi chú trong khung") == 1
