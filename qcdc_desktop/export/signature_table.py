"""Recipients ("Nơi nhận") beside the signature, in one borderless table row."""

from __future__ import annotations

from typing import Any

from qcdc_desktop.export.formats import Formats
from qcdc_desktop.export.tables import borderless_table, finish_cells
from qcdc_desktop.render import RenderedDocument

RECIPIENTS_LABEL = "Nơi nhận:"
LEFT_SHARE = 0.45


def build_signature_table(doc: RenderedDocument, formats: Formats, total_width: int) -> Any:
    s = formats.settings
    left_w = round(total_width * LEFT_SHARE)
    tbl, cells = borderless_table(1, [left_w, total_width - left_w])
    left, right = cells[0]
    flush_left = formats.tight(align="left")
    centred = formats.tight()

    left.append(
        formats.paragraph(flush_left, [(RECIPIENTS_LABEL, s.recipients_label_size, True, True)])
    )
    for line in doc.recipients:
        left.append(formats.paragraph(flush_left, [(line, s.recipients_size, False, False)]))

    for line in doc.signer_lines:
        right.append(formats.paragraph(centred, [(line, s.signature_size, True, False)]))
    for _ in range(s.signature_blank_lines):
        right.append(formats.paragraph(centred, [], mark_size=s.signature_size))
    if doc.signer_name.strip():
        right.append(formats.paragraph(centred, [(doc.signer_name, s.signature_size, True, False)]))

    finish_cells(cells, lambda: formats.paragraph(centred, [], mark_size=s.signature_size))
    return tbl
