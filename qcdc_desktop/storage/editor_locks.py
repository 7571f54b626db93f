"""Advisory editor locks: which window is editing a draft.

A lock is a row with a heartbeat; the holder refreshes it every few seconds and a
lock whose heartbeat is older than the time-to-live counts as abandoned (the window
crashed or the computer slept). This only warns; `expected_revision` is what keeps
two writers from overwriting each other.
"""

from __future__ import annotations

import os
import socket
import time

from qcdc_desktop.storage.database import Database

LOCK_TTL_SECONDS = 30.0


def editor_owner(label: str = "") -> str:
    """A description of this window to show the other one: host, process and label."""
    who = f"{socket.gethostname()}, tiến trình {os.getpid()}"
    return f"{label} ({who})" if label else who


def claim_editor(
    db: Database,
    draft_id: str,
    owner: str,
    *,
    ttl: float = LOCK_TTL_SECONDS,
    now: float | None = None,
) -> str | None:
    """Take the lock. Returns the other owner if someone else holds a fresh lock."""
    moment = time.time() if now is None else now
    with db.transaction():
        row = db.query_one(
            "SELECT owner, heartbeat FROM editor_locks WHERE draft_id = ?", (draft_id,)
        )
        if row is not None and row["owner"] != owner and moment - row["heartbeat"] < ttl:
            return str(row["owner"])
        db.execute(
            "INSERT INTO editor_locks (draft_id, owner, heartbeat) VALUES (?, ?, ?)"
            " ON CONFLICT (draft_id) DO UPDATE SET owner = excluded.owner,"
            " heartbeat = excluded.heartbeat",
            (draft_id, owner, moment),
        )
    return None


def heartbeat(db: Database, draft_id: str, owner: str, *, now: float | None = None) -> bool:
    """Refresh our lock. False when it is no longer ours (it expired and was taken)."""
    moment = time.time() if now is None else now
    with db.transaction():
        cursor = db.execute(
            "UPDATE editor_locks SET heartbeat = ? WHERE draft_id = ? AND owner = ?",
            (moment, draft_id, owner),
        )
        return cursor.rowcount > 0


def release_editor(db: Database, draft_id: str, owner: str) -> None:
    """Drop our lock; someone else's lock is left alone."""
    with db.transaction():
        db.execute("DELETE FROM editor_locks WHERE draft_id = ? AND owner = ?", (draft_id, owner))


def editor_of(
    db: Database, draft_id: str, *, ttl: float = LOCK_TTL_SECONDS, now: float | None = None
) -> str | None:
    """Who holds a fresh lock on the draft, if anyone."""
    moment = time.time() if now is None else now
    row = db.query_one("SELECT owner, heartbeat FROM editor_locks WHERE draft_id = ?", (draft_id,))
    if row is None or moment - row["heartbeat"] >= ttl:
        return None
    return str(row["owner"])
