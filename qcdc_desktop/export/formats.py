"""Paragraph and run formats of one export, built once and reused for every paragraph."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from qcdc_desktop.export.ooxml import (
    TWIPS_PER_CM,
    ParaFormat,
    new_paragraph,
    paragraph_properties,
    run_properties,
    twips_from_pt,
)
from qcdc_desktop.export.safe_text import safe
from qcdc_desktop.export.settings import FormatSettings

# A run: text, size in pt, bold, italic.
RunSpec = tuple[str, float, bool, bool]


class Formats:
    def __init__(self, settings: FormatSettings) -> None:
        self.settings = settings
        self._rpr: dict[tuple[float, bool, bool], Any] = {}
        self._ppr: dict[tuple[ParaFormat, float], Any] = {}
        self.body_line = round(240 * settings.line_spacing)
        self.space_after = twips_from_pt(settings.space_after_pt)
        self.first_line = round(settings.first_line_indent_cm * TWIPS_PER_CM)

    def rpr(self, size: float, bold: bool = False, italic: bool = False) -> Any:
        key = (size, bold, italic)
        if key not in self._rpr:
            self._rpr[key] = run_properties(self.settings.font_name, size, bold=bold, italic=italic)
        return self._rpr[key]

    def ppr(self, fmt: ParaFormat, mark_size: float) -> Any:
        key = (fmt, mark_size)
        if key not in self._ppr:
            self._ppr[key] = paragraph_properties(fmt, self.rpr(mark_size))
        return self._ppr[key]

    def paragraph(self, fmt: ParaFormat, runs: list[RunSpec], mark_size: float = 0) -> Any:
        """A w:p with the given runs; every text goes through `safe`."""
        size = mark_size or (runs[0][1] if runs else self.settings.body_size)
        return new_paragraph(
            self.ppr(fmt, size),
            [(safe(text), self.rpr(sz, bold, italic)) for text, sz, bold, italic in runs],
        )

    def body_format(self, **changes: Any) -> ParaFormat:
        base = ParaFormat(
            align="both", first_line=self.first_line, after=self.space_after, line=self.body_line
        )
        return replace(base, **changes)

    def tight(self, align: str = "center", **changes: Any) -> ParaFormat:
        """Single-spaced, no space around: the lines of the header and signature blocks."""
        return ParaFormat(align=align, **changes)

    def rule(self, indent_left: int, indent_right: int) -> Any:
        """An empty, nearly zero-height paragraph whose bottom border is the short rule."""
        fmt = ParaFormat(
            align="center",
            left=max(indent_left, 0),
            right=max(indent_right, 0),
            line=60,  # 3 pt: the rule sits just under the text above, clear of descenders
            line_rule="exact",
            bottom_rule=True,
        )
        return new_paragraph(self.ppr(fmt, 1), [])
