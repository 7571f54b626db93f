"""A draft's revision history for people: what each snapshot is, and restoring one.

Snapshots are taken on explicit saves, exports, imports, duplicates, restores and
before a conflict reload (the text of the window that reloaded). Restoring never
loses anything: the current text is kept as a snapshot first, and the write is
conditional on the row's revision number, so it cannot overwrite a newer save.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from qcdc_desktop.model import Draft, copy_draft, draft_from_json, new_id
from qcdc_desktop.storage.database import Database
from qcdc_desktop.storage.draft_rows import draft_json
from qcdc_desktop.storage.errors import (
    ConflictError,
    DraftNotFoundError,
    RevisionNotFoundError,
    StorageError,
)
from qcdc_desktop.storage.integrity import row_is_sound
from qcdc_desktop.storage.revisions import add_revision, unpack_json

REASON_LABELS = {
    "save": "Lưu",
    "export": "Xuất Word",
    "import": "Nhập",
    "duplicate": "Nhân bản",
    "restore": "Khôi phục",
    "reload": "Trước khi tải lại",
}


class DraftOpenElsewhereError(StorageError):
    default_message = "Bản thảo đang được mở để soạn ở nơi khác; hãy đóng cửa sổ đó trước."


def open_elsewhere_error(owner: str, action: str) -> DraftOpenElsewhereError:
    from qcdc_desktop.storage.editor_locks import LOCK_TTL_SECONDS

    return DraftOpenElsewhereError(
        f"Không thể {action} vì bản thảo đang được mở để soạn ở {owner}. "
        f"Hãy đóng cửa sổ soạn thảo đó trước (hoặc đợi {int(LOCK_TTL_SECONDS)} giây "
        "nếu nó đã bị tắt đột ngột)."
    )


def refuse_if_open_elsewhere(db: Database, draft_id: str, owner: str | None, action: str) -> None:
    """Raise DraftOpenElsewhereError when someone other than `owner` edits the draft.

    `owner` may be a program instance's id: its windows' locks ("<owner>:<n>") count
    as its own."""
    from qcdc_desktop.storage.editor_locks import describe_owner, editor_of, owner_is_dead

    holder = editor_of(db, draft_id)
    ours = owner is not None and (holder == owner or str(holder).startswith(owner + ":"))
    if holder is not None and not ours and not owner_is_dead(holder):
        raise open_elsewhere_error(describe_owner(holder), action)


@dataclass(frozen=True)
class RevisionEntry:
    id: int
    created: str
    reason: str
    note: str
    size: int  # bytes of the draft's JSON
    change: str  # one line: what changed since the previous snapshot
    readable: bool

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)


def _paragraphs(draft: Draft) -> list[str]:
    texts = [draft.summary, draft.opening, draft.closing]
    for part in draft.all_parts():
        texts.append(part.title)
        texts.extend(block.text for block in part.blocks)
    return [t for t in texts if t]


def describe_change(older: Draft | None, newer: Draft) -> str:
    """One line: paragraphs added, changed and removed from `older` to `newer`."""
    if older is None:
        return "Phiên bản cũ nhất còn giữ"
    before, after = _paragraphs(older), _paragraphs(newer)
    added = changed = removed = 0
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":
            added += j2 - j1
        elif tag == "delete":
            removed += i2 - i1
        elif tag == "replace":
            common = min(i2 - i1, j2 - j1)
            changed += common
            added += (j2 - j1) - common
            removed += (i2 - i1) - common
    pieces = []
    if changed:
        pieces.append(f"sửa {changed} đoạn")
    if added:
        pieces.append(f"thêm {added} đoạn")
    if removed:
        pieces.append(f"bỏ {removed} đoạn")
    if older.summary != newer.summary:
        pieces.append("đổi trích yếu")
    if not pieces:
        return "Nội dung như phiên bản trước"
    text = ", ".join(pieces)
    return text[0].upper() + text[1:]


def revision_history(db: Database, draft_id: str) -> list[RevisionEntry]:
    """The draft's snapshots, newest first, each with what changed since the one before."""
    rows = db.rows(
        "SELECT id, created, reason, note, json FROM revisions WHERE draft_id = ? ORDER BY id ASC",
        (draft_id,),
    )
    entries: list[RevisionEntry] = []
    previous: Draft | None = None
    for rev_id, created, reason, note, packed in rows:
        try:
            text = unpack_json(packed)
            draft = draft_from_json(text)
        except Exception:  # a damaged snapshot is listed, not fatal
            entries.append(
                RevisionEntry(
                    int(rev_id), str(created), str(reason), str(note), 0, "Không đọc được", False
                )
            )
            continue
        size = len(text.encode("utf-8", "surrogatepass"))
        entries.append(
            RevisionEntry(
                int(rev_id),
                str(created),
                str(reason),
                str(note),
                size,
                describe_change(previous, draft),
                True,
            )
        )
        previous = draft
    entries.reverse()
    return entries


def revision_draft(db: Database, draft_id: str, revision_id: int) -> Draft:
    """One snapshot of this draft as a Draft (for viewing)."""
    value = db.scalar(
        "SELECT json FROM revisions WHERE id = ? AND draft_id = ?", (revision_id, draft_id)
    )
    if value is None:
        raise RevisionNotFoundError()
    return draft_from_json(unpack_json(value))


def restore_revision(
    db: Database,
    draft_id: str,
    revision_id: int,
    *,
    as_new: bool = False,
    owner: str | None = None,
) -> Draft:
    """Make a snapshot the draft's text again, or a new draft of its own.

    As the current text: refused while another window edits the draft; the current
    text is kept as a snapshot first; the write is conditional on the revision number
    read in the same transaction. Returns the draft written.
    """
    from qcdc_desktop.storage.drafts_repo import commit_draft

    snapshot = revision_draft(db, draft_id, revision_id)
    if as_new:
        copy = copy_draft(snapshot)
        copy.id = new_id()
        commit_draft(
            db, copy, reason="restore", expected_revision=0, note=f"{draft_id}#{revision_id}"
        )
        return copy
    from qcdc_desktop.storage.integrity import tolerant_reading

    snapshot.id = draft_id
    with db.transaction():
        with tolerant_reading(db):  # the current row may be the damaged one
            row = db.query_one(
                "SELECT json, content_hash, revision_no FROM drafts WHERE id = ?", (draft_id,)
            )
        if row is None:
            raise DraftNotFoundError()
        refuse_if_open_elsewhere(db, draft_id, owner, "khôi phục phiên bản")
        current_text = str(row["json"])
        if draft_json(snapshot) == current_text:
            return snapshot  # already the current text
        sound = row_is_sound(current_text, row["content_hash"])
        if not sound:
            # The stored hash is that of the good text; clear it so the restore is
            # written instead of being taken for "unchanged".
            db.execute("UPDATE drafts SET content_hash = '' WHERE id = ?", (draft_id,))
        if sound:
            add_revision(
                db,
                draft_id,
                current_text,
                row["content_hash"],
                "restore",
                note="Nội dung trước khi khôi phục phiên bản cũ",
            )
        result = commit_draft(
            db,
            snapshot,
            reason="restore",
            expected_revision=int(row["revision_no"]),
            note=f"Khôi phục phiên bản #{revision_id}",
        )
        if not result.written and draft_json(snapshot) != current_text:
            raise ConflictError()
    from qcdc_desktop.storage.integrity import mark_damaged

    mark_damaged(db, draft_id, damaged=False)
    return snapshot
