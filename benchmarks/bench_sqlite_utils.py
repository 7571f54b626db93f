"""Which storage jobs sqlite-utils can do without slowing the save path.

Run: .venv/bin/python benchmarks/bench_sqlite_utils.py [--runs 300]

Each figure is one write alone, inside BEGIN IMMEDIATE as the program writes (a
draft's derived columns are computed beforehand): the autosave's row write of
bench_save.py's 300-paragraph draft, by hand and through sqlite-utils; writes that
change no word under the project's full-text update trigger and under sqlite-utils';
a settings upsert both ways. The compared writes are taken in turn. The figures in
docs/architecture.md ("Storage and sqlite-utils") come from here.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_save import SENTENCE, realistic_draft, report

from qcdc_desktop.model import Draft
from qcdc_desktop.storage import Database, open_database, save_draft
from qcdc_desktop.storage.draft_rows import (
    content_hash,
    draft_columns,
    draft_json,
    search_columns,
)
from qcdc_desktop.storage.timestamps import utc_now

Columns = dict[str, Any]

# What sqlite-utils' enable_fts(create_triggers=True) creates for the update trigger,
# on the project's own index: it fires on every UPDATE of the row, whatever changed.
UNRESTRICTED_UPDATE_TRIGGER = """CREATE TRIGGER drafts_fts_update AFTER UPDATE ON drafts BEGIN
    INSERT INTO drafts_fts (drafts_fts, rowid, search_plain, search_folded)
    VALUES ('delete', old.rowid, old.search_plain, old.search_folded);
    INSERT INTO drafts_fts (rowid, search_plain, search_folded)
    VALUES (new.rowid, new.search_plain, new.search_folded);
END"""


ONSETS = "b c ch d đ g h k kh l m n ng nh ph qu s t th tr v x gi r".split()
RHYMES = "a an anh ao ay e em en i inh o oc on ong u uc ung ương ươc uyên".split()
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


def varied_draft(words: int = 2000) -> Draft:
    """bench_save's draft with `words` distinct syllables spread over its paragraphs,
    as a real report has: its search columns then hold 14 KB instead of 840 bytes."""
    syllables = [
        unicodedata.normalize("NFC", onset + rhyme[0] + tone + rhyme[1:])
        for onset in ONSETS
        for rhyme in RHYMES
        for tone in TONES
    ][:words]
    draft = realistic_draft()
    blocks = [b for p in draft.all_parts() for b in p.blocks]
    per_block = -(-len(syllables) // len(blocks))
    for n, block in enumerate(blocks):
        block.text = SENTENCE + " ".join(syllables[n * per_block : (n + 1) * per_block])
    return draft


def column_variants(draft: Draft, count: int, *, same_words: bool) -> list[Columns]:
    """Derived columns of `count` successive autosaves of `draft`.

    With `same_words` the edits change the JSON but no word (a paragraph becomes a
    list item and back), as a formatting change or a moved paragraph does.
    """
    blocks = [b for p in draft.all_parts() for b in p.blocks]
    variants = []
    for n in range(count):
        block = blocks[n % len(blocks)]
        if same_words:
            block.kind = "item" if block.kind == "para" else "para"
        else:
            block.text = f"{SENTENCE} {n}"
        text = draft_json(draft)
        columns = draft_columns(draft, text, content_hash(text))
        columns.update(json=text, updated=utc_now(), state="editing")
        variants.append(columns)
    return variants


def hand_update(db: Database, draft_id: str, columns: Columns) -> None:
    sets = ", ".join(f"{name} = ?" for name in columns)
    db.execute(
        f"UPDATE drafts SET {sets}, revision_no = revision_no + 1 WHERE id = ?",
        [*columns.values(), draft_id],
    )


def utils_update(db: Database, draft_id: str, columns: Columns) -> None:
    revision = db.scalar("SELECT revision_no FROM drafts WHERE id = ?", (draft_id,))
    db.utils["drafts"].update(draft_id, {**columns, "revision_no": revision + 1})


def utils_upsert(db: Database, draft_id: str, columns: Columns) -> None:
    # The inserted row must satisfy NOT NULL before the conflict turns it into an
    # update, so the creation time has to be read back as well.
    row = db.query_one("SELECT revision_no, created FROM drafts WHERE id = ?", (draft_id,))
    assert row is not None
    columns = {**columns, "id": draft_id, "created": row["created"]}
    db.utils["drafts"].upsert({**columns, "revision_no": row["revision_no"] + 1}, pk="id")


Case = tuple[str, Database, Callable[[Database, str, Columns], None]]


def time_interleaved(cases: list[Case], draft_id: str, variants: list[Columns]) -> None:
    """Time each case's write of every variant, taking the cases in turn, so that a
    slower moment of the machine (or a WAL checkpoint) is shared between them."""
    samples: dict[str, list[float]] = {label: [] for label, *_ in cases}
    for columns in variants:
        for label, db, write in cases:
            start = time.perf_counter()
            with db.transaction():
                write(db, draft_id, columns)
            samples[label].append((time.perf_counter() - start) * 1000)
    for label, values in samples.items():
        report(label, values)


def fresh_database(folder: Path, name: str, draft: Draft) -> Database:
    db = open_database(folder / f"{name}.sqlite3", backups=folder / "backups")
    save_draft(db, draft)
    db.utils  # noqa: B018 - load sqlite-utils before timing
    return db


def use_sqlite_utils_fts(db: Database) -> None:
    """Replace the project's index and triggers by sqlite-utils' own (enable_fts)."""
    for name in ("drafts_fts_insert", "drafts_fts_delete", "drafts_fts_update"):
        db.execute(f"DROP TRIGGER {name}")
    db.execute("DROP TABLE drafts_fts")
    db.utils["drafts"].enable_fts(
        ["search_plain", "search_folded"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 0",
    )


def trash(db: Database, draft_id: str, _: Columns) -> None:
    db.execute("UPDATE drafts SET deleted_at = ? WHERE id = ?", (utc_now(), draft_id))


def trigger_cases(folder: Path, runs: int, make_draft: Callable[[], Draft]) -> None:
    """Writes that leave the search text alone, under each form of the update trigger."""
    draft = make_draft()
    databases = []
    for n, prepare in enumerate((None, UNRESTRICTED_UPDATE_TRIGGER, "enable_fts")):
        db = fresh_database(folder, f"{make_draft.__name__}-{n}", draft)
        if prepare == "enable_fts":
            use_sqlite_utils_fts(db)
        elif prepare:
            db.execute("DROP TRIGGER drafts_fts_update")
            db.execute(prepare)
        databases.append(db)
    labels = ("UPDATE OF search columns (ours)", "any UPDATE, our index", "enable_fts()")
    same = column_variants(make_draft(), runs, same_words=True)
    for kind, write in (("same words", hand_update), ("trash mark", trash)):
        cases = [
            (f"  {kind}, {label}", db, write) for label, db in zip(labels, databases, strict=True)
        ]
        time_interleaved(cases, draft.id, same)
    for db in databases:
        db.close()


def settings_cases(folder: Path, runs: int) -> None:
    db = fresh_database(folder, "settings", realistic_draft())
    keys = iter(range(10**9))

    def hand_setting(database: Database, *_: object) -> None:
        database.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (f"k{next(keys) % 10}", '"v"'),
        )

    def utils_setting(database: Database, *_: object) -> None:
        database.utils["settings"].upsert({"key": f"k{next(keys) % 10}", "value": '"v"'}, pk="key")

    cases = [
        ("setting upsert: hand-written", db, hand_setting),
        ("setting upsert: sqlite-utils upsert()", db, utils_setting),
    ]
    time_interleaved(cases, "", [{}] * runs)
    db.close()


def import_cost() -> float:
    """Milliseconds `import sqlite_utils` adds to a fresh interpreter (median of 5)."""
    code = (
        "import time; t = time.perf_counter(); import sqlite_utils; print(time.perf_counter() - t)"
    )
    return 1000 * statistics.median(
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300, help="writes per measurement")
    args = parser.parse_args()
    print(f"sqlite-utils {metadata.version('sqlite-utils')}, SQLite {sqlite3.sqlite_version}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        draft = realistic_draft()
        writes = (
            ("autosave row write: hand-written UPDATE", hand_update),
            ("autosave row write: sqlite-utils update()", utils_update),
            ("autosave row write: sqlite-utils upsert()", utils_upsert),
        )
        cases = [
            (label, fresh_database(folder, write.__name__, draft), write) for label, write in writes
        ]
        time_interleaved(cases, draft.id, column_variants(draft, args.runs, same_words=False))
        for _, db, _ in cases:
            db.close()
        for make_draft in (realistic_draft, varied_draft):
            size = sum(len(column.encode()) for column in search_columns(make_draft()))
            print(f"{make_draft.__name__}: {size:,} bytes of search text")
            trigger_cases(folder, args.runs, make_draft)
        settings_cases(folder, args.runs)
    print(f"import sqlite_utils in a fresh interpreter: {import_cost():.0f} ms")


if __name__ == "__main__":
    main()
