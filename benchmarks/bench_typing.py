"""How long the editor keeps the UI thread busy while typing into a 100 KB section.

Run: .venv/bin/python benchmarks/bench_typing.py [--keys 400] [--kb 100]
Prints, per keystroke event (press + release, delivered like a user's key), the
median, p99 and maximum time, then the UI-thread cost of an autosave (snapshot of
the draft to JSON, page store included) and of the save's completion handler.
The budget is one frame, about 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LINE = (
    "- Sở đã tổ chức quán triệt, triển khai thực hiện các văn bản về dân chủ ở cơ sở "
    "tới toàn thể công chức, viên chức."
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=400)
    parser.add_argument("--kb", type=int, default=100)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from qcdc_desktop import storage
    from qcdc_desktop.doctypes import new_draft
    from qcdc_desktop.editing.block_text import text_to_blocks
    from qcdc_desktop.ui.context import AppContext
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow

    context = AppContext(Path(tempfile.mkdtemp(prefix="qcdc-bench-")))
    draft = new_draft("bc-6thang", 2024)
    lines = [LINE] * (args.kb * 1024 // len(LINE.encode()) + 1)
    draft.sections[0].blocks += text_to_blocks("\n".join(lines))
    storage.save_draft(context.db, draft, expected_revision=0)
    size_kb = sum(len(b.text.encode()) for b in draft.sections[0].blocks) / 1024

    window = EditorWindow(context, draft.id)
    window.resize(1366, 768)
    window.show()
    window.goto_step("situation")
    page = window.pages["situation"]
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    app.processEvents()

    timings: list[float] = []
    for n in range(args.keys):
        char = "aăâbcdđeêghiklmnoôơpqrstuưvxy "[n % 30]
        started = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                page.text, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)

    snapshots: list[float] = []
    handlers: list[float] = []
    saver = window.autosaver
    for _ in range(10):
        page.text.insertPlainText("x")
        saver.wait()
        app.processEvents()
        started = time.perf_counter()
        saver.save_soon()  # page store + snapshot + hand-off to the worker
        snapshots.append((time.perf_counter() - started) * 1000)
        while saver._inflight is not None and not saver._inflight[1].done():
            time.sleep(0.001)  # the worker writes; the UI thread is free meanwhile
        started = time.perf_counter()
        app.processEvents()  # the completion handler (status, step marks, events)
        handlers.append((time.perf_counter() - started) * 1000)

    rows = [
        ("keystroke event", timings),
        ("autosave: snapshot + submit", snapshots),
        ("autosave: completion on UI thread", handlers),
    ]
    print(f"section size: {size_kb:.0f} KB, keystrokes: {args.keys}")
    print(f"{'what':36} {'median ms':>10} {'p99 ms':>10} {'max ms':>10}")
    for name, values in rows:
        print(
            f"{name:36} {statistics.median(values):10.2f} "
            f"{percentile(values, 0.99):10.2f} {max(values):10.2f}"
        )
    window.close()
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
