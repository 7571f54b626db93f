from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_fixtures import make_draft

from qcdc_desktop import paths
from qcdc_desktop.model import Block, DraftFormatError, draft_to_dict, draft_to_json
from qcdc_desktop.storage import (
    Database,
    DraftNotFoundError,
    RevisionNotFoundError,
    autosave_draft,
    commit_draft,
    delete_draft,
    draft_revision_no,
    duplicate_draft,
    empty_trash,
    import_json,
    list_drafts,
    list_revisions,
    list_trash,
    load_draft,
    load_revision,
    mark_exported,
    open_database,
    purge_draft,
    restore_draft,
    save_draft,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(paths.database_path(tmp_path))
    yield database
    database.close()


def test_save_and_load_round_trip(db: Database) -> None:
    draft = make_draft()
    assert save_draft(db, draft)
    assert load_draft(db, draft.id) == draft
    assert draft_revision_no(db, draft.id) == 1
    assert draft_revision_no(db, "missing") is None
    with pytest.raises(DraftNotFoundError):
        load_draft(db, "missing")


def test_stored_json_is_the_model_json_form(db: Database) -> None:
    draft = make_draft()
    draft.extra["from_newer_build"] = {"kept": [1, 2]}
    draft.sections[0].blocks[0].extra["note"] = "giữ nguyên"
    save_draft(db, draft)
    stored = db.scalar("SELECT json FROM drafts WHERE id = ?", (draft.id,))
    assert json.loads(stored) == draft_to_dict(draft)
    assert load_draft(db, draft.id) == draft


def test_listing_reads_only_the_covering_index(db: Database) -> None:
    plan = db.query(
        "EXPLAIN QUERY PLAN SELECT id, title, doc_type, period_kind, period_year, state,"
        " updated, created, deleted_at, revision_no FROM drafts WHERE deleted_at IS NULL"
        " ORDER BY updated DESC"
    )
    assert any("COVERING INDEX drafts_list" in row["detail"] for row in plan)


def test_unchanged_save_writes_nothing(db: Database) -> None:
    draft = make_draft()
    save_draft(db, draft, reason="save")
    before = db.query_one("SELECT updated, revision_no FROM drafts")
    changes = db.total_changes
    assert not save_draft(db, draft, reason="save")
    assert not autosave_draft(db, draft)
    assert db.total_changes == changes
    assert db.query_one("SELECT updated, revision_no FROM drafts") == before
    assert len(list_revisions(db, draft.id)) == 1


def test_autosave_then_explicit_save_still_snapshots(db: Database) -> None:
    draft = make_draft()
    assert autosave_draft(db, draft)
    assert list_revisions(db, draft.id) == []
    result = commit_draft(db, draft, reason="save")
    assert not result.written and result.revision_no == 1
    assert [r.reason for r in list_revisions(db, draft.id)] == ["save"]


def test_changed_save_bumps_revision_and_state(db: Database) -> None:
    draft = make_draft()
    save_draft(db, draft)
    mark_exported(db, draft.id, "/tmp/bao-cao.docx")
    assert list_drafts(db)[0].state == "exported"
    assert draft_revision_no(db, draft.id) == 1  # exporting does not change the content
    draft.sections[0].blocks.append(Block(text="Đoạn mới"))
    result = commit_draft(db, draft)
    assert result.written and result.revision_no == 2
    assert list_drafts(db)[0].state == "editing"
    revisions = list_revisions(db, draft.id)
    assert [(r.reason, r.note) for r in revisions] == [("export", "/tmp/bao-cao.docx")]


def test_revisions_are_capped(db: Database) -> None:
    draft = make_draft()
    for i in range(25):
        draft.summary = f"Báo cáo lần {i}"
        save_draft(db, draft, reason="save")
    revisions = list_revisions(db, draft.id)
    assert len(revisions) == 20
    assert load_revision(db, revisions[0].id).summary == "Báo cáo lần 24"
    assert load_revision(db, revisions[-1].id).summary == "Báo cáo lần 5"
    draft.summary = "Lần cuối"
    save_draft(db, draft, reason="save", keep_revisions=3)
    assert len(list_revisions(db, draft.id)) == 3


def test_missing_things_and_bad_reasons(db: Database) -> None:
    with pytest.raises(DraftNotFoundError):
        mark_exported(db, "missing", "x.docx")
    with pytest.raises(DraftNotFoundError):
        delete_draft(db, "missing")
    with pytest.raises(RevisionNotFoundError):
        load_revision(db, 12345)
    with pytest.raises(ValueError):
        save_draft(db, make_draft(), reason="autosave")
    assert list_drafts(db) == []


def test_trash_restore_and_purge(db: Database) -> None:
    keep, trash = make_draft("Báo cáo giữ lại"), make_draft("Báo cáo bỏ đi")
    save_draft(db, keep)
    save_draft(db, trash, reason="save")
    delete_draft(db, trash.id)
    assert [s.id for s in list_drafts(db)] == [keep.id]
    assert [s.id for s in list_trash(db)] == [trash.id]
    assert list_trash(db)[0].deleted_at is not None
    assert {s.id for s in list_drafts(db, include_deleted=True)} == {keep.id, trash.id}

    restore_draft(db, trash.id)
    assert list_trash(db) == []
    assert len(list_drafts(db)) == 2

    delete_draft(db, trash.id)
    purge_draft(db, trash.id)
    assert list_trash(db) == []
    assert db.scalar("SELECT count(*) FROM revisions WHERE draft_id = ?", (trash.id,)) == 0
    with pytest.raises(DraftNotFoundError):
        restore_draft(db, trash.id)

    delete_draft(db, keep.id)
    assert empty_trash(db) == 1
    assert list_drafts(db, include_deleted=True) == []


def test_search_handles_vietnamese(db: Database) -> None:
    target = make_draft("Kết quả thực hiện dân chủ ở cơ sở năm 2024")
    other = make_draft("Báo cáo công tác cải cách hành chính")
    other.sections[0].blocks = [Block(text="Đẩy mạnh chuyển đổi số")]
    save_draft(db, target)
    save_draft(db, other)

    def found(query: str) -> set[str]:
        return {s.id for s in list_drafts(db, search=query)}

    assert found("dân chủ") == {target.id}
    assert found("DÂN CHỦ") == {target.id}
    assert found("dan chu") == {target.id}  # typed without diacritics
    assert found("da\u0302n chu\u0309") == {target.id}  # decomposed input
    assert found("dần") == set()  # with diacritics the match is exact
    assert found("chuyển đổi") == {other.id}  # paragraph text, not only the title
    assert found("đẩy mạnh số") == {other.id}  # every word, in any order
    assert found("100%") == set()
    assert found("Số") == {other.id}  # "chuyển đổi số"
    assert found("doi so") == {other.id}
    assert found("so") == {target.id, other.id}  # "cơ sở" too
    other.sections[0].blocks.append(Block(text="Đạt 100% 👍 kế hoạch"))
    save_draft(db, other)
    assert found("100% 👍") == {other.id}
    assert found("dat ke hoach") == {other.id}
    assert len(found("")) == 2


def test_list_orders(db: Database) -> None:
    first, second = make_draft("B báo cáo"), make_draft("A báo cáo")
    save_draft(db, first)
    time.sleep(0.002)
    save_draft(db, second)
    assert [s.id for s in list_drafts(db)] == [second.id, first.id]
    assert [s.id for s in list_drafts(db, order="title")] == [second.id, first.id]
    assert [s.id for s in list_drafts(db, order="created")] == [second.id, first.id]
    with pytest.raises(ValueError):
        list_drafts(db, order="json")


def test_duplicate_gets_new_id(db: Database) -> None:
    draft = make_draft()
    save_draft(db, draft)
    copy = duplicate_draft(db, draft.id)
    assert copy.id != draft.id
    assert load_draft(db, copy.id).summary == draft.summary
    assert [r.note for r in list_revisions(db, copy.id)] == [draft.id]


def test_import_json_renames_a_taken_id(db: Database) -> None:
    draft = make_draft()
    text = draft_to_json(draft)
    first = import_json(db, text)
    assert first.id == draft.id
    second = import_json(db, text)
    assert second.id != draft.id
    assert len(list_drafts(db)) == 2
    assert [r.reason for r in list_revisions(db, second.id)] == ["import"]
    with pytest.raises(DraftFormatError):
        import_json(db, "{not json")


long_text = st.builds(
    lambda piece, times: piece * times,
    st.text(min_size=1, max_size=40),
    st.integers(min_value=1, max_value=100_000 // 40),
)
any_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"])),
    st.text(alphabet="\x00\x01\x1f\x7f\u0300\u0301\u0309\u0323\u200b\u2028\ufeff🇻🇳👍🏽a đ"),
    long_text,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=any_text, title=st.text())
def test_any_text_round_trips(db: Database, text: str, title: str) -> None:
    draft = make_draft()
    draft.sections[0].title = title
    draft.sections[0].blocks = [Block(text=text), Block(kind="item", text=text[::-1])]
    save_draft(db, draft, reason="save")
    loaded = load_draft(db, draft.id)
    assert loaded == draft
    stored = db.scalar("SELECT json FROM drafts WHERE id = ?", (draft.id,))
    assert json.loads(stored) == draft_to_dict(draft)
    assert loaded.sections[0].blocks[0].text == text
    assert load_revision(db, list_revisions(db, draft.id)[0].id) == draft
