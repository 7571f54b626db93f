"""`qcdc consolidate` and `qcdc figures-xlsx` as a user runs them."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from qcdc_desktop.cli.main import main
from qcdc_desktop.consolidate import RECORD_KEY
from qcdc_desktop.consolidate.figures_xlsx import ID_COLUMN, VALUE_COLUMN
from qcdc_desktop.doctypes import figure_groups, new_draft
from qcdc_desktop.export import export_docx
from qcdc_desktop.model import draft_from_json, draft_to_json
from qcdc_desktop.model.draft import FigureValues


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _unit(tmp_path: Path, name: str, received: int | None, year: int = 2024) -> Path:
    draft = new_draft("bc-nam", year)
    draft.agency.issuing_body = name
    draft.figures["tthc"] = FigureValues(values={"received": received} if received else {})
    path = tmp_path / f"{name}.json"
    path.write_text(draft_to_json(draft), "utf-8")
    return path


def test_consolidate_files_to_json(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a = _unit(tmp_path, "Đơn vị A", 10)
    b = _unit(tmp_path, "Đơn vị B", None)
    old = _unit(tmp_path, "Đơn vị C", 5, year=2023)
    docx = export_docx(
        draft_from_json(_unit(tmp_path, "Đơn vị D", 7).read_text("utf-8")), tmp_path / "d.docx"
    )
    out = tmp_path / "total.json"
    code, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path / "data"),
        "consolidate",
        str(a),
        str(b),
        str(old),
        str(docx),
        "--type",
        "bc-nam",
        "--year",
        "2024",
        "-o",
        str(out),
        "--expect",
        "Đơn vị E",
    )
    assert code == 0, err
    total = draft_from_json(out.read_text("utf-8"))
    assert total.figures["tthc"].values["received"] == 17
    assert total.extra[RECORD_KEY]["units"] == ["Đơn vị A", "Đơn vị B", "Đơn vị D"]
    assert "năm 2023" in err and "Đơn vị E" in err and "Đã tổng hợp 3 đơn vị." in err


def test_consolidate_into_the_database_and_from_it(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "data")
    a = _unit(tmp_path, "Đơn vị A", 10)
    code, out, err = run(capsys, "--data-dir", data, "import-json", str(a))
    assert code == 0, err
    saved_id = out.strip()
    b = _unit(tmp_path, "Đơn vị B", 4)
    code, out, err = run(
        capsys,
        "--data-dir",
        data,
        "consolidate",
        str(b),
        "--id",
        saved_id,
        "--type",
        "bc-nam",
        "--year",
        "2024",
        "--into-db",
    )
    assert code == 0, err
    new_id = out.strip()
    code, out, _ = run(capsys, "--data-dir", data, "show", new_id)
    assert draft_from_json(out).figures["tthc"].values["received"] == 14
    code, out, _ = run(capsys, "--data-dir", data, "check", "--id", new_id)
    assert "CẢNH BÁO" in out  # B and A lacked the other procedure figures


def test_consolidate_without_inputs_or_with_nothing_usable(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "consolidate", "--type", "bc-nam", "--year", "2024")
    assert code == 2 and err.count("\n") == 1
    old = _unit(tmp_path, "Đơn vị C", 5, year=2023)
    code, _, err = run(capsys, "consolidate", str(old), "--type", "bc-nam", "--year", "2024")
    assert code == 2 and "Không có báo cáo nào" in err.splitlines()[-1]


def test_figures_xlsx_round_trip_through_the_cli(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a = _unit(tmp_path, "Đơn vị A", 10)
    book_path = tmp_path / "so-lieu.xlsx"
    code, _, err = run(capsys, "figures-xlsx", "export", str(a), "-o", str(book_path))
    assert code == 0, err
    book = load_workbook(book_path)
    sheet = book[figure_groups()["tthc"].title]
    for row in sheet.iter_rows(min_row=3):
        if row[ID_COLUMN - 1].value == "early":
            row[VALUE_COLUMN - 1].value = 8
    book.save(book_path)
    out = tmp_path / "filled.json"
    code, _, err = run(capsys, "figures-xlsx", "import", str(book_path), str(a), "--dry-run")
    assert code == 0 and "(trống) → 8" in err and not out.exists()
    code, _, err = run(capsys, "figures-xlsx", "import", str(book_path), str(a), "-o", str(out))
    assert code == 0, err
    values = draft_from_json(out.read_text("utf-8")).figures["tthc"].values
    assert values == {"received": 10, "early": 8}
