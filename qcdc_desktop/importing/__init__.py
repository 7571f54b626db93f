"""Bring existing text in: Word import and carry-forward to the next period."""

from qcdc_desktop.importing.docx_import import DocxImportError, ImportResult, import_docx

__all__ = ["DocxImportError", "ImportResult", "import_docx"]
