from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from storage_fixtures import make_draft

from qcdc_desktop import paths
from qcdc_desktop.model import draft_to_dict, draft_to_json
from qcdc_desktop.storage import (
    SCHEMA_VERSION,
    DraftListing,
    NewerDatabaseError,
    delete_draft,
    list_drafts,
    list_revisions,
    load_draft,
    open_database,
    save_draft,
)
from qcdc_desktop.storage.draft_rows import content_hash
from qcdc_desktop.storage.migrations import SCHEMA_V2_DRAFTS, SCHEMA_V2_OTHERS


def make_v1_file(path: Path, drafts: list[tuple[str, str]]) -> None:
    """A database exactly as the version-1 program left it, written without our code."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(
        "CREATE TABLE drafts (id TEXT PRIMARY KEY, json TEXT NOT NULL, updated TEXT NOT NULL)"
    )
    conn.executemany(
        "INSERT INTO drafts (id, json, updated) VALUES (?, ?, '2024-03-01T08:00:00+00:00')", drafts
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_fresh_database_has_current_schema(tmp_path: Path) -> None:
    with open_database(paths.database_path(tmp_path)) as db:
        assert db.schema_version == SCHEMA_VERSION == 3
        tables = set(db.utils.table_names())
        assert {"drafts", "revisions", "profiles", "settings", "editor_locks"} <= tables
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert db.scalar("PRAGMA foreign_keys") == 1
    assert not any((tmp_path / "backups").glob("*.sqlite3"))  # nothing to back up


def test_migrates_v1_file_and_keeps_drafts(tmp_path: Path) -> None:
    draft = make_draft()
    broken = json.dumps({"format": "something-else"})
    db_path = paths.database_path(tmp_path)
    make_v1_file(db_path, [(draft.id, json.dumps(draft_to_dict(draft))), ("broken", broken)])

    with open_database(db_path) as db:
        assert db.schema_version == 3
        assert load_draft(db, draft.id) == draft
        summaries = {s.id: s for s in list_drafts(db)}
        assert summaries[draft.id].title == draft.summary
        assert summaries[draft.id].period_year == 2024
        assert summaries[draft.id].created == "2024-03-01T08:00:00+00:00"
        assert summaries[draft.id].revision_no == 1
        # A row the new code cannot read is kept, not dropped.
        assert db.scalar("SELECT json FROM drafts WHERE id = 'broken'") == broken
        assert [s.id for s in list_drafts(db, search="dân chủ")] == [draft.id]
        draft.summary = "Báo cáo sửa sau khi nâng cấp"
        assert save_draft(db, draft, reason="save")
        assert len(list_revisions(db, draft.id)) == 1

    backups = list((tmp_path / "backups").glob("qcdc-*-v1.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT count(*) FROM drafts").fetchone()[0] == 2
    copy.close()


def test_second_open_does_not_back_up_again(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    make_v1_file(db_path, [])
    open_database(db_path).close()
    open_database(db_path).close()
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == 1


@pytest.mark.parametrize("journal_mode", ["WAL", "DELETE"])
def test_newer_database_is_refused_and_untouched(tmp_path: Path, journal_mode: str) -> None:
    db_path = tmp_path / "qcdc.sqlite3"
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(NewerDatabaseError) as caught:
        open_database(db_path)

    assert "phiên bản mới hơn" in str(caught.value)
    assert "Tệp không bị thay đổi" in str(caught.value)
    assert caught.value.found_version == 99
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


OLDER, NEWER = "2024-03-01T08:00:00+00:00", "2024-03-02T08:00:00+00:00"


def make_v2_file(path: Path, rows: list[tuple[str, str, str, str, str]]) -> None:
    """A version-2 database: (id, title, updated, search_plain, search_folded) rows whose
    search columns hold each distinct word once, as version 2 wrote them."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript(SCHEMA_V2_DRAFTS + SCHEMA_V2_OTHERS)
    for draft_id, title, updated, plain, folded in rows:
        draft = make_draft(title)
        draft.id = draft_id
        text = draft_to_json(draft, indent=None)
        conn.execute(
            "INSERT INTO drafts (id, doc_type, period_kind, period_year, title, created, updated,"
            " content_hash, search_plain, search_folded, json)"
            " VALUES (?, 'bc-qcdc', 'h1', 2024, ?, ?, ?, ?, ?, ?, ?)",
            (draft_id, title, updated, updated, content_hash(text), plain, folded, text),
        )
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def test_migrates_v2_file_to_full_text_search(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    make_v2_file(
        db_path,
        [
            (
                "a",
                "Đề án dân chủ",
                "2024-03-02T08:00:00+00:00",
                "an\nchu\ndan\nde",
                "dân\nchủ\nán\nđề",
            ),
            ("b", "Báo cáo chuyển đổi số", OLDER, "bao\ncao\nchuyen\ndoi\nso", "báo\ncáo\nđổi\nsố"),
        ],
    )
    with open_database(db_path) as db:
        assert db.schema_version == 3
        assert "drafts_fts" in db.utils.table_names()

        def found(query: str) -> list[str]:
            return [s.id for s in list_drafts(db, search=query)]

        # The index is built from the rows version 2 left, without parsing any draft.
        assert found("dân chủ") == ["a"]
        assert found("dan") == ["a"]
        assert found("đổi số") == ["b"]
        assert found("chu") == ["a", "b"]  # "chủ" and "chuyển", newest first
        assert found("dần") == []
        # The title's sort key was filled in: "Đề án" sorts among the d's, after "Báo".
        by_title = DraftListing(db, sort="title", descending=False)
        assert [s.id for s in by_title.page(0, 10)] == ["b", "a"]
        # Triggers keep the index current: a save replaces the words, a deletion and a
        # purge take the draft out.
        draft = load_draft(db, "b")
        draft.sections[0].blocks[0].text = "Hội nghị tiếp xúc cử tri"
        draft.summary = "Báo cáo tiếp xúc"
        assert save_draft(db, draft)
        assert found("cu tri") == ["b"]
        assert found("chuyển") == []
        delete_draft(db, "a")
        assert found("dân") == []
        assert db.scalar("SELECT count(*) FROM drafts_fts WHERE drafts_fts MATCH 'dân'") == 1
        db.execute("DELETE FROM drafts WHERE id = 'a'")
        assert db.scalar("SELECT count(*) FROM drafts_fts WHERE drafts_fts MATCH 'dân'") == 0
        assert db.scalar("SELECT count(*) FROM drafts_fts WHERE drafts_fts MATCH 'tri'") == 1

    backups = list((tmp_path / "backups").glob("qcdc-*-v2.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 2
    copy.close()
