"""The printed numbering read back: duplicate or skipped labels ("1. 2. 2. 4.").

Headings are numbered on export, but a paragraph may still start with a number
typed by hand (kept from an imported report). Read in print order, every label is
compared with the one before it at the same level, the way a reader would.
"""

from __future__ import annotations

from qcdc_desktop.checks.context import CheckContext, shorten
from qcdc_desktop.checks.findings import Finding
from qcdc_desktop.render.document import body_paragraphs
from qcdc_desktop.render.label_order import label_values, leading_label


def printed_label_problems(lines: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """(part id, label, previous label, "duplicate" | "skipped") for (part id, text) lines."""
    stack: list[tuple[str, set[int], str]] = []  # (style key, positions, label)
    out: list[tuple[str, str, str, str]] = []
    for part_id, text in lines:
        found = leading_label(text + " ")
        if found is None:
            continue
        style, number, depth = found
        key = f"decimal:{depth}" if style == "decimal" else style
        values = label_values(style, number)
        at = next((i for i, (k, _, _) in enumerate(stack) if k == key), None)
        if at is None:
            if values and 1 not in values:
                out.append((part_id, number, "", "skipped"))
            stack.append((key, values, number))
            continue
        del stack[at + 1 :]
        _, last, previous = stack[at]
        if values & last:
            out.append((part_id, number, previous, "duplicate"))
        elif values and not any(v - 1 in last for v in values):
            out.append((part_id, number, previous, "skipped"))
        stack[at] = (key, values, number)
    return out


def check_printed_numbering(ctx: CheckContext) -> list[Finding]:
    if ctx.doc_type is None:
        return []
    try:
        printed = body_paragraphs(ctx.draft, ctx.doc_type)
    except (ValueError, TypeError, KeyError):  # bad figure data: other rules report it
        return []
    lines = [(p.part_id, p.full_text) for p in printed if p.role in ("heading", "para")]
    findings = []
    for part_id, number, previous, kind in printed_label_problems(lines):
        part = ctx.draft.find_part(part_id)
        where = ctx.part_name(part) if part is not None else "Phần mở đầu"
        if kind == "duplicate":
            message = (
                f"Số thứ tự “{shorten(number)}” in ra hai lần liền nhau ({where}); "
                "hãy sửa số gõ tay hoặc tách/gộp phần cho đúng."
            )
        elif previous:
            message = (
                f"Số thứ tự nhảy từ “{shorten(previous)}” sang “{shorten(number)}” ({where}); "
                "hãy kiểm tra có thiếu mục hay số gõ tay bị sai."
            )
        else:
            message = (
                f"Số thứ tự bắt đầu từ “{shorten(number)}” ({where}); "
                "hãy kiểm tra có thiếu mục phía trước."
            )
        findings.append(
            Finding(
                "warning",
                f"numbering.{kind}",
                message,
                ctx.steps.get(part_id, ""),
                part_id=part_id if part is not None else "",
            )
        )
    return findings


RULES = (check_printed_numbering,)
