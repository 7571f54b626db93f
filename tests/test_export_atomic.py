"""A failed export never leaves half a file and never destroys the previous one."""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.export import (
    DiskFullError,
    ExportError,
    TargetLockedError,
    TargetReadOnlyError,
    atomic,
    export_docx,
)
from qcdc_desktop.export.atomic import write_atomically

OLD = b"the previous export, which must survive"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(OLD)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "bao-cao.docx")


def test_export_replaces_the_old_file_with_a_valid_docx(target: Path) -> None:
    os.chmod(target, 0o640)
    written = export_docx(sample_draft("bc-6thang"), target)
    assert written == target
    with zipfile.ZipFile(target) as z:
        assert "word/document.xml" in z.namelist()
    assert leftovers(target.parent) == []
    assert target.stat().st_mode & 0o777 == 0o640


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old_mask = os.umask(0o022)
    try:
        path = export_docx(sample_draft("bc-6thang"), tmp_path / "moi.docx")
    finally:
        os.umask(old_mask)
    assert path.stat().st_mode & 0o777 == 0o644


def _raise(exc: OSError):
    def fail(*args: object, **kwargs: object) -> None:
        raise exc

    return fail


def test_file_open_in_word_keeps_the_old_file(target: Path, monkeypatch) -> None:
    monkeypatch.setattr(atomic.os, "replace", _raise(PermissionError(errno.EACCES, "denied")))
    with pytest.raises(TargetLockedError) as info:
        export_docx(sample_draft("bc-6thang"), target)
    assert "đang được mở trong Word" in str(info.value)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_windows_sharing_violation_is_reported_as_locked(target: Path, monkeypatch) -> None:
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]
    monkeypatch.setattr(atomic.os, "replace", _raise(exc))
    with pytest.raises(TargetLockedError):
        export_docx(sample_draft("bc-6thang"), target)
    assert target.read_bytes() == OLD


def test_read_only_target(target: Path, monkeypatch) -> None:
    monkeypatch.setattr(atomic.os, "replace", _raise(PermissionError(errno.EACCES, "denied")))
    real_access = os.access
    monkeypatch.setattr(
        atomic.os, "access", lambda p, mode: False if Path(p) == target else real_access(p, mode)
    )
    with pytest.raises(TargetReadOnlyError) as info:
        export_docx(sample_draft("bc-6thang"), target)
    assert "chỉ cho phép đọc" in str(info.value)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_folder_where_no_file_can_be_created(target: Path, monkeypatch) -> None:
    monkeypatch.setattr(atomic.os, "open", _raise(PermissionError(errno.EACCES, "no")))
    with pytest.raises(TargetReadOnlyError):
        export_docx(sample_draft("bc-6thang"), target)
    assert target.read_bytes() == OLD


def test_read_only_file_system(target: Path, monkeypatch) -> None:
    monkeypatch.setattr(atomic.os, "open", _raise(OSError(errno.EROFS, "ro")))
    with pytest.raises(TargetReadOnlyError):
        export_docx(sample_draft("bc-6thang"), target)


def test_disk_full_while_writing(target: Path, monkeypatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", _raise(OSError(errno.ENOSPC, "No space left")))
    with pytest.raises(DiskFullError) as info:
        export_docx(sample_draft("bc-6thang"), target)
    assert "Ổ đĩa đã đầy" in str(info.value)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_a_failing_writer_leaves_no_temporary_file(target: Path) -> None:
    def half_then_crash(fh) -> None:
        fh.write(b"PK half a zip")
        raise RuntimeError("bug while building")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_crash)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "bao-cao.docx"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep")
    with pytest.raises(ExportError) as info:
        export_docx(sample_draft("bc-6thang"), folder)
    assert "thư mục" in str(info.value)
    assert (folder / "inside.txt").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.docx"]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as info:
        export_docx(sample_draft("bc-6thang"), tmp_path / "khong-co" / "bc.docx")
    assert "không tồn tại" in str(info.value)


def test_other_os_errors_keep_their_reason(target: Path, monkeypatch) -> None:
    monkeypatch.setattr(atomic.os, "replace", _raise(OSError(errno.EIO, "I/O error")))
    with pytest.raises(ExportError) as info:
        export_docx(sample_draft("bc-6thang"), target)
    assert type(info.value) is ExportError
    assert "I/O error" in str(info.value)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []
