"""Time consolidating unit reports: 300 units in under 30 s, memory bounded.

Units are the 6-month sample report with their own agency name and figures, written
as this program's Word files (the draft travels inside), as draft JSON files, and as
Word files edited after export (read from the text, as any Word file). Writing the
inputs is not timed. Peak memory is measured in a second pass with tracemalloc.

    .venv/bin/python benchmarks/bench_consolidate.py [--units 300] [--kind docx|json|word]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qcdc_desktop.consolidate import consolidate, iter_units
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.export import export_docx
from qcdc_desktop.model import draft_to_json

TARGET_SECONDS = 30.0
TARGET_UNITS = 300


def write_units(folder: Path, count: int, kind: str) -> list[str]:
    rng = random.Random(15)
    base = sample_draft("bc-6thang")
    paths = []
    for i in range(count):
        draft = sample_draft("bc-6thang") if i == 0 else base
        draft.agency.issuing_body = f"Phòng Văn hóa và Thông tin số {i + 1}"
        for values in draft.figures.values():
            for fid in list(values.values):
                values.values[fid] = rng.randint(0, 500)
        if kind == "json":
            path = folder / f"unit-{i:03}.json"
            path.write_text(draft_to_json(draft), "utf-8")
        else:
            path = export_docx(draft, folder / f"unit-{i:03}.docx")
            if kind == "word":
                _edit(path)
        paths.append(str(path))
    return paths


def _edit(path: Path) -> None:
    from docx import Document

    document = Document(str(path))
    paragraph = next(p for p in document.paragraphs if len(p.text) > 80)
    paragraph.runs[0].text = "Đã sửa sau khi xuất. " + paragraph.runs[0].text
    document.save(str(path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=TARGET_UNITS)
    parser.add_argument("--kind", choices=("docx", "json", "word"), default="docx")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        paths = write_units(Path(tmp), args.units, args.kind)
        setup = time.perf_counter() - start

        start = time.perf_counter()
        result = consolidate(iter_units(paths), "bc-6thang", 2024)
        elapsed = time.perf_counter() - start

        tracemalloc.start()
        consolidate(iter_units(paths), "bc-6thang", 2024)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    units = len(result.units)
    limit = TARGET_SECONDS * args.units / TARGET_UNITS
    print(f"inputs: {args.units} ({args.kind}), written in {setup:.1f} s (not timed)")
    print(f"consolidated: {units} units in {elapsed:.2f} s")
    print(f"time per unit: {1000 * elapsed / max(units, 1):.1f} ms")
    print(f"peak traced memory: {peak / 2**20:.1f} MB")
    print(f"target: {limit:.0f} s for {args.units} units — {'ok' if elapsed < limit else 'SLOW'}")
    return 0 if elapsed < limit and units == args.units else 1


if __name__ == "__main__":
    sys.exit(main())
