from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fault_support import cli_env

from qcdc_desktop.cli.main import main as qcdc
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import draft_to_dict


def _newer_file(folder: Path) -> Path:
    data = draft_to_dict(sample_draft("bc-6thang"))
    data["version"] = 7
    data["new_section_from_the_future"] = {"anything": [1, 2, 3]}
    path = folder / "tu-phien-ban-moi.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["export", "{file}", "-o", "{out}"],
        ["check", "{file}"],
        ["import-json", "{file}"],
    ],
)
def test_newer_draft_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """Fault: a draft JSON saved by a newer version of the program (format version 7).
    Every command refuses it with exit 2 and one Vietnamese line naming the version,
    writes no output file and stores nothing."""
    source = _newer_file(tmp_path)
    out = tmp_path / "x.docx"
    argv = [a.format(file=source, out=out) for a in command]
    assert qcdc(["--data-dir", str(tmp_path / "data"), *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("qcdc: ") and "\n" not in err
    assert "phiên bản mới hơn" in err and "7" in err
    assert not out.exists()
    if command[0] == "import-json":
        assert qcdc(["--data-dir", str(tmp_path / "data"), "list"]) == 0
        assert capsys.readouterr().out.strip() == ""


def test_newer_draft_file_in_a_real_process(tmp_path: Path) -> None:
    """Fault: the same newer file given to the installed command in a real process:
    exit code 2, one line on stderr, no traceback."""
    source = _newer_file(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "qcdc_desktop.cli.main", "export", str(source), "-o", "x.docx"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=cli_env(),
        timeout=120,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert "phiên bản mới hơn" in done.stderr
    assert not (tmp_path / "x.docx").exists()
