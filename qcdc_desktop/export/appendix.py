"""The appendices after the signature, each starting on a new page.

Decree 30, Appendix I: "Phụ lục" (with its number when there are several) 14 pt
bold centred, the subtitle bold centred, then the italic line saying which document
it belongs to; then its tables and paragraphs.
"""

from __future__ import annotations

from typing import Any

from qcdc_desktop.export.body import body_paragraph
from qcdc_desktop.export.data_table import table_elements
from qcdc_desktop.export.formats import Formats
from qcdc_desktop.export.ooxml import twips_from_pt
from qcdc_desktop.render import RenderedDocument
from qcdc_desktop.render.appendices import RenderedAppendix

# The appendix heading is 14 pt whatever the body size (the decree's figure).
HEADING_SIZE = 14


def appendix_heading(appendix: RenderedAppendix, formats: Formats) -> list[Any]:
    s = formats.settings
    out = [
        formats.paragraph(
            formats.tight(keep_next=True, page_break_before=True),
            [(appendix.heading, HEADING_SIZE, True, False)],
        )
    ]
    if appendix.subtitle:
        out.append(
            formats.paragraph(
                formats.tight(keep_next=True), [(appendix.subtitle, s.title_size, True, False)]
            )
        )
    out.append(
        formats.paragraph(
            formats.tight(keep_next=True, after=twips_from_pt(12)),
            [(appendix.attached_to, s.body_size, False, True)],
        )
    )
    return out


def appendix_elements(doc: RenderedDocument, formats: Formats, text_width: int) -> list[Any]:
    out: list[Any] = []
    for appendix in doc.appendices:
        out += appendix_heading(appendix, formats)
        for p in appendix.body:
            if p.table is not None:
                out += table_elements(p.table, p.text, formats, text_width)
            else:
                out.append(body_paragraph(p, formats))
    return out
