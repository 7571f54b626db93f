"""Checking each draft row against its stored hash, and what to offer when one fails.

Every write stores the SHA-256 of the draft's JSON beside it. A few bytes changed on
disk ("chủ" became "#hủ") pass SQLite's own checks when they fall inside a row's text,
so the hash is checked on every read: a mismatch or a row that is no longer valid
UTF-8 marks the draft damaged (its id kept under a settings key, so the list shows it)
instead of opening silently changed text or crashing on a decode error.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from qcdc_desktop.storage.database import Database
from qcdc_desktop.storage.draft_rows import content_hash
from qcdc_desktop.storage.errors import StorageError

log = logging.getLogger(__name__)

DAMAGED_KEY = "_damaged_drafts"
DAMAGED_MARK = "[Hỏng] "


class DamagedDraftError(StorageError):
    default_message = "Bản thảo bị hỏng trong cơ sở dữ liệu nên chưa mở được."
    draft_id: str = ""
    good_revision: int | None = None


@dataclass(frozen=True)
class GoodRevision:
    id: int
    created: str
    json: str


def tolerant_text(raw: bytes) -> str:
    """Decode a stored value that may no longer be UTF-8 (damaged bytes) without failing.

    The undecodable bytes become lone surrogates, which can never hash like the text
    that was written, so the row is then reported damaged.
    """
    return raw.decode("utf-8", "surrogateescape")


@contextmanager
def tolerant_reading(db: Database) -> Iterator[None]:
    conn = db.conn
    previous = conn.text_factory
    conn.text_factory = tolerant_text
    try:
        yield
    finally:
        conn.text_factory = previous


def is_decode_error(exc: BaseException) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, sqlite3.OperationalError | UnicodeDecodeError) and (
            "decode" in str(cause).lower()
        ):
            return True
        cause = cause.__cause__
    return False


def row_is_sound(json_text: Any, stored_hash: Any) -> bool:
    if not isinstance(json_text, str) or not isinstance(stored_hash, str):
        return False
    try:
        return content_hash(json_text) == stored_hash
    except UnicodeEncodeError:
        return False


def damaged_ids(db: Database) -> set[str]:
    try:
        text = db.scalar("SELECT value FROM settings WHERE key = ?", (DAMAGED_KEY,))
        value = json.loads(text) if text else []
    except (StorageError, ValueError):
        return set()
    return {str(v) for v in value} if isinstance(value, list) else set()


def _store_damaged(db: Database, ids: set[str]) -> None:
    if ids == damaged_ids(db):
        return
    from qcdc_desktop.storage.settings_repo import set_setting

    try:
        set_setting(db, DAMAGED_KEY, sorted(ids))
    except StorageError as exc:  # a read-only database still reports the damage
        log.warning("could not record damaged drafts: %s", exc)


def mark_damaged(db: Database, draft_id: str, damaged: bool = True) -> None:
    ids = damaged_ids(db)
    if damaged:
        ids.add(draft_id)
    else:
        ids.discard(draft_id)
    _store_damaged(db, ids)


def newest_good_revision(db: Database, draft_id: str) -> GoodRevision | None:
    """The newest snapshot of the draft that still matches its own hash."""
    from qcdc_desktop.storage.revisions import unpack_json

    with tolerant_reading(db):
        rows = db.rows(
            "SELECT id, created, json, content_hash FROM revisions"
            " WHERE draft_id = ? ORDER BY id DESC",
            (draft_id,),
        )
    for rev_id, created, packed, hash_ in rows:
        try:
            text = unpack_json(packed)
        except (ValueError, UnicodeDecodeError, Exception):  # zlib.error is an Exception
            continue
        if row_is_sound(text, hash_):
            return GoodRevision(int(rev_id), str(created), text)
    return None


def damaged_draft_error(db: Database, draft_id: str, title: str = "") -> DamagedDraftError:
    """The message for a damaged draft, offering exactly what exists to recover it."""
    from qcdc_desktop.storage.backups import backups_sentence
    from qcdc_desktop.storage.timestamps import local_time_text

    good = newest_good_revision(db, draft_id)
    name = f"“{title}”" if title else f"mã “{draft_id}”"
    if good is not None:
        offer = (
            f"Có phiên bản còn tốt lưu lúc {local_time_text(good.created)}: mở "
            "“Lịch sử phiên bản” của bản thảo để khôi phục (lệnh: qcdc revisions --id "
            f"{draft_id} --restore {good.id})."
        )
    else:
        offer = "Không còn phiên bản nào tốt của bản thảo này. " + backups_sentence(db.path.parent)
    err = DamagedDraftError(
        f"Bản thảo {name} bị hỏng trong cơ sở dữ liệu (nội dung không khớp mã kiểm tra) "
        f"nên chưa mở, để không lưu đè lên nó. {offer}"
    )
    err.draft_id = draft_id
    err.good_revision = good.id if good is not None else None
    return err


def read_draft_row(db: Database, draft_id: str) -> tuple[str, int] | None:
    """(json, revision_no) of a row that passes its hash check; None when there is none.

    Raises DamagedDraftError (and records the damage) when the row fails.
    """
    try:
        row = db.query_one(
            "SELECT json, revision_no, content_hash, title FROM drafts WHERE id = ?", (draft_id,)
        )
    except StorageError as exc:
        if not is_decode_error(exc):
            raise
        with tolerant_reading(db):
            row = db.query_one(
                "SELECT json, revision_no, content_hash, title FROM drafts WHERE id = ?",
                (draft_id,),
            )
    if row is None:
        return None
    if not row_is_sound(row["json"], row["content_hash"]):
        mark_damaged(db, draft_id)
        raise damaged_draft_error(db, draft_id, str(row["title"] or ""))
    return str(row["json"]), int(row["revision_no"])


def verify_all_drafts(db: Database) -> set[str]:
    """Check every draft row; record and return the ids of the damaged ones.

    Reads every row (about 0.2 s per 100 MB of drafts): run it off the GUI thread.
    """
    damaged: set[str] = set()
    with tolerant_reading(db):
        cursor = db.execute("SELECT id, json, content_hash FROM drafts")
        for draft_id, text, hash_ in cursor:
            if not row_is_sound(text, hash_):
                damaged.add(str(draft_id))
    _store_damaged(db, damaged)
    return damaged


def quick_check(db: Database) -> bool:
    """SQLite's structural check of the whole file."""
    try:
        row = db.scalar("PRAGMA quick_check(1)")
    except StorageError:
        return False
    return row == "ok"
