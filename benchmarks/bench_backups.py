"""Backups on a database of 1,000 drafts: how long one takes, how big it is, and whether
a start with a backup due reaches its first window later than one without.

Run: .venv/bin/python benchmarks/bench_backups.py [--drafts 1000] [--runs 5]

The start is timed in a fresh process per run, from process start to the start window
shown and painted; the day's backup then runs on a worker, and the same process also
reports when it finished. Timings are wall-clock; run it on an idle machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qcdc_desktop import paths  # noqa: E402
from qcdc_desktop.doctypes.samples import sample_draft  # noqa: E402
from qcdc_desktop.model import Block  # noqa: E402
from qcdc_desktop.storage import open_database, save_draft  # noqa: E402
from qcdc_desktop.storage.backup_policy import make_backup  # noqa: E402
from qcdc_desktop.storage.backups import size_text  # noqa: E402

# Started with `python -c`; prints "window <s>" once the start window is painted and
# "backup <s> <kind or ->" when the background work is done, both from process start.
_START = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    t0 = float(sys.argv[2])
    from PySide6.QtWidgets import QApplication
    from qcdc_desktop.ui import app as qapp_module
    app = qapp_module.create_application(["qcdc-desktop"])
    from qcdc_desktop.ui.context import AppContext
    from qcdc_desktop.ui.start_window import StartWindow
    from qcdc_desktop.ui import safety_net
    context = AppContext(Path(sys.argv[1]), check_integrity=False)
    window = StartWindow(context)
    window.show()
    app.processEvents()
    window.repaint()
    print("window", time.time() - t0, flush=True)
    done = []
    net = safety_net.install(window, context, lambda text: None)
    net.checked.connect(lambda report: done.append(report))
    while not done:
        app.processEvents()
        time.sleep(0.005)
    kind = done[0].backup.path.name if done[0].backup and done[0].backup.path else "-"
    print("backup", time.time() - t0, kind, flush=True)
    net.timer.stop()
    window.close()
    context.db.close()
    """
)


def build(folder: Path, drafts: int) -> Path:
    db_path = paths.database_path(folder)
    draft = sample_draft("bc-6thang")
    with open_database(db_path) as db:
        for i in range(drafts):
            draft.id = f"d{i:05d}"
            draft.summary = f"Kết quả thực hiện dân chủ ở cơ sở, bản {i}"
            draft.sections[0].blocks = [*draft.sections[0].blocks[:3], Block(text=f"Bản {i}")]
            save_draft(db, draft, reason="save")
    return db_path


def time_backups(db_path: Path, runs: int) -> tuple[list[float], int]:
    seconds = []
    size = 0
    with open_database(db_path) as db:
        for _ in range(runs):
            outcome = make_backup(db, db_path.parent, "manual", min_free_bytes=0)
            assert outcome.path is not None, outcome.warning
            seconds.append(outcome.seconds)
            size = outcome.path.stat().st_size
            outcome.path.unlink()
    return seconds, size


def time_start(template: Path, backup_due: bool, runs: int) -> tuple[list[float], list[float]]:
    env = {k: v for k, v in os.environ.items() if k != "QCDC_DATA_DIR"}
    env.update(QT_QPA_PLATFORM="offscreen", QCDC_NO_CRASH_DIALOG="1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    windows, backups = [], []
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="qcdc-bench-start-"))
        shutil.copyfile(template, paths.database_path(folder))
        if not backup_due:
            with open_database(paths.database_path(folder)) as db:
                make_backup(db, folder, "daily", min_free_bytes=0)
        t0 = time.time()
        done = subprocess.run(
            [sys.executable, "-c", _START, str(folder), repr(t0)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=True,
        )
        lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
        windows.append(float(lines["window"]))
        backups.append(float(lines["backup"].split()[0]))
        made = lines["backup"].split()[1]
        assert (made != "-") == backup_due, (backup_due, made)
        shutil.rmtree(folder, ignore_errors=True)
    return windows, backups


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="qcdc-bench-backups-"))
    try:
        db_path = build(work, args.drafts)
        seconds, size = time_backups(db_path, args.runs)
        print(f"Database of {args.drafts} drafts: {size_text(db_path.stat().st_size)}")
        print(
            f"Backup: median {statistics.median(seconds) * 1000:.0f} ms "
            f"(min {min(seconds) * 1000:.0f}, max {max(seconds) * 1000:.0f}), "
            f"size {size_text(size)}; includes integrity_check and rotation"
        )
        for due in (False, True):
            windows, backups = time_start(db_path, due, args.runs)
            label = "backup due    " if due else "no backup due "
            print(
                f"Start, {label}: first window median {statistics.median(windows) * 1000:.0f} ms"
                f" (min {min(windows) * 1000:.0f}); background checks"
                f"{' and backup' if due else ''} done at median "
                f"{statistics.median(backups) * 1000:.0f} ms"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
