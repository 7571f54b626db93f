"""Whether a part will print anything under its heading (shared by several rules)."""

from __future__ import annotations

import math

from qcdc_desktop.doctypes.figures import figure_groups
from qcdc_desktop.model.draft import Block, Draft, FigureValues, Part


def is_number(value: object) -> bool:
    """A usable figure value: int or float, not bool, not NaN or infinite."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value)


def clean_values(values: FigureValues | None) -> FigureValues:
    """A copy keeping only usable numbers, so sums over a hand-edited file cannot raise."""
    if values is None:
        return FigureValues()
    return FigureValues(
        values={k: v for k, v in values.values.items() if is_number(v)},
        previous={k: v for k, v in values.previous.items() if is_number(v)},
        explanations={k: v for k, v in values.explanations.items() if isinstance(v, str)},
        sentence=values.sentence if isinstance(values.sentence, str) else "",
        compare=values.compare is True,
    )


def block_has_content(block: Block, draft: Draft) -> bool:
    if block.text.strip():
        return True
    if block.kind == "table":
        from qcdc_desktop.render.tables import table_is_empty

        return not table_is_empty(block.table)
    if block.kind != "figures" or block.group not in figure_groups():
        return False
    # A figure sentence with no value typed at all is a template, not content.
    values = draft.figures.get(block.group)
    return values is not None and any(is_number(v) for v in values.values.values())


def part_has_content(part: Part, draft: Draft) -> bool:
    if any(block_has_content(b, draft) for b in part.blocks):
        return True
    return any(part_has_content(c, draft) for c in part.children)
