"""Snapshots of a draft taken on explicit saves, exports and imports (newest N kept)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcdc_desktop.storage.database import Database
from qcdc_desktop.storage.errors import RevisionNotFoundError
from qcdc_desktop.storage.timestamps import utc_now

if TYPE_CHECKING:
    from qcdc_desktop.model import Draft

DEFAULT_KEEP_REVISIONS = 20
# "restore": restoring an old revision (and the text it replaced); "reload": the
# window's own text, kept when it reloaded a newer save after a conflict.
REVISION_REASONS = ("save", "export", "import", "duplicate", "restore", "reload")


@dataclass(frozen=True)
class RevisionSummary:
    id: int
    draft_id: str
    created: str
    reason: str
    note: str


def pack_json(json_text: str) -> bytes:
    """Snapshots are rarely read and there are up to 20 per draft, so they are stored
    zlib-compressed (a BLOB); the fastest level keeps an explicit save cheap."""
    return zlib.compress(json_text.encode("utf-8", "surrogatepass"), 1)


def unpack_json(value: str | bytes) -> str:
    """The JSON text of a snapshot, whether stored compressed (BLOB) or as TEXT."""
    if isinstance(value, bytes):
        return zlib.decompress(value).decode("utf-8", "surrogatepass")
    return value


def add_revision(
    db: Database,
    draft_id: str,
    json_text: str,
    hash_: str,
    reason: str,
    *,
    note: str = "",
    keep: int = DEFAULT_KEEP_REVISIONS,
) -> None:
    """Store a snapshot and drop the oldest beyond `keep`. Call inside a transaction."""
    if reason not in REVISION_REASONS:
        raise ValueError(f"unknown revision reason {reason!r}")
    db.execute(
        "INSERT INTO revisions (draft_id, json, content_hash, created, reason, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (draft_id, pack_json(json_text), hash_, utc_now(), reason, note),
    )
    db.execute(
        "DELETE FROM revisions WHERE draft_id = ? AND id <= ("
        " SELECT id FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
        (draft_id, draft_id, max(keep, 1)),
    )


def newest_revision_hash(db: Database, draft_id: str) -> str | None:
    value = db.scalar(
        "SELECT content_hash FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1",
        (draft_id,),
    )
    return None if value is None else str(value)


def list_revisions(db: Database, draft_id: str) -> list[RevisionSummary]:
    """A draft's snapshots, newest first."""
    rows = db.query(
        "SELECT id, draft_id, created, reason, note FROM revisions"
        " WHERE draft_id = ? ORDER BY id DESC",
        (draft_id,),
    )
    return [RevisionSummary(**row) for row in rows]


def load_revision(db: Database, revision_id: int) -> Draft:
    from qcdc_desktop.model import draft_from_json

    value = db.scalar("SELECT json FROM revisions WHERE id = ?", (revision_id,))
    if value is None:
        raise RevisionNotFoundError()
    return draft_from_json(unpack_json(value))
