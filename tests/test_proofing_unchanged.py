from __future__ import annotations

import datetime as dt
from pathlib import Path

from proofing_fixtures import example_draft

from qcdc_desktop import paths
from qcdc_desktop.checks import run_checks
from qcdc_desktop.importing.carry_forward import carry_forward
from qcdc_desktop.proofing.office import OfficeProofing, load_office
from qcdc_desktop.proofing.unchanged import unchanged_parts, word_diff
from qcdc_desktop.storage import open_database, save_draft


def test_parts_left_word_for_word_are_listed_in_the_review(tmp_path: Path) -> None:
    db = open_database(paths.database_path(tmp_path))
    last = example_draft()
    save_draft(db, last, reason="save")
    draft = carry_forward(last, today=dt.date(2024, 12, 1))
    with_text = [p for p in draft.all_parts() if any(b.text.strip() for b in p.blocks)]
    edited = with_text[0]
    edited.blocks[0].text = edited.blocks[0].text.replace("Sở", "Sở Thông tin", 1)
    found = [f for f in run_checks(draft, load_office(db)) if f.code == "unchanged.part"]
    assert {f.part_id for f in found} == {p.id for p in with_text[1:]}
    assert all(dict(f.details)["previous.draft"] == last.id for f in found)
    db.close()


def test_without_last_periods_draft_nothing_is_said() -> None:
    draft = carry_forward(example_draft(), today=dt.date(2024, 12, 1))
    assert not [f for f in run_checks(draft, OfficeProofing()) if f.code == "unchanged.part"]
    office = OfficeProofing(load_draft=lambda _id: None)  # deleted since
    assert not [f for f in run_checks(draft, office) if f.code == "unchanged.part"]


def test_parts_match_by_id_then_by_key_and_title() -> None:
    last = example_draft()
    draft = carry_forward(last, today=dt.date(2024, 12, 1))
    assert len(unchanged_parts(draft, last)) == len(
        [
            p
            for p in draft.all_parts()
            if any(b.text.strip() for b in p.blocks if b.kind != "figures")
        ]
    )


def test_word_diff_marks_additions_and_deletions() -> None:
    old = "Sở đã tiếp nhận 36 hồ sơ, trả 36 hồ sơ."
    new = "Sở đã tiếp nhận 41 hồ sơ, trả 40 hồ sơ đúng hạn."
    pieces = word_diff(old, new)
    assert ("delete", "36") in pieces and ("insert", "41") in pieces
    assert "".join(t for op, t in pieces if op != "delete") == new
    assert "".join(t for op, t in pieces if op != "insert") == old
