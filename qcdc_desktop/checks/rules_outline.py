"""Checks of the outline: empty parts, parts carried from last period, untitled parts."""

from __future__ import annotations

from qcdc_desktop.checks.content import part_has_content
from qcdc_desktop.checks.context import CheckContext
from qcdc_desktop.checks.findings import Finding
from qcdc_desktop.model.draft import Part


def check_empty_parts(ctx: CheckContext) -> list[Finding]:
    """A required part with nothing under it is an error; any other empty part a warning.

    Only the outermost empty part is reported: its sub-parts are empty too, and one
    finding per section is what the user can act on.
    """
    out: list[Finding] = []

    def visit(parts: list[Part]) -> None:
        for part in parts:
            if part_has_content(part, ctx.draft):
                visit(part.children)
                continue
            entry = ctx.entry(part)
            step = ctx.steps.get(part.id, "")
            if entry is not None and entry.required:
                out.append(
                    Finding(
                        "error",
                        "part.empty",
                        f"{ctx.part_name(part)} chưa có nội dung.",
                        step,
                        part_id=part.id,
                    )
                )
            else:
                out.append(
                    Finding(
                        "warning",
                        "part.empty_optional",
                        f"{ctx.part_name(part)} chưa có nội dung: chỉ đề mục được in. "
                        "Hãy viết nội dung, ghi “Không có.” hoặc xóa phần này.",
                        step,
                        part_id=part.id,
                    )
                )

    visit(ctx.draft.sections)
    return out


def check_carried_parts(ctx: CheckContext) -> list[Finding]:
    return [
        Finding(
            "warning",
            "part.carried",
            f"{ctx.part_name(part)} được chép từ kỳ trước, chưa rà soát.",
            ctx.steps.get(part.id, ""),
            part_id=part.id,
        )
        for part in ctx.parts
        if part.carried
    ]


def check_untitled_parts(ctx: CheckContext) -> list[Finding]:
    return [
        Finding(
            "warning",
            "part.untitled",
            f"{ctx.part_name(part)}: đề mục sẽ chỉ in số thứ tự.",
            ctx.steps.get(part.id, ""),
            part_id=part.id,
            field="title",
        )
        for part in ctx.parts
        # A run-in part without a title ("2. Thực hiện công khai ...") is a common style.
        if not part.title.strip() and part.numbered and not part.run_in
    ]


RULES = (check_empty_parts, check_carried_parts, check_untitled_parts)
