"""Export a draft as a Word document laid out by Decree 30/2020/NĐ-CP.

python-docx and lxml load only when a document is built, so importing this package
(as the GUI does at start-up) stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qcdc_desktop.export.errors import (
    DiskFullError,
    ExportError,
    FormatSettingsError,
    TargetDiskFullError,
    TargetLockedError,
    TargetReadOnlyError,
)
from qcdc_desktop.export.settings import FormatSettings

if TYPE_CHECKING:
    from docx.document import Document

    from qcdc_desktop.model.draft import Draft


def build_document(draft: Draft, settings: FormatSettings | None = None) -> Document:
    """The document in memory, not saved (tests, benchmarks, previews)."""
    from qcdc_desktop.export import docx_writer

    return docx_writer.build_document(draft, settings)


def export_docx(draft: Draft, path: str | Path, settings: FormatSettings | None = None) -> Path:
    """Write `draft` as a .docx at `path` atomically and return the path.

    Failures raise ExportError subclasses with a Vietnamese message; an existing file
    at `path` is left untouched when the export fails.
    """
    from qcdc_desktop.export import docx_writer

    return docx_writer.export_docx(draft, path, settings)


__all__ = [
    "DiskFullError",
    "ExportError",
    "FormatSettings",
    "FormatSettingsError",
    "TargetDiskFullError",
    "TargetLockedError",
    "TargetReadOnlyError",
    "build_document",
    "export_docx",
]
