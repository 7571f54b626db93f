"""After an import: printed numbers compared with the source's own, figures from tables."""

from __future__ import annotations

from qcdc_desktop.doctypes import figure_groups, get_doc_type
from qcdc_desktop.importing.table_blocks import table_figures
from qcdc_desktop.model.draft import Draft, FigureValues
from qcdc_desktop.render.document import part_numbers

MAX_LINES = 5


def _bare(label: str) -> str:
    return label.strip().rstrip(".)").strip()


def numbering_differences(
    draft: Draft, source_labels: dict[str, tuple[str, str]]
) -> tuple[list[str], list[str]]:
    """(ids of parts whose printed number is not the source's, summary lines)."""
    printed = part_numbers(draft, get_doc_type(draft.doc_type))
    differs: list[str] = []
    lines: list[str] = []
    for part in draft.all_parts():
        source = source_labels.get(part.id)
        if source is None:
            continue
        out = printed.get(part.id, "")
        if _bare(out) == _bare(source[1]):
            continue
        differs.append(part.id)
        if len(lines) < MAX_LINES:
            title = part.title.strip() or (part.blocks[0].text[:40] if part.blocks else "")
            shown = out or "(không số)"
            lines.append(
                f"Số thứ tự khác tệp gốc: “{title}” sẽ in “{shown}”, tệp gốc ghi “{source[1]}”; "
                "hãy kiểm tra đề mục này."
            )
    if len(differs) > MAX_LINES:
        lines.append(f"… và {len(differs) - MAX_LINES} đề mục khác có số thứ tự khác tệp gốc.")
    return differs, lines


def table_figure_lines(draft: Draft) -> list[str]:
    """Fill figures named by the row or column labels of the draft's tables."""
    groups = figure_groups()
    read: dict[str, int] = {}
    for part in draft.all_parts():
        for block in part.blocks:
            if block.kind != "table" or block.table is None:
                continue
            for gid, values in table_figures(block.table).items():
                if gid not in groups:
                    continue
                target = draft.figures.setdefault(gid, FigureValues())
                for fid, value in values.items():
                    if target.values.get(fid) is None:
                        target.values[fid] = value
                        read[gid] = read.get(gid, 0) + 1
    return [
        f"Số liệu “{groups[gid].title}”: đọc được {n} số từ bảng (bảng được giữ nguyên)."
        for gid, n in read.items()
    ]
