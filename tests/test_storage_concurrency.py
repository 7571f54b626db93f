from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from storage_fixtures import append_paragraphs, make_draft, save_once_after_barrier

from qcdc_desktop import paths
from qcdc_desktop.model import Block
from qcdc_desktop.storage import (
    ConflictError,
    StorageError,
    claim_editor,
    commit_draft,
    draft_revision_no,
    editor_of,
    heartbeat,
    load_draft,
    load_draft_with_revision,
    open_database,
    purge_draft,
    release_editor,
    save_draft,
)


def test_two_connections_cannot_overwrite_each_other(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    window_a, window_b = open_database(db_path), open_database(db_path)
    draft = make_draft()
    save_draft(window_a, draft)

    copy_a, rev_a = load_draft_with_revision(window_a, draft.id)
    copy_b, rev_b = load_draft_with_revision(window_b, draft.id)
    copy_a.summary = "Sửa ở cửa sổ A"
    copy_b.summary = "Sửa ở cửa sổ B"
    rev_a = commit_draft(window_a, copy_a, expected_revision=rev_a).revision_no
    with pytest.raises(ConflictError) as caught:
        save_draft(window_b, copy_b, expected_revision=rev_b)
    assert "cửa sổ khác" in str(caught.value)
    assert load_draft(window_b, draft.id).summary == "Sửa ở cửa sổ A"

    # Window A keeps saving with the number each save returns.
    copy_a.summary = "Sửa tiếp ở cửa sổ A"
    assert commit_draft(window_a, copy_a, expected_revision=rev_a).revision_no == 3
    assert draft_revision_no(window_b, draft.id) == 3
    window_a.close()
    window_b.close()


def test_expected_revision_zero_means_new(tmp_path: Path) -> None:
    db = open_database(paths.database_path(tmp_path))
    draft = make_draft()
    save_draft(db, draft, expected_revision=0)
    with pytest.raises(ConflictError):
        save_draft(db, make_draft(), expected_revision=1)  # it was never saved
    draft.summary = "Khác"
    with pytest.raises(ConflictError):
        save_draft(db, draft, expected_revision=0)  # someone created it meanwhile
    db.close()


def test_processes_racing_on_one_revision(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    with open_database(db_path) as db:
        draft = make_draft()
        draft.id = "shared"
        save_draft(db, draft)
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [
        ctx.Process(target=save_once_after_barrier, args=(str(db_path), text, 1, barrier, results))
        for text in ("Tiến trình một", "Tiến trình hai")
    ]
    for worker in workers:
        worker.start()
    outcomes = sorted(results.get(timeout=60) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
    assert outcomes == ["conflict", "saved"]


def test_processes_retrying_lose_no_update(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    with open_database(db_path) as db:
        draft = make_draft()
        draft.id = "shared"
        save_draft(db, draft)
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    count = 15
    workers = [
        ctx.Process(target=append_paragraphs, args=(str(db_path), count, tag, results))
        for tag in ("A", "B")
    ]
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert [error for _, error in reports] == ["", ""]
    with open_database(db_path) as db:
        texts = [block.text for block in load_draft(db, "shared").sections[0].blocks[1:]]
        assert sorted(texts) == sorted(f"{tag} {i}" for tag in "AB" for i in range(count))
        assert draft_revision_no(db, "shared") == 1 + 2 * count


def test_editor_lock_claim_heartbeat_release(tmp_path: Path) -> None:
    db_path = paths.database_path(tmp_path)
    window_a, window_b = open_database(db_path), open_database(db_path)
    draft_id = "d1"
    assert claim_editor(window_a, draft_id, "Cửa sổ A", now=1000.0) is None
    assert claim_editor(window_a, draft_id, "Cửa sổ A", now=1001.0) is None  # re-claim
    assert claim_editor(window_b, draft_id, "Cửa sổ B", now=1010.0) == "Cửa sổ A"
    assert editor_of(window_b, draft_id, now=1010.0) == "Cửa sổ A"
    assert heartbeat(window_a, draft_id, "Cửa sổ A", now=1025.0)
    assert claim_editor(window_b, draft_id, "Cửa sổ B", now=1050.0) == "Cửa sổ A"
    # A stops beating (crash); after the time-to-live B may take over.
    assert claim_editor(window_b, draft_id, "Cửa sổ B", now=1056.0) is None
    assert not heartbeat(window_a, draft_id, "Cửa sổ A", now=1057.0)
    release_editor(window_a, draft_id, "Cửa sổ A")  # not A's any more: no effect
    assert editor_of(window_a, draft_id, now=1058.0) == "Cửa sổ B"
    release_editor(window_b, draft_id, "Cửa sổ B")
    assert editor_of(window_a, draft_id, now=1059.0) is None
    window_a.close()
    window_b.close()


def test_purge_drops_the_lock(tmp_path: Path) -> None:
    with open_database(paths.database_path(tmp_path)) as db:
        draft = make_draft()
        draft.sections[0].blocks.append(Block(text="x"))
        save_draft(db, draft)
        claim_editor(db, draft.id, "Cửa sổ A")
        # Someone else may not purge a draft that is open in an editor...
        with pytest.raises(StorageError, match="Cửa sổ A"):
            purge_draft(db, draft.id)
        # ...its own window may, and the lock goes with the draft.
        purge_draft(db, draft.id, owner="Cửa sổ A")
        assert editor_of(db, draft.id) is None
