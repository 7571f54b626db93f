"""A4 portrait, the office's margins, and page numbers from page 2 on."""

from __future__ import annotations

from typing import Any

from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Twips

from qcdc_desktop.export.ooxml import ParaFormat, field_runs, paragraph_properties, run_properties
from qcdc_desktop.export.settings import FormatSettings

A4_WIDTH_TWIPS = 11906
A4_HEIGHT_TWIPS = 16838


def text_width_twips(settings: FormatSettings) -> int:
    return (
        A4_WIDTH_TWIPS
        - round(Mm(settings.margin_left_mm).twips)
        - round(Mm(settings.margin_right_mm).twips)
    )


def set_up_page(document: Any, settings: FormatSettings) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Twips(A4_WIDTH_TWIPS)
    section.page_height = Twips(A4_HEIGHT_TWIPS)
    section.top_margin = Mm(settings.margin_top_mm)
    section.bottom_margin = Mm(settings.margin_bottom_mm)
    section.left_margin = Mm(settings.margin_left_mm)
    section.right_margin = Mm(settings.margin_right_mm)
    # The page number sits in the top margin, above the text.
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    _add_page_numbers(section, settings)


def _add_page_numbers(section: Any, settings: FormatSettings) -> None:
    """PAGE field centred in the header; page 1 gets its own, empty header (w:titlePg)."""
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False  # an explicit empty header, not an inherited one

    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]._p
    for child in list(p):
        p.remove(child)
    rpr = run_properties(settings.font_name, settings.page_number_size)
    p.append(paragraph_properties(ParaFormat(align="center"), rpr))
    for run in field_runs("PAGE", "2", rpr):
        p.append(run)
