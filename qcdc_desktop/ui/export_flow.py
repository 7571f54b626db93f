"""Export a draft to Word (and print / PDF) with the dialogs around it.

Checks first, then a file name, then the atomic writer; when the target cannot be
written (open in Word, read-only, disk full) the user is told why and asked for
another name, and nothing is lost.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from qcdc_desktop.ui import messages
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

T = TypeVar("T")

LAST_DIR_KEY = "export/last_dir"
EXPORT_TITLE = QT_TRANSLATE_NOOP("ExportFlow", "Xuất ra tệp Word")
PDF_TITLE = QT_TRANSLATE_NOOP("ExportFlow", "Xuất PDF")
PRINT_TITLE = QT_TRANSLATE_NOOP("ExportFlow", "In văn bản")
MAX_LISTED_ERRORS = 6


def suggested_file_name(draft: Any, extension: str = "docx") -> str:
    """ "BC-6thang-2024.docx": the type's abbreviation, the rest of its id, the year."""
    from qcdc_desktop.doctypes import DocTypeError, get_doc_type

    type_id = str(draft.doc_type)
    try:
        abbreviation = get_doc_type(type_id).abbreviation
    except (DocTypeError, KeyError, LookupError):
        abbreviation = type_id.split("-")[0].upper()
    rest = type_id.split("-", 1)[1] if "-" in type_id else type_id
    return f"{abbreviation}-{rest}-{draft.period.year}.{extension}"


def default_folder(context: Any) -> Path:
    """The folder used last time, else the user's Documents folder."""
    last = context.settings.value(LAST_DIR_KEY, "")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _load(context: Any, draft_or_id: Any) -> Any:
    if isinstance(draft_or_id, str):
        from qcdc_desktop.storage import load_draft

        return load_draft(context.db, draft_or_id)
    return draft_or_id


def confirm_despite_errors(parent: QWidget | None, draft: Any) -> bool:
    """Run the checks; True when there is no error or the user still wants to export."""
    from qcdc_desktop.checks import run_checks

    errors = [f for f in run_checks(draft) if f.severity == "error"]
    if not errors:
        return True
    listed = "\n".join(f"• {f.message}" for f in errors[:MAX_LISTED_ERRORS])
    more = len(errors) - MAX_LISTED_ERRORS
    if more > 0:
        listed += translate("ExportFlow", "\n• … và {more} lỗi khác").format(more=more)
    return messages.ask_yes_no(
        parent,
        translate("ExportFlow", EXPORT_TITLE),
        translate(
            "ExportFlow", "Bản thảo còn {count} lỗi cần sửa:\n\n{listed}\n\nVẫn xuất?"
        ).format(count=len(errors), listed=listed),
    )


def export_with_dialogs(
    parent: QWidget | None,
    context: Any,
    draft_id_or_draft: Any,
    suggested: Path | None = None,
) -> Path | None:
    """Check, ask for a path and write the .docx; the written path, or None if cancelled.

    The caller saves an open editor first: the export revision snapshots the stored draft.
    """
    from qcdc_desktop.export import ExportError, export_docx

    draft = _load(context, draft_id_or_draft)
    if not confirm_despite_errors(parent, draft):
        return None
    try:
        settings = context.format_settings()
    except ExportError as exc:  # a stored layout value outside the decree's range
        messages.error(parent, translate("ExportFlow", EXPORT_TITLE), str(exc))
        return None
    target = suggested or default_folder(context) / suggested_file_name(draft)
    while True:
        path = messages.save_file_path(parent, translate("ExportFlow", EXPORT_TITLE), target)
        if path is None:
            return None
        try:
            written = Path(export_docx(draft, path, settings))
        except (ExportError, OSError) as exc:
            messages.error(
                parent,
                translate("ExportFlow", EXPORT_TITLE),
                translate(
                    "ExportFlow",
                    "{exc}\n\nBản thảo vẫn được giữ nguyên; hãy chọn tên tệp hoặc thư mục khác.",
                ).format(exc=exc),
            )
            target = Path(path)
            continue
        break
    context.settings.setValue(LAST_DIR_KEY, str(written.parent))
    _record_export(context, draft, written)
    return written


def _record_export(context: Any, draft: Any, written: Path) -> None:
    from qcdc_desktop.storage import DraftNotFoundError, mark_exported

    try:
        mark_exported(context.db, draft.id, written, exported=draft)
    except DraftNotFoundError:
        return  # a draft that was never stored (e.g. a preview): nothing to record
    context.events.draft_exported.emit(draft.id, str(written))


# --- running slow work without freezing the window ---------------------------------------


class _Worker(QThread):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._fn()
        except BaseException as exc:  # re-raised in the GUI thread
            self.error = exc


PROGRESS_TITLE = QT_TRANSLATE_NOOP("ExportFlow", "Đang xử lý")
SHOW_AFTER_MS = 400  # shorter work shows no indicator at all


def run_in_background(parent: QWidget | None, label: str, fn: Callable[[], T]) -> T:
    """Run `fn` in a worker thread while the window keeps repainting; return its result
    or raise its exception. A busy indicator appears if it takes more than a moment."""
    worker = _Worker(fn)
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowTitle(translate("ExportFlow", PROGRESS_TITLE))
    # Sized to its title as well as its label: a short label left "Đang xử lý" clipped
    # to "Đang x…" in the title bar (the frame's buttons take their share of it).
    title_room = (
        progress.fontMetrics().horizontalAdvance(translate("ExportFlow", PROGRESS_TITLE)) + 160
    )
    progress.setMinimumWidth(max(360, title_room, progress.sizeHint().width()))
    progress.setCancelButton(None)  # type: ignore[arg-type]
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    # Shown by our own timer: QProgressDialog's minimumDuration only counts from a
    # setValue() call, and a busy indicator (range 0–0) never gets one, so it never showed.
    progress.setMinimumDuration(1 << 30)
    progress.hide()
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    show_timer = QTimer()
    show_timer.setSingleShot(True)
    show_timer.timeout.connect(lambda: None if worker.isFinished() else progress.show())
    show_timer.start(SHOW_AFTER_MS)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    show_timer.stop()
    progress.close()
    progress.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[no-any-return]


def _temporary_docx(
    parent: QWidget | None, context: Any, draft: Any, folder: Path, title: str
) -> Path | None:
    from qcdc_desktop.export import ExportError, export_docx

    path = folder / suggested_file_name(draft)
    try:
        return Path(export_docx(draft, path, context.format_settings()))
    except (ExportError, OSError) as exc:
        messages.error(parent, title, str(exc))
        return None


def _office_and_draft(
    parent: QWidget | None, context: Any, draft_id_or_draft: Any, title: str
) -> tuple[Any, Any] | None:
    """The office program that converts and prints, and the checked draft; None when
    there is no such program (the user is told) or the user stops at the checks."""
    from qcdc_desktop.export import print_pdf

    office = print_pdf.find_office()
    if office is None:
        messages.error(parent, translate("ExportFlow", title), print_pdf.NO_OFFICE_MESSAGE)
        return None
    draft = _load(context, draft_id_or_draft)
    if not confirm_despite_errors(parent, draft):
        return None
    return office, draft


def export_pdf_with_dialogs(
    parent: QWidget | None, context: Any, draft_id_or_draft: Any
) -> Path | None:
    """Write the Word document to a temporary folder and convert it to a PDF the user names."""
    from qcdc_desktop.export import print_pdf

    ready = _office_and_draft(parent, context, draft_id_or_draft, PDF_TITLE)
    if ready is None:
        return None
    office, draft = ready
    target = default_folder(context) / suggested_file_name(draft, "pdf")
    path = messages.save_file_path(
        parent,
        translate("ExportFlow", PDF_TITLE),
        target,
        translate("ExportFlow", "Tệp PDF (*.pdf)"),
    )
    if path is None:
        return None
    with tempfile.TemporaryDirectory(prefix="qcdc-pdf-") as tmp:
        docx = _temporary_docx(
            parent, context, draft, Path(tmp), translate("ExportFlow", PDF_TITLE)
        )
        if docx is None:
            return None
        try:
            pdf = run_in_background(
                parent,
                translate("ExportFlow", "Đang chuyển văn bản sang PDF…"),
                lambda: print_pdf.convert_to_pdf(docx, Path(tmp), office),
            )
            Path(path).write_bytes(pdf.read_bytes())
        except (print_pdf.PrintError, OSError) as exc:
            messages.error(parent, translate("ExportFlow", PDF_TITLE), str(exc))
            return None
    context.settings.setValue(LAST_DIR_KEY, str(Path(path).parent))
    return Path(path)


def print_with_dialogs(parent: QWidget | None, context: Any, draft_id_or_draft: Any) -> bool:
    """Print on the default printer through Word or LibreOffice."""
    from qcdc_desktop.export import print_pdf

    ready = _office_and_draft(parent, context, draft_id_or_draft, PRINT_TITLE)
    if ready is None:
        return False
    office, draft = ready
    # Kept after the call: Word prints asynchronously from the file it was given.
    folder = Path(tempfile.mkdtemp(prefix="qcdc-print-"))
    docx = _temporary_docx(parent, context, draft, folder, translate("ExportFlow", PRINT_TITLE))
    if docx is None:
        return False
    try:
        run_in_background(
            parent,
            translate("ExportFlow", "Đang gửi văn bản tới máy in…"),
            lambda: print_pdf.print_docx(docx, office),
        )
    except print_pdf.PrintError as exc:
        messages.error(parent, translate("ExportFlow", PRINT_TITLE), str(exc))
        return False
    messages.info(
        parent,
        translate("ExportFlow", PRINT_TITLE),
        translate("ExportFlow", "Đã gửi văn bản tới máy in mặc định."),
    )
    return True
