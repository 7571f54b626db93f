"""Tables of the source kept as table blocks, and figures read from their labels.

A cell keeps its text as typed; a cell that is only a number becomes that number
when printing it back gives the same characters ("1.234" stays 1234, "07" stays
text because it would print as "7"). An empty cell stays None.
"""

from __future__ import annotations

from qcdc_desktop.doctypes.figures import figure_groups
from qcdc_desktop.importing.labels import import_labels, label_key
from qcdc_desktop.importing.source_document import SourcePara, SourceTable
from qcdc_desktop.model.draft import Cell, Table
from qcdc_desktop.render.numbers import format_number, parse_number


def cell_value(text: str) -> Cell:
    text = text.strip()
    if not text:
        return None
    number = parse_number(text) if text[:1].isdigit() or text[:1] == "-" else None
    if number is not None and format_number(number) == text:
        return number
    return text


def cell_text(paragraphs: list[SourcePara]) -> str:
    return "\n".join(p.text for p in paragraphs if p.text)


def is_layout_table(table: SourceTable) -> bool:
    """One cell, or one column: a frame around text, not a table of data."""
    width = max((len(r) for r in table.rows), default=0)
    return width <= 1 or len(table.rows) < 1


def to_table(table: SourceTable) -> Table:
    rows: list[list[Cell]] = [[cell_value(cell_text(cell)) for cell in row] for row in table.rows]
    width = max((len(r) for r in rows), default=0)
    rows = [row + [None] * (width - len(row)) for row in rows]
    header_rows = 1 if len(rows) > 1 and all(not isinstance(c, int | float) for c in rows[0]) else 0
    return Table(rows=rows, header_rows=header_rows)


def _label_index() -> dict[str, tuple[str, str]]:
    """label key -> (group id, figure id): figures.toml labels, then import_labels.toml."""
    out: dict[str, tuple[str, str]] = {}
    for gid, group in figure_groups().items():
        for fig in group.typed_figures:
            out.setdefault(label_key(fig.label), (gid, fig.id))
    for gid, figures in import_labels().table_labels.items():
        for fid, names in figures.items():
            for name in names:
                out.setdefault(label_key(name), (gid, fid))
    return out


def _number(cell: Cell) -> float | int | None:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return cell
    if isinstance(cell, str):
        return parse_number(cell) if cell[:1].isdigit() else None
    return None


def table_figures(table: Table) -> dict[str, dict[str, float | int]]:
    """group -> figure -> value, from a row label with one number after it, or a column
    label with one number under it. A label seen twice with different numbers is dropped."""
    index = _label_index()
    found: dict[tuple[str, str], set[float | int]] = {}
    rows = table.rows

    def note(label: Cell, value: float | int | None) -> None:
        if isinstance(label, str) and value is not None:
            key = index.get(label_key(label))
            if key:
                found.setdefault(key, set()).add(value)

    for row in rows:  # "Công chức | 26" rows
        numbers = [_number(c) for c in row[1:]]
        given = [n for n in numbers if n is not None]
        if row and len(given) == 1:
            note(row[0], given[0])
    if len(rows) >= 2:  # "Tổng số | Công chức | …" over "55 | 26 | …"
        for c, label in enumerate(rows[0]):
            under = [_number(r[c]) for r in rows[1:] if c < len(r)]
            given = [n for n in under if n is not None]
            if len(given) == 1:
                note(label, given[0])
    out: dict[str, dict[str, float | int]] = {}
    for (gid, fid), values in found.items():
        if len(values) == 1:
            out.setdefault(gid, {})[fid] = values.pop()
    return out
