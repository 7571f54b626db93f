"""The `qcdc` command: every command works, bad input gives one line and exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from qcdc_desktop.cli.main import main
from qcdc_desktop.doctypes import doc_types
from qcdc_desktop.model import draft_from_json


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    return str(tmp_path / "data")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_types_lists_every_shipped_type(capsys):
    code, out, _ = run(capsys, "types")
    assert code == 0
    ids = [line.split("\t")[0] for line in out.splitlines()]
    assert ids[:4] == ["bc-6thang", "bc-nam", "kh-nam", "bc-dvcq-nam"]


@pytest.mark.parametrize("type_id", sorted(doc_types()))
def test_sample_prints_a_valid_draft_of_each_type(capsys, type_id):
    code, out, _ = run(capsys, "sample", "--type", type_id)
    assert code == 0
    draft = draft_from_json(out)
    assert draft.doc_type == type_id
    assert draft.sections and draft.signer.name


def test_sample_then_export_then_check(capsys, tmp_path: Path):
    sample = tmp_path / "s.json"
    assert run(capsys, "sample", "-o", str(sample))[0] == 0
    code, _, err = run(capsys, "check", str(sample))
    assert code == 0, err
    out = tmp_path / "s.docx"
    code, _, err = run(capsys, "export", str(sample), "-o", str(out))
    assert code == 0, err
    assert out.read_bytes()[:2] == b"PK"


def test_check_exits_1_on_errors(capsys, tmp_path: Path):
    sample = tmp_path / "s.json"
    run(capsys, "sample", "-o", str(sample))
    data = json.loads(sample.read_text("utf-8"))
    data["signer"]["name"] = ""
    data["recipients"] = []
    sample.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    code, out, _ = run(capsys, "check", str(sample))
    assert code == 1
    assert "LỖI" in out


def test_database_commands(capsys, data_dir, tmp_path: Path):
    code, out, err = run(
        capsys, "--data-dir", data_dir, "new", "--type", "bc-nam", "--year", "2025"
    )
    assert code == 0, err
    draft_id = out.strip()
    code, out, _ = run(capsys, "--data-dir", data_dir, "list")
    assert code == 0 and draft_id in out and "2025" in out
    code, out, _ = run(capsys, "--data-dir", data_dir, "show", draft_id)
    assert draft_from_json(out).summary == "Kết quả thực hiện dân chủ ở cơ sở năm 2025"
    sample = tmp_path / "s.json"
    run(capsys, "sample", "-o", str(sample))
    code, out, _ = run(capsys, "--data-dir", data_dir, "import-json", str(sample))
    imported = out.strip()
    assert code == 0 and imported
    code, out, _ = run(capsys, "--data-dir", data_dir, "list", "--search", "dan chu 6 thang")
    assert imported in out and draft_id not in out
    docx = tmp_path / "db.docx"
    code, _, err = run(capsys, "--data-dir", data_dir, "export", "--id", imported, "-o", str(docx))
    assert code == 0, err
    assert docx.exists()
    code, out, _ = run(capsys, "--data-dir", data_dir, "list")
    assert "đã xuất" in out


@pytest.mark.parametrize(
    "content, fragment",
    [
        ("{not json", "JSON"),
        ('{"format": "qcdc-draft", "version": 99}', "phiên bản mới hơn"),
        ('{"format": "x"}', "không phải là bản thảo"),
    ],
)
def test_bad_draft_files_give_one_line_and_exit_2(capsys, tmp_path: Path, content, fragment):
    bad = tmp_path / "bad.json"
    bad.write_text(content, "utf-8")
    code, _, err = run(capsys, "export", str(bad), "-o", str(tmp_path / "x.docx"))
    assert code == 2
    assert fragment in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.docx").exists()


def test_unknown_type_and_missing_file(capsys, tmp_path: Path):
    code, _, err = run(capsys, "sample", "--type", "không-có")
    assert code == 2 and "Không có loại văn bản" in err
    code, _, err = run(capsys, "check", str(tmp_path / "missing.json"))
    assert code == 2 and "Không tìm thấy tệp" in err
    sample = tmp_path / "s.json"
    run(capsys, "sample", "-o", str(sample))
    data = json.loads(sample.read_text("utf-8"))
    data["doc_type"] = "khong-co"
    sample.write_text(json.dumps(data), "utf-8")
    code, _, err = run(capsys, "export", str(sample), "-o", str(tmp_path / "x.docx"))
    assert code == 2 and "khong-co" in err


def test_unwritable_output_is_a_one_line_error(capsys, tmp_path: Path):
    sample = tmp_path / "s.json"
    run(capsys, "sample", "-o", str(sample))
    target = tmp_path / "folder.docx"
    target.mkdir()
    code, _, err = run(capsys, "export", str(sample), "-o", str(target))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["export"])
    assert info.value.code == 2
    assert "lỗi" in capsys.readouterr().err


def test_pipe_sample_into_export_via_stdin(tmp_path: Path):
    out = tmp_path / "piped.docx"
    sample = subprocess.run(
        [sys.executable, "-m", "qcdc_desktop.cli.main", "sample"],
        capture_output=True,
        check=True,
    )
    result = subprocess.run(
        [sys.executable, "-m", "qcdc_desktop.cli.main", "export", "-", "-o", str(out)],
        input=sample.stdout,
        capture_output=True,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_bytes()[:2] == b"PK"
