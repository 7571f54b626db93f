"""Colours live in ui/palette.py only: a colour written elsewhere in ui/ fails here."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "qcdc_desktop" / "ui"
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?=[;\"' )])")


def test_no_colour_outside_the_palette() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "palette.py"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if HEX_COLOUR.search(line)
    ]
    assert not found, "\n".join(found)
