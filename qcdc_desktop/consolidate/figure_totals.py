"""Figures summed over the units that reported them.

Counts and money are summed. A rate is never averaged: it is recomputed from the
summed inputs by the group's own rule (resources/figures.toml, through
doctypes/figures.py). A figure a unit left blank is "not reported", never 0: it is
summed over the others and the units that lacked it are remembered.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qcdc_desktop.doctypes.figures import FigureDef, FigureGroupDef, Number, resolved_values
from qcdc_desktop.model.draft import FigureValues

SUMMABLE_KINDS = ("count", "money")


def summable(fig: FigureDef) -> bool:
    return fig.kind in SUMMABLE_KINDS and fig.computed != "ratio"


@dataclass
class GroupTotals:
    group: FigureGroupDef
    # One row per unit, in input order: the unit and its values (computed ones included).
    rows: list[tuple[str, dict[str, Number | None]]] = field(default_factory=list)
    sums: dict[str, Number] = field(default_factory=dict)
    lacking: dict[str, list[str]] = field(default_factory=dict)  # figure id -> units
    without_group: list[str] = field(default_factory=list)  # units with none of its figures
    # Last period's values, summed only over units that gave both periods' values.
    previous: dict[str, Number] = field(default_factory=dict)
    _previous_gaps: set[str] = field(default_factory=set)

    def add(self, unit: str, values: FigureValues | None) -> None:
        resolved = resolved_values(self.group, values) if values is not None else {}
        if not any(v is not None for v in resolved.values()):
            self.without_group.append(unit)
            self.rows.append((unit, {f.id: None for f in self.group.figures}))
            return
        row = {f.id: resolved.get(f.id) for f in self.group.figures}
        self.rows.append((unit, row))
        for fig in self.group.figures:
            if not summable(fig):
                continue
            value = row.get(fig.id)
            if value is None:
                self.lacking.setdefault(fig.id, []).append(unit)
                continue
            self.sums[fig.id] = self.sums.get(fig.id, 0) + value
            before = values.previous.get(fig.id) if values is not None else None
            if before is None:
                self._previous_gaps.add(fig.id)
            else:
                self.previous[fig.id] = self.previous.get(fig.id, 0) + before

    @property
    def reported(self) -> bool:
        return bool(self.sums) or any(
            any(v is not None for v in row.values()) for _, row in self.rows
        )

    def total_values(self) -> FigureValues:
        """The consolidated figures as a draft stores them (blank where nobody reported)."""
        # A comparison with last period is only honest when every unit summed this period
        # also gave last period's value.
        previous: dict[str, Number | None] = {
            fid: _clean(v) for fid, v in self.previous.items() if fid not in self._previous_gaps
        }
        return FigureValues(
            values={fid: _clean(v) for fid, v in self.sums.items()}, previous=previous
        )

    def total_row(self) -> dict[str, Number | None]:
        """Sums, and rates recomputed from the sums."""
        computed = resolved_values(self.group, self.total_values())
        out: dict[str, Number | None] = {}
        for fig in self.group.figures:
            if summable(fig):
                out[fig.id] = _clean(self.sums[fig.id]) if fig.id in self.sums else None
            elif fig.computed == "ratio":
                out[fig.id] = computed.get(fig.id)
            else:  # a typed rate of each unit cannot be added up
                out[fig.id] = None
        return out

    def lacking_for(self, fig_id: str) -> list[str]:
        """Units that did not report the figure (also those without the whole group),
        when at least one unit did."""
        if fig_id not in self.sums:
            return []
        lacking = set(self.lacking.get(fig_id, [])) | set(self.without_group)
        return [unit for unit, _ in self.rows if unit in lacking]


def _clean(value: Number) -> Number:
    """1.0 + 2.0 stays a whole number where the inputs were whole numbers."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, float):
        return round(value, 6)
    return value
