"""What a typed table cell holds (no Qt): a number when it reads as one, else the text.

Only what prints back exactly as typed becomes a number ("20.799", "98,5", "1250"), so
a code such as "01/2024" or "0123" is never changed by the editor.
"""

from __future__ import annotations

import re

from qcdc_desktop.model.draft import Cell
from qcdc_desktop.render.numbers import parse_number
from qcdc_desktop.render.tables import cell_text

_PLAIN_INTEGER = re.compile(r"^-?(0|[1-9]\d*)$")


def cell_value(text: str, *, header: bool = False) -> Cell:
    """The model's value for the text typed in a cell; header cells stay text."""
    text = " ".join(text.split())
    if not text:
        return None
    if header:
        return text
    if _PLAIN_INTEGER.match(text):
        return int(text)
    value = parse_number(text)
    if value is not None and not text.endswith("%") and cell_text(value) == text:
        return value
    return text


def shown_text(cell: Cell) -> str:
    """What the editor shows for a stored cell (numbers the Vietnamese way)."""
    return cell_text(cell)
