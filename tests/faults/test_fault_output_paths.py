"""Fault: a command told to write over something it must never replace.

`qcdc export --id ID -o <data dir>/qcdc.sqlite3` used to replace the database with the
Word file (exit 0); `import-docx X.docx -o X.docx` and `export d.json -o d.json`
overwrote their own input; an existing read-only target was replaced silently.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from qcdc_desktop import paths
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import draft_to_json
from qcdc_desktop.output_paths import UnsafeOutputError, check_output_path, name_problem
from qcdc_desktop.storage import list_drafts, open_database, save_draft
from tests.faults.fault_support import cli_env


def _qcdc(data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qcdc_desktop.cli.main", "--data-dir", str(data), *argv],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
        check=False,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_vietnamese_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("qcdc: "), done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


@pytest.fixture
def data_with_draft(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    draft = sample_draft("bc-6thang")
    with open_database(paths.database_path(data)) as db:
        save_draft(db, draft, reason="save")
    return data, draft.id


@pytest.mark.parametrize("target", ["qcdc.sqlite3", "qcdc.sqlite3-wal", "qcdc.sqlite3-shm"])
def test_export_never_replaces_the_database(data_with_draft: tuple[Path, str], target: str) -> None:
    """Fault: `export --id ID -o <data dir>/qcdc.sqlite3` replaced the database."""
    data, draft_id = data_with_draft
    db_path = paths.database_path(data)
    before = _digest(db_path)
    line = _one_vietnamese_line(_qcdc(data, "export", "--id", draft_id, "-o", str(data / target)))
    assert "tệp dữ liệu" in line
    assert _digest(db_path) == before
    with open_database(db_path) as db:
        assert [d.id for d in list_drafts(db)] == [draft_id]


def test_export_never_writes_into_the_backups_folder(data_with_draft: tuple[Path, str]) -> None:
    """Fault: an export aimed at a backup would replace the copy meant to save the day."""
    data, draft_id = data_with_draft
    backup = _qcdc(data, "backup")
    assert backup.returncode == 0, backup.stderr
    copy = Path(backup.stdout.strip())
    before = _digest(copy)
    _one_vietnamese_line(_qcdc(data, "export", "--id", draft_id, "-o", str(copy)))
    _one_vietnamese_line(_qcdc(data, "export", "--id", draft_id, "-o", str(copy.parent / "x.docx")))
    assert _digest(copy) == before


def test_commands_never_overwrite_their_own_input(tmp_path: Path) -> None:
    """Fault: `export d.json -o d.json` and `sample`/`carry-forward` over their input."""
    data = tmp_path / "data"
    source = tmp_path / "d.json"
    source.write_text(draft_to_json(sample_draft("bc-6thang")), encoding="utf-8")
    before = _digest(source)
    line = _one_vietnamese_line(_qcdc(data, "export", str(source), "-o", str(source)))
    assert "tệp đang đọc vào" in line
    _one_vietnamese_line(_qcdc(data, "carry-forward", str(source), "-o", str(source)))
    assert _digest(source) == before


def test_import_docx_never_overwrites_its_input(tmp_path: Path) -> None:
    """Fault: `import-docx X.docx -o X.docx` replaced the Word file with JSON."""
    data = tmp_path / "data"
    docx = tmp_path / "X.docx"
    made = _qcdc(data, "export", "-", "-o", str(docx))
    assert made.returncode == 2  # no stdin: the draft must come from a file
    source = tmp_path / "d.json"
    source.write_text(draft_to_json(sample_draft("bc-6thang")), encoding="utf-8")
    assert _qcdc(data, "export", str(source), "-o", str(docx)).returncode == 0
    before = _digest(docx)
    _one_vietnamese_line(_qcdc(data, "import-docx", str(docx), "-o", str(docx)))
    assert _digest(docx) == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_read_only_target_refused_unless_forced(tmp_path: Path) -> None:
    """Fault: an existing read-only file was silently replaced (even as root)."""
    data = tmp_path / "data"
    source = tmp_path / "d.json"
    source.write_text(draft_to_json(sample_draft("bc-6thang")), encoding="utf-8")
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"ban da ky")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    line = _one_vietnamese_line(_qcdc(data, "export", str(source), "-o", str(target)))
    assert "chỉ cho phép đọc" in line and "--force" in line
    assert target.read_bytes() == b"ban da ky"
    forced = _qcdc(data, "export", str(source), "-o", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    "name",
    [
        "bao<cao>.docx",
        'bao"cao.docx',
        "bao|cao.docx",
        "bao?cao.docx",
        "bao*cao.docx",
        "bao:cao.docx",
        "bao cao.",
        "bao cao ",
        "CON.docx",
        "nul",
        "com1.docx",
        "LPT9.json",
        "Aux.tar.gz",
    ],
)
def test_names_windows_cannot_store_are_refused(tmp_path: Path, name: str) -> None:
    """Fault: a file named so that Windows cannot store it was written on Linux, and the
    USB stick then could not be copied on the office PC."""
    data = tmp_path / "data"
    source = tmp_path / "d.json"
    source.write_text(draft_to_json(sample_draft("bc-6thang")), encoding="utf-8")
    line = _one_vietnamese_line(_qcdc(data, "export", str(source), "-o", str(tmp_path / name)))
    assert "hãy đặt tên khác" in line
    assert not (tmp_path / name).exists()
    assert name_problem(name)


def test_over_long_path_is_refused(tmp_path: Path) -> None:
    """Fault: a path past Windows' 260 characters, fine on Linux, unusable on the PC."""
    deep = tmp_path / ("thu-muc-rat-dai-" * 5) / ("con-" * 20)
    deep.mkdir(parents=True)
    target = deep / ("bao-cao-" * 10 + ".docx")
    with pytest.raises(UnsafeOutputError) as caught:
        check_output_path(target)
    assert caught.value.reason == "too_long" and "260" not in str(caught.value)[:5]
    assert "ký tự" in str(caught.value)


def test_ordinary_names_pass(tmp_path: Path) -> None:
    assert check_output_path(tmp_path / "Báo cáo 6 tháng đầu năm 2025.docx")
    assert not name_problem("BC-6thang-2025.docx")
    assert not name_problem("CONG-VAN.docx")


def test_any_database_open_in_this_process_is_protected(tmp_path: Path) -> None:
    """Fault: a save dialog pointed at the open database (the GUI knows no data folder
    argument): every database this process has open is protected, with its side files
    and backups folder."""
    elsewhere = tmp_path / "usb" / "qcdc.sqlite3"
    with open_database(elsewhere):
        for target in (elsewhere, elsewhere.with_name("qcdc.sqlite3-wal")):
            with pytest.raises(UnsafeOutputError) as caught:
                check_output_path(target)
            assert caught.value.reason == "protected"
        with pytest.raises(UnsafeOutputError):
            check_output_path(elsewhere.parent / "backups" / "bao-cao.docx")
    assert check_output_path(elsewhere.parent / "bao-cao.docx")
