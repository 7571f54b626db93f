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
            name = ctx.part_name(part)
            if entry is not None and entry.required:
                out.append(
                    ctx.part_finding(part, "error", "part.empty", f"{name} chưa có nội dung.")
                )
            else:
                message = (
                    f"{name} chưa có nội dung: chỉ đề mục được in. "
                    "Hãy viết nội dung, ghi “Không có.” hoặc xóa phần này."
                )
                out.append(ctx.part_finding(part, "warning", "part.empty_optional", message))

    visit(ctx.draft.sections)
    return out


def check_carried_parts(ctx: CheckContext) -> list[Finding]:
    return [
        ctx.part_finding(
            part,
            "warning",
            "part.carried",
            f"{ctx.part_name(part)} được chép từ kỳ trước, chưa rà soát.",
        )
        for part in ctx.parts
        if part.carried
    ]


def check_untitled_parts(ctx: CheckContext) -> list[Finding]:
    return [
        ctx.part_finding(
            part,
            "warning",
            "part.untitled",
            f"{ctx.part_name(part)}: đề mục sẽ chỉ in số thứ tự.",
            field="title",
        )
        for part in ctx.parts
        # A run-in part without a title ("2. Thực hiện công khai ...") is a common style.
        if not part.title.strip() and part.numbered and not part.run_in
    ]


RULES = (check_empty_parts, check_carried_parts, check_untitled_parts)
