"""One log for the window and the command line: a rotating file in the data folder."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from qcdc_desktop.cli.main import main
from qcdc_desktop.logs import log_path, setup_logging


@pytest.fixture(autouse=True)
def _detach_log_handlers():
    yield
    logger = logging.getLogger("qcdc_desktop")
    for handler in list(logger.handlers):
        if getattr(handler, "_qcdc_owned", False):
            logger.removeHandler(handler)
            handler.close()


def test_a_failed_command_is_logged_in_the_data_folder(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "show", "khong-co"]) == 2
    text = log_path(tmp_path).read_text(encoding="utf-8")
    assert "qcdc show" in text and "khong-co" in text
    assert "khong-co" in capsys.readouterr().err


def test_verbose_also_prints_the_log(tmp_path: Path, capsys) -> None:
    main(["--data-dir", str(tmp_path), "-v", "show", "khong-co"])
    err = capsys.readouterr().err
    assert "WARNING qcdc_desktop.cli" in err


def test_a_command_that_logs_nothing_creates_no_log_file(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "types"]) == 0
    assert not log_path(tmp_path).exists()


def test_log_file_is_private_where_the_os_has_modes(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    logging.getLogger("qcdc_desktop.test").warning("thử")
    assert path.read_text(encoding="utf-8").endswith("thử\n")
    if hasattr(path, "stat") and __import__("os").name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700


def test_a_log_that_cannot_be_written_prints_nothing(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("not a folder")  # the logs folder cannot be created
    assert main(["--data-dir", str(tmp_path), "show", "khong-co"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Logging error" not in err


def test_export_and_import_are_logged_with_file_size_and_time(tmp_path: Path, capsys) -> None:
    draft_json = tmp_path / "mau.json"
    assert main(["sample", "--type", "bc-6thang", "-o", str(draft_json)]) == 0
    docx = tmp_path / "bao-cao.docx"
    assert main(["--data-dir", str(tmp_path), "export", str(draft_json), "-o", str(docx)]) == 0
    back = tmp_path / "doc-lai.json"
    assert main(["--data-dir", str(tmp_path), "import-docx", str(docx), "-o", str(back)]) == 0
    text = log_path(tmp_path).read_text(encoding="utf-8")
    exported = next(line for line in text.splitlines() if "exported" in line)
    assert "bao-cao.docx" in exported and "bytes" in exported and " ms)" in exported
    imported = next(line for line in text.splitlines() if "imported" in line)
    assert "bao-cao.docx" in imported and "bc-6thang" in imported


def test_the_log_rotates_by_size_and_keeps_five_older_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qcdc_desktop import logs

    monkeypatch.setattr(logs, "LOG_MAX_BYTES", 400)
    path = setup_logging(tmp_path)
    logger = logging.getLogger("qcdc_desktop.test")
    for number in range(60):
        logger.warning("bản ghi số %03d %s", number, "x" * 40)
    older = sorted(p.name for p in path.parent.iterdir() if p.name != path.name)
    assert older == [f"{path.name}.{n}" for n in range(1, 6)]
    for file in [path, *(path.parent / name for name in older)]:
        assert file.stat().st_size <= 400
    # The newest record is in the current file, the records just before it in .1.
    assert path.read_text(encoding="utf-8").rstrip().endswith("bản ghi số 059 " + "x" * 40)
    assert "bản ghi số 05" in (path.parent / f"{path.name}.1").read_text(encoding="utf-8")
