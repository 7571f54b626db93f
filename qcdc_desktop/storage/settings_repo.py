"""Application and format settings as key -> JSON value.

Keys starting with "_" are the program's own bookkeeping (the database id, window
geometry, when the last backup ran); `all_settings` leaves them out.
"""

from __future__ import annotations

import json
from typing import Any

from qcdc_desktop.storage.database import Database


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    text = db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return default if text is None else json.loads(text)


def set_setting(db: Database, key: str, value: Any) -> None:
    """Store any JSON-serialisable value."""
    text = json.dumps(value, ensure_ascii=False)
    with db.transaction():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, text),
        )


def delete_setting(db: Database, key: str) -> None:
    with db.transaction():
        db.execute("DELETE FROM settings WHERE key = ?", (key,))


INTERNAL_PREFIX = "_"


def all_settings(db: Database) -> dict[str, Any]:
    """The user's settings (not the program's "_" bookkeeping keys)."""
    return {
        row["key"]: json.loads(row["value"])
        for row in db.query("SELECT key, value FROM settings")
        if not row["key"].startswith(INTERNAL_PREFIX)
    }
