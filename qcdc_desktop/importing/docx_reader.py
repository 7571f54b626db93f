"""Read a .docx into plain paragraphs and tables, keeping the formatting import needs.

Only what tells a heading from body text is kept: bold/italic of each run, the
paragraph style (and the outline level a heading or list style implies), Word's
automatic numbering and centring. python-docx does not render automatic numbers, so
the label Word displays is computed from numbering.xml (word_numbering.py) and put
in front of the paragraph's text, where a typed label would be. Text boxes and the
first page header are read too: offices put the agency and motto block there.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from qcdc_desktop.importing.docx_body import BodyReader
from qcdc_desktop.importing.docx_styles import Styles
from qcdc_desktop.importing.file_checks import DocxReadError, check_format, refuse_oversized
from qcdc_desktop.importing.source_document import (
    Item,
    SourceDocument,
    SourcePara,
    SourceTable,
    finalise,
)
from qcdc_desktop.importing.text_in import detect_encoding
from qcdc_desktop.importing.word_numbering import WordNumbering

# The legacy encoding is decided on this much of the text: enough words to be sure,
# without reading a long report twice.
ENCODING_SAMPLE = 8_000


def _encoding_sample(paras: list[SourcePara]) -> list[str]:
    out, size = [], 0
    for p in paras:
        raw = p.raw
        out.append(raw)
        size += len(raw)
        if size > ENCODING_SAMPLE:
            break
    return out


def _page_header(document: Any, reader: BodyReader) -> list[Item]:
    """The first page's header, where some offices put the agency and motto block."""
    try:
        section = document.sections[0]
        header = (
            section.first_page_header
            if section.different_first_page_header_footer
            else section.header
        )
        if header.is_linked_to_previous:
            return []
        return reader.block_items(header._element)
    except (IndexError, AttributeError, KeyError, ValueError):  # no usable header part
        return []


def read_docx(path: str | Path) -> SourceDocument:
    """Read the body of a .docx. Raises DocxReadError (Vietnamese) on a bad file."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    if not path.is_file():
        raise DocxReadError(f"Không tìm thấy tệp “{path.name}”.")
    check_format(path)
    if not zipfile.is_zipfile(path):
        raise DocxReadError(f"Tệp “{path.name}” không phải tài liệu Word (.docx).")
    refuse_oversized(path)
    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as exc:
        raise DocxReadError(f"Tệp “{path.name}” không phải tài liệu Word (.docx) hợp lệ.") from exc
    except Exception as exc:  # lxml raises its own errors on broken XML parts
        raise DocxReadError(f"Tệp “{path.name}” bị hỏng, không đọc được.") from exc
    try:
        styles_el = document.styles.element
    except Exception:  # a document without a styles part is still readable
        styles_el = None
    styles = Styles(styles_el)
    reader = BodyReader(styles, WordNumbering(_numbering_element(document), styles.num_pr))
    items = reader.block_items(document.element.body)
    source = SourceDocument(items, page_header=_page_header(document, reader))
    paras = source.all_paragraphs() + [
        p
        for item in source.page_header
        for p in (item.paragraphs() if isinstance(item, SourceTable) else [item])
    ]
    source.encoding = detect_encoding(_encoding_sample(paras))
    finalise(paras, source.encoding)
    return source


def _numbering_element(document: Any) -> Any:
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):  # no numbering part
        return None
