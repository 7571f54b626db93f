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

__all__ = [
    "DocxImportError",
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
