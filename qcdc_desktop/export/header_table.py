"""The first-page header: issuing body and number on the left, national title,
motto and place-date on the right, in a borderless two-column table."""

from __future__ import annotations

from typing import Any

from qcdc_desktop.export.formats import Formats
from qcdc_desktop.export.header_names import header_lines
from qcdc_desktop.export.ooxml import twips_from_pt
from qcdc_desktop.export.safe_text import safe
from qcdc_desktop.export.tables import borderless_table, finish_cells
from qcdc_desktop.export.text_width import text_width_pt, wrapped_width_pt
from qcdc_desktop.render import RenderedDocument

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# The decree wants the rule under the issuing body 1/3–1/2 of the text: take the middle.
ISSUER_RULE_SHARE = 0.4
# Minimum share of the width left for the issuing body's column.
MIN_LEFT_SHARE = 0.3
# No cell padding: the lines are centred anyway, and with the widest allowed margins
# every twip keeps "UBND TỈNH ..." and the national title from wrapping.
PADDING = 0


def column_widths(total: int, formats: Formats) -> tuple[int, int]:
    """The right column just fits the national title on one line; the left gets the rest."""
    size = formats.settings.header_size
    needed = twips_from_pt(text_width_pt(NATIONAL_TITLE, size, bold=True) * 1.04)
    right = needed + 2 * PADDING
    right = min(right, round(total * (1 - MIN_LEFT_SHARE)))
    return total - right, right


def rule_under(formats: Formats, text_width: float, cell_width: int) -> Any:
    box = cell_width - 2 * PADDING
    rule = min(twips_from_pt(text_width), box)
    side = (box - rule) // 2
    return formats.rule(side, box - rule - side)


def build_header_table(doc: RenderedDocument, formats: Formats, total_width: int) -> Any:
    s = formats.settings
    left_w, right_w = column_widths(total_width, formats)
    tbl, cells = borderless_table(2, [left_w, right_w], PADDING)
    top_left, top_right = cells[0]
    low_left, low_right = cells[1]
    line = formats.tight()

    box_pt = (left_w - 2 * PADDING) / 20
    parent = safe(doc.parent_body)
    if parent.strip():
        lines = header_lines(parent, s.header_size, box_pt)
        top_left.append(formats.paragraph(line, [("\n".join(lines), s.header_size, False, False)]))
    issuer = safe(doc.issuing_body)
    if issuer.strip():
        lines = header_lines(issuer, s.header_size, box_pt, bold=True)
        top_left.append(formats.paragraph(line, [("\n".join(lines), s.header_size, True, False)]))
        longest = max(wrapped_width_pt(x, s.header_size, box_pt, bold=True) for x in lines)
        top_left.append(rule_under(formats, longest * ISSUER_RULE_SHARE, left_w))

    top_right.append(formats.paragraph(line, [(NATIONAL_TITLE, s.header_size, True, False)]))
    top_right.append(formats.paragraph(line, [(MOTTO, s.motto_size, True, False)]))
    top_right.append(rule_under(formats, text_width_pt(MOTTO, s.motto_size, bold=True), right_w))

    gap = formats.tight(before=twips_from_pt(6))
    low_left.append(formats.paragraph(gap, [(doc.number_line, s.number_size, False, False)]))
    low_right.append(formats.paragraph(gap, [(doc.place_date, s.body_size, False, True)]))

    finish_cells(cells, lambda: formats.paragraph(line, [], mark_size=s.header_size))
    return tbl
