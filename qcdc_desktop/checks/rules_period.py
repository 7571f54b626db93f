"""Checks of the reporting period as the figure sentences use it."""

from __future__ import annotations

from qcdc_desktop.checks.context import CheckContext
from qcdc_desktop.checks.findings import STEP_DOCUMENT, Finding
from qcdc_desktop.doctypes.figures import figure_groups, has_any_value
from qcdc_desktop.doctypes.periods import naming_id, period_label
from qcdc_desktop.render.dates import parse_typed_date


def _prints_figures(ctx: CheckContext) -> bool:
    groups = figure_groups()
    for part in ctx.parts:
        for block in part.blocks:
            group = groups.get(block.group) if block.kind == "figures" else None
            if group is not None and has_any_value(group, ctx.draft.figures.get(group.id)):
                return True
    return False


def check_period_dates(ctx: CheckContext) -> list[Finding]:
    period = ctx.draft.period
    start, end = parse_typed_date(period.start.strip()), parse_typed_date(period.end.strip())
    out = []
    if start and end and start > end:
        out.append(
            Finding(
                "warning",
                "period.reversed",
                f"Kỳ số liệu bắt đầu ({period.start.strip()}) sau ngày kết thúc "
                f"({period.end.strip()}).",
                STEP_DOCUMENT,
                field="period.start",
            )
        )
    if end and end.year != period.year:
        out.append(
            Finding(
                "warning",
                "period.other_year",
                f"Ngày cuối kỳ số liệu ({period.end.strip()}) không thuộc năm {period.year} "
                "của kỳ báo cáo.",
                STEP_DOCUMENT,
                field="period.end",
            )
        )
    if (
        naming_id(period, ctx.doc_type) == "range"
        and not (period.start.strip() and period.end.strip())
        and _prints_figures(ctx)
    ):
        label = period_label(period, ctx.doc_type)
        out.append(
            Finding(
                "info",
                "period.range_blank",
                "Chưa nhập đủ ngày đầu và ngày cuối kỳ số liệu: câu số liệu sẽ ghi "
                f"“Trong {label}” thay cho khoảng ngày.",
                STEP_DOCUMENT,
                field="period.start" if not period.start.strip() else "period.end",
            )
        )
    return out


RULES = (check_period_dates,)
