"""Checks of the figure groups printed in the text: sums, gaps, signs, changes."""

from __future__ import annotations

from dataclasses import dataclass

from qcdc_desktop.checks.content import clean_values, is_number
from qcdc_desktop.checks.context import CheckContext, shorten
from qcdc_desktop.checks.findings import Finding
from qcdc_desktop.doctypes.figures import (
    FigureGroupDef,
    check_rules,
    figure_groups,
    has_any_value,
    is_computed_now,
    resolved_values,
)
from qcdc_desktop.model.draft import FigureValues, Part
from qcdc_desktop.render.numbers import format_number

# A change versus last period larger than this share of last period's value is worth
# an explanation (shown as information; explaining is optional).
CHANGE_THRESHOLD = 0.30


@dataclass
class PrintedGroup:
    """A figure group referenced by a figures block, at its first reference."""

    part: Part
    block_index: int
    group_id: str
    definition: FigureGroupDef | None


def printed_groups(ctx: CheckContext) -> list[PrintedGroup]:
    groups = figure_groups()
    seen: set[str] = set()
    out = []
    for part in ctx.parts:
        for index, block in enumerate(part.blocks):
            if block.kind != "figures" or block.group in seen:
                continue
            seen.add(block.group)
            out.append(PrintedGroup(part, index, block.group, groups.get(block.group)))
    return out


def _num(value: float | int) -> str:
    try:
        return format_number(value)
    except (ValueError, OverflowError):
        return str(value)


def _where(ctx: CheckContext, printed: PrintedGroup) -> str:
    title = printed.definition.title if printed.definition else printed.group_id
    return f"{ctx.part_name(printed.part)}, số liệu “{shorten(title, 60)}”"


def _finding(
    ctx: CheckContext, printed: PrintedGroup, severity: str, code: str, text: str, fig: str = ""
) -> Finding:
    field = f"figures.{printed.group_id}.{fig}" if fig else f"block.{printed.block_index}"
    return Finding(
        severity,
        code,
        f"{_where(ctx, printed)}: {text}",
        ctx.steps.get(printed.part.id, ""),
        part_id=printed.part.id,
        field=field,
    )


def _check_group(ctx: CheckContext, printed: PrintedGroup) -> list[Finding]:
    group = printed.definition
    if group is None:
        return [
            _finding(
                ctx,
                printed,
                "warning",
                "figures.unknown_group",
                "không có nhóm số liệu này trong danh mục; câu số liệu sẽ không được in.",
            )
        ]
    raw = ctx.draft.figures.get(group.id) or FigureValues()
    values = clean_values(raw)
    out: list[Finding] = []
    for fig in group.figures:
        value = raw.values.get(fig.id)
        if value is None:
            continue
        if not is_number(value):
            out.append(
                _finding(
                    ctx,
                    printed,
                    "error",
                    "figures.invalid",
                    f"“{fig.label}” không phải là một số ({shorten(str(value), 30)}).",
                    fig.id,
                )
            )
        elif value < 0:
            out.append(
                _finding(
                    ctx,
                    printed,
                    "error",
                    "figures.negative",
                    f"“{fig.label}” là số âm ({_num(value)}).",
                    fig.id,
                )
            )
    for violation in check_rules(group, values):
        try:
            text = violation.rule.message.format(
                total=_num(violation.total), sum=_num(violation.parts_sum)
            )
        except (KeyError, IndexError, ValueError):
            text = violation.rule.message
        out.append(_finding(ctx, printed, "error", "figures.sum", text, violation.rule.total))
    out.extend(_check_reported(ctx, printed, group, values))
    out.extend(_check_changes(ctx, printed, group, values))
    return out


def _check_reported(
    ctx: CheckContext, printed: PrintedGroup, group: FigureGroupDef, values: FigureValues
) -> list[Finding]:
    """Blank means "not reported": only an entirely empty group is worth a warning."""
    if not has_any_value(group, values):
        return [
            _finding(
                ctx,
                printed,
                "warning",
                "figures.empty",
                "chưa nhập số liệu nào; câu số liệu sẽ không được in. "
                "Hãy nhập số liệu hoặc bỏ nhóm số liệu khỏi phần này.",
            )
        ]
    out = []
    for fig in group.figures:
        typed = values.values.get(fig.id)
        if not fig.computed or typed is None or not is_computed_now(group, fig, values):
            continue
        computed = resolved_values(group, values).get(fig.id)
        if computed is not None and abs(computed - typed) > 0.05:
            out.append(
                _finding(
                    ctx,
                    printed,
                    "warning",
                    "figures.typed_differs",
                    f"“{fig.label}” nhập {_num(typed)} nhưng tính từ các thành phần được "
                    f"{_num(computed)}; văn bản in số tính được.",
                    fig.id,
                )
            )
    resolved = resolved_values(group, values)
    for fig in group.figures:
        if is_computed_now(group, fig, values) and resolved.get(fig.id) is None:
            out.append(
                _finding(
                    ctx,
                    printed,
                    "info",
                    "figures.not_computable",
                    f"không tính được “{fig.label}” (mẫu số bằng 0); vế câu có số này "
                    "sẽ không được in.",
                    fig.id,
                )
            )
    left_out = [
        f
        for f in group.figures
        if values.values.get(f.id) is None and not is_computed_now(group, f, values)
    ]
    if left_out:
        labels = ", ".join(f"“{f.label}”" for f in left_out)
        out.append(
            _finding(
                ctx,
                printed,
                "info",
                "figures.not_reported",
                f"không nhập {labels}: các vế câu có số này sẽ không được in.",
                left_out[0].id,
            )
        )
    return out


def _check_changes(
    ctx: CheckContext, printed: PrintedGroup, group: FigureGroupDef, values: FigureValues
) -> list[Finding]:
    out = []
    current = resolved_values(group, values)
    last = resolved_values(group, FigureValues(values=dict(values.previous)))
    for fig in group.figures:
        now, before = current.get(fig.id), last.get(fig.id)
        if now is None or before is None or now == before:
            continue
        if before != 0 and abs(now - before) / abs(before) <= CHANGE_THRESHOLD:
            continue
        if values.explanations.get(fig.id, "").strip():
            continue
        if before != 0:
            share = format_number(round(abs(now - before) * 100 / abs(before), 1))
            how = f"{'tăng' if now > before else 'giảm'} {share}%"
        else:
            how = "tăng từ 0"
        out.append(
            _finding(
                ctx,
                printed,
                "info",
                "figures.change",
                f"“{fig.label}” {how} so với kỳ trước ({_num(before)} → {_num(now)}); "
                "có thể ghi thêm giải thích.",
                fig.id,
            )
        )
    return out


def check_figures(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for printed in printed_groups(ctx):
        out.extend(_check_group(ctx, printed))
    return out


RULES = (check_figures,)
