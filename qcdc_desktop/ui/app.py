"""Start the desktop program: `qcdc-desktop` or `python -m qcdc_desktop.ui.app`.

Only what the start window needs is imported here; the editor, the exporter, the
checks and the Word importer load when first used, so the window appears quickly.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, cast

from qcdc_desktop.paths import APP_NAME

ORGANIZATION = "QCDC"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="qcdc-desktop",
        description="Soạn báo cáo, kế hoạch thực hiện dân chủ ở cơ sở.",
    )
    parser.add_argument("--data-dir", help="thư mục dữ liệu (cơ sở dữ liệu, nhật ký)")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="mở cửa sổ chính và cửa sổ soạn thảo của mỗi loại văn bản rồi thoát (kiểm thử)",
    )
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="không hiện hộp thoại lỗi (vẫn ghi nhật ký)",
    )
    parser.add_argument("--open", metavar="DRAFT_ID", help="mở ngay bản thảo có mã này")
    # Qt's own options (-platform, -style …) pass through to QApplication.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def create_application(argv: list[str], *, input_guard: bool = True) -> Any:
    """The QApplication with the program's names, locale, font and text corrections;
    with `input_guard`, every paste is cleaned from now on (the program's own start
    installs it after the first window paints instead: `run_windows`)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    # The widget application this module created, or the one already running.
    app = cast(QApplication, QApplication.instance() or QApplication(argv))
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    ensure_vietnamese_font(app)
    install_text_corrections(app)
    if input_guard:
        from qcdc_desktop.ui.paste_cleaning import install_input_guard

        install_input_guard(app)
    return app


def install_text_corrections(app: Any) -> bool:
    """Show the interface texts as corrected in resources/i18n/qcdc_vi.ts (compiled by
    tools/update_catalogue.py); without the compiled file every text shows as written."""
    from PySide6.QtCore import QTranslator

    from qcdc_desktop.resources import resource_path

    try:
        compiled = resource_path("i18n", "qcdc_vi.qm")
    except FileNotFoundError:
        return False
    translator = QTranslator(app)  # owned by the application, so it lives as long
    if not compiled.is_file() or not translator.load(str(compiled)):
        return False
    return bool(app.installTranslator(translator))


# Letters with stacked marks, the ones a font without full Vietnamese coverage lacks.
VIETNAMESE_SAMPLE = "ắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựỳỷỹỵđ"
FALLBACK_FONTS = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Tahoma")


def ensure_vietnamese_font(app: Any) -> str:
    """Keep the platform's default font unless it lacks Vietnamese letters; then use the
    first installed font that has them. Returns the family in use."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    def covers(font: QFont) -> bool:
        metrics = QFontMetrics(font)
        return all(metrics.inFontUcs4(ord(ch)) for ch in VIETNAMESE_SAMPLE)

    current = app.font()
    if covers(current):
        return str(current.family())
    installed = set(QFontDatabase.families())
    for family in FALLBACK_FONTS:
        if family in installed:
            candidate = QFont(current)
            candidate.setFamily(family)
            if covers(candidate):
                app.setFont(candidate)
                return family
    return str(current.family())


def collect_garbage_in_gui_thread(app: Any) -> Any:
    """Run Python's cycle collector from the GUI thread only.

    Left automatic, a collection can start in a worker thread (PDF conversion, export)
    and destroy Qt widgets there, which crashes the program.
    """
    import gc

    from PySide6.QtCore import QTimer

    gc.disable()

    def collect() -> None:
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break

    timer = QTimer(app)
    timer.timeout.connect(collect)
    timer.start(500)
    return timer


def run_smoke(app: Any, window: Any, context: Any) -> int:
    """Open an editor on a new draft of every document type, then close everything."""
    import datetime

    from qcdc_desktop import storage
    from qcdc_desktop.doctypes import doc_types, new_draft

    app.processEvents()
    year = datetime.date.today().year
    created: list[str] = []
    for doc_type in doc_types().values():
        draft = new_draft(doc_type.id, year)
        storage.save_draft(context.db, draft, reason="save", expected_revision=0)
        created.append(draft.id)
        if not window.open_editor(draft.id):
            print(f"smoke: could not open an editor for {doc_type.id}", file=sys.stderr)
            return 1
        app.processEvents()
        editor = window.editors.get(draft.id)
        if editor is not None:
            editor.save_now()
            editor.close()
        app.processEvents()
    window.close()
    app.processEvents()
    for draft_id in created:
        storage.purge_draft(context.db, draft_id)
    print(f"smoke: ok ({len(created)} document types)")
    return 0


def run_windows(app: Any, context: Any, args: argparse.Namespace) -> int:
    """Show the start window and run until it closes (or run the smoke test)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from qcdc_desktop.storage import StorageError
    from qcdc_desktop.ui.start_window import StartWindow, window_icon

    app.setWindowIcon(window_icon())
    try:
        window = StartWindow(context)
    except StorageError as exc:  # damage the background check has not seen yet
        from qcdc_desktop.ui.database_problem import offer_backups

        context.db.close()
        if not offer_backups(None, APP_NAME, context.data_dir, exc):
            context.db = None
            return 1
        context.reopen_database()
        window = StartWindow(context)
    window.show()
    from qcdc_desktop.ui import paste_cleaning

    if args.smoke:  # every editor it opens is guarded, as a user's would be
        from qcdc_desktop.ui.after_paint import after_paint

        paste_cleaning.install_after_first_paint(app, window)
        after_paint(window).run()
        return run_smoke(app, window, context)
    from qcdc_desktop.ui import safety_net

    def warn(text: str) -> None:
        from qcdc_desktop.ui import messages

        messages.warning(window, APP_NAME, text)

    # Integrity checks and the day's first backup run on a worker after the window shows.
    safety_net.install(window, context, warn)

    def after_show() -> None:
        reopened = window.reopen_unfinished()
        if args.open:
            window.open_editor(args.open)
        elif not reopened:
            window.ask_profile_once()

    # Editors reopened after an unclean exit open once the window has painted.
    paste_cleaning.install_after_first_paint(app, window, then=after_show)
    code = int(app.exec())
    # Closing the last window may have posted a second quit request; left queued it
    # would end the next event loop at once when main() runs inside another program
    # (tests, an embedding launcher).
    QCoreApplication.removePostedEvents(None, QEvent.Type.Quit)  # type: ignore[arg-type]
    return code


def main(argv: list[str] | None = None) -> int:
    import gc

    args = parse_args(sys.argv[1:] if argv is None else argv)
    from qcdc_desktop import paths

    temporary: Path | None = None
    if args.smoke and not args.data_dir:
        # A smoke run must never leave drafts in the user's real database.
        temporary = Path(tempfile.mkdtemp(prefix="qcdc-smoke-"))
    data_dir = paths.data_dir(temporary or args.data_dir)

    from qcdc_desktop.ui.platform_check import check_platform

    problem = check_platform(data_dir)
    if problem is not None:  # Qt would abort with a message naming the wrong thing
        print(problem, file=sys.stderr)
        return 1
    app = create_application([sys.argv[0] if sys.argv else "qcdc-desktop"], input_guard=False)
    gc_timer = collect_garbage_in_gui_thread(app)
    from qcdc_desktop.ui.crash import install_crash_handler

    handler = install_crash_handler(data_dir, show_dialog=not (args.no_crash_dialog or args.smoke))
    try:
        from qcdc_desktop.storage import StorageError
        from qcdc_desktop.ui.context import AppContext

        context = None
        for _attempt in range(2):
            try:
                # The full quick_check runs in the background once the window shows.
                context = AppContext(data_dir, check_integrity=args.smoke)
                break
            except StorageError as exc:
                if args.smoke:
                    print(f"smoke: {exc}", file=sys.stderr)
                    return 1
                from qcdc_desktop.ui.database_problem import offer_backups

                if not offer_backups(None, APP_NAME, data_dir, exc):
                    return 1
        if context is None:
            return 1
        try:
            return run_windows(app, context, args)
        finally:
            context.close()
    finally:
        # Leave the interpreter as found when main() runs inside another program.
        handler.uninstall()
        gc_timer.stop()
        gc.enable()
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
