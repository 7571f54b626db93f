"""A process that holds the database the way the desktop program does, for fault tests.

`python gui_like_writer.py DB DRAFT_ID` opens the window's connection, then an editor's
writer connection (the second open of the same file in one process, where the locks
used to be lost), and saves the draft whenever a line arrives on stdin, printing
"saved N" after each commit. It never exits by itself: the test kills it.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from qcdc_desktop.model import Block
from qcdc_desktop.storage import (
    claim_editor,
    commit_draft,
    load_draft_with_revision,
    open_database,
)


def main() -> None:
    db_path, draft_id = Path(sys.argv[1]), sys.argv[2]
    window = open_database(db_path)  # the start window's connection
    writer = open_database(db_path, check_integrity=False)  # the editor's writer
    draft, revision = load_draft_with_revision(writer, draft_id)
    # The editor's lock, as the desktop program words its owner: host:pid:instance:window.
    claim_editor(window, draft_id, f"{socket.gethostname()}:{os.getpid()}:test:1")
    print("ready", flush=True)
    count = 0
    for _line in sys.stdin:
        count += 1
        draft.sections[0].blocks.append(Block(text=f"Lần lưu số {count}"))
        revision = commit_draft(writer, draft, expected_revision=revision).revision_no
        window.scalar("SELECT count(*) FROM drafts")  # the list refreshes meanwhile
        print(f"saved {count}", flush=True)


if __name__ == "__main__":
    main()
