"""Checks of the appendices (Phụ lục) and of the tables in parts and appendices."""

from __future__ import annotations

from qcdc_desktop.checks.context import CheckContext, shorten
from qcdc_desktop.checks.findings import STEP_APPENDICES, Finding
from qcdc_desktop.model.draft import Appendix, Block
from qcdc_desktop.render.tables import data_row_count, table_is_empty

# The wizard step that edits the appendices.


def appendix_name(appendix: Appendix, n: int, count: int) -> str:
    from qcdc_desktop.render.numbering import roman

    own = shorten(appendix.title)
    if own:
        return f"Phụ lục “{own}”"
    return f"Phụ lục {roman(n)}" if count > 1 else "Phụ lục"


def _table_findings(block: Block, index: int, where: str, step: str, part_id: str) -> list[Finding]:
    table = block.table
    field = f"block.{index}"
    if table is None or table_is_empty(table):
        return [
            Finding(
                "error",
                "table.empty",
                f"Bảng trong {where} chưa có số liệu: hãy nhập bảng hoặc xóa bảng.",
                step,
                part_id=part_id,
                field=field,
            )
        ]
    if table.header_rows > 0 and data_row_count(table) == 0:
        return [
            Finding(
                "warning",
                "table.header_only",
                f"Bảng trong {where} chỉ có dòng tiêu đề, chưa có dòng số liệu nào.",
                step,
                part_id=part_id,
                field=field,
            )
        ]
    return []


def check_appendices(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    count = len(ctx.draft.appendices)
    for n, appendix in enumerate(ctx.draft.appendices, start=1):
        name = appendix_name(appendix, n, count)
        if not any(b.text.strip() or b.kind == "table" for b in appendix.blocks):
            out.append(
                Finding(
                    "error",
                    "appendix.empty",
                    f"{name} chưa có nội dung: hãy nhập bảng số liệu hoặc xóa phụ lục.",
                    STEP_APPENDICES,
                    part_id=appendix.id,
                )
            )
            continue
        if not appendix.subtitle.strip():
            out.append(
                Finding(
                    "warning",
                    "appendix.no_subtitle",
                    f"{name} chưa có tên (dòng in đậm dưới chữ “Phụ lục”).",
                    STEP_APPENDICES,
                    part_id=appendix.id,
                    field="subtitle",
                )
            )
        for i, block in enumerate(appendix.blocks):
            if block.kind == "table":
                out += _table_findings(block, i, name.lower(), STEP_APPENDICES, appendix.id)
    return out


def check_part_tables(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for part in ctx.parts:
        for i, block in enumerate(part.blocks):
            if block.kind == "table":
                where = ctx.part_name(part)
                where = where[:1].lower() + where[1:]
                out += _table_findings(block, i, where, ctx.steps.get(part.id, ""), part.id)
    return out


RULES = (check_part_tables, check_appendices)
