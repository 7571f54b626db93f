"""Fault: a few bytes of the database file changed on disk (a failing USB stick).

19 of 20 such databases used to open without a word: 69 drafts had silently changed
text ("chủ" became "#hủ") and 32 showed an English decode error. Now every draft row
is checked against its stored hash when read.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from qcdc_desktop import paths
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import Block, draft_to_json
from qcdc_desktop.storage import (
    list_drafts,
    load_draft,
    open_database,
    save_draft,
)
from qcdc_desktop.storage.integrity import DamagedDraftError, verify_all_drafts
from tests.faults.cli_runner import run_cli


def _database(data: Path, count: int = 20) -> dict[str, str]:
    db_path = paths.database_path(data)
    draft = sample_draft("bc-6thang")
    stored = {}
    with open_database(db_path) as db:
        for i in range(count):
            draft.id = f"d{i:02d}"
            draft.sections[0].blocks = [Block(text=f"Bản thảo {i}: dân chủ ở cơ sở " * 40)]
            save_draft(db, draft, reason="save")
            stored[draft.id] = draft_to_json(load_draft(db, draft.id))
    return stored


def _flip(path: Path, needle: bytes, replacement: bytes, times: int) -> int:
    data = bytearray(path.read_bytes())
    done = 0
    start = 0
    while done < times:
        at = data.find(needle, start)
        if at < 0:
            break
        data[at : at + len(replacement)] = replacement
        start = at + 1000
        done += 1
    path.write_bytes(bytes(data))
    return done


def test_changed_text_is_reported_not_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fault: "chủ" became "#hủ" inside stored rows. The draft is reported damaged (in
    Vietnamese, offering its newest good revision), marked in the list, never shown
    with the changed text; the other drafts open unchanged."""
    data = tmp_path / "data"
    stored = _database(data)
    db_path = paths.database_path(data)
    # Only the drafts table's copy: the revisions are compressed, so they stay good.
    assert _flip(db_path, "Bản thảo 3: dân chủ".encode(), "Bản thảo 3: dân #".encode(), 50)

    listed = run_cli(["--data-dir", str(data), "list"], capsys)
    assert listed.problem() == "" and listed.code == 0
    damaged_lines = [line for line in listed.out.splitlines() if "[Hỏng]" in line]
    assert [line.split("\t")[0] for line in damaged_lines] == ["d03"]

    shown = run_cli(["--data-dir", str(data), "show", "d03"], capsys)
    assert shown.code == 2 and shown.problem() == ""
    assert "bị hỏng" in shown.err and "Lịch sử phiên bản" in shown.err
    assert "#" not in shown.out
    for draft_id in stored:
        if draft_id != "d03":
            ok = run_cli(["--data-dir", str(data), "show", draft_id], capsys)
            assert ok.code == 0, ok.err
    with open_database(db_path) as db:
        with pytest.raises(DamagedDraftError) as caught:
            load_draft(db, "d03")
        assert caught.value.good_revision is not None
        assert [s.id for s in list_drafts(db) if s.damaged] == ["d03"]


def test_undecodable_row_is_reported_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fault: a byte inside a row's text became invalid UTF-8; the CLI printed an English
    decode error. Now: a Vietnamese "bị hỏng" line, exit 2, and the list still works."""
    data = tmp_path / "data"
    _database(data)
    db_path = paths.database_path(data)
    assert _flip(db_path, "Bản thảo 5: dân chủ".encode(), b"B\xffn", 50)
    listed = run_cli(["--data-dir", str(data), "list"], capsys)
    assert listed.code == 0 and listed.problem() == ""
    assert any(line.startswith("d05\t") and "[Hỏng]" in line for line in listed.out.splitlines())
    shown = run_cli(["--data-dir", str(data), "show", "d05"], capsys)
    assert shown.code == 2 and shown.problem() == "" and "bị hỏng" in shown.err
    assert "decode" not in shown.err.lower()


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_never_give_silently_changed_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: int
) -> None:
    """Fault: random bytes changed anywhere in the file. Whatever opens must be the
    stored text exactly; everything else is a one-line Vietnamese message (exit 2)."""
    data = tmp_path / "data"
    stored = _database(data, count=8)
    db_path = paths.database_path(data)
    raw = bytearray(db_path.read_bytes())
    rng = random.Random(seed)
    for _ in range(4):
        at = rng.randrange(100, len(raw))
        raw[at] = (raw[at] + rng.randrange(1, 256)) % 256
    db_path.write_bytes(bytes(raw))
    listed = run_cli(["--data-dir", str(data), "list"], capsys)
    assert listed.problem() == "", listed.problem()
    for draft_id, text in stored.items():
        shown = run_cli(["--data-dir", str(data), "show", draft_id], capsys)
        assert shown.problem() == "", shown.problem()
        if shown.code == 0:
            assert shown.out.strip() == text.strip(), f"{draft_id} silently changed"
        else:
            assert shown.code == 2 and "Traceback" not in shown.err
    if listed.code == 0:
        with open_database(db_path, check_integrity=False) as db:
            verify_all_drafts(db)
