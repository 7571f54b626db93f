"""Start-up stays light: heavy modules load only when their feature is used, and the
editor builds a wizard page only when it is shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from wizard_fixtures import editor_opener, store_new_draft  # noqa: F401

# Modules the start window and a freshly opened editor never need.
HEAVY = (
    "docx",
    "lxml",
    "sqlite_utils",
    "qcdc_desktop.checks",
    "qcdc_desktop.importing",
    "qcdc_desktop.export",
    "qcdc_desktop.ui.export_flow",
    "qcdc_desktop.export.print_pdf",
)


def _loaded_modules(script: str, *args: str) -> dict[str, Any]:
    """Run `script` in a fresh interpreter; it prints a JSON object as its last line."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QCDC_NO_CRASH_DIALOG="1")
    env.pop("QCDC_DATA_DIR", None)
    env["PYTHONPATH"] = os.pathsep.join([str(Path.cwd()), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _heavy_in(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_importing_the_start_window_loads_no_heavy_module() -> None:
    result = _loaded_modules(
        """
        import json, sys
        import qcdc_desktop.ui.app
        import qcdc_desktop.ui.context
        import qcdc_desktop.ui.start_window
        import qcdc_desktop.storage
        print(json.dumps({"modules": sorted(sys.modules)}))
        """
    )
    assert _heavy_in(result["modules"]) == []


def test_smoke_run_loads_no_heavy_module_and_builds_only_shown_pages(tmp_path: Path) -> None:
    result = _loaded_modules(
        """
        import json, sys
        from qcdc_desktop.ui import app
        code = app.main(["--smoke", "--data-dir", sys.argv[1]])
        print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
        """,
        str(tmp_path / "data"),
    )
    assert result["code"] == 0
    modules = result["modules"]
    assert _heavy_in(modules) == []
    # Every editor opened on its first step; the other steps' pages were never needed.
    assert "qcdc_desktop.ui.wizard.editor_window" in modules
    assert "qcdc_desktop.ui.wizard.pages.general_page" in modules
    assert "qcdc_desktop.ui.wizard.pages.section_page" not in modules
    assert "qcdc_desktop.ui.wizard.pages.review_page" not in modules


def test_pages_are_built_when_shown_and_states_come_from_the_draft(
    context: Any, open_editor: Any, monkeypatch: Any
) -> None:
    from qcdc_desktop.editing.steps import GENERAL, REVIEW, StepState
    from qcdc_desktop.ui.wizard import page_set

    # Building the other pages while idle is tested in test_editor_idle_pages.py.
    monkeypatch.setattr(page_set, "FIRST_DELAY_MS", 60_000)
    draft_id = store_new_draft(context)
    window = open_editor(draft_id)
    section = window.steps[2].id
    assert [p.step.id for p in window.pages.built_pages()] == [GENERAL]
    assert window.pages.built(section) is None
    # The side panel shows every step's state without its page.
    assert StepState.EMPTY.value in window.step_panel.state_text(section)
    assert set(window.pages) == {s.id for s in window.steps}

    window.goto_step(section)
    page = window.pages.built(section)
    assert page is not None and window.stack.currentWidget() is page
    assert window.pages[section] is page  # built once
    window.goto_step(REVIEW)
    assert window.pages.built(REVIEW) is window.stack.currentWidget()


# What the start window does not need before its first paint: the draft model, the
# document types, the dialogs, the paste cleaners, spelling, the consolidation dialogs.
NOT_BEFORE_FIRST_PAINT = (
    *HEAVY,
    "tomllib",
    "logging.handlers",
    "qcdc_desktop.model",
    "qcdc_desktop.doctypes.types",
    "qcdc_desktop.doctypes.figures",
    "qcdc_desktop.text.paste",
    "qcdc_desktop.proofing.syllables",
    "qcdc_desktop.storage.profiles",
    "qcdc_desktop.storage.backups",
    "qcdc_desktop.ui.messages",
    "qcdc_desktop.ui.spell_highlight",
    "qcdc_desktop.ui.consolidate_dialog",
    "qcdc_desktop.ui.crash_dialog",
    "qcdc_desktop.ui.wizard",
)

_FIRST_PAINT = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from qcdc_desktop.ui import app as app_module

real_create = app_module.create_application
seen = {}

def create(argv, **options):
    app = real_create(argv, **options)

    class Watch(QObject):
        def eventFilter(self, watched, event):
            window = watched.window() if hasattr(watched, "window") else None
            if (
                event.type() == QEvent.Type.Paint
                and type(window).__name__ == "StartWindow"
                and not seen
            ):
                seen["modules"] = sorted(sys.modules)
                QTimer.singleShot(0, window.close)
            return False

    app._watch = Watch(app)
    app.installEventFilter(app._watch)
    return app

app_module.create_application = create
code = app_module.main(["--data-dir", sys.argv[1], "--no-crash-dialog"])
print(json.dumps({"code": code, "modules": seen.get("modules", [])}))
"""


def test_the_start_window_paints_before_loading_what_it_does_not_show(tmp_path: Path) -> None:
    from qcdc_desktop import paths
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.model import Agency, Signer
    from qcdc_desktop.storage import Profile, open_database, save_draft, save_profile

    data = tmp_path / "data"
    db = open_database(paths.database_path(data))
    save_draft(db, sample_draft("bc-6thang"))
    profile = Profile(
        name="Sở", agency=Agency(issuing_body="Sở Nội vụ"), signer=Signer(name="Nguyễn Văn A")
    )
    save_profile(db, profile)
    db.close()
    first = _loaded_modules(_FIRST_PAINT, str(data))  # writes the type-label cache
    again = _loaded_modules(_FIRST_PAINT, str(data))
    assert first["code"] == again["code"] == 0
    loaded = again["modules"]
    assert "qcdc_desktop.ui.start_window" in loaded  # the window did paint
    early = sorted(
        m for m in loaded if any(m == n or m.startswith(n + ".") for n in NOT_BEFORE_FIRST_PAINT)
    )
    assert early == []


def test_after_the_first_paint_the_first_editor_is_prepared_for(tmp_path: Path) -> None:
    result = _loaded_modules(
        """
        import json, sys, time
        from pathlib import Path
        from qcdc_desktop.ui.app import create_application
        app = create_application(["test"])
        from qcdc_desktop.ui.context import AppContext
        from qcdc_desktop.ui.start_window import StartWindow
        window = StartWindow(AppContext(Path(sys.argv[1])))
        before = "qcdc_desktop.ui.wizard.editor_window" in sys.modules
        window.show()
        started = time.monotonic()
        while not window.warmup.done and time.monotonic() - started < 30:
            app.processEvents()
            time.sleep(0.001)
        from qcdc_desktop.doctypes.types import doc_types
        print(json.dumps({
            "before": before,
            "done": window.warmup.done,
            "types_read": doc_types.cache_info().currsize,
            "modules": sorted(sys.modules),
        }))
        """,
        str(tmp_path / "data"),
    )
    assert result["before"] is False
    assert result["done"] is True
    assert result["types_read"] == 1
    for module in (
        "qcdc_desktop.ui.wizard.editor_window",
        "qcdc_desktop.ui.wizard.pages.general_page",
    ):
        assert module in result["modules"]
    assert _heavy_in(result["modules"]) == []  # the exporter and importer still wait
