"""The printed text of a draft: numbering, sentences, Vietnamese numbers and dates.

The names below load render/document.py on first use: a page that needs only a date
line (render/dates.py) then does not pay for the whole renderer when an editor opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    if name in __all__:
        from qcdc_desktop.render import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
