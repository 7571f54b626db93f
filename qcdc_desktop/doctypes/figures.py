"""Figure groups (resources/figures.toml): typed numbers, derived values and consistency rules.

A group's sentence is built from clauses (see the comment at the top of figures.toml):
each clause is printed only when the figures it names were given, so a figure left
blank is "not reported" and never prints a stand-in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from qcdc_desktop.doctypes.types import DocTypeError, read_toml
from qcdc_desktop.model.draft import FigureValues
from qcdc_desktop.resources import resource_path

FIGURE_KINDS = ("count", "money", "percent")
LEADING_ZERO = ("office", "always", "never")
# The period as a date range: how `{period}` reads in the group's reference sentence
# (`FigureGroupDef.sentence`), the form older own sentences and the importer know.
RANGE_LEAD = "Từ ngày {period_from} đến ngày {period_to}"

Number = int | float

_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class FigureDef:
    id: str
    label: str
    unit: str = ""
    kind: str = "count"
    computed: str = ""  # "" (typed), "sum" (of), "ratio" (of / over * 100)
    of: tuple[str, ...] = ()
    over: tuple[str, ...] = ()
    zero: str = ""  # printed instead of "0" where the clause has no zero wording
    leading_zero: str = "office"  # counts 1–9 as "02": office | always | never

    @property
    def inputs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.of, *self.over)))


@dataclass(frozen=True)
class Clause:
    """A piece of a figure sentence, printed only when its figures are present."""

    text: str
    sep: str = ", "
    first: str = ""
    zero: str = ""
    needs: tuple[str, ...] = ()
    unless_zero: tuple[str, ...] = ()
    compare: str = ""
    items: tuple[Clause, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Placeholders the clause's own text uses (not its items')."""
        return tuple(dict.fromkeys(_FIELD.findall(self.text)))


@dataclass(frozen=True)
class SumRule:
    total: str
    parts: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class Wording:
    """Phrases shared by every group (the `[_wording]` table)."""

    compare: str = "{change} {diff} {unit} ({share}%) so với cùng kỳ năm trước"
    compare_no_share: str = "{change} {diff} {unit} so với cùng kỳ năm trước"
    compare_equal: str = "bằng cùng kỳ năm trước"
    increase: str = "tăng"
    decrease: str = "giảm"
    compare_sep: str = ", "


@dataclass(frozen=True)
class FigureGroupDef:
    id: str
    title: str
    figures: tuple[FigureDef, ...]
    rules: tuple[SumRule, ...] = ()
    clauses: tuple[Clause, ...] = ()
    lead: str = ""
    end: str = "."
    wording: Wording = field(default_factory=Wording)
    # A single-template sentence (older figures.toml files); clauses win when present.
    template: str = ""

    def figure(self, figure_id: str) -> FigureDef | None:
        for fig in self.figures:
            if fig.id == figure_id:
                return fig
        return None

    @property
    def typed_figures(self) -> tuple[FigureDef, ...]:
        """Figures the drafter types. A computed one may be typed too when its inputs are not."""
        return tuple(f for f in self.figures if not f.computed)

    @property
    def sentence(self) -> str:
        """The whole sentence with every clause, the period as a date range.

        This is the group's reference wording: what prints when every figure is given,
        and the pattern the Word importer recognises.
        """
        if not self.clauses:
            return self.template
        body = join_clause_texts(self.clauses)
        lead = self.lead.replace("{period}", RANGE_LEAD)
        text = f"{lead} {body}" if lead.strip() else body
        return text + self.end


def join_clause_texts(clauses: tuple[Clause, ...]) -> str:
    out = ""
    for clause in clauses:
        piece = clause.text + join_clause_texts(clause.items)
        out = piece if not out else out + clause.sep + piece
    return out


@dataclass(frozen=True)
class RuleViolation:
    group: str
    rule: SumRule
    total: Number
    parts_sum: Number

    @property
    def message(self) -> str:
        return self.rule.message.format(total=self.total, sum=self.parts_sum)


def _strs(raw: Any, key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, ())
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise DocTypeError(f"Nhóm số liệu “{where}”: khóa “{key}” phải là danh sách chuỗi.")
    return tuple(value)


def _parse_clause(raw: Any, where: str) -> Clause:
    if not isinstance(raw, dict) or not isinstance(raw.get("text", ""), str):
        raise DocTypeError(f"Nhóm số liệu “{where}”: một vế câu không hợp lệ.")
    items = raw.get("items", [])
    if not isinstance(items, list):
        raise DocTypeError(f"Nhóm số liệu “{where}”: “items” phải là danh sách vế câu.")
    return Clause(
        text=str(raw.get("text", "")),
        sep=str(raw.get("sep", ", ")),
        first=str(raw.get("first", "")),
        zero=str(raw.get("zero", "")),
        needs=_strs(raw, "needs", where),
        unless_zero=_strs(raw, "unless_zero", where),
        compare=str(raw.get("compare", "")),
        items=tuple(_parse_clause(i, where) for i in items),
    )


def _parse_figure(raw: Any, group_id: str) -> FigureDef:
    if not isinstance(raw, dict) or "id" not in raw:
        raise DocTypeError(f"Nhóm số liệu “{group_id}”: một chỉ tiêu thiếu “id”.")
    kind = raw.get("kind", "count")
    if kind not in FIGURE_KINDS:
        raise DocTypeError(f"Nhóm số liệu “{group_id}”: loại số “{kind}” không hợp lệ.")
    leading = raw.get("leading_zero", "office")
    if leading not in LEADING_ZERO:
        raise DocTypeError(
            f"Nhóm số liệu “{group_id}”: “leading_zero” phải là office, always hoặc never."
        )
    return FigureDef(
        id=str(raw["id"]),
        label=str(raw.get("label", raw["id"])),
        unit=str(raw.get("unit", "")),
        kind=kind,
        computed=str(raw.get("computed", "")),
        of=_strs(raw, "of", group_id),
        over=_strs(raw, "over", group_id),
        zero=str(raw.get("zero", "")),
        leading_zero=leading,
    )


def _parse_group(group_id: str, data: Any, wording: Wording) -> FigureGroupDef:
    if not isinstance(data, dict):
        raise DocTypeError(f"Nhóm số liệu “{group_id}” không hợp lệ.")
    figures = tuple(_parse_figure(raw, group_id) for raw in data.get("figures", []))
    rules = tuple(
        SumRule(
            total=str(r["total"]),
            parts=tuple(r["parts"]),
            message=str(r.get("message", "Tổng ({total}) không bằng tổng các thành phần ({sum}).")),
        )
        for r in data.get("rules", [])
        if r.get("kind", "sum") == "sum"
    )
    clauses = data.get("clauses", [])
    if not isinstance(clauses, list):
        raise DocTypeError(f"Nhóm số liệu “{group_id}”: “clauses” phải là danh sách vế câu.")
    return FigureGroupDef(
        id=group_id,
        title=str(data.get("title", group_id)),
        figures=figures,
        rules=rules,
        clauses=tuple(_parse_clause(c, group_id) for c in clauses),
        lead=str(data.get("lead", "")),
        end=str(data.get("end", ".")),
        wording=wording,
        template=str(data.get("sentence", "")),
    )


def _parse_wording(data: Any) -> Wording:
    if not isinstance(data, dict):
        return Wording()
    defaults = Wording()
    return Wording(
        **{
            name: str(data.get(name, getattr(defaults, name)))
            for name in defaults.__dataclass_fields__
        }
    )


def load_figure_groups(path: Path | None = None) -> dict[str, FigureGroupDef]:
    path = path or resource_path("figures.toml")
    data = read_toml(path, "tệp nhóm số liệu")
    wording = _parse_wording(data.get("_wording"))
    return {
        gid: _parse_group(gid, g, wording) for gid, g in data.items() if not gid.startswith("_")
    }


@cache
def figure_groups() -> dict[str, FigureGroupDef]:
    return load_figure_groups()


def _present(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def resolved_values(group: FigureGroupDef, values: FigureValues) -> dict[str, Number | None]:
    """Every figure's value, or None when it was not reported.

    A computed figure is computed when all its inputs are given; otherwise the value
    typed for it (a total reported without its breakdown) is used, or None.
    """
    out: dict[str, Number | None] = {}
    for fig in group.figures:
        raw = values.values.get(fig.id)
        out[fig.id] = raw if _present(raw) else None

    def total(ids: tuple[str, ...]) -> Number | None:
        nums = [out.get(i) for i in ids]
        if not ids or any(n is None for n in nums):
            return None
        return sum(n for n in nums if n is not None)

    for fig in group.figures:
        if fig.computed == "sum":
            computed = total(fig.of)
        elif fig.computed == "ratio":
            num, den = total(fig.of), total(fig.over)
            computed = None if num is None or not den else round(num * 100 / den, 1)
        else:
            continue
        if computed is not None:
            out[fig.id] = computed
    return out


def is_computed_now(group: FigureGroupDef, fig: FigureDef, values: FigureValues) -> bool:
    """Whether the figure's value comes from its inputs (so it cannot be typed)."""
    if not fig.computed:
        return False
    return all(_present(values.values.get(i)) for i in fig.inputs)


def has_any_value(group: FigureGroupDef, values: FigureValues | None) -> bool:
    if values is None:
        return False
    return any(_present(values.values.get(f.id)) for f in group.figures)


def check_rules(group: FigureGroupDef, values: FigureValues) -> list[RuleViolation]:
    """Sum rules that do not hold. A rule naming a figure that was not given is not judged."""
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
