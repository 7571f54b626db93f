"""`qcdc check --format json`: one JSON object a line per finding; the office's proofing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from proofing_fixtures import example_draft, seed

from qcdc_desktop import paths
from qcdc_desktop.cli.main import main
from qcdc_desktop.model import draft_to_json
from qcdc_desktop.proofing.office import OfficeProofing, save_office
from qcdc_desktop.storage import open_database, save_draft


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_json_lines_carry_code_place_offsets_and_suggestion(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    draft = example_draft()
    seed(draft, "cơ quan", "vieetj cơ quan")
    path = tmp_path / "d.json"
    path.write_text(draft_to_json(draft), "utf-8")
    code, out = run(
        capsys, "--data-dir", str(tmp_path / "data"), "check", str(path), "--format", "json"
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert records and all(set(r) >= {"code", "severity", "path", "start", "end"} for r in records)
    by_code = {r["code"]: r for r in records}
    date = by_code["date.malformed"]
    assert date["path"].startswith("II.1/block.")
    assert date["suggestion"] == "ngày 31 tháng 01 năm 2024"
    part = draft.find_part(date["part_id"])
    assert part is not None
    text = part.blocks[int(date["field"].split(".")[1])].text
    assert text[date["start"] : date["end"]] == "ngày 31 năm 01 năm 2024"
    assert by_code["spelling.telex"]["suggestion"] == "việt"
    unknown = next(r for r in records if r["code"] == "citation.unknown")
    assert unknown["details"]["library.number"]
    assert not (tmp_path / "data").exists()  # a file check creates no database
    assert code == 0  # warnings only


def test_check_by_id_reads_the_office_dictionary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    db = open_database(paths.database_path(paths.data_dir(data)))
    draft = example_draft()
    seed(draft, "cơ quan", "Krông cơ quan")
    save_draft(db, draft, reason="save")
    argv = ("--data-dir", str(data), "check", "--id", draft.id, "--format", "json")
    _, before = run(capsys, *argv)
    assert any('"spelling.unknown"' in line and "Krông" in line for line in before.splitlines())
    save_office(db, OfficeProofing(words=["Krông"]))
    db.close()
    _, after = run(capsys, *argv)
    assert not any("Krông" in line for line in after.splitlines())
