"""Figures as an Excel workbook, for divisions that do not use the program.

Export: one sheet per figure group of the draft; a row per typed figure with its
label, unit, last period's value and a cell to fill (data validation: a number, not
negative). A hidden column holds the figure id, and a hidden sheet the group ids, so
the import never relies on labels an office may retype.
Import: read a filled workbook back and return the changes (old value → new value)
for a preview; `apply_changes` writes them into the draft. A blank cell means "not
reported" and is never taken as 0.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcdc_desktop.doctypes.figures import FigureGroupDef, Number, figure_groups
from qcdc_desktop.errors import QcdcError
from qcdc_desktop.model.draft import Draft, FigureValues

INDEX_SHEET = "_qcdc"
WORKBOOK_MARK = "qcdc-figures-1"
HEADERS = ("Chỉ tiêu", "Đơn vị tính", "Kỳ trước", "Kỳ này", "Mã")
VALUE_COLUMN = 4  # D: the cell the division fills
ID_COLUMN = 5  # E: hidden figure id
FIRST_ROW = 3  # row 1: group title, row 2: headers


class FiguresWorkbookError(QcdcError):
    """The workbook cannot be read back; the message is one Vietnamese line."""


@dataclass(frozen=True)
class FigureChange:
    group: str
    figure: str
    label: str
    old: Number | None
    new: Number | None


def _typed(group: FigureGroupDef) -> list[Any]:
    return list(group.typed_figures)


def _sheet_title(title: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ and unique.
    clean = "".join(" " if c in "[]:*?/\\" else c for c in title).strip()[:31] or "Số liệu"
    name, n = clean, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name = clean[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name.casefold())
    return name


def export_figures_xlsx(draft: Draft, path: str | Path) -> Path:
    """Write the draft's figure groups as a workbook, atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    from qcdc_desktop.export.atomic import write_atomically

    groups = figure_groups()
    book = Workbook()
    book.remove(book.active)
    used: set[str] = {INDEX_SHEET.casefold()}
    index_rows: list[tuple[str, str]] = []
    for gid, values in draft.figures.items():
        group = groups.get(gid)
        if group is None:
            continue
        sheet = book.create_sheet(_sheet_title(group.title, used))
        index_rows.append((sheet.title, gid))
        sheet.cell(row=1, column=1, value=group.title).font = Font(bold=True)
        for col, header in enumerate(HEADERS, start=1):
            sheet.cell(row=2, column=col, value=header).font = Font(bold=True)
        rule = DataValidation(
            type="decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Số không hợp lệ",
            error="Hãy nhập một số không âm, hoặc để trống nếu không có số liệu.",
        )
        sheet.add_data_validation(rule)
        for row, fig in enumerate(_typed(group), start=FIRST_ROW):
            sheet.cell(row=row, column=1, value=fig.label)
            sheet.cell(row=row, column=2, value=fig.unit)
            sheet.cell(row=row, column=3, value=values.previous.get(fig.id))
            cell = sheet.cell(row=row, column=VALUE_COLUMN, value=values.values.get(fig.id))
            cell.protection = Protection(locked=False)
            rule.add(cell.coordinate)
            sheet.cell(row=row, column=ID_COLUMN, value=fig.id)
        sheet.column_dimensions["A"].width = 60
        sheet.column_dimensions["B"].width = 12
        sheet.column_dimensions["C"].width = 12
        sheet.column_dimensions["D"].width = 12
        sheet.column_dimensions["E"].hidden = True
    index = book.create_sheet(INDEX_SHEET)
    index.append([WORKBOOK_MARK, draft.doc_type, draft.period.kind, draft.period.year])
    for title, gid in index_rows:
        index.append([title, gid])
    index.sheet_state = "hidden"
    return write_atomically(Path(path), book.save)


def _number(raw: Any, where: str) -> Number | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise FiguresWorkbookError(f"{where}: “{raw}” không phải là số.")
    if isinstance(raw, int | float):
        value: Number = raw
    else:
        from qcdc_desktop.render.numbers import parse_number

        parsed = parse_number(str(raw).strip())
        if parsed is None:
            raise FiguresWorkbookError(f"{where}: “{raw}” không phải là số.")
        value = parsed
    if isinstance(value, float):
        if not math.isfinite(value):
            raise FiguresWorkbookError(f"{where}: số không hợp lệ.")
        if value.is_integer() and abs(value) < 2**53:
            value = int(value)
    if value < 0:
        raise FiguresWorkbookError(f"{where}: số liệu không được âm ({raw}).")
    return value


def read_figures_xlsx(draft: Draft, path: str | Path) -> list[FigureChange]:
    """The changes a filled workbook brings to the draft's figures (nothing is applied)."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise FiguresWorkbookError(f"Không tìm thấy tệp “{path.name}”.") from exc
    except Exception as exc:  # openpyxl raises many kinds for a file that is not xlsx
        raise FiguresWorkbookError(
            f"Tệp “{path.name}” không phải bảng tính Excel (.xlsx)."
        ) from exc
    try:
        return _changes(book, draft, path.name)
    finally:
        book.close()


def _changes(book: Any, draft: Draft, name: str) -> list[FigureChange]:
    if INDEX_SHEET not in book.sheetnames:
        raise FiguresWorkbookError(
            f"Tệp “{name}” không phải bảng số liệu do chương trình xuất "
            f"(thiếu trang “{INDEX_SHEET}”)."
        )
    index_rows = list(book[INDEX_SHEET].iter_rows(values_only=True))
    if not index_rows or index_rows[0][0] != WORKBOOK_MARK:
        raise FiguresWorkbookError(f"Tệp “{name}” không phải bảng số liệu do chương trình xuất.")
    groups = figure_groups()
    out: list[FigureChange] = []
    for row in index_rows[1:]:
        if not row or len(row) < 2 or row[0] not in book.sheetnames:
            continue
        gid = str(row[1])
        group = groups.get(gid)
        if group is None:
            continue
        current = draft.figures.get(gid, FigureValues())
        typed = {f.id: f for f in group.typed_figures}
        for line_no, line in enumerate(
            book[str(row[0])].iter_rows(min_row=FIRST_ROW, values_only=True), start=FIRST_ROW
        ):
            if len(line) < ID_COLUMN or line[ID_COLUMN - 1] not in typed:
                continue
            fig = typed[str(line[ID_COLUMN - 1])]
            where = f"Trang “{row[0]}”, dòng {line_no} ({fig.label})"
            new = _number(line[VALUE_COLUMN - 1], where)
            old = current.values.get(fig.id)
            if new != old:
                out.append(FigureChange(gid, fig.id, fig.label, old, new))
    return out


def apply_changes(draft: Draft, changes: list[FigureChange]) -> Draft:
    """A copy of the draft with the changes made (a blank new value removes the figure)."""
    out = copy.deepcopy(draft)
    for change in changes:
        values = out.figures.setdefault(change.group, FigureValues())
        if change.new is None:
            values.values.pop(change.figure, None)
        else:
            values.values[change.figure] = change.new
    return out
