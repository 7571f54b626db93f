"""Advisory editor locks for one window: claim, heartbeat, release, stale-lock detection.

Owners look like "host:pid:uuid:window". A lock left by a process of this computer
that no longer runs (a crash, a kill) is taken over at once instead of waiting for
its time-to-live, so reopening after a crash does not warn about a dead window.
"""

from __future__ import annotations

import os
import socket
import sys
from typing import Any


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


def claim(db: Any, draft_id: str, owner: str) -> str | None:
    """Take the lock; the other live owner when someone else holds it."""
    from qcdc_desktop.storage import claim_editor, release_editor

    other: str | None = claim_editor(db, draft_id, owner)
    if other is not None and owner_is_dead(other):
        release_editor(db, draft_id, other)
        other = claim_editor(db, draft_id, owner)
    return other
