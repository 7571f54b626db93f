from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest
from fault_support import can_mount, fill_disk, small_tmpfs

from qcdc_desktop import export
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import Block, draft_to_json
from qcdc_desktop.storage import DiskFullError, load_draft, open_database, save_draft

BIG = "Nội dung dài để lấp đầy ổ đĩa. " * 20_000  # about 0.7 MB of UTF-8


def test_save_on_a_full_disk(tmp_path: Path) -> None:
    """Fault: the disk fills up while saving (a real 4 MiB tmpfs, filled to the brim).

    The save raises the storage DiskFullError with a Vietnamese message, the draft in
    memory keeps the edit, the stored copy stays the previous one, and once space is
    freed the same draft saves.
    """
    with small_tmpfs(tmp_path / "disk", "4m") as disk:
        db = open_database(disk / "qcdc.sqlite3", backups=tmp_path / "backups")
        draft = sample_draft("bc-6thang")
        save_draft(db, draft, reason="save")
        before = draft_to_json(load_draft(db, draft.id))

        fill_disk(disk)
        draft.sections[0].blocks.append(Block(text=BIG))
        edited = draft_to_json(draft)
        with pytest.raises(DiskFullError) as caught:
            save_draft(db, draft, reason="save")
        assert "Ổ đĩa đã đầy" in str(caught.value)
        assert draft_to_json(draft) == edited  # nothing lost in memory
        assert not db.conn.in_transaction
        assert draft_to_json(load_draft(db, draft.id)) == before

        (disk / "filler.bin").unlink()
        draft.sections[0].blocks[-1].text = "Đã có chỗ trống."
        assert save_draft(db, draft, reason="save")
        assert load_draft(db, draft.id).sections[0].blocks[-1].text == "Đã có chỗ trống."
        db.close()


def _assert_old_document_intact(path: Path, old_bytes: bytes) -> None:
    assert path.read_bytes() == old_bytes
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
    leftovers = [p.name for p in path.parent.iterdir() if p.name.startswith(".~qcdc-")]
    assert leftovers == []


def test_export_to_a_full_disk(tmp_path: Path) -> None:
    """Fault: the disk fills up while the DOCX is written (a real 256 KiB tmpfs).

    The export raises the exporter's DiskFullError; the previous document at the
    target is byte-for-byte intact and no temporary file is left behind.
    """
    with small_tmpfs(tmp_path / "disk", "256k") as disk:
        target = disk / "bao-cao.docx"
        draft = sample_draft("bc-6thang")
        export.export_docx(draft, target)
        old_bytes = target.read_bytes()

        fill_disk(disk)
        draft.sections[0].blocks.append(Block(text="Đoạn mới sau khi đĩa đầy."))
        with pytest.raises(export.DiskFullError) as caught:
            export.export_docx(draft, target)
        assert "Ổ đĩa đã đầy" in str(caught.value)
        assert draft.sections[0].blocks[-1].text == "Đoạn mới sau khi đĩa đầy."
        _assert_old_document_intact(target, old_bytes)


@pytest.mark.skipif(can_mount(), reason="the real full disk above covers this")
def test_export_disk_full_injected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault: ENOSPC at the write, injected where no small filesystem can be mounted."""
    target = tmp_path / "bao-cao.docx"
    draft = sample_draft("bc-6thang")
    export.export_docx(draft, target)
    old_bytes = target.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(export.DiskFullError):
        export.export_docx(draft, target)
    _assert_old_document_intact(target, old_bytes)
