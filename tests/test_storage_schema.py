"""The schema a fresh database gets, and table rebuilds in new migration steps."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from storage_fixtures import make_draft
from test_storage_migrations import OLDER, make_v1_file, make_v2_file

from qcdc_desktop import paths
from qcdc_desktop.model import draft_to_dict
from qcdc_desktop.storage import (
    Database,
    StorageError,
    list_drafts,
    list_revisions,
    load_draft,
    migrations,
    open_database,
    save_draft,
)
from qcdc_desktop.storage.migrations import SCHEMA_VERSION, migrate, transform_table


def schema_of(path: Path) -> list[tuple[str, str, str, str]]:
    """Every table, index, trigger and virtual table as SQLite stores it."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        ).fetchall()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    return sorted(rows)


def test_fresh_database_has_the_schema_every_migration_produces(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh" / "qcdc.sqlite3"
    from_v1 = tmp_path / "v1" / "qcdc.sqlite3"
    from_v2 = tmp_path / "v2" / "qcdc.sqlite3"
    for folder in (from_v1, from_v2):
        folder.parent.mkdir()
    draft = make_draft()
    make_v1_file(from_v1, [(draft.id, json.dumps(draft_to_dict(draft)))])
    make_v2_file(from_v2, [("a", "Đề án", OLDER, "an\nde", "án\nđề")])
    for path in (fresh, from_v1, from_v2):
        open_database(path).close()

    expected = schema_of(fresh)
    assert {name for kind, name, *_ in expected if kind == "table"} >= {
        "drafts",
        "drafts_fts",
        "revisions",
        "profiles",
        "settings",
        "editor_locks",
    }
    assert schema_of(from_v1) == expected
    assert schema_of(from_v2) == expected


def run_step(
    db: Database, step: Callable[[Database], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run `step` as the next version's migration, the way open_database runs one."""
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, (SCHEMA_VERSION + 1, step)])
    migrate(db, lambda: db.path.parent / "backups", target=SCHEMA_VERSION + 1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(paths.database_path(tmp_path))
    yield database
    database.close()


def test_rebuilt_drafts_table_keeps_rows_revisions_search_and_constraints(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = make_draft("Đề án dân chủ"), make_draft("Báo cáo chuyển đổi số")
    for draft in (first, second):
        save_draft(db, draft, reason="save")
    rowids = db.rows("SELECT id, rowid FROM drafts ORDER BY id")
    index_sql = db.scalar("SELECT sql FROM sqlite_master WHERE name = 'drafts_list'")

    def step(database: Database) -> None:
        transform_table(database, "drafts", rename={"exported_path": "exported_file"})

    run_step(db, step, monkeypatch)

    columns = db.utils.table("drafts").columns_dict
    assert "exported_file" in columns and "exported_path" not in columns
    assert db.rows("SELECT id, rowid FROM drafts ORDER BY id") == rowids
    assert db.scalar("SELECT sql FROM sqlite_master WHERE name = 'drafts_list'") == index_sql
    assert load_draft(db, first.id) == first
    # With foreign keys on, dropping the old table would have emptied revisions (CASCADE).
    assert len(list_revisions(db, first.id)) == 1
    assert db.scalar("PRAGMA foreign_keys") == 1
    # The index still points at the right rows, and its triggers were made again.
    assert [s.id for s in list_drafts(db, search="dan chu")] == [first.id]
    second.summary = "Báo cáo tiếp xúc cử tri"
    assert save_draft(db, second)
    assert [s.id for s in list_drafts(db, search="cử tri")] == [second.id]
    with pytest.raises(StorageError, match="CHECK"):
        db.execute("UPDATE drafts SET state = 'lost' WHERE id = ?", (first.id,))


def test_rebuilt_table_keeps_autoincrement_and_partial_unique_index(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = make_draft()
    for n in range(3):
        draft.summary = f"Bản {n}"
        save_draft(db, draft, reason="save")
    db.execute("DELETE FROM revisions WHERE id = (SELECT max(id) FROM revisions)")
    newest = db.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'revisions'")

    def step(database: Database) -> None:
        transform_table(database, "revisions", column_order=["id", "draft_id", "reason"])
        transform_table(database, "profiles", defaults={"name": "Cơ quan"})

    run_step(db, step, monkeypatch)

    draft.summary = "Bản mới"
    save_draft(db, draft, reason="save")
    # A number once used is never given again, as AUTOINCREMENT promises.
    assert list_revisions(db, draft.id)[0].id == newest + 1
    db.execute("INSERT INTO profiles (id, json, is_default, updated) VALUES ('a', '{}', 1, '')")
    assert db.scalar("SELECT name FROM profiles") == "Cơ quan"
    with pytest.raises(StorageError, match="UNIQUE"):
        db.execute("INSERT INTO profiles (id, json, is_default, updated) VALUES ('b', '{}', 1, '')")


def test_step_leaving_dangling_references_is_rolled_back(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = make_draft()
    save_draft(db, draft, reason="save")

    def step(database: Database) -> None:
        database.execute("DELETE FROM drafts")

    with pytest.raises(StorageError, match="FOREIGN KEY"):
        run_step(db, step, monkeypatch)

    assert db.schema_version == SCHEMA_VERSION
    assert load_draft(db, draft.id) == draft
    assert db.scalar("PRAGMA foreign_keys") == 1


def test_reference_left_dangling_before_does_not_block_a_step(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A revision whose draft some other program deleted (with foreign keys off) is kept
    as it is, and the file can still be upgraded."""
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute(
        "INSERT INTO revisions (draft_id, json, content_hash, created, reason)"
        " VALUES ('gone', '{}', '', '', 'save')"
    )
    db.execute("PRAGMA foreign_keys = ON")

    run_step(db, lambda database: transform_table(database, "settings"), monkeypatch)

    assert db.schema_version == SCHEMA_VERSION + 1
    assert db.scalar("SELECT count(*) FROM revisions WHERE draft_id = 'gone'") == 1
