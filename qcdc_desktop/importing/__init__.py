"""Bring existing text in: Word/PDF/text import and carry-forward to the next period."""

from qcdc_desktop.importing.carry_forward import (
    carried_parts,
    carry_forward,
    changed_figures,
    confirm_part,
    next_period,
)
from qcdc_desktop.importing.docx_import import (
    DocxImportError,
    ImportResult,
    import_docx,
    import_source,
    import_text,
)

# The name the CLI main looks up to print import failures as one line.
ImportError_ = DocxImportError

__all__ = [
    "DocxImportError",
    "ImportError_",
    "ImportResult",
    "carried_parts",
    "carry_forward",
    "changed_figures",
    "confirm_part",
    "import_docx",
    "import_source",
    "import_text",
    "next_period",
]
