"""Time importing a Word report against python-docx reading the same file's paragraphs.

The floor opens the file with python-docx and reads the text of every paragraph
(`[p.text for p in Document(path).paragraphs]`), measured in the same run on the
same files. The import does everything on top: formatting, Word's numbering,
zones, headings, figures, checks of the printed numbering. Target: at most 1.5×.

The files are the example report in two shapes (labels typed, and numbered by
Word from numbering.xml), its body repeated until it has about `--paragraphs`
paragraphs. Each figure is the median of several runs.

    .venv/bin/python benchmarks/bench_import.py [--runs 7] [--paragraphs 400]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import example_reports as er  # noqa: E402

from qcdc_desktop.importing import import_docx  # noqa: E402

TARGET_RATIO = 1.5


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _floor(path: Path) -> list[str]:
    from docx import Document

    return [p.text for p in Document(str(path)).paragraphs]


def _longer(ex: er.Example, paragraphs: int) -> er.Example:
    body = list(ex.elements)
    while len(ex.elements) < paragraphs:
        ex.elements.extend(body)
    return ex


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--paragraphs", type=int, default=400)
    args = parser.parse_args()
    _floor(er.typed_labels(er.load(er.REPORT), Path(tempfile.mkdtemp()) / "warm.docx"))
    import_docx(er.typed_labels(er.load(er.REPORT), Path(tempfile.mkdtemp()) / "warm.docx"))
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in (
            ("typed labels", er.typed_labels),
            ("Word numbering", er.auto_numbered),
        ):
            path = build(_longer(er.load(er.REPORT), args.paragraphs), Path(tmp) / "r.docx")
            count = len(_floor(path))
            floor = _median(lambda p=path: _floor(p), args.runs)
            ours = _median(lambda p=path: import_docx(p), args.runs)
            ratio = ours / floor
            worst = max(worst, ratio)
            print(
                f"{name:15s} {count:4d} paragraphs: python-docx {floor * 1000:7.1f} ms, "
                f"import {ours * 1000:7.1f} ms, ratio {ratio:.2f}× (target ≤ {TARGET_RATIO}×)"
            )
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
