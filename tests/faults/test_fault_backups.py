"""Fault: backups were made only before a schema migration.

After 200 starts and 1,400 saves there were none, yet the damaged-database message
promised "the newest backup". Now: the first start of a day, every ~30 minutes of
editing and the close each make one; rotation keeps few; a full disk or a bad copy
never costs an older backup.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from qcdc_desktop import paths
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import Block
from qcdc_desktop.storage import CorruptDatabaseError, list_drafts, open_database, save_draft
from qcdc_desktop.storage.backup_policy import (
    KEEP_DAYS,
    KEEP_NEWEST,
    KEEP_WEEKS,
    backup_due,
    make_backup,
    rotate,
)
from qcdc_desktop.storage.backups import backup_infos, verify_backup
from tests.faults.fault_support import REPO, cli_env


def _qcdc(data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qcdc_desktop.cli.main", "--data-dir", str(data), *argv],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
        check=False,
    )


def _drafts(data: Path, count: int) -> Path:
    db_path = paths.database_path(data)
    draft = sample_draft("bc-6thang")
    with open_database(db_path) as db:
        for i in range(count):
            draft.id = f"d{i:03d}"
            draft.sections[0].blocks = [Block(text=f"Bản thảo {i}")]
            save_draft(db, draft)
    return db_path


def test_starts_and_saves_make_backups(tmp_path: Path) -> None:
    """Fault: many starts and saves, no backup. The background work after the first
    window makes the day's backup once; a close after changes makes another."""
    from qcdc_desktop.ui.safety_net import run_checks

    data = tmp_path / "data"
    db_path = _drafts(data, 12)
    for _start in range(3):  # three starts on one day: one daily backup
        report = run_checks(data)
        assert report.structure_ok and not report.damaged and not report.error
    infos = backup_infos(data)
    assert [i.kind for i in infos] == ["daily"]
    assert infos[0].drafts == 12 and verify_backup(infos[0].path)

    with open_database(db_path) as db:
        assert not backup_due(db, data, "close")  # nothing changed since
        save_draft(db, sample_draft("bc-nam"))
        assert backup_due(db, data, "close")
        later = datetime.now(UTC) + timedelta(minutes=31)
        assert backup_due(db, data, "editing", now=later)
        assert not backup_due(db, data, "editing")  # not 30 minutes yet
        tomorrow = datetime.now(UTC) + timedelta(days=1)
        assert backup_due(db, data, "daily", now=tomorrow)


def test_gui_context_backs_up_on_close(tmp_path: Path) -> None:
    """Fault: closing the program after a day's work left no copy of it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qcdc_desktop.ui.context import AppContext

    data = tmp_path / "data"
    context = AppContext(data)
    save_draft(context.db, sample_draft("bc-6thang"))
    context.close()
    assert [i.kind for i in backup_infos(data)] == ["close"]
    assert not paths.database_path(data).with_name("qcdc.sqlite3-wal").exists()


def _fake_backups(data: Path, source: Path, days: int) -> list[Path]:
    folder = paths.backups_dir(data)
    made = []
    now = datetime.now(UTC)
    for day in range(days):
        for hour in (9, 15):
            moment = (now - timedelta(days=day)).replace(hour=hour, minute=0, second=0)
            name = f"qcdc-{moment.strftime('%Y%m%dT%H%M%SZ')}-v2-editing.sqlite3"
            shutil.copyfile(source, folder / name)
            made.append(folder / name)
    return made


def test_rotation_keeps_days_and_weeks(tmp_path: Path) -> None:
    """Fault: without rotation, backups every 30 minutes would fill the disk."""
    data = tmp_path / "data"
    db_path = _drafts(data, 3)
    _fake_backups(data, db_path, days=60)
    removed = rotate(data)
    kept = backup_infos(data, count=False)
    assert removed and len(kept) <= KEEP_NEWEST + KEEP_DAYS + KEEP_WEEKS
    days = {i.created.astimezone().date() for i in kept}
    assert len(days) >= KEEP_DAYS
    oldest = min(i.created for i in kept)
    assert datetime.now(UTC) - oldest > timedelta(days=21)  # the weekly ones reach back


def test_bad_copy_never_deletes_an_older_backup(tmp_path: Path) -> None:
    """Fault: a backup of a database damaged on disk fails its integrity check; the
    older, good backups must all stay (rotation runs only after a verified copy)."""
    data = tmp_path / "data"
    db_path = _drafts(data, 40)
    old = _fake_backups(data, db_path, days=30)
    raw = bytearray(db_path.read_bytes())
    page = 16384
    for offset in range(3 * page, len(raw) - page, 2 * page):
        raw[offset + 8 : offset + 200] = b"\xa5" * 192  # b-tree page headers scribbled
    db_path.write_bytes(bytes(raw))
    with open_database(db_path, check_integrity=False) as db:
        outcome = make_backup(db, data, "daily", min_free_bytes=0)
    assert outcome.path is None and outcome.warning
    assert "vẫn được giữ" in outcome.warning
    assert all(p.exists() for p in old), "an older backup was deleted after a bad copy"
    assert not list(paths.backups_dir(data).glob("*.part"))


def test_free_space_floor_skips_with_a_warning(tmp_path: Path) -> None:
    """Fault: backups filling a nearly full disk. Below the floor the backup is skipped
    with a Vietnamese warning and nothing older is touched."""
    data = tmp_path / "data"
    db_path = _drafts(data, 5)
    old = _fake_backups(data, db_path, days=10)
    free = shutil.disk_usage(data).free
    with open_database(db_path) as db:
        outcome = make_backup(db, data, "daily", min_free_bytes=free + 1)
    assert outcome.path is None
    assert "ổ đĩa chỉ còn" in outcome.warning
    assert all(p.exists() for p in old)
    done = _qcdc(data, "backup", "--min-free-mb", str(free // (1024 * 1024) + 10))
    assert done.returncode == 2 and "ổ đĩa chỉ còn" in done.stderr


def test_small_disk_really_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same on a real small file system filled up: the floor refuses first; with the
    floor out of the way (as when the disk fills during the copy) the copy fails with
    ENOSPC, the half-written file is removed, older backups and the drafts stay."""
    from qcdc_desktop.storage import backup_policy
    from tests.faults.fault_support import small_tmpfs

    source = _drafts(tmp_path / "made", 30)
    with small_tmpfs(tmp_path / "disk", "8m") as disk:
        db_path = paths.database_path(disk)
        shutil.copyfile(source, db_path)
        old = _fake_backups(disk, db_path, days=1)
        filler = disk / "filler.bin"
        room = shutil.disk_usage(disk).free - db_path.stat().st_size // 2
        filler.write_bytes(b"\0" * max(room, 0))
        with open_database(db_path) as db:
            outcome = make_backup(db, disk, "daily", min_free_bytes=0)
            assert outcome.path is None and "ổ đĩa chỉ còn" in outcome.warning
            monkeypatch.setattr(backup_policy, "free_space_warning", lambda *a: "")
            outcome = make_backup(db, disk, "daily", min_free_bytes=0)
            assert outcome.path is None and "vẫn được giữ" in outcome.warning
            assert len(list_drafts(db)) == 30
        assert all(p.exists() for p in old)
        assert not list((disk / "backups").glob("*.part"))


def test_cli_backup_and_restore_set_the_current_file_aside(tmp_path: Path) -> None:
    """`qcdc backup` then `qcdc restore 1`: the newer file is renamed, not overwritten."""
    data = tmp_path / "data"
    db_path = _drafts(data, 4)
    made = _qcdc(data, "backup")
    assert made.returncode == 0, made.stderr
    listed = _qcdc(data, "backup", "--list")
    assert listed.stdout.startswith("1\t") and "4 bản thảo" in listed.stdout
    with open_database(db_path) as db:
        save_draft(db, sample_draft("bc-nam"))
    restored = _qcdc(data, "restore", "1")
    assert restored.returncode == 0, restored.stderr
    kept = sorted(data.glob("qcdc.sqlite3.truoc-khoi-phuc-*"))
    assert len(kept) == 1
    with open_database(db_path) as db:
        assert len(list_drafts(db)) == 4
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 5


def test_restore_refused_while_the_database_is_open(tmp_path: Path) -> None:
    """Fault: restoring under a running window; its saves would go to the old file."""
    data = tmp_path / "data"
    db_path = _drafts(data, 2)
    assert _qcdc(data, "backup").returncode == 0
    writer = subprocess.Popen(
        [sys.executable, str(REPO / "tests/faults/gui_like_writer.py"), str(db_path), "d000"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        refused = _qcdc(data, "restore", "1")
        assert refused.returncode == 2 and "đang được" in refused.stderr
        assert not list(data.glob("qcdc.sqlite3.truoc-khoi-phuc-*"))
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)


@pytest.mark.parametrize("backups", [0, 2])
def test_damaged_database_message_names_exactly_the_backups(tmp_path: Path, backups: int) -> None:
    """Fault: the message promised "the newest backup" when none existed."""
    data = tmp_path / "data"
    db_path = _drafts(data, 3)
    for _ in range(backups):
        assert _qcdc(data, "backup").returncode == 0
    raw = bytearray(db_path.read_bytes())
    raw[:100] = bytes(100)
    db_path.write_bytes(bytes(raw))
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(db_path)
    text = str(caught.value)
    if backups:
        assert f"Có {backups} bản sao lưu" in text and "qcdc restore 1" in text
    else:
        assert "Chưa có bản sao lưu nào" in text
    done = _qcdc(data, "list")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
