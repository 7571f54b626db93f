"""Screenshots of every window, dialog and wizard step at 1366×768, into docs/screens/.

    .venv/bin/python tools/screenshots.py [OUT_DIR]

Runs headless (Qt's offscreen platform with a 1366×768 screen) on a temporary data
folder holding the sample draft of every document type; the windows are those of
tests/ui/window_catalogue.py, so a new dialog is photographed once it is listed there.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ui"))
sys.path.insert(0, str(ROOT))

from office_screen import HEIGHT, TASKBAR, WIDTH, offscreen_platform  # noqa: E402

os.environ["QT_QPA_PLATFORM"] = offscreen_platform(WIDTH, HEIGHT - TASKBAR)
os.environ["QCDC_NO_CRASH_DIALOG"] = "1"


def main(argv: list[str]) -> int:
    from PySide6.QtGui import QGuiApplication
    from window_catalogue import WINDOWS, store_sample_draft

    from qcdc_desktop.ui.app import create_application
    from qcdc_desktop.ui.context import AppContext

    out = Path(argv[0]) if argv else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["screenshots"])
    context = AppContext(Path(tempfile.mkdtemp(prefix="qcdc-screens-")))
    from qcdc_desktop.doctypes import doc_types

    ids = {t: store_sample_draft(context, t) for t in sorted(doc_types())}
    draft_id = ids["bc-6thang"]
    written: list[str] = []

    def settle() -> None:
        # Long enough for the work a window does after its frame (ui/after_paint.py:
        # Alt+letters, spelling's underlines), as a user sees it a moment later.
        end = time.monotonic() + 0.3
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    for entry in WINDOWS:
        window = entry.open(context, draft_id)
        window.show()
        settle()
        if entry.name == "editor":
            for n, step in enumerate(window.steps, start=1):
                window.goto_step(step.id)
                settle()
                # The review's findings and preview come from a worker: the picture
                # shows them, as a user sees them a moment after arriving.
                finish = getattr(window.pages[step.id], "finish_checks", None)
                if finish is not None:
                    finish()
                    settle()
                name = f"editor-{n:02d}-{step.id}.png"
                window.grab().save(str(out / name))
                written.append(name)
        else:
            name = f"{entry.name}.png"
            window.grab().save(str(out / name))
            written.append(name)
        window.close()
        window.deleteLater()
        settle()
    QGuiApplication.clipboard().clear()
    context.close()
    for name in written:
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
