"""Helpers shared by the storage tests (importable by spawned worker processes)."""

from __future__ import annotations

from pathlib import Path

from qcdc_desktop.model import Block, DocDate, Draft, Part, Period
from qcdc_desktop.storage import ConflictError, load_draft_with_revision, open_database, save_draft


def make_draft(summary: str = "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024") -> Draft:
    return Draft(
        doc_type="bc-qcdc",
        period=Period(kind="h1", year=2024, start="01/01/2024", end="31/5/2024"),
        date=DocDate(year=2024, month=6),
        summary=summary,
        sections=[
            Part(
                title="Công tác lãnh đạo, chỉ đạo",
                blocks=[Block(text="Ban Chỉ đạo đã ban hành kế hoạch thực hiện.")],
                children=[Part(title="Tuyên truyền", blocks=[Block(kind="item", text="Hội nghị")])],
            )
        ],
    )


def append_paragraphs(path: str, count: int, tag: str, result: object) -> None:
    """Worker: append `count` paragraphs, each in its own load-modify-save with retry.

    Puts (conflicts seen, error text or "") on the `result` queue.
    """
    db = open_database(Path(path), busy_timeout_ms=10_000)
    conflicts = 0
    try:
        draft_id = "shared"
        for i in range(count):
            while True:
                draft, revision = load_draft_with_revision(db, draft_id)
                draft.sections[0].blocks.append(Block(text=f"{tag} {i}"))
                try:
                    save_draft(db, draft, expected_revision=revision)
                    break
                except ConflictError:
                    conflicts += 1
        result.put((conflicts, ""))  # type: ignore[attr-defined]
    except Exception as exc:  # reported to the parent, which fails the test
        result.put((conflicts, repr(exc)))  # type: ignore[attr-defined]
    finally:
        db.close()


def save_once_after_barrier(
    path: str, text: str, expected: int, barrier: object, result: object
) -> None:
    """Worker: wait for the other process, then save with an expected revision."""
    db = open_database(Path(path), busy_timeout_ms=10_000)
    try:
        draft, _ = load_draft_with_revision(db, "shared")
        draft.summary = text
        barrier.wait()  # type: ignore[attr-defined]
        try:
            save_draft(db, draft, expected_revision=expected)
            result.put("saved")  # type: ignore[attr-defined]
        except ConflictError:
            result.put("conflict")  # type: ignore[attr-defined]
    except Exception as exc:
        result.put(repr(exc))  # type: ignore[attr-defined]
    finally:
        db.close()
