"""Versioned schema. `PRAGMA user_version` holds the version; each step is one transaction.

Steps are never edited once released: a change to the schema is a new step, with a
test that opens a database of the previous version. A fresh database runs every step
too, so it always has exactly the schema a migrated one has. A new step that changes
a table's columns beyond ALTER TABLE ... ADD COLUMN calls `transform_table` rather than
renaming, copying and dropping by hand as version 2 did.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qcdc_desktop.storage.database import Database
from qcdc_desktop.storage.draft_rows import content_hash, draft_columns, title_key
from qcdc_desktop.storage.errors import corrupt_database_error, newer_database_error

# Version 1: the first release kept each draft as a JSON blob and nothing else.
SCHEMA_V1 = """
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    json TEXT NOT NULL,
    updated TEXT NOT NULL
);
"""

# Version 2: list columns cached from the JSON, trash, revisions with optimistic
# concurrency, agency profiles, settings and editor locks. The large columns come
# last: SQLite stores a row's columns in order, so listing reads the small ones
# without walking the overflow pages of the JSON.
SCHEMA_V2_DRAFTS = """
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    doc_type TEXT NOT NULL DEFAULT '',
    period_kind TEXT NOT NULL DEFAULT '',
    period_year INTEGER,
    title TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'editing' CHECK (state IN ('editing', 'exported')),
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    deleted_at TEXT,
    content_hash TEXT NOT NULL,
    revision_no INTEGER NOT NULL DEFAULT 1,
    exported_path TEXT,
    exported_at TEXT,
    search_plain TEXT NOT NULL DEFAULT '',
    search_folded TEXT NOT NULL DEFAULT '',
    json TEXT NOT NULL
);
-- Covers the list view, so listing never reads the rows' large columns.
CREATE INDEX drafts_list ON drafts (
    deleted_at, updated, id, title, doc_type, period_kind, period_year, state, created,
    revision_no
);
"""

SCHEMA_V2_OTHERS = """
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    json BLOB NOT NULL, -- zlib-compressed UTF-8 JSON (plain TEXT is read too)
    content_hash TEXT NOT NULL,
    created TEXT NOT NULL,
    reason TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX revisions_by_draft ON revisions (draft_id, id);
CREATE TABLE profiles (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    json TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    updated TEXT NOT NULL
);
CREATE UNIQUE INDEX profiles_one_default ON profiles (is_default) WHERE is_default = 1;
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE editor_locks (
    draft_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    heartbeat REAL NOT NULL
);
"""

# Version 3: full-text search. SQLite keeps an FTS5 index of the two search columns
# (the draft's words folded with and without diacritics) up to date through triggers,
# so a search is an index lookup instead of a scan of every draft. Queries are word
# beginnings in one column (storage.draft_rows.search_match): the index keeps which
# column a word is in, not its positions (detail=column), and has prefix indexes for
# one- and two-letter beginnings, typed first in a search box. The index refers
# to the drafts' rowids, which backups (page copies) keep; a VACUUM could renumber
# them and must be followed by INSERT INTO drafts_fts(drafts_fts) VALUES ('rebuild').
# The title's folded sort key joins the list index, which still covers every query of
# the list view.
SCHEMA_V3 = [
    "ALTER TABLE drafts ADD COLUMN title_key TEXT NOT NULL DEFAULT ''",
    "DROP INDEX drafts_list",
    """CREATE INDEX drafts_list ON drafts (
        deleted_at, updated, id, title, doc_type, period_kind, period_year, state, created,
        revision_no, title_key
    )""",
    """CREATE VIRTUAL TABLE drafts_fts USING fts5(
        search_plain, search_folded, content='drafts', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 0', detail=column, prefix='1 2'
    )""",
    """CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN
        INSERT INTO drafts_fts (rowid, search_plain, search_folded)
        VALUES (new.rowid, new.search_plain, new.search_folded);
    END""",
    """CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN
        INSERT INTO drafts_fts (drafts_fts, rowid, search_plain, search_folded)
        VALUES ('delete', old.rowid, old.search_plain, old.search_folded);
    END""",
    """CREATE TRIGGER drafts_fts_update AFTER UPDATE OF search_plain, search_folded ON drafts
    WHEN old.search_plain IS NOT new.search_plain OR old.search_folded IS NOT new.search_folded
    BEGIN
        INSERT INTO drafts_fts (drafts_fts, rowid, search_plain, search_folded)
        VALUES ('delete', old.rowid, old.search_plain, old.search_folded);
        INSERT INTO drafts_fts (rowid, search_plain, search_folded)
        VALUES (new.rowid, new.search_plain, new.search_folded);
    END""",
]

log = logging.getLogger(__name__)


def _run_script(db: Database, script: str) -> None:
    # executescript() would commit the open transaction, so run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _create_v1(db: Database) -> None:
    _run_script(db, SCHEMA_V1)


def _v1_to_v2(db: Database) -> None:
    from qcdc_desktop.model import DraftFormatError, draft_from_json

    old_rows = db.query("SELECT id, json, updated FROM drafts")
    db.execute("ALTER TABLE drafts RENAME TO drafts_v1")
    _run_script(db, SCHEMA_V2_DRAFTS)
    for row in old_rows:
        text = row["json"]
        try:
            columns = draft_columns(draft_from_json(text), text)
        except (DraftFormatError, RecursionError, json.JSONDecodeError):
            # Keep an unreadable draft as it is rather than lose it; it lists untitled.
            columns = {"content_hash": content_hash(text)}
        columns.pop("title_key", None)  # a version 3 column, added by the next step
        columns.update(id=row["id"], json=text, created=row["updated"], updated=row["updated"])
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        db.execute(f"INSERT INTO drafts ({names}) VALUES ({marks})", list(columns.values()))
    db.execute("DROP TABLE drafts_v1")
    _run_script(db, SCHEMA_V2_OTHERS)


def _v2_to_v3(db: Database) -> None:
    for statement in SCHEMA_V3:
        db.execute(statement)
    for draft_id, title in db.rows("SELECT id, title FROM drafts"):
        db.execute("UPDATE drafts SET title_key = ? WHERE id = ?", (title_key(title), draft_id))
    # The search columns keep version 2's form, each distinct word once, so the index
    # is built from them and no draft has to be parsed here. (Version 2 dropped other
    # non-ASCII characters from the words without diacritics instead of splitting
    # there; a draft's next save writes them the new way.)
    db.execute("INSERT INTO drafts_fts (drafts_fts) VALUES ('rebuild')")


def transform_table(db: Database, table: str, **changes: Any) -> None:
    """Rebuild `table` in a step with sqlite-utils' `Table.transform(**changes)` (types,
    rename, drop, not_null, defaults, column_order...).

    transform() follows SQLite's procedure (create, copy, drop, rename) and keeps what a
    hand-written copy easily loses: the rowids, which the full-text index refers to;
    CHECK and UNIQUE constraints; AUTOINCREMENT and its sequence; the indexes. Dropping
    the old table drops its triggers, so they are created again from their SQL; one that
    names a renamed or dropped column fails the step, which must then write its own.
    """
    target = db.utils.table(table)
    triggers = [trigger.sql for trigger in target.triggers]
    target.transform(**changes)
    for sql in triggers:
        db.execute(sql)


def _dangling_references(db: Database) -> set[tuple[object, ...]]:
    """(table, rowid, parent, key) of every row whose reference points at no row."""
    return set(db.rows("PRAGMA foreign_key_check"))


# (version reached, step). The step for version N runs on a database at version N - 1.
STEPS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _create_v1),
    (2, _v1_to_v2),
    (3, _v2_to_v3),
]
SCHEMA_VERSION = STEPS[-1][0]


def migrate(db: Database, backups: Callable[[], Path], target: int = SCHEMA_VERSION) -> int:
    """Bring the database to `target`; returns the version it had before.

    A file that already holds data is copied into `backups()` first. Each step
    re-reads the version under the write lock, so two processes starting at once
    do not both run it.
    """
    start = db.schema_version
    if start > SCHEMA_VERSION:
        raise newer_database_error(start, SCHEMA_VERSION)
    if start >= target:
        return start
    if start == 0 and db.scalar("SELECT count(*) FROM sqlite_master"):
        # Tables but no version: some other program's database, not ours to change.
        raise corrupt_database_error(db.path)
    log.info("migrating %s from schema %d to %d", db.path, start, target)
    if start >= 1:
        from qcdc_desktop.storage.backups import backup_database  # only when migrating

        backup_database(db.conn, backups(), start)
    # SQLite's procedure for schema changes: foreign keys off while a step runs (with
    # them on, dropping the old drafts table in a rebuild would delete every revision
    # through ON DELETE CASCADE), and checked before the step commits.
    enforced = bool(db.scalar("PRAGMA foreign_keys"))
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        for version, step in STEPS:
            if version > target:
                break
            with db.transaction():
                current = db.schema_version
                if current > SCHEMA_VERSION:
                    raise newer_database_error(current, SCHEMA_VERSION)
                if current >= version:
                    continue
                # Only what the step leaves dangling fails it: a row some other program
                # left so must not keep the file from ever being upgraded.
                before = _dangling_references(db)
                step(db)
                added = _dangling_references(db) - before
                if added:
                    tables = ", ".join(sorted({str(row[0]) for row in added}))
                    raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed in {tables}")
                db.execute(f"PRAGMA user_version = {version}")
    finally:
        if enforced:
            db.execute("PRAGMA foreign_keys = ON")
    return start
