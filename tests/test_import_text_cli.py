"""`qcdc import-text` and `qcdc import-docx --year`: the same import from the command line."""

from __future__ import annotations

import io
import sys
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


@pytest.mark.parametrize("command", ["import-text", "carry-forward"])
def test_unreadable_input_is_named_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """Each command that reads a text file says why it could not: missing, a folder, or
    not UTF-8 (here saved as UTF-16, as Notepad can)."""
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Báo cáo".encode("utf-16"))
    cases = {
        str(tmp_path / "khong-co.txt"): "Không tìm thấy tệp",
        str(utf16): "không phải văn bản UTF-8",
    }
    if sys.platform != "win32":  # Windows refuses to open a folder as "access denied"
        cases[str(tmp_path)] = "là một thư mục"
    for path, reason in cases.items():
        assert main([command, path, "-o", str(tmp_path / "out.json")]) == 2
        err = capsys.readouterr().err
        assert reason in err and path in err
    assert not (tmp_path / "out.json").exists()
