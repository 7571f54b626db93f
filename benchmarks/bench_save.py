"""Time saving a realistic draft and listing many drafts.

Run: .venv/bin/python benchmarks/bench_save.py [--drafts 1000] [--paragraphs 300]
Target: median save under 5 ms. Timings are wall-clock; run it on an idle machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qcdc_desktop.model import Block, DocDate, Draft, Part, Period, copy_draft, new_id
from qcdc_desktop.storage import (
    autosave_draft,
    list_drafts,
    open_database,
    save_draft,
)

SENTENCE = (
    "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở đã ban hành kế hoạch, "
    "tổ chức tuyên truyền, phổ biến sâu rộng đến cán bộ, công chức, viên chức "
    "và người lao động; kịp thời giải quyết kiến nghị, phản ánh của Nhân dân. "
)


def realistic_draft(paragraphs: int = 300) -> Draft:
    sections = []
    for s in range(6):
        children = [
            Part(
                title=f"Nội dung {s + 1}.{c + 1}",
                blocks=[
                    Block(kind="para" if b % 3 else "item", text=SENTENCE * (1 + b % 3))
                    for b in range(paragraphs // 30)
                ],
            )
            for c in range(5)
        ]
        sections.append(Part(title=f"Phần {s + 1}", children=children))
    return Draft(
        doc_type="bc-qcdc",
        period=Period(kind="h1", year=2024),
        date=DocDate(year=2024, month=6),
        summary="Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024",
        sections=sections,
    )


def timed(action: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(label: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(f"{label:<44} median {statistics.median(samples):7.2f} ms   p99 {p99:7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drafts", type=int, default=1000, help="drafts in the list test")
    parser.add_argument("--paragraphs", type=int, default=300, help="paragraphs per draft")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        draft = realistic_draft(args.paragraphs)
        blocks = [b for p in draft.all_parts() for b in p.blocks]
        save_draft(db, draft)
        size = len(db.scalar("SELECT json FROM drafts"))
        print(f"draft: {len(blocks)} paragraphs, {size / 1024:.0f} KiB of JSON")

        counter = iter(range(10**9))

        def edit_and(save: Callable[[], object]) -> Callable[[], object]:
            def run() -> object:
                blocks[next(counter) % len(blocks)].text = f"{SENTENCE} {next(counter)}"
                return save()

            return run

        report(
            "autosave, one paragraph changed",
            timed(edit_and(lambda: autosave_draft(db, draft)), 300),
        )
        report(
            "save with revision, one paragraph changed",
            timed(edit_and(lambda: save_draft(db, draft, reason="save")), 300),
        )
        report("save, nothing changed", timed(lambda: save_draft(db, draft), 300))

        start = time.perf_counter()
        for first in range(1, args.drafts, 50):
            with db.transaction():  # batches keep the WAL file small
                for _ in range(first, min(first + 50, args.drafts)):
                    copy = copy_draft(draft)
                    copy.id = new_id()
                    save_draft(db, copy)
        count = len(list_drafts(db))
        print(f"filled {count:,} drafts in {time.perf_counter() - start:.1f} s")
        report(f"list {count:,} drafts", timed(lambda: list_drafts(db), 30))
        searches = {"'dân chủ'": "dân chủ", "'dan chu'": "dan chu", "no match": "xyzzy"}
        for label, query in searches.items():
            report(
                f"search {count:,} drafts ({label})",
                timed(partial(list_drafts, db, search=query), 10),
            )
        db.close()


if __name__ == "__main__":
    main()
