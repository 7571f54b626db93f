"""Saving, loading, listing and trashing drafts.

Every draft row carries `revision_no`, incremented on each content write. A window
remembers the number it loaded and passes it back as `expected_revision`; if another
window or process wrote in between, the save is refused with ConflictError instead of
silently overwriting that work.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcdc_desktop.storage.database import Database
from qcdc_desktop.storage.draft_rows import (
    content_hash,
    draft_columns,
    draft_json,
    search_match,
)
from qcdc_desktop.storage.errors import ConflictError, DraftNotFoundError
from qcdc_desktop.storage.revisions import (
    DEFAULT_KEEP_REVISIONS,
    REVISION_REASONS,
    add_revision,
    newest_revision_hash,
)
from qcdc_desktop.storage.timestamps import utc_now

if TYPE_CHECKING:
    # The model loads with the first draft read or written, not with the drafts list.
    from qcdc_desktop.model import Draft

SUMMARY_COLUMNS = (
    "id, title, doc_type, period_kind, period_year, state, updated, created,"
    " deleted_at, revision_no"
)
_ORDERS = {
    "updated": "updated DESC",
    "created": "created DESC",
    "title": "title_key ASC, updated DESC",
    "period": "period_year DESC, period_kind ASC, updated DESC",
}

# Drafts whose words match an FTS5 expression (storage.draft_rows.search_match).
MATCH_CLAUSE = "rowid IN (SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH ?)"

log = logging.getLogger(__name__)


@dataclass(slots=True)
class DraftSummary:
    """One line of the drafts list, read without parsing the JSON.

    Not frozen: building a thousand frozen instances cost more than the query.
    The field order is the column order of SUMMARY_COLUMNS.
    """

    id: str
    title: str
    doc_type: str
    period_kind: str
    period_year: int | None
    state: str
    updated: str
    created: str
    deleted_at: str | None = None
    revision_no: int = 0
    damaged: bool = False  # the stored row failed its hash check (storage.integrity)


@dataclass(frozen=True)
class SaveResult:
    written: bool  # False when the content was unchanged and the row was left alone
    revision_no: int  # the row's number after the save: the next expected_revision


def _not_found(draft_id: str) -> DraftNotFoundError:
    return DraftNotFoundError(
        f"Không tìm thấy bản thảo “{draft_id}”; có thể nó đã bị xóa vĩnh viễn."
    )


def _require_draft(db: Database, draft_id: str) -> None:
    if db.scalar("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)) is None:
        raise _not_found(draft_id)


def commit_draft(
    db: Database,
    draft: Draft,
    *,
    reason: str | None = None,
    expected_revision: int | None = None,
    keep_revisions: int = DEFAULT_KEEP_REVISIONS,
    note: str = "",
) -> SaveResult:
    """Save `draft` and report the row's new revision number (see `save_draft`)."""
    if reason is not None and reason not in REVISION_REASONS:
        raise ValueError(f"unknown save reason {reason!r}; use one of {REVISION_REASONS}")
    text = draft_json(draft)
    hash_ = content_hash(text)
    if reason is None:
        # Unchanged autosaves are the common case: answer them with a plain read, so
        # they never wait for (or hold) the write lock.
        row = db.query_one("SELECT revision_no, content_hash FROM drafts WHERE id = ?", (draft.id,))
        if row is not None and row["content_hash"] == hash_:
            if expected_revision is not None and expected_revision != row["revision_no"]:
                raise ConflictError()
            return SaveResult(False, int(row["revision_no"]))
    with db.transaction():
        row = db.query_one("SELECT revision_no, content_hash FROM drafts WHERE id = ?", (draft.id,))
        current = int(row["revision_no"]) if row else 0
        if expected_revision is not None and expected_revision != current:
            log.info(
                "save of %s refused: revision %s expected, %d stored",
                draft.id,
                expected_revision,
                current,
            )
            raise ConflictError()
        if row is not None and row["content_hash"] == hash_:
            # Autosave may already have stored this content; an explicit save still
            # deserves its snapshot, but nothing else is written.
            if reason is not None and newest_revision_hash(db, draft.id) != hash_:
                add_revision(db, draft.id, text, hash_, reason, note=note, keep=keep_revisions)
            return SaveResult(False, current)
        columns: dict[str, Any] = draft_columns(draft, text, hash_)
        columns["json"] = text
        now = utc_now()
        if row is None:
            columns.update(id=draft.id, created=now, updated=now, revision_no=1)
            names = ", ".join(columns)
            marks = ", ".join("?" for _ in columns)
            db.execute(f"INSERT INTO drafts ({names}) VALUES ({marks})", list(columns.values()))
        else:
            columns.update(updated=now, state="editing")
            sets = ", ".join(f"{name} = ?" for name in columns)
            db.execute(
                f"UPDATE drafts SET {sets}, revision_no = revision_no + 1 WHERE id = ?",
                [*columns.values(), draft.id],
            )
        if reason is not None:
            add_revision(db, draft.id, text, hash_, reason, note=note, keep=keep_revisions)
        return SaveResult(True, current + 1)


def save_draft(
    db: Database,
    draft: Draft,
    *,
    reason: str | None = None,
    expected_revision: int | None = None,
    keep_revisions: int = DEFAULT_KEEP_REVISIONS,
) -> bool:
    """Save in one transaction. False (and no row written) when the content is unchanged.

    `reason` ("save", "export", "import", "duplicate") also keeps a snapshot in the
    draft's revisions, the newest `keep_revisions` of them. `expected_revision`
    raises ConflictError when the stored row's number differs (0 = must not exist).
    """
    return commit_draft(
        db,
        draft,
        reason=reason,
        expected_revision=expected_revision,
        keep_revisions=keep_revisions,
    ).written


def autosave_draft(db: Database, draft: Draft, *, expected_revision: int | None = None) -> bool:
    """A save without a revision snapshot, for the periodic timer."""
    return save_draft(db, draft, expected_revision=expected_revision)


def draft_revision_no(db: Database, draft_id: str) -> int | None:
    """The row's current revision number, or None when there is no such draft."""
    value = db.scalar("SELECT revision_no FROM drafts WHERE id = ?", (draft_id,))
    return None if value is None else int(value)


def load_draft_with_revision(db: Database, draft_id: str) -> tuple[Draft, int]:
    """The draft and its revision number, read together so they match.

    The row is checked against its stored hash: a damaged row raises DamagedDraftError
    (Vietnamese, offering a good revision or a backup) instead of silently changed text.
    """
    from qcdc_desktop.model import DraftFormatError, draft_from_json
    from qcdc_desktop.storage.integrity import read_draft_row

    row = read_draft_row(db, draft_id)
    if row is None:
        raise _not_found(draft_id)
    try:
        return draft_from_json(row[0]), row[1]
    except DraftFormatError as exc:
        # The row is intact but is no draft this program can read (a version 1 row
        # kept as it was by the migration): reported like damage, never a crash.
        from qcdc_desktop.storage.integrity import damaged_draft_error, mark_damaged

        mark_damaged(db, draft_id)
        raise damaged_draft_error(db, draft_id) from exc


def load_draft(db: Database, draft_id: str) -> Draft:
    return load_draft_with_revision(db, draft_id)[0]


def list_drafts(
    db: Database,
    *,
    search: str | None = None,
    include_deleted: bool = False,
    order: str = "updated",
) -> list[DraftSummary]:
    """Drafts for the list view. `search` matches every word, with or without diacritics."""
    if order not in _ORDERS:
        raise ValueError(f"unknown order {order!r}; use one of {sorted(_ORDERS)}")
    where: list[str] = []
    params: list[Any] = []
    if not include_deleted:
        where.append("deleted_at IS NULL")
    match = search_match(search or "")
    if match is not None:
        where.append(MATCH_CLAUSE)
        params.append(match)
    sql = f"SELECT {SUMMARY_COLUMNS} FROM drafts"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {_ORDERS[order]}"
    return read_summaries(db, sql, params)


def read_summaries(
    db: Database, sql: str, params: list[Any] | tuple[Any, ...] = ()
) -> list[DraftSummary]:
    """Summary rows; damaged drafts are flagged and their title marked, and a title
    whose bytes were damaged is shown as far as it can be read instead of failing."""
    from qcdc_desktop.storage.errors import StorageError
    from qcdc_desktop.storage.integrity import (
        DAMAGED_MARK,
        damaged_ids,
        is_decode_error,
        tolerant_reading,
    )

    try:
        rows = db.rows(sql, params)
    except StorageError as exc:
        if not is_decode_error(exc):
            raise
        with tolerant_reading(db):
            rows = db.rows(sql, params)
        rows = [
            tuple(
                v.encode("utf-8", "replace").decode("utf-8") if isinstance(v, str) else v for v in r
            )
            for r in rows
        ]
    summaries = [DraftSummary(*row) for row in rows]
    damaged = damaged_ids(db)
    if damaged:
        for summary in summaries:
            if summary.id in damaged:
                summary.damaged = True
                summary.title = DAMAGED_MARK + summary.title
    return summaries


def list_trash(db: Database) -> list[DraftSummary]:
    """Drafts in the trash, most recently deleted first."""
    return read_summaries(
        db,
        f"SELECT {SUMMARY_COLUMNS} FROM drafts WHERE deleted_at IS NOT NULL"
        " ORDER BY deleted_at DESC",
    )


def delete_draft(
    db: Database,
    draft_id: str,
    *,
    owner: str | None = None,
    expected_revision: int | None = None,
) -> None:
    """Move a draft to the trash (it can be restored).

    Refused (DraftOpenElsewhereError, naming the window) while an editor other than
    `owner`'s holds the draft, and (ConflictError) when `expected_revision` is given
    and a newer save came in since the caller looked.
    """
    from qcdc_desktop.storage.revision_history import refuse_if_open_elsewhere

    with db.transaction():
        _require_draft(db, draft_id)
        refuse_if_open_elsewhere(db, draft_id, owner, "chuyển bản thảo vào thùng rác")
        sql = "UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"
        params: list[Any] = [utc_now(), draft_id]
        if expected_revision is not None:
            sql += " AND revision_no = ?"
            params.append(expected_revision)
        cursor = db.execute(sql, params)
        if cursor.rowcount == 0 and expected_revision is not None:
            if draft_revision_no(db, draft_id) != expected_revision:
                raise ConflictError()


def restore_draft(db: Database, draft_id: str) -> None:
    """Take a draft out of the trash; only its deletion mark changes."""
    with db.transaction():
        _require_draft(db, draft_id)
        db.execute(
            "UPDATE drafts SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
            (draft_id,),
        )


def purge_draft(db: Database, draft_id: str, *, owner: str | None = None) -> None:
    """Delete a draft for good, with its revisions and editor lock.

    Refused while an editor other than `owner`'s holds the draft.
    """
    from qcdc_desktop.storage.revision_history import refuse_if_open_elsewhere

    with db.transaction():
        _require_draft(db, draft_id)
        refuse_if_open_elsewhere(db, draft_id, owner, "xóa vĩnh viễn bản thảo")
        db.execute("DELETE FROM revisions WHERE draft_id = ?", (draft_id,))
        db.execute("DELETE FROM editor_locks WHERE draft_id = ?", (draft_id,))
        db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))


def empty_trash(db: Database, *, owner: str | None = None) -> int:
    """Purge every draft in the trash; returns how many."""
    with db.transaction():
        ids = [row["id"] for row in db.query("SELECT id FROM drafts WHERE deleted_at IS NOT NULL")]
        for draft_id in ids:
            purge_draft(db, draft_id, owner=owner)
    return len(ids)


def duplicate_draft(db: Database, draft_id: str) -> Draft:
    """A copy under a new id, saved at once."""
    from qcdc_desktop.model import copy_draft, new_id

    copy = copy_draft(load_draft(db, draft_id))
    copy.id = new_id()
    commit_draft(db, copy, reason="duplicate", expected_revision=0, note=draft_id)
    return copy


def content_hash_of(draft: Draft) -> str:
    """The hash the row of this draft's content would carry."""
    return content_hash(draft_json(draft))


def mark_exported(
    db: Database, draft_id: str, path: str | Path, *, exported: Draft | None = None
) -> bool:
    """Record an export and snapshot the exported content. The revision number is kept:
    exporting does not change the content another window may be editing.

    `exported` is the draft as it was written to the file (default: the stored row).
    The row is marked exported only while it still holds that content (a conditional
    update): when an editor saved meanwhile, its newer text stays as it is, still
    "editing", and the exported text is kept as a snapshot. Returns whether the row
    was marked.
    """
    with db.transaction():
        row = db.query_one("SELECT json, content_hash FROM drafts WHERE id = ?", (draft_id,))
        if row is None:
            raise _not_found(draft_id)
        if exported is None:
            text, hash_ = str(row["json"]), str(row["content_hash"])
        else:
            text = draft_json(exported)
            hash_ = content_hash(text)
        cursor = db.execute(
            "UPDATE drafts SET state = 'exported', exported_path = ?, exported_at = ?"
            " WHERE id = ? AND content_hash = ?",
            (str(path), utc_now(), draft_id, hash_),
        )
        add_revision(db, draft_id, text, hash_, "export", note=str(path))
        return cursor.rowcount > 0


def import_json(db: Database, text: str | bytes) -> Draft:
    """Parse a draft file and save it; a draft whose id is taken gets a new one."""
    from qcdc_desktop.model import draft_from_json, new_id

    draft = draft_from_json(text)
    with db.transaction():
        if db.scalar("SELECT 1 FROM drafts WHERE id = ?", (draft.id,)) is not None:
            draft.id = new_id()
        commit_draft(db, draft, reason="import", expected_revision=0)
    return draft
