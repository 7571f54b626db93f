"""Figures workbook for divisions without the program: export, fill, import back."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qcdc_desktop.consolidate.figures_xlsx import (
    ID_COLUMN,
    INDEX_SHEET,
    VALUE_COLUMN,
    FiguresWorkbookError,
    apply_changes,
    export_figures_xlsx,
    read_figures_xlsx,
)
from qcdc_desktop.doctypes import figure_groups
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model.draft import FigureValues


def _rows(path: Path, title: str) -> dict[str, tuple]:
    book = load_workbook(path)
    sheet = book[title]
    return {r[ID_COLUMN - 1]: r for r in sheet.iter_rows(min_row=3, values_only=True)}


def test_round_trip_restores_the_figures(tmp_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    draft.figures["staff"].previous = {"total": 50}
    path = export_figures_xlsx(draft, tmp_path / "so-lieu.xlsx")
    book = load_workbook(path)
    assert INDEX_SHEET in book.sheetnames and book[INDEX_SHEET].sheet_state == "hidden"
    groups = figure_groups()
    sheet = book[groups["staff"].title]
    assert sheet.column_dimensions["E"].hidden
    validations = sheet.data_validations.dataValidation
    assert validations and validations[0].type == "decimal"
    assert validations[0].operator == "greaterThanOrEqual" and validations[0].formula1 == "0"
    row = _rows(path, groups["staff"].title)["total"]
    assert row[:4] == (groups["staff"].figure("total").label, "người", 50, 55)  # type: ignore[union-attr]

    blank = copy.deepcopy(draft)
    for values in blank.figures.values():
        values.values = {}
    changes = read_figures_xlsx(blank, path)
    restored = apply_changes(blank, changes)
    for gid, values in draft.figures.items():
        typed = {f.id for f in groups[gid].typed_figures}
        expected = {k: v for k, v in values.values.items() if k in typed and v is not None}
        assert restored.figures[gid].values == expected
    assert read_figures_xlsx(draft, path) == []  # unchanged workbook: nothing to change


def test_filled_workbook_gives_a_preview_of_changes(tmp_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    path = export_figures_xlsx(draft, tmp_path / "f.xlsx")
    book = load_workbook(path)
    sheet = book[figure_groups()["staff"].title]
    for row in sheet.iter_rows(min_row=3):
        fid = row[ID_COLUMN - 1].value
        if fid == "total":
            row[VALUE_COLUMN - 1].value = 60
        elif fid == "hdld":
            row[VALUE_COLUMN - 1].value = None  # not reported: blank, never 0
        elif fid == "cong_chuc":
            row[VALUE_COLUMN - 1].value = "1.234"  # typed as text, Vietnamese style
    book.save(path)
    changes = {(c.group, c.figure): (c.old, c.new) for c in read_figures_xlsx(draft, path)}
    assert changes == {
        ("staff", "total"): (55, 60),
        ("staff", "hdld"): (2, None),
        ("staff", "cong_chuc"): (26, 1234),
    }
    updated = apply_changes(draft, read_figures_xlsx(draft, path))
    assert "hdld" not in updated.figures["staff"].values
    assert draft.figures["staff"].values["total"] == 55  # the preview changed nothing


@pytest.mark.parametrize("bad", [-3, "mười", "#N/A", True])
def test_bad_numbers_are_refused_with_a_message(tmp_path: Path, bad: object) -> None:
    draft = sample_draft("bc-6thang")
    path = export_figures_xlsx(draft, tmp_path / "f.xlsx")
    book = load_workbook(path)
    sheet = book[figure_groups()["staff"].title]
    sheet.cell(row=3, column=VALUE_COLUMN, value=bad)
    book.save(path)
    with pytest.raises(FiguresWorkbookError) as err:
        read_figures_xlsx(draft, path)
    assert "dòng 3" in str(err.value)


def test_not_a_figures_workbook(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    draft = sample_draft("bc-6thang")
    with pytest.raises(FiguresWorkbookError):
        read_figures_xlsx(draft, tmp_path / "x.xlsx")
    from openpyxl import Workbook

    Workbook().save(tmp_path / "other.xlsx")
    with pytest.raises(FiguresWorkbookError, match="không phải bảng số liệu"):
        read_figures_xlsx(draft, tmp_path / "other.xlsx")


def test_a_group_missing_from_the_draft_is_added(tmp_path: Path) -> None:
    source = sample_draft("bc-6thang")
    path = export_figures_xlsx(source, tmp_path / "f.xlsx")
    target = sample_draft("bc-6thang")
    target.figures.pop("tthc")
    updated = apply_changes(target, read_figures_xlsx(target, path))
    assert updated.figures["tthc"].values == source.figures["tthc"].values
    assert isinstance(updated.figures["tthc"], FigureValues)
