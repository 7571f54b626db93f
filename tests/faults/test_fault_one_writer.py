"""Fault: a second writer that did not respect the editor's newer saves.

`qcdc export --id` while an editor saved silently lost 15 of 20 of the editor's saves
(the export wrote the text it had loaded back over the row); deleting or purging a
draft ignored that it was open in an editor in another process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from qcdc_desktop import paths
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.storage import (
    delete_draft,
    list_revisions,
    load_draft,
    open_database,
    purge_draft,
    save_draft,
)
from qcdc_desktop.storage.revision_history import DraftOpenElsewhereError
from tests.faults.fault_support import REPO, cli_env


def _start_writer(db_path: Path, draft_id: str) -> subprocess.Popen[str]:
    writer = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "tests" / "faults" / "gui_like_writer.py"),
            str(db_path),
            draft_id,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    return writer


def _save(writer: subprocess.Popen[str], number: int) -> None:
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write("save\n")
    writer.stdin.flush()
    line = writer.stdout.readline().strip()
    assert line == f"saved {number}", f"the editor's save {number} failed: {line!r}"


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, Path, str]:
    data = tmp_path / "data"
    db_path = paths.database_path(data)
    draft = sample_draft("bc-6thang")
    draft.id = "dang-soan"
    with open_database(db_path) as db:
        save_draft(db, draft, reason="save")
    return data, db_path, draft.id


def test_cli_export_beside_an_editor_loses_no_save(
    stored: tuple[Path, Path, str], tmp_path: Path
) -> None:
    """Fault: `qcdc export --id` running while the editor saves overwrote its saves."""
    data, db_path, draft_id = stored
    writer = _start_writer(db_path, draft_id)
    exports: list[subprocess.Popen[str]] = []
    try:
        for number in range(1, 21):
            if number % 4 == 1:
                exports.append(
                    subprocess.Popen(
                        [
                            sys.executable,
                            "-m",
                            "qcdc_desktop.cli.main",
                            "--data-dir",
                            str(data),
                            "export",
                            "--id",
                            draft_id,
                            "-o",
                            str(tmp_path / f"bc-{number}.docx"),
                        ],
                        stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE,
                        text=True,
                        env=cli_env(),
                    )
                )
            _save(writer, number)
        for proc in exports:
            _out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    with open_database(db_path) as db:
        texts = [b.text for b in load_draft(db, draft_id).sections[0].blocks]
        reasons = [r.reason for r in list_revisions(db, draft_id)]
    lost = [n for n in range(1, 21) if f"Lần lưu số {n}" not in texts]
    assert not lost, f"editor saves lost: {lost}"
    assert reasons.count("export") == len(exports)


def test_trash_and_purge_refused_while_open_in_another_process(
    stored: tuple[Path, Path, str],
) -> None:
    """Fault: a draft open in an editor in another process could be trashed or purged."""
    _data, db_path, draft_id = stored
    writer = _start_writer(db_path, draft_id)
    try:
        with open_database(db_path) as db:
            for action in (delete_draft, purge_draft):
                with pytest.raises(DraftOpenElsewhereError) as caught:
                    action(db, draft_id)
                assert f"tiến trình {writer.pid}" in str(caught.value)
            assert load_draft(db, draft_id).id == draft_id
            _save(writer, 1)
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    # Once that process is gone (killed), its lock no longer blocks.
    with open_database(db_path) as db:
        delete_draft(db, draft_id)
        purge_draft(db, draft_id)
