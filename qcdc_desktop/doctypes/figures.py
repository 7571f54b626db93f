"""Figure groups (resources/figures.toml): typed numbers, derived values and consistency rules."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from qcdc_desktop.doctypes.types import DocTypeError
from qcdc_desktop.model.draft import FigureValues
from qcdc_desktop.resources import resource_path

FIGURE_KINDS = ("count", "money", "percent")

Number = int | float


@dataclass(frozen=True)
class FigureDef:
    id: str
    label: str
    unit: str = ""
    kind: str = "count"
    computed: str = ""  # "" (typed), "sum" (of), "ratio" (of / over * 100)
    of: tuple[str, ...] = ()
    over: tuple[str, ...] = ()


@dataclass(frozen=True)
class SumRule:
    total: str
    parts: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class FigureGroupDef:
    id: str
    title: str
    sentence: str
    figures: tuple[FigureDef, ...]
    rules: tuple[SumRule, ...] = ()

    def figure(self, figure_id: str) -> FigureDef | None:
        for fig in self.figures:
            if fig.id == figure_id:
                return fig
        return None

    @property
    def typed_figures(self) -> tuple[FigureDef, ...]:
        return tuple(f for f in self.figures if not f.computed)


@dataclass(frozen=True)
class RuleViolation:
    group: str
    rule: SumRule
    total: Number
    parts_sum: Number

    @property
    def message(self) -> str:
        return self.rule.message.format(total=self.total, sum=self.parts_sum)


def _parse_group(group_id: str, data: Any) -> FigureGroupDef:
    if not isinstance(data, dict):
        raise DocTypeError(f"Nhóm số liệu “{group_id}” không hợp lệ.")
    figures = []
    for raw in data.get("figures", []):
        kind = raw.get("kind", "count")
        if kind not in FIGURE_KINDS:
            raise DocTypeError(f"Nhóm số liệu “{group_id}”: loại số “{kind}” không hợp lệ.")
        figures.append(
            FigureDef(
                id=str(raw["id"]),
                label=str(raw.get("label", raw["id"])),
                unit=str(raw.get("unit", "")),
                kind=kind,
                computed=str(raw.get("computed", "")),
                of=tuple(raw.get("of", ())),
                over=tuple(raw.get("over", ())),
            )
        )
    rules = tuple(
        SumRule(
            total=str(r["total"]),
            parts=tuple(r["parts"]),
            message=str(r.get("message", "Tổng ({total}) không bằng tổng các thành phần ({sum}).")),
        )
        for r in data.get("rules", [])
        if r.get("kind", "sum") == "sum"
    )
    return FigureGroupDef(
        id=group_id,
        title=str(data.get("title", group_id)),
        sentence=str(data.get("sentence", "")),
        figures=tuple(figures),
        rules=rules,
    )


def load_figure_groups(path: Path | None = None) -> dict[str, FigureGroupDef]:
    path = path or resource_path("figures.toml")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DocTypeError(f"Không đọc được tệp nhóm số liệu {path.name}: {exc}") from exc
    return {gid: _parse_group(gid, g) for gid, g in data.items()}


@cache
def figure_groups() -> dict[str, FigureGroupDef]:
    return load_figure_groups()


def resolved_values(group: FigureGroupDef, values: FigureValues) -> dict[str, Number | None]:
    """Typed values plus computed ones (a computed figure is None until its inputs are typed)."""
    out: dict[str, Number | None] = {f.id: values.values.get(f.id) for f in group.typed_figures}

    def total(ids: tuple[str, ...]) -> Number | None:
        nums = [out.get(i) for i in ids]
        if any(n is None for n in nums):
            return None
        return sum(n for n in nums if n is not None)

    for fig in group.figures:
        if fig.computed == "sum":
            out[fig.id] = total(fig.of)
        elif fig.computed == "ratio":
            num, den = total(fig.of), total(fig.over)
            out[fig.id] = None if num is None or not den else round(num * 100 / den, 1)
    return out


def check_rules(group: FigureGroupDef, values: FigureValues) -> list[RuleViolation]:
    """Sum rules that do not hold. Rules with a missing value are not judged."""
    resolved = resolved_values(group, values)
    out = []
    for rule in group.rules:
        total = resolved.get(rule.total)
        parts = [resolved.get(p) for p in rule.parts]
        if total is None or any(p is None for p in parts):
            continue
        parts_sum = sum(p for p in parts if p is not None)
        if abs(parts_sum - total) > 1e-9:
            out.append(RuleViolation(group.id, rule, total, parts_sum))
    return out
