from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from fault_support import cli_env

from qcdc_desktop.storage import load_draft, open_database

# The child saves one draft over and over, each time with a new, numbered text, and
# prints the number only after save_draft has returned (i.e. after COMMIT).
SAVER = r"""
import sys
from pathlib import Path
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import Block
from qcdc_desktop.storage import open_database, save_draft

db = open_database(Path(sys.argv[1]))
draft = sample_draft("bc-6thang")
draft.id = "killed-mid-save"
part = draft.sections[0]
filler = "Nội dung được lưu liên tục trong khi tiến trình bị dừng đột ngột. " * 400
i = 0
while True:
    i += 1
    part.blocks = [Block(text=f"lần lưu {i}: " + filler)]
    save_draft(db, draft, reason="save" if i % 3 == 0 else None)
    print(i, flush=True)
"""


def _run_and_kill(db_path: Path, after_saves: int, extra_delay: float) -> int:
    """Start the saver, SIGKILL it mid-loop; the last number it confirmed as committed."""
    child = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
        text=True,
    )
    assert child.stdout is not None
    confirmed = 0
    try:
        for line in child.stdout:
            confirmed = int(line)
            if confirmed >= after_saves:
                break
        time.sleep(extra_delay)  # land the kill somewhere inside a later save
        child.send_signal(signal.SIGKILL)
        rest, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    numbers = [int(n) for n in rest.split()]
    assert child.returncode == -signal.SIGKILL, err
    return max([confirmed, *numbers])


def test_sigkill_during_save_loop_leaves_a_sound_database(tmp_path: Path) -> None:
    """Fault: the program is killed (power cut, task manager, kill -9) while saving.

    After each kill the file must pass integrity_check, and the stored text must be
    one that was really written, no older than the last save reported as committed.
    """
    db_path = tmp_path / "qcdc.sqlite3"
    last_seen = 0
    for round_no, delay in enumerate((0.0, 0.013, 0.037, 0.071)):
        confirmed = _run_and_kill(db_path, after_saves=last_seen + 5 + round_no, extra_delay=delay)

        check = sqlite3.connect(db_path)
        try:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            check.close()

        with open_database(db_path) as db:
            stored = load_draft(db, "killed-mid-save")
        text = stored.sections[0].blocks[0].text
        assert text.startswith("lần lưu ")
        number = int(text.split(":", 1)[0].removeprefix("lần lưu "))
        # Committed saves survive; at most the one in flight may also have landed.
        assert confirmed <= number <= confirmed + 1
        assert text.endswith("bị dừng đột ngột. ")
        # Each child numbers from 1 again; later rounds just run a little longer.
        last_seen = number
