"""`qcdc import-text` and `qcdc import-docx --year`: the same import from the command line."""

from __future__ import annotations

import io
from pathlib import Path

import example_reports as er
import pytest

from qcdc_desktop.cli.main import main
from qcdc_desktop.model import draft_from_json


def test_import_text_file_to_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = er.load(er.REPORT)
    source = tmp_path / "bao-cao.txt"
    source.write_text(er.plain_text(report), encoding="utf-8")
    out = tmp_path / "draft.json"
    assert main(["import-text", str(source), "-o", str(out)]) == 0
    draft = draft_from_json(out.read_text(encoding="utf-8"))
    assert [s.title for s in draft.sections][:1] == ["Đặc điểm tình hình"]
    assert draft.summary == report.summary
    assert "văn bản thuần" in capsys.readouterr().err


def test_import_text_from_stdin_with_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("I. Đặc điểm tình hình\nSở có 04 phòng.\n"))
    out = tmp_path / "d.json"
    assert main(["import-text", "-", "--year", "2023", "--type", "bc-nam", "-o", str(out)]) == 0
    draft = draft_from_json(out.read_text(encoding="utf-8"))
    assert (draft.doc_type, draft.period.year) == ("bc-nam", 2023)


def test_import_text_refuses_an_empty_paste(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "trong.txt"
    source.write_text("  \n", encoding="utf-8")
    assert main(["import-text", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qcdc: ") and "trống" in err and err.count("\n") == 1
