"""Recipients ("Nơi nhận") beside the signature, in one borderless table row."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from qcdc_desktop.export.formats import Formats
from qcdc_desktop.export.ooxml import make, twips_from_pt
from qcdc_desktop.export.tables import borderless_table, finish_cells
from qcdc_desktop.render import RenderedDocument

RECIPIENTS_LABEL = "Nơi nhận:"
LEFT_SHARE = 0.45
# Room between the body's last sentence and the block: 12 pt on top of the body's 6 pt
# after, one blank line of 14 pt text plus a little, so the block reads as apart.
SPACE_BEFORE_PT = 12


def build_signature_table(doc: RenderedDocument, formats: Formats, total_width: int) -> Any:
    s = formats.settings
    left_w = round(total_width * LEFT_SHARE)
    tbl, cells = borderless_table(1, [left_w, total_width - left_w])
    left, right = cells[0]
    _flush_with_margin(tbl, left)
    flush_left = formats.tight(align="left")
    centred = formats.tight()
    before = twips_from_pt(SPACE_BEFORE_PT)

    # "Nơi nhận:" and the signer's authority start on the same line, at the same height.
    left.append(
        formats.paragraph(
            formats.tight(align="left", before=before),
            [(RECIPIENTS_LABEL, s.recipients_label_size, True, True)],
        )
    )
    for line in doc.recipients:
        left.append(formats.paragraph(flush_left, [(line, s.recipients_size, False, False)]))

    for n, line in enumerate(doc.signer_lines):
        fmt = formats.tight(before=before) if n == 0 else centred
        right.append(formats.paragraph(fmt, [(line, s.signature_size, True, False)]))
    for _ in range(s.signature_blank_lines):
        right.append(formats.paragraph(centred, [], mark_size=s.signature_size))
    if doc.signer_name.strip():
        right.append(formats.paragraph(centred, [(doc.signer_name, s.signature_size, True, False)]))

    finish_cells(cells, lambda: formats.paragraph(centred, [], mark_size=s.signature_size))
    return tbl


def _flush_with_margin(tbl: Any, left_cell: Any) -> None:
    """No padding on the left of the recipients' cell: "Nơi nhận:" starts at the margin.

    The table keeps its full width, starting at the margin (not centred), so the
    signature column stays where it was.
    """
    tbl_pr = tbl.find(qn("w:tblPr"))
    jc = tbl_pr.find(qn("w:jc"))
    if jc is not None:
        jc.set(qn("w:val"), "left")
    ind = make("w:tblInd", w="0", type="dxa")
    tbl_pr.find(qn("w:tblBorders")).addprevious(ind)
    tc_pr = left_cell.find(qn("w:tcPr"))
    mar = make("w:tcMar")
    mar.append(make("w:left", w="0", type="dxa"))
    # Schema order in tcPr: tcW, ..., tcMar, ..., vAlign.
    tc_pr.find(qn("w:vAlign")).addprevious(mar)
