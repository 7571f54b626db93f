"""The printed text of a draft: numbering, sentences, Vietnamese numbers and dates."""

from qcdc_desktop.render.document import (
    Paragraph,
    RenderedDocument,
    closing_sentence,
    figure_sentence,
    opening_sentence,
    part_numbers,
    render_document,
)

__all__ = [
    "Paragraph",
    "RenderedDocument",
    "closing_sentence",
    "figure_sentence",
    "opening_sentence",
    "part_numbers",
    "render_document",
]
