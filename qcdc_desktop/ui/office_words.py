"""Which database holds the office's dictionary, cited documents and tone-mark style.

Kept apart from spell_highlight.py so that opening a data folder reads the office's
words without importing the spelling highlighter, which the start window never needs.
"""

from __future__ import annotations

import sys
from typing import Any

from qcdc_desktop.proofing.office import load_office, use_office

_state: dict[str, Any] = {"db": None}


def use_database(db: Any) -> None:
    """Read the office's dictionary and style from `db`; words added are saved there."""
    _state["db"] = db
    use_office(load_office(db))
    highlighting = sys.modules.get("qcdc_desktop.ui.spell_highlight")
    if highlighting is not None:  # editors already open: check them with the new words
        highlighting.rehighlight_all()


def database() -> Any:
    """The database words are added to; None before a data folder is opened (tests)."""
    return _state["db"]
