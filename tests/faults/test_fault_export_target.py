from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest
from fault_support import read_only_bind

from qcdc_desktop import export
from qcdc_desktop.cli.main import main as qcdc
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import Block, draft_to_json


def _old_document(folder: Path) -> tuple[Path, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "bao-cao.docx"
    export.export_docx(sample_draft("bc-6thang"), target)
    return target, target.read_bytes()


def _assert_intact(target: Path, old: bytes) -> None:
    assert target.read_bytes() == old
    with zipfile.ZipFile(target) as archive:
        assert "word/document.xml" in archive.namelist()
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".~qcdc-")] == []


def _edited_draft() -> object:
    draft = sample_draft("bc-6thang")
    draft.sections[0].blocks.append(Block(text="Đoạn bổ sung sau lần xuất trước."))
    return draft


def test_target_open_in_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault: the .docx is open in Word, which on Windows makes replacing it fail with
    a permission error although the folder and the file are writable. Simulated by
    os.replace raising PermissionError. Expect TargetLockedError and the old file kept."""
    target, old = _old_document(tmp_path / "out")
    real_replace = os.replace

    def word_holds(src: object, dst: object) -> None:
        if Path(str(dst)) == target:
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", word_holds)
    draft = _edited_draft()
    with pytest.raises(export.TargetLockedError) as caught:
        export.export_docx(draft, target)  # type: ignore[arg-type]
    assert "đang được mở" in str(caught.value)
    assert "Đoạn bổ sung" in draft_to_json(draft)  # type: ignore[arg-type]
    _assert_intact(target, old)


def test_target_folder_read_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Fault: the output folder is read-only (a network share without write access;
    here a read-only bind mount, which root cannot write either). Expect
    TargetReadOnlyError, the old file kept, and one Vietnamese line from the CLI."""
    target, old = _old_document(tmp_path / "out")
    with read_only_bind(target.parent, tmp_path / "share") as share:
        shared_target = share / target.name
        with pytest.raises(export.TargetReadOnlyError) as caught:
            export.export_docx(_edited_draft(), shared_target)  # type: ignore[arg-type]
        assert "chỉ cho phép đọc" in str(caught.value)

        source = tmp_path / "draft.json"
        source.write_text(draft_to_json(_edited_draft()), encoding="utf-8")  # type: ignore[arg-type]
        assert qcdc(["export", str(source), "-o", str(shared_target)]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("qcdc: ") and "\n" not in err and "chỉ cho phép đọc" in err
    _assert_intact(target, old)


def test_target_is_a_folder(tmp_path: Path) -> None:
    """Fault: the chosen output name is an existing folder. Expect an ExportError in
    Vietnamese and the folder and its content untouched."""
    target = tmp_path / "bao-cao.docx"
    target.mkdir()
    (target / "giữ-lại.txt").write_text("không được xóa", encoding="utf-8")
    with pytest.raises(export.ExportError) as caught:
        export.export_docx(sample_draft("bc-6thang"), target)
    assert "thư mục" in str(caught.value)
    assert (target / "giữ-lại.txt").read_text(encoding="utf-8") == "không được xóa"
