"""Fault: a -wal file left beside the database, by a kill or copied in from elsewhere.

A -wal from *another* database (two offices' files on one USB stick) used to be
replayed by SQLite: all 40 drafts were replaced with the other file's 5, exit 0.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from qcdc_desktop import paths
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import Block
from qcdc_desktop.storage import list_drafts, load_draft, open_database, save_draft
from qcdc_desktop.storage.wal_guard import SET_ASIDE_PREFIX
from tests.faults.fault_support import cli_env

# Saves drafts, reports, then waits to be killed with everything still in the -wal.
_KILLED_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.model import Block
    from qcdc_desktop.storage import open_database, save_draft
    db = open_database(Path(sys.argv[1]))
    db.execute("PRAGMA wal_autocheckpoint = 0")
    draft = sample_draft("bc-6thang")
    for i in range(int(sys.argv[2])):
        draft.id = f"{sys.argv[3]}-{i}"
        draft.sections[0].blocks = [Block(text=f"{sys.argv[3]} {i}")]
        save_draft(db, draft)
    print("done", flush=True)
    sys.stdin.read()
    """
)


def _killed_after_saving(db_path: Path, count: int, tag: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(db_path), str(count), tag],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "done"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _forty_drafts(db_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    with open_database(db_path) as db:
        for i in range(40):
            draft.id = f"ours-{i}"
            draft.sections[0].blocks = [Block(text=f"Bản thảo của chúng tôi {i}")]
            save_draft(db, draft)
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_foreign_wal_does_not_replace_the_drafts(tmp_path: Path) -> None:
    """Fault: a -wal belonging to another database lies beside ours; 40 drafts must not
    become the other file's 5. The foreign -wal is moved aside, not deleted."""
    data = tmp_path / "data"
    db_path = paths.database_path(data)
    _forty_drafts(db_path)
    other = tmp_path / "other" / "qcdc.sqlite3"
    _killed_after_saving(other, 5, "theirs")
    other_wal = other.with_name(other.name + "-wal")
    assert other_wal.stat().st_size > 0
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(other_wal.read_bytes())

    done = subprocess.run(
        [sys.executable, "-m", "qcdc_desktop.cli.main", "--data-dir", str(data), "list"],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    ids = {line.split("\t")[0] for line in done.stdout.splitlines()}
    assert ids == {f"ours-{i}" for i in range(40)}
    set_aside = [p for p in (data / "backups").iterdir() if p.name.startswith(SET_ASIDE_PREFIX)]
    assert len(set_aside) == 1
    kept = {p.name for p in set_aside[0].iterdir()}
    assert {"qcdc.sqlite3", "qcdc.sqlite3-wal", "qcdc.sqlite3-wal.foreign"} <= kept
    assert (set_aside[0] / "qcdc.sqlite3-wal.foreign").read_bytes() == other_wal.read_bytes()


def test_own_wal_after_kill_is_recovered_and_copied_aside(tmp_path: Path) -> None:
    """Fault: the program was killed with saves only in the -wal. They are recovered,
    and the database with its -wal is first copied aside; a clean close leaves no -wal."""
    data = tmp_path / "data"
    db_path = paths.database_path(data)
    _forty_drafts(db_path)
    _killed_after_saving(db_path, 3, "after-kill")
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0
    with open_database(db_path) as db:
        ids = {row.id for row in list_drafts(db)}
        assert load_draft(db, "after-kill-2").sections[0].blocks[0].text == "after-kill 2"
    assert ids == {f"ours-{i}" for i in range(40)} | {f"after-kill-{i}" for i in range(3)}
    assert not wal.exists(), "a clean close must leave no -wal"
    set_aside = [p for p in (data / "backups").iterdir() if p.name.startswith(SET_ASIDE_PREFIX)]
    assert len(set_aside) == 1
    assert (set_aside[0] / "qcdc.sqlite3-wal").stat().st_size > 0
    assert not (set_aside[0] / "qcdc.sqlite3-wal.foreign").exists()


def test_clean_exit_of_the_desktop_program_leaves_no_wal(tmp_path: Path) -> None:
    """Fault: a -wal left by every clean exit would look like a crash at each start.
    The real program opens an editor of every document type and quits."""
    data = tmp_path / "data"
    _forty_drafts(paths.database_path(data))
    done = subprocess.run(
        [sys.executable, "-m", "qcdc_desktop.ui.app", "--smoke", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=cli_env(QT_QPA_PLATFORM="offscreen"),
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert not (data / "qcdc.sqlite3-wal").exists()
    backups = data / "backups"
    assert not backups.exists() or not any(
        p.name.startswith(SET_ASIDE_PREFIX) for p in backups.iterdir()
    )


def test_left_over_journal_is_copied_aside_first(tmp_path: Path) -> None:
    """Fault: a rollback journal left by a crash (a restored backup is in rollback mode
    until its first open) is copied aside with the database before SQLite decides what
    to do with it; the drafts open."""
    data = tmp_path / "data"
    db_path = paths.database_path(data)
    _forty_drafts(db_path)
    journal = db_path.with_name(db_path.name + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    with open_database(db_path) as db:
        assert len(list_drafts(db)) == 40
    set_aside = [p for p in (data / "backups").iterdir() if p.name.startswith(SET_ASIDE_PREFIX)]
    assert len(set_aside) == 1
    assert (set_aside[0] / "qcdc.sqlite3-journal").read_bytes()[:4] == b"\xd9\xd5\x05\xf9"
    assert (set_aside[0] / "qcdc.sqlite3").stat().st_size == db_path.stat().st_size
