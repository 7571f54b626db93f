"""Fault: after a conflict "Tải lại" the window's own words were kept only in revisions
that no screen or command showed.

Two real writers on one database file: the editor's worker writer loses a conflict,
keeps its text and reloads (what "Tải lại" does); the kept text must then be listed by
`qcdc revisions` with its reason, and restorable as the current text or a new draft.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from qcdc_desktop import paths
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import Block
from qcdc_desktop.storage import (
    ConflictError,
    load_draft,
    load_draft_with_revision,
    open_database,
    save_draft,
)
from qcdc_desktop.storage.draft_writer import DraftWriter, snapshot_of
from tests.faults.fault_support import cli_env

OURS = "Đoạn văn của cửa sổ này, chưa kịp lưu khi cửa sổ kia lưu trước."


def _qcdc(data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qcdc_desktop.cli.main", "--data-dir", str(data), *argv],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
        check=False,
    )


def test_text_kept_by_a_reload_is_listed_and_restorable(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db_path = paths.database_path(data)
    draft = sample_draft("bc-6thang")
    with open_database(db_path) as db:
        save_draft(db, draft, reason="save")
        _, revision = load_draft_with_revision(db, draft.id)
    writer = DraftWriter(db_path, draft.id, revision)
    try:
        with open_database(db_path) as other:  # another window saves first
            theirs = load_draft(other, draft.id)
            theirs.sections[1].blocks.append(Block(text="Văn bản của cửa sổ kia."))
            save_draft(other, theirs, reason="save")
        ours = load_draft_with_revision(writer._database(), draft.id)[0]
        ours.sections[0].blocks.append(Block(text=OURS))
        local = snapshot_of(ours)
        with pytest.raises(ConflictError):
            writer.write(local)
        writer.keep_copy(local, "Nội dung của cửa sổ này trước khi tải lại bản mới hơn")
        writer.reload()
    finally:
        writer.close()

    listed = _qcdc(data, "revisions", "--id", draft.id)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    kept = [line for line in lines if "\tTrước khi tải lại" in line]
    assert len(kept) == 1, listed.stdout
    revision_id = kept[0].split("\t")[0]
    assert "đoạn" in kept[0].split("\t")[-1].lower()  # what changed, in one line

    as_new = _qcdc(data, "revisions", "--id", draft.id, "--restore", revision_id, "--as-new")
    assert as_new.returncode == 0, as_new.stderr
    copy_id = as_new.stdout.strip()
    restored = _qcdc(data, "revisions", "--id", draft.id, "--restore", revision_id)
    assert restored.returncode == 0, restored.stderr
    with open_database(db_path) as db:
        for draft_id in (copy_id, draft.id):
            texts = [b.text for b in load_draft(db, draft_id).sections[0].blocks]
            assert OURS in texts
    # The other window's text, replaced by the restore, is itself kept.
    after = _qcdc(data, "revisions", "--id", draft.id)
    assert "trước khi khôi phục" in after.stdout.lower()
