"""Writes one draft to SQLite from a worker thread, on that thread's own connection.

SQLite connections must not cross threads, so the writer opens its connection on
first use inside the worker and keeps the revision number it expects: every write
is checked against it (optimistic concurrency), so a save made meanwhile by another
window is reported as a ConflictError instead of being overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qcdc_desktop.model import Draft

if TYPE_CHECKING:
    from qcdc_desktop.storage import Database


def snapshot_of(draft: Draft) -> bytes:
    """An immutable copy of the draft for the worker: pickling takes about a millisecond
    for a 100 KB section, the JSON form about fifteen, so the UI thread only pickles."""
    import pickle  # here: an editor's first frame does not wait for the module

    return pickle.dumps(draft, protocol=pickle.HIGHEST_PROTOCOL)


class DraftWriter:
    def __init__(self, db_path: Path, draft_id: str, revision: int) -> None:
        self.db_path = Path(db_path)
        self.draft_id = draft_id
        self.revision = revision
        self._db: Database | None = None

    def _database(self) -> Database:
        if self._db is None:
            from qcdc_desktop.storage import open_database

            # The program checked the file when it started; a full check per editor
            # would read the whole database again on every first save.
            self._db = open_database(self.db_path, check_integrity=False)
        return self._db

    def write(self, snapshot: bytes, reason: str | None = None) -> int:
        """Store a snapshot taken by `snapshot_of`; the new revision number.

        Raises StorageError subclasses (ConflictError when another writer came first).
        """
        import pickle

        from qcdc_desktop.storage import commit_draft

        draft = pickle.loads(snapshot)  # our own bytes, from this process
        result = commit_draft(
            self._database(), draft, reason=reason, expected_revision=self.revision
        )
        self.revision = result.revision_no
        return self.revision

    def stored_revision(self) -> int:
        from qcdc_desktop.storage import draft_revision_no

        return draft_revision_no(self._database(), self.draft_id) or 0

    def overwrite(self, snapshot: bytes) -> int:
        """Save over whatever another window stored (the user chose "Ghi đè")."""
        self.revision = self.stored_revision()
        return self.write(snapshot, reason="save")

    def keep_copy(self, snapshot: bytes, note: str) -> None:
        """Keep our text as a snapshot in the draft's revisions, without touching the row."""
        import pickle

        from qcdc_desktop.storage.draft_rows import content_hash, draft_json
        from qcdc_desktop.storage.revisions import add_revision

        json_text = draft_json(pickle.loads(snapshot))
        db = self._database()
        with db.transaction():
            add_revision(db, self.draft_id, json_text, content_hash(json_text), "reload", note=note)

    def reload(self) -> tuple[Draft, int]:
        from qcdc_desktop.storage import load_draft_with_revision

        draft, revision = load_draft_with_revision(self._database(), self.draft_id)
        self.revision = revision
        return draft, revision

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
