"""Advisory editor locks: which window is editing a draft.

A lock is a row with a heartbeat; the holder refreshes it every few seconds and a
lock whose heartbeat is older than the time-to-live counts as abandoned (the window
crashed or the computer slept). This only warns; `expected_revision` is what keeps
two writers from overwriting each other.
"""

from __future__ import annotations

import os
import socket
import sys
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


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def owner_is_dead(owner: str) -> bool:
    """True only when the owner is a process of this computer that has ended."""
    parts = owner.split(":")
    if len(parts) < 2 or parts[0] != socket.gethostname():
        return False
    try:
        pid = int(parts[1])
    except ValueError:
        return False
    return pid != os.getpid() and not pid_alive(pid)


def describe_owner(owner: str) -> str:
    parts = owner.split(":")
    if len(parts) >= 2 and parts[0] == socket.gethostname():
        if parts[1] == str(os.getpid()):
            return "một cửa sổ khác của chương trình này"
        return f"một chương trình QCDC khác trên máy này (tiến trình {parts[1]})"
    if parts and parts[0]:
        return f"máy “{parts[0]}”"
    return "một cửa sổ khác"


def claim_or_take_over(db: Database, draft_id: str, owner: str) -> str | None:
    """Take the lock, taking it over from a process of this computer that has ended
    (a crash, a kill) instead of waiting for its time-to-live; the other live owner
    when someone else holds it."""
    other: str | None = claim_editor(db, draft_id, owner)
    if other is not None and owner_is_dead(other):
        release_editor(db, draft_id, other)
        other = claim_editor(db, draft_id, owner)
    return other
