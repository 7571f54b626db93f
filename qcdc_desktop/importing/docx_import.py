"""Import an existing Word report or plan into a draft.

Whatever cannot be placed precisely goes into the nearest part and is listed in
`unplaced`; nothing read from the document is dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from qcdc_desktop.doctypes import DocType, get_doc_type, new_draft
from qcdc_desktop.importing.diacritics import lost_diacritics_share
from qcdc_desktop.importing.figures_parse import extract_figures
from qcdc_desktop.importing.file_checks import DocxReadError
from qcdc_desktop.importing.header_fill import (
    doc_type_from_title,
    fill_from_page_header,
    fill_header,
    fill_issuing_body,
    report_year,
)
from qcdc_desktop.importing.header_parse import parse_header
from qcdc_desktop.importing.import_checks import numbering_differences, table_figure_lines
from qcdc_desktop.importing.import_summary import figure_lines, recognised_lines
from qcdc_desktop.importing.opening_closing import (
    after_closing,
    fill_closing,
    fill_opening,
    take_closing,
    take_opening,
)
from qcdc_desktop.importing.outline_build import block_for, build_outline, link_to_type
from qcdc_desktop.importing.signature_parse import (
    SignatureInfo,
    parse_signature_columns,
    recipient_text,
)
from qcdc_desktop.importing.source_document import SourceDocument, SourcePara
from qcdc_desktop.importing.text_in import ENCODING_NAMES
from qcdc_desktop.importing.zones import Zones, cut_zones
from qcdc_desktop.model.draft import Block, Draft, Part

# Re-exported so callers catch one error type for every unreadable file.
DocxImportError = DocxReadError

log = logging.getLogger(__name__)


@dataclass
class ImportResult:
    draft: Draft
    summary: list[str] = field(default_factory=list)  # Vietnamese, one finding a line
    unplaced: list[str] = field(default_factory=list)  # texts put into the nearest part
    # What the document did not give and the user must choose or fill in: "doc_type",
    # "year", "summary", "number", "date", "agency", "recipients", "signer".
    missing: list[str] = field(default_factory=list)
    # Parts whose printed number differs from the label the source printed for them.
    numbering_differs: list[str] = field(default_factory=list)


_READ_AS = {
    "pdf": "Đọc từ tệp PDF: không có chữ đậm, kiểu đề mục; đề mục nhận theo số thứ tự gõ.",
    "doc": "Đã chuyển tệp Word 97–2003 (.doc) sang .docx bằng LibreOffice.",
    "odt": "Đã chuyển tệp OpenDocument (.odt) sang .docx bằng LibreOffice.",
    "rtf": "Đã chuyển tệp RTF sang .docx bằng LibreOffice.",
    "text": "Đọc từ văn bản thuần: không có chữ đậm, kiểu đề mục; đề mục nhận theo số thứ tự gõ.",
}


def import_docx(
    path: str | Path,
    *,
    type_hint: str | None = None,
    year_hint: int | None = None,
    embedded: bool = True,
) -> ImportResult:
    """Read a report or plan: .docx, or .doc/.odt (converted through LibreOffice when it
    is installed), a PDF with a text layer, or a .txt file. Raises DocxImportError with
    a Vietnamese message on a file that cannot be read.

    A file this program exported carries its draft (importing/embedded_draft.py);
    `embedded=False` reads only the text.
    """
    started = time.perf_counter()
    try:
        result = _import_file(path, type_hint, year_hint, embedded)
    except Exception as exc:
        log.warning("import of %s failed: %s", path, exc)
        raise
    log.info(
        "imported %s (%s, %d parts, %d notes, %.0f ms)",
        path,
        result.draft.doc_type,
        len(result.draft.sections),
        len(result.summary),
        (time.perf_counter() - started) * 1000,
    )
    return result


def _import_file(
    path: str | Path, type_hint: str | None, year_hint: int | None, embedded: bool
) -> ImportResult:
    if embedded:
        from qcdc_desktop.importing.embedded_draft import import_with_embedded_draft

        restored = import_with_embedded_draft(path, type_hint)
        if restored is not None:
            return restored
    from qcdc_desktop.importing.other_formats import read_any

    source, kind = read_any(Path(path))
    result = import_source(source, type_hint=type_hint, year_hint=year_hint)
    if kind in _READ_AS:
        result.summary.insert(0, _READ_AS[kind])
    return result


def import_text(
    text: str, *, type_hint: str | None = None, year_hint: int | None = None
) -> ImportResult:
    """A whole report pasted as plain text ("Dán toàn bộ báo cáo") into a new draft."""
    from qcdc_desktop.importing.other_formats import read_plain_text

    result = import_source(read_plain_text(text), type_hint=type_hint, year_hint=year_hint)
    result.summary.insert(0, _READ_AS["text"])
    return result


def import_source(
    source: SourceDocument, *, type_hint: str | None = None, year_hint: int | None = None
) -> ImportResult:
    """Any read document (Word, PDF, plain text) -> a draft, nothing invented."""
    zones = cut_zones(source)
    summary: list[str] = []
    missing: list[str] = []
    if source.encoding:
        name = ENCODING_NAMES.get(source.encoding, source.encoding)
        summary.append(f"Đã chuyển mã {name} sang Unicode.")
    header = parse_header(zones.header)
    fill_from_page_header(header, zones, summary)
    title = doc_type_from_title(zones, type_hint, summary, missing)
    doc_type = get_doc_type(title.type_id)
    year = report_year(title, header, year_hint)
    if year is None:
        missing.append("year")
        year = dt.date.today().year
        summary.append(
            f"Không tìm thấy năm báo cáo trong tiêu đề, trích yếu hay ngày văn bản; "
            f"hãy chọn năm (tạm để {year})."
        )
    draft = new_draft(doc_type.id, year)
    unplaced: list[str] = []
    fill_header(draft, header, zones, summary, missing)
    draft.summary = zones.summary
    if not zones.summary:
        missing.append("summary")
        summary.append("Không tìm thấy trích yếu; trích yếu để trống.")
    draft.report_to = ""
    body = list(zones.body)
    addressees, body_start = _addressees(body)
    draft.addressees = addressees
    outline = build_outline(body[body_start:])
    draft.sections = outline.sections
    opening_text = take_opening(outline.before_first)
    closing_text = take_closing(draft, doc_type, outline.before_first)
    trailing = [] if closing_text else after_closing(draft, doc_type)
    if outline.before_first or outline.leading_tables:
        unplaced.extend(outline.before_first)
        _place_leading(draft, outline.before_first, outline.leading_tables)
    if not outline.sections and not outline.before_first and not outline.leading_tables:
        draft.sections = []
    linked = link_to_type(draft.sections, doc_type)
    if not fill_issuing_body(draft, header, [opening_text, closing_text, *_all_texts(draft)]):
        summary.append("Tên cơ quan lấy từ dòng chữ in hoa ở đầu trang; hãy kiểm tra chữ hoa.")
    fill_closing(draft, closing_text)
    fill_opening(draft, doc_type, opening_text, summary)
    figures = extract_figures(draft)
    signature = parse_signature_columns(zones.sign_left, zones.sign_right)
    _fill_signature(draft, signature, doc_type, zones, summary, missing)
    summary[0:0] = recognised_lines(draft, doc_type, header, outline.heading_count, linked)
    figure_lines(figures.values, figures.blocks, summary)
    summary.extend(table_figure_lines(draft))
    differs, lines = numbering_differences(draft, outline.source_labels)
    summary.extend(lines)
    share = lost_diacritics_share([p.text for p in zones.body if p.text])
    if share is not None:
        summary.append(
            f"Cảnh báo: khoảng {round(share * 100)}% âm tiết không có dấu hoặc không phải "
            "tiếng Việt hợp lệ — văn bản có thể đã mất dấu (chép từ bản quét, PDF); "
            "hãy đối chiếu với bản gốc."
        )
    if outline.heading_count == 0:
        summary.append(
            "Không nhận dạng được đề mục nào; toàn bộ nội dung được đưa vào một phần không đánh số."
        )
    if unplaced:
        summary.append(
            f"{len(unplaced)} đoạn trước đề mục đầu tiên được đưa vào phần đầu; hãy kiểm tra lại."
        )
    if trailing:
        unplaced.extend(trailing)
        summary.append(
            f"{len(trailing)} đoạn sau câu kết thúc được giữ ở cuối phần cuối; hãy kiểm tra lại."
        )
    return ImportResult(
        draft=draft,
        summary=summary,
        unplaced=unplaced,
        missing=missing,
        numbering_differs=differs,
    )


# --- pieces --------------------------------------------------------------------------


def _addressees(body: list[SourcePara]) -> tuple[list[str], int]:
    """ "Kính gửi: X." or "Kính gửi:" followed by "- X;" lines at the start of the body."""
    if not body or not body[0].text.lower().startswith("kính gửi"):
        return [], 0
    first = body[0].text.split(":", 1)[1].strip() if ":" in body[0].text else ""
    out = [recipient_text(first)] if first else []
    i = 1
    while not first and i < len(body) and body[i].text.startswith(("-", "–")):
        out.append(recipient_text(body[i].text))
        i += 1
    return [a for a in out if a], i


def _place_leading(draft: Draft, texts: list[str], tables: list[Block]) -> None:
    blocks = [block_for(t) for t in texts] + tables
    if draft.sections:
        first = draft.sections[0]
        if first.run_in:
            # A run-in heading's first paragraph must stay first: add after it.
            first.blocks[1:1] = blocks
        else:
            first.blocks[0:0] = blocks
    else:
        draft.sections = [Part(title="", numbered=False, blocks=blocks)]


def _all_texts(draft: Draft) -> list[str]:
    return [b.text for p in draft.all_parts() for b in p.blocks]


def _fill_signature(
    draft: Draft,
    info: SignatureInfo,
    doc_type: DocType,
    zones: Zones,
    summary: list[str],
    missing: list[str],
) -> None:
    if info.found_recipients:
        draft.recipients = info.recipients
    else:
        draft.recipients = []
        missing.append("recipients")
        summary.append("Không tìm thấy “Nơi nhận”; danh sách nơi nhận để trống.")
    if info.found_signer:
        draft.signer = info.signer
    else:
        missing.append("signer")
        if zones.sign_found or info.found_recipients:
            summary.append("Không nhận dạng được khối chữ ký.")


__all__ = ["DocxImportError", "ImportResult", "import_docx", "import_source", "import_text"]
