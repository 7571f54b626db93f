"""The one-folder build: both programs start, export a valid document, and honour a
portable `data` folder. Builds with build/build.py into a temporary folder (minutes)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"
    ),
]


def _env(**extra: str) -> dict[str, str]:
    """A clean environment: no data-folder override, headless Qt, no crash dialog."""
    dropped = ("QCDC_DATA_DIR", "PYTHONPATH", "XDG_DATA_HOME")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(QT_QPA_PLATFORM="offscreen", QCDC_NO_CRASH_DIALOG="1", **extra)
    return env


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("frozen")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "build" / "build.py"),
            "--dist",
            str(base / "dist"),
            "--work",
            str(base / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Folder size:" in done.stdout
    return base / "dist" / "qcdc-desktop"


def _run(
    app_dir: Path, program: str, *args: str, cwd: Path, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(app_dir / f"{program}{EXE}"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=input,
        cwd=cwd,
        env=_env(HOME=str(cwd)),
        timeout=300,
        check=False,
    )


def test_both_programs_and_resources_are_bundled(app_dir: Path) -> None:
    assert (app_dir / f"qcdc-desktop{EXE}").is_file()
    assert (app_dir / f"qcdc{EXE}").is_file()
    bundled = list(app_dir.rglob("resources/types/*.toml"))
    assert bundled, "resources/ is missing from the bundle"
    assert not list(app_dir.rglob("*QtWebEngine*")) and not list(app_dir.rglob("*tkinter*"))


def test_gui_smoke_run(app_dir: Path, tmp_path: Path) -> None:
    done = _run(app_dir, "qcdc-desktop", "--smoke", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "smoke: ok" in done.stdout


def test_cli_sample_piped_into_export(app_dir: Path, tmp_path: Path) -> None:
    sample = _run(app_dir, "qcdc", "sample", cwd=tmp_path)
    assert sample.returncode == 0, sample.stderr
    out = tmp_path / "x.docx"
    export = _run(app_dir, "qcdc", "export", "-", "-o", str(out), cwd=tmp_path, input=sample.stdout)
    assert export.returncode == 0, export.stderr

    from docx import Document

    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert "word/document.xml" in archive.namelist()
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    summary = json.loads(sample.stdout)["summary"]
    assert summary.split()[0] in text  # the sample's own words reached the document


def test_cli_user_error_in_the_frozen_program(app_dir: Path, tmp_path: Path) -> None:
    done = _run(app_dir, "qcdc", "export", "khong-co.json", "-o", "x.docx", cwd=tmp_path)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert "Không tìm thấy tệp" in done.stderr


def test_portable_data_folder_next_to_the_program(app_dir: Path, tmp_path: Path) -> None:
    portable = app_dir / "data"
    portable.mkdir()
    try:
        done = _run(app_dir, "qcdc", "new", "--type", "bc-6thang", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        draft_id = done.stdout.strip()
        database = portable / "qcdc.sqlite3"
        assert database.is_file()
        with sqlite3.connect(database) as conn:
            ids = [row[0] for row in conn.execute("SELECT id FROM drafts")]
        assert ids == [draft_id]
        # Nothing went to the per-user folder under the (temporary) home directory.
        assert not [p for p in tmp_path.rglob("qcdc.sqlite3")]
    finally:
        shutil.rmtree(portable)
