"""Build the Decree 30 Word document from the shared rendering of a draft."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcdc_desktop.export.appendix import appendix_elements
from qcdc_desktop.export.atomic import write_atomically
from qcdc_desktop.export.body import body_paragraphs, title_block
from qcdc_desktop.export.embedded_draft import embed_draft
from qcdc_desktop.export.fonts import apply_document_fonts
from qcdc_desktop.export.formats import Formats
from qcdc_desktop.export.header_table import build_header_table
from qcdc_desktop.export.package_props import set_package_properties
from qcdc_desktop.export.page_setup import set_up_page, text_width_twips
from qcdc_desktop.export.settings import FormatSettings
from qcdc_desktop.export.signature_table import build_signature_table
from qcdc_desktop.export.styles import rewrite_styles, set_compatibility_mode
from qcdc_desktop.model.draft import Draft
from qcdc_desktop.render import render_document

if TYPE_CHECKING:
    from docx.document import Document

log = logging.getLogger(__name__)


def build_document(draft: Draft, settings: FormatSettings | None = None) -> Document:
    """The whole document in memory (tests and benchmarks read it without saving)."""
    import docx  # heavy; only loaded when a document is actually built

    settings = settings or FormatSettings.defaults()
    rendered = render_document(draft, pad=settings.pad_small_counts)
    document = docx.Document()
    apply_document_fonts(document, settings.font_name, settings.body_size)
    rewrite_styles(document, settings)
    set_compatibility_mode(document)
    set_up_page(document, settings)
    formats = Formats(settings)
    width = text_width_twips(settings)

    body = document.element.body
    # The template's body holds only its section properties; everything goes before them.
    anchor = body.sectPr
    elements: list[Any] = [build_header_table(rendered, formats, width)]
    elements += title_block(rendered, formats, width)
    elements += body_paragraphs(rendered, formats, width)
    elements.append(build_signature_table(rendered, formats, width))
    elements += appendix_elements(rendered, formats, width)
    for element in elements:
        anchor.addprevious(element)
    # The author is the agency as its profile names it (not the upper-cased header).
    set_package_properties(document, title=rendered.summary, author=draft.agency.issuing_body)
    return document


def export_docx(draft: Draft, path: str | Path, settings: FormatSettings | None = None) -> Path:
    """Write the draft as a .docx at `path`, atomically; returns the path written.

    Raises ExportError (TargetLockedError, TargetReadOnlyError, DiskFullError) with a
    Vietnamese message; the previous file at `path`, if any, is kept on failure.
    """
    started = time.perf_counter()
    document = build_document(draft, settings)
    embed_draft(document, draft)  # the file carries its draft (export/embedded_draft.py)
    try:
        written = write_atomically(Path(path), document.save)
    except Exception as exc:
        log.warning("export of %s to %s failed: %s", draft.id, path, exc)
        raise
    log.info(
        "exported %s to %s (%d bytes, %.0f ms)",
        draft.id,
        written,
        written.stat().st_size,
        (time.perf_counter() - started) * 1000,
    )
    return written
